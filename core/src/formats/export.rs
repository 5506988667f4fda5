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
use crate::questions::content::Content;
use crate::questions::role::Role;
use crate::questions::rules::Band;
use crate::questions::set::{
    built_in_edition, first_edition_statement_ids, Answer, QuestionSet, Stage, BUILT_IN_ID,
    CRITERION_IDS,
};
use crate::text::calendar::Day;

pub const EXPORT_FORMAT: &str = "partnership-readiness-export";
/// Version 2 (second edition) adds `stage` and the result's `lowest` criterion; version 1 files
/// (first edition) are still read. The third edition's optional `role` is a field older builds
/// skip, so it needs no new version (their readers refuse a third-edition file by its edition).
pub const EXPORT_VERSION: u64 = 2;
/// Far above any real export (about 3 KB); anything bigger is refused before it is parsed.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;

/// An answer as the file writes it ("strongly-agree", …).
pub fn answer_word(answer: Answer) -> &'static str {
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

/// The name of the criterion at `index` in English: the JSON file names criteria in English
/// whatever the page's language (as every earlier build's files do); ids are what reading uses.
fn english_name(index: usize) -> &'static str {
    &crate::questions::content::Content::english()
        .questions
        .criteria[index]
        .name
}

/// The JSON export: answers (which import reads back) and the result (for people and other
/// tools; import works the result out again rather than trusting it).
pub fn to_json(
    set: &QuestionSet,
    answers: &Answers,
    assessment: &Assessment,
    day: Day,
    label: &str,
    stage: Option<Stage>,
    role: Option<Role>,
) -> String {
    let answers: Map<String, Value> = set
        .criteria()
        .iter()
        .flat_map(|c| c.statements())
        .filter_map(|s| {
            answers
                .get(s.id())
                .map(|a| (s.id().to_string(), Value::from(answer_word(*a))))
        })
        .collect();
    let criteria: Vec<Value> = assessment
        .criteria
        .iter()
        .map(|score| {
            let criterion = &set.criteria()[score.criterion];
            json!({
                "id": criterion.id(),
                "name": english_name(score.criterion),
                "score": score.score(),
                "band": score.band(&assessment.rules).map(band_word),
                "answered": score.answered,
                "statements": score.statements,
                "dont_know": score.dont_know,
            })
        })
        .collect();
    let mut document = json!({
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported": day.iso(),
        "questionnaire": { "id": set.id(), "version": set.edition() },
        "label": crate::text::clean::clean_label(label),
        "stage": stage.map(Stage::id),
        "answers": answers,
        "result": {
            "overall": assessment.overall(),
            "band": assessment.overall_band().map(band_word),
            "lowest": assessment.lowest().map(|index| set.criteria()[index].id()),
            "criteria": criteria,
        },
    });
    // Written only when given, so a file without a role is what earlier builds wrote.
    if let (Some(role), Some(fields)) = (role, document.as_object_mut()) {
        fields.insert("role".to_string(), Value::from(role.id()));
    }
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
/// `role` came last with the third edition, so a sheet that reads the earlier columns by
/// position still finds them.
const CSV_COLUMNS: [&str; 9] = [
    "date",
    "label",
    "criterion",
    "score",
    "band",
    "answered",
    "statements",
    "dont-know",
    "role",
];

/// The scores as CSV, for people and spreadsheets, in the content's language: one row per
/// criterion and one for the overall score.
pub fn to_csv(
    content: &Content,
    assessment: &Assessment,
    day: Day,
    label: &str,
    role: Option<Role>,
) -> String {
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
    let role = csv_field(&role.map(|r| r.label(content)).unwrap_or_default());
    for score in &assessment.criteria {
        rows.push(format!(
            "{lead},{},{},{},{},{},{},{role}",
            csv_field(&content.questions.criteria[score.criterion].name),
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
        "{lead},{},{},{},{},{},{},{role}",
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
    /// Who answered, when the file says (third edition on).
    pub role: Option<Role>,
    /// The edition of the questionnaire the answers were given to.
    pub edition: u32,
}

impl Imported {
    /// An earlier edition's result, worked out exactly as that edition did (its own statements,
    /// its own rules), so it can be kept with the original scores; `None` for a file of this
    /// edition.
    pub fn earlier_edition_result(&self, set: &QuestionSet, day: Day) -> Option<Snapshot> {
        earlier_edition_result(
            set,
            self.edition,
            &self.answers,
            day,
            &self.label,
            self.stage,
        )
    }
}

/// The result `answers` given to an earlier `edition` of the built-in `set` had, with that
/// edition's figures: what a saved session or file brought up to this edition keeps among the
/// earlier results. `None` for this edition, a set of its own, or an edition never made.
pub fn earlier_edition_result(
    set: &QuestionSet,
    edition: u32,
    answers: &Answers,
    day: Day,
    label: &str,
    stage: Option<Stage>,
) -> Option<Snapshot> {
    if set.id() != BUILT_IN_ID || edition >= set.edition() {
        return None;
    }
    let (assessment, stage) = if edition == 1 {
        // The first edition had no stage question.
        (assess_first_edition(answers), None)
    } else {
        let shape = built_in_edition(edition)?;
        (crate::assess::scoring::assess(shape, answers), stage)
    };
    let mut snapshot = Snapshot::of(set, &assessment, day, label, stage);
    snapshot.set_edition = u8::try_from(edition).ok()?;
    Some(snapshot)
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
    OtherQuestionSet {
        id: Option<String>,
        /// The file's edition of the set, when it names one.
        edition: Option<u64>,
        expected_id: String,
        expected_edition: u32,
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

/// At most this many unknown statements are named in one problem.
const MAX_LISTED: usize = 10;

/// How much of a long piece of a file a problem quotes.
const EXCERPT_CHARS: usize = 40;

/// The start of a long piece of a file, to recognise it by without filling the page.
fn excerpt(text: &str) -> String {
    crate::text::clean::excerpt(text, EXCERPT_CHARS)
}

/// Whether a file of `bytes` is too big to be an export, and so is refused unread.
pub fn too_large(bytes: u64) -> Option<ImportProblem> {
    (bytes > MAX_IMPORT_BYTES as u64).then_some(ImportProblem::TooLarge { bytes })
}

/// Reads a JSON export. On failure, every problem found (`ImportProblem::message` words each).
pub fn from_json(set: &QuestionSet, text: &str) -> Result<Imported, Vec<ImportProblem>> {
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
    // The edition, and the shape whose statements the file may answer: this edition's, an
    // earlier built-in edition's for a file made with it, or (`None`) the first edition's ids.
    let earlier = version
        .filter(|v| {
            id == Some(BUILT_IN_ID) && set.id() == BUILT_IN_ID && *v < u64::from(set.edition())
        })
        .and_then(|v| built_in_edition(u32::try_from(v).ok()?));
    let (edition, shape) = match (version, earlier) {
        (Some(1), _) if id == Some(set.id()) => (1, None),
        (Some(v), _) if id == Some(set.id()) && v == u64::from(set.edition()) => {
            (set.edition(), Some(set))
        }
        (_, Some(earlier)) => (earlier.edition(), Some(earlier)),
        _ => {
            problems.push(ImportProblem::OtherQuestionSet {
                id: id.map(excerpt),
                edition: version,
                expected_id: set.id().to_string(),
                expected_edition: set.edition(),
            });
            (set.edition(), Some(set))
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
    // A role this build does not know (a later build may add one) is left out rather than
    // refusing the answers: the role words actions and groups comparisons, nothing more.
    let role = document
        .get("role")
        .and_then(Value::as_str)
        .and_then(Role::from_id);
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
            let known: Vec<&str> = match shape {
                None => first_edition.iter().map(String::as_str).collect(),
                Some(shape) => shape
                    .criteria()
                    .iter()
                    .flat_map(|c| c.statements())
                    .map(|s| s.id())
                    .collect(),
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
            role,
            edition,
        })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests;
