//! The saved session as a stored document: one person's answers and place, under one key, merged
//! with another tab's answers rather than written over them.

use super::{Reading, StoredDocument};
use crate::assess::session::{parse_document, read_document, DocumentError, Session};
use crate::questions::set::QuestionSet;

/// Namespaced so an organisation's own site scripts on the same origin are not confused by it.
pub const SESSION_KEY: &str = "partnership-readiness:session";

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
/// `base` (what it last saw) on top, so neither tab's answers are lost. The label and stage are
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
    merged.position = ours.position;
    merged.take_merged_times(
        base.created_ms().min(theirs.created_ms()),
        ours.updated_ms().max(theirs.updated_ms()),
    );
    merged
}

/// Brings `theirs` (a session another tab saved, or a merge on top of it) up to `question set`'s edition
/// when a tab of an earlier edition saved it. That tab never showed the statements added since,
/// so it cannot have removed their answers: this tab's answers to them (`ours`) stay.
pub fn bring_up(set: &QuestionSet, theirs: &mut Session, ours: &Session) {
    let edition = theirs.questionnaire.version;
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
