//! Problems and news the person should know about, each with a way forward.

use yew::prelude::*;

use crate::core::durability::StorageRisk;
use crate::ui::state::{Action, Notice, StorageMode};
use crate::ui::storage::HistoryProblem;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub storage: StorageMode,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    // The live region is always in the page so that screen readers announce notices that appear.
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for props.notices.iter().map(|notice| notice_view(notice, &props.storage, &props.dispatch)) }
        </div>
    }
}

fn notice_view(notice: &Notice, storage: &StorageMode, dispatch: &Callback<Action>) -> Html {
    let button = |label: &'static str, action: Action| {
        let dispatch = dispatch.clone();
        html! {
            <button type="button" class="button small secondary" onclick={move |_| dispatch.emit(action.clone())}>{ label }</button>
        }
    };
    let dismiss = button("Dismiss", Action::Dismiss(notice.clone()));
    let (kind, testid, body) = match notice {
        Notice::StorageUnavailable => (
            "warning",
            "notice-storage-unavailable",
            html! { <p>{ crate::ui::storage::StorageError::Unavailable.message() }</p> },
        ),
        Notice::SaveFailed(error) => (
            "warning",
            "notice-save-failed",
            html! { <p>{ error.message() }</p> },
        ),
        Notice::Unreadable { reason, backup_key } => {
            let detail = match backup_key {
                Some(_) => "A copy of the unreadable data has been kept in this browser, so nothing is lost: you can download it under \u{201c}Saved data kept aside\u{201d} at the foot of the page. You are starting a fresh assessment.".to_string(),
                None => "We could not keep a copy of it, so to avoid losing it nothing will be saved until you choose to replace it.".to_string(),
            };
            (
                "warning",
                "notice-unreadable",
                html! {
                <>
                    <p><strong>{ "Your saved answers could not be loaded. " }</strong>{ format!("Reason: {reason}. ") }{ detail }</p>
                    if *storage == StorageMode::Paused {
                        { button("Replace it and save from now on", Action::ResumeSaving) }
                    }
                </>
                },
            )
        }
        Notice::UpdatedFromOtherTab => (
            "info",
            "notice-other-tab",
            html! { <p>{ "Your answers were updated from another tab or window where this assessment is open." }</p> },
        ),
        Notice::DeletedInOtherTab => (
            "info",
            "notice-deleted-elsewhere",
            html! { <p>{ "Your answers were deleted in another tab or window. This one now starts afresh." }</p> },
        ),
        Notice::ClearedElsewhere { answers, results } => (
            "warning",
            "notice-cleared-elsewhere",
            html! {
            <>
                <p><strong>{ "Your saved answers were removed from this browser by another page of this website" }</strong>{ format!(
                    " (for example when someone signed out there). This page still holds your {answers} {}{}, but it has stopped saving so that nothing comes back without your say.",
                    if *answers == 1 { "answer" } else { "answers" },
                    match results {
                        0 => String::new(),
                        1 => " and 1 earlier result".to_string(),
                        n => format!(" and {n} earlier results"),
                    }
                ) }</p>
                <div class="button-row">
                    { button("Keep my answers on this device", Action::KeepAfterClear) }
                    { button("Start afresh", Action::AcceptClear) }
                </div>
            </>
            },
        ),
        Notice::NewerData(_) => (
            "warning",
            "notice-newer-data",
            html! {
            <>
                <p><strong>{ "This page is older than the answers saved in this browser. " }</strong>{ "They were saved by a newer version of this check, so this page will not save anything, to keep them safe. Your answers here are kept only in this tab. Reload the page to get the newer version." }</p>
                <button type="button" class="button small secondary" onclick={|_| crate::ui::web::reload()}>{ "Reload the page" }</button>
            </>
            },
        ),
        Notice::DeleteFailed(error) => (
            "warning",
            "notice-delete-failed",
            html! { <p><strong>{ "Your answers could not all be deleted from this browser. " }</strong>{ match error {
                crate::ui::storage::StorageError::Unavailable => "The browser is not letting this page use its storage just now.",
                _ => "The browser refused.",
            } }{ " Try again later, or clear this site\u{2019}s data in the browser\u{2019}s settings." }</p> },
        ),
        Notice::Restored(count) => (
            "success",
            "notice-restored",
            html! { <p>{ format!("Your answers were replaced with the {count} kept answers. The answers you had before are kept aside under \u{201c}Saved data kept aside\u{201d} at the foot of the page.") }</p> },
        ),
        Notice::MayNotLast(risk) => (
            "info",
            "notice-may-not-last",
            html! { <p data-risk={risk.key()}>{ match risk {
                StorageRisk::ForeignFrame => "This check is shown inside another website, so your browser keeps its answers apart for that website and may clear them sooner than usual. ",
                StorageRisk::DeletedAfterAWeek => "This browser deletes what websites save if you do not come back within seven days, so your answers may be gone after a week away. ",
            } }{ "To keep a copy you can bring back, use \u{201c}Export answers (JSON)\u{201d} on the results page." }</p> },
        ),
        Notice::Deleted => (
            "success",
            "notice-deleted",
            html! { <p>{ "Your answers have been deleted from this browser." }</p> },
        ),
        Notice::HistoryDamaged(HistoryProblem::Lost { count, kept_aside }) => (
            "warning",
            "notice-history",
            html! { <p>{ format!("{count} of your earlier results on this device could not be read and are not listed. {}", if *kept_aside {
                "A copy of the stored list was kept aside in this browser."
            } else {
                "There was no room to keep a copy, so new results will not be added to the list until you delete your answers."
            }) }</p> },
        ),
        Notice::HistoryDamaged(HistoryProblem::Newer(_)) => (
            "warning",
            "notice-history",
            html! { <p>{ "Your earlier results on this device were saved by a newer version of this check, so this page cannot list them and will not change them." }</p> },
        ),
        Notice::HistoryDamaged(HistoryProblem::Unreadable { kept_aside }) => (
            "warning",
            "notice-history",
            html! { <p>{ if *kept_aside {
                "The list of your earlier results on this device could not be read, so it starts afresh. A copy of the damaged list was kept aside in this browser."
            } else {
                "The list of your earlier results on this device could not be read, and there was no room to keep a copy, so new results will not be added to it until you delete your answers."
            } }</p> },
        ),
        Notice::Imported(count) => (
            "success",
            "notice-imported",
            html! { <p>{ format!("Your answers were replaced with the {count} answers from the file.") }</p> },
        ),
        Notice::QuestionnaireUpdated(upgrade) => (
            "info",
            "notice-questionnaire-updated",
            html! {
                <>
                    <p>{ format!("The questionnaire has a new edition since you started. Your {} to statements that did not change {} kept.", plural(upgrade.kept, "answer", "answers"), if upgrade.kept == 1 { "is" } else { "are" }) }</p>
                    { new_statements(&upgrade.new_statements, dispatch) }
                </>
            },
        ),
        Notice::ImportedFirstEdition(upgrade) => (
            "success",
            "notice-imported-first-edition",
            html! {
                <>
                    <p>{ format!("The file was made with the first edition of the questionnaire. Its result is kept with your earlier results, with its original scores, and {} to statements that did not change carried over.", plural(upgrade.kept, "answer", "answers")) }</p>
                    { new_statements(&upgrade.new_statements, dispatch) }
                </>
            },
        ),
    };
    let kind_class = format!("notice-{kind}");
    html! {
        <div class={classes!("notice", kind_class)} data-testid={testid}>
            { body }
            <div class="notice-actions">{ dismiss }</div>
        </div>
    }
}

/// "1 answer" / "12 answers".
fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// The statements new in this edition, each a way to answer it.
fn new_statements(ids: &[String], dispatch: &Callback<Action>) -> Html {
    if ids.is_empty() {
        return Html::default();
    }
    let bank = crate::core::questionnaire::default_bank();
    let items = ids.iter().filter_map(|id| {
        let (_, statement) = bank.statements().find(|(_, s)| &s.id == id)?;
        let dispatch = dispatch.clone();
        let id = id.clone();
        Some(html! {
            <li><button type="button" class="link-button" data-statement={id.clone()}
                onclick={move |_: MouseEvent| dispatch.emit(Action::GoToStatement(id.clone()))}>{ statement.text.clone() }</button></li>
        })
    });
    html! {
        <details class="new-statements" data-testid="new-statements">
            <summary>{ format!("{} new to answer", plural(ids.len(), "statement is", "statements are")) }</summary>
            <ul>{ for items }</ul>
        </details>
    }
}
