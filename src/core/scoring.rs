//! Turns answers into per-criterion scores, bands, "don't know" rates, strengths and priorities.
//!
//! Pure and deterministic: the UI shows these numbers, it never computes its own.

use std::collections::BTreeMap;

use super::order::sort_small_by;
use super::questionnaire::{first_edition_statement_ids, Answer, Questionnaire, CRITERION_IDS};

/// Answers keyed by statement id. A `BTreeMap` keeps the stored document and tests stable.
pub type Answers = BTreeMap<String, Answer>;

/// A criterion needs at least this many answers on the agreement scale to be scored;
/// fewer would let one answer decide the result.
pub const MIN_SCORED_ANSWERS: usize = 3;

/// From the second edition, an overall figure needs at least this many of the six criteria
/// scored: an average of one or two criteria would pass for the whole partnership.
pub const MIN_CRITERIA_FOR_OVERALL: usize = 5;

/// The rules that turn criterion scores into the overall figure, its band and the lists of
/// strengths and priorities. A result keeps the rules of the edition it was made with, so a
/// first-edition link shows exactly what it showed when it was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rules {
    /// Overall from any scored criterion; strengths and priorities are the top and bottom two.
    FirstEdition,
    /// Overall only from five or more criteria and never above Developing while a criterion is
    /// a Priority; strengths are Strength-band criteria, priorities only those below it.
    SecondEdition,
}

impl Rules {
    /// The rules of questionnaire edition `version`.
    pub fn of_edition(version: u32) -> Rules {
        if version <= 1 {
            Rules::FirstEdition
        } else {
            Rules::SecondEdition
        }
    }
}

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

    /// "Strength", "Developing", "Priority" in the content's language.
    pub fn label(self, content: &super::content::Content) -> String {
        content.text(match self {
            Band::Strength => "band-strength",
            Band::Developing => "band-developing",
            Band::Priority => "band-priority",
        })
    }

    /// The band's name as a word inside a sentence ("…, developing").
    pub fn label_in_sentence(self, content: &super::content::Content) -> String {
        content.text(match self {
            Band::Strength => "band-strength-in-sentence",
            Band::Developing => "band-developing-in-sentence",
            Band::Priority => "band-priority-in-sentence",
        })
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
    /// Whether "Don't know" answered more than half of the statements: a gap in what the
    /// person knows of the partnership, worth raising in its own right.
    pub fn is_knowledge_gap(&self) -> bool {
        self.dont_know * 2 > self.statements
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
        let band = Band::for_score(self.overall()?);
        let any_priority = self
            .criteria
            .iter()
            .any(|c| c.band() == Some(Band::Priority));
        Some(match self.rules {
            Rules::SecondEdition if any_priority => band.min(Band::Developing),
            _ => band,
        })
    }

    /// The lowest scored criterion (the first of equals), named beside the overall figure.
    pub fn lowest(&self) -> Option<usize> {
        let mut lowest: Option<(usize, u8)> = None;
        for (index, score) in self
            .criteria
            .iter()
            .filter_map(|c| Some((c.criterion, c.score()?)))
        {
            if lowest.is_none_or(|(_, low)| score < low) {
                lowest = Some((index, score));
            }
        }
        lowest.map(|(index, _)| index)
    }

    /// Every criterion scored and every one a Strength.
    pub fn all_strengths(&self) -> bool {
        self.criteria
            .iter()
            .all(|c| c.band() == Some(Band::Strength))
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
    pub fn from_criteria(
        criteria: Vec<CriterionScore>,
        overall_mean: Option<f64>,
        rules: Rules,
    ) -> Assessment {
        let (strengths, priorities) = match rules {
            Rules::FirstEdition => rank_first_edition(&criteria),
            Rules::SecondEdition => rank(&criteria),
        };
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

/// Scores every criterion of `bank` from `answers`, by the rules of the bank's edition. Answers
/// to statements the bank does not have (for example from an older bank) are ignored.
pub fn assess(bank: &Questionnaire, answers: &Answers) -> Assessment {
    let criteria = bank
        .criteria
        .iter()
        .enumerate()
        .map(|(index, criterion)| {
            score_criterion(
                index,
                criterion.statements.iter().map(|s| s.id.as_str()),
                answers,
            )
        })
        .collect();
    from_scores(criteria, Rules::of_edition(bank.version))
}

/// Scores answers given to the first edition exactly as the first edition did (its statements
/// were `<criterion>-1` to `<criterion>-5`), so a first-edition file keeps its original result.
pub fn assess_first_edition(answers: &Answers) -> Assessment {
    let criteria = (0..CRITERION_IDS.len())
        .map(|index| {
            let ids: Vec<String> = first_edition_statement_ids(index).collect();
            score_criterion(index, ids.iter().map(String::as_str), answers)
        })
        .collect();
    from_scores(criteria, Rules::FirstEdition)
}

fn score_criterion<'a>(
    index: usize,
    statement_ids: impl Iterator<Item = &'a str>,
    answers: &Answers,
) -> CriterionScore {
    let mut statements = 0;
    let given: Vec<Answer> = statement_ids
        .inspect(|_| statements += 1)
        .filter_map(|id| answers.get(id).copied())
        .collect();
    let points: Vec<u32> = given.iter().filter_map(|a| a.points()).collect();
    let mean = (points.len() >= MIN_SCORED_ANSWERS)
        .then(|| points.iter().sum::<u32>() as f64 / points.len() as f64);
    CriterionScore {
        criterion: index,
        statements,
        answered: given.len(),
        scored: points.len(),
        dont_know: given.len() - points.len(),
        mean,
    }
}

fn from_scores(criteria: Vec<CriterionScore>, rules: Rules) -> Assessment {
    let means: Vec<f64> = criteria.iter().filter_map(|c| c.mean).collect();
    let enough = match rules {
        Rules::FirstEdition => !means.is_empty(),
        Rules::SecondEdition => means.len() >= MIN_CRITERIA_FOR_OVERALL,
    };
    let overall_mean = enough.then(|| means.iter().sum::<f64>() / means.len() as f64);
    Assessment::from_criteria(criteria, overall_mean, rules)
}

/// Second edition: strengths are up to two Strength-band criteria, best first; priorities up to
/// two criteria below Strength, weakest first (ties by criterion order). A result with no
/// criterion below Strength has no priorities.
fn rank(criteria: &[CriterionScore]) -> (Vec<usize>, Vec<usize>) {
    let mut scored: Vec<(usize, u8)> = criteria
        .iter()
        .filter_map(|c| c.score().map(|s| (c.criterion, s)))
        .collect();
    let (mut strong, mut weak): (Vec<_>, Vec<_>) = scored
        .drain(..)
        .partition(|(_, score)| Band::for_score(*score) == Band::Strength);
    sort_small_by(&mut strong, |a, b| b.1.cmp(&a.1));
    sort_small_by(&mut weak, |a, b| a.1.cmp(&b.1));
    let first_two = |list: Vec<(usize, u8)>| list.into_iter().take(2).map(|(i, _)| i).collect();
    (first_two(strong), first_two(weak))
}

/// First edition: highest two and lowest two scored criteria, ranked by the score people see,
/// ties broken by criterion order. A criterion is never both: priorities are chosen from the
/// criteria that are not strengths, and with fewer than four scored criteria each list takes
/// half (rounded down).
fn rank_first_edition(criteria: &[CriterionScore]) -> (Vec<usize>, Vec<usize>) {
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

    /// Answers every statement of criterion `index` with `code`.
    fn answer_all(answers: &mut Answers, index: usize, code: u8) {
        let count = default_bank().criteria[index].statements.len();
        answer(answers, index, &vec![code; count]);
    }

    #[test]
    fn worked_example_with_all_cases() {
        let mut answers = Answers::new();
        answer(&mut answers, 0, &[5, 5, 4, 4, 5]); // 90
        answer(&mut answers, 1, &[4, 3, 0, 4, 2]); // 75+50+75+25 = 225/4 = 56.25 -> 56
        answer(&mut answers, 2, &[1, 2, 3]); // 0+25+50 = 25, the rest unanswered
        answer(&mut answers, 3, &[4, 0, 0, 5]); // only 2 scored: not enough
        answer(&mut answers, 4, &[3, 3, 4, 4, 4]); // 50+50+75+75+75 = 65
        answer(&mut answers, 5, &[2, 2, 2, 2, 1]); // 25*4+0 = 20
        let result = assess(default_bank(), &answers);
        assert_eq!(result.rules, Rules::SecondEdition);

        let scores: Vec<Option<u8>> = result.criteria.iter().map(|c| c.score()).collect();
        assert_eq!(
            scores,
            [Some(90), Some(56), Some(25), None, Some(65), Some(20)]
        );
        let bands: Vec<Option<Band>> = result.criteria.iter().map(|c| c.band()).collect();
        assert_eq!(
            bands,
            [
                Some(Band::Strength),
                Some(Band::Developing),
                Some(Band::Priority),
                None,
                Some(Band::Developing),
                Some(Band::Priority)
            ]
        );
        assert_eq!(result.criteria[1].dont_know, 1);
        assert_eq!(result.criteria[3].dont_know, 2);
        assert_eq!(result.criteria[3].scored, 2);
        assert_eq!(result.answered(), 27);
        // Five of six criteria scored: (90 + 56.25 + 25 + 65 + 20) / 5 = 51.25
        assert_eq!(result.overall(), Some(51));
        assert_eq!(result.overall_band(), Some(Band::Developing));
        assert_eq!(result.lowest(), Some(5));
        assert_eq!(result.strengths, [0]);
        assert_eq!(
            result.priorities,
            [5, 2],
            "weakest first, only below Strength"
        );
        assert!(!result.all_strengths());
    }

    #[test]
    fn an_overall_figure_needs_five_of_the_six_criteria() {
        let mut answers = Answers::new();
        answer(&mut answers, 0, &[5, 5, 5]);
        let three = assess(default_bank(), &answers);
        assert_eq!(three.criteria[0].score(), Some(100));
        assert_eq!(three.overall(), None, "three answers in one criterion");
        assert_eq!(three.overall_band(), None);
        for index in 1..4 {
            answer_all(&mut answers, index, 4);
        }
        assert_eq!(
            assess(default_bank(), &answers).overall(),
            None,
            "four criteria"
        );
        answer_all(&mut answers, 4, 4);
        let five = assess(default_bank(), &answers);
        assert_eq!(five.scored_criteria().count(), 5);
        assert_eq!(five.overall(), Some(80)); // (100 + 4 * 75) / 5
    }

    #[test]
    fn a_weak_criterion_is_never_hidden_by_a_good_average() {
        let mut answers = Answers::new();
        for index in 0..6 {
            answer_all(&mut answers, index, 5);
        }
        answer(&mut answers, 3, &[1, 1, 1, 2, 1, 1]); // Trust about 4
        let result = assess(default_bank(), &answers);
        assert!(
            result.overall().unwrap() >= 75,
            "the average alone is a Strength"
        );
        assert_eq!(result.criteria[3].band(), Some(Band::Priority));
        assert_eq!(result.overall_band(), Some(Band::Developing));
        assert_eq!(result.lowest(), Some(3));
        assert_eq!(result.priorities, [3]);
    }

    #[test]
    fn every_criterion_a_strength_lists_no_priorities() {
        let mut answers = Answers::new();
        for index in 0..6 {
            answer_all(&mut answers, index, 5);
        }
        let result = assess(default_bank(), &answers);
        assert!(result.all_strengths());
        assert!(result.priorities.is_empty());
        assert_eq!(result.overall_band(), Some(Band::Strength));
        assert_eq!(result.strengths, [0, 1]);

        // 75 everywhere is still all strengths; one criterion at 74 is not.
        let mut answers = Answers::new();
        for index in 0..6 {
            answer_all(&mut answers, index, 4);
        }
        assert!(assess(default_bank(), &answers).priorities.is_empty());
        answer(&mut answers, 2, &[4, 4, 4, 4, 3, 4]);
        let result = assess(default_bank(), &answers);
        let count = default_bank().criteria[2].statements.len();
        let expected = if count == 6 { 71 } else { 70 };
        assert_eq!(result.criteria[2].score(), Some(expected));
        assert_eq!(result.priorities, [2]);
        assert!(!result.all_strengths());
    }

    /// The first edition's bank is kept as a fixture: its statements were `<criterion>-1` to
    /// `<criterion>-5`, which `first_edition_statement_ids` (and so every old file) relies on.
    #[test]
    fn the_first_editions_statement_ids_are_known() {
        let value: serde_json::Value =
            serde_json::from_str(include_str!("fixtures/first-edition-bank.json")).unwrap();
        let ids: Vec<Vec<String>> = value["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                c["statements"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s["id"].as_str().unwrap().to_string())
                    .collect()
            })
            .collect();
        for (index, criterion) in ids.iter().enumerate() {
            let expected: Vec<String> = first_edition_statement_ids(index).collect();
            assert_eq!(criterion, &expected, "the first edition's ids");
        }
    }

    #[test]
    fn first_edition_answers_are_scored_as_the_first_edition_did() {
        let mut answers = Answers::new();
        let put = |answers: &mut Answers, criterion: usize, codes: &[u8]| {
            for (id, code) in first_edition_statement_ids(criterion).zip(codes) {
                answers.insert(id, Answer::try_from(*code).unwrap());
            }
        };
        put(&mut answers, 0, &[5, 5, 4, 4, 5]);
        put(&mut answers, 1, &[4, 3, 0, 4, 2]);
        put(&mut answers, 2, &[1, 2, 3]);
        put(&mut answers, 3, &[4, 0, 0, 5]);
        put(&mut answers, 4, &[3, 3, 4, 4, 4]);
        let result = assess_first_edition(&answers);
        assert_eq!(result.rules, Rules::FirstEdition);
        // The first edition's figures: an overall from four criteria, 59, and the top two and
        // bottom two criteria.
        assert_eq!(result.overall(), Some(59));
        assert_eq!(result.overall_band(), Some(Band::Developing));
        assert_eq!(result.strengths, [0, 4]);
        assert_eq!(result.priorities, [2, 1]);
        assert_eq!(result.unanswered(), 8);
        // Three answers in one criterion gave an overall figure then, and still do for it.
        let mut three = Answers::new();
        put(&mut three, 0, &[4, 4, 4]);
        assert_eq!(assess_first_edition(&three).overall(), Some(75));
        assert_eq!(
            assess_first_edition(&three).overall_band(),
            Some(Band::Strength)
        );
    }

    #[test]
    fn nothing_answered_scores_nothing() {
        let result = assess(default_bank(), &Answers::new());
        assert!(result.criteria.iter().all(|c| c.score().is_none()));
        assert_eq!(result.overall(), None);
        assert!(result.strengths.is_empty() && result.priorities.is_empty());
        assert_eq!(result.unanswered(), default_bank().statement_count());
        assert_eq!(result.lowest(), None);
    }

    #[test]
    fn all_dont_know_is_not_enough_answers() {
        let mut answers = Answers::new();
        answer(&mut answers, 0, &[0, 0, 0, 0, 0]);
        let result = assess(default_bank(), &answers);
        assert_eq!(result.criteria[0].score(), None);
        assert!(result.criteria[0].dont_know_rate() >= 5.0 / 6.0);
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
            answer_all(&mut answers, index, 2);
        }
        answer_all(&mut answers, 4, 5);
        answer_all(&mut answers, 1, 5);
        let result = assess(default_bank(), &answers);
        assert_eq!(result.strengths, [1, 4]);
        assert_eq!(result.priorities, [0, 2]);
    }

    #[test]
    fn a_criterion_is_never_both_strength_and_priority() {
        let mut answers = Answers::new();
        answer(&mut answers, 0, &[5, 5, 5]);
        answer(&mut answers, 1, &[1, 1, 1]);
        answer(&mut answers, 2, &[3, 3, 3]);
        let result = assess(default_bank(), &answers);
        assert_eq!(result.strengths, [0]);
        assert_eq!(result.priorities, [1, 2]);
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
                let scores: Vec<u8> = result.criteria.iter().filter_map(|c| c.score()).collect();
                prop_assert_eq!(result.overall().is_some(), scores.len() >= MIN_CRITERIA_FOR_OVERALL);
                if let Some(overall) = result.overall() {
                    prop_assert!(overall >= *scores.iter().min().unwrap());
                    prop_assert!(overall <= *scores.iter().max().unwrap());
                    let any_priority = result.criteria.iter().any(|c| c.band() == Some(Band::Priority));
                    prop_assert!(!any_priority || result.overall_band() < Some(Band::Strength));
                    let lowest = result.lowest().unwrap();
                    prop_assert_eq!(result.criteria[lowest].score(), scores.iter().min().copied());
                }
                for p in &result.priorities {
                    prop_assert!(result.criteria[*p].band() < Some(Band::Strength));
                    prop_assert!(result.criteria[*p].band().is_some());
                }
                for s in &result.strengths {
                    prop_assert_eq!(result.criteria[*s].band(), Some(Band::Strength));
                    prop_assert!(!result.priorities.contains(s));
                }
            }
        }
    }
}
