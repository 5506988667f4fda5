//! The facilitator's guide as a printable page (`#facilitator-guide`), opened from the
//! comparison page: who takes part, how to run the session, knowledge gaps, when to repeat.

use yew::prelude::*;

use crate::ui::content::use_content;
use crate::ui::web;

use crate::ui::components::app_title::AppTitle;

#[derive(Properties, PartialEq, Clone)]
pub struct GuideProps {
    pub on_leave: Callback<()>,
}

#[component]
pub fn GuidePage(props: &GuideProps) -> Html {
    let content = use_content();
    let guide = &content.guide;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let status = use_state(String::new);
    let on_print = {
        let (content, status) = (content, status.clone());
        Callback::from(move |_: MouseEvent| {
            if let Err(error) = web::print(&content) {
                status.set(content.format(
                    "guide-page-print-failed",
                    &[("reason", error.as_str().into())],
                ));
            }
        })
    };
    let on_leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_: MouseEvent| on_leave.emit(()))
    };
    html! {
        <div class="app guide-page" lang={content.language.tag()}>
            <header class="app-header"><AppTitle /></header>
            <main id="main" class="app-main">
                <article class="guide" data-testid="facilitator-guide">
                    <h1 tabindex="-1" ref={heading}>{ guide.title.clone() }</h1>
                    <p class="lead">{ guide.intro.clone() }</p>
                    <div class="button-row no-print">
                        <button type="button" class="button primary" onclick={on_print}>{ content.text("guide-page-print") }</button>
                        <button type="button" class="button secondary" onclick={on_leave}>{ content.text("guide-page-leave") }</button>
                    </div>
                    if !status.is_empty() {
                        <p class="hint" role="status">{ (*status).clone() }</p>
                    }
                    { for guide.sections.iter().map(|section| html! {
                        <section class="guide-section">
                            <h2>{ section.heading.clone() }</h2>
                            { for section.paragraphs.iter().map(|p| html! { <p>{ p.clone() }</p> }) }
                            if !section.points.is_empty() {
                                <ul>{ for section.points.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                            }
                        </section>
                    }) }
                </article>
            </main>
        </div>
    }
}
