//! What a build without one of the later views shows in its place (see `ui::views`): which part
//! is not in this version, and the way back to the assessment. A person following an old link to
//! a page this site's build leaves out is told so, not shown a blank page.

use yew::prelude::*;

use crate::ui::components::page_frame::PageFrame;
use crate::ui::content::use_content;

/// The views a build may leave out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftOutView {
    Results,
    SharedResult,
    Comparison,
    Guide,
}

impl LeftOutView {
    /// The message naming it, and the test id of the page.
    fn message_key(self) -> &'static str {
        match self {
            LeftOutView::Results => "left-out-results",
            LeftOutView::SharedResult => "left-out-shared-result",
            LeftOutView::Comparison => "left-out-comparison",
            LeftOutView::Guide => "left-out-guide",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct LeftOutProps {
    pub view: LeftOutView,
    /// Inside the assessment (the results) the page's frame is already there; a routed view
    /// brings its own.
    #[prop_or_default]
    pub whole_page: bool,
    pub on_back: Callback<()>,
}

#[component]
pub fn LeftOut(props: &LeftOutProps) -> Html {
    let content = use_content();
    let on_back = {
        let on_back = props.on_back.clone();
        Callback::from(move |_: MouseEvent| on_back.emit(()))
    };
    let section = html! {
        <section class="left-out" data-testid={props.view.message_key()}>
            <h1>{ content.text("left-out-heading") }</h1>
            <p>{ content.text(props.view.message_key()) }</p>
            <button type="button" class="button primary" onclick={on_back}>{ content.text("left-out-back") }</button>
        </section>
    };
    if !props.whole_page {
        return section;
    }
    html! { <PageFrame>{ section }</PageFrame> }
}
