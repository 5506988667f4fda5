//! Sharing the person's own result: a name for it, a private link (copy, share sheet, or select
//! it by hand when the clipboard is not allowed), pictures and print, and the answers as files.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::fragment_link::FragmentLink;

use crate::core::calendar::Day;
use crate::core::compare;
use crate::core::export::{self, file_name, file_stem, MAX_IMPORT_BYTES};
use crate::core::picture::result_picture;
use crate::core::questionnaire::{default_bank, Stage};
use crate::core::scoring::{Answers, Assessment};
use crate::core::snapshot::{clean_label, Snapshot, FRAGMENT_KEY, MAX_LABEL_CHARS};
use crate::ui::state::Action;
use crate::ui::web;

use super::copy_link::CopyLink;
use super::picture_actions::PictureActions;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub assessment: Rc<Assessment>,
    pub answers: Rc<Answers>,
    pub label: AttrValue,
    pub stage: Option<Stage>,
    pub day: Day,
    pub dispatch: Callback<Action>,
}

/// The link code of a snapshot of `assessment`.
fn snapshot_code(assessment: &Assessment, label: &str, day: Day, stage: Option<Stage>) -> String {
    Snapshot::of(default_bank(), assessment, day, label, stage).encode()
}

#[component]
pub fn SharePanel(props: &ShareProps) -> Html {
    let file_status = use_state(String::new);
    let import_problems = use_state(Vec::<String>::new);
    let file_field = use_node_ref();
    let code = snapshot_code(&props.assessment, &props.label, props.day, props.stage);
    let link = format!("{}#{FRAGMENT_KEY}={code}", web::address_without_fragment());

    let on_label = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                dispatch.emit(Action::SetLabel(input.value()));
            }
        })
    };

    let draw_picture = {
        let (assessment, label, day) = (props.assessment.clone(), props.label.clone(), props.day);
        Callback::from(move |()| {
            result_picture(default_bank(), &assessment, &clean_label(&label), day)
        })
    };
    let on_export_json = {
        let (assessment, answers, label, day, stage, status) = (
            props.assessment.clone(),
            props.answers.clone(),
            props.label.clone(),
            props.day,
            props.stage,
            file_status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let json = export::to_json(default_bank(), &answers, &assessment, day, &label, stage);
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
            file_status.clone(),
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
        // Closed until wanted, so the result itself leads the page; print leaves it out.
        <details class="share" data-testid="share-panel">
            <summary><h2 id="share-heading" class="summary-heading">{ "Share or save this result" }</h2></summary>
            <p class="share-intro">{ "A link, picture or printout holds your six scores, the date and the name you give it below \u{2014} never your answers. The link works without any server: everything is inside it." }</p>

            <div class="field">
                <label for="share-label">{ "Name this result (optional)" }</label>
                <input id="share-label" type="text" maxlength={MAX_LABEL_CHARS.to_string()} autocomplete="off"
                    aria-describedby="share-label-hint" value={props.label.clone()} oninput={on_label} />
                <p id="share-label-hint" class="hint">{ format!("Up to {MAX_LABEL_CHARS} characters, for example \u{201c}Housing team view\u{201d}. Whoever opens the link sees it.") }</p>
            </div>

            <CopyLink link={link} id="share-link" field_label="Link to this result"
                share_title="Partnership readiness result" />

            <h3>{ "Compare with partners" }</h3>
            <p class="hint">{ "Running a session with partners? Collect everyone\u{2019}s links and see, on one chart, where you agree and where you see things differently." }</p>
            <p><FragmentLink class="button secondary" fragment={format!("{}={code}", compare::FRAGMENT_KEY)}>{ "Compare with partners\u{2019} results" }</FragmentLink></p>

            <h3>{ "Pictures and print" }</h3>
            <PictureActions draw={draw_picture} file_stem={file_stem(props.day)} />

            <h3>{ "Your answers as a file" }</h3>
            <p class="hint">{ "Keep a copy of your answers, move them to another browser, or open the scores in a spreadsheet." }</p>
            <div class="button-row">
                <button type="button" class="button secondary" onclick={on_export_json}>{ "Export answers (JSON)" }</button>
                <button type="button" class="button secondary" onclick={on_export_csv}>{ "Export scores (CSV)" }</button>
                <button type="button" class="button secondary" onclick={on_import_click}>{ "Import answers (JSON)\u{2026}" }</button>
                <input type="file" class="visually-hidden" accept="application/json,.json" tabindex="-1"
                    aria-hidden="true" data-testid="import-file" ref={file_field} onchange={on_file_chosen} />
            </div>
            <p class="share-status" role="status" data-testid="file-status">{ (*file_status).clone() }</p>
            if !import_problems.is_empty() {
                <div class="import-problems" role="alert" data-testid="import-problems">
                    <p><strong>{ "This file could not be imported, and your answers are unchanged:" }</strong></p>
                    <ul>{ for import_problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                </div>
            }
        </details>
    }
}
