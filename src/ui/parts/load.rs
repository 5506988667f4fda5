//! Loading a part from a component: once, again when the connection returns or when asked, and
//! telling a lost connection from a newer build when it fails. Not generic: every part's
//! component shares this code.

use gloo_events::EventListener;
use yew::prelude::*;

use super::{build_check, Loading, Part, PartError};

/// Where a part's load stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ready,
    Loading,
    /// It could not be fetched (offline, a server error): tried again when the connection
    /// returns, or when asked.
    Failed,
    /// It could not be fetched, and the page on the server now belongs to a newer build: a
    /// reload goes on (a tab left open across a deploy whose host removed the old files); trying
    /// again covers a server that was only slow.
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

/// A part from a component: what it hands over once it is here, where its load stands, and a
/// callback that tries again. Without the `split` feature the load is a plain call that fills
/// the slot at once, so a test or a native render never sees a loading state.
#[hook]
pub fn use_part<T: Part>() -> (Option<T::Given>, Status, Callback<()>) {
    #[cfg(not(feature = "split"))]
    if T::slot().get().is_none() {
        drop(T::load());
    }
    let (status, retry) = use_load(T::slot().get().is_some(), T::load);
    (T::slot().get().copied(), status, retry)
}
