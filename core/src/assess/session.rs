//! The saved session: what one person has answered and where they are, and the versioned
//! document it is stored as.
//!
//! The storage format is a JSON object tagged with `app` and `version`. Loading never guesses:
//! anything that is not a document of a version this build understands is reported, so the
//! browser layer can keep the raw text aside instead of overwriting it.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::assess::scoring::Answers;
use crate::questions::set::{Answer, QuestionSet, Stage};
use crate::text::clean::{clean_label, excerpt};
use crate::text::content::Content;

/// Tag in every document so we never read (or overwrite) someone else's data as ours.
pub const APP_TAG: &str = "partnership-readiness";
/// The document version this build writes. Version 2 added the stage; a build that reads only
/// version 1 leaves a version 2 document alone instead of writing it back without the stage.
pub const DOCUMENT_VERSION: u64 = 2;
/// A format version or edition this far beyond this build's is noise (a damaged or planted
/// value), not a newer build: it is kept aside like damage, so it cannot stop every tab saving
/// for good, as a newer build's document (which is left alone) would.
pub const FAR_AHEAD: u64 = 100;
/// A stored time more than this far ahead of the clock is damage, for the same reason: a tab
/// would never again count as newer than it.
pub const MAX_AHEAD_MS: f64 = 86_400_000.0;
/// How much of the JSON reader's words (which can quote the stored value) a reason shows.
const EXCERPT_CHARS: usize = 40;

/// Where the person is in the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "view", rename_all = "lowercase")]
pub enum Position {
    #[default]
    Welcome,
    Section {
        index: usize,
    },
    Results,
}

/// Which questionnaire the answers belong to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: u32,
}

impl QuestionnaireRef {
    pub fn of(set: &QuestionSet) -> Self {
        QuestionnaireRef {
            id: set.id().to_string(),
            version: set.edition(),
        }
    }
}

/// One person's assessment in progress. Timestamps are milliseconds since the Unix epoch, passed
/// in by the caller so this module stays free of clocks.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub questionnaire: QuestionnaireRef,
    pub answers: Answers,
    pub position: Position,
    /// The name the person gave this result for sharing ("Housing team view"), or empty.
    pub label: String,
    /// How far along the person says the partnership is, once they have said.
    pub stage: Option<Stage>,
    /// Private: only this type's methods move them, so `updated_ms` only ever increases (the
    /// rule "which tab's answers are newer" rests on it).
    created_ms: f64,
    updated_ms: f64,
}

/// What changed when a saved assessment was brought up to a later edition of the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upgrade {
    /// The edition the answers were given to.
    pub from: u32,
    /// Statements new since then that have no answer yet, in display order.
    pub new_statements: Vec<String>,
    /// Answers kept that count towards the result: the statements that did not change.
    pub kept: usize,
}

impl Session {
    pub fn new(set: &QuestionSet, now_ms: f64) -> Self {
        Session {
            questionnaire: QuestionnaireRef::of(set),
            answers: Answers::new(),
            position: Position::Welcome,
            label: String::new(),
            stage: None,
            created_ms: now_ms,
            updated_ms: now_ms,
        }
    }

    /// Records or replaces the answer to one statement.
    pub fn answer(&mut self, statement_id: &str, answer: Answer, now_ms: f64) {
        self.answers.insert(statement_id.to_string(), answer);
        self.touch(now_ms);
    }

    pub fn set_stage(&mut self, stage: Option<Stage>, now_ms: f64) {
        self.stage = stage;
        self.touch(now_ms);
    }

    /// Brings answers given to an earlier edition of `question set` up to it: answers to statements that
    /// did not change count as they are; answers to retired statements stay in the document (so
    /// nothing a person gave is thrown away) but no longer count. `None` when nothing changed.
    pub fn upgrade(&mut self, set: &QuestionSet) -> Option<Upgrade> {
        let from = self.questionnaire.version;
        if self.questionnaire.id != set.id() || from >= set.edition() {
            return None;
        }
        self.questionnaire = QuestionnaireRef::of(set);
        let new_statements = set
            .statements_since(from)
            .filter(|(_, s)| !self.answers.contains_key(s.id()))
            .map(|(_, s)| s.id().to_string())
            .collect();
        let kept = self
            .answers
            .keys()
            .filter(|id| set.contains_statement(id))
            .count();
        Some(Upgrade {
            from,
            new_statements,
            kept,
        })
    }

    pub fn set_label(&mut self, label: String, now_ms: f64) {
        self.label = label;
        self.touch(now_ms);
    }

    /// Replaces every answer at once (an import).
    pub fn replace_answers(&mut self, answers: Answers, now_ms: f64) {
        self.answers = answers;
        self.touch(now_ms);
    }

    pub fn go_to(&mut self, position: Position, now_ms: f64) {
        self.position = position;
        self.touch(now_ms);
    }

    /// Keeps `updated_ms` strictly increasing even if the clock stalls or steps back, so "newer"
    /// comparisons between tabs stay meaningful.
    fn touch(&mut self, now_ms: f64) {
        self.updated_ms = if now_ms > self.updated_ms {
            now_ms
        } else {
            self.updated_ms + 1.0
        };
    }

    pub fn created_ms(&self) -> f64 {
        self.created_ms
    }

    pub fn updated_ms(&self) -> f64 {
        self.updated_ms
    }

    /// The times of a merge of this session with another tab's (`formats::stored::session`): it
    /// began when the earlier of the two began, and was changed after both.
    pub(crate) fn take_merged_times(&mut self, created_ms: f64, after_ms: f64) {
        self.created_ms = created_ms;
        self.updated_ms = after_ms.max(self.updated_ms) + 1.0;
    }

    /// True when `other` was saved after this session (used for changes from another tab).
    pub fn is_older_than(&self, other: &Session) -> bool {
        other.updated_ms > self.updated_ms
    }

    pub fn to_json(&self) -> String {
        let document = Document {
            app: APP_TAG.to_string(),
            version: DOCUMENT_VERSION,
            questionnaire: self.questionnaire.clone(),
            answers: self.answers.clone(),
            position: self.position,
            label: self.label.clone(),
            stage: self.stage,
            created_ms: self.created_ms,
            updated_ms: self.updated_ms,
        };
        serde_json::to_string(&document).expect("a session always serialises")
    }
}

/// The stored document, exactly as written to storage. Version 1 is version 2 without `stage`,
/// so one shape reads both.
#[derive(Debug, Serialize, Deserialize)]
struct Document {
    app: String,
    version: u64,
    questionnaire: QuestionnaireRef,
    answers: Answers,
    #[serde(default)]
    position: Position,
    /// Added after the first release of format 1; older documents simply have none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    label: String,
    /// Version 2 on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stage: Option<Stage>,
    created_ms: f64,
    updated_ms: f64,
}

/// Why a stored text could not be used. Every case means "keep the raw text aside".
#[derive(Debug, Clone, PartialEq)]
pub enum DocumentError {
    /// Not JSON at all (truncated write, another program, manual editing).
    NotJson,
    /// JSON, but not a document of this app.
    NotOurs,
    /// Written by a newer build of the widget, in this format version: to be left alone.
    NewerVersion(u64),
    /// A format version no build ever wrote (0, say): damaged.
    UnknownVersion(u64),
    /// Our document, but a field is missing or has an impossible value.
    Invalid(Damage),
    /// Answers to a different questionnaire than the one this build asks.
    OtherQuestionnaire(String),
}

/// What is wrong with a document of ours that cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum Damage {
    NoFormatVersion,
    /// A timestamp is not a finite number.
    Timestamps,
    /// The position names a section (counted from 0) the questionnaire does not have.
    NoSuchSection(usize),
    /// A field is missing or of the wrong kind: the JSON reader's own (English, technical) words,
    /// shortened (they can quote the stored value).
    Fields(String),
    /// An edition of the questionnaire far beyond this build's (see `FAR_AHEAD`).
    NoSuchEdition(u64),
    /// Saved more than a day ahead of this device's clock (see `MAX_AHEAD_MS`).
    FutureTime,
}

impl DocumentError {
    /// Why the saved answers cannot be used, as the person is told after "Reason: ", in the
    /// content's language.
    pub fn message(&self, content: &Content) -> String {
        match self {
            DocumentError::NotJson => content.text("storage-reason-not-json"),
            DocumentError::NotOurs => content.text("storage-reason-not-ours"),
            DocumentError::NewerVersion(version) => {
                content.format("storage-reason-newer", &[("version", (*version).into())])
            }
            DocumentError::UnknownVersion(version) => content.format(
                "storage-reason-unknown-version",
                &[("version", (*version).into())],
            ),
            DocumentError::Invalid(Damage::NoFormatVersion) => {
                content.text("storage-reason-no-version")
            }
            DocumentError::Invalid(Damage::Timestamps) => content.text("storage-reason-timestamps"),
            DocumentError::Invalid(Damage::NoSuchSection(index)) => {
                content.format("storage-reason-no-section", &[("index", (*index).into())])
            }
            DocumentError::Invalid(Damage::Fields(detail)) => {
                content.format("storage-reason-invalid", &[("detail", detail.into())])
            }
            DocumentError::Invalid(Damage::NoSuchEdition(edition)) => content.format(
                "storage-reason-no-edition",
                &[("edition", (*edition).into())],
            ),
            DocumentError::Invalid(Damage::FutureTime) => content.text("storage-reason-future"),
            DocumentError::OtherQuestionnaire(id) => {
                content.format("storage-reason-other-questionnaire", &[("id", id.into())])
            }
        }
    }
}

/// In English, for developers (logs, test failures); the person is shown `message`.
impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Content::english()))
    }
}

/// Reads a stored document, bringing older formats up to date. `question set` is the questionnaire this
/// build asks, used to check the position and the questionnaire the answers belong to.
pub fn parse_document(raw: &str, set: &QuestionSet) -> Result<Session, DocumentError> {
    let value: Value = serde_json::from_str(raw).map_err(|_| DocumentError::NotJson)?;
    if value.get("app").and_then(Value::as_str) != Some(APP_TAG) {
        return Err(DocumentError::NotOurs);
    }
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(DocumentError::Invalid(Damage::NoFormatVersion))?;
    // The one place a future format change adds a step: migrate vN to vN+1 here, in order.
    let document: Document = match version {
        1 | 2 => serde_json::from_value(value).map_err(|e| {
            DocumentError::Invalid(Damage::Fields(excerpt(&e.to_string(), EXCERPT_CHARS)))
        })?,
        far if far > DOCUMENT_VERSION.saturating_add(FAR_AHEAD) => {
            return Err(DocumentError::UnknownVersion(far))
        }
        newer if newer > DOCUMENT_VERSION => return Err(DocumentError::NewerVersion(newer)),
        other => return Err(DocumentError::UnknownVersion(other)),
    };
    session_from_document(document, set)
}

/// Reads a document found in storage now (`now_ms`): as `parse_document`, and a time saved more
/// than a day ahead of the clock is damage. A kept copy being put back is read with
/// `parse_document`: it gets this tab's times.
pub fn read_document(raw: &str, set: &QuestionSet, now_ms: f64) -> Result<Session, DocumentError> {
    let session = parse_document(raw, set)?;
    let latest = now_ms + MAX_AHEAD_MS;
    if session.created_ms > latest || session.updated_ms > latest {
        return Err(DocumentError::Invalid(Damage::FutureTime));
    }
    Ok(session)
}

fn session_from_document(document: Document, set: &QuestionSet) -> Result<Session, DocumentError> {
    if document.questionnaire.id != set.id() {
        return Err(DocumentError::OtherQuestionnaire(excerpt(
            &document.questionnaire.id,
            EXCERPT_CHARS,
        )));
    }
    if !document.created_ms.is_finite() || !document.updated_ms.is_finite() {
        return Err(DocumentError::Invalid(Damage::Timestamps));
    }
    let position = match document.position {
        Position::Section { index } if index >= set.criteria().len() => {
            return Err(DocumentError::Invalid(Damage::NoSuchSection(index)))
        }
        position => position,
    };
    // Answers saved against an earlier edition keep that edition, so the caller can bring them
    // up to date with `Session::upgrade` and tell the person what is new. A document naming an
    // edition later than this build's was written by a newer build.
    let edition = u64::from(document.questionnaire.version);
    if edition > u64::from(set.edition()).saturating_add(FAR_AHEAD) {
        return Err(DocumentError::Invalid(Damage::NoSuchEdition(edition)));
    }
    if document.questionnaire.version > set.edition() {
        return Err(DocumentError::NewerVersion(document.version));
    }
    Ok(Session {
        questionnaire: document.questionnaire,
        answers: document.answers,
        position,
        // A hand-edited label is tidied like a typed one rather than refused.
        label: clean_label(&document.label),
        stage: document.stage,
        created_ms: document.created_ms,
        updated_ms: document.updated_ms,
    })
}

#[cfg(test)]
mod tests;
