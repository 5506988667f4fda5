//! The session: what one person has answered and where they are. How it is stored is
//! `formats::stored::session`.

use crate::assess::scoring::Answers;
use crate::questions::role::Role;
use crate::questions::set::{Answer, QuestionSet, Stage};

/// Where the person is in the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Position {
    #[default]
    Welcome,
    Section {
        index: usize,
    },
    Results,
}

/// Which question set, in which edition, the answers were given to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetEdition {
    pub id: String,
    pub edition: u32,
}

impl SetEdition {
    pub fn of(set: &QuestionSet) -> Self {
        SetEdition {
            id: set.id().to_string(),
            edition: set.edition(),
        }
    }
}

/// One person's assessment in progress. Timestamps are milliseconds since the Unix epoch, passed
/// in by the caller so this module stays free of clocks.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub set: SetEdition,
    pub answers: Answers,
    pub position: Position,
    /// The name the person gave this result for sharing ("Housing team view"), or empty.
    pub label: String,
    /// How far along the person says the partnership is, once they have said.
    pub stage: Option<Stage>,
    /// Who is answering, once they have said (optional): it words the actions.
    pub role: Option<Role>,
    /// Private: only this type's methods move them, so `updated_ms` only ever increases (the
    /// rule "which tab's answers are newer" rests on it).
    created_ms: f64,
    updated_ms: f64,
}

/// What changed when a saved assessment was brought up to a later edition of the question set.
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
            set: SetEdition::of(set),
            answers: Answers::new(),
            position: Position::Welcome,
            label: String::new(),
            stage: None,
            role: None,
            created_ms: now_ms,
            updated_ms: now_ms,
        }
    }

    /// A session as its stored document holds it (`formats::stored::session` reads it), with the
    /// times it was saved with; everything else starts empty and is filled in from the document.
    pub fn from_stored(set: SetEdition, created_ms: f64, updated_ms: f64) -> Self {
        Session {
            set,
            answers: Answers::new(),
            position: Position::Welcome,
            label: String::new(),
            stage: None,
            role: None,
            created_ms,
            updated_ms,
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

    pub fn set_role(&mut self, role: Option<Role>, now_ms: f64) {
        self.role = role;
        self.touch(now_ms);
    }

    /// Brings answers given to an earlier edition of `set` up to it: answers to statements that
    /// did not change count as they are; answers to retired statements stay in the document (so
    /// nothing a person gave is thrown away) but no longer count. `None` when nothing changed.
    pub fn upgrade(&mut self, set: &QuestionSet) -> Option<Upgrade> {
        let from = self.set.edition;
        if self.set.id != set.id() || from >= set.edition() {
            return None;
        }
        self.set = SetEdition::of(set);
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
}
