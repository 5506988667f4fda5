//! The questionnaire: criteria, statements, guidance and the answer scale.
//!
//! The default bank's shape (criteria, statement ids, the edition each statement first appeared
//! in) lives in `bank.json` beside this file; its words, in each language, in
//! `src/lang/<code>/questionnaire.ftl`. `Questionnaire::from_parts` puts the two together and
//! validates the result, so that a broken edit fails the test suite rather than a person's
//! assessment.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::questions::rules::Rules;
use crate::text::language::Language;
use crate::text::messages::Messages;

/// The shape of the built-in bank, embedded at compile time.
pub const DEFAULT_BANK_STRUCTURE: &str = include_str!("bank.json");

/// How many statements a criterion of any question set may have: fewer than four is too few to
/// score reliably; more than ten makes one criterion outweigh the rest of the check. How many
/// each built-in edition has is data of the edition, pinned by the bank test.
pub const STATEMENTS_PER_CRITERION: std::ops::RangeInclusive<usize> = 4..=10;

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub id: String,
    pub version: u32,
    /// What the results say for each stage of a partnership, in `Stage::ALL` order.
    pub stages: Vec<StageText>,
    /// Shown instead of priorities when every criterion is a strength.
    pub all_strengths: BandGuidance,
    pub criteria: Vec<Criterion>,
}

/// How far along a partnership is, as the person placed it. Stable codes: they travel in links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

    /// The id used in the bank, stored documents and element ids.
    pub fn id(self) -> &'static str {
        match self {
            Stage::Forming => "forming",
            Stage::FirstYear => "first-year",
            Stage::OneToThree => "one-to-three",
            Stage::Established => "established",
        }
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

    fn index(self) -> usize {
        usize::from(self.code() - 1)
    }
}

/// The words for one stage: the answer people choose and the advice the results give.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageText {
    pub id: String,
    pub name: String,
    pub advice: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    /// One line under the section heading saying what the criterion means.
    pub meaning: String,
    pub statements: Vec<Statement>,
    pub guidance: Guidance,
    /// Open questions partners can ask each other about this criterion.
    pub discussion: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    pub text: String,
    /// What to do when this statement pulled its criterion down or was answered "Don't know".
    pub action: String,
    /// The edition of the questionnaire this statement first appeared in, so a saved assessment
    /// from an earlier edition can say which statements are new.
    pub since: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    pub strength: BandGuidance,
    pub developing: BandGuidance,
    pub priority: BandGuidance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandGuidance {
    pub summary: String,
    pub actions: Vec<String>,
}

/// Why a bank was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BankError {
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

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::Syntax(detail) => write!(f, "the bank is not valid JSON: {detail}"),
            BankError::WrongCriteria { found } => write!(
                f,
                "a question set has {} to {} criteria with distinct ids, and the built-in one the criteria {CRITERION_IDS:?} in that order; found {found:?}",
                CRITERIA_PER_SET.start(),
                CRITERIA_PER_SET.end()
            ),
            BankError::WrongStatementCount { criterion, found } => write!(
                f,
                "criterion {criterion} has {found} statements, it needs {} to {}",
                STATEMENTS_PER_CRITERION.start(),
                STATEMENTS_PER_CRITERION.end()
            ),
            BankError::WrongStages { found } => {
                write!(f, "the bank must list the stages forming, first-year, one-to-three, established in that order, found {found:?}")
            }
            BankError::WrongEdition { statement } => write!(
                f,
                "statement {statement} has an edition (since) that does not fit its id"
            ),
            BankError::DuplicateId(id) => write!(f, "the id {id} is used more than once"),
            BankError::EmptyText { place } => write!(f, "{place} has no text"),
        }
    }
}

impl std::error::Error for BankError {}

/// A bank's shape: what `bank.json` holds. Its words come from the language's messages.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Structure {
    id: String,
    version: u32,
    stages: Vec<String>,
    criteria: Vec<CriterionStructure>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CriterionStructure {
    id: String,
    statements: Vec<StatementStructure>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementStructure {
    id: String,
    since: u32,
}

impl Questionnaire {
    /// Puts a bank's shape (`bank.json`) and its words in one language (the compiled
    /// `questionnaire.ftl`) together, and validates the result. A missing text is reported as
    /// empty, naming its place.
    pub fn from_parts(
        structure: &str,
        texts: &Messages,
        language: Language,
    ) -> Result<Self, BankError> {
        let structure: Structure =
            serde_json::from_str(structure).map_err(|e| BankError::Syntax(e.to_string()))?;
        let text = |key: String| texts.format(language, &key, &[]).unwrap_or_default();
        let band = |prefix: String| BandGuidance {
            summary: text(format!("{prefix}-summary")),
            actions: texts.list(language, &format!("{prefix}-action")),
        };
        let bank = Questionnaire {
            id: structure.id,
            version: structure.version,
            stages: structure
                .stages
                .into_iter()
                .map(|id| StageText {
                    name: text(format!("stage-{id}-name")),
                    advice: text(format!("stage-{id}-advice")),
                    id,
                })
                .collect(),
            all_strengths: band("all-strengths".to_string()),
            criteria: structure
                .criteria
                .into_iter()
                .map(|criterion| {
                    let id = &criterion.id;
                    Criterion {
                        name: text(format!("criterion-{id}-name")),
                        meaning: text(format!("criterion-{id}-meaning")),
                        statements: criterion
                            .statements
                            .iter()
                            .map(|s| Statement {
                                text: text(format!("statement-{}", s.id)),
                                action: text(format!("statement-{}-action", s.id)),
                                id: s.id.clone(),
                                since: s.since,
                            })
                            .collect(),
                        guidance: Guidance {
                            strength: band(format!("guidance-{id}-strength")),
                            developing: band(format!("guidance-{id}-developing")),
                            priority: band(format!("guidance-{id}-priority")),
                        },
                        discussion: texts.list(language, &format!("discussion-{id}")),
                        id: criterion.id,
                    }
                })
                .collect(),
        };
        bank.validate()?;
        Ok(bank)
    }

    /// Parses and validates a bank written whole, words and shape in one JSON document (the
    /// first edition's form, kept as a test fixture).
    pub fn from_json(text: &str) -> Result<Self, BankError> {
        let bank: Questionnaire =
            serde_json::from_str(text).map_err(|e| BankError::Syntax(e.to_string()))?;
        bank.validate()?;
        Ok(bank)
    }

    fn validate(&self) -> Result<(), BankError> {
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
            return Err(BankError::WrongCriteria { found });
        }
        require_text(&self.id, "the bank id")?;
        let stages: Vec<String> = self.stages.iter().map(|s| s.id.clone()).collect();
        if stages
            .iter()
            .map(String::as_str)
            .ne(Stage::ALL.map(Stage::id))
        {
            return Err(BankError::WrongStages { found: stages });
        }
        for stage in &self.stages {
            require_text(&stage.name, &format!("the name of stage {}", stage.id))?;
            require_text(&stage.advice, &format!("the advice of stage {}", stage.id))?;
        }
        require_band(&self.all_strengths, "the all-strengths guidance")?;
        // At most a hundred statement ids, looked through as above.
        let mut seen: Vec<&str> = Vec::new();
        for criterion in &self.criteria {
            let place = |what: &str| format!("{what} of criterion {}", criterion.id);
            require_text(&criterion.name, &place("the name"))?;
            require_text(&criterion.meaning, &place("the meaning"))?;
            if !STATEMENTS_PER_CRITERION.contains(&criterion.statements.len()) {
                return Err(BankError::WrongStatementCount {
                    criterion: criterion.id.clone(),
                    found: criterion.statements.len(),
                });
            }
            for statement in &criterion.statements {
                require_text(&statement.id, &place("a statement id"))?;
                require_text(&statement.text, &format!("statement {}", statement.id))?;
                require_text(
                    &statement.action,
                    &format!("the action of {}", statement.id),
                )?;
                let first_edition_id = (1..=FIRST_EDITION_STATEMENTS)
                    .any(|n| statement.id == format!("{}-{n}", criterion.id));
                // The built-in set's first edition named its statements `<criterion>-1` to
                // `-5`, and first-edition answers carry over by those ids: only they may
                // claim edition 1, and no later statement may reuse one.
                let edition_fits = match statement.since {
                    _ if self.id != BUILT_IN_ID => (1..=self.version).contains(&statement.since),
                    1 => first_edition_id,
                    since => since <= self.version && !first_edition_id,
                };
                if !edition_fits {
                    return Err(BankError::WrongEdition {
                        statement: statement.id.clone(),
                    });
                }
                if seen.contains(&statement.id.as_str()) {
                    return Err(BankError::DuplicateId(statement.id.clone()));
                }
                seen.push(&statement.id);
            }
            let guidance = &criterion.guidance;
            for (band, text) in [
                ("strength", &guidance.strength),
                ("developing", &guidance.developing),
                ("priority", &guidance.priority),
            ] {
                require_band(text, &place(&format!("the {band} guidance")))?;
            }
            if criterion.discussion.is_empty() {
                return Err(BankError::EmptyText {
                    place: place("the discussion questions"),
                });
            }
            for question in &criterion.discussion {
                require_text(question, &place("a discussion question"))?;
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

    pub fn contains_statement(&self, id: &str) -> bool {
        self.statements().any(|(_, s)| s.id == id)
    }

    /// The words for `stage`.
    pub fn stage(&self, stage: Stage) -> &StageText {
        &self.stages[stage.index()]
    }

    /// Statements added after edition `version`, in display order: what a person who started
    /// with that edition has not seen.
    pub fn statements_since(&self, version: u32) -> impl Iterator<Item = (usize, &Statement)> {
        self.statements().filter(move |(_, s)| s.since > version)
    }
}

/// The rules results of the built-in questionnaire's edition `version` are read by: the one
/// place an edition number picks rules (a link or file says only its edition).
pub fn rules_of_edition(version: u32) -> Rules {
    if version <= 1 {
        Rules::first_edition()
    } else {
        Rules::second_edition()
    }
}

/// Every first-edition statement id of the criterion at `index`, in order.
pub fn first_edition_statement_ids(index: usize) -> impl Iterator<Item = String> {
    (1..=FIRST_EDITION_STATEMENTS).map(move |n| format!("{}-{n}", CRITERION_IDS[index]))
}

fn require_band(band: &BandGuidance, place: &str) -> Result<(), BankError> {
    require_text(&band.summary, place)?;
    if band.actions.is_empty() {
        return Err(BankError::EmptyText {
            place: place.to_string(),
        });
    }
    band.actions
        .iter()
        .try_for_each(|action| require_text(action, place))
}

fn require_text(text: &str, place: &str) -> Result<(), BankError> {
    if text.trim().is_empty() {
        Err(BankError::EmptyText {
            place: place.to_string(),
        })
    } else {
        Ok(())
    }
}

/// The built-in bank in English, the language built into the widget. Scoring, links and stored
/// documents need only its shape, which every language shares; what a person reads comes from
/// the `Content` the app is given.
pub fn default_bank() -> &'static Questionnaire {
    &crate::text::content::Content::english().questionnaire
}

/// One answer on the five-point agreement scale, or "don't know".
///
/// Stored as a small number (1-5, 0 for don't know) to keep the saved document compact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
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

    /// The answer's words in the content's language.
    pub fn label(self, content: &crate::text::content::Content) -> String {
        content.text(match self {
            Answer::StronglyDisagree => "answer-strongly-disagree",
            Answer::Disagree => "answer-disagree",
            Answer::Neither => "answer-neither",
            Answer::Agree => "answer-agree",
            Answer::StronglyAgree => "answer-strongly-agree",
            Answer::DontKnow => "answer-dont-know",
        })
    }

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
