//! The pieces of a result page, shared by the person's own results and a shared snapshot: the
//! overall score, strengths and priorities, the score table and the guidance.

use yew::prelude::*;

use crate::core::questionnaire::default_bank;
use crate::core::report;
use crate::core::scoring::{Assessment, CriterionScore};

fn band_class(band: crate::core::scoring::Band) -> String {
    format!("band-{}", band.key())
}

/// The big overall number and its band.
pub fn overall_card(result: &Assessment) -> Html {
    match (result.overall(), result.overall_band()) {
        (Some(score), Some(band)) => html! {
            <div class={classes!("overall", band_class(band))}>
                <p class="overall-label">{ "Overall readiness" }</p>
                <p class="overall-score" data-testid="overall-score">{ score }<span class="overall-max">{ " / 100" }</span></p>
                <p class={classes!("band-badge", band_class(band))}>{ band.label() }</p>
            </div>
        },
        _ => html! {
            <div class="overall overall-empty">
                <p class="overall-label">{ "Overall readiness" }</p>
                <p class="overall-score" data-testid="overall-score">{ "Not yet" }</p>
                <p>{ "Answer at least three statements in a section to see its score." }</p>
            </div>
        },
    }
}

/// "Strengths: A and B" / "Priorities: C and D", when there are enough scores to say.
pub fn highlights(result: &Assessment) -> Html {
    let bank = default_bank();
    let names = |indexes: &[usize]| {
        let names: Vec<&str> = indexes
            .iter()
            .map(|i| bank.criteria[*i].name.as_str())
            .collect();
        report::join_names(&names)
    };
    if result.strengths.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <p><strong>{ "Strengths: " }</strong>{ names(&result.strengths) }</p>
            <p><strong>{ "Priorities: " }</strong>{ names(&result.priorities) }</p>
        </>
    }
}

/// The table beside the chart; with `previous`, a column of changes since then.
pub fn score_table(result: &Assessment, previous: Option<(&Assessment, &str)>) -> Html {
    html! {
        <table class="score-table">
            <caption>{ "Scores by criterion (0 to 100)" }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Criterion" }</th>
                    <th scope="col">{ "Score" }</th>
                    <th scope="col">{ "Band" }</th>
                    <th scope="col">{ "Don\u{2019}t know" }</th>
                    <th scope="col">{ "Answered" }</th>
                    if let Some((_, date)) = previous {
                        <th scope="col">{ "Change" }<span class="visually-hidden">{ format!(" since {date}") }</span></th>
                    }
                </tr>
            </thead>
            <tbody>
                { for result.criteria.iter().map(|score| {
                    let before = previous.map(|(p, _)| p.criteria[score.criterion].score());
                    score_row(score, before)
                }) }
            </tbody>
        </table>
    }
}

fn score_row(score: &CriterionScore, before: Option<Option<u8>>) -> Html {
    let criterion = &default_bank().criteria[score.criterion];
    let band = score.band();
    html! {
        <tr data-criterion={criterion.id.clone()}>
            <th scope="row">{ criterion.name.clone() }</th>
            <td class="score" data-testid={format!("score-{}", criterion.id)}>{ report::score_text(score) }</td>
            <td>
                if let Some(band) = band {
                    <span class={classes!("band-badge", band_class(band))}>{ band.label() }</span>
                } else {
                    { "\u{2014}" }
                }
            </td>
            <td>{ report::dont_know_text(score) }</td>
            <td>{ format!("{} of {}", score.answered, score.statements) }</td>
            if let Some(before) = before {
                <td class="change" data-testid={format!("change-{}", criterion.id)}>{ report::change_text(score.score(), before) }</td>
            }
        </tr>
    }
}

/// Guidance for every criterion. `answer_more` (own results only) offers a way to answer the
/// statements of a criterion that has too few answers to score.
pub fn guidance_list(result: &Assessment, answer_more: Option<&Callback<usize>>) -> Html {
    html! {
        <div class="guidance-list">
            { for result.criteria.iter().map(|score| guidance(score, answer_more)) }
        </div>
    }
}

fn guidance(score: &CriterionScore, answer_more: Option<&Callback<usize>>) -> Html {
    let criterion = &default_bank().criteria[score.criterion];
    let body = match score.band() {
        Some(band) => {
            let text = report::guidance_for(criterion, band);
            html! {
                <>
                    <p>{ text.summary.clone() }</p>
                    <ul>{ for text.actions.iter().map(|a| html! { <li>{ a.clone() }</li> }) }</ul>
                </>
            }
        }
        None => {
            let go = answer_more.map(|answer_more| {
                let answer_more = answer_more.clone();
                let index = score.criterion;
                Callback::from(move |_: MouseEvent| answer_more.emit(index))
            });
            html! {
                <p>
                    { format!("There are not enough answers to score {} yet: it needs at least three answers other than \u{201c}Don\u{2019}t know\u{201d}. ", criterion.name) }
                    if let Some(go) = go {
                        <button type="button" class="link-button" onclick={go}>{ format!("Answer the {} statements", criterion.name) }</button>
                    }
                </p>
            }
        }
    };
    let many_dont_know = score.dont_know * 2 > score.statements;
    html! {
        <section class={classes!("guidance", score.band().map(band_class))} aria-labelledby={format!("guidance-{}", criterion.id)}>
            <h3 id={format!("guidance-{}", criterion.id)}>
                { criterion.name.clone() }
                if let Some(band) = score.band() {
                    <span class={classes!("band-badge", band_class(band))}>{ band.label() }</span>
                }
            </h3>
            { body }
            if many_dont_know {
                <p class="dont-know-note">{ format!("\u{201c}Don\u{2019}t know\u{201d} was the answer to {} of the {} statements here. If others in the partnership feel the same, that gap in shared knowledge is worth raising.", score.dont_know, score.statements) }</p>
            }
        </section>
    }
}
