//! The later views as parts of the wasm loaded when they are reached (issue 24): the results
//! (with sharing and history), the shared result, the comparison and the facilitator's guide;
//! and the radar chart's drawing, which the questionnaire's live chart may show a moment after
//! the first statement can be answered.
//!
//! Each part is a `#[wasm_split]` function (`split_points`) that returns a function of the part;
//! for a view, one drawing its component, defined inside the split function, so only code in
//! the part reaches the view's components and the splitter can move them, and whatever only
//! they reach, into the part. `LazyView` shows a part once it is here, and until then its
//! loading, failed or "updated" state. Without the `split` feature (the browser tests, native renders) the same
//! functions are plain calls and every part is here from the start.

mod build_check;
mod frame;
#[cfg(later_views)]
mod lazy_view;
mod load;
mod split_points;

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use yew::prelude::*;

pub use frame::PartFrame;
#[cfg(later_views)]
pub use lazy_view::LazyView;
pub use load::{use_part, Status};
pub use split_points::*;

/// Draws a part's view from its props.
pub type Render<P> = fn(&P) -> Html;

/// A part's load, boxed so that the code awaiting it is not generic.
pub type Loading = Pin<Box<dyn Future<Output = Result<(), PartError>>>>;

/// A part could not be loaded (the browser console has the detail).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartError;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for PartError {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        PartError
    }
}

/// One lazily loaded part: what it hands over, once it is here.
pub trait Part: 'static {
    /// What the part gives the main code: a function in it.
    type Given: Copy + 'static;
    /// Where that lands once the part is here.
    fn slot() -> &'static OnceLock<Self::Given>;
    /// Loads the part (once; a failed load is tried afresh on the next call) and fills `slot`.
    fn load() -> Loading;
}

/// A part that is a whole view.
pub trait LazyPart: Part {
    /// The view's props, as the code that shows it has them.
    type Props: Properties + PartialEq + Clone;
    /// Draws the view with the part's function.
    fn show(given: Self::Given, props: &Self::Props) -> Html;
}

/// Starts loading a part that is likely to be needed soon. A failure here is only logged: the
/// view shows it, and tries again, if the person does reach it.
///
/// It starts when the browser is next idle (within `PREFETCH_WAIT_MS`), so that setting up a
/// part never holds up what the person is doing: started at once, the first screen's prefetches
/// took Lighthouse's Total Blocking Time from 60 ms (none) to 96 ms; started when idle, 68 ms.
pub fn prefetch<T: Part>() {
    if T::slot().get().is_some() {
        return;
    }
    when_idle(|| {
        wasm_bindgen_futures::spawn_local(async {
            if T::load().await.is_err() {
                web_sys::console::warn_1(&"A part of the widget could not be fetched ahead".into());
            }
        })
    });
}

/// The longest a prefetch waits for the browser to be idle.
const PREFETCH_WAIT_MS: u32 = 2_000;

/// Runs `start` when the browser is next idle, or at once where it cannot say (Safari has no
/// `requestIdleCallback`).
fn when_idle(start: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let start = Closure::once_into_js(start);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(PREFETCH_WAIT_MS);
    let scheduled = web_sys::window()
        .filter(|window| {
            js_sys::Reflect::has(window, &"requestIdleCallback".into()).unwrap_or(false)
        })
        .and_then(|window| {
            window
                .request_idle_callback_with_options(start.unchecked_ref(), &options)
                .ok()
        });
    if scheduled.is_none() {
        let _ = start
            .unchecked_ref::<js_sys::Function>()
            .call0(&wasm_bindgen::JsValue::NULL);
    }
}
