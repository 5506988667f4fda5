//! "Section 2 of 6 · 14 of 30 answered", always visible and announced politely to screen readers.

use yew::prelude::*;

use crate::core::questionnaire::default_bank;
use crate::core::session::Position;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub position: Position,
    pub answered: usize,
    pub total: usize,
}

#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let sections = default_bank().criteria.len();
    let place = match props.position {
        Position::Section { index } => format!("Section {} of {sections}", index + 1),
        Position::Results => "Results".to_string(),
        Position::Welcome => "Welcome".to_string(),
    };
    let text = format!("{place} · {} of {} answered", props.answered, props.total);
    html! {
        <div class="progress">
            <p class="progress-text" role="status" aria-live="polite" aria-atomic="true" id="progress-text">{ text }</p>
            <progress class="progress-bar" max={props.total.to_string()} value={props.answered.to_string()}
                aria-labelledby="progress-text"></progress>
        </div>
    }
}
