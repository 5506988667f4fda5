//! `LazyView`: a part's view once the part is here; until then its place says what is
//! happening. Only the small shell is generic (one copy per part); loading, retrying and the
//! words are in `use_load` and `PartFrame`, compiled once.

use gloo_events::EventListener;
use yew::prelude::*;

use super::{build_check, LazyPart, Loading, PartError};
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
        Some(render) => render(&props.props),
        None => html! { <PartFrame {status} {on_retry} whole_page={props.whole_page} /> },
    }
}

/// Where a part's load stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Ready,
    Loading,
    /// It could not be fetched (offline, a server error): tried again when the connection
    /// returns, or when asked.
    Failed,
    /// It is not on the server any more, and the page there now belongs to a newer build: only
    /// a reload can go on (a tab left open across a deploy whose host removed the old files).
    Updated,
}

/// Loads a part unless it is here already, and on failure tells a lost connection from a newer
/// build. The callback tries again.
#[hook]
fn use_load(ready: bool, load: fn() -> Loading) -> (Status, Callback<()>) {
    let status = use_state_eq(|| match ready {
        true => Status::Ready,
        false => Status::Loading,
    });
    let attempt = use_state_eq(|| 0_u32);
    {
        let status = status.clone();
        use_effect_with(*attempt, move |_| {
            if *status != Status::Ready {
                status.set(Status::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    let next = match load().await {
                        Ok(()) => Status::Ready,
                        Err(PartError) => match build_check::same_build().await {
                            Some(false) => Status::Updated,
                            Some(true) | None => Status::Failed,
                        },
                    };
                    status.set(next);
                });
            }
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(*attempt + 1))
    };
    {
        // Back online: try again without being asked.
        let retry = retry.clone();
        use_effect_with(*status == Status::Failed, move |failed| {
            let listener = web_sys::window()
                .filter(|_| *failed)
                .map(|window| EventListener::new(&window, "online", move |_| retry.emit(())));
            move || drop(listener)
        });
    }
    (*status, retry)
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
