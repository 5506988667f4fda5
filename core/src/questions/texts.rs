//! A question set's words in one language: criterion names, meanings, guidance and discussion
//! questions, each statement's text, hint and action (worded for the person's role), the stages'
//! names and advice. Read from a
//! language's compiled `questionnaire.ftl` for a `QuestionSet`, in its order and keyed by its ids,
//! and checked whole: a missing text is refused, naming its place.

use crate::questions::role::{ActionWording, Role};
use crate::questions::set::{require_text, QuestionSet, SetError, Stage};
use crate::text::language::Language;
use crate::text::messages::{Arg, Messages};

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
    /// When "Don't know" is the honest answer, for a statement many people cannot answer from
    /// what they see (`statement-<id>-hint`); required where the set says neither of the two
    /// people it is written for can (`AnswerableBy::neither`).
    pub hint: Option<String>,
    /// What to do when this statement pulled its criterion down or was answered "Don't know".
    pub action: Action,
}

/// A statement's action in each wording (`ActionWording`): the message's `$role` choice, or the
/// same words for everyone when it has none.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// In `ActionWording::ALL` order.
    wordings: [String; 3],
}

impl Action {
    /// The same words for every role.
    pub fn same_for_everyone(text: String) -> Action {
        Action {
            wordings: [text.clone(), text.clone(), text],
        }
    }

    /// The words for a person who gave `role` (or none).
    pub fn for_role(&self, role: Option<Role>) -> &str {
        self.in_wording(ActionWording::of(role))
    }

    pub fn in_wording(&self, wording: ActionWording) -> &str {
        &self.wordings[wording.index()]
    }

    /// Every wording, in `ActionWording::ALL` order (repeats included).
    pub fn wordings(&self) -> &[String; 3] {
        &self.wordings
    }
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
                            .map(|s| {
                                let action_key = format!("statement-{}-action", s.id());
                                let hint_key = format!("statement-{}-hint", s.id());
                                StatementText {
                                    text: text(format!("statement-{}", s.id())),
                                    hint: messages.contains(&hint_key).then(|| text(hint_key)),
                                    action: Action {
                                        wordings: ActionWording::ALL.map(|wording| {
                                            messages
                                                .format(
                                                    language,
                                                    &action_key,
                                                    &[("role", Arg::Text(wording.key()))],
                                                )
                                                .unwrap_or_default()
                                        }),
                                    },
                                    id: s.id().to_string(),
                                }
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
        // A statement neither of the two people the set is written for can answer from what
        // they see must say when "Don't know" is the honest answer.
        for ((_, statement), (_, words)) in set.statements().zip(texts.statements()) {
            if statement.answerable_by().is_some_and(|a| a.neither()) && words.hint.is_none() {
                return Err(SetError::EmptyText {
                    place: format!("the hint of {}", statement.id()),
                });
            }
        }
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
                for wording in statement.action.wordings() {
                    require_text(wording, &format!("the action of {}", statement.id))?;
                }
                if let Some(hint) = &statement.hint {
                    require_text(hint, &format!("the hint of {}", statement.id))?;
                }
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
