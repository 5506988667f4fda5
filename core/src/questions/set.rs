//! The question set as a value in no language: its criteria, statements (with the edition each
//! first appeared in) and stages, validated once, and the answer scale. Its words, in each
//! language, are `questions::texts::QuestionTexts`.
//!
//! The built-in set's shape lives in `bank.json` beside this file (built into the widget as the
//! lines of `shape`); its words in `src/lang/<code>/questionnaire.ftl`. Both are validated when
//! read, so a broken edit fails the test suite rather than a person's assessment.

use std::fmt;

use serde::Deserialize;

use crate::questions::rules::Rules;

mod shape;
#[cfg(test)]
mod shape_writer;

/// The shape of the built-in question set, as written (the widget reads `shape`'s lines,
/// which the build makes from it).
pub const BUILT_IN_SET_SHAPE: &str = include_str!("bank.json");

/// How many statements a criterion of any question set may have: fewer than four is too few to
/// score reliably; more than ten makes one criterion outweigh the rest of the check. How many
/// each built-in edition has is data of the edition, pinned by the question set test.
pub const STATEMENTS_PER_CRITERION: std::ops::RangeInclusive<usize> = 4..=10;

/// How long a statement takes to read and answer, on average: the pace behind the second
/// edition's "About 6 minutes" for 35 statements (and the first edition's 5 for 30). Short
/// statements and one tap each; a hint adds a line to only a few.
pub const SECONDS_PER_STATEMENT: usize = 10;

/// How many criteria a question set may have: fewer than three is not a profile, more than ten
/// no longer reads as a chart.
pub const CRITERIA_PER_SET: std::ops::RangeInclusive<usize> = 3..=10;

/// The built-in questionnaire's id. Its results travel in link formats 1 and 2, which carry
/// scores by position: its criteria are `CRITERION_IDS`, in that order.
pub const BUILT_IN_ID: &str = "partnership-readiness";

/// Every first-edition criterion had exactly five statements, `<criterion>-1` to `<criterion>-5`;
/// links and files made with it are read with that shape.
pub const FIRST_EDITION_STATEMENTS: usize = 5;

/// The built-in questionnaire's criteria ids, in the order every view and chart shows them and
/// link formats 1 and 2 carry their scores.
pub const CRITERION_IDS: [&str; 6] = [
    "commitment",
    "clarity",
    "coordination",
    "trust",
    "communication",
    "conflict",
];

/// A question set's shape. Its fields are private: `QuestionSet::from_json` (or, for the built-in
/// editions, `from_shape_lines`) validated them (3-10
/// criteria of 4-10 statements, distinct ids, editions that fit), and nothing changes them after.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionSet {
    id: String,
    /// Which edition of the set this is: statements say the edition they first appeared in.
    edition: u32,
    /// The stages a person can place the partnership at, in `Stage::ALL` order.
    stages: Vec<String>,
    criteria: Vec<Criterion>,
}

/// How far along a partnership is, as the person placed it. Stable codes: they travel in links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    Forming,
    FirstYear,
    OneToThree,
    Established,
}

impl Stage {
    pub const ALL: [Stage; 4] = [
        Stage::Forming,
        Stage::FirstYear,
        Stage::OneToThree,
        Stage::Established,
    ];

    /// The id used in the question set, stored documents and element ids.
    pub fn id(self) -> &'static str {
        match self {
            Stage::Forming => "forming",
            Stage::FirstYear => "first-year",
            Stage::OneToThree => "one-to-three",
            Stage::Established => "established",
        }
    }

    /// The stage `id` names (`Stage::id`), if any.
    pub fn from_id(id: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|stage| stage.id() == id)
    }

    /// The one-byte code a link carries (0 means "not given").
    pub fn code(self) -> u8 {
        match self {
            Stage::Forming => 1,
            Stage::FirstYear => 2,
            Stage::OneToThree => 3,
            Stage::Established => 4,
        }
    }

    pub fn from_code(code: u8) -> Option<Stage> {
        Stage::ALL.into_iter().find(|stage| stage.code() == code)
    }

    pub(crate) fn index(self) -> usize {
        usize::from(self.code() - 1)
    }
}

/// One criterion: its id and its statements, in the order they are asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    id: String,
    statements: Vec<Statement>,
}

impl Criterion {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }
}

/// One statement: its id, the edition it first appeared in (so a saved assessment from an
/// earlier edition can say which statements are new), and who can answer it from what they see.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    id: String,
    since: u32,
    answerable_by: Option<AnswerableBy>,
}

impl Statement {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn since(&self) -> u32 {
        self.since
    }

    /// `None` for a set that does not record it (the first two editions, a set of its own).
    pub fn answerable_by(&self) -> Option<AnswerableBy> {
        self.answerable_by
    }
}

/// Which of the two people the questionnaire is written for can usually give an honest point
/// on the scale from what they see themselves: a frontline worker in a small charity who rarely
/// goes to partnership meetings, and someone two months into a partnership. Where neither can,
/// "Don't know" is the honest answer and the statement's words must say so (a hint, checked in
/// every language by `QuestionTexts::validate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerableBy {
    pub frontline: bool,
    pub newcomer: bool,
}

impl AnswerableBy {
    pub fn neither(self) -> bool {
        !self.frontline && !self.newcomer
    }
}

/// Why a question set was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetError {
    Syntax(String),
    WrongCriteria {
        found: Vec<String>,
    },
    WrongStatementCount {
        criterion: String,
        found: usize,
    },
    DuplicateId(String),
    EmptyText {
        place: String,
    },
    WrongStages {
        found: Vec<String>,
    },
    /// A statement claims an edition it cannot belong to, or a first-edition id was reused for
    /// a new statement (which would carry old answers over to a different question).
    WrongEdition {
        statement: String,
    },
}

impl fmt::Display for SetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SetError::Syntax(detail) => write!(f, "the question set cannot be read: {detail}"),
            SetError::WrongCriteria { found } => write!(
                f,
                "a question set has {} to {} criteria with distinct ids, and the built-in one the criteria {CRITERION_IDS:?} in that order; found {found:?}",
                CRITERIA_PER_SET.start(),
                CRITERIA_PER_SET.end()
            ),
            SetError::WrongStatementCount { criterion, found } => write!(
                f,
                "criterion {criterion} has {found} statements, it needs {} to {}",
                STATEMENTS_PER_CRITERION.start(),
                STATEMENTS_PER_CRITERION.end()
            ),
            SetError::WrongStages { found } => {
                write!(f, "the question set must list the stages forming, first-year, one-to-three, established in that order, found {found:?}")
            }
            SetError::WrongEdition { statement } => write!(
                f,
                "statement {statement} has an edition (since) that does not fit its id"
            ),
            SetError::DuplicateId(id) => write!(f, "the id {id} is used more than once"),
            SetError::EmptyText { place } => write!(f, "{place} has no text"),
        }
    }
}

impl std::error::Error for SetError {}

/// `bank.json`'s form: the format a set's shape is read from (the set itself carries no serde).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetDocument {
    id: String,
    edition: u32,
    stages: Vec<String>,
    criteria: Vec<CriterionDocument>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CriterionDocument {
    id: String,
    statements: Vec<StatementDocument>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementDocument {
    id: String,
    since: u32,
    /// Recorded from the third edition on.
    #[serde(default)]
    answerable_by: Option<AnswerableByDocument>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerableByDocument {
    frontline: bool,
    newcomer: bool,
}

impl QuestionSet {
    /// Reads and validates a set's shape (`bank.json`'s form).
    pub fn from_json(text: &str) -> Result<Self, SetError> {
        let document: SetDocument = serde_json::from_str(text)
            .map_err(|e| SetError::Syntax(format!("not valid JSON: {e}")))?;
        let set = QuestionSet {
            id: document.id,
            edition: document.edition,
            stages: document.stages,
            criteria: document
                .criteria
                .into_iter()
                .map(|criterion| Criterion {
                    id: criterion.id,
                    statements: criterion
                        .statements
                        .into_iter()
                        .map(|s| Statement {
                            id: s.id,
                            since: s.since,
                            answerable_by: s.answerable_by.map(|a| AnswerableBy {
                                frontline: a.frontline,
                                newcomer: a.newcomer,
                            }),
                        })
                        .collect(),
                })
                .collect(),
        };
        set.validate()?;
        Ok(set)
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn edition(&self) -> u32 {
        self.edition
    }

    pub fn criteria(&self) -> &[Criterion] {
        &self.criteria
    }

    /// The ids of the stages, in `Stage::ALL` order.
    pub fn stage_ids(&self) -> impl Iterator<Item = &str> {
        self.stages.iter().map(String::as_str)
    }

    fn validate(&self) -> Result<(), SetError> {
        let found: Vec<String> = self.criteria.iter().map(|c| c.id.clone()).collect();
        // At most ten ids: looked through, not hashed (a set's code costs the wasm more than
        // this loop costs the start-up).
        let repeated = found
            .iter()
            .enumerate()
            .any(|(at, id)| found[..at].contains(id));
        let built_in_order =
            self.id != BUILT_IN_ID || found.iter().map(String::as_str).eq(CRITERION_IDS);
        if !CRITERIA_PER_SET.contains(&found.len())
            || repeated
            || found.iter().any(|id| id.trim().is_empty())
            || !built_in_order
        {
            return Err(SetError::WrongCriteria { found });
        }
        require_text(&self.id, "the question set id")?;
        if self.stage_ids().ne(Stage::ALL.map(Stage::id)) {
            return Err(SetError::WrongStages {
                found: self.stages.clone(),
            });
        }
        // At most a hundred statement ids, looked through as above.
        let mut seen: Vec<&str> = Vec::new();
        for criterion in &self.criteria {
            if !STATEMENTS_PER_CRITERION.contains(&criterion.statements.len()) {
                return Err(SetError::WrongStatementCount {
                    criterion: criterion.id.clone(),
                    found: criterion.statements.len(),
                });
            }
            for statement in &criterion.statements {
                require_text(
                    &statement.id,
                    &format!("a statement id of criterion {}", criterion.id),
                )?;
                let first_edition_id = (1..=FIRST_EDITION_STATEMENTS)
                    .any(|n| statement.id == format!("{}-{n}", criterion.id));
                // The built-in set's first edition named its statements `<criterion>-1` to
                // `-5`, and first-edition answers carry over by those ids: only they may
                // claim edition 1, and no later statement may reuse one.
                let edition_fits = match statement.since {
                    _ if self.id != BUILT_IN_ID => (1..=self.edition).contains(&statement.since),
                    1 => first_edition_id,
                    since => since <= self.edition && !first_edition_id,
                };
                if !edition_fits {
                    return Err(SetError::WrongEdition {
                        statement: statement.id.clone(),
                    });
                }
                if seen.contains(&statement.id.as_str()) {
                    return Err(SetError::DuplicateId(statement.id.clone()));
                }
                seen.push(&statement.id);
            }
        }
        Ok(())
    }

    /// Every statement in display order, with the index of its criterion.
    pub fn statements(&self) -> impl Iterator<Item = (usize, &Statement)> {
        self.criteria
            .iter()
            .enumerate()
            .flat_map(|(index, c)| c.statements.iter().map(move |s| (index, s)))
    }

    pub fn statement_count(&self) -> usize {
        self.criteria.iter().map(|c| c.statements.len()).sum()
    }

    /// How long answering every statement takes, in whole minutes (at least one): the welcome
    /// and the facilitator's guide give this figure, so it is always the edition's own.
    pub fn minutes_to_answer(&self) -> usize {
        let seconds = self.statement_count() * SECONDS_PER_STATEMENT;
        ((seconds + 30) / 60).max(1)
    }

    /// The fewest and the most statements in one section.
    pub fn section_sizes(&self) -> (usize, usize) {
        let sizes = self.criteria.iter().map(|c| c.statements.len());
        (sizes.clone().min().unwrap_or(0), sizes.max().unwrap_or(0))
    }

    pub fn contains_statement(&self, id: &str) -> bool {
        self.statements().any(|(_, s)| s.id == id)
    }

    /// Statements added after `edition`, in display order: what a person who started with that
    /// edition has not seen.
    pub fn statements_since(&self, edition: u32) -> impl Iterator<Item = (usize, &Statement)> {
        self.statements().filter(move |(_, s)| s.since > edition)
    }
}

/// An earlier edition of the built-in set, kept so that answers given to it can still be scored
/// as that edition scored them (a saved session or file brought up to this edition keeps its
/// result with its own figures). The first edition is scored by `assess_first_edition`, which
/// knows its shape; `None` for it and for editions that never existed.
pub fn built_in_edition(edition: u32) -> Option<&'static QuestionSet> {
    static SECOND: std::sync::OnceLock<QuestionSet> = std::sync::OnceLock::new();
    match edition {
        2 => Some(SECOND.get_or_init(|| {
            QuestionSet::from_shape_lines(shape::SECOND_EDITION_LINES)
                .expect("the second edition's shape is valid")
        })),
        e if e == built_in_set().edition() => Some(built_in_set()),
        _ => None,
    }
}

/// The rules results of the built-in set's `edition` are read by: the one place an edition
/// number picks rules (a link or file says only its edition).
pub fn rules_of_edition(edition: u32) -> Rules {
    if edition <= 1 {
        Rules::first_edition()
    } else {
        Rules::second_edition()
    }
}

/// Every first-edition statement id of the criterion at `index`, in order.
pub fn first_edition_statement_ids(index: usize) -> impl Iterator<Item = String> {
    (1..=FIRST_EDITION_STATEMENTS).map(move |n| format!("{}-{n}", CRITERION_IDS[index]))
}

/// An empty or blank text is refused, naming its place.
pub(crate) fn require_text(text: &str, place: &str) -> Result<(), SetError> {
    if text.trim().is_empty() {
        Err(SetError::EmptyText {
            place: place.to_string(),
        })
    } else {
        Ok(())
    }
}

/// The built-in question set: its shape, which every language shares (the words a person reads
/// come from the `Content` of their language). Read once, from `shape`'s lines rather than the
/// JSON (no JSON parse at start-up but what the browser has stored); the tests prove them valid and equal to `bank.json`, so a
/// failure here is a build defect, not a runtime condition.
pub fn built_in_set() -> &'static QuestionSet {
    static BUILT_IN: std::sync::OnceLock<QuestionSet> = std::sync::OnceLock::new();
    BUILT_IN.get_or_init(|| {
        QuestionSet::from_shape_lines(shape::BUILT_IN_LINES)
            .expect("the built-in question set is valid")
    })
}

/// One answer on the five-point agreement scale, or "don't know".
///
/// Its code is a small number (1-5, 0 for don't know): the saved document and links keep it
/// compact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    StronglyDisagree,
    Disagree,
    Neither,
    Agree,
    StronglyAgree,
    DontKnow,
}

impl Answer {
    /// Every option in the order the form shows them ("don't know" last, set apart).
    pub const ALL: [Answer; 6] = [
        Answer::StronglyDisagree,
        Answer::Disagree,
        Answer::Neither,
        Answer::Agree,
        Answer::StronglyAgree,
        Answer::DontKnow,
    ];

    /// The 0-100 points this answer contributes, or `None` for "don't know".
    pub fn points(self) -> Option<u32> {
        match self {
            Answer::StronglyDisagree => Some(0),
            Answer::Disagree => Some(25),
            Answer::Neither => Some(50),
            Answer::Agree => Some(75),
            Answer::StronglyAgree => Some(100),
            Answer::DontKnow => None,
        }
    }

    /// Stable short key, used in element ids.
    pub fn key(self) -> &'static str {
        match self {
            Answer::StronglyDisagree => "sd",
            Answer::Disagree => "d",
            Answer::Neither => "n",
            Answer::Agree => "a",
            Answer::StronglyAgree => "sa",
            Answer::DontKnow => "dk",
        }
    }
}

impl From<Answer> for u8 {
    fn from(answer: Answer) -> u8 {
        match answer {
            Answer::DontKnow => 0,
            Answer::StronglyDisagree => 1,
            Answer::Disagree => 2,
            Answer::Neither => 3,
            Answer::Agree => 4,
            Answer::StronglyAgree => 5,
        }
    }
}

impl TryFrom<u8> for Answer {
    type Error = String;
    fn try_from(code: u8) -> Result<Self, Self::Error> {
        match code {
            0 => Ok(Answer::DontKnow),
            1 => Ok(Answer::StronglyDisagree),
            2 => Ok(Answer::Disagree),
            3 => Ok(Answer::Neither),
            4 => Ok(Answer::Agree),
            5 => Ok(Answer::StronglyAgree),
            other => Err(format!("{other} is not an answer code (0-5)")),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
