//! `LazyView`: a part's view once the part is here; until then its place says what is
//! happening. Only the small shell is generic (one copy per part); loading and retrying
//! (`load::use_load`) and the words (`PartFrame`) are compiled once.

use yew::prelude::*;

use super::{use_load, LazyPart, Status};
use crate::ui::components::app_title::AppTitle;
use crate::ui::content::use_content;
use crate::ui::web;

#[derive(Properties, PartialEq)]
pub struct LazyViewProps<P: PartialEq> {
    /// The view's own props, passed on unchanged once its part is here.
    pub props: P,
    /// A routed view brings the page's frame with it; inside the assessment (the results) the
    /// frame is already there.
    #[prop_or_default]
    pub whole_page: bool,
}

#[component]
pub fn LazyView<T: LazyPart>(props: &LazyViewProps<T::Props>) -> Html {
    // Without the `split` feature a part's load is a plain call that fills its slot at once, so
    // a test or a native render never sees a loading state.
    #[cfg(not(feature = "split"))]
    drop(T::load());
    let (status, on_retry) = use_load(T::slot().get().is_some(), T::load);
    match T::slot().get() {
        Some(given) => T::show(*given, &props.props),
        None => html! { <PartFrame {status} {on_retry} whole_page={props.whole_page} /> },
    }
}

#[derive(Properties, PartialEq)]
struct PartFrameProps {
    status: Status,
    on_retry: Callback<()>,
    whole_page: bool,
}

/// A part's place while it is not here: loading, failed (try again), or updated (reload).
#[component]
fn PartFrame(props: &PartFrameProps) -> Html {
    let content = use_content();
    let inner = match props.status {
        Status::Ready | Status::Loading => html! {
            <p class="part-loading" role="status" data-testid="part-loading">
                { content.text("part-loading") }
            </p>
        },
        Status::Failed => {
            let on_retry = props.on_retry.reform(|_: MouseEvent| ());
            html! {
                <section class="part-notice" role="alert" data-testid="part-failed">
                    <p>{ content.text("part-failed") }</p>
                    <button type="button" class="button primary" onclick={on_retry}>
                        { content.text("part-failed-retry") }
                    </button>
                </section>
            }
        }
        Status::Updated => html! {
            <section class="part-notice" role="alert" data-testid="part-updated">
                <p>{ content.text("part-updated") }</p>
                <button type="button" class="button primary" onclick={|_: MouseEvent| web::reload()}>
                    { content.text("part-updated-reload") }
                </button>
            </section>
        },
    };
    if !props.whole_page {
        return inner;
    }
    html! {
        <div class="app" lang={content.language.tag()}>
            <header class="app-header"><AppTitle /></header>
            <main id="main" class="app-main">{ inner }</main>
        </div>
    }
}
