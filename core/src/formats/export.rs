//! Files a person can take away and bring back: the answers and result as JSON (a documented,
//! versioned format, see docs/sharing.md) and the scores as CSV. Importing checks a file
//! thoroughly and lists every problem in words, because the person may have edited it by hand.
//!
//! The JSON is a machine format, the same whatever language the page speaks, so that every build
//! reads every file: its field names, answer words, bands and criterion names are the built-in
//! English ones. The CSV and the problems found on import are for people, in the content's
//! language.

use serde_json::{json, Map, Value};

use crate::assess::scoring::{assess_first_edition, Answers, Assessment};
use crate::formats::snapshot::Snapshot;
use crate::questions::questionnaire::{
    first_edition_statement_ids, Answer, Questionnaire, Stage, CRITERION_IDS,
};
use crate::questions::rules::Band;
use crate::text::calendar::Day;
use crate::text::content::Content;
use crate::words::report;

pub const EXPORT_FORMAT: &str = "partnership-readiness-export";
/// Version 2 (second edition) adds `stage` and the result's `lowest` criterion; version 1 files
/// (first edition) are still read.
pub const EXPORT_VERSION: u64 = 2;
/// Far above any real export (about 3 KB); anything bigger is refused before it is parsed.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;

/// The word an answer is written as in an export.
fn answer_word(answer: Answer) -> &'static str {
    match answer {
        Answer::StronglyDisagree => "strongly-disagree",
        Answer::Disagree => "disagree",
        Answer::Neither => "neither",
        Answer::Agree => "agree",
        Answer::StronglyAgree => "strongly-agree",
        Answer::DontKnow => "dont-know",
    }
}

fn answer_from_word(word: &str) -> Option<Answer> {
    Answer::ALL.into_iter().find(|a| answer_word(*a) == word)
}

/// The word a band is written as in a JSON export (as every build has written it).
fn band_word(band: Band) -> &'static str {
    match band {
        Band::Strength => "Strength",
        Band::Developing => "Developing",
        Band::Priority => "Priority",
    }
}

/// "partnership-readiness-2026-11-23": every file saved on a day starts so.
pub fn file_stem(day: Day) -> String {
    format!("partnership-readiness-{}", day.iso())
}

/// "partnership-readiness-2026-11-23.json" and the like.
pub fn file_name(day: Day, extension: &str) -> String {
    format!("{}.{extension}", file_stem(day))
}

/// The JSON export: answers (which import reads back) and the result (for people and other
/// tools; import works the result out again rather than trusting it).
pub fn to_json(
    bank: &Questionnaire,
    answers: &Answers,
    assessment: &Assessment,
    day: Day,
    label: &str,
    stage: Option<Stage>,
) -> String {
    let answers: Map<String, Value> = bank
        .criteria
        .iter()
        .flat_map(|c| &c.statements)
        .filter_map(|s| {
            answers
                .get(&s.id)
                .map(|a| (s.id.clone(), Value::from(answer_word(*a))))
        })
        .collect();
    let criteria: Vec<Value> = assessment
        .criteria
        .iter()
        .map(|score| {
            let criterion = &bank.criteria[score.criterion];
            json!({
                "id": criterion.id,
                "name": criterion.name,
                "score": score.score(),
                "band": score.band(&assessment.rules).map(band_word),
                "answered": score.answered,
                "statements": score.statements,
                "dont_know": score.dont_know,
            })
        })
        .collect();
    let document = json!({
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported": day.iso(),
        "questionnaire": { "id": bank.id, "version": bank.version },
        "label": crate::text::clean::clean_label(label),
        "stage": stage.map(Stage::id),
        "answers": answers,
        "result": {
            "overall": assessment.overall(),
            "band": assessment.overall_band().map(band_word),
            "lowest": assessment.lowest().map(|index| bank.criteria[index].id.as_str()),
            "criteria": criteria,
        },
    });
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

/// One CSV field, safe in any spreadsheet. A piece of text that begins with `=`, `+`, `-`, `@`,
/// a tab or a carriage return would be run as a formula, so it gets an apostrophe in front; the
/// guard is applied to every piece between commas, semicolons and tabs too, because a spreadsheet
/// set to a semicolon locale (or told to split on tabs) splits the field there before it looks.
/// A field holding a separator, a quote or a line break is quoted.
fn csv_field(text: &str) -> String {
    let mut guarded = String::with_capacity(text.len() + 2);
    let mut piece_start = true;
    for c in text.chars() {
        if piece_start && matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r') {
            guarded.push('\'');
        }
        piece_start = matches!(c, ',' | ';' | '\t');
        guarded.push(c);
    }
    if guarded.contains([',', ';', '\t', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The CSV's columns, each named by its message (`export-csv-column-<column>`).
const CSV_COLUMNS: [&str; 8] = [
    "date",
    "label",
    "criterion",
    "score",
    "band",
    "answered",
    "statements",
    "dont-know",
];

/// The scores as CSV, for people and spreadsheets, in the content's language: one row per
/// criterion and one for the overall score.
pub fn to_csv(content: &Content, assessment: &Assessment, day: Day, label: &str) -> String {
    let header: Vec<String> = CSV_COLUMNS
        .iter()
        .map(|column| csv_field(&content.text(&format!("export-csv-column-{column}"))))
        .collect();
    let mut rows = vec![header.join(",")];
    let lead = format!(
        "{},{}",
        day.iso(),
        csv_field(&crate::text::clean::clean_label(label))
    );
    for score in &assessment.criteria {
        rows.push(format!(
            "{lead},{},{},{},{},{},{}",
            csv_field(&content.questionnaire.criteria[score.criterion].name),
            score.score().map(|s| s.to_string()).unwrap_or_default(),
            csv_field(
                &score
                    .band(&assessment.rules)
                    .map(|b| b.label(content))
                    .unwrap_or_default(),
            ),
            score.answered,
            score.statements,
            score.dont_know
        ));
    }
    rows.push(format!(
        "{lead},{},{},{},{},{},{}",
        csv_field(&content.text("export-csv-overall")),
        assessment
            .overall()
            .map(|s| s.to_string())
            .unwrap_or_default(),
        csv_field(
            &assessment
                .overall_band()
                .map(|b| b.label(content))
                .unwrap_or_default()
        ),
        assessment.answered(),
        assessment.statements(),
        assessment
            .criteria
            .iter()
            .map(|c| c.dont_know)
            .sum::<usize>()
    ));
    let mut csv = rows.join("\r\n");
    csv.push_str("\r\n");
    csv
}

/// What a valid import file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub answers: Answers,
    pub label: String,
    pub stage: Option<Stage>,
    /// The edition of the questionnaire the answers were given to.
    pub edition: u32,
}

impl Imported {
    /// A first-edition file's result, worked out exactly as the first edition did, so it can be
    /// kept with the original scores; `None` for a file of this edition.
    pub fn first_edition_result(&self, bank: &Questionnaire, day: Day) -> Option<Snapshot> {
        (self.edition == 1).then(|| {
            let assessment = assess_first_edition(&self.answers);
            let mut snapshot = Snapshot::of(bank, &assessment, day, &self.label, None);
            snapshot.questionnaire_version = 1;
            snapshot
        })
    }
}

/// One thing wrong with a file chosen for import. Each is a sentence for the person (`message`),
/// because they may have edited the file by hand and need to know what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    /// Over `MAX_IMPORT_BYTES`.
    TooLarge {
        bytes: u64,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not an object.
    NotAnObject,
    /// No `"format": EXPORT_FORMAT`.
    NotAnExport,
    /// A later export version than `EXPORT_VERSION`.
    NewerVersion(u64),
    /// No version, or one no build wrote.
    BadVersion,
    /// Another questionnaire, or an edition this build cannot read; `None` where the file names
    /// none.
    OtherQuestionnaire {
        id: Option<String>,
        version: Option<u64>,
        expected_id: String,
        expected_version: u32,
    },
    /// The stage (the start of it) is not one of the stage ids.
    BadStage(String),
    BadLabel,
    NoAnswers,
    /// Statement ids not in the questionnaire: the first `MAX_LISTED` (each shortened) and how
    /// many more.
    UnknownStatements {
        listed: Vec<String>,
        more: usize,
    },
    /// An answer (the start of it) is not one of the answer words.
    BadAnswer {
        statement: String,
        value: String,
    },
    /// The browser could not read the file; its reason, as it gave it.
    Unreadable(String),
}

impl ImportProblem {
    /// The problem as a sentence in the content's language.
    pub fn message(&self, content: &Content) -> String {
        let none = || content.text("export-problem-none");
        match self {
            ImportProblem::TooLarge { bytes } => content.format(
                "export-problem-too-large",
                &[("size", ((*bytes as f64 / 1024.0).round() as u64).into())],
            ),
            ImportProblem::NotJson { line, column } => content.format(
                "export-problem-not-json",
                &[("line", (*line).into()), ("column", (*column).into())],
            ),
            ImportProblem::NotAnObject => content.text("export-problem-not-an-object"),
            ImportProblem::NotAnExport => content.format(
                "export-problem-not-an-export",
                &[("format", EXPORT_FORMAT.into())],
            ),
            ImportProblem::NewerVersion(version) => content.format(
                "export-problem-newer-version",
                &[
                    ("version", (*version).into()),
                    ("latest", EXPORT_VERSION.into()),
                ],
            ),
            ImportProblem::BadVersion => content.format(
                "export-problem-bad-version",
                &[("latest", EXPORT_VERSION.into())],
            ),
            ImportProblem::OtherQuestionnaire {
                id,
                version,
                expected_id,
                expected_version,
            } => {
                let id = id.clone().unwrap_or_else(none);
                let version = version.map_or_else(none, |v| v.to_string());
                content.format(
                    "export-problem-other-questionnaire",
                    &[
                        ("id", id.as_str().into()),
                        ("version", version.as_str().into()),
                        ("expected-id", expected_id.as_str().into()),
                        ("latest", (*expected_version).into()),
                    ],
                )
            }
            ImportProblem::BadStage(value) => {
                let allowed = Stage::ALL
                    .map(Stage::id)
                    .join(&content.text("list-separator"));
                content.format(
                    "export-problem-bad-stage",
                    &[
                        ("value", value.as_str().into()),
                        ("allowed", allowed.as_str().into()),
                    ],
                )
            }
            ImportProblem::BadLabel => content.text("export-problem-bad-label"),
            ImportProblem::NoAnswers => content.text("export-problem-no-answers"),
            ImportProblem::UnknownStatements { listed, more } => {
                let statements = listed.join(&content.text("list-separator"));
                let key = if *more == 0 {
                    "export-problem-unknown-statements"
                } else {
                    "export-problem-unknown-statements-more"
                };
                content.format(
                    key,
                    &[
                        ("statements", statements.as_str().into()),
                        ("count", (*more).into()),
                        (
                            "more",
                            crate::assess::compare::thousands(*more).as_str().into(),
                        ),
                    ],
                )
            }
            ImportProblem::BadAnswer { statement, value } => {
                let allowed = Answer::ALL
                    .map(answer_word)
                    .join(&content.text("list-separator"));
                content.format(
                    "export-problem-bad-answer",
                    &[
                        ("statement", statement.as_str().into()),
                        ("value", value.as_str().into()),
                        ("allowed", allowed.as_str().into()),
                    ],
                )
            }
            ImportProblem::Unreadable(reason) => content.format(
                "export-problem-unreadable",
                &[("reason", reason.as_str().into())],
            ),
        }
    }
}

/// At most this many unknown statements are named in one problem.
const MAX_LISTED: usize = 10;

/// The start of a long piece of a file (or of stored text), to recognise it by without filling
/// the page.
pub(crate) fn excerpt(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}\u{2026}")
    } else {
        short
    }
}

/// Whether a file of `bytes` is too big to be an export, and so is refused unread.
pub fn too_large(bytes: u64) -> Option<ImportProblem> {
    (bytes > MAX_IMPORT_BYTES as u64).then_some(ImportProblem::TooLarge { bytes })
}

/// Reads a JSON export. On failure, every problem found (`ImportProblem::message` words each).
pub fn from_json(bank: &Questionnaire, text: &str) -> Result<Imported, Vec<ImportProblem>> {
    if let Some(problem) = too_large(text.len() as u64) {
        return Err(vec![problem]);
    }
    let document: Value = serde_json::from_str(text).map_err(|error| {
        vec![ImportProblem::NotJson {
            line: error.line(),
            column: error.column(),
        }]
    })?;
    let Some(document) = document.as_object() else {
        return Err(vec![ImportProblem::NotAnObject]);
    };
    if document.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(vec![ImportProblem::NotAnExport]);
    }
    let mut problems = Vec::new();
    match document.get("version").and_then(Value::as_u64) {
        Some(1..=EXPORT_VERSION) => {}
        Some(version) if version > EXPORT_VERSION => {
            problems.push(ImportProblem::NewerVersion(version))
        }
        _ => problems.push(ImportProblem::BadVersion),
    }
    let questionnaire = document.get("questionnaire");
    let id = questionnaire
        .and_then(|q| q.get("id"))
        .and_then(Value::as_str);
    let version = questionnaire
        .and_then(|q| q.get("version"))
        .and_then(Value::as_u64);
    // This edition's statements, or the first edition's for a first-edition file.
    let edition = match version {
        Some(1) if id == Some(bank.id.as_str()) => 1,
        Some(v) if id == Some(bank.id.as_str()) && v == u64::from(bank.version) => bank.version,
        _ => {
            problems.push(ImportProblem::OtherQuestionnaire {
                id: id.map(excerpt),
                version,
                expected_id: bank.id.clone(),
                expected_version: bank.version,
            });
            bank.version
        }
    };
    let stage = match document.get("stage") {
        None | Some(Value::Null) => None,
        Some(value) => {
            let stage = value
                .as_str()
                .and_then(|id| Stage::ALL.into_iter().find(|s| s.id() == id));
            if stage.is_none() {
                problems.push(ImportProblem::BadStage(excerpt(&value.to_string())));
            }
            stage
        }
    };
    let label = match document.get("label") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(label)) => crate::text::clean::clean_label(label),
        Some(_) => {
            problems.push(ImportProblem::BadLabel);
            String::new()
        }
    };
    let mut answers = Answers::new();
    match document.get("answers").and_then(Value::as_object) {
        None => problems.push(ImportProblem::NoAnswers),
        Some(given) => {
            let first_edition: Vec<String> = (0..CRITERION_IDS.len())
                .flat_map(first_edition_statement_ids)
                .collect();
            let known: Vec<&str> = if edition == 1 {
                first_edition.iter().map(String::as_str).collect()
            } else {
                bank.criteria
                    .iter()
                    .flat_map(|c| &c.statements)
                    .map(|s| s.id.as_str())
                    .collect()
            };
            let unknown: Vec<&str> = given
                .keys()
                .map(String::as_str)
                .filter(|id| !known.contains(id))
                .collect();
            if !unknown.is_empty() {
                // A file at the size limit can name thousands: list a few, count the rest.
                problems.push(ImportProblem::UnknownStatements {
                    listed: unknown
                        .iter()
                        .take(MAX_LISTED)
                        .map(|id| excerpt(id))
                        .collect(),
                    more: unknown.len().saturating_sub(MAX_LISTED),
                });
            }
            for (id, value) in given.iter().filter(|(id, _)| known.contains(&id.as_str())) {
                match value.as_str().and_then(answer_from_word) {
                    Some(answer) => {
                        answers.insert(id.clone(), answer);
                    }
                    None => problems.push(ImportProblem::BadAnswer {
                        statement: id.clone(),
                        value: excerpt(&value.to_string()),
                    }),
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(Imported {
            answers,
            label,
            stage,
            edition,
        })
    } else {
        Err(problems)
    }
}

/// Every score with its band, as the lines of an image or a printout: "Trust: 56, developing",
/// in the content's language.
pub fn score_lines(content: &Content, assessment: &Assessment) -> Vec<String> {
    assessment
        .criteria
        .iter()
        .enumerate()
        .map(|(index, score)| {
            let name = content.questionnaire.criteria[score.criterion]
                .name
                .as_str();
            let line = match score.band(&assessment.rules) {
                Some(band) => content.format(
                    "picture-score-line",
                    &[
                        ("criterion", name.into()),
                        ("score", report::score_text(content, score).as_str().into()),
                        ("band", band.label_in_sentence(content).as_str().into()),
                    ],
                ),
                None => content.format("score-criterion-not-enough", &[("criterion", name.into())]),
            };
            // Marked when the figure alone would mislead; the picture's notes say why.
            if report::needs_note(assessment, index) {
                format!("{line} {}", report::NOTE_MARK)
            } else {
                line
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::scoring::{assess, every_statement};
    use crate::questions::questionnaire::default_bank;

    fn en() -> &'static Content {
        Content::english()
    }

    /// The problems `from_json` finds, as the person reads them in English.
    fn problems(bank: &Questionnaire, text: &str) -> Vec<String> {
        from_json(bank, text)
            .unwrap_err()
            .iter()
            .map(|problem| problem.message(en()))
            .collect()
    }

    fn answers() -> Answers {
        let bank = default_bank();
        let mut answers = Answers::new();
        for (n, statement) in bank.criteria.iter().flat_map(|c| &c.statements).enumerate() {
            if n % 7 != 3 {
                answers.insert(statement.id.clone(), Answer::ALL[n % 6]);
            }
        }
        answers
    }

    #[test]
    fn an_export_imports_back_to_the_same_answers() {
        let bank = default_bank();
        let answers = answers();
        let json = to_json(
            bank,
            &answers,
            &assess(bank, &answers),
            Day(20_780),
            "Team A",
            Some(Stage::Forming),
        );
        assert!(json.contains("\"exported\": \"2026-11-23\""), "{json}");
        assert!(json.contains("\"stage\": \"forming\""), "{json}");
        let first = &bank.criteria[0].statements[0].id;
        assert!(json.contains(&format!("\"{first}\": ")), "{json}");
        let imported = from_json(bank, &json).unwrap();
        assert_eq!(imported.answers, answers);
        assert_eq!(imported.label, "Team A");
        assert_eq!(imported.stage, Some(Stage::Forming));
        assert_eq!(imported.edition, bank.version);
        assert_eq!(imported.first_edition_result(bank, Day(20_780)), None);
    }

    /// A file the first-edition build exported (commit ef2cc0a), with the result it showed.
    const FIRST_EDITION_EXPORT: &str = include_str!("../fixtures/first-edition-export.json");

    #[test]
    fn a_first_edition_export_opens_with_its_original_result() {
        let bank = default_bank();
        let imported = from_json(bank, FIRST_EDITION_EXPORT).expect("first-edition files open");
        assert_eq!(imported.edition, 1);
        assert_eq!(imported.answers.len(), 30);
        let result = imported
            .first_edition_result(bank, Day(20_788))
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
        let bank = default_bank();
        let text = r#"{"format":"partnership-readiness-export","version":1,
            "questionnaire":{"id":"partnership-readiness","version":1},
            "answers":{"commitment-1":"agree","trust-9":"agree","trust-2":"maybe","trust-3":4}}"#;
        let problems = problems(bank, text);
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
        let bank = default_bank();
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
            let problems = problems(bank, text);
            assert!(
                problems.iter().any(|p| p.contains(expected)),
                "{text}: {problems:?}"
            );
        }
        let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert_eq!(
            problems(bank, &huge)[0],
            "The file is 256 KB, far larger than any export from this tool (a few KB)."
        );
        assert_eq!(too_large(MAX_IMPORT_BYTES as u64), None);
    }

    #[test]
    fn csv_has_a_row_per_criterion_and_is_safe_in_spreadsheets() {
        let bank = default_bank();
        let answers = answers();
        let csv = to_csv(
            en(),
            &assess(bank, &answers),
            Day(20_780),
            "\t=HYPERLINK(\"x\")",
        );
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 8);
        assert_eq!(
            lines[0],
            "date,label,criterion,score,band,answered,statements,dont_know"
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
        let bank = default_bank();
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
        let problems = problems(bank, &text);
        let total: usize = problems.iter().map(String::len).sum();
        assert!(total < 1_000, "{problems:?}");
        assert!(
            problems[0].contains(&format!(
                " and {} more.",
                crate::assess::compare::thousands(n - MAX_LISTED)
            )),
            "{}",
            problems[0]
        );
        assert!(problems[1].contains("xxx\u{2026}"), "{}", problems[1]);
    }

    #[test]
    fn another_questionnaires_long_id_is_named_only_by_its_start() {
        let text = format!(
            "{{\"format\":\"{EXPORT_FORMAT}\",\"version\":2,\"questionnaire\":{{\"id\":\"{}\",\"version\":2}},\"answers\":{{\"commitment-1\":\"agree\"}}}}",
            "q".repeat(250_000)
        );
        let problems = problems(default_bank(), &text);
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
                ImportProblem::OtherQuestionnaire {
                    id: None,
                    version: Some(3),
                    expected_id: "partnership-readiness".into(),
                    expected_version: 2,
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
        let bank = default_bank();
        let answers = every_statement(bank, Answer::Agree);
        let result = assess(bank, &answers);
        let csv = to_csv(en(), &result, Day(20_780), "");
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
        let json: Value =
            serde_json::from_str(&to_json(bank, &answers, &result, Day(20_780), "", None)).unwrap();
        assert_eq!(json["result"]["band"], "Strength");
        assert_eq!(json["result"]["criteria"][0]["band"], "Strength");
        assert_eq!(json["result"]["criteria"][0]["name"], "Commitment");
        assert_eq!(json["answers"]["commitment-11"], "agree");
        assert_eq!(score_lines(en(), &result)[0], "Commitment: 75, strength");
    }
}
