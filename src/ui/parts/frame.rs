//! A part's place while it is not here: loading, failed (try again), or updated (reload, or
//! try again). Shared by every view part (`LazyView`) and the chart (`RadarView`).

use yew::prelude::*;

use super::Status;
use crate::ui::components::page_frame::PageFrame;
use crate::ui::content::use_content;
use crate::ui::web;

#[derive(Properties, PartialEq)]
pub struct PartFrameProps {
    pub status: Status,
    pub on_retry: Callback<()>,
    /// A routed view's place: the page's frame around it.
    #[prop_or_default]
    pub whole_page: bool,
    /// The chart's place, under the live chart's own heading: the notice's heading is an `h3`.
    /// A view's place has the page's `h1`.
    #[prop_or_default]
    pub in_chart: bool,
}

/// A part's place while it is not here: loading, failed (try again), or updated (reload, or try
/// again: a server that still has this build's files may only have been slow).
#[component]
pub fn PartFrame(props: &PartFrameProps) -> Html {
    let content = use_content();
    let on_retry = props.on_retry.reform(|_: MouseEvent| ());
    let retry = |class: &'static str| {
        html! {
            <button type="button" class={classes!("button", class)} onclick={on_retry.clone()}>
                { content.text("part-failed-retry") }
            </button>
        }
    };
    let heading_tag = if props.in_chart { "h3" } else { "h1" };
    let text = |heading: &str, body: &str| {
        html! {
            <div class="part-notice-text">
                <@{heading_tag} class="part-notice-heading">{ content.text(heading) }</@>
                <p>{ content.text(body) }</p>
            </div>
        }
    };
    let inner = match props.status {
        // A view's place while it loads: the line is its heading until the view comes.
        Status::Ready | Status::Loading => html! {
            <@{heading_tag} class="part-loading" role="status" data-testid="part-loading">
                { content.text("part-loading") }
            </@>
        },
        Status::Failed => html! {
            <div class="notice notice-warning part-notice" role="alert" data-testid="part-failed">
                { text("part-failed-heading", "part-failed") }
                <div class="notice-actions">{ retry("primary") }</div>
            </div>
        },
        Status::Updated => html! {
            <div class="notice notice-warning part-notice" role="alert" data-testid="part-updated">
                { text("part-updated-heading", "part-updated") }
                <div class="notice-actions">
                    <button type="button" class="button primary" onclick={|_: MouseEvent| web::reload()}>
                        { content.text("part-updated-reload") }
                    </button>
                    { retry("secondary") }
                </div>
            </div>
        },
    };
    match props.whole_page {
        true => html! { <PageFrame>{ inner }</PageFrame> },
        false => inner,
    }
}
