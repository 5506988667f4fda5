//! The results: overall readiness, the chart and its data table, strengths and priorities,
//! what is missing, and guidance for every criterion.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::questionnaire::default_bank;
use crate::core::report;
use crate::core::scoring::{Assessment, CriterionScore};
use crate::core::session::Position;
use crate::ui::state::Confirm;

use super::radar::RadarView;
use super::section::use_focus_after_move;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub assessment: Rc<Assessment>,
    pub moves: u64,
    pub on_go: Callback<Position>,
    pub on_ask: Callback<Confirm>,
}

#[component]
pub fn ResultsView(props: &ResultsProps) -> Html {
    let bank = default_bank();
    let result = &props.assessment;
    let heading = use_node_ref();
    use_focus_after_move(&heading, props.moves);
    let go = |index: usize| {
        let on_go = props.on_go.clone();
        Callback::from(move |_: MouseEvent| on_go.emit(Position::Section { index }))
    };
    let ask = |confirm: Confirm| {
        let on_ask = props.on_ask.clone();
        Callback::from(move |_: MouseEvent| on_ask.emit(confirm))
    };
    let names = |indexes: &[usize]| -> Vec<String> {
        indexes
            .iter()
            .map(|i| bank.criteria[*i].name.clone())
            .collect()
    };

    let overall = match (result.overall(), result.overall_band()) {
        (Some(score), Some(band)) => html! {
            <div class={classes!("overall", format!("band-{}", band.key()))}>
                <p class="overall-label">{ "Overall readiness" }</p>
                <p class="overall-score" data-testid="overall-score">{ score }<span class="overall-max">{ " / 100" }</span></p>
                <p class={classes!("band-badge", format!("band-{}", band.key()))}>{ band.label() }</p>
            </div>
        },
        _ => html! {
            <div class="overall overall-empty">
                <p class="overall-label">{ "Overall readiness" }</p>
                <p class="overall-score" data-testid="overall-score">{ "Not yet" }</p>
                <p>{ "Answer at least three statements in a section to see its score." }</p>
            </div>
        },
    };

    let missing = missing_summary(result);
    let chart = report::chart(bank, result, "results-chart");

    html! {
        <div class="results">
            <h1 id="results-heading" tabindex="-1" ref={heading}>{ "Your partnership readiness" }</h1>
            <div class="results-top">
                { overall }
                <div class="results-highlights">
                    if !result.strengths.is_empty() {
                        <p><strong>{ "Strengths: " }</strong>{ report::join_names(&names(&result.strengths).iter().map(String::as_str).collect::<Vec<_>>()) }</p>
                        <p><strong>{ "Priorities: " }</strong>{ report::join_names(&names(&result.priorities).iter().map(String::as_str).collect::<Vec<_>>()) }</p>
                    }
                    <p class="answered-note">{ format!("Based on {} of {} statements answered.", result.answered(), result.statements()) }</p>
                    if let Some(text) = missing {
                        <p class="missing-note" data-testid="missing-note">{ text }</p>
                    }
                </div>
            </div>

            <div class="results-grid">
                <RadarView chart={chart} class={classes!("radar-large")} />
                <table class="score-table">
                    <caption>{ "Scores by criterion (0 to 100)" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Criterion" }</th>
                            <th scope="col">{ "Score" }</th>
                            <th scope="col">{ "Band" }</th>
                            <th scope="col">{ "Don\u{2019}t know" }</th>
                            <th scope="col">{ "Answered" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for result.criteria.iter().map(score_row) }
                    </tbody>
                </table>
            </div>

            <h2>{ "What to do next" }</h2>
            <div class="guidance-list">
                { for result.criteria.iter().map(|score| guidance(score, go(score.criterion))) }
            </div>

            <div class="results-actions">
                <button type="button" class="button secondary" onclick={go(0)}>{ "Review my answers" }</button>
                <button type="button" class="button secondary" onclick={ask(Confirm::StartAgain)}>{ "Start again" }</button>
                <button type="button" class="button danger" onclick={ask(Confirm::DeleteEverything)}>{ "Delete my answers" }</button>
            </div>
        </div>
    }
}

fn score_row(score: &CriterionScore) -> Html {
    let criterion = &default_bank().criteria[score.criterion];
    let band = score.band();
    html! {
        <tr data-criterion={criterion.id.clone()}>
            <th scope="row">{ criterion.name.clone() }</th>
            <td class="score" data-testid={format!("score-{}", criterion.id)}>{ report::score_text(score) }</td>
            <td>
                if let Some(band) = band {
                    <span class={classes!("band-badge", format!("band-{}", band.key()))}>{ band.label() }</span>
                } else {
                    { "\u{2014}" }
                }
            </td>
            <td>{ report::dont_know_text(score) }</td>
            <td>{ format!("{} of {}", score.answered, score.statements) }</td>
        </tr>
    }
}

fn guidance(score: &CriterionScore, go: Callback<MouseEvent>) -> Html {
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
        None => html! {
            <p>
                { format!("There are not enough answers to score {} yet: it needs at least three answers other than \u{201c}Don\u{2019}t know\u{201d}. ", criterion.name) }
                <button type="button" class="link-button" onclick={go}>{ format!("Answer the {} statements", criterion.name) }</button>
            </p>
        },
    };
    let many_dont_know = score.dont_know * 2 > score.statements;
    html! {
        <section class={classes!("guidance", score.band().map(|b| format!("band-{}", b.key())))} aria-labelledby={format!("guidance-{}", criterion.id)}>
            <h3 id={format!("guidance-{}", criterion.id)}>
                { criterion.name.clone() }
                if let Some(band) = score.band() {
                    <span class={classes!("band-badge", format!("band-{}", band.key()))}>{ band.label() }</span>
                }
            </h3>
            { body }
            if many_dont_know {
                <p class="dont-know-note">{ format!("You chose \u{201c}Don\u{2019}t know\u{201d} for {} of the {} statements here. If others in the partnership feel the same, that gap in shared knowledge is worth raising.", score.dont_know, score.statements) }</p>
            }
        </section>
    }
}

/// "8 statements are unanswered: Trust (2), Conflict resolution (5)." or nothing.
fn missing_summary(result: &Assessment) -> Option<String> {
    let bank = default_bank();
    let gaps: Vec<String> = result
        .criteria
        .iter()
        .filter(|c| c.unanswered() > 0)
        .map(|c| format!("{} ({})", bank.criteria[c.criterion].name, c.unanswered()))
        .collect();
    if gaps.is_empty() {
        return None;
    }
    let count = result.unanswered();
    let noun = if count == 1 {
        "statement is"
    } else {
        "statements are"
    };
    Some(format!(
        "{count} {noun} unanswered: {}. You can go back and answer them at any time.",
        report::join_names(&gaps.iter().map(String::as_str).collect::<Vec<_>>())
    ))
}
