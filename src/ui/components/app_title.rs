//! The line above every page: the tool's name, and the organisation's or partnership's name
//! when the host page gives one (always as text).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::settings::Settings;

#[component]
pub fn AppTitle() -> Html {
    let settings = use_context::<Rc<Settings>>().unwrap_or_default();
    html! {
        <p class="app-title">
            { "Partnership Readiness Check" }
            if let Some(name) = &settings.name {
                <span class="app-org" data-testid="org-name">{ " \u{b7} " }{ name.clone() }</span>
            }
        </p>
    }
}
