//! The privacy promise, the way to delete everything, and the copies of unreadable data kept
//! aside (to download or put back), on every page.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::clock::local_day;
use crate::ui::state::Confirm;
use crate::ui::storage::KeptCopy;
use crate::ui::web;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub on_ask: Callback<Confirm>,
    pub kept: Rc<Vec<KeptCopy>>,
    /// Whether a kept copy may be put back now (only while saving works normally).
    pub can_restore: bool,
    /// Asks to use the kept copy with this key as the person's answers.
    pub on_restore: Callback<String>,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let on_delete = {
        let on_ask = props.on_ask.clone();
        move |_| on_ask.emit(Confirm::DeleteEverything)
    };
    html! {
        <footer class="app-footer">
            <p>{ "Anonymous: your answers are kept only in this browser and are never sent anywhere." }</p>
            <button type="button" class="link-button" onclick={on_delete}>
                { "Delete my answers" }
            </button>
            if !props.kept.is_empty() {
                <KeptCopies kept={props.kept.clone()} can_restore={props.can_restore} on_restore={props.on_restore.clone()} />
            }
        </footer>
    }
}

#[derive(Properties, PartialEq)]
struct KeptCopiesProps {
    kept: Rc<Vec<KeptCopy>>,
    can_restore: bool,
    on_restore: Callback<String>,
}

/// Saved data that could not be read is never thrown away: it is kept aside (the newest few of
/// each kind), and here the person can take a copy as a file or put it back.
#[component]
fn KeptCopies(props: &KeptCopiesProps) -> Html {
    let status = use_state(String::new);
    let items = props.kept.iter().enumerate().map(|(index, copy)| {
        let item_id = format!("kept-copy-{index}");
        let day = local_day(copy.kept_ms);
        let what = match copy.what.as_str() {
            "history" => "A list of earlier results that could not be read",
            "replaced" => "Answers you replaced with a kept copy",
            _ => "Saved answers that could not be read",
        };
        let on_download = {
            let (raw, status) = (copy.raw.clone(), status.clone());
            let name = format!("partnership-readiness-kept-{}-{}.txt", copy.what, day.iso());
            move |_| match web::download_text(&name, "text/plain", &raw) {
                Ok(()) => status.set(format!("Downloading {name}.")),
                Err(reason) => status.set(format!("The download did not start ({reason}).")),
            }
        };
        let restore = copy.restorable_answers.filter(|_| props.can_restore).map(|answers| {
            let (on_restore, key) = (props.on_restore.clone(), copy.key.clone());
            html! {
                <button type="button" class="button small secondary" aria-describedby={item_id.clone()} onclick={move |_| on_restore.emit(key.clone())}>
                    { format!("Use these {answers} answers") }
                </button>
            }
        });
        html! {
            <li data-testid="kept-copy" data-kind={copy.what.clone()}>
                <span id={item_id.clone()}>{ format!("{what}, kept on {}", day.long()) }</span>
                <span class="button-row">
                    <button type="button" class="button small secondary" aria-describedby={item_id.clone()} onclick={on_download}>{ "Download a copy" }</button>
                    { for restore }
                </span>
            </li>
        }
    });
    html! {
        <details class="kept-copies" data-testid="kept-copies">
            <summary>{ format!("Saved data kept aside ({})", props.kept.len()) }</summary>
            <p>{ "This browser holds data that this page could not use. It is kept so that nothing is lost: take a copy as a file, or put saved answers back as your own. \u{201c}Delete my answers\u{201d} removes these too." }</p>
            <ul>{ for items }</ul>
            <p class="status" role="status">{ (*status).clone() }</p>
        </details>
    }
}
