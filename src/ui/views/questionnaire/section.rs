//! One criterion's statements, with back/next and the live chart beside (or below) them.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::assess::scoring::{Answers, Assessment};
use crate::core::assess::session::Position;
use crate::core::questions::set::{Answer, Stage};
use crate::core::words::report;
use crate::ui::content::use_content;

use crate::ui::components::radar::RadarView;
use crate::ui::views::questionnaire::statement::StatementItem;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub index: usize,
    pub answers: Rc<Answers>,
    pub assessment: Rc<Assessment>,
    pub moves: u64,
    /// A statement to focus after the move instead of the heading.
    #[prop_or_default]
    pub focus_statement: Option<AttrValue>,
    /// A statement (by id) answered; passed to each statement as it is, so only the statement
    /// whose answer changed renders again.
    pub on_answer: Callback<(AttrValue, Answer)>,
    pub on_go: Callback<Position>,
    /// False when the host switched the welcome page off: the first section has no "back".
    #[prop_or(true)]
    pub has_intro: bool,
    /// How far along the person said the partnership is: a forming one is told to answer
    /// "Don't know" for what has not happened yet (R7).
    #[prop_or_default]
    pub stage: Option<Stage>,
}

#[component]
pub fn SectionView(props: &SectionProps) -> Html {
    crate::ui::render_count::note("SectionView");
    let content = use_content();
    let set = &content.questions;
    let index = props.index.min(set.criteria.len() - 1);
    let criterion = &set.criteria[index];
    let heading = use_node_ref();
    use_focus_after_move(&heading, props.moves);
    use_focus_statement(props.focus_statement.clone(), props.moves);

    // Numbered through the whole questionnaire; sections may differ in length.
    let first_number = set.criteria[..index]
        .iter()
        .map(|c| c.statements.len())
        .sum::<usize>()
        + 1;
    let last = index + 1 == set.criteria.len();
    let go = |position: Position| {
        let on_go = props.on_go.clone();
        Callback::from(move |_: MouseEvent| on_go.emit(position))
    };
    let back = if index == 0 {
        go(Position::Welcome)
    } else {
        go(Position::Section { index: index - 1 })
    };
    let next = if last {
        go(Position::Results)
    } else {
        go(Position::Section { index: index + 1 })
    };
    let next_label = if last {
        content.text("section-see-results")
    } else {
        content.format(
            "section-next",
            &[("criterion", set.criteria[index + 1].name.as_str().into())],
        )
    };
    let back_label = if index == 0 {
        content.text("section-back-to-introduction")
    } else {
        content.format(
            "section-back",
            &[("criterion", set.criteria[index - 1].name.as_str().into())],
        )
    };
    let chart = report::chart(&content, &props.assessment, "live-chart");

    html! {
        <div class="section-layout">
            <section class="questions" aria-labelledby="section-heading">
                <h1 id="section-heading" class="section-heading" tabindex="-1" ref={heading}>
                    <span class="section-kicker">{ content.format("progress-section", &[("number", (index + 1).into()), ("sections", set.criteria.len().into())]) }</span>
                    { criterion.name.clone() }
                </h1>
                <p class="section-meaning">{ criterion.meaning.clone() }</p>
                <p class="section-hint" data-testid="section-hint">
                    { content.text("section-hint") }
                    if props.stage == Some(Stage::Forming) {
                        { " " }{ content.text("section-hint-forming") }
                    }
                </p>
                { for criterion.statements.iter().enumerate().map(|(offset, statement)| html! {
                    <StatementItem
                        key={statement.id.clone()}
                        id={AttrValue::from(statement.id.clone())}
                        number={first_number + offset}
                        text={AttrValue::from(statement.text.clone())}
                        hint={statement.hint.clone().map(AttrValue::from)}
                        selected={props.answers.get(&statement.id).copied()}
                        on_answer={props.on_answer.clone()} />
                }) }
                <div class="section-buttons">
                    if index > 0 || props.has_intro {
                        <button type="button" class="button secondary" onclick={back}>
                            { back_label }
                        </button>
                    }
                    <button type="button" class="button primary" onclick={next}>{ next_label }</button>
                </div>
            </section>
            <aside class="live-chart" aria-labelledby="live-chart-heading">
                <h2 id="live-chart-heading" class="live-chart-heading">{ content.text("section-live-chart-heading") }</h2>
                <RadarView chart={chart} />
                <p class="live-chart-note">{ content.text("section-live-chart-note") }</p>
            </aside>
        </div>
    }
}

/// After a move to one statement (from the results), puts focus on its first option and
/// brings it into view, after the heading effect has run.
#[hook]
fn use_focus_statement(statement: Option<AttrValue>, moves: u64) {
    use_effect_with(moves, move |_| {
        let Some(statement) = statement else {
            return;
        };
        let first_option = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&format!("statement-{statement}")))
            .and_then(|fieldset| fieldset.query_selector("input").ok().flatten())
            .and_then(|input| input.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(input) = first_option {
            let _ = input.focus();
            input.scroll_into_view();
        }
    });
}

/// Moves keyboard and screen-reader focus to a view's heading after the person moved there,
/// but not on first load, when focus belongs to the page (and, embedded, to the host site).
#[hook]
pub fn use_focus_after_move(heading: &NodeRef, moves: u64) {
    let heading = heading.clone();
    use_effect_with(moves, move |moves| {
        if *moves > 0 {
            if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
            crate::ui::embed::show_top_in_host();
        }
    });
}
