//! Sharing the person's own result: a name for it, a private link (copy, share sheet, or select
//! it by hand when the clipboard is not allowed), pictures and print, and the answers as files.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::components::fragment_link::FragmentLink;

use crate::core::assess::scoring::{Answers, Assessment};
use crate::core::formats::comparison_link as compare;
use crate::core::formats::export::{
    self, file_name, file_stem, ImportProblem, Imported, MAX_IMPORT_BYTES,
};
use crate::core::formats::snapshot::{Snapshot, FRAGMENT_KEY};
use crate::core::questions::role::Role;
use crate::core::questions::set::{QuestionSet, Stage};
use crate::core::text::calendar::Day;
use crate::core::text::clean::{clean_label, MAX_LABEL_CHARS};
use crate::core::words::picture::result_picture;
use crate::core::words::problems::Worded;
use crate::ui::boot::use_boot;
use crate::ui::content::use_content;
use crate::ui::question_set::use_question_set;
use crate::ui::web;

use crate::ui::components::copy_link::CopyLink;
use crate::ui::components::picture_actions::PictureActions;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub assessment: Rc<Assessment>,
    pub answers: Rc<Answers>,
    pub label: AttrValue,
    pub stage: Option<Stage>,
    /// Who answered, if they said: it travels in the link, the JSON and the CSV.
    pub role: Option<Role>,
    pub day: Day,
    /// The result's name, as typed.
    pub on_label: Callback<String>,
    /// Answers read from an exported file, to offer in place of these.
    pub on_import: Callback<Imported>,
}

/// The link code of a snapshot of `assessment`.
fn snapshot_code(
    set: &QuestionSet,
    assessment: &Assessment,
    label: &str,
    day: Day,
    stage: Option<Stage>,
    role: Option<Role>,
) -> String {
    Snapshot {
        role,
        ..Snapshot::of(set, assessment, day, label, stage)
    }
    .encode()
}

#[component]
pub fn SharePanel(props: &ShareProps) -> Html {
    let content = use_content();
    let set = use_question_set().get();
    let file_status = use_state(String::new);
    let import_problems = use_state(Vec::<ImportProblem>::new);
    let file_field = use_node_ref();
    let code = snapshot_code(
        set,
        &props.assessment,
        &props.label,
        props.day,
        props.stage,
        props.role,
    );
    let boot = use_boot();
    let link = format!("{}#{FRAGMENT_KEY}={code}", boot.address);

    let on_label = {
        let on_label = props.on_label.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                on_label.emit(input.value());
            }
        })
    };

    let draw_picture = {
        let (content, assessment, label, day) = (
            content,
            props.assessment.clone(),
            props.label.clone(),
            props.day,
        );
        Callback::from(move |()| result_picture(&content, &assessment, &clean_label(&label), day))
    };
    let on_export_json = {
        let (content, assessment, answers, label, day, stage, role, status) = (
            content,
            props.assessment.clone(),
            props.answers.clone(),
            props.label.clone(),
            props.day,
            props.stage,
            props.role,
            file_status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            // The JSON is the same in every language, so every build can read it back.
            let json = export::to_json(set, &answers, &assessment, day, &label, stage, role);
            if let Err(error) =
                web::download_text(&content, &file_name(day, "json"), "application/json", &json)
            {
                status.set(
                    content.format("share-file-not-saved", &[("reason", error.as_str().into())]),
                );
            }
        })
    };
    let on_export_csv = {
        let (content, assessment, label, day, role, status) = (
            content,
            props.assessment.clone(),
            props.label.clone(),
            props.day,
            props.role,
            file_status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let csv = export::to_csv(&content, &assessment, day, &label, role);
            if let Err(error) =
                web::download_text(&content, &file_name(day, "csv"), "text/csv", &csv)
            {
                status.set(
                    content.format("share-file-not-saved", &[("reason", error.as_str().into())]),
                );
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
        let (content, dispatch, problems) =
            (content, props.on_import.clone(), import_problems.clone());
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
            // Refused unread, as an import problem like any other.
            if let Some(problem) = export::too_large(file.size() as u64) {
                problems.set(vec![problem]);
                return;
            }
            let (content, dispatch, problems) = (content, dispatch.clone(), problems.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match web::read_file(&content, &file, MAX_IMPORT_BYTES).await {
                    Ok(text) => export::from_json(set, &text),
                    Err(error) => Err(vec![ImportProblem::Unreadable(error)]),
                };
                match outcome {
                    Ok(imported) => {
                        problems.set(Vec::new());
                        dispatch.emit(imported);
                    }
                    Err(found) => problems.set(found),
                }
            });
        })
    };

    html! {
        // Closed until wanted, so the result itself leads the page; print leaves it out.
        <details class="share" data-testid="share-panel">
            <summary><h2 id="share-heading" class="summary-heading">{ content.text("share-heading") }</h2></summary>
            <p class="share-intro">{ content.text("share-intro") }</p>

            <div class="field">
                <label for="share-label">{ content.text("share-label-field") }</label>
                <input id="share-label" type="text" maxlength={MAX_LABEL_CHARS.to_string()} autocomplete="off"
                    aria-describedby="share-label-hint" value={props.label.clone()} oninput={on_label} />
                <p id="share-label-hint" class="hint">{ content.format("share-label-hint", &[("max", MAX_LABEL_CHARS.into())]) }</p>
            </div>

            <CopyLink link={link} id="share-link" field_label={content.text("share-link-field")}
                share_title={content.text("share-link-share-title")} />

            <h3>{ content.text("share-compare-heading") }</h3>
            <p class="hint">{ content.text("share-compare-hint") }</p>
            <p><FragmentLink class="button secondary" fragment={format!("{}={code}", compare::FRAGMENT_KEY)}>{ content.text("share-compare-button") }</FragmentLink></p>

            <h3>{ content.text("share-pictures-heading") }</h3>
            <PictureActions draw={draw_picture} file_stem={file_stem(props.day)} />

            <h3>{ content.text("share-files-heading") }</h3>
            <p class="hint">{ content.text("share-files-hint") }</p>
            <div class="button-row">
                <button type="button" class="button secondary" onclick={on_export_json}>{ content.text("share-export-json") }</button>
                <button type="button" class="button secondary" onclick={on_export_csv}>{ content.text("share-export-csv") }</button>
                <button type="button" class="button secondary" onclick={on_import_click}>{ content.text("share-import-json") }</button>
                <input type="file" class="visually-hidden" accept="application/json,.json" tabindex="-1"
                    aria-hidden="true" data-testid="import-file" ref={file_field} onchange={on_file_chosen} />
            </div>
            <p class="share-status" role="status" data-testid="file-status">{ (*file_status).clone() }</p>
            if !import_problems.is_empty() {
                <div class="import-problems" role="alert" data-testid="import-problems">
                    <p><strong>{ content.text("share-import-problems") }</strong></p>
                    <ul>{ for import_problems.iter().map(|p| html! { <li>{ p.message(&content) }</li> }) }</ul>
                </div>
            }
        </details>
    }
}
