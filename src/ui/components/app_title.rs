//! The line above every page: the tool's name, and the organisation's or partnership's name
//! when the host page gives one (always as text).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::host::settings::Settings;
use crate::ui::content::use_content;

#[component]
pub fn AppTitle() -> Html {
    let settings = use_context::<Rc<Settings>>().unwrap_or_default();
    let content = use_content();
    html! {
        <p class="app-title">
            { content.text("product-name") }
            if let Some(name) = &settings.name {
                // The space parts the name from the title; the rest is the translation's.
                <span class="app-org" data-testid="org-name">{ " " }{ content.format("app-org-name", &[("name", name.into())]) }</span>
            }
        </p>
    }
}
