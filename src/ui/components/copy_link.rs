//! A link to copy: the link in a read-only field, "Copy link" (Clipboard API, with the link
//! selected for copying by hand when the page may not use the clipboard, as in many iframes),
//! and the system share sheet where there is one.

use yew::prelude::*;

use crate::ui::boot::use_boot;
use crate::ui::content::use_content;
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
    let content = use_content();
    let can_share = use_boot().can_share;
    let status = use_state(String::new);
    let field = use_node_ref();

    let on_copy = {
        let (content, link, status, field) =
            (content, props.link.clone(), status.clone(), field.clone());
        Callback::from(move |_: MouseEvent| {
            let (content, link, status, field) =
                (content, link.clone(), status.clone(), field.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match web::copy_text(&content, &link).await {
                    Ok(()) => status.set(content.text("share-link-copied")),
                    Err(_) => {
                        if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                            let _ = input.focus();
                            input.select();
                        }
                        status.set(content.text("share-link-copy-by-hand"));
                    }
                }
            });
        })
    };
    let on_share = {
        let (content, link, title, status) = (
            content,
            props.link.clone(),
            props.share_title.clone(),
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (content, link, title, status) =
                (content, link.clone(), title.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(error) = web::share_link(&content, &title, &link).await {
                    // Closing the share sheet is not an error worth reporting.
                    if !error.contains("cancel") && !error.contains("abort") {
                        status.set(content.format(
                            "share-link-sheet-failed",
                            &[("reason", error.as_str().into())],
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
                <button type="button" class="button primary" onclick={on_copy}>{ content.text("share-link-copy") }</button>
                if can_share {
                    <button type="button" class="button secondary" onclick={on_share}>{ content.text("share-link-share") }</button>
                }
            </div>
            <p class="share-status" role="status" data-testid={format!("{}-status", props.id)}>{ (*status).clone() }</p>
        </div>
    }
}
