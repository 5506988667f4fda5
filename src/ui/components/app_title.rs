//! The line above every page: the tool's name, and the organisation's or partnership's name
//! when the host page gives one (always as text).

use yew::prelude::*;

use crate::ui::boot::use_boot;
use crate::ui::content::use_content;

#[component]
pub fn AppTitle() -> Html {
    crate::ui::render_count::note("AppTitle");
    let boot = use_boot();
    let settings = &boot.settings;
    let content = use_content();
    html! {
        <p class="app-title">
            { content.text("product-name") }
            if let Some(name) = &settings.name {
                // The space parts the name from the title; the rest is the translation's.
                <span class="app-org" data-testid="org-name">{ format!(" {}", content.format("app-org-name", &[("name", name.into())])) }</span>
            }
        </p>
    }
}
