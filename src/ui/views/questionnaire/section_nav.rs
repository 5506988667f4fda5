//! Jump to any section (or the results) at any time.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::assess::scoring::Assessment;
use crate::core::assess::session::Position;
use crate::ui::content::use_content;

#[derive(Properties, PartialEq)]
pub struct SectionNavProps {
    pub position: Position,
    pub assessment: Rc<Assessment>,
    pub on_go: Callback<Position>,
}

#[component]
pub fn SectionNav(props: &SectionNavProps) -> Html {
    crate::ui::render_count::note("SectionNav");
    let content = use_content();
    let set = &content.questions;
    let item = |target: Position, number: String, name: String, status: String, done: bool| {
        let current = props.position == target;
        let on_go = props.on_go.clone();
        html! {
            <li>
                <button type="button"
                    class={classes!("nav-step", current.then_some("is-current"), done.then_some("is-done"))}
                    aria-current={current.then_some("step")}
                    onclick={move |_| on_go.emit(target)}>
                    <span class="nav-number" aria-hidden="true">{ number }</span>
                    <span class="nav-name">{ name }</span>
                    // The count is for screen readers; the number's colour shows it at a glance.
                    <span class="nav-status visually-hidden">{ status }</span>
                </button>
            </li>
        }
    };
    html! {
        <nav class="section-nav" aria-label={content.text("nav-label")}>
            <ol>
                { for set.criteria.iter().zip(&props.assessment.criteria).enumerate().map(|(index, (criterion, score))| {
                    item(
                        Position::Section { index },
                        (index + 1).to_string(),
                        criterion.name.clone(),
                        content.format("nav-answered", &[("answered", score.answered.into()), ("total", score.statements.into())]),
                        score.answered == score.statements,
                    )
                }) }
                { item(Position::Results, "★".to_string(), content.text("nav-results"), String::new(), false) }
            </ol>
        </nav>
    }
}
