//! Chooses between the person's own assessment and a shared result from the address's
//! fragment, following it as it changes (a pasted link, a history entry, the Back button).

use gloo_events::EventListener;
use yew::prelude::*;

use crate::core::session::SESSION_KEY;
use crate::core::snapshot::code_in_fragment;

use super::app::App;
use super::components::snapshot::SnapshotPage;
use super::storage::Store;
use super::web;

#[component]
pub fn Root() -> Html {
    let fragment = use_state(web::fragment);
    {
        let fragment = fragment.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    fragment.set(web::fragment())
                })
            });
            move || drop(listener)
        });
    }
    match code_in_fragment(&fragment) {
        Some(code) => {
            let on_leave = {
                let fragment = fragment.clone();
                Callback::from(move |()| {
                    web::clear_fragment();
                    fragment.set(String::new());
                })
            };
            // Only reads: a shared result never writes to this browser's storage.
            let has_own_answers = matches!(Store::open().read(SESSION_KEY), Ok(Some(_)));
            html! { <SnapshotPage code={AttrValue::from(code.to_string())} {has_own_answers} {on_leave} /> }
        }
        None => html! { <App /> },
    }
}
