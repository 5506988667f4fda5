//! The saved session as a stored document: one person's answers and place, under one key, as a
//! versioned JSON document, merged with another tab's answers rather than written over them.
//!
//! The document is a JSON object tagged with `app` and `version`. Loading never guesses: anything
//! that is not a document of a version this build understands is reported, so the browser layer
//! can keep the raw text aside instead of overwriting it.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Reading, StoredDocument, APP_TAG, FAR_AHEAD};
use crate::assess::scoring::Answers;
use crate::assess::session::{Position, Session, SetEdition};
use crate::questions::role::Role;
use crate::questions::set::{Answer, QuestionSet, Stage};
use crate::text::clean::{clean_label, excerpt};

/// Namespaced so an organisation's own site scripts on the same origin are not confused by it.
pub const SESSION_KEY: &str = "partnership-readiness:session";
/// The document version this build writes. Version 2 added the stage; a build that reads only
/// version 1 leaves a version 2 document alone instead of writing it back without the stage.
pub const DOCUMENT_VERSION: u64 = 2;
/// A stored time more than this far ahead of the clock is damage, for the same reason: a tab
/// would never again count as newer than it.
pub const MAX_AHEAD_MS: f64 = 86_400_000.0;
/// How much of the JSON reader's words (which can quote the stored value) a reason shows.
const EXCERPT_CHARS: usize = 40;

impl StoredDocument for Session {
    /// The question set the answers belong to: it checks the position and the set's name, and
    /// brings answers saved against an earlier edition up to this one.
    type Context = QuestionSet;
    type Problem = DocumentError;
    const KEY: &'static str = SESSION_KEY;
    const KIND: &'static str = "session";

    fn read(raw: &str, set: &QuestionSet, now_ms: Option<f64>) -> Reading<Session> {
        let read = match now_ms {
            Some(now_ms) => read_document(raw, set, now_ms),
            None => parse_document(raw, set),
        };
        match read {
            Ok(session) => Reading::Read(session),
            Err(DocumentError::NewerVersion(version)) => Reading::Newer(version),
            Err(problem) => Reading::Unreadable(problem),
        }
    }

    fn to_stored(&self) -> String {
        self.to_json()
    }

    fn merge(
        set: &QuestionSet,
        base: Option<&Session>,
        ours: &Session,
        theirs: Session,
    ) -> Session {
        let empty;
        let base = match base {
            Some(base) => base,
            None => {
                let mut nothing_yet = theirs.clone();
                nothing_yet.answers = Default::default();
                nothing_yet.label = String::new();
                empty = nothing_yet;
                &empty
            }
        };
        let mut merged = merge(base, ours, &theirs);
        bring_up(set, &mut merged, ours);
        merged
    }

    fn items(&self) -> usize {
        self.answers.len()
    }
}

/// A three-way merge: `theirs` (what another tab saved), with every change this tab made since
/// `base` (what it last saw) on top, so neither tab's answers are lost. The label, stage and role are
/// this tab's when it changed them; the position is this tab's: it is where this person is. A
/// new field of `Session` needs its line here, or a merge drops this tab's change to it.
pub fn merge(base: &Session, ours: &Session, theirs: &Session) -> Session {
    let mut merged = theirs.clone();
    // A statement in both lists is looked at twice, to the same effect (cheaper in wasm than a
    // set, which brings a sort with it).
    for id in base.answers.keys().chain(ours.answers.keys()) {
        let (before, now) = (base.answers.get(id), ours.answers.get(id));
        if before != now {
            match now {
                Some(answer) => merged.answers.insert(id.clone(), *answer),
                None => merged.answers.remove(id),
            };
        }
    }
    if ours.label != base.label {
        merged.label = ours.label.clone();
    }
    if ours.stage != base.stage {
        merged.stage = ours.stage;
    }
    if ours.role != base.role {
        merged.role = ours.role;
    }
    merged.position = ours.position;
    merged.take_merged_times(
        base.created_ms().min(theirs.created_ms()),
        ours.updated_ms().max(theirs.updated_ms()),
    );
    merged
}

/// Brings `theirs` (a session another tab saved, or a merge on top of it) up to `set`'s edition
/// when a tab of an earlier edition saved it. That tab never showed the statements added since,
/// so it cannot have removed their answers: this tab's answers to them (`ours`) stay.
pub fn bring_up(set: &QuestionSet, theirs: &mut Session, ours: &Session) {
    let edition = theirs.set.edition;
    if theirs.upgrade(set).is_none() {
        return;
    }
    for (_, statement) in set.statements_since(edition) {
        if let Some(answer) = ours.answers.get(statement.id()) {
            theirs
                .answers
                .entry(statement.id().to_string())
                .or_insert(*answer);
        }
    }
}

/// The session as its stored document (written here, with the format, though it is the
/// session's method).
impl Session {
    /// The document's text: byte for byte what earlier builds wrote for the same session (the
    /// golden tests hold it).
    pub fn to_json(&self) -> String {
        let document = Document {
            app: APP_TAG.to_string(),
            version: DOCUMENT_VERSION,
            questionnaire: StoredSetRef {
                id: self.set.id.clone(),
                version: self.set.edition,
            },
            answers: stored_answers(&self.answers),
            position: self.position.into(),
            label: self.label.clone(),
            stage: self.stage.map(StoredStage::from),
            role: self.role.map(|role| role.id().to_string()),
            created_ms: self.created_ms(),
            updated_ms: self.updated_ms(),
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
    questionnaire: StoredSetRef,
    answers: BTreeMap<String, StoredAnswer>,
    #[serde(default)]
    position: StoredPosition,
    /// Added after the first release of format 1; older documents simply have none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    label: String,
    /// Version 2 on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stage: Option<StoredStage>,
    /// Who is answering (`Role::id`), third edition on. No new document version: a document
    /// holding one names the third edition, which an earlier build reads as newer and leaves
    /// alone, so no build can write it back without the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<String>,
    created_ms: f64,
    updated_ms: f64,
}

/// The format's own types for the parts of a session (the domain types carry no serde): the names
/// and shapes earlier builds wrote, converted to and from the session's values.
#[derive(Debug, Serialize, Deserialize)]
struct StoredSetRef {
    id: String,
    version: u32,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
#[serde(tag = "view", rename_all = "lowercase")]
enum StoredPosition {
    #[default]
    Welcome,
    Section {
        index: usize,
    },
    Results,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum StoredStage {
    Forming,
    FirstYear,
    OneToThree,
    Established,
}

/// The answers as the document holds them, inserted one by one (see `session_from_document`).
fn stored_answers(answers: &Answers) -> BTreeMap<String, StoredAnswer> {
    let mut stored = BTreeMap::new();
    for (id, answer) in answers {
        stored.insert(id.clone(), StoredAnswer(*answer));
    }
    stored
}

/// An answer as its code, 1-5 and 0 for "Don't know" (`Answer`'s code).
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
struct StoredAnswer(Answer);

impl TryFrom<u8> for StoredAnswer {
    type Error = String;
    fn try_from(code: u8) -> Result<Self, String> {
        Answer::try_from(code).map(StoredAnswer)
    }
}

impl From<StoredAnswer> for u8 {
    fn from(answer: StoredAnswer) -> u8 {
        u8::from(answer.0)
    }
}

impl From<Position> for StoredPosition {
    fn from(position: Position) -> Self {
        match position {
            Position::Welcome => StoredPosition::Welcome,
            Position::Section { index } => StoredPosition::Section { index },
            Position::Results => StoredPosition::Results,
        }
    }
}

impl From<StoredPosition> for Position {
    fn from(position: StoredPosition) -> Self {
        match position {
            StoredPosition::Welcome => Position::Welcome,
            StoredPosition::Section { index } => Position::Section { index },
            StoredPosition::Results => Position::Results,
        }
    }
}

impl From<Stage> for StoredStage {
    fn from(stage: Stage) -> Self {
        match stage {
            Stage::Forming => StoredStage::Forming,
            Stage::FirstYear => StoredStage::FirstYear,
            Stage::OneToThree => StoredStage::OneToThree,
            Stage::Established => StoredStage::Established,
        }
    }
}

impl From<StoredStage> for Stage {
    fn from(stage: StoredStage) -> Self {
        match stage {
            StoredStage::Forming => Stage::Forming,
            StoredStage::FirstYear => Stage::FirstYear,
            StoredStage::OneToThree => Stage::OneToThree,
            StoredStage::Established => Stage::Established,
        }
    }
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
    OtherQuestionSet(String),
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

/// For logs and developers: the problem as a value (a person reads `words::problems`).
impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "stored session: {self:?}")
    }
}

/// Reads a stored document, bringing older formats up to date. `set` is the questionnaire this
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
    if session.created_ms() > latest || session.updated_ms() > latest {
        return Err(DocumentError::Invalid(Damage::FutureTime));
    }
    Ok(session)
}

fn session_from_document(document: Document, set: &QuestionSet) -> Result<Session, DocumentError> {
    if document.questionnaire.id != set.id() {
        return Err(DocumentError::OtherQuestionSet(excerpt(
            &document.questionnaire.id,
            EXCERPT_CHARS,
        )));
    }
    if !document.created_ms.is_finite() || !document.updated_ms.is_finite() {
        return Err(DocumentError::Invalid(Damage::Timestamps));
    }
    let position = match Position::from(document.position) {
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
    let mut session = Session::from_stored(
        SetEdition {
            id: document.questionnaire.id,
            edition: document.questionnaire.version,
        },
        document.created_ms,
        document.updated_ms,
    );
    // Inserted one by one: collecting into a map sorts first, and the sort's code would cost
    // the wasm about 7 KB for nothing (the document's map is in order already).
    for (id, answer) in document.answers {
        session.answers.insert(id, answer.0);
    }
    session.position = position;
    // A hand-edited label is tidied like a typed one rather than refused.
    session.label = clean_label(&document.label);
    session.stage = document.stage.map(Stage::from);
    // A role this build does not know is left out rather than losing the answers.
    session.role = document.role.as_deref().and_then(Role::from_id);
    Ok(session)
}

#[cfg(test)]
mod tests;
