//! The privacy promise and the way to delete everything, on every page.

use yew::prelude::*;

use crate::ui::state::Confirm;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub on_ask: Callback<Confirm>,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let on_ask = props.on_ask.clone();
    html! {
        <footer class="app-footer">
            <p>{ "Anonymous: your answers are kept only in this browser and are never sent anywhere." }</p>
            <button type="button" class="link-button" onclick={move |_| on_ask.emit(Confirm::DeleteEverything)}>
                { "Delete my answers" }
            </button>
        </footer>
    }
}
