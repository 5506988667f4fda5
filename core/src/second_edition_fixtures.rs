//! Files made by the second-edition build before the honest-results rules (issue 20): a result
//! link, a saved session, a history list and a JSON export. They must keep opening with the
//! figures they were made with (scores, overall figure and band) whatever later builds change in
//! how the results are described.
//!
//! `figures` in second-edition-figures.json is what that build showed for them. The files were
//! written by `write_the_second_edition_fixtures` (ignored; it is how they were made, kept so the
//! next edition can make its own) at commit b1c73d1.

use serde_json::Value;

use crate::assess::scoring::{assess, Answers, Assessment};
use crate::assess::session::{Position, Session};
use crate::formats::export;
use crate::formats::history::History;
use crate::formats::snapshot::Snapshot;
use crate::formats::stored::session::parse_document;
use crate::questions::set::{built_in_edition, built_in_set, Answer, QuestionSet, Stage};
use crate::text::calendar::Day;

const LINK: &str = include_str!("fixtures/second-edition-link.txt");
const SESSION: &str = include_str!("fixtures/second-edition-session.json");
const HISTORY: &str = include_str!("fixtures/second-edition-history.json");
const EXPORT: &str = include_str!("fixtures/second-edition-export.json");
const FIGURES: &str = include_str!("fixtures/second-edition-figures.json");

/// Strongly agree everywhere but one "Strongly disagree" with a Trust statement (the content
/// review's R1), a Conflict criterion of "Don't know" (R3) and an unanswered statement.
fn answers() -> Answers {
    let set = second_edition();
    let mut answers = Answers::new();
    for (criterion, statement) in set.statements() {
        let answer = match set.criteria()[criterion].id() {
            "conflict" => Answer::DontKnow,
            _ => Answer::StronglyAgree,
        };
        answers.insert(statement.id().to_string(), answer);
    }
    answers.insert("trust-10".into(), Answer::StronglyDisagree);
    let last = set.statements().last().unwrap().1.id().to_string();
    answers.remove(&last);
    answers
}

/// The second edition's shape, which these files were made with (the third edition asks some
/// other statements).
fn second_edition() -> &'static QuestionSet {
    built_in_edition(2).expect("the second edition is kept")
}

fn figures_of(assessment: &Assessment) -> Value {
    serde_json::json!({
        "scores": assessment.criteria.iter().map(|c| c.score()).collect::<Vec<_>>(),
        "overall": assessment.overall(),
        "band": assessment.overall_band().map(|b| b.key()),
    })
}

#[test]
#[ignore = "writes the fixtures; run only to make them with a new build"]
fn write_the_second_edition_fixtures() {
    let set = second_edition();
    let answers = answers();
    let assessment = assess(set, &answers);
    let day = Day(20_790);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/fixtures");
    let snapshot = Snapshot::of(
        set,
        &assessment,
        day,
        "Housing team",
        Some(Stage::FirstYear),
    );
    std::fs::write(format!("{dir}/second-edition-link.txt"), snapshot.encode()).unwrap();
    let mut session = Session::new(set, 1_796_000_000_000.0);
    session.answers = answers.clone();
    session.label = "Housing team".into();
    session.set_stage(Some(Stage::FirstYear), 1_796_000_100_000.0);
    session.go_to(Position::Results, 1_796_000_200_000.0);
    std::fs::write(
        format!("{dir}/second-edition-session.json"),
        session.to_json(),
    )
    .unwrap();
    let mut history = History::default();
    let mut earlier = answers.clone();
    for (_, statement) in set.statements().filter(|(c, _)| *c == 0) {
        earlier.insert(statement.id().to_string(), Answer::Disagree);
    }
    history.record(Snapshot::of(
        set,
        &assess(set, &earlier),
        Day(20_700),
        "Housing team",
        Some(Stage::Forming),
    ));
    history.record(snapshot);
    std::fs::write(
        format!("{dir}/second-edition-history.json"),
        history.to_json(),
    )
    .unwrap();
    let export = export::to_json(
        set,
        &answers,
        &assessment,
        day,
        "Housing team",
        Some(Stage::FirstYear),
        None,
    );
    std::fs::write(format!("{dir}/second-edition-export.json"), export).unwrap();
    let figures = serde_json::json!({
        "answers": figures_of(&assessment),
        "history": history.entries.iter().map(|s| figures_of(&s.assessment())).collect::<Vec<_>>(),
    });
    std::fs::write(
        format!("{dir}/second-edition-figures.json"),
        serde_json::to_string_pretty(&figures).unwrap(),
    )
    .unwrap();
}

fn recorded() -> Value {
    serde_json::from_str(FIGURES).unwrap()
}

#[test]
fn a_second_edition_link_opens_with_its_own_figures() {
    let snapshot = Snapshot::decode_for(built_in_set(), LINK.trim()).expect("the link opens");
    assert_eq!(snapshot.edition(), 2);
    assert_eq!(snapshot.label, "Housing team");
    assert_eq!(snapshot.stage, Some(Stage::FirstYear));
    assert_eq!(figures_of(&snapshot.assessment()), recorded()["answers"]);
}

#[test]
fn a_second_edition_session_opens_with_its_answers_and_figures() {
    let set = built_in_set();
    let mut session = parse_document(SESSION, set).expect("the session opens");
    assert_eq!(session.answers, answers());
    assert_eq!(session.stage, Some(Stage::FirstYear));
    assert_eq!(session.position, Position::Results);
    assert_eq!(session.set.edition, 2);
    // The third-edition build keeps its second-edition result, with the figures it had, and
    // brings the answers up: the unchanged statements' answers carry over.
    let kept = export::earlier_edition_result(
        set,
        session.set.edition,
        &session.answers,
        Day(20_800),
        &session.label,
        session.stage,
    )
    .expect("an earlier edition's result");
    assert_eq!(kept.edition(), 2);
    assert_eq!(figures_of(&kept.assessment()), recorded()["answers"]);
    let upgrade = session
        .upgrade(set)
        .expect("brought up to the third edition");
    assert_eq!(upgrade.from, 2);
    assert_eq!(upgrade.kept, 22, "the 22 statements the third edition kept");
    assert_eq!(
        session.answers,
        answers(),
        "retired answers stay in the document"
    );
}

#[test]
fn a_second_edition_history_list_opens_with_its_figures() {
    let history = History::parse(HISTORY).expect("the list opens");
    let figures: Vec<Value> = history
        .entries
        .iter()
        .map(|s| figures_of(&s.assessment()))
        .collect();
    assert_eq!(Value::from(figures), recorded()["history"]);
    assert_eq!(history.entries[0].stage, Some(Stage::Forming));
}

#[test]
fn a_second_edition_export_opens_with_the_figures_it_records() {
    let set = built_in_set();
    let imported = export::from_json(set, EXPORT).expect("the export opens");
    assert_eq!(imported.answers, answers());
    assert_eq!(imported.edition, 2);
    let kept = imported
        .earlier_edition_result(set, Day(20_790))
        .expect("kept with its own figures");
    assert_eq!(figures_of(&kept.assessment()), recorded()["answers"]);
    let assessment = assess(second_edition(), &imported.answers);
    assert_eq!(figures_of(&assessment), recorded()["answers"]);
    let file: Value = serde_json::from_str(EXPORT).unwrap();
    assert_eq!(
        file["result"]["overall"].as_u64(),
        assessment.overall().map(u64::from)
    );
    let scores: Vec<Option<u64>> = file["result"]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["score"].as_u64())
        .collect();
    let shown: Vec<Option<u64>> = assessment
        .criteria
        .iter()
        .map(|c| c.score().map(u64::from))
        .collect();
    assert_eq!(scores, shown);
}

/// The files the build this edition started from (7933eee) writes, which are byte for byte
/// `fixtures/golden` (the golden test holds it): they open in the third-edition build with the
/// second edition's figures.
mod made_by_the_last_second_edition_build {
    use super::*;

    const LINK: &str = include_str!("fixtures/golden/link.txt");
    const SESSION: &str = include_str!("fixtures/golden/session.json");
    const EXPORT: &str = include_str!("fixtures/golden/export.json");

    #[test]
    fn its_link_session_and_export_open_with_their_figures() {
        let set = built_in_set();
        let snapshot = Snapshot::decode_for(set, LINK.trim()).expect("the link opens");
        assert_eq!(snapshot.edition(), 2);
        assert_eq!(snapshot.role, None);
        let session = parse_document(SESSION, set).expect("the session opens");
        assert_eq!(session.set.edition, 2);
        assert_eq!(session.role, None);
        let by_second_edition = assess(second_edition(), &session.answers);
        let imported = export::from_json(set, EXPORT).expect("the export opens");
        assert_eq!(imported.answers, session.answers);
        assert_eq!(imported.role, None);
        let kept = imported
            .earlier_edition_result(set, Day(20_790))
            .expect("kept with its own figures");
        // The link, the session and the file made together all show the same figures.
        assert_eq!(
            figures_of(&kept.assessment()),
            figures_of(&by_second_edition)
        );
        assert_eq!(
            figures_of(&snapshot.assessment()),
            figures_of(&by_second_edition)
        );
        let file: Value = serde_json::from_str(EXPORT).unwrap();
        assert_eq!(
            file["result"]["overall"].as_u64(),
            by_second_edition.overall().map(u64::from)
        );
    }
}
