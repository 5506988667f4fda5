//! Turns answers into per-criterion scores, bands, "don't know" rates, strengths and priorities.
//!
//! Pure and deterministic: the UI shows these numbers, it never computes its own.

use std::collections::BTreeMap;

use super::order::sort_small_by;
use super::questionnaire::{Answer, Questionnaire};

/// Answers keyed by statement id. A `BTreeMap` keeps the stored document and tests stable.
pub type Answers = BTreeMap<String, Answer>;

/// A criterion needs at least this many answers on the agreement scale to be scored;
/// fewer would let one answer decide the result.
pub const MIN_SCORED_ANSWERS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    Priority,
    Developing,
    Strength,
}

impl Band {
    /// 75 and above is a strength, 50 to 74 developing, below 50 a priority.
    pub fn for_score(score: u8) -> Band {
        match score {
            75.. => Band::Strength,
            50..=74 => Band::Developing,
            _ => Band::Priority,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Band::Strength => "Strength",
            Band::Developing => "Developing",
            Band::Priority => "Priority",
        }
    }

    /// Lower-case key for CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Band::Strength => "strength",
            Band::Developing => "developing",
            Band::Priority => "priority",
        }
    }
}

/// The result for one criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionScore {
    /// Index into `Questionnaire::criteria`.
    pub criterion: usize,
    pub statements: usize,
    /// Statements with any answer, "don't know" included.
    pub answered: usize,
    /// Answers on the agreement scale (the ones that count towards the score).
    pub scored: usize,
    pub dont_know: usize,
    /// Mean points of the scored answers; `None` when fewer than `MIN_SCORED_ANSWERS`.
    pub mean: Option<f64>,
}

impl CriterionScore {
    /// The score people see: the mean rounded to a whole number.
    pub fn score(&self) -> Option<u8> {
        self.mean.map(round_score)
    }

    pub fn band(&self) -> Option<Band> {
        self.score().map(Band::for_score)
    }

    /// Share of this criterion's statements answered "don't know", 0.0-1.0.
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
}

impl Assessment {
    pub fn overall(&self) -> Option<u8> {
        self.overall_mean.map(round_score)
    }

    pub fn overall_band(&self) -> Option<Band> {
        self.overall().map(Band::for_score)
    }

    pub fn answered(&self) -> usize {
        self.criteria.iter().map(|c| c.answered).sum()
    }

    pub fn statements(&self) -> usize {
        self.criteria.iter().map(|c| c.statements).sum()
    }

    pub fn unanswered(&self) -> usize {
        self.statements() - self.answered()
    }

    /// An assessment from figures already worked out (a snapshot carries only these), with
    /// strengths and priorities ranked the same way as for answers.
    pub fn from_criteria(criteria: Vec<CriterionScore>, overall_mean: Option<f64>) -> Assessment {
        let (strengths, priorities) = rank(&criteria);
        Assessment {
            criteria,
            overall_mean,
            strengths,
            priorities,
        }
    }

    pub fn scored_criteria(&self) -> impl Iterator<Item = &CriterionScore> {
        self.criteria.iter().filter(|c| c.mean.is_some())
    }
}

/// Rounds half up; scores are never negative.
fn round_score(mean: f64) -> u8 {
    mean.round().clamp(0.0, 100.0) as u8
}

/// Scores every criterion of `bank` from `answers`. Answers to statements the bank does not have
/// (for example from an older bank) are ignored.
pub fn assess(bank: &Questionnaire, answers: &Answers) -> Assessment {
    let criteria: Vec<CriterionScore> = bank
        .criteria
        .iter()
        .enumerate()
        .map(|(index, criterion)| {
            let given: Vec<Answer> = criterion
                .statements
                .iter()
                .filter_map(|s| answers.get(&s.id).copied())
                .collect();
            let points: Vec<u32> = given.iter().filter_map(|a| a.points()).collect();
            let mean = (points.len() >= MIN_SCORED_ANSWERS)
                .then(|| points.iter().sum::<u32>() as f64 / points.len() as f64);
            CriterionScore {
                criterion: index,
                statements: criterion.statements.len(),
                answered: given.len(),
                scored: points.len(),
                dont_know: given.len() - points.len(),
                mean,
            }
        })
        .collect();

    let means: Vec<f64> = criteria.iter().filter_map(|c| c.mean).collect();
    let overall_mean = (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64);
    Assessment::from_criteria(criteria, overall_mean)
}

/// Highest two and lowest two scored criteria, ranked by the score people see, ties broken by
/// criterion order. A criterion is never both: priorities are chosen from the criteria that are
/// not strengths, and with fewer than four scored criteria each list takes half (rounded down).
fn rank(criteria: &[CriterionScore]) -> (Vec<usize>, Vec<usize>) {
    let scored: Vec<(usize, u8)> = criteria
        .iter()
        .filter_map(|c| c.score().map(|s| (c.criterion, s)))
        .collect();
    let take = (scored.len() / 2).min(2);

    let mut best = scored.clone();
    // Stable sort keeps criterion order among equal scores.
    sort_small_by(&mut best, |a, b| b.1.cmp(&a.1));
    let strengths: Vec<usize> = best.iter().take(take).map(|(i, _)| *i).collect();

    let mut worst: Vec<(usize, u8)> = scored
        .into_iter()
        .filter(|(i, _)| !strengths.contains(i))
        .collect();
    sort_small_by(&mut worst, |a, b| a.1.cmp(&b.1));
    let priorities: Vec<usize> = worst.iter().take(take).map(|(i, _)| *i).collect();
    (strengths, priorities)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::questionnaire::default_bank;

    /// Answers the statements of criterion `index` in order with `codes` (0 = don't know).
    fn answer(answers: &mut Answers, index: usize, codes: &[u8]) {
        let criterion = &default_bank().criteria[index];
        for (statement, code) in criterion.statements.iter().zip(codes) {
            answers.insert(statement.id.clone(), Answer::try_from(*code).unwrap());
        }
    }

    #[test]
    fn worked_example_with_all_cases() {
        let mut answers = Answers::new();
        answer(&mut answers, 0, &[5, 5, 4, 4, 5]); // 90
        answer(&mut answers, 1, &[4, 3, 0, 4, 2]); // 75+50+75+25 = 225/4 = 56.25 -> 56
        answer(&mut answers, 2, &[1, 2, 3]); // 0+25+50 = 25, two unanswered
        answer(&mut answers, 3, &[4, 0, 0, 5]); // only 2 scored: not enough
        answer(&mut answers, 4, &[3, 3, 4, 4, 4]); // 50+50+75+75+75 = 65
                                                   // conflict resolution left blank
        let result = assess(default_bank(), &answers);

        let scores: Vec<Option<u8>> = result.criteria.iter().map(|c| c.score()).collect();
        assert_eq!(scores, [Some(90), Some(56), Some(25), None, Some(65), None]);
        let bands: Vec<Option<Band>> = result.criteria.iter().map(|c| c.band()).collect();
        assert_eq!(
            bands,
            [
                Some(Band::Strength),
                Some(Band::Developing),
                Some(Band::Priority),
                None,
                Some(Band::Developing),
                None
            ]
        );
        assert_eq!(result.criteria[1].dont_know, 1);
        assert_eq!(result.criteria[1].dont_know_rate(), 0.2);
        assert_eq!(result.criteria[3].dont_know, 2);
        assert_eq!(result.criteria[3].scored, 2);
        assert_eq!(result.criteria[2].unanswered(), 2);
        assert_eq!(result.criteria[5].unanswered(), 5);
        assert_eq!(result.answered(), 22);
        assert_eq!(result.unanswered(), 8);
        // (90 + 56.25 + 25 + 65) / 4 = 59.0625
        assert_eq!(result.overall(), Some(59));
        assert_eq!(result.overall_band(), Some(Band::Developing));
        assert_eq!(result.strengths, [0, 4]);
        assert_eq!(result.priorities, [2, 1]);
    }

    #[test]
    fn nothing_answered_scores_nothing() {
        let result = assess(default_bank(), &Answers::new());
        assert!(result.criteria.iter().all(|c| c.score().is_none()));
        assert_eq!(result.overall(), None);
        assert!(result.strengths.is_empty() && result.priorities.is_empty());
        assert_eq!(result.unanswered(), 30);
    }

    #[test]
    fn all_dont_know_is_not_enough_answers() {
        let mut answers = Answers::new();
        answer(&mut answers, 0, &[0, 0, 0, 0, 0]);
        let result = assess(default_bank(), &answers);
        assert_eq!(result.criteria[0].score(), None);
        assert_eq!(result.criteria[0].dont_know_rate(), 1.0);
    }

    #[test]
    fn exactly_three_scored_answers_is_enough() {
        let mut answers = Answers::new();
        answer(&mut answers, 5, &[0, 0, 2, 2, 3]);
        let result = assess(default_bank(), &answers);
        assert_eq!(result.criteria[5].score(), Some(33)); // (25+25+50)/3 = 33.3
    }

    #[test]
    fn band_edges() {
        assert_eq!(Band::for_score(100), Band::Strength);
        assert_eq!(Band::for_score(75), Band::Strength);
        assert_eq!(Band::for_score(74), Band::Developing);
        assert_eq!(Band::for_score(50), Band::Developing);
        assert_eq!(Band::for_score(49), Band::Priority);
        assert_eq!(Band::for_score(0), Band::Priority);
    }

    #[test]
    fn band_uses_the_rounded_score_people_see() {
        let mut answers = Answers::new();
        // 75+75+75+75+... : (100+75+75+75+50)/5 = 75; (75+75+75+50)/4 = 68.75 -> 69
        answer(&mut answers, 0, &[4, 4, 4, 3]);
        let result = assess(default_bank(), &answers);
        assert_eq!(result.criteria[0].score(), Some(69));
        assert_eq!(result.criteria[0].band(), Some(Band::Developing));
        // 74.5 never occurs with quarter points over 3-5 answers, but 74.99 rounding would:
        assert_eq!(round_score(74.5), 75);
        assert_eq!(Band::for_score(round_score(74.5)), Band::Strength);
    }

    #[test]
    fn ties_are_broken_by_criterion_order() {
        let mut answers = Answers::new();
        for index in 0..6 {
            answer(&mut answers, index, &[4, 4, 4, 4, 4]);
        }
        let result = assess(default_bank(), &answers);
        assert_eq!(result.strengths, [0, 1]);
        assert_eq!(
            result.priorities,
            [2, 3],
            "never both a strength and a priority"
        );

        answer(&mut answers, 3, &[2, 2, 2, 2, 2]);
        answer(&mut answers, 5, &[2, 2, 2, 2, 2]);
        let result = assess(default_bank(), &answers);
        assert_eq!(result.strengths, [0, 1]);
        assert_eq!(result.priorities, [3, 5]);
    }

    #[test]
    fn few_scored_criteria_are_not_both_strength_and_priority() {
        let mut answers = Answers::new();
        answer(&mut answers, 0, &[5, 5, 5]);
        answer(&mut answers, 1, &[1, 1, 1]);
        answer(&mut answers, 2, &[3, 3, 3]);
        let result = assess(default_bank(), &answers);
        assert_eq!(result.strengths, [0]);
        assert_eq!(result.priorities, [1]);

        let mut single = Answers::new();
        answer(&mut single, 4, &[5, 5, 5]);
        let result = assess(default_bank(), &single);
        assert!(result.strengths.is_empty() && result.priorities.is_empty());
    }

    #[test]
    fn answers_to_unknown_statements_are_ignored() {
        let mut answers = Answers::new();
        answers.insert("retired-statement".into(), Answer::StronglyAgree);
        let result = assess(default_bank(), &answers);
        assert_eq!(result.answered(), 0);
    }

    /// Property tests run natively only: proptest is a native dev-dependency, and the core's
    /// tests are not run in the browser.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn any_answers() -> impl Strategy<Value = Answers> {
            let ids: Vec<String> = default_bank()
                .statements()
                .map(|(_, s)| s.id.clone())
                .collect();
            proptest::collection::vec(proptest::option::of(0u8..=5), ids.len()).prop_map(
                move |codes| {
                    ids.iter()
                        .zip(codes)
                        .filter_map(|(id, code)| {
                            code.map(|c| (id.clone(), Answer::try_from(c).unwrap()))
                        })
                        .collect()
                },
            )
        }

        proptest! {
            #[test]
            fn scores_stay_in_range_and_counts_add_up(answers in any_answers()) {
                let result = assess(default_bank(), &answers);
                prop_assert_eq!(result.answered(), answers.len());
                for c in &result.criteria {
                    prop_assert_eq!(c.answered, c.scored + c.dont_know);
                    prop_assert_eq!(c.mean.is_some(), c.scored >= MIN_SCORED_ANSWERS);
                    if let Some(score) = c.score() {
                        prop_assert!(score <= 100);
                    }
                }
                if let Some(overall) = result.overall() {
                    let scores: Vec<u8> = result.criteria.iter().filter_map(|c| c.score()).collect();
                    prop_assert!(overall >= *scores.iter().min().unwrap());
                    prop_assert!(overall <= *scores.iter().max().unwrap());
                }
                for (s, p) in result.strengths.iter().zip(result.priorities.iter().rev()) {
                    let score = |i: usize| result.criteria[i].score().unwrap();
                    prop_assert!(score(*s) >= score(*p));
                }
                for s in &result.strengths {
                    prop_assert!(!result.priorities.contains(s));
                }
                prop_assert_eq!(result.strengths.len(), result.priorities.len());
            }
        }
    }
}
