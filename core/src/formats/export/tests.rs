//! Tests of `export` (export.rs), kept beside it so the module itself stays short.

use super::*;
use crate::assess::scoring::{assess, every_statement};
use crate::questions::set::built_in_set;
use crate::words::problems::Worded;

fn en() -> &'static Content {
    Content::english()
}

/// The problems `from_json` finds, as the person reads them in English.
fn problems(set: &QuestionSet, text: &str) -> Vec<String> {
    from_json(set, text)
        .unwrap_err()
        .iter()
        .map(|problem| problem.message(en()))
        .collect()
}

fn answers() -> Answers {
    let set = built_in_set();
    let mut answers = Answers::new();
    for (n, statement) in set
        .criteria()
        .iter()
        .flat_map(|c| c.statements())
        .enumerate()
    {
        if n % 7 != 3 {
            answers.insert(statement.id().to_string(), Answer::ALL[n % 6]);
        }
    }
    answers
}

#[test]
fn an_export_imports_back_to_the_same_answers() {
    let set = built_in_set();
    let answers = answers();
    let json = to_json(
        set,
        &answers,
        &assess(set, &answers),
        Day(20_780),
        "Team A",
        Some(Stage::Forming),
        None,
    );
    assert!(json.contains("\"exported\": \"2026-11-23\""), "{json}");
    assert!(json.contains("\"stage\": \"forming\""), "{json}");
    let first = &set.criteria()[0].statements()[0].id();
    assert!(json.contains(&format!("\"{first}\": ")), "{json}");
    let imported = from_json(set, &json).unwrap();
    assert_eq!(imported.answers, answers);
    assert_eq!(imported.label, "Team A");
    assert_eq!(imported.stage, Some(Stage::Forming));
    assert_eq!(imported.edition, set.edition());
    assert_eq!(imported.earlier_edition_result(set, Day(20_780)), None);
}

/// A file the first-edition build exported (commit ef2cc0a), with the result it showed.
const FIRST_EDITION_EXPORT: &str = include_str!("../../fixtures/first-edition-export.json");

#[test]
fn a_first_edition_export_opens_with_its_original_result() {
    let set = built_in_set();
    let imported = from_json(set, FIRST_EDITION_EXPORT).expect("first-edition files open");
    assert_eq!(imported.edition, 1);
    assert_eq!(imported.answers.len(), 30);
    let result = imported
        .earlier_edition_result(set, Day(20_788))
        .expect("scored as the first edition");
    assert_eq!(result.edition(), 1);
    // The figures the file itself records, as the first edition worked them out.
    let recorded: Value = serde_json::from_str(FIRST_EDITION_EXPORT).unwrap();
    let scores: Vec<Option<u8>> = result.criteria.iter().map(|c| c.score).collect();
    let in_file: Vec<Option<u8>> = recorded["result"]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["score"].as_u64().map(|s| s as u8))
        .collect();
    assert_eq!(scores, in_file);
    assert_eq!(
        result.overall.map(u64::from),
        recorded["result"]["overall"].as_u64()
    );
    let shown = result.assessment();
    assert_eq!(
        shown.overall_band().map(band_word),
        recorded["result"]["band"].as_str()
    );
}

#[test]
fn every_problem_in_a_bad_file_is_named() {
    let set = built_in_set();
    let text = r#"{"format":"partnership-readiness-export","version":1,
        "questionnaire":{"id":"partnership-readiness","version":1},
        "answers":{"commitment-1":"agree","trust-9":"agree","trust-2":"maybe","trust-3":4}}"#;
    let problems = problems(set, text);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].contains("trust-9"), "{problems:?}");
    assert!(
        problems.iter().any(|p| p.contains("trust-2 is \"maybe\"")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("trust-3 is 4")),
        "{problems:?}"
    );
}

#[test]
fn the_wrong_kind_of_file_is_explained() {
    let set = built_in_set();
    let cases = [
        ("not json", "not readable JSON (line 1, column 2)"),
        ("[1,2]", "should start with"),
        (
            r#"{"answers":{}}"#,
            "not a Partnership Readiness Check export",
        ),
        (
            r#"{"format":"partnership-readiness-export","version":3,"questionnaire":{"id":"partnership-readiness","version":1},"answers":{}}"#,
            "newer version",
        ),
        (
            r#"{"format":"partnership-readiness-export","version":1,"questionnaire":{"id":"other","version":3},"answers":{}}"#,
            "questionnaire other version 3",
        ),
        (
            r#"{"format":"partnership-readiness-export","version":1,"questionnaire":{"id":"partnership-readiness","version":1}}"#,
            "no \u{201c}answers\u{201d}",
        ),
    ];
    for (text, expected) in cases {
        let problems = problems(set, text);
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{text}: {problems:?}"
        );
    }
    let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
    assert_eq!(
        problems(set, &huge)[0],
        "The file is 256 KB, far larger than any export from this tool (a few KB)."
    );
    assert_eq!(too_large(MAX_IMPORT_BYTES as u64), None);
}

#[test]
fn csv_has_a_row_per_criterion_and_is_safe_in_spreadsheets() {
    let set = built_in_set();
    let answers = answers();
    let csv = to_csv(
        en(),
        &assess(set, &answers),
        Day(20_780),
        "\t=HYPERLINK(\"x\")",
        None,
    );
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 8);
    assert_eq!(
        lines[0],
        "date,label,criterion,score,band,answered,statements,dont_know,role"
    );
    assert!(
        lines[1].starts_with("2026-11-23,\"'=HYPERLINK(\"\"x\"\")\",Commitment,"),
        "{}",
        lines[1]
    );
    assert!(lines[7].contains(",Overall,"), "{}", lines[7]);
}

#[test]
fn every_piece_a_spreadsheet_could_split_off_is_guarded_and_quoted() {
    // As a semicolon-locale spreadsheet splits it: "Team", "=1+1" and "@SUM(A1)" would be
    // three cells, the last two formulas.
    assert_eq!(csv_field("Team;=1+1;@SUM(A1)"), "\"Team;'=1+1;'@SUM(A1)\"");
    assert_eq!(csv_field("a,-2"), "\"a,'-2\"");
    assert_eq!(csv_field("tab\there"), "\"tab\there\"");
    assert_eq!(csv_field("x\t+y"), "\"x\t'+y\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv_field("Housing team view"), "Housing team view");
    assert_eq!(csv_field("a-b = c"), "a-b = c");
}

#[test]
fn a_file_at_the_size_limit_is_summarised_not_repeated() {
    let set = built_in_set();
    let mut answers = String::new();
    let mut n = 0;
    while answers.len() < MAX_IMPORT_BYTES - 1_000 {
        answers.push_str(&format!("\"made-up-{n}\":\"agree\","));
        n += 1;
    }
    let text = format!(
        "{{\"format\":\"{EXPORT_FORMAT}\",\"version\":1,\"questionnaire\":{{\"id\":\"partnership-readiness\",\"version\":1}},\"answers\":{{{}\"commitment-1\":\"{}\"}}}}",
        answers,
        "x".repeat(300)
    );
    assert!(text.len() <= MAX_IMPORT_BYTES, "{}", text.len());
    let problems = problems(set, &text);
    let total: usize = problems.iter().map(String::len).sum();
    assert!(total < 1_000, "{problems:?}");
    assert!(
        problems[0].contains(&format!(
            " and {} more.",
            crate::text::numbers::thousands(n - MAX_LISTED)
        )),
        "{}",
        problems[0]
    );
    assert!(problems[1].contains("xxx\u{2026}"), "{}", problems[1]);
}

#[test]
fn another_sets_long_id_is_named_only_by_its_start() {
    let text = format!(
        "{{\"format\":\"{EXPORT_FORMAT}\",\"version\":2,\"questionnaire\":{{\"id\":\"{}\",\"version\":2}},\"answers\":{{\"commitment-1\":\"agree\"}}}}",
        "q".repeat(250_000)
    );
    let problems = problems(built_in_set(), &text);
    let total: usize = problems.iter().map(String::len).sum();
    assert!(total < 1_000, "{} bytes of problems", total);
    assert!(problems[0].contains("qqq\u{2026}"), "{}", problems[0]);
}

#[test]
fn every_import_problem_is_a_sentence() {
    let cases = [
        (
            ImportProblem::NotJson { line: 1, column: 2 },
            "The file is not readable JSON (line 1, column 2). Choose a file exported with \u{201c}Export answers (JSON)\u{201d}.",
        ),
        (
            ImportProblem::NotAnObject,
            "The file does not hold an export: it should start with \u{201c}{\u{201d}.",
        ),
        (
            ImportProblem::NotAnExport,
            "This is not a Partnership Readiness Check export: it has no \u{201c}\"format\": \"partnership-readiness-export\"\u{201d}.",
        ),
        (
            ImportProblem::NewerVersion(3),
            "The file is export version 3, made by a newer version of this tool; this one reads versions 1 to 2.",
        ),
        (
            ImportProblem::BadVersion,
            "The file\u{2019}s \u{201c}version\u{201d} should be a number from 1 to 2.",
        ),
        (
            ImportProblem::OtherQuestionSet {
                id: None,
                edition: Some(3),
                expected_id: "partnership-readiness".into(),
                expected_edition: 2,
            },
            "The file was made with questionnaire (none) version 3, but this tool reads partnership-readiness versions 1 and 2.",
        ),
        (
            ImportProblem::BadStage("\"later\"".into()),
            "The \u{201c}stage\u{201d} is \"later\", which is not one of: forming, first-year, one-to-three, established.",
        ),
        (ImportProblem::BadLabel, "The \u{201c}label\u{201d} should be text."),
        (ImportProblem::NoAnswers, "The file has no \u{201c}answers\u{201d} list."),
        (
            ImportProblem::UnknownStatements {
                listed: vec!["a-1".into(), "b-2".into()],
                more: 0,
            },
            "These statements are not in this questionnaire: a-1, b-2.",
        ),
        (
            ImportProblem::UnknownStatements {
                listed: vec!["a-1".into()],
                more: 1_234,
            },
            "These statements are not in this questionnaire: a-1 and 1,234 more.",
        ),
        (
            ImportProblem::BadAnswer {
                statement: "trust-2".into(),
                value: "\"maybe\"".into(),
            },
            "The answer to trust-2 is \"maybe\", which is not one of: strongly-disagree, disagree, neither, agree, strongly-agree, dont-know.",
        ),
        (
            ImportProblem::Unreadable("NotReadableError".into()),
            "The file could not be opened (NotReadableError).",
        ),
    ];
    for (problem, expected) in cases {
        assert_eq!(problem.message(en()), expected);
    }
}

#[test]
fn the_csv_is_worded_for_people_and_the_json_stays_machine_readable() {
    let set = built_in_set();
    let answers = every_statement(set, Answer::Agree);
    let result = assess(set, &answers);
    let csv = to_csv(en(), &result, Day(20_780), "", None);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[1].starts_with("2026-11-23,,Commitment,75,Strength,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[7].starts_with("2026-11-23,,Overall,75,Strength,"),
        "{}",
        lines[7]
    );
    let json: Value = serde_json::from_str(&to_json(
        set,
        &answers,
        &result,
        Day(20_780),
        "",
        None,
        None,
    ))
    .unwrap();
    assert_eq!(json["result"]["band"], "Strength");
    assert_eq!(json["result"]["criteria"][0]["band"], "Strength");
    assert_eq!(json["result"]["criteria"][0]["name"], "Commitment");
    assert_eq!(json["answers"]["commitment-11"], "agree");
}

#[test]
fn the_role_travels_in_the_json_and_the_csv_and_a_file_without_one_still_reads() {
    use crate::questions::role::Role;
    let set = built_in_set();
    let answers = answers();
    let assessment = assess(set, &answers);
    let day = Day(20_780);
    for role in Role::ALL {
        let json = to_json(set, &answers, &assessment, day, "", None, Some(role));
        let imported = from_json(set, &json).expect("reads");
        assert_eq!(imported.role, Some(role));
        let file: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(file["role"], role.id());
    }
    let without = to_json(set, &answers, &assessment, day, "", None, None);
    assert!(
        !without.contains("\"role\""),
        "no role, no field: {without}"
    );
    assert_eq!(from_json(set, &without).unwrap().role, None);
    // A role this build does not know (a later build's, or a hand edit) is left out, and the
    // answers still read.
    let unknown = without.replacen('{', "{\"role\":\"mayor\",", 1);
    assert_eq!(from_json(set, &unknown).unwrap().role, None);
    let hostile = without.replacen('{', "{\"role\":[1,2,3],", 1);
    assert_eq!(from_json(set, &hostile).unwrap().answers, answers);
    let csv = to_csv(en(), &assessment, day, "", Some(Role::Frontline));
    for line in csv.lines().skip(1) {
        assert!(line.ends_with(",Frontline staff"), "{line}");
    }
    let csv = to_csv(en(), &assessment, day, "", None);
    assert!(csv.lines().nth(1).unwrap().ends_with(','));
}
