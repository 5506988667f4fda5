//! Tests of `report` (report.rs), kept beside it so the module itself stays short.

use super::*;
use crate::assess::scoring::{assess, every_statement, Answers};
use crate::questions::set::{built_in_edition, Answer, QuestionSet};

fn en() -> &'static Content {
    Content::english()
}

/// These tests were written against the second edition's shape (its statement counts give their
/// figures); the third edition is scored by the same rules, so they keep that shape.
fn second_edition() -> &'static QuestionSet {
    built_in_edition(2).expect("the second edition is kept")
}

fn sample() -> Assessment {
    let set = second_edition();
    let mut answers = Answers::new();
    for statement in set.criteria()[0].statements() {
        answers.insert(statement.id().to_string(), Answer::StronglyAgree);
    }
    for statement in &set.criteria()[3].statements()[..3] {
        answers.insert(statement.id().to_string(), Answer::Disagree);
    }
    answers.insert(
        set.criteria()[3].statements()[3].id().to_string(),
        Answer::DontKnow,
    );
    assess(set, &answers)
}

#[test]
fn changes_are_signed_and_gaps_are_dashes() {
    assert_eq!(change_text(en(), Some(60), Some(55)), "+5");
    assert_eq!(change_text(en(), Some(50), Some(53)), "\u{2212}3");
    assert_eq!(change_text(en(), Some(50), Some(50)), "no change");
    assert_eq!(change_text(en(), None, Some(50)), "\u{2014}");
}

#[test]
fn description_states_every_score() {
    let text = describe(en(), &sample());
    assert!(text.starts_with("Commitment: 100 out of 100, strength;"));
    assert!(text.contains("Trust: 25 out of 100, priority;"));
    assert_eq!(text.matches("not enough answers").count(), 4);
    assert_eq!(
        chart_title(en(), &sample()),
        "Radar chart of the six criteria, no overall figure yet"
    );
    assert_eq!(
        overall_text(en(), &sample()),
        "no overall figure: it needs at least 5 of the 6 criteria scored"
    );
}

#[test]
fn the_overall_figure_names_the_lowest_criterion() {
    let set = second_edition();
    let mut answers = Answers::new();
    for (index, statement) in set.statements() {
        let answer = if index == 3 {
            Answer::Disagree
        } else {
            Answer::StronglyAgree
        };
        answers.insert(statement.id().to_string(), answer);
    }
    let result = assess(set, &answers);
    let text = overall_text(en(), &result);
    assert!(text.ends_with(", developing; lowest: Trust (25)"), "{text}");
    assert_eq!(lowest_text(en(), &result).as_deref(), Some("Trust (25)"));
}

#[test]
fn chart_carries_scores_and_gaps() {
    let chart = chart(en(), &sample(), "live");
    assert_eq!(chart.axes.len(), 6);
    assert_eq!(
        chart.series[0].values,
        [Some(100.0), None, None, Some(25.0), None, None]
    );
}

#[test]
fn texts() {
    let result = sample();
    assert_eq!(score_text(en(), &result.criteria[0]), "100");
    assert_eq!(score_text(en(), &result.criteria[1]), "not enough answers");
    assert_eq!(dont_know_text(en(), &result.criteria[3]), "1 of 5 (20%)");
    assert_eq!(join_names(en(), &["A"]), "A");
    assert_eq!(join_names(en(), &["A", "B"]), "A and B");
    assert_eq!(join_names(en(), &["A", "B", "C"]), "A, B and C");
    assert_eq!(
        missing_summary(en(), &result).as_deref(),
        Some("25 statements are unanswered: Clarity of purpose (6), Coordination (6), Trust (1), Communication (6) and Conflict resolution (6).")
    );
}

fn answered(codes: &[(usize, u8)], rest: u8) -> Assessment {
    let set = second_edition();
    let mut answers = Answers::new();
    for (index, statement) in set.statements() {
        let code = codes
            .iter()
            .find(|(c, _)| *c == index)
            .map_or(rest, |(_, code)| *code);
        answers.insert(statement.id().to_string(), Answer::try_from(code).unwrap());
    }
    assess(set, &answers)
}

#[test]
fn r1_the_summary_names_a_strong_disagreement_and_the_badge_qualifies_it() {
    let set = second_edition();
    let mut answers = every_statement(set, Answer::StronglyAgree);
    answers.insert("trust-10".into(), Answer::StronglyDisagree);
    let result = assess(set, &answers);
    let notes = summary_notes(en(), &result);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains("Trust"), "{notes:?}");
    assert_eq!(
        band_text(en(), &result, 3).as_deref(),
        Some("Strength, with a strong disagreement")
    );
    assert!(opens(&result, 3));
    assert_eq!(band_text(en(), &result, 0).as_deref(), Some("Strength"));
    // Its summary is qualified, not the plain Strength verdict; the others are not.
    let trust = band_summary(en(), &result, 3, None).unwrap();
    assert!(
        trust.starts_with("Mostly, your answers suggest this"),
        "{trust}"
    );
    assert!(trust.contains("disagreed"), "{trust}");
    let commitment = band_summary(en(), &result, 0, None).unwrap();
    assert!(
        commitment.starts_with("Your answers suggest this: "),
        "{commitment}"
    );
}

#[test]
fn r2_a_band_says_what_it_rests_on_and_answered_leaves_dont_know_out() {
    let set = second_edition();
    let mut answers = Answers::new();
    for (index, criterion) in set.criteria().iter().enumerate() {
        for (i, statement) in criterion.statements().iter().enumerate() {
            let answer = if i % 2 == 0 {
                Answer::Agree
            } else {
                Answer::DontKnow
            };
            answers.insert(statement.id().to_string(), answer);
        }
        let _ = index;
    }
    let result = assess(set, &answers);
    assert_eq!(
        band_text(en(), &result, 0).as_deref(),
        Some("Strength, from 3 of 6 answers")
    );
    let notes = summary_notes(en(), &result);
    assert!(notes.iter().any(|n| n.contains("17 of 35")), "{notes:?}");
    assert_eq!(
        answered_text(en(), &result),
        "Answered on the scale: 18 of 35; “Don’t know”: 17."
    );
}

#[test]
fn r3_a_criterion_without_a_score_is_named_in_the_summary() {
    let result = answered(&[(5, 0)], 5);
    let notes = summary_notes(en(), &result);
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("No score yet: Conflict resolution")),
        "{notes:?}"
    );
    assert_eq!(lowest_text(en(), &result), None);
}

#[test]
fn r5_equal_scores_are_said_to_be_equal() {
    let result = answered(&[], 3);
    let notes = summary_notes(en(), &result);
    assert!(notes.iter().any(|n| n.contains("(50)")), "{notes:?}");
    assert_eq!(lowest_text(en(), &result), None);
    assert!(!overall_text(en(), &result).contains("lowest"));
}

#[test]
fn r6_r10_band_texts_speak_as_the_persons_view() {
    let result = answered(&[], 2);
    let text = band_summary(en(), &result, 3, Some(Stage::OneToThree)).unwrap();
    assert!(text.starts_with("Your answers suggest this: "), "{text}");
}

#[test]
fn r7_a_forming_partnerships_low_criterion_is_what_to_set_up() {
    let result = answered(&[], 2);
    let text = band_summary(en(), &result, 5, Some(Stage::Forming)).unwrap();
    assert!(text.contains("still forming"), "{text}");
    assert!(!text.contains("left to grow"), "{text}");
    // A Developing criterion keeps its summary, as the person's view.
    let result = answered(&[], 3);
    let text = band_summary(en(), &result, 5, Some(Stage::Forming)).unwrap();
    assert!(text.starts_with("Your answers suggest this: "), "{text}");
}

#[test]
fn a_link_without_disagreement_counts_makes_no_claim() {
    let mut result = answered(&[], 5);
    for c in &mut result.criteria {
        c.disagreement = None;
    }
    assert!(!result.all_strengths());
    let notes = summary_notes(en(), &result);
    assert!(notes.iter().any(|n| n.contains("cannot show")), "{notes:?}");
}

#[test]
fn score_lines_name_each_criterion_its_score_and_band() {
    let set = second_edition();
    let result = assess(set, &every_statement(set, Answer::Agree));
    let lines = score_lines(en(), &result);
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0], "Commitment: 75, strength");
}
