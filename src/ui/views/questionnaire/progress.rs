//! "Section 2 of 6 · 14 of 30 answered", always visible and announced politely to screen readers.

use yew::prelude::*;

use crate::core::assess::session::Position;
use crate::ui::content::use_content;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub position: Position,
    pub answered: usize,
    pub total: usize,
}

#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    crate::ui::render_count::note("Progress");
    let content = use_content();
    let sections = content.questions.criteria.len();
    let place = match props.position {
        Position::Section { index } => content.format(
            "progress-section",
            &[
                ("number", (index + 1).into()),
                ("sections", sections.into()),
            ],
        ),
        Position::Results => content.text("progress-results"),
        Position::Welcome => content.text("progress-welcome"),
    };
    let text = content.format(
        "progress-text",
        &[
            ("place", place.as_str().into()),
            ("answered", props.answered.into()),
            ("total", props.total.into()),
        ],
    );
    html! {
        <div class="progress">
            <p class="progress-text" role="status" aria-live="polite" aria-atomic="true" id="progress-text">{ text }</p>
            <progress class="progress-bar" max={props.total.to_string()} value={props.answered.to_string()}
                aria-labelledby="progress-text"></progress>
        </div>
    }
}
