//! Sharing the person's own result: a name for it, a private link (copy, share sheet, or select
//! it by hand when the clipboard is not allowed), pictures and print, and the answers as files.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::calendar::Day;
use crate::core::export::{self, file_name, MAX_IMPORT_BYTES};
use crate::core::questionnaire::default_bank;
use crate::core::scoring::{Answers, Assessment};
use crate::core::snapshot::{Snapshot, FRAGMENT_KEY, MAX_LABEL_CHARS};
use crate::ui::state::Action;
use crate::ui::web;

use super::picture_actions::PictureActions;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub assessment: Rc<Assessment>,
    pub answers: Rc<Answers>,
    pub label: AttrValue,
    pub day: Day,
    pub dispatch: Callback<Action>,
}

/// The link to a snapshot of `assessment`, on this page's own address.
pub fn snapshot_link(assessment: &Assessment, label: &str, day: Day) -> String {
    let snapshot = Snapshot::of(default_bank(), assessment, day, label);
    format!(
        "{}#{FRAGMENT_KEY}={}",
        web::address_without_fragment(),
        snapshot.encode()
    )
}

#[component]
pub fn SharePanel(props: &ShareProps) -> Html {
    let link_status = use_state(String::new);
    let import_problems = use_state(Vec::<String>::new);
    let link_field = use_node_ref();
    let file_field = use_node_ref();
    let link = snapshot_link(&props.assessment, &props.label, props.day);

    let on_label = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                dispatch.emit(Action::SetLabel(input.value()));
            }
        })
    };

    let select_link = {
        let link_field = link_field.clone();
        move || {
            if let Some(input) = link_field.cast::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        }
    };
    let on_copy = {
        let (link, status, select_link) = (link.clone(), link_status.clone(), select_link.clone());
        Callback::from(move |_: MouseEvent| {
            let (link, status, select_link) = (link.clone(), status.clone(), select_link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match web::copy_text(&link).await {
                    Ok(()) => status.set(
                        "Link copied. Paste it into an email or message to share this result."
                            .into(),
                    ),
                    Err(_) => {
                        // Common inside iframes: the page may not use the clipboard, but the
                        // person can still copy the selected text themselves.
                        select_link();
                        status.set("This page is not allowed to copy for you. The link is selected above: copy it with Ctrl+C (or \u{2318}C on a Mac).".into());
                    }
                }
            });
        })
    };
    let on_share = {
        let (link, status) = (link.clone(), link_status.clone());
        Callback::from(move |_: MouseEvent| {
            let (link, status) = (link.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(error) = web::share_link("Partnership readiness result", &link).await {
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
    let on_link_focus = Callback::from(|event: FocusEvent| {
        if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });

    let on_export_json = {
        let (assessment, answers, label, day, status) = (
            props.assessment.clone(),
            props.answers.clone(),
            props.label.clone(),
            props.day,
            link_status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let json = export::to_json(default_bank(), &answers, &assessment, day, &label);
            if let Err(error) =
                web::download_text(&file_name(day, "json"), "application/json", &json)
            {
                status.set(format!("The file could not be saved: {error}."));
            }
        })
    };
    let on_export_csv = {
        let (assessment, label, day, status) = (
            props.assessment.clone(),
            props.label.clone(),
            props.day,
            link_status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let csv = export::to_csv(default_bank(), &assessment, day, &label);
            if let Err(error) = web::download_text(&file_name(day, "csv"), "text/csv", &csv) {
                status.set(format!("The file could not be saved: {error}."));
            }
        })
    };
    let on_import_click = {
        let file_field = file_field.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_field.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file_chosen = {
        let (dispatch, problems) = (props.dispatch.clone(), import_problems.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Choosing the same file again must fire `change` again.
            input.set_value("");
            let (dispatch, problems) = (dispatch.clone(), problems.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match web::read_file(&file, MAX_IMPORT_BYTES).await {
                    Ok(text) => export::from_json(default_bank(), &text),
                    Err(error) => Err(vec![error]),
                };
                match outcome {
                    Ok(imported) => {
                        problems.set(Vec::new());
                        dispatch.emit(Action::OfferImport(imported));
                    }
                    Err(found) => problems.set(found),
                }
            });
        })
    };

    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ "Share this result" }</h2>
            <p class="share-intro">{ "A link, picture or printout holds your six scores, the date and the name you give it below \u{2014} never your answers. The link works without any server: everything is inside it." }</p>

            <div class="field">
                <label for="share-label">{ "Name this result (optional)" }</label>
                <input id="share-label" type="text" maxlength={MAX_LABEL_CHARS.to_string()} autocomplete="off"
                    aria-describedby="share-label-hint" value={props.label.clone()} oninput={on_label} />
                <p id="share-label-hint" class="hint">{ format!("Up to {MAX_LABEL_CHARS} characters, for example \u{201c}Housing team view\u{201d}. Whoever opens the link sees it.") }</p>
            </div>

            <div class="field">
                <label for="share-link">{ "Link to this result" }</label>
                <input id="share-link" type="text" readonly=true value={link} ref={link_field}
                    data-testid="share-link" onfocus={on_link_focus} />
            </div>
            <div class="button-row">
                <button type="button" class="button primary" onclick={on_copy}>{ "Copy link" }</button>
                if web::can_share() {
                    <button type="button" class="button secondary" onclick={on_share}>{ "Share\u{2026}" }</button>
                }
            </div>
            <p class="share-status" role="status" data-testid="share-status">{ (*link_status).clone() }</p>

            <h3>{ "Pictures and print" }</h3>
            <PictureActions assessment={props.assessment.clone()} label={props.label.clone()} day={props.day} />

            <h3>{ "Your answers as a file" }</h3>
            <p class="hint">{ "Keep a copy of your answers, move them to another browser, or open the scores in a spreadsheet." }</p>
            <div class="button-row">
                <button type="button" class="button secondary" onclick={on_export_json}>{ "Export answers (JSON)" }</button>
                <button type="button" class="button secondary" onclick={on_export_csv}>{ "Export scores (CSV)" }</button>
                <button type="button" class="button secondary" onclick={on_import_click}>{ "Import answers (JSON)\u{2026}" }</button>
                <input type="file" class="visually-hidden" accept="application/json,.json" tabindex="-1"
                    aria-hidden="true" data-testid="import-file" ref={file_field} onchange={on_file_chosen} />
            </div>
            if !import_problems.is_empty() {
                <div class="import-problems" role="alert" data-testid="import-problems">
                    <p><strong>{ "This file could not be imported, and your answers are unchanged:" }</strong></p>
                    <ul>{ for import_problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                </div>
            }
        </section>
    }
}
