//! Turns answers into per-criterion scores, bands, "don't know" rates, strengths and priorities.
//!
//! Pure and deterministic: the UI shows these numbers, it never computes its own.

use std::collections::BTreeMap;

use crate::questions::rules::{Band, Rules};
use crate::questions::set::{
    first_edition_statement_ids, rules_of_edition, Answer, QuestionSet, CRITERION_IDS,
};
use crate::util::order::sort_small_by;

/// Answers keyed by statement id. A `BTreeMap` keeps the stored document and tests stable.
pub type Answers = BTreeMap<String, Answer>;

/// How many of a criterion's answers disagreed. Counts only, never which statements, so they can
/// travel in a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Disagreement {
    pub strongly: usize,
    pub disagree: usize,
}

/// The result for one criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionScore {
    /// Index into `QuestionSet::criteria`.
    pub criterion: usize,
    pub statements: usize,
    /// Statements with any answer, "don't know" included.
    pub answered: usize,
    /// Answers on the agreement scale (the ones that count towards the score).
    pub scored: usize,
    pub dont_know: usize,
    /// Mean points of the scored answers; `None` when fewer than `Rules::min_scored_answers`.
    pub mean: Option<f64>,
    /// The disagreeing answers; `None` when not known (a link made before links carried them).
    pub disagreement: Option<Disagreement>,
}

impl CriterionScore {
    /// The score people see: the mean rounded to a whole number.
    pub fn score(&self) -> Option<u8> {
        self.mean.map(round_score)
    }

    /// The band of the score by `rules` (the assessment's, `Assessment::band`).
    pub fn band(&self, rules: &Rules) -> Option<Band> {
        self.score().map(|s| rules.band(s))
    }

    /// Share of this criterion's statements answered "don't know", 0.0-1.0.
    /// Whether "Don't know" answered a third or more of the statements (the built-in rule): a
    /// gap in what the person knows of the partnership, which can now sit beside a score.
    pub fn is_knowledge_gap(&self) -> bool {
        Rules::second_edition().is_knowledge_gap(self.dont_know, self.statements)
    }

    pub fn dont_know_rate(&self) -> f64 {
        if self.statements == 0 {
            0.0
        } else {
            self.dont_know as f64 / self.statements as f64
        }
    }

    pub fn unanswered(&self) -> usize {
        self.statements - self.answered
    }
}

/// The whole result.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub criteria: Vec<CriterionScore>,
    /// Mean of the scored criteria's means, `None` if no criterion could be scored.
    pub overall_mean: Option<f64>,
    /// Criterion indexes, best first.
    pub strengths: Vec<usize>,
    /// Criterion indexes, weakest first.
    pub priorities: Vec<usize>,
    pub rules: Rules,
}

impl Assessment {
    pub fn overall(&self) -> Option<u8> {
        self.overall_mean.map(round_score)
    }

    /// The overall band. From the second edition it is at most Developing while any criterion
    /// is a Priority, so a good average never hides a weak criterion.
    pub fn overall_band(&self) -> Option<Band> {
        let band = self.rules.band(self.overall()?);
        let any_priority = (0..self.criteria.len()).any(|i| self.band(i) == Some(Band::Priority));
        Some(if self.rules.cap_while_priority && any_priority {
            band.min(Band::Developing)
        } else {
            band
        })
    }

    /// Criterion `index`'s band by these rules.
    pub fn band(&self, index: usize) -> Option<Band> {
        self.criteria[index].score().map(|s| self.rules.band(s))
    }

    /// The lowest scored criterion, named beside the overall figure: none when every criterion
    /// is a Strength (R12: "lowest" would read as a weakness), when another criterion has the
    /// same score (R5: it would be picked by questionnaire order), or when the rules name none
    /// (the first edition's).
    pub fn lowest(&self) -> Option<usize> {
        if !self.rules.names_lowest {
            return None;
        }
        let scored: Vec<(usize, u8)> = self
            .criteria
            .iter()
            .filter_map(|c| Some((c.criterion, c.score()?)))
            .collect();
        let &(index, low) = scored.iter().min_by_key(|(_, s)| *s)?;
        let tied = scored.iter().filter(|(_, s)| *s == low).count() > 1;
        (!tied && self.rules.band(low) < Band::Strength).then_some(index)
    }

    /// Every scored criterion has the same score (two or more of them): a tie, said as one.
    pub fn all_equal(&self) -> Option<u8> {
        let mut scores = self.criteria.iter().filter_map(CriterionScore::score);
        let first = scores.next()?;
        let mut count = 1;
        for score in scores {
            if score != first {
                return None;
            }
            count += 1;
        }
        (count > 1).then_some(first)
    }

    /// Whether criterion `index` holds a strong disagreement (R1): `None` when not known.
    pub fn strong_disagreement(&self, index: usize) -> Option<bool> {
        let d = self.criteria[index].disagreement?;
        Some(
            d.strongly >= self.rules.strong_disagreement_strongly
                || d.disagree >= self.rules.strong_disagreement_disagree,
        )
    }

    /// Criteria with a strong disagreement, in questionnaire order.
    pub fn strongly_disagreed(&self) -> Vec<usize> {
        (0..self.criteria.len())
            .filter(|i| self.strong_disagreement(*i) == Some(true))
            .collect()
    }

    /// Whether any answer disagreed: `None` when the result does not say (an older link).
    pub fn any_disagreement(&self) -> Option<bool> {
        let mut any = false;
        for c in &self.criteria {
            let d = c.disagreement?;
            any |= d.strongly + d.disagree > 0;
        }
        Some(any)
    }

    /// Whether criterion `index` rests on fewer answers than its statements because a third or
    /// more were "Don't know" (R2): its band says what it rests on and the note sits beside it.
    pub fn rests_on_few(&self, index: usize) -> bool {
        let c = &self.criteria[index];
        self.rules.is_knowledge_gap(c.dont_know, c.statements)
    }

    /// A third or more of all statements answered "Don't know" (R2).
    pub fn many_dont_know(&self) -> bool {
        self.rules
            .is_knowledge_gap(self.dont_know(), self.statements())
    }

    /// Criteria with no score, in questionnaire order (R3: named in the summary).
    pub fn unscored(&self) -> Vec<usize> {
        self.criteria
            .iter()
            .filter(|c| c.mean.is_none())
            .map(|c| c.criterion)
            .collect()
    }

    /// Every criterion a Strength with nothing that weakens it: no disagreeing answer (and the
    /// result says so), and fewer than a third "Don't know" (R1, R2). Only then may the page say
    /// every criterion is a strength.
    pub fn all_strengths(&self) -> bool {
        (0..self.criteria.len()).all(|i| self.band(i) == Some(Band::Strength))
            && self.any_disagreement() == Some(false)
            && !self.many_dont_know()
    }

    /// Statements answered, "Don't know" included.
    pub fn answered(&self) -> usize {
        self.criteria.iter().map(|c| c.answered).sum()
    }

    /// Answers on the agreement scale: what "Answered" counts (R2).
    pub fn scored_answers(&self) -> usize {
        self.criteria.iter().map(|c| c.scored).sum()
    }

    pub fn dont_know(&self) -> usize {
        self.criteria.iter().map(|c| c.dont_know).sum()
    }

    pub fn statements(&self) -> usize {
        self.criteria.iter().map(|c| c.statements).sum()
    }

    pub fn unanswered(&self) -> usize {
        self.statements() - self.answered()
    }

    /// An assessment from figures already worked out (a snapshot carries only these), with
    /// strengths and priorities ranked the same way as for answers.
    pub fn from_criteria(
        criteria: Vec<CriterionScore>,
        overall_mean: Option<f64>,
        rules: Rules,
    ) -> Assessment {
        let (strengths, priorities) = rank(&criteria, &rules);
        Assessment {
            criteria,
            overall_mean,
            strengths,
            priorities,
            rules,
        }
    }

    pub fn scored_criteria(&self) -> impl Iterator<Item = &CriterionScore> {
        self.criteria.iter().filter(|c| c.mean.is_some())
    }
}

/// A 0-100 figure as every view shows it: rounded half up, kept within 0-100. The one rounding
/// rule of scores, means and chart values.
pub fn round_score(mean: f64) -> u8 {
    mean.round().clamp(0.0, 100.0) as u8
}

/// Scores every criterion of `set` from `answers`, by the rules of the question set's edition. Answers
/// to statements the question set does not have (for example from an older question set) are ignored.
pub fn assess(set: &QuestionSet, answers: &Answers) -> Assessment {
    let rules = rules_of_edition(set.edition());
    let criteria = set
        .criteria()
        .iter()
        .enumerate()
        .map(|(index, criterion)| {
            score_criterion(
                index,
                criterion.statements().iter().map(|s| s.id()),
                answers,
                &rules,
            )
        })
        .collect();
    from_scores(criteria, rules)
}

/// Scores answers given to the first edition exactly as the first edition did (its statements
/// were `<criterion>-1` to `<criterion>-5`), so a first-edition file keeps its original result.
pub fn assess_first_edition(answers: &Answers) -> Assessment {
    let rules = Rules::first_edition();
    let criteria = (0..CRITERION_IDS.len())
        .map(|index| {
            let ids: Vec<String> = first_edition_statement_ids(index).collect();
            score_criterion(index, ids.iter().map(String::as_str), answers, &rules)
        })
        .collect();
    from_scores(criteria, rules)
}

fn score_criterion<'a>(
    index: usize,
    statement_ids: impl Iterator<Item = &'a str>,
    answers: &Answers,
    rules: &Rules,
) -> CriterionScore {
    let mut statements = 0;
    let given: Vec<Answer> = statement_ids
        .inspect(|_| statements += 1)
        .filter_map(|id| answers.get(id).copied())
        .collect();
    let points: Vec<u32> = given.iter().filter_map(|a| a.points()).collect();
    let mean = (points.len() >= rules.min_scored_answers)
        .then(|| points.iter().sum::<u32>() as f64 / points.len() as f64);
    CriterionScore {
        criterion: index,
        statements,
        answered: given.len(),
        scored: points.len(),
        dont_know: given.len() - points.len(),
        mean,
        disagreement: Some(Disagreement {
            strongly: given
                .iter()
                .filter(|a| **a == Answer::StronglyDisagree)
                .count(),
            disagree: given.iter().filter(|a| **a == Answer::Disagree).count(),
        }),
    }
}

fn from_scores(criteria: Vec<CriterionScore>, rules: Rules) -> Assessment {
    let means: Vec<f64> = criteria.iter().filter_map(|c| c.mean).collect();
    let enough = !means.is_empty() && means.len() >= rules.criteria_for_overall(criteria.len());
    let overall_mean = enough.then(|| means.iter().sum::<f64>() / means.len() as f64);
    Assessment::from_criteria(criteria, overall_mean, rules)
}

/// Strengths are every Strength-band criterion, best first; the list to work on is every
/// criterion below Strength, weakest first (R4: none left out). Equal scores keep questionnaire
/// order, and the page says when they are all equal (R5) rather than picking among them.
fn rank(criteria: &[CriterionScore], rules: &Rules) -> (Vec<usize>, Vec<usize>) {
    let mut scored: Vec<(usize, u8)> = criteria
        .iter()
        .filter_map(|c| c.score().map(|s| (c.criterion, s)))
        .collect();
    let (mut strong, mut weak): (Vec<_>, Vec<_>) = scored
        .drain(..)
        .partition(|(_, score)| rules.band(*score) == Band::Strength);
    sort_small_by(&mut strong, |a, b| b.1.cmp(&a.1));
    sort_small_by(&mut weak, |a, b| a.1.cmp(&b.1));
    let all = |list: Vec<(usize, u8)>| list.into_iter().map(|(i, _)| i).collect();
    (all(strong), all(weak))
}

/// Every statement of `set` answered `answer`: where most worked examples in the tests start.
#[cfg(test)]
pub(crate) fn every_statement(set: &QuestionSet, answer: Answer) -> Answers {
    set.statements()
        .map(|(_, statement)| (statement.id().to_string(), answer))
        .collect()
}

#[cfg(test)]
mod tests;
