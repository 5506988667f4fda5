//! (tests only) What this build writes for a fixed input (the stored session document, the
//! history list, the JSON export, the CSV and a result link) is byte-for-byte what the build
//! before issue 21's restructuring wrote (fixtures/golden, captured from commit 7478bf6 with the
//! same function): moving the code changed no format.

use crate::assess::scoring::{assess, Answers};
use crate::assess::session::{Position, Session};
use crate::formats::export;
use crate::formats::history::History;
use crate::formats::snapshot::Snapshot;
use crate::questions::content::Content;
use crate::questions::set::{Answer, Stage};
use crate::text::calendar::Day;

/// The same input every time: a finished second-edition assessment with every answer on the
/// scale and "Don't know", a label needing care in every format, a stage, two history entries.
fn outputs() -> Vec<(&'static str, String)> {
    // The second edition's shape, as that build wrote it: a session of the third edition
    // holds other statements (and the `role` a second-edition build never wrote).
    let set = crate::questions::set::built_in_edition(2).unwrap();
    let codes = [5u8, 4, 3, 2, 1, 0, 4];
    let answers: Answers = set
        .statements()
        .enumerate()
        .map(|(i, (_, s))| {
            (
                s.id().to_string(),
                Answer::try_from(codes[i % codes.len()]).unwrap(),
            )
        })
        .collect();
    let assessment = assess(set, &answers);
    let day = Day(20_790);
    let label = "Housing & health \"board\", 2026";
    let stage = Some(Stage::FirstYear);
    let mut session = Session::new(set, 1_796_000_000_000.0);
    session.answers = answers.clone();
    session.label = label.to_string();
    session.stage = stage;
    // Going to the results 15 minutes later is the last change.
    session.go_to(Position::Results, 1_796_000_900_000.0);
    let snapshot = Snapshot::of(set, &assessment, day, label, stage);
    let agree: Answers = set
        .statements()
        .map(|(_, s)| (s.id().to_string(), Answer::Agree))
        .collect();
    let mut history = History::default();
    history.record(Snapshot::of(
        set,
        &assess(set, &agree),
        Day(20_700),
        "",
        None,
    ));
    history.record(snapshot.clone());
    vec![
        ("session.json", session.to_json()),
        ("history.json", history.to_json()),
        (
            "export.json",
            export::to_json(set, &answers, &assessment, day, label, stage, None),
        ),
        (
            "export.csv",
            export::to_csv(Content::english(), &assessment, day, label, None),
        ),
        ("link.txt", snapshot.encode()),
    ]
}

/// With PRC_WRITE_GOLDEN=<dir>, writes the files there (how the fixtures were captured, from
/// the build before the restructuring); otherwise compares with the fixtures.
#[test]
fn what_this_build_writes_is_byte_identical_to_the_build_before_the_restructuring() {
    if let Some(dir) = std::env::var_os("PRC_WRITE_GOLDEN") {
        for (name, text) in outputs() {
            std::fs::write(std::path::Path::new(&dir).join(name), text).unwrap();
        }
        return;
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/fixtures/golden");
    for (name, mut text) in outputs() {
        let before = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
        if name == "export.csv" {
            // The third edition added one column, last (the role, empty here), so a sheet
            // reading the earlier columns by position still finds them; the rest is unchanged.
            text = text.replace(",role\r\n", "\r\n").replace(",\r\n", "\r\n");
        }
        assert_eq!(
            text, before,
            "{name} differs from the build before the restructuring"
        );
    }
}
