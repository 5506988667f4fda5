//! A link to copy: the link in a read-only field, "Copy link" (Clipboard API, with the link
//! selected for copying by hand when the page may not use the clipboard, as in many iframes),
//! and the system share sheet where there is one.

use yew::prelude::*;

use crate::ui::web;

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    pub link: AttrValue,
    /// The field's visible label, e.g. "Link to this result".
    pub field_label: AttrValue,
    /// The field's id (unique in the page).
    pub id: AttrValue,
    /// The title the share sheet offers with the link.
    pub share_title: AttrValue,
}

#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let status = use_state(String::new);
    let field = use_node_ref();

    let on_copy = {
        let (link, status, field) = (props.link.clone(), status.clone(), field.clone());
        Callback::from(move |_: MouseEvent| {
            let (link, status, field) = (link.clone(), status.clone(), field.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match web::copy_text(&link).await {
                    Ok(()) => status
                        .set("Link copied. Paste it into an email or message to share it.".into()),
                    Err(_) => {
                        if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                            let _ = input.focus();
                            input.select();
                        }
                        status.set("This page is not allowed to copy for you. The link is selected above: copy it with Ctrl+C (or \u{2318}C on a Mac).".into());
                    }
                }
            });
        })
    };
    let on_share = {
        let (link, title, status) = (
            props.link.clone(),
            props.share_title.clone(),
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (link, title, status) = (link.clone(), title.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(error) = web::share_link(&title, &link).await {
                    // Closing the share sheet is not an error worth reporting.
                    if !error.contains("cancel") && !error.contains("abort") {
                        status.set(format!(
                            "The share sheet could not open ({error}); copy the link instead."
                        ));
                    }
                }
            });
        })
    };
    let on_focus = Callback::from(|event: FocusEvent| {
        if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    html! {
        <div class="copy-link">
            <div class="field">
                <label for={props.id.clone()}>{ props.field_label.clone() }</label>
                <input id={props.id.clone()} type="text" readonly=true value={props.link.clone()} ref={field}
                    data-testid={props.id.clone()} onfocus={on_focus} />
            </div>
            <div class="button-row">
                <button type="button" class="button primary" onclick={on_copy}>{ "Copy link" }</button>
                if web::can_share() {
                    <button type="button" class="button secondary" onclick={on_share}>{ "Share\u{2026}" }</button>
                }
            </div>
            <p class="share-status" role="status" data-testid={format!("{}-status", props.id)}>{ (*status).clone() }</p>
        </div>
    }
}
