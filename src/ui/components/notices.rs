//! Problems and news the person should know about, each with a way forward.

use yew::prelude::*;

use crate::core::host::durability::StorageRisk;
use crate::core::questions::content::Content;
use crate::core::words::problems::Worded;
use crate::ui::content::use_content;
use crate::ui::state::{Notice, NoticeChoice, StorageMode};
use crate::ui::storage::{HistoryProblem, StorageError};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub storage: StorageMode,
    /// What the person chose in a notice.
    pub on_choice: Callback<NoticeChoice>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    crate::ui::render_count::note("Notices");
    let content = use_content();
    // The live region is always in the page so that screen readers announce notices that appear.
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for props.notices.iter().map(|notice| notice_view(&content, notice, &props.storage, &props.on_choice)) }
        </div>
    }
}

fn notice_view(
    content: &Content,
    notice: &Notice,
    storage: &StorageMode,
    dispatch: &Callback<NoticeChoice>,
) -> Html {
    let button = |key: &str, action: NoticeChoice| {
        let dispatch = dispatch.clone();
        html! {
            <button type="button" class="button small secondary" onclick={move |_| dispatch.emit(action.clone())}>{ content.text(key) }</button>
        }
    };
    let text = |key: &str| content.text(key);
    let dismiss = button("notice-dismiss", NoticeChoice::Dismiss(notice.clone()));
    let (kind, testid, body) = match notice {
        Notice::StorageUnavailable => (
            "warning",
            "notice-storage-unavailable",
            html! { <p>{ StorageError::Unavailable.message(content) }</p> },
        ),
        Notice::SaveFailed(error) => (
            "warning",
            "notice-save-failed",
            html! { <p>{ error.message(content) }</p> },
        ),
        Notice::Unreadable { reason, backup_key } => {
            let detail = text(match backup_key {
                Some(_) => "notice-unreadable-kept",
                None => "notice-unreadable-not-kept",
            });
            let reason = content.format(
                "notice-unreadable-reason",
                &[("reason", (&reason.message(content)).into())],
            );
            (
                "warning",
                "notice-unreadable",
                html! {
                <>
                    <p><strong>{ text("notice-unreadable-title") }</strong>{ " " }{ reason }{ " " }{ detail }</p>
                    if *storage == StorageMode::Paused {
                        { button("notice-unreadable-replace", NoticeChoice::ResumeSaving) }
                    }
                </>
                },
            )
        }
        Notice::UpdatedFromOtherTab => (
            "info",
            "notice-other-tab",
            html! { <p>{ text("notice-other-tab") }</p> },
        ),
        Notice::DeletedInOtherTab => (
            "info",
            "notice-deleted-elsewhere",
            html! { <p>{ text("notice-deleted-elsewhere") }</p> },
        ),
        Notice::ClearedElsewhere { answers, results } => (
            "warning",
            "notice-cleared-elsewhere",
            html! {
            <>
                <p>
                    { with_emphasis(content, "notice-cleared-elsewhere", "removed", "notice-cleared-elsewhere-removed") }
                    { " " }
                    { content.format("notice-cleared-elsewhere-kept", &[("answers", (*answers).into()), ("results", (*results).into())]) }
                </p>
                // The choice stands only while the question does (a newer build's save
                // withdraws it; the reducer ignores a late press too).
                if *storage == StorageMode::ClearedElsewhere {
                    <div class="button-row">
                        { button("notice-cleared-keep", NoticeChoice::KeepAfterClear) }
                        { button("notice-cleared-start-afresh", NoticeChoice::AcceptClear) }
                    </div>
                }
            </>
            },
        ),
        Notice::NewerData(_) => (
            "warning",
            "notice-newer-data",
            html! {
            <>
                <p><strong>{ text("notice-newer-data-title") }</strong>{ " " }{ text("notice-newer-data") }</p>
                <button type="button" class="button small secondary" onclick={|_| crate::ui::web::reload()}>{ text("notice-newer-data-reload") }</button>
            </>
            },
        ),
        Notice::DeleteFailed(error) => (
            "warning",
            "notice-delete-failed",
            html! { <p><strong>{ text("notice-delete-failed-title") }</strong>{ " " }{ text(match error {
                StorageError::Unavailable => "notice-delete-failed-unavailable",
                _ => "notice-delete-failed-refused",
            }) }{ " " }{ text("notice-delete-failed-advice") }</p> },
        ),
        Notice::Restored(count) => (
            "success",
            "notice-restored",
            html! { <p>{ content.format("notice-restored", &[("count", (*count).into())]) }</p> },
        ),
        Notice::MayNotLast(risk) => (
            "info",
            "notice-may-not-last",
            // One text node, as on the prerendered first screen (see `Welcome`'s facts).
            html! { <p data-risk={risk.key()}>{ format!("{} {}", text(match risk {
                StorageRisk::ForeignFrame => "notice-may-not-last-foreign-frame",
                StorageRisk::DeletedAfterAWeek => "notice-may-not-last-week",
            }), text("notice-may-not-last-export")) }</p> },
        ),
        Notice::Deleted => (
            "success",
            "notice-deleted",
            html! { <p>{ text("notice-deleted") }</p> },
        ),
        Notice::HistoryDamaged(HistoryProblem::Lost { count, kept_aside }) => (
            "warning",
            "notice-history",
            html! { <p>{ content.format("notice-history-lost", &[("count", (*count).into())]) }{ " " }{ text(if *kept_aside {
                "notice-history-lost-kept"
            } else {
                "notice-history-lost-not-kept"
            }) }</p> },
        ),
        Notice::HistoryDamaged(HistoryProblem::Newer(_)) => (
            "warning",
            "notice-history",
            html! { <p>{ text("notice-history-newer") }</p> },
        ),
        Notice::HistoryDamaged(HistoryProblem::Unreadable { kept_aside }) => (
            "warning",
            "notice-history",
            html! { <p>{ text(if *kept_aside {
                "notice-history-unreadable-kept"
            } else {
                "notice-history-unreadable-not-kept"
            }) }</p> },
        ),
        Notice::Imported(count) => (
            "success",
            "notice-imported",
            html! { <p>{ content.format("notice-imported", &[("count", (*count).into())]) }</p> },
        ),
        Notice::QuestionnaireUpdated {
            upgrade,
            result_kept,
        } => (
            "info",
            "notice-questionnaire-updated",
            html! {
                <>
                    <p>
                        { content.format("notice-questionnaire-updated", &[("kept", upgrade.kept.into())]) }
                        if *result_kept {
                            { " " }{ content.text("notice-earlier-result-kept") }
                        }
                    </p>
                    { new_statements(content, &upgrade.new_statements, dispatch) }
                </>
            },
        ),
        Notice::ImportedEarlierEdition(upgrade) => {
            let key = if upgrade.from == 1 {
                "notice-imported-first-edition"
            } else {
                "notice-imported-second-edition"
            };
            (
                "success",
                key,
                html! {
                    <>
                        <p>{ content.format(key, &[("kept", upgrade.kept.into())]) }</p>
                        { new_statements(content, &upgrade.new_statements, dispatch) }
                    </>
                },
            )
        }
    };
    let kind_class = format!("notice-{kind}");
    html! {
        <div class={classes!("notice", kind_class)} data-testid={testid}>
            { body }
            <div class="notice-actions">{ dismiss }</div>
        </div>
    }
}

/// The message `key` with the message `emphasis_key` put in for `$variable`, in bold. The
/// translation decides where the bold words go (word order differs between languages); a
/// translation that leaves the variable out simply shows no bold.
fn with_emphasis(content: &Content, key: &str, variable: &str, emphasis_key: &str) -> Html {
    // A private-use character, which no message contains.
    const MARK: &str = "\u{e000}";
    let sentence = content.format(key, &[(variable, MARK.into())]);
    match sentence.split_once(MARK) {
        Some((before, after)) => html! {
            <>{ before.to_string() }<strong>{ content.text(emphasis_key) }</strong>{ after.to_string() }</>
        },
        None => html! { { sentence } },
    }
}

/// The statements new in this edition, each a way to answer it.
fn new_statements(content: &Content, ids: &[String], dispatch: &Callback<NoticeChoice>) -> Html {
    if ids.is_empty() {
        return Html::default();
    }
    let items = ids.iter().filter_map(|id| {
        let (_, statement) = content.questions.statements().find(|(_, s)| &s.id == id)?;
        let dispatch = dispatch.clone();
        let id = id.clone();
        Some(html! {
            <li><button type="button" class="link-button" data-statement={id.clone()}
                onclick={move |_: MouseEvent| dispatch.emit(NoticeChoice::GoToStatement(id.clone()))}>{ statement.text.clone() }</button></li>
        })
    });
    html! {
        <details class="new-statements" data-testid="new-statements">
            <summary>{ content.format("notice-new-statements", &[("count", ids.len().into())]) }</summary>
            <ul>{ for items }</ul>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use crate::core::formats::stored::session::DocumentError;
    use crate::core::questions::content::Content;
    use crate::core::words::problems::Worded;
    use crate::ui::storage::StorageError;

    /// The notices' English, word for word as it was written in the code before it moved to
    /// notices.ftl (the end-to-end tests read it).
    #[test]
    fn the_notices_read_as_before() {
        let en = Content::english();
        let unreadable = format!(
            "{} {} {}",
            en.text("notice-unreadable-title"),
            en.format(
                "notice-unreadable-reason",
                &[("reason", (&DocumentError::NotJson.message(en)).into())]
            ),
            en.text("notice-unreadable-kept"),
        );
        assert_eq!(unreadable, "Your saved answers could not be loaded. Reason: the saved answers are damaged and cannot be read. A copy of the unreadable data has been kept in this browser, so nothing is lost: you can download it under \u{201c}Saved data kept aside\u{201d} at the foot of the page. You are starting a fresh assessment.");
        let cleared = |answers: usize, results: usize| {
            format!(
                "{} {}",
                en.format("notice-cleared-elsewhere", &[("removed", "<b>".into())]),
                en.format(
                    "notice-cleared-elsewhere-kept",
                    &[("answers", answers.into()), ("results", results.into())]
                )
            )
        };
        assert_eq!(cleared(1, 0), "<b> (for example when someone signed out there). This page still holds your 1 answer, but it has stopped saving so that nothing comes back without your say.");
        assert_eq!(cleared(12, 1), "<b> (for example when someone signed out there). This page still holds your 12 answers and 1 earlier result, but it has stopped saving so that nothing comes back without your say.");
        assert_eq!(cleared(0, 3), "<b> (for example when someone signed out there). This page still holds your 0 answers and 3 earlier results, but it has stopped saving so that nothing comes back without your say.");
        assert_eq!(
            en.text("notice-cleared-elsewhere-removed"),
            "Your saved answers were removed from this browser by another page of this website"
        );
        assert_eq!(en.format("notice-restored", &[("count", 7.into())]), "Your answers were replaced with the 7 kept answers. The answers you had before are kept aside under \u{201c}Saved data kept aside\u{201d} at the foot of the page.");
        assert_eq!(
            en.format("notice-imported", &[("count", 35.into())]),
            "Your answers were replaced with the 35 answers from the file."
        );
        assert_eq!(
            en.format("notice-history-lost", &[("count", 2.into())]),
            "2 of your earlier results on this device could not be read and are not listed."
        );
        let updated =
            |kept: usize| en.format("notice-questionnaire-updated", &[("kept", kept.into())]);
        assert_eq!(updated(1), "The questionnaire has a new edition since you started. Your 1 answer to statements that did not change is kept.");
        assert_eq!(updated(20), "The questionnaire has a new edition since you started. Your 20 answers to statements that did not change are kept.");
        assert_eq!(en.format("notice-imported-first-edition", &[("kept", 1.into())]), "The file was made with the first edition of the questionnaire. Its result is kept with your earlier results, with its original scores, and 1 answer to statements that did not change carried over.");
        let new = |count: usize| en.format("notice-new-statements", &[("count", count.into())]);
        assert_eq!(new(1), "1 statement is new to answer");
        assert_eq!(new(9), "9 statements are new to answer");
        assert_eq!(
            format!("{} {}", en.text("notice-may-not-last-week"), en.text("notice-may-not-last-export")),
            "This browser deletes what websites save if you do not come back within seven days, so your answers may be gone after a week away. To keep a copy you can bring back, use \u{201c}Export answers (JSON)\u{201d} on the results page."
        );
        assert_eq!(
            format!(
                "{} {} {}",
                en.text("notice-delete-failed-title"),
                en.text("notice-delete-failed-refused"),
                en.text("notice-delete-failed-advice")
            ),
            "Your answers could not all be deleted from this browser. The browser refused. Try again later, or clear this site\u{2019}s data in the browser\u{2019}s settings."
        );
    }

    #[test]
    fn storage_errors_read_as_before() {
        let en = Content::english();
        assert_eq!(StorageError::Unavailable.message(en), "This browser is not letting the page store anything, so your answers will not be kept if you close or reload it. Everything else works as usual.");
        assert_eq!(StorageError::Full.message(en), "Your browser's storage for this site is full, so your latest answers could not be saved. They are kept in this tab until you close it.");
        assert_eq!(
            StorageError::WriteFailed(Some("SecurityError".into())).message(en),
            "Your browser refused to save your latest answers (SecurityError). They are kept in this tab until you close it."
        );
        assert_eq!(
            StorageError::WriteFailed(None).message(en),
            "Your browser refused to save your latest answers (unknown error). They are kept in this tab until you close it."
        );
    }
}
