//! Words and chart input for a result: the bridge from an `Assessment` to what people read, in
//! the content's language. Kept in the core so the wording is tested natively and shared by every
//! view.

use crate::assess::scoring::{Assessment, CriterionScore};
use crate::questions::content::Content;
use crate::questions::rules::{Band, OverallNeeds};
use crate::questions::set::Stage;
use crate::questions::texts::{BandGuidance, CriterionText};
use crate::words::radar::{RadarChart, RadarSeries};

/// "56" or "not enough answers".
pub fn score_text(content: &Content, score: &CriterionScore) -> String {
    match score.score() {
        Some(value) => value.to_string(),
        None => content.text("score-not-enough"),
    }
}

/// A whole percentage, rounded half away from zero: the one rounding rule of every view.
pub fn percent(fraction: f64) -> i64 {
    (fraction * 100.0).round() as i64
}

/// "1 of 5 (20%)" style text for the "don't know" answers of a criterion.
pub fn dont_know_text(content: &Content, score: &CriterionScore) -> String {
    content.format(
        "score-dont-know-share",
        &[
            ("count", score.dont_know.into()),
            ("total", score.statements.into()),
            ("percent", percent(score.dont_know_rate()).into()),
        ],
    )
}

/// One sentence per criterion, used as the chart's `<desc>` so a screen reader hears every score.
pub fn describe(content: &Content, assessment: &Assessment) -> String {
    let parts: Vec<String> = assessment
        .criteria
        .iter()
        .map(|score| {
            let name = content.questions.criteria[score.criterion].name.as_str();
            match (score.score(), score.band(&assessment.rules)) {
                (Some(value), Some(band)) => content.format(
                    "score-criterion-sentence",
                    &[
                        ("criterion", name.into()),
                        ("score", value.into()),
                        ("band", band.label_in_sentence(content).as_str().into()),
                    ],
                ),
                _ => content.format("score-criterion-not-enough", &[("criterion", name.into())]),
            }
        })
        .collect();
    format!("{}.", parts.join("; "))
}

/// The overall figure in words, as the picture and the printout give it. From the second edition
/// the lowest criterion is named beside it, so the average never stands alone.
pub fn overall_text(content: &Content, assessment: &Assessment) -> String {
    match (assessment.overall(), assessment.overall_band()) {
        (Some(score), Some(band)) => {
            let overall = content.format(
                "score-overall-sentence",
                &[
                    ("score", score.into()),
                    ("band", band.label_in_sentence(content).as_str().into()),
                ],
            );
            match lowest_text(content, assessment) {
                Some(lowest) => content.format(
                    "score-overall-with-lowest",
                    &[
                        ("overall", overall.as_str().into()),
                        ("lowest", lowest.as_str().into()),
                    ],
                ),
                None => overall,
            }
        }
        _ => match assessment.rules.overall_needs {
            OverallNeeds::AnyScored => content.text("score-overall-not-enough-first-edition"),
            OverallNeeds::AllButUnscored(_) => content.format(
                "score-overall-not-enough",
                &[(
                    "needed",
                    assessment
                        .rules
                        .criteria_for_overall(assessment.criteria.len())
                        .into(),
                )],
            ),
        },
    }
}

/// "Trust (20)": the lowest scored criterion and its score.
pub fn lowest_text(content: &Content, assessment: &Assessment) -> Option<String> {
    let lowest = assessment.lowest()?;
    let score = assessment.criteria[lowest].score()?;
    Some(content.format(
        "score-lowest",
        &[
            (
                "criterion",
                content.questions.criteria[lowest].name.as_str().into(),
            ),
            ("score", score.into()),
        ],
    ))
}

/// The chart's accessible name.
pub fn chart_title(content: &Content, assessment: &Assessment) -> String {
    match assessment.overall() {
        Some(overall) => content.format("chart-title-overall", &[("overall", overall.into())]),
        None if assessment.scored_criteria().next().is_some() => {
            content.text("chart-title-no-overall")
        }
        None => content.text("chart-title-no-scores"),
    }
}

/// The chart's axes: the criteria's names in the content's language, in questionnaire order.
pub fn axes(content: &Content) -> Vec<String> {
    content
        .questions
        .criteria
        .iter()
        .map(|c| c.name.clone())
        .collect()
}

/// The radar chart of one assessment.
pub fn chart(content: &Content, assessment: &Assessment, id: &str) -> RadarChart {
    RadarChart {
        id: id.to_string(),
        axes: axes(content),
        series: vec![RadarSeries {
            values: assessment
                .criteria
                .iter()
                .map(|c| c.score().map(f64::from))
                .collect(),
        }],
        show_values: true,
        title: chart_title(content, assessment),
        description: describe(content, assessment),
    }
}

/// The radar chart of an assessment with an earlier one drawn behind it (second series), and
/// both described for screen readers.
pub fn chart_with_previous(
    content: &Content,
    assessment: &Assessment,
    previous: &Assessment,
    previous_date: &str,
    id: &str,
) -> RadarChart {
    let mut chart = chart(content, assessment, id);
    chart.series.push(RadarSeries {
        values: previous
            .criteria
            .iter()
            .map(|c| c.score().map(f64::from))
            .collect(),
    });
    chart.title = content.format(
        "chart-title-with-previous",
        &[
            ("title", chart.title.as_str().into()),
            ("date", previous_date.into()),
        ],
    );
    chart.description = content.format(
        "chart-description-with-previous",
        &[
            ("description", chart.description.as_str().into()),
            ("date", previous_date.into()),
            ("previous", describe(content, previous).as_str().into()),
        ],
    );
    chart
}

/// "+5", "−3", "no change", or "—" when either side has no score.
pub fn change_text(content: &Content, now: Option<u8>, before: Option<u8>) -> String {
    match (now, before) {
        (Some(now), Some(before)) if now > before => {
            content.format("change-up", &[("points", (now - before).into())])
        }
        (Some(now), Some(before)) if now < before => {
            content.format("change-down", &[("points", (before - now).into())])
        }
        (Some(_), Some(_)) => content.text("change-none"),
        _ => "\u{2014}".to_string(),
    }
}

/// The guidance for a criterion's band, if it has a score.
pub fn guidance_for(criterion: &CriterionText, band: Band) -> &BandGuidance {
    match band {
        Band::Strength => &criterion.guidance.strength,
        Band::Developing => &criterion.guidance.developing,
        Band::Priority => &criterion.guidance.priority,
    }
}

/// Names joined as "A and B" / "A, B and C" in the content's language.
pub fn join_names(content: &Content, names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [first, last] => content.format(
            "list-two",
            &[("first", (*first).into()), ("last", (*last).into())],
        ),
        [rest @ .., last] => {
            let rest = rest.join(&content.text("list-separator"));
            content.format(
                "list-more",
                &[("rest", rest.as_str().into()), ("last", (*last).into())],
            )
        }
    }
}

/// "8 statements are unanswered: Trust (2), Conflict resolution (5)." or nothing.
pub fn missing_summary(content: &Content, result: &Assessment) -> Option<String> {
    let gaps: Vec<String> = result
        .criteria
        .iter()
        .filter(|c| c.unanswered() > 0)
        .map(|c| {
            content.format(
                "results-missing-criterion",
                &[
                    (
                        "criterion",
                        content.questions.criteria[c.criterion].name.as_str().into(),
                    ),
                    ("count", c.unanswered().into()),
                ],
            )
        })
        .collect();
    if gaps.is_empty() {
        return None;
    }
    let names: Vec<&str> = gaps.iter().map(String::as_str).collect();
    Some(content.format(
        "results-missing",
        &[
            ("count", result.unanswered().into()),
            ("criteria", join_names(content, &names).as_str().into()),
        ],
    ))
}

/// A list of criteria by name: "Trust and Conflict resolution".
fn criteria_names(content: &Content, indexes: &[usize]) -> String {
    let names: Vec<&str> = indexes
        .iter()
        .map(|i| content.questions.criteria[*i].name.as_str())
        .collect();
    join_names(content, &names)
}

/// What the summary must say beside the lists so it never contradicts the answers, each a
/// sentence, in this order: disagreements named (R1), criteria without a score named (R3), a
/// third or more "Don't know" (R2), all scores equal (R5), and for a link made before links
/// carried disagreements, that it cannot say (issue 20, point 6).
pub fn summary_notes(content: &Content, result: &Assessment) -> Vec<String> {
    // A note naming criteria, when there are any to name.
    let naming = |key: &str, criteria: Vec<usize>| {
        (!criteria.is_empty()).then(|| {
            content.format(
                key,
                &[(
                    "criteria",
                    criteria_names(content, &criteria).as_str().into(),
                )],
            )
        })
    };
    let mut notes: Vec<String> = naming("results-disagreed", result.strongly_disagreed())
        .into_iter()
        .chain(naming("results-unscored", result.unscored()))
        .collect();
    notes.extend(whole_result_notes(content, result));
    notes
}

/// The notes about the whole result, the same on the page and in the picture: a third or more
/// "Don't know" (R2), all scores equal (R5), and for a link made before links carried
/// disagreements, that it cannot say.
fn whole_result_notes(content: &Content, result: &Assessment) -> Vec<String> {
    let mut notes = Vec::new();
    if result.many_dont_know() {
        notes.push(content.format(
            "results-many-dont-know",
            &[
                ("count", result.dont_know().into()),
                ("total", result.statements().into()),
            ],
        ));
    }
    if let Some(score) = result.all_equal() {
        notes.push(content.format("results-all-equal", &[("score", score.into())]));
    }
    if result.any_disagreement().is_none() && result.scored_criteria().next().is_some() {
        notes.push(content.text("results-no-disagreement-info"));
    }
    notes
}

/// The mark after a score line of a picture or printout whose figure alone would mislead; the
/// notes under the chart, which start with the same mark, say why.
pub const NOTE_MARK: &str = "*";

/// Whether a criterion's figure alone would mislead: a strong disagreement among its answers
/// (R1) or a score resting on few answers (R2).
pub fn needs_note(result: &Assessment, index: usize) -> bool {
    result.strong_disagreement(index) == Some(true) || result.rests_on_few(index)
}

/// What a picture of a result says under its chart, so the file never says less than the page:
/// the strong disagreements named (R1), each score resting on few answers with what it rests
/// on (R2), a third or more "Don't know" overall, all scores equal (R5), and for an older link
/// that it cannot say whether anything was disagreed with.
pub fn picture_notes(content: &Content, result: &Assessment) -> Vec<String> {
    let mut notes = Vec::new();
    let disagreed = result.strongly_disagreed();
    if !disagreed.is_empty() {
        notes.push(content.format(
            "picture-note-disagreed",
            &[
                ("mark", NOTE_MARK.into()),
                (
                    "criteria",
                    criteria_names(content, &disagreed).as_str().into(),
                ),
            ],
        ));
    }
    for index in (0..result.criteria.len()).filter(|i| result.rests_on_few(*i)) {
        let c = &result.criteria[index];
        notes.push(content.format(
            "picture-note-basis",
            &[
                ("mark", NOTE_MARK.into()),
                (
                    "criterion",
                    content.questions.criteria[c.criterion].name.as_str().into(),
                ),
                ("scored", c.scored.into()),
                ("total", c.statements.into()),
            ],
        ));
    }
    notes.extend(whole_result_notes(content, result));
    notes
}

/// "Answered: 18 of 35, and 17 “Don’t know”": answers on the scale only (R2).
pub fn answered_text(content: &Content, result: &Assessment) -> String {
    content.format(
        "results-answered-note",
        &[
            ("scored", result.scored_answers().into()),
            ("total", result.statements().into()),
            ("dontknow", result.dont_know().into()),
        ],
    )
}

/// A criterion's band as its badge reads: with what it rests on when a third or more was
/// "Don't know" (R2), and never an unqualified Strength with a strong disagreement (R1).
pub fn band_text(content: &Content, result: &Assessment, index: usize) -> Option<String> {
    let band = result.band(index)?;
    let c = &result.criteria[index];
    let label = band.label(content);
    let label = if result.rests_on_few(index) {
        content.format(
            "band-with-basis",
            &[
                ("band", label.as_str().into()),
                ("scored", c.scored.into()),
                ("total", c.statements.into()),
            ],
        )
    } else {
        label
    };
    Some(
        if band == Band::Strength && result.strong_disagreement(index) == Some(true) {
            content.format("band-with-disagreement", &[("band", label.as_str().into())])
        } else {
            label
        },
    )
}

/// How a criterion's band guidance opens: as the person's view (R6, R10), and for a
/// partnership still forming, a low criterion as what to set up now rather than a verdict (R7).
pub fn band_summary(
    content: &Content,
    result: &Assessment,
    index: usize,
    stage: Option<Stage>,
) -> Option<String> {
    let band = result.band(index)?;
    let criterion = &content.questions.criteria[result.criteria[index].criterion];
    if stage == Some(Stage::Forming) && band == Band::Priority {
        return Some(content.text("guidance-forming-set-up"));
    }
    // A Strength read with a strong disagreement in it: the summary must not say, unqualified,
    // the opposite of the statement the person disagreed with (R1).
    let key = if band == Band::Strength && result.strong_disagreement(index) == Some(true) {
        "guidance-your-view-but"
    } else {
        "guidance-your-view"
    };
    Some(content.format(
        key,
        &[(
            "summary",
            guidance_for(criterion, band).summary.as_str().into(),
        )],
    ))
}

/// Whether a criterion's guidance opens by itself: every Priority-band criterion (R4) and every
/// criterion with a strong disagreement (R1).
pub fn opens(result: &Assessment, index: usize) -> bool {
    result.band(index) == Some(Band::Priority) || result.strong_disagreement(index) == Some(true)
}

/// Every score with its band, as the lines of an image or a printout: "Trust: 56, developing",
/// in the content's language.
pub fn score_lines(content: &Content, assessment: &Assessment) -> Vec<String> {
    assessment
        .criteria
        .iter()
        .enumerate()
        .map(|(index, score)| {
            let name = content.questions.criteria[score.criterion].name.as_str();
            let line = match score.band(&assessment.rules) {
                Some(band) => content.format(
                    "picture-score-line",
                    &[
                        ("criterion", name.into()),
                        ("score", score_text(content, score).as_str().into()),
                        ("band", band.label_in_sentence(content).as_str().into()),
                    ],
                ),
                None => content.format("score-criterion-not-enough", &[("criterion", name.into())]),
            };
            // Marked when the figure alone would mislead; the picture's notes say why.
            if needs_note(assessment, index) {
                format!("{line} {}", NOTE_MARK)
            } else {
                line
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
