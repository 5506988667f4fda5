//! Words and chart input for a result: the bridge from an `Assessment` to what people read.
//! Kept in the core so the wording is tested natively and shared by every view.

use super::questionnaire::{BandGuidance, Criterion, Questionnaire};
use super::radar::{RadarChart, RadarSeries};
use super::scoring::{Assessment, Band, CriterionScore, Rules, MIN_CRITERIA_FOR_OVERALL};

/// "56" or "not enough answers".
pub fn score_text(score: &CriterionScore) -> String {
    match score.score() {
        Some(value) => value.to_string(),
        None => "not enough answers".to_string(),
    }
}

/// "1 of 5 (20%)" style text for the "don't know" answers of a criterion.
pub fn dont_know_text(score: &CriterionScore) -> String {
    format!(
        "{} of {} ({}%)",
        score.dont_know,
        score.statements,
        (score.dont_know_rate() * 100.0).round()
    )
}

/// One sentence per criterion, used as the chart's `<desc>` so a screen reader hears every score.
pub fn describe(bank: &Questionnaire, assessment: &Assessment) -> String {
    let parts: Vec<String> = assessment
        .criteria
        .iter()
        .map(|score| {
            let name = &bank.criteria[score.criterion].name;
            match (score.score(), score.band()) {
                (Some(value), Some(band)) => {
                    format!(
                        "{name}: {value} out of 100, {}",
                        band.label().to_lowercase()
                    )
                }
                _ => format!("{name}: not enough answers"),
            }
        })
        .collect();
    format!("{}.", parts.join("; "))
}

/// The overall figure in words, as the picture and the printout give it. From the second edition
/// the lowest criterion is named beside it, so the average never stands alone.
pub fn overall_text(bank: &Questionnaire, assessment: &Assessment) -> String {
    match (assessment.overall(), assessment.overall_band()) {
        (Some(score), Some(band)) => {
            let overall = format!("{score} out of 100, {}", band.label().to_lowercase());
            match (assessment.rules, lowest_text(bank, assessment)) {
                (Rules::SecondEdition, Some(lowest)) => format!("{overall}; lowest: {lowest}"),
                _ => overall,
            }
        }
        _ => match assessment.rules {
            Rules::FirstEdition => "not enough answers yet".to_string(),
            Rules::SecondEdition => format!(
                "no overall figure: it needs at least {MIN_CRITERIA_FOR_OVERALL} of the 6 criteria scored"
            ),
        },
    }
}

/// "Trust (20)": the lowest scored criterion and its score.
pub fn lowest_text(bank: &Questionnaire, assessment: &Assessment) -> Option<String> {
    let lowest = assessment.lowest()?;
    let score = assessment.criteria[lowest].score()?;
    Some(format!("{} ({score})", bank.criteria[lowest].name))
}

/// The chart's accessible name.
pub fn chart_title(assessment: &Assessment) -> String {
    match assessment.overall() {
        Some(overall) => {
            format!("Radar chart of the six criteria, overall readiness {overall} out of 100")
        }
        None if assessment.scored_criteria().next().is_some() => {
            "Radar chart of the six criteria, no overall figure yet".to_string()
        }
        None => "Radar chart of the six criteria, no scores yet".to_string(),
    }
}

/// The radar chart of one assessment.
pub fn chart(bank: &Questionnaire, assessment: &Assessment, id: &str) -> RadarChart {
    RadarChart {
        id: id.to_string(),
        axes: bank.criteria.iter().map(|c| c.name.clone()).collect(),
        series: vec![RadarSeries {
            values: assessment
                .criteria
                .iter()
                .map(|c| c.score().map(f64::from))
                .collect(),
        }],
        show_values: true,
        title: chart_title(assessment),
        description: describe(bank, assessment),
    }
}

/// The radar chart of an assessment with an earlier one drawn behind it (second series), and
/// both described for screen readers.
pub fn chart_with_previous(
    bank: &Questionnaire,
    assessment: &Assessment,
    previous: &Assessment,
    previous_date: &str,
    id: &str,
) -> RadarChart {
    let mut chart = chart(bank, assessment, id);
    chart.series.push(RadarSeries {
        values: previous
            .criteria
            .iter()
            .map(|c| c.score().map(f64::from))
            .collect(),
    });
    chart.title = format!(
        "{}, with the result of {previous_date} behind it",
        chart.title
    );
    chart.description = format!(
        "{} Result of {previous_date}: {}",
        chart.description,
        describe(bank, previous)
    );
    chart
}

/// "+5", "−3", "no change", or "—" when either side has no score.
pub fn change_text(now: Option<u8>, before: Option<u8>) -> String {
    match (now, before) {
        (Some(now), Some(before)) if now > before => format!("+{}", now - before),
        (Some(now), Some(before)) if now < before => format!("\u{2212}{}", before - now),
        (Some(_), Some(_)) => "no change".to_string(),
        _ => "\u{2014}".to_string(),
    }
}

/// The guidance for a criterion's band, if it has a score.
pub fn guidance_for(criterion: &Criterion, band: Band) -> &BandGuidance {
    match band {
        Band::Strength => &criterion.guidance.strength,
        Band::Developing => &criterion.guidance.developing,
        Band::Priority => &criterion.guidance.priority,
    }
}

/// Names joined as "A and B" / "A, B and C".
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::questionnaire::{default_bank, Answer};
    use crate::core::scoring::{assess, Answers};

    fn sample() -> Assessment {
        let bank = default_bank();
        let mut answers = Answers::new();
        for statement in &bank.criteria[0].statements {
            answers.insert(statement.id.clone(), Answer::StronglyAgree);
        }
        for statement in &bank.criteria[3].statements[..3] {
            answers.insert(statement.id.clone(), Answer::Disagree);
        }
        answers.insert(bank.criteria[3].statements[3].id.clone(), Answer::DontKnow);
        assess(bank, &answers)
    }

    #[test]
    fn changes_are_signed_and_gaps_are_dashes() {
        assert_eq!(change_text(Some(60), Some(55)), "+5");
        assert_eq!(change_text(Some(50), Some(53)), "\u{2212}3");
        assert_eq!(change_text(Some(50), Some(50)), "no change");
        assert_eq!(change_text(None, Some(50)), "\u{2014}");
    }

    #[test]
    fn description_states_every_score() {
        let text = describe(default_bank(), &sample());
        assert!(text.starts_with("Commitment: 100 out of 100, strength;"));
        assert!(text.contains("Trust: 25 out of 100, priority;"));
        assert_eq!(text.matches("not enough answers").count(), 4);
        assert_eq!(
            chart_title(&sample()),
            "Radar chart of the six criteria, no overall figure yet"
        );
        assert_eq!(
            overall_text(default_bank(), &sample()),
            "no overall figure: it needs at least 5 of the 6 criteria scored"
        );
    }

    #[test]
    fn the_overall_figure_names_the_lowest_criterion() {
        let bank = default_bank();
        let mut answers = Answers::new();
        for (index, statement) in bank.statements() {
            let answer = if index == 3 {
                Answer::Disagree
            } else {
                Answer::StronglyAgree
            };
            answers.insert(statement.id.clone(), answer);
        }
        let result = assess(bank, &answers);
        let text = overall_text(bank, &result);
        assert!(text.ends_with(", developing; lowest: Trust (25)"), "{text}");
        assert_eq!(lowest_text(bank, &result).as_deref(), Some("Trust (25)"));
    }

    #[test]
    fn chart_carries_scores_and_gaps() {
        let chart = chart(default_bank(), &sample(), "live");
        assert_eq!(chart.axes.len(), 6);
        assert_eq!(
            chart.series[0].values,
            [Some(100.0), None, None, Some(25.0), None, None]
        );
    }

    #[test]
    fn texts() {
        let result = sample();
        assert_eq!(score_text(&result.criteria[0]), "100");
        assert_eq!(score_text(&result.criteria[1]), "not enough answers");
        assert_eq!(dont_know_text(&result.criteria[3]), "1 of 5 (20%)");
        assert_eq!(join_names(&["A"]), "A");
        assert_eq!(join_names(&["A", "B"]), "A and B");
        assert_eq!(join_names(&["A", "B", "C"]), "A, B and C");
    }
}
