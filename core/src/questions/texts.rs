//! A question set's words in one language: criterion names, meanings, guidance and discussion
//! questions, each statement's text and action, the stages' names and advice. Read from a
//! language's compiled `questionnaire.ftl` for a `QuestionSet`, in its order and keyed by its ids,
//! and checked whole: a missing text is refused, naming its place.

use crate::questions::set::{require_text, QuestionSet, SetError, Stage};
use crate::text::language::Language;
use crate::text::messages::Messages;

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionTexts {
    /// What the results say for each stage of a partnership, in `Stage::ALL` order.
    pub stages: Vec<StageText>,
    /// Shown instead of priorities when every criterion is a strength.
    pub all_strengths: BandGuidance,
    /// In the set's order.
    pub criteria: Vec<CriterionText>,
}

/// The words for one stage: the answer people choose and the advice the results give.
#[derive(Debug, Clone, PartialEq)]
pub struct StageText {
    pub id: String,
    pub name: String,
    pub advice: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CriterionText {
    pub id: String,
    pub name: String,
    /// One line under the section heading saying what the criterion means.
    pub meaning: String,
    /// In the set's order.
    pub statements: Vec<StatementText>,
    pub guidance: Guidance,
    /// Open questions partners can ask each other about this criterion.
    pub discussion: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatementText {
    pub id: String,
    pub text: String,
    /// What to do when this statement pulled its criterion down or was answered "Don't know".
    pub action: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Guidance {
    pub strength: BandGuidance,
    pub developing: BandGuidance,
    pub priority: BandGuidance,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BandGuidance {
    pub summary: String,
    pub actions: Vec<String>,
}

impl QuestionTexts {
    /// `set`'s words in `language`, from that language's compiled questionnaire messages.
    pub fn from_messages(
        set: &QuestionSet,
        messages: &Messages,
        language: Language,
    ) -> Result<QuestionTexts, SetError> {
        let text = |key: String| messages.format(language, &key, &[]).unwrap_or_default();
        let band = |prefix: String| BandGuidance {
            summary: text(format!("{prefix}-summary")),
            actions: messages.list(language, &format!("{prefix}-action")),
        };
        let texts = QuestionTexts {
            stages: set
                .stage_ids()
                .map(|id| StageText {
                    name: text(format!("stage-{id}-name")),
                    advice: text(format!("stage-{id}-advice")),
                    id: id.to_string(),
                })
                .collect(),
            all_strengths: band("all-strengths".to_string()),
            criteria: set
                .criteria()
                .iter()
                .map(|criterion| {
                    let id = criterion.id();
                    CriterionText {
                        name: text(format!("criterion-{id}-name")),
                        meaning: text(format!("criterion-{id}-meaning")),
                        statements: criterion
                            .statements()
                            .iter()
                            .map(|s| StatementText {
                                text: text(format!("statement-{}", s.id())),
                                action: text(format!("statement-{}-action", s.id())),
                                id: s.id().to_string(),
                            })
                            .collect(),
                        guidance: Guidance {
                            strength: band(format!("guidance-{id}-strength")),
                            developing: band(format!("guidance-{id}-developing")),
                            priority: band(format!("guidance-{id}-priority")),
                        },
                        discussion: messages.list(language, &format!("discussion-{id}")),
                        id: id.to_string(),
                    }
                })
                .collect(),
        };
        texts.validate()?;
        Ok(texts)
    }

    /// Every text present: a stage's name and advice, every guidance summary with at least one
    /// action, every criterion's name, meaning and discussion questions, every statement's text
    /// and action.
    pub(crate) fn validate(&self) -> Result<(), SetError> {
        for stage in &self.stages {
            require_text(&stage.name, &format!("the name of stage {}", stage.id))?;
            require_text(&stage.advice, &format!("the advice of stage {}", stage.id))?;
        }
        require_band(&self.all_strengths, "the all-strengths guidance")?;
        for criterion in &self.criteria {
            let place = |what: &str| format!("{what} of criterion {}", criterion.id);
            require_text(&criterion.name, &place("the name"))?;
            require_text(&criterion.meaning, &place("the meaning"))?;
            for statement in &criterion.statements {
                require_text(&statement.text, &format!("statement {}", statement.id))?;
                require_text(
                    &statement.action,
                    &format!("the action of {}", statement.id),
                )?;
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
                return Err(SetError::EmptyText {
                    place: place("the discussion questions"),
                });
            }
            for question in &criterion.discussion {
                require_text(question, &place("a discussion question"))?;
            }
        }
        Ok(())
    }

    /// Every statement's words in display order, with the index of its criterion.
    pub fn statements(&self) -> impl Iterator<Item = (usize, &StatementText)> {
        self.criteria
            .iter()
            .enumerate()
            .flat_map(|(index, c)| c.statements.iter().map(move |s| (index, s)))
    }

    /// The words for `stage`.
    pub fn stage(&self, stage: Stage) -> &StageText {
        &self.stages[stage.index()]
    }
}

fn require_band(band: &BandGuidance, place: &str) -> Result<(), SetError> {
    require_text(&band.summary, place)?;
    if band.actions.is_empty() {
        return Err(SetError::EmptyText {
            place: place.to_string(),
        });
    }
    band.actions
        .iter()
        .try_for_each(|action| require_text(action, place))
}
