//! The person's own results: overall readiness, the chart (optionally with the previous result
//! behind it) and its table, what is missing, guidance, sharing and earlier results.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::assess::feedback::feedback;
use crate::core::assess::scoring::{Answers, Assessment};
use crate::core::assess::session::Position;
use crate::core::formats::export::Imported;
use crate::core::formats::history::History;
use crate::core::formats::snapshot::Snapshot;
use crate::core::questions::role::Role;
use crate::core::questions::set::Stage;
use crate::core::text::calendar::Day;
use crate::core::text::clean::clean_label;
use crate::core::words::report;
use crate::ui::boot::use_boot;
use crate::ui::content::use_content;
use crate::ui::question_set::use_question_set;
use crate::ui::state::Confirm;

use crate::ui::components::radar::RadarView;
use crate::ui::components::result_parts::{
    criteria_guidance, highlights, overall_card, role_note, score_table, stage_note, OwnAnswers,
};
use crate::ui::views::questionnaire::section::use_focus_after_move;
use crate::ui::views::results::history::{previous_result, HistoryPanel};
use crate::ui::views::results::share::SharePanel;

#[derive(Properties, PartialEq, Clone)]
pub struct ResultsProps {
    pub assessment: Rc<Assessment>,
    pub answers: Rc<Answers>,
    pub label: AttrValue,
    pub stage: Option<Stage>,
    /// Who answered, if they said: it words the actions.
    pub role: Option<Role>,
    pub history: Rc<History>,
    pub today: Day,
    pub moves: u64,
    pub on_go: Callback<Position>,
    /// Go to one statement (by id) to answer it.
    pub on_statement: Callback<String>,
    pub on_ask: Callback<Confirm>,
    /// The result's name, as typed.
    pub on_label: Callback<String>,
    /// Answers read from an exported file.
    pub on_import: Callback<Imported>,
    /// False when the host switched sharing off: no links, pictures, files or comparison.
    #[prop_or(true)]
    pub sharing: bool,
}

#[component]
pub fn ResultsView(props: &ResultsProps) -> Html {
    let content = use_content();
    let wide_screen = use_boot().wide_screen;
    let set = use_question_set().get();
    let result = &props.assessment;
    let heading = use_node_ref();
    let show_previous = use_state(|| false);
    use_focus_after_move(&heading, props.moves);
    let feedback = feedback(set, &props.answers);
    let own = OwnAnswers {
        answers: &props.answers,
        feedback: &feedback,
        on_statement: props.on_statement.clone(),
        role: props.role,
    };
    // "Answer the statements still needed" leads to the first one without an answer.
    let first_missing = set
        .statements()
        .find(|(_, s)| !props.answers.contains_key(s.id()))
        .map(|(_, s)| s.id().to_string());
    let go = |position: Position| {
        let on_go = props.on_go.clone();
        Callback::from(move |_: MouseEvent| on_go.emit(position))
    };
    let ask = |confirm: Confirm| {
        let on_ask = props.on_ask.clone();
        Callback::from(move |_: MouseEvent| on_ask.emit(confirm))
    };

    let label = clean_label(&props.label);
    let current = Snapshot {
        role: props.role,
        ..Snapshot::of(set, result, props.today, &label, props.stage)
    };
    let previous = previous_result(set, &props.history, &current)
        .map(|snapshot| (snapshot.assessment(), snapshot.day.long(&content)));
    let compared = previous
        .as_ref()
        .filter(|_| *show_previous)
        .map(|(assessment, date)| (assessment, date.as_str()));
    let chart = match compared {
        Some((before, date)) => {
            report::chart_with_previous(&content, result, before, date, "results-chart")
        }
        None => report::chart(&content, result, "results-chart"),
    };
    let toggle_previous = {
        let show_previous = show_previous.clone();
        Callback::from(move |_: Event| show_previous.set(!*show_previous))
    };

    html! {
        <div class="results">
            <p class="print-only print-heading">
                { content.text("product-name") }{ " \u{b7} " }{ props.today.long(&content) }
                if !label.is_empty() { { " \u{b7} " }{ label.clone() } }
            </p>
            <h1 id="results-heading" tabindex="-1" ref={heading}>{ content.text("results-heading") }</h1>
            <div class="results-top">
                { overall_card(&content, result) }
                <div class="results-highlights">
                    { highlights(&content, result) }
                    // With every statement answered the progress bar already says so.
                    if result.unanswered() > 0 || result.dont_know() > 0 {
                        <p class="answered-note" data-testid="answered-note">{ report::answered_text(&content, result) }</p>
                    }
                    if let Some(text) = report::missing_summary(&content, result) {
                        <p class="missing-note" data-testid="missing-note">
                            { text }
                            if let Some(id) = first_missing {
                                { " " }
                                <button type="button" class="link-button" data-testid="answer-missing"
                                    onclick={let on_statement = props.on_statement.clone(); move |_: MouseEvent| on_statement.emit(id.clone())}>
                                    { content.text("results-answer-missing") }
                                </button>
                            }
                        </p>
                    }
                    if props.stage.is_some() {
                        { stage_note(&content, props.stage) }
                    } else {
                        <p class="stage-missing">
                            { content.text("results-stage-missing") }{ " " }
                            <button type="button" class="link-button" onclick={go(Position::Welcome)}>{ content.text("results-stage-missing-link") }</button>
                        </p>
                    }
                    { role_note(&content, props.role) }
                </div>
            </div>

            <div class="results-grid">
                <div class="chart-column">
                    <RadarView chart={chart} class={classes!("radar-large")} />
                    if let Some((_, date)) = &previous {
                        <div class="compare-toggle">
                            <input type="checkbox" id="show-previous" checked={*show_previous} onchange={toggle_previous} />
                            <label for="show-previous">{ content.format("results-show-previous", &[("date", date.into())]) }</label>
                        </div>
                        if *show_previous {
                            <p class="chart-key" aria-hidden="true">
                                <span class="key-swatch key-now"></span>{ content.text("results-key-now") }{ " " }
                                <span class="key-swatch key-before"></span>{ content.format("results-key-before", &[("date", date.into())]) }
                            </p>
                        }
                    }
                </div>
                { score_table(&content, result, compared, wide_screen) }
            </div>

            <h2>{ content.text("results-next-heading") }</h2>
            { criteria_guidance(&content, result, Some(&own), props.stage) }

            if props.sharing {
                <SharePanel assessment={props.assessment.clone()} answers={props.answers.clone()}
                    label={props.label.clone()} stage={props.stage} role={props.role} day={props.today} on_label={props.on_label.clone()} on_import={props.on_import.clone()} />
            }
            <HistoryPanel history={props.history.clone()} />

            <div class="results-actions">
                <button type="button" class="button secondary" onclick={go(Position::Section { index: 0 })}>{ content.text("results-review") }</button>
                <button type="button" class="button secondary" onclick={ask(Confirm::StartAgain)}>{ content.text("results-start-again") }</button>
                <button type="button" class="button danger" onclick={ask(Confirm::DeleteEverything)}>{ content.text("results-delete") }</button>
            </div>
        </div>
    }
}
