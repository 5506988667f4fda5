//! Chooses between the person's own assessment and a shared result from the address's
//! fragment, following it as it changes (a pasted link, a history entry, the Back button).

use gloo_events::EventListener;
use yew::prelude::*;

use crate::core::compare::code_in_compare_fragment;
use crate::core::guide::is_guide_fragment;
use crate::core::session::SESSION_KEY;
use crate::core::settings::Settings;
use crate::core::snapshot::code_in_fragment;

use super::app::App;
use super::components::compare::ComparePage;
use super::components::guide::GuidePage;
use super::components::snapshot::SnapshotPage;
use super::embed::{apply_accent, settings_from_address, use_report_height};
use super::storage::Store;
use super::web;

#[component]
pub fn Root() -> Html {
    // Read once: the address's settings do not change while the page is open.
    let settings = use_memo((), |_| {
        let settings = settings_from_address();
        apply_accent(&settings);
        settings
    });
    use_report_height();
    let fragment = use_state(web::fragment);
    let app_started = use_state(|| false);
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
    let on_leave = {
        let fragment = fragment.clone();
        Callback::from(move |()| {
            web::clear_fragment();
            fragment.set(String::new());
        })
    };
    // Shared pages only read storage, to offer the way back to the visitor's own answers.
    let has_own_answers = || matches!(Store::open().read(SESSION_KEY), Ok(Some(_)));
    let shared_page = if let Some(code) = code_in_fragment(&fragment) {
        let code = AttrValue::from(code.to_string());
        Some(
            html! { <SnapshotPage {code} has_own_answers={has_own_answers()} on_leave={on_leave.clone()} /> },
        )
    } else if let Some(code) = code_in_compare_fragment(&fragment).filter(|_| settings.sharing) {
        // A new comparison link (pasted into the address bar) starts a new comparison.
        let key = code.to_string();
        let code = AttrValue::from(code.to_string());
        Some(
            html! { <ComparePage {key} {code} has_own_answers={has_own_answers()} on_leave={on_leave.clone()} /> },
        )
    } else if is_guide_fragment(&fragment) {
        Some(html! { <GuidePage on_leave={on_leave.clone()} /> })
    } else {
        None
    };
    // Once the person's own assessment has started it stays mounted, only hidden while a shared
    // page is open: answers kept only in memory (no storage) must survive a look at a history
    // entry or a comparison. Until then it is not mounted at all, so opening a shared link never
    // reads (or copies aside) the visitor's saved data.
    let showing_own = shared_page.is_none();
    {
        let app_started = app_started.clone();
        use_effect_with(showing_own, move |showing_own| {
            if *showing_own && !*app_started {
                app_started.set(true);
            }
        });
    }
    let app = (*app_started || showing_own).then(|| {
        html! { <div class="own-assessment" hidden={!showing_own}><App /></div> }
    });
    // The shared page comes first, so lookups by id find its elements, not the hidden ones.
    html! {
        <ContextProvider<std::rc::Rc<Settings>> context={settings}>
            { for shared_page }
            { for app }
        </ContextProvider<std::rc::Rc<Settings>>>
    }
}
