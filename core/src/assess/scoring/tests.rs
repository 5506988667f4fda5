//! Tests of `scoring` (scoring.rs), kept beside it so the module itself stays short.

use super::*;
use crate::questions::set::{built_in_edition, QuestionSet};

/// These tests were written against the second edition's shape (its statement counts give their
/// figures); the third edition is scored by the same rules, so they keep that shape.
fn second_edition() -> &'static QuestionSet {
    built_in_edition(2).expect("the second edition is kept")
}

/// Answers the statements of criterion `index` in order with `codes` (0 = don't know).
fn answer(answers: &mut Answers, index: usize, codes: &[u8]) {
    let criterion = &second_edition().criteria()[index];
    for (statement, code) in criterion.statements().iter().zip(codes) {
        answers.insert(statement.id().to_string(), Answer::try_from(*code).unwrap());
    }
}

/// Answers every statement of criterion `index` with `code`.
fn answer_all(answers: &mut Answers, index: usize, code: u8) {
    let count = second_edition().criteria()[index].statements().len();
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
    let result = assess(second_edition(), &answers);
    assert_eq!(result.rules, Rules::second_edition());

    let scores: Vec<Option<u8>> = result.criteria.iter().map(|c| c.score()).collect();
    assert_eq!(
        scores,
        [Some(90), Some(56), Some(25), None, Some(65), Some(20)]
    );
    let bands: Vec<Option<Band>> = result
        .criteria
        .iter()
        .map(|c| c.band(&result.rules))
        .collect();
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
    // Issue 20: every criterion below Strength is listed (was the first two, [5, 2]).
    assert_eq!(
        result.priorities,
        [5, 2, 1, 4],
        "weakest first, only below Strength"
    );
    assert!(!result.all_strengths());
}

#[test]
fn an_overall_figure_needs_five_of_the_six_criteria() {
    let mut answers = Answers::new();
    answer(&mut answers, 0, &[5, 5, 5]);
    let three = assess(second_edition(), &answers);
    assert_eq!(three.criteria[0].score(), Some(100));
    assert_eq!(three.overall(), None, "three answers in one criterion");
    assert_eq!(three.overall_band(), None);
    for index in 1..4 {
        answer_all(&mut answers, index, 4);
    }
    assert_eq!(
        assess(second_edition(), &answers).overall(),
        None,
        "four criteria"
    );
    answer_all(&mut answers, 4, 4);
    let five = assess(second_edition(), &answers);
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
    let result = assess(second_edition(), &answers);
    assert!(
        result.overall().unwrap() >= 75,
        "the average alone is a Strength"
    );
    assert_eq!(result.band(3), Some(Band::Priority));
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
    let result = assess(second_edition(), &answers);
    assert!(result.all_strengths());
    assert!(result.priorities.is_empty());
    assert_eq!(result.overall_band(), Some(Band::Strength));
    // Issue 20: every Strength is listed (was the first two, [0, 1]).
    assert_eq!(result.strengths, [0, 1, 2, 3, 4, 5]);

    // 75 everywhere is still all strengths; one criterion at 74 is not.
    let mut answers = Answers::new();
    for index in 0..6 {
        answer_all(&mut answers, index, 4);
    }
    assert!(assess(second_edition(), &answers).priorities.is_empty());
    answer(&mut answers, 2, &[4, 4, 4, 4, 3, 4]);
    let result = assess(second_edition(), &answers);
    let count = second_edition().criteria()[2].statements().len();
    let expected = if count == 6 { 71 } else { 70 };
    assert_eq!(result.criteria[2].score(), Some(expected));
    assert_eq!(result.priorities, [2]);
    assert!(!result.all_strengths());
}

/// The first edition's question set is kept as a fixture: its statements were `<criterion>-1` to
/// `<criterion>-5`, which `first_edition_statement_ids` (and so every old file) relies on.
#[test]
fn the_first_editions_statement_ids_are_known() {
    let value: serde_json::Value =
        serde_json::from_str(include_str!("../../fixtures/first-edition-bank.json")).unwrap();
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
    assert_eq!(result.rules, Rules::first_edition());
    // The first edition's figures: an overall from four criteria, 59, and the top two and
    // bottom two criteria.
    assert_eq!(result.overall(), Some(59));
    assert_eq!(result.overall_band(), Some(Band::Developing));
    // Issue 20: the lists follow today's rules (they were the top two, [0, 4], and the
    // bottom two, [2, 1]); the figures above are the first edition's.
    assert_eq!(result.strengths, [0]);
    assert_eq!(result.priorities, [2, 1, 4]);
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
    let result = assess(second_edition(), &Answers::new());
    assert!(result.criteria.iter().all(|c| c.score().is_none()));
    assert_eq!(result.overall(), None);
    assert!(result.strengths.is_empty() && result.priorities.is_empty());
    assert_eq!(result.unanswered(), second_edition().statement_count());
    assert_eq!(result.lowest(), None);
}

#[test]
fn all_dont_know_is_not_enough_answers() {
    let mut answers = Answers::new();
    answer(&mut answers, 0, &[0, 0, 0, 0, 0]);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.criteria[0].score(), None);
    assert!(result.criteria[0].dont_know_rate() >= 5.0 / 6.0);
}

#[test]
fn exactly_three_scored_answers_is_enough() {
    let mut answers = Answers::new();
    answer(&mut answers, 5, &[0, 0, 2, 2, 3]);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.criteria[5].score(), Some(33)); // (25+25+50)/3 = 33.3
}

#[test]
fn band_edges() {
    assert_eq!(Rules::second_edition().band(100), Band::Strength);
    assert_eq!(Rules::second_edition().band(75), Band::Strength);
    assert_eq!(Rules::second_edition().band(74), Band::Developing);
    assert_eq!(Rules::second_edition().band(50), Band::Developing);
    assert_eq!(Rules::second_edition().band(49), Band::Priority);
    assert_eq!(Rules::second_edition().band(0), Band::Priority);
}

#[test]
fn band_uses_the_rounded_score_people_see() {
    let mut answers = Answers::new();
    // 75+75+75+75+... : (100+75+75+75+50)/5 = 75; (75+75+75+50)/4 = 68.75 -> 69
    answer(&mut answers, 0, &[4, 4, 4, 3]);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.criteria[0].score(), Some(69));
    assert_eq!(result.band(0), Some(Band::Developing));
    // 74.5 never occurs with quarter points over 3-5 answers, but 74.99 rounding would:
    assert_eq!(round_score(74.5), 75);
    assert_eq!(
        Rules::second_edition().band(round_score(74.5)),
        Band::Strength
    );
}

#[test]
fn ties_are_broken_by_criterion_order() {
    let mut answers = Answers::new();
    for index in 0..6 {
        answer_all(&mut answers, index, 2);
    }
    answer_all(&mut answers, 4, 5);
    answer_all(&mut answers, 1, 5);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.strengths, [1, 4]);
    // Issue 20: every criterion below Strength, equal ones in questionnaire order (was the
    // first two, [0, 2]).
    assert_eq!(result.priorities, [0, 2, 3, 5]);
}

#[test]
fn a_criterion_is_never_both_strength_and_priority() {
    let mut answers = Answers::new();
    answer(&mut answers, 0, &[5, 5, 5]);
    answer(&mut answers, 1, &[1, 1, 1]);
    answer(&mut answers, 2, &[3, 3, 3]);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.strengths, [0]);
    assert_eq!(result.priorities, [1, 2]);
}

#[test]
fn answers_to_unknown_statements_are_ignored() {
    let mut answers = Answers::new();
    answers.insert("retired-statement".into(), Answer::StronglyAgree);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.answered(), 0);
}

// The content review's patterns (reviews section 4, R1-R12), each a test named after the
// pattern it prevents. Each failed on the rules before issue 20.

/// Every statement of every criterion answered with `code`.
fn everywhere(code: u8) -> Answers {
    let mut answers = Answers::new();
    for index in 0..second_edition().criteria().len() {
        answer_all(&mut answers, index, code);
    }
    answers
}

fn set(answers: &mut Answers, id: &str, code: u8) {
    answers.insert(id.into(), Answer::try_from(code).unwrap());
}

/// R1: one "Strongly disagree" among Strongly agree keeps Trust's score (80, Strength) but
/// is a strong disagreement, named, and no all-strengths message stands.
#[test]
fn r1_a_strong_disagreement_is_never_an_unqualified_strength() {
    let mut answers = everywhere(5);
    set(&mut answers, "trust-10", 1);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.criteria[3].score(), Some(80), "the figure stays");
    assert_eq!(result.band(3), Some(Band::Strength));
    assert_eq!(result.strong_disagreement(3), Some(true));
    assert_eq!(result.strongly_disagreed(), [3]);
    assert!(!result.all_strengths(), "no all-strengths message");
    // Two "Disagree" are a strong disagreement too; one is not, but still rules out the
    // all-strengths message.
    let mut answers = everywhere(5);
    set(&mut answers, "trust-10", 2);
    let one = assess(second_edition(), &answers);
    assert_eq!(one.strong_disagreement(3), Some(false));
    assert!(!one.all_strengths());
    let id = second_edition().criteria()[3].statements()[0]
        .id()
        .to_string();
    set(&mut answers, &id, 2);
    assert_eq!(
        assess(second_edition(), &answers).strong_disagreement(3),
        Some(true)
    );
}

/// R2: Agree and "Don't know" alternating: the band rests on fewer answers, the note sits
/// beside the score, the summary says so, no all-strengths message, "Answered" leaves
/// "Don't know" out; the three-answer minimum stays.
#[test]
fn r2_dont_know_is_visible_where_it_weakens_a_score() {
    let mut answers = Answers::new();
    for (index, criterion) in second_edition().criteria().iter().enumerate() {
        let codes: Vec<u8> = (0..criterion.statements().len())
            .map(|i| if i % 2 == 0 { 4 } else { 0 })
            .collect();
        answer(&mut answers, index, &codes);
    }
    let result = assess(second_edition(), &answers);
    assert!(result.criteria.iter().all(|c| c.score() == Some(75)));
    assert!((0..6).all(|i| result.rests_on_few(i)));
    assert!(result.criteria.iter().all(CriterionScore::is_knowledge_gap));
    assert!(result.many_dont_know());
    assert!(!result.all_strengths());
    assert_eq!(result.scored_answers(), 18);
    assert_eq!(result.dont_know(), 17);
    // Fewer than a third: no note.
    let mut answers = everywhere(4);
    answer(&mut answers, 0, &[0, 4, 4, 4, 4, 4]);
    let result = assess(second_edition(), &answers);
    assert!(!result.rests_on_few(0));
    assert!(result.all_strengths());
    // Two scored answers are still not enough.
    let mut answers = Answers::new();
    answer(&mut answers, 0, &[4, 4, 0, 0, 0, 0]);
    assert_eq!(assess(second_edition(), &answers).criteria[0].score(), None);
}

/// R3: a criterion all "Don't know" is named as unscored, and "Lowest" never points at 100.
#[test]
fn r3_a_criterion_without_a_score_is_named_and_lowest_is_not_a_strength() {
    let mut answers = everywhere(5);
    answer_all(&mut answers, 5, 0);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.overall(), Some(100), "the figure stays");
    assert_eq!(result.unscored(), [5]);
    assert_eq!(result.lowest(), None);
    assert!(!result.all_strengths());
}

/// R4: three criteria below Strength are all listed (not the first two).
#[test]
fn r4_every_criterion_below_strength_is_listed() {
    let mut answers = everywhere(5);
    answer_all(&mut answers, 0, 1);
    answer_all(&mut answers, 1, 2);
    answer_all(&mut answers, 2, 2);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.priorities, [0, 1, 2]);
    assert_eq!(result.strengths, [3, 4, 5]);
    assert!((0..3).all(|i| result.band(i) == Some(Band::Priority)));
}

/// R5: everything "Neither": a tie, said as one; no "Lowest" picked by questionnaire order.
#[test]
fn r5_equal_scores_are_a_tie_not_a_pick() {
    let result = assess(second_edition(), &everywhere(3));
    assert_eq!(result.all_equal(), Some(50));
    assert_eq!(result.lowest(), None);
    assert_eq!(result.priorities.len(), 6, "all of them, not two");
    // Two criteria sharing the lowest score: no "Lowest" either.
    let mut answers = everywhere(5);
    answer_all(&mut answers, 1, 3);
    answer_all(&mut answers, 4, 3);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.lowest(), None);
    assert_eq!(result.all_equal(), None);
    answer_all(&mut answers, 4, 2);
    assert_eq!(assess(second_edition(), &answers).lowest(), Some(4));
}

/// R6 and R10: the band text is the person's view; the rule here is that mostly neutral
/// answers with one Disagree are not a strong disagreement (the wording test is in report).
#[test]
fn r6_mostly_neutral_answers_are_not_a_strong_disagreement() {
    let mut answers = everywhere(4);
    answer(&mut answers, 3, &[3, 3, 3, 3, 2]);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.criteria[3].score(), Some(45));
    assert_eq!(result.band(3), Some(Band::Priority));
    assert_eq!(result.strong_disagreement(3), Some(false));
}

/// R8: the Strength threshold stays on "Agree" (moving it would change every link's
/// figures); one "Neither" in 35 moves one criterion and the overall band, and a Disagree
/// balanced by a Strongly agree is no longer silent: it rules out the all-strengths message.
#[test]
fn r8_a_disagree_balanced_by_strongly_agree_still_shows() {
    let all_agree = assess(second_edition(), &everywhere(4));
    assert!(all_agree.all_strengths());
    let mut answers = everywhere(4);
    answer(&mut answers, 0, &[5, 5, 2, 4, 4, 4]);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.criteria[0].score(), Some(75));
    assert_eq!(result.any_disagreement(), Some(true));
    assert!(!result.all_strengths());
    assert_eq!(Rules::second_edition().strength_from, 75);
}

/// R12: everything equal and a Strength: no "Lowest".
#[test]
fn r12_no_lowest_when_every_criterion_is_a_strength() {
    let mut answers = everywhere(4);
    answer_all(&mut answers, 2, 5);
    let result = assess(second_edition(), &answers);
    assert_eq!(result.lowest(), None);
    assert!(result.all_strengths());
}

/// The rules hold for any number of criteria: 3 and 10.
fn made_up(scores: &[Option<u8>], dont_know: usize, strongly: usize) -> Assessment {
    let criteria: Vec<CriterionScore> = scores
        .iter()
        .enumerate()
        .map(|(index, score)| CriterionScore {
            criterion: index,
            statements: 6,
            answered: 6,
            scored: 6 - dont_know,
            dont_know,
            mean: score.map(f64::from),
            disagreement: Some(Disagreement {
                strongly,
                disagree: 0,
            }),
        })
        .collect();
    let rules = Rules::second_edition();
    let scored = scores.iter().flatten().count();
    let overall = (scored >= rules.criteria_for_overall(scores.len()))
        .then(|| scores.iter().flatten().map(|s| f64::from(*s)).sum::<f64>() / scored as f64);
    Assessment::from_criteria(criteria, overall, rules)
}

#[test]
fn the_rules_hold_for_three_and_ten_criteria() {
    assert_eq!(Rules::second_edition().criteria_for_overall(3), 2);
    assert_eq!(Rules::second_edition().criteria_for_overall(10), 9);
    assert_eq!(
        Rules::second_edition().criteria_for_overall(6),
        Rules::second_edition().criteria_for_overall(6)
    );
    let three = made_up(&[Some(40), Some(30), Some(20)], 0, 0);
    assert_eq!(three.priorities, [2, 1, 0]);
    assert_eq!(three.lowest(), Some(2));
    assert_eq!(three.overall_band(), Some(Band::Priority));
    let three = made_up(&[Some(50), Some(50), None], 0, 0);
    assert_eq!(three.all_equal(), Some(50));
    assert_eq!(three.lowest(), None);
    assert_eq!(three.unscored(), [2]);
    assert!(three.overall().is_some(), "two of three");
    let ten = made_up(&[Some(80); 10], 1, 0);
    assert!(ten.all_strengths(), "1 of 6 don't know is under a third");
    assert!(!ten.rests_on_few(9));
    let ten = made_up(&[Some(80); 10], 2, 0);
    assert!(ten.rests_on_few(9), "2 of 6 is a third");
    assert!(!ten.all_strengths(), "a third of all answers don't know");
    let ten = made_up(&[Some(80); 10], 1, 1);
    assert_eq!(ten.strongly_disagreed().len(), 10);
    assert!(!ten.all_strengths());
    let mut scores = [Some(90); 10];
    scores[7] = Some(40);
    scores[3] = Some(60);
    let ten = made_up(&scores, 0, 0);
    assert_eq!(ten.priorities, [7, 3]);
    assert_eq!(ten.strengths.len(), 8);
    assert_eq!(ten.lowest(), Some(7));
    assert_eq!(ten.overall_band(), Some(Band::Developing));
}

/// Property tests run natively only: proptest is a native dev-dependency, and the core's
/// tests are not run in the browser.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_answers() -> impl Strategy<Value = Answers> {
        let ids: Vec<String> = second_edition()
            .statements()
            .map(|(_, s)| s.id().to_string())
            .collect();
        proptest::collection::vec(proptest::option::of(0u8..=5), ids.len()).prop_map(move |codes| {
            ids.iter()
                .zip(codes)
                .filter_map(|(id, code)| code.map(|c| (id.clone(), Answer::try_from(c).unwrap())))
                .collect()
        })
    }

    proptest! {
        #[test]
        fn scores_stay_in_range_and_counts_add_up(answers in any_answers()) {
            let result = assess(second_edition(), &answers);
            prop_assert_eq!(result.answered(), answers.len());
            for c in &result.criteria {
                prop_assert_eq!(c.answered, c.scored + c.dont_know);
                prop_assert_eq!(c.mean.is_some(), c.scored >= Rules::second_edition().min_scored_answers);
                if let Some(score) = c.score() {
                    prop_assert!(score <= 100);
                }
            }
            let scores: Vec<u8> = result.criteria.iter().filter_map(|c| c.score()).collect();
            prop_assert_eq!(result.overall().is_some(), scores.len() >= Rules::second_edition().criteria_for_overall(6));
            if let Some(overall) = result.overall() {
                prop_assert!(overall >= *scores.iter().min().unwrap());
                prop_assert!(overall <= *scores.iter().max().unwrap());
                let any_priority = result.criteria.iter().any(|c| c.band(&result.rules) == Some(Band::Priority));
                prop_assert!(!any_priority || result.overall_band() < Some(Band::Strength));
                // Named only when it is the one lowest and below Strength (R5, R12).
                if let Some(lowest) = result.lowest() {
                    prop_assert_eq!(result.criteria[lowest].score(), scores.iter().min().copied());
                    prop_assert_eq!(scores.iter().filter(|s| Some(**s) == result.criteria[lowest].score()).count(), 1);
                    prop_assert!(result.band(lowest) < Some(Band::Strength));
                }
            }
            for p in &result.priorities {
                prop_assert!(result.band(*p) < Some(Band::Strength));
                prop_assert!(result.band(*p).is_some());
            }
            for s in &result.strengths {
                prop_assert_eq!(result.band(*s), Some(Band::Strength));
                prop_assert!(!result.priorities.contains(s));
            }
        }
    }
}
