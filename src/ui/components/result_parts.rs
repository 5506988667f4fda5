//! The pieces of a result page, shared by the person's own results and a shared snapshot: the
//! overall score, strengths and priorities, the score table and each criterion's guidance with
//! the statements behind it.

use yew::prelude::*;

use crate::core::assess::feedback::CriterionFeedback;
use crate::core::assess::scoring::{Answers, Assessment, CriterionScore};
use crate::core::questions::content::Content;
use crate::core::questions::role::Role;
use crate::core::questions::rules::{Band, OverallNeeds};
use crate::core::questions::set::{Answer, Stage};
use crate::core::words::report;

fn band_class(band: Band) -> String {
    format!("band-{}", band.key())
}

/// The big overall number and its band; from the second edition with the lowest criterion
/// beside it, and a word when a Priority holds the band down.
pub fn overall_card(content: &Content, result: &Assessment) -> Html {
    match (result.overall(), result.overall_band()) {
        (Some(score), Some(band)) => {
            let held_down = band < result.rules.band(score);
            let lowest = report::lowest_text(content, result);
            html! {
                <div class={classes!("overall", band_class(band))}>
                    <p class="overall-label">{ content.text("results-overall-label") }</p>
                    <p class="overall-score" data-testid="overall-score">{ score }<span class="overall-max">{ " / 100" }</span></p>
                    <p class={classes!("band-badge", band_class(band))} data-testid="overall-band">{ band.label(content) }</p>
                    if let Some(lowest) = lowest {
                        <p class="overall-lowest" data-testid="overall-lowest">{ content.format("results-overall-lowest", &[("lowest", lowest.as_str().into())]) }</p>
                    }
                    if held_down {
                        <p class="overall-held">{ content.text("results-overall-held") }</p>
                    }
                </div>
            }
        }
        _ => {
            let why = match result.rules.overall_needs {
                OverallNeeds::AnyScored => content.text("results-overall-why-first-edition"),
                OverallNeeds::AllButUnscored(_) => content.format(
                    "results-overall-why",
                    &[
                        (
                            "needed",
                            result
                                .rules
                                .criteria_for_overall(result.criteria.len())
                                .into(),
                        ),
                        ("scored", result.scored_criteria().count().into()),
                    ],
                ),
            };
            html! {
                <div class="overall overall-empty">
                    <p class="overall-label">{ content.text("results-overall-label") }</p>
                    <p class="overall-score" data-testid="overall-score">{ content.text("results-overall-not-yet") }</p>
                    <p data-testid="overall-why">{ why }</p>
                </div>
            }
        }
    }
}

fn names(content: &Content, indexes: &[usize]) -> String {
    let names: Vec<&str> = indexes
        .iter()
        .map(|i| content.questions.criteria[*i].name.as_str())
        .collect();
    report::join_names(content, &names)
}

/// "Strengths: A and B" / "Priorities: C and D"; when every criterion is a strength, says so and
/// how to keep it that way.
pub fn highlights(content: &Content, result: &Assessment) -> Html {
    if result.all_strengths() {
        let text = &content.questions.all_strengths;
        return html! {
            <div class="all-strengths" data-testid="all-strengths">
                <p><strong>{ content.text("results-all-strengths") }</strong>{ " " }{ text.summary.clone() }</p>
                <ul>{ for text.actions.iter().map(|a| html! { <li>{ a.clone() }</li> }) }</ul>
            </div>
        };
    }
    let strengths = (!result.strengths.is_empty()).then(|| {
        html! { <p data-testid="strengths"><strong>{ content.text("results-strengths") }</strong>{ " " }{ names(content, &result.strengths) }</p> }
    });
    let priorities = (!result.priorities.is_empty()).then(|| {
        html! { <p data-testid="priorities"><strong>{ content.text("results-priorities") }</strong>{ " " }{ names(content, &result.priorities) }</p> }
    });
    html! {
        <>
            { for strengths }{ for priorities }
            { for report::summary_notes(content, result).into_iter().map(|note| html! {
                <p class="summary-note" data-testid="summary-note">{ note }</p>
            }) }
        </>
    }
}

/// How far along the person placed the partnership, with what that means for the result.
pub fn stage_note(content: &Content, stage: Option<Stage>) -> Html {
    let Some(stage) = stage else {
        return Html::default();
    };
    let text = content.questions.stage(stage);
    // Open: the stage reframes every criterion below, so it is read first (R7).
    html! {
        <details class="stage-note" data-testid="stage-note" open=true>
            <summary>{ content.format("results-stage", &[("stage", text.name.as_str().into())]) }</summary>
            <p>{ text.advice.clone() }</p>
        </details>
    }
}

/// Who answered, when they said: the role travels with a shared result, and the actions on
/// one's own results are worded for it.
pub fn role_note(content: &Content, role: Option<Role>) -> Html {
    let Some(role) = role else {
        return Html::default();
    };
    html! {
        <p class="role-note" data-testid="role-note">
            { content.format("results-role", &[("role", role.label(content).as_str().into())]) }
        </p>
    }
}

/// Says a result was made with an earlier edition, whose statements (and, for the first, rules)
/// differ.
pub fn edition_note(content: &Content, edition: u32) -> Html {
    let key = match edition {
        1 => "results-first-edition-note",
        2 => "results-second-edition-note",
        _ => return Html::default(),
    };
    html! {
        <p class="edition-note" data-testid="edition-note">
            { content.text(key) }
        </p>
    }
}

/// The table beside the chart; with `previous`, a column of changes since then. It is a
/// disclosure, open where there is room beside the chart and closed on a phone, where the
/// chart's numbered key already gives every score; print always shows it. `wide_screen` is
/// `Boot`'s, read at start-up.
pub fn score_table(
    content: &Content,
    result: &Assessment,
    previous: Option<(&Assessment, &str)>,
    wide_screen: bool,
) -> Html {
    html! {
        <details class="score-details" open={wide_screen}>
            <summary>{ content.text("table-summary") }</summary>
        <table class="score-table">
            <caption>{ content.text("table-caption") }</caption>
            <thead>
                <tr>
                    <th scope="col">{ content.text("table-criterion") }</th>
                    <th scope="col">{ content.text("table-score") }</th>
                    <th scope="col">{ content.text("table-band") }</th>
                    <th scope="col">{ content.text("table-dont-know") }</th>
                    <th scope="col">{ content.text("table-answered") }</th>
                    if let Some((_, date)) = previous {
                        <th scope="col">{ content.text("table-change") }<span class="visually-hidden">{ " " }{ content.format("table-change-since", &[("date", (*date).into())]) }</span></th>
                    }
                </tr>
            </thead>
            <tbody>
                { for result.criteria.iter().map(|score| {
                    let before = previous.map(|(p, _)| p.criteria[score.criterion].score());
                    score_row(content, result, score, before)
                }) }
            </tbody>
        </table>
        </details>
    }
}

fn score_row(
    content: &Content,
    result: &Assessment,
    score: &CriterionScore,
    before: Option<Option<u8>>,
) -> Html {
    let criterion = &content.questions.criteria[score.criterion];
    let band = score.band(&result.rules);
    html! {
        <tr data-criterion={criterion.id.clone()}>
            <th scope="row">{ criterion.name.clone() }</th>
            <td class="score" data-testid={format!("score-{}", criterion.id)}>{ report::score_text(content, score) }</td>
            <td>
                if let (Some(band), Some(text)) = (band, report::band_text(content, result, score.criterion)) {
                    <span class={classes!("band-badge", band_class(band))}>{ text }</span>
                } else {
                    { "\u{2014}" }
                }
            </td>
            // data-label: on a phone the cells stack and each is labelled from the language file.
            <td data-label={content.text("table-dont-know")}>{ report::dont_know_text(content, score) }</td>
            // Answers on the scale only: "Don't know" has its own column (R2).
            <td data-label={content.text("table-answered")}>{ content.format("table-answered-count", &[("answered", score.scored.into()), ("total", score.statements.into())]) }</td>
            if let Some(before) = before {
                <td class="change" data-testid={format!("change-{}", criterion.id)}>{ report::change_text(content, score.score(), before) }</td>
            }
        </tr>
    }
}

/// The person's own answers behind a result, for statement-level feedback and for going
/// straight to the statements a criterion still needs.
#[derive(Clone, PartialEq)]
pub struct OwnAnswers<'a> {
    pub answers: &'a Answers,
    pub feedback: &'a [CriterionFeedback],
    /// Go to a statement (by id) to answer it.
    pub on_statement: Callback<String>,
    /// Who answered, if they said: each action is worded for them.
    pub role: Option<Role>,
}

/// Each criterion as a disclosure: the ones that need attention first open, the rest closed
/// until opened (print shows them all). A shared result has no answers, so only band guidance.
pub fn criteria_guidance(
    content: &Content,
    result: &Assessment,
    own: Option<&OwnAnswers<'_>>,
    stage: Option<Stage>,
) -> Html {
    html! {
        <div class="guidance-list">
            { for result.criteria.iter().map(|score| {
                let feedback = own.map(|own| (own, &own.feedback[score.criterion]));
                criterion_guidance(content, result, score, stage, feedback)
            }) }
        </div>
    }
}

fn criterion_guidance(
    content: &Content,
    result: &Assessment,
    score: &CriterionScore,
    stage: Option<Stage>,
    own: Option<(&OwnAnswers<'_>, &CriterionFeedback)>,
) -> Html {
    let criterion = &content.questions.criteria[score.criterion];
    // Every Priority-band criterion and every strong disagreement opens by itself (R1, R4).
    let open = report::opens(result, score.criterion);
    let disagreed = result.strong_disagreement(score.criterion) == Some(true);
    let band_guidance = score.band(&result.rules).map(|band| {
        let text = report::guidance_for(criterion, band);
        let summary = report::band_summary(content, result, score.criterion, stage)
            .unwrap_or_else(|| text.summary.clone());
        html! {
            <>
                <p data-testid={format!("band-summary-{}", criterion.id)}>{ summary }</p>
                <ul>{ for text.actions.iter().map(|a| html! { <li>{ a.clone() }</li> }) }</ul>
            </>
        }
    });
    // A disclosure on screen, so an open criterion stays short on a phone; print opens it, so
    // the questions are on every printout (issue 20, point 7).
    let discussion = (!criterion.discussion.is_empty()).then(|| {
        html! {
            <details class="statement-feedback discussion" data-testid={format!("discussion-{}", criterion.id)}>
                <summary>{ content.text("guidance-discussion") }</summary>
                <ul>{ for criterion.discussion.iter().map(|q| html! { <li>{ q.clone() }</li> }) }</ul>
            </details>
        }
    });
    let not_enough = score.band(&result.rules).is_none().then(|| {
        html! {
            <p class="not-enough">{ content.format("guidance-not-enough", &[("criterion", criterion.name.as_str().into())]) }</p>
        }
    });
    let statements =
        own.map(|(own, feedback)| statement_feedback(content, score, own, feedback, disagreed));
    let many_dont_know = result.rests_on_few(score.criterion);
    html! {
        <details class={classes!("guidance", score.band(&result.rules).map(band_class))} open={open} data-criterion={criterion.id.clone()}>
            <summary>
                <h3 id={format!("guidance-{}", criterion.id)} class="summary-heading">
                    <span class="guidance-name">{ criterion.name.clone() }</span>
                    if let (Some(band), Some(text)) = (score.band(&result.rules), report::band_text(content, result, score.criterion)) {
                        <span class={classes!("band-badge", band_class(band))} data-testid={format!("band-{}", criterion.id)}>{ text }</span>
                    } else {
                        <span class="band-badge band-none">{ content.text("guidance-band-none") }</span>
                    }
                </h3>
                // The knowledge-gap note sits beside the score it weakens, seen even while the
                // criterion is closed (R2): inside the summary, so a span, shown as a block.
                if many_dont_know {
                    <span class="dont-know-note" data-testid={format!("knowledge-gap-{}", criterion.id)}>{ content.format("guidance-knowledge-gap", &[("count", score.dont_know.into()), ("total", score.statements.into())]) }</span>
                }
            </summary>
            { for not_enough }
            { for band_guidance }
            { for statements }
            { for discussion }
        </details>
    }
}

/// The statements that pulled a criterion down and those answered "Don't know", each with its
/// action; for a criterion without a score, the statements it still needs, each a way there.
fn statement_feedback(
    content: &Content,
    score: &CriterionScore,
    own: &OwnAnswers<'_>,
    feedback: &CriterionFeedback,
    disagreed: bool,
) -> Html {
    let criterion = &content.questions.criteria[score.criterion];
    let item = |index: &usize| {
        let statement = &criterion.statements[*index];
        let answer = own.answers.get(&statement.id).copied();
        html! {
            <li data-statement={statement.id.clone()}>
                <q class="feedback-statement">{ statement.text.clone() }</q>
                if let Some(answer) = answer {
                    <span class="feedback-answer">{ " " }{ content.format("feedback-you-answered", &[("answer", answer.label(content).as_str().into())]) }</span>
                }
                <p class="feedback-action">{ statement.action.for_role(own.role) }</p>
            </li>
        }
    };
    let go_to = |index: &usize| {
        let statement = &criterion.statements[*index];
        let on_statement = own.on_statement.clone();
        let id = statement.id.clone();
        let status = match own.answers.get(&statement.id) {
            Some(Answer::DontKnow) => content.text("feedback-status-dont-know"),
            _ => content.text("feedback-status-unanswered"),
        };
        html! {
            <li data-statement={statement.id.clone()}>
                <button type="button" class="link-button" onclick={move |_: MouseEvent| on_statement.emit(id.clone())}>
                    { statement.text.clone() }
                </button>
                <span class="print-only">{ statement.text.clone() }</span>
                <span class="feedback-answer">{ " " }{ content.format("feedback-status", &[("status", status.as_str().into())]) }</span>
            </li>
        }
    };
    if score.score().is_none() {
        let missing = feedback.missing();
        return html! {
            <div class="statement-feedback" data-testid={format!("missing-{}", criterion.id)}>
                <h4 class="feedback-heading">{ content.text("feedback-still-to-answer") }</h4>
                <ul class="feedback-list">{ for missing.iter().map(go_to) }</ul>
            </div>
        };
    }
    // A strong disagreement's statements are listed open, with no disclosure to open (R1);
    // its "Don't know" statements stay behind one, so an open criterion stays short.
    if disagreed {
        let dont_know = CriterionFeedback {
            pulled_down: Vec::new(),
            ..feedback.clone()
        };
        return html! {
            <>
                <div class="statement-feedback">
                    <h4 class="feedback-heading">{ content.text("feedback-pulled-down") }</h4>
                    <ul class="feedback-list" data-testid={format!("pulled-down-{}", criterion.id)}>{ for feedback.pulled_down.iter().map(item) }</ul>
                </div>
                { statement_feedback(content, score, own, &dont_know, false) }
            </>
        };
    }
    let count = feedback.pulled_down.len() + feedback.dont_know.len();
    if count == 0 {
        return Html::default();
    }
    html! {
        <details class="statement-feedback">
            <summary>{ content.format("feedback-summary", &[("count", count.into())]) }</summary>
            if !feedback.pulled_down.is_empty() {
                <h4 class="feedback-heading">{ content.text("feedback-pulled-down") }</h4>
                <ul class="feedback-list" data-testid={format!("pulled-down-{}", criterion.id)}>{ for feedback.pulled_down.iter().map(item) }</ul>
            }
            if !feedback.dont_know.is_empty() {
                <h4 class="feedback-heading">{ content.text("feedback-dont-know") }</h4>
                <ul class="feedback-list" data-testid={format!("dont-know-{}", criterion.id)}>{ for feedback.dont_know.iter().map(item) }</ul>
            }
        </details>
    }
}
