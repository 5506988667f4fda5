//! Comparing several partners' snapshots of the same partnership: the statistics per
//! criterion, which criteria to talk about first, knowledge gaps and strong disagreements.
//! Reading the pasted links is `formats::comparison_link`'s; the words and chart are
//! `words::comparison`'s.

use crate::assess::scoring::{round_score, Assessment};
use crate::questions::role::Role;
use crate::questions::set::{rules_of_edition, QuestionSet, Stage};
use crate::util::order::sort_small_by;

/// With fewer responses than this, anyone who knows who took part may tell whose scores are
/// whose, even in the group view: the page says so, and the facilitator's guide asks for three
/// people from each partner.
pub const MIN_FOR_ANONYMITY: usize = 3;
/// With fewer scores than this there is nobody to differ from: no spread, no "talk about these
/// first".
pub const MIN_TO_COMPARE: usize = 2;
/// A view by role is shown only for a role this many responses share: with fewer, a role's
/// figures may be one person's, and everyone in the room knows who holds that role.
pub const MIN_ROLE_GROUP: usize = 3;
/// How many criteria "talk about these first" names at most.
const TALK_FIRST: usize = 2;

/// How the responses see one criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionSpread {
    pub criterion: usize,
    /// Responses with enough answers to score this criterion.
    pub scored: usize,
    pub mean: Option<f64>,
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
    /// Whether most responses answered "don't know" to most of its statements.
    pub knowledge_gap: bool,
    /// Responses holding a strong disagreement here (R1): a high mean can hide one partner's
    /// "Strongly disagree", so the page and picture name it.
    pub strongly_disagreed: usize,
}

impl CriterionSpread {
    /// Highest minus lowest; `None` with fewer than two scores (nothing to compare).
    pub fn spread(&self) -> Option<u8> {
        match (self.lowest, self.highest) {
            (Some(low), Some(high)) if self.scored >= MIN_TO_COMPARE => Some(high - low),
            _ => None,
        }
    }

    pub fn rounded_mean(&self) -> Option<u8> {
        self.mean.map(round_score)
    }
}

/// The figures of a comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub responses: usize,
    pub criteria: Vec<CriterionSpread>,
    /// Criteria with the widest spread, widest first: "talk about these first".
    pub talk_first: Vec<usize>,
    /// The spread from which a difference is worth talking about first (the set's rules).
    pub talk_first_spread: u8,
    pub knowledge_gaps: Vec<usize>,
    /// The stages the responses placed the partnership at, earliest first, each once (those
    /// that did not say are left out). More than one is itself worth talking about.
    pub stages: Vec<Stage>,
    /// Results of different editions are side by side: the six criteria are the same, but the
    /// statements behind them differ.
    pub mixed_editions: bool,
    /// Each role the responses gave, in `Role::ALL` order: its figures when `MIN_ROLE_GROUP` or
    /// more share it, otherwise only how many (never one person's figures beside a role).
    pub roles: Vec<RoleGroup>,
    /// Responses that gave no role.
    pub without_role: usize,
    /// The mean of the responses' overall scores, rounded (those without one are left out).
    pub overall_mean: Option<u8>,
    /// Criteria where at least one response holds a strong disagreement, in questionnaire order.
    pub disagreements: Vec<usize>,
    /// Responses whose links were made before links carried disagreements (tag 5), so are not
    /// counted in `strongly_disagreed`.
    pub without_disagreement_info: usize,
}

/// The responses that gave one role.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleGroup {
    pub role: Role,
    pub responses: usize,
    /// `None` when fewer than `MIN_ROLE_GROUP` responses gave the role: withheld.
    pub view: Option<RoleView>,
}

/// What a role's responses say together: each criterion's mean and the mean overall figure,
/// rounded as every view rounds; `None` where fewer than `MIN_ROLE_GROUP` of them have one.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleView {
    pub criteria: Vec<Option<u8>>,
    pub overall_mean: Option<u8>,
}

/// What the page says about telling people apart, above the legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivacyNote {
    /// Fewer responses than `MIN_FOR_ANONYMITY`: whose scores are whose may be guessed.
    FewResponses(usize),
    /// The group view is on: individual results are hidden.
    GroupView,
}

impl Comparison {
    /// Whether there are enough responses for differences between them to mean anything.
    pub fn has_several(&self) -> bool {
        self.responses >= MIN_TO_COMPARE
    }

    /// Whether partners placed the partnership at more than one stage.
    pub fn stages_differ(&self) -> bool {
        self.stages.len() > 1
    }

    /// The note on anonymity: a warning while there are too few responses to hide among (even
    /// in the group view), otherwise what the group view hides when it is on.
    pub fn privacy_note(&self, group_view: bool) -> Option<PrivacyNote> {
        if self.responses < MIN_FOR_ANONYMITY {
            Some(PrivacyNote::FewResponses(self.responses))
        } else if group_view {
            Some(PrivacyNote::GroupView)
        } else {
            None
        }
    }
}

/// One response to compare: its result as its link gives it, and what the link says beside it.
/// (`formats::snapshot::Snapshot::response` makes one from a link's figures.)
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub result: Assessment,
    pub stage: Option<Stage>,
    /// Who answered, if they said: a comparison shows views by role only for a role three or
    /// more responses share (`MIN_ROLE_GROUP`).
    pub role: Option<Role>,
    /// The edition of the question set it was given to.
    pub edition: u32,
    /// Whether its link carries the disagreement counts (links made before they were carried
    /// make no claim about disagreement).
    pub knows_disagreements: bool,
}

/// The mean of the overall scores of `responses` that have one, rounded.
pub fn mean_overall(responses: &[Response]) -> Option<u8> {
    rounded_mean(responses.iter().filter_map(|r| r.result.overall()), 1)
}

/// The mean of `scores`, rounded as every view rounds; `None` for fewer than `at_least` of
/// them (a role's figure from one or two scores would be one or two people's).
fn rounded_mean(scores: impl Iterator<Item = u8>, at_least: usize) -> Option<u8> {
    let (sum, count) = scores.fold((0.0, 0usize), |(sum, count), s| {
        (sum + f64::from(s), count + 1)
    });
    (count > 0 && count >= at_least).then(|| round_score(sum / count as f64))
}

/// Compares `responses` (all of the same questionnaire, as `add_entries` ensures).
pub fn compare(set: &QuestionSet, responses: &[Response]) -> Comparison {
    let rules = rules_of_edition(set.edition());
    let assessments: Vec<&Assessment> = responses.iter().map(|r| &r.result).collect();
    let criteria: Vec<CriterionSpread> = (0..set.criteria().len())
        .map(|criterion| {
            let scores: Vec<u8> = responses
                .iter()
                .filter_map(|r| r.result.criteria.get(criterion).and_then(|c| c.score()))
                .collect();
            let mostly_dont_know = responses
                .iter()
                .filter(|r| {
                    r.result
                        .criteria
                        .get(criterion)
                        .is_some_and(|c| c.dont_know * 2 > c.statements)
                })
                .count();
            CriterionSpread {
                criterion,
                scored: scores.len(),
                mean: (!scores.is_empty()).then(|| {
                    scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64
                }),
                lowest: scores.iter().min().copied(),
                highest: scores.iter().max().copied(),
                knowledge_gap: !responses.is_empty() && mostly_dont_know * 2 > responses.len(),
                strongly_disagreed: assessments
                    .iter()
                    .filter(|a| {
                        criterion < a.criteria.len()
                            && a.strong_disagreement(criterion) == Some(true)
                    })
                    .count(),
            }
        })
        .collect();
    let mut stages: Vec<Stage> = Vec::new();
    for stage in Stage::ALL {
        if responses.iter().any(|r| r.stage == Some(stage)) {
            stages.push(stage);
        }
    }
    let mixed_editions = responses
        .windows(2)
        .any(|pair| pair[0].edition != pair[1].edition);
    Comparison {
        roles: by_role(set, responses),
        without_role: responses.iter().filter(|r| r.role.is_none()).count(),
        responses: responses.len(),
        stages,
        mixed_editions,
        overall_mean: mean_overall(responses),
        talk_first: rank_by_spread(&criteria, rules.talk_first_spread),
        talk_first_spread: rules.talk_first_spread,
        knowledge_gaps: criteria
            .iter()
            .filter(|c| c.knowledge_gap)
            .map(|c| c.criterion)
            .collect(),
        disagreements: criteria
            .iter()
            .filter(|c| c.strongly_disagreed > 0)
            .map(|c| c.criterion)
            .collect(),
        without_disagreement_info: responses.iter().filter(|r| !r.knows_disagreements).count(),
        criteria,
    }
}

/// The roles the responses gave, each with its view when enough share it.
fn by_role(set: &QuestionSet, responses: &[Response]) -> Vec<RoleGroup> {
    Role::ALL
        .into_iter()
        .filter_map(|role| {
            let group: Vec<&Response> = responses.iter().filter(|r| r.role == Some(role)).collect();
            if group.is_empty() {
                return None;
            }
            let view = (group.len() >= MIN_ROLE_GROUP).then(|| RoleView {
                criteria: (0..set.criteria().len())
                    .map(|criterion| {
                        rounded_mean(
                            group
                                .iter()
                                .filter_map(|r| r.result.criteria.get(criterion)?.score()),
                            MIN_ROLE_GROUP,
                        )
                    })
                    .collect(),
                overall_mean: rounded_mean(
                    group.iter().filter_map(|r| r.result.overall()),
                    MIN_ROLE_GROUP,
                ),
            });
            Some(RoleGroup {
                role,
                responses: group.len(),
                view,
            })
        })
        .collect()
}

/// The widest spreads first (ties: the lower mean first, since a low and divided criterion is
/// the more urgent, then criterion order). Only real differences count: a spread of at least
/// `Rules::talk_first_spread` (20 points); one answer step on one statement is 4 or 5 (R11).
fn rank_by_spread(criteria: &[CriterionSpread], threshold: u8) -> Vec<usize> {
    let mut differing: Vec<&CriterionSpread> = criteria
        .iter()
        .filter(|c| c.spread().is_some_and(|s| s >= threshold))
        .collect();
    sort_small_by(&mut differing, |a, b| {
        b.spread()
            .cmp(&a.spread())
            .then(
                a.mean
                    .partial_cmp(&b.mean)
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
            .then(a.criterion.cmp(&b.criterion))
    });
    differing
        .into_iter()
        .take(TALK_FIRST)
        .map(|c| c.criterion)
        .collect()
}

#[cfg(test)]
mod tests;
