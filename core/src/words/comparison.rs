//! A comparison in words and as a chart: each response's name and legend, the radar chart of
//! the mean and the responses (or the group's range), the lines of a picture or printout, and
//! the strong disagreements any response holds.

use crate::assess::compare::{Comparison, CriterionSpread, MIN_ROLE_GROUP, MIN_TO_COMPARE};
use crate::formats::snapshot::Snapshot;
use crate::questions::content::Content;
use crate::questions::set::Stage;
use crate::words::radar::{RadarChart, RadarSeries};

/// "Response 3" when the person gave no name.
pub fn display_name(content: &Content, responses: &[Snapshot], index: usize) -> String {
    let label = &responses[index].label;
    if label.is_empty() {
        content.format(
            "compare-response-unnamed",
            &[("number", (index + 1).into())],
        )
    } else {
        label.clone()
    }
}

/// A stage as the comparison names it inside a sentence ("still forming (not yet working
/// together)"), in the content's language.
pub fn stage_in_sentence(content: &Content, stage: Stage) -> String {
    content.text(&format!("compare-stage-{}", stage.id()))
}

/// What the legend says after a response's name: " · 23 November 2026 · overall 60 · still
/// forming (not yet working together) · first edition" (the stage and edition only when known and
/// first).
pub fn legend_details(content: &Content, snapshot: &Snapshot) -> String {
    let mut details = vec![
        snapshot.day.long(content),
        match snapshot.overall {
            Some(score) => content.format("compare-legend-overall", &[("score", score.into())]),
            None => content.text("compare-legend-no-overall"),
        },
    ];
    if let Some(stage) = snapshot.stage {
        details.push(stage_in_sentence(content, stage));
    }
    // A response's role is never named here: beside one response it may name the person.
    // Roles are shown only as groups (`role_lines`).
    match snapshot.edition() {
        1 => details.push(content.text("compare-legend-first-edition")),
        2 => details.push(content.text("compare-legend-second-edition")),
        _ => {}
    }
    let separator = content.text("compare-legend-separator");
    format!("{separator}{}", details.join(&separator))
}

/// What the comparison chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartView {
    /// The mean (series 0) and each response (series 1..) whose `visible` flag is set.
    Responses,
    /// Only the mean (series 0), the lowest (1) and the highest (2) score per criterion, so no
    /// individual response can be picked out.
    Group,
}

fn scores_of(values: impl Iterator<Item = Option<u8>>) -> RadarSeries {
    RadarSeries {
        values: values.map(|v| v.map(f64::from)).collect(),
    }
}

/// The radar chart of a comparison. Hidden responses keep their place as empty series, so each
/// response keeps its colour (a CSS class by position) when others are hidden.
pub fn chart(
    content: &Content,
    responses: &[Snapshot],
    comparison: &Comparison,
    visible: &[bool],
    view: ChartView,
    id: &str,
) -> RadarChart {
    let mean = RadarSeries {
        values: comparison.criteria.iter().map(|c| c.mean).collect(),
    };
    let mut series = vec![mean];
    let mean_values = describe_values(
        content,
        comparison
            .criteria
            .iter()
            .map(CriterionSpread::rounded_mean),
    );
    let mut description = vec![content.format(
        "compare-chart-mean",
        &[
            ("count", responses.len().into()),
            ("scores", mean_values.as_str().into()),
        ],
    )];
    match view {
        ChartView::Group => {
            series.push(scores_of(comparison.criteria.iter().map(|c| c.lowest)));
            series.push(scores_of(comparison.criteria.iter().map(|c| c.highest)));
            let lowest = describe_values(content, comparison.criteria.iter().map(|c| c.lowest));
            let highest = describe_values(content, comparison.criteria.iter().map(|c| c.highest));
            description.push(content.format(
                "compare-chart-range",
                &[
                    ("lowest", lowest.as_str().into()),
                    ("highest", highest.as_str().into()),
                ],
            ));
        }
        ChartView::Responses => {
            for (index, response) in responses.iter().enumerate() {
                let shown = visible.get(index).copied().unwrap_or(true);
                let scores = response.criteria.iter().map(|c| c.score.filter(|_| shown));
                series.push(scores_of(scores));
                if shown {
                    let name = display_name(content, responses, index);
                    let values =
                        describe_values(content, response.criteria.iter().map(|c| c.score));
                    description.push(content.format(
                        "compare-chart-response",
                        &[
                            ("name", name.as_str().into()),
                            ("scores", values.as_str().into()),
                        ],
                    ));
                }
            }
        }
    }
    RadarChart {
        id: id.to_string(),
        axes: crate::words::report::axes(content),
        series,
        show_values: true,
        title: content.format("compare-chart-title", &[("count", responses.len().into())]),
        description: description.join(" "),
    }
}

/// "Commitment 60, Trust no score, ..."
fn describe_values(content: &Content, values: impl Iterator<Item = Option<u8>>) -> String {
    content
        .questions
        .criteria
        .iter()
        .zip(values)
        .map(|(criterion, value)| {
            let name = criterion.name.as_str();
            match value {
                Some(v) => content.format(
                    "compare-chart-value",
                    &[("criterion", name.into()), ("score", v.into())],
                ),
                None => content.format("compare-chart-no-value", &[("criterion", name.into())]),
            }
        })
        .collect::<Vec<_>>()
        .join(&content.text("list-separator"))
}

/// "Trust: a strong disagreement in 2 of 5 responses", for each criterion with one (R1).
pub fn disagreement_items(content: &Content, comparison: &Comparison) -> Vec<String> {
    comparison
        .disagreements
        .iter()
        .map(|index| {
            content.format(
                "compare-disagreed-item",
                &[
                    (
                        "criterion",
                        content.questions.criteria[*index].name.as_str().into(),
                    ),
                    (
                        "count",
                        comparison.criteria[*index].strongly_disagreed.into(),
                    ),
                    ("total", comparison.responses.into()),
                ],
            )
        })
        .collect()
}

/// "2 of these results were made before …": which responses the disagreement counts leave out.
pub fn disagreement_unknown(content: &Content, comparison: &Comparison) -> Option<String> {
    (comparison.without_disagreement_info > 0).then(|| {
        content.format(
            "compare-disagreement-unknown",
            &[
                ("count", comparison.without_disagreement_info.into()),
                ("total", comparison.responses.into()),
            ],
        )
    })
}

/// What a comparison's picture says under its chart: each strong disagreement with how many
/// responses hold it, and the responses that cannot say.
pub fn disagreement_notes(content: &Content, comparison: &Comparison) -> Vec<String> {
    let mut notes: Vec<String> = disagreement_items(content, comparison)
        .into_iter()
        .map(|item| format!("{} {item}", crate::words::report::NOTE_MARK))
        .collect();
    notes.extend(disagreement_unknown(content, comparison));
    notes
}

/// One line per criterion for a picture or printout: "Trust: mean 48, from 20 to 85".
pub fn summary_lines(content: &Content, comparison: &Comparison) -> Vec<String> {
    comparison
        .criteria
        .iter()
        .map(|c| {
            let name = content.questions.criteria[c.criterion].name.as_str();
            let line = match (c.rounded_mean(), c.lowest, c.highest) {
                (Some(mean), Some(low), Some(high)) if c.scored >= MIN_TO_COMPARE => content
                    .format(
                        "compare-summary-range",
                        &[
                            ("criterion", name.into()),
                            ("mean", mean.into()),
                            ("lowest", low.into()),
                            ("highest", high.into()),
                        ],
                    ),
                (Some(mean), _, _) => content.format(
                    "compare-summary-one",
                    &[("criterion", name.into()), ("score", mean.into())],
                ),
                _ => content.format("compare-summary-none", &[("criterion", name.into())]),
            };
            // Marked where a response holds a strong disagreement; the notes say how many.
            if c.strongly_disagreed > 0 {
                format!("{line} {}", crate::words::report::NOTE_MARK)
            } else {
                line
            }
        })
        .collect()
}

/// One role three or more responses gave, in words: its name, how many gave it, its mean per
/// criterion and overall.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleLine {
    /// `Role::id`, for the page's `data-role`.
    pub id: &'static str,
    pub role: String,
    /// "3 responses".
    pub count: String,
    /// Per criterion, "Trust: 48" (or that it has too few scores to show).
    pub figures: Vec<String>,
    /// "Overall 60".
    pub overall: String,
}

/// The views by role that are shown: one line per role three or more responses gave, in
/// `Role::ALL` order. Roles fewer gave are not listed one by one (`roles_withheld`).
pub fn role_lines(content: &Content, comparison: &Comparison) -> Vec<RoleLine> {
    comparison
        .roles
        .iter()
        .filter_map(|group| {
            let view = group.view.as_ref()?;
            let figures =
                view.criteria
                    .iter()
                    .enumerate()
                    .map(|(index, score)| {
                        let name = content.questions.criteria[index].name.as_str();
                        match score {
                            Some(score) => content.format(
                                "compare-role-score",
                                &[("criterion", name.into()), ("score", (*score).into())],
                            ),
                            None => content
                                .format("compare-role-too-few", &[("criterion", name.into())]),
                        }
                    })
                    .collect();
            Some(RoleLine {
                id: group.role.id(),
                role: group.role.label(content),
                count: content.format("compare-role-count", &[("count", group.responses.into())]),
                figures,
                overall: match view.overall_mean {
                    Some(score) => {
                        content.format("compare-role-overall", &[("score", score.into())])
                    }
                    None => content.text("compare-legend-no-overall"),
                },
            })
        })
        .collect()
}

/// Why some roles are not shown: the roles fewer than three gave, named together with the
/// reason (never one by one with a count, which beside a single response would name it); or,
/// when no role can be shown, only the reason.
pub fn roles_withheld(content: &Content, comparison: &Comparison) -> Option<String> {
    let withheld: Vec<String> = comparison
        .roles
        .iter()
        .filter(|group| group.view.is_none())
        .map(|group| group.role.label(content))
        .collect();
    if withheld.is_empty() {
        return None;
    }
    let min = MIN_ROLE_GROUP.into();
    Some(if withheld.len() == comparison.roles.len() {
        content.format("compare-roles-none-shown", &[("min", min)])
    } else {
        content.format(
            "compare-roles-withheld",
            &[
                (
                    "roles",
                    crate::words::report::join_names(
                        content,
                        &withheld.iter().map(String::as_str).collect::<Vec<_>>(),
                    )
                    .as_str()
                    .into(),
                ),
                ("count", withheld.len().into()),
                ("min", min),
            ],
        )
    })
}

/// "2 responses gave no role", when some did and some did not.
pub fn roles_not_given(content: &Content, comparison: &Comparison) -> Option<String> {
    (!comparison.roles.is_empty() && comparison.without_role > 0).then(|| {
        content.format(
            "compare-roles-not-given",
            &[("count", comparison.without_role.into())],
        )
    })
}
