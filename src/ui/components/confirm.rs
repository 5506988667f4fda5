//! Asks before anything destructive. An in-page panel rather than `window.confirm`, which
//! sandboxed iframes may block and which cannot be styled or tested like the rest of the page.

use yew::prelude::*;

use crate::core::questions::content::Content;
use crate::core::words::report::join_names;
use crate::ui::content::use_content;
use crate::ui::state::{Confirm, DeleteScope};

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    pub confirm: Confirm,
    /// What deleting everything would remove.
    pub delete_scope: DeleteScope,
    /// Go ahead with `confirm`.
    pub on_confirm: Callback<()>,
    /// Keep things as they are (also Escape).
    pub on_cancel: Callback<()>,
}

#[component]
pub fn ConfirmPanel(props: &ConfirmProps) -> Html {
    crate::ui::render_count::note("ConfirmPanel");
    let cancel_button = use_node_ref();
    {
        // Focus the safe choice so a stray Enter does nothing destructive.
        let cancel_button = cancel_button.clone();
        use_effect_with(props.confirm, move |_| {
            if let Some(button) = cancel_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let content = use_content();
    let (title, text, action_label) = question(&content, props.confirm, props.delete_scope);
    let on_confirm = props.on_confirm.reform(|_: MouseEvent| ());
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let on_keydown = {
        let cancel = props.on_cancel.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                cancel.emit(());
            }
        })
    };
    html! {
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" onkeydown={on_keydown}>
            <h2 id="confirm-title">{ title }</h2>
            <p id="confirm-text">{ text }</p>
            <div class="button-row">
                <button type="button" class="button danger" onclick={on_confirm}>{ action_label }</button>
                <button type="button" class="button secondary" ref={cancel_button} onclick={on_cancel}>{ content.text("confirm-cancel") }</button>
            </div>
        </div>
    }
}

/// The question's heading, its text and the label of the button that goes ahead.
fn question(content: &Content, confirm: Confirm, scope: DeleteScope) -> (String, String, String) {
    let (title, text, yes) = match confirm {
        Confirm::StartAgain => (
            "confirm-start-again-title",
            content.text("confirm-start-again-text"),
            "confirm-start-again-yes",
        ),
        Confirm::DeleteEverything => (
            "confirm-delete-title",
            delete_text(content, scope),
            "confirm-delete-yes",
        ),
        Confirm::RestoreCopy { current, incoming } => (
            "confirm-restore-title",
            content.format(
                "confirm-restore-text",
                &[("current", current.into()), ("incoming", incoming.into())],
            ),
            "confirm-restore-yes",
        ),
        Confirm::ReplaceAnswers {
            current,
            incoming,
            renames,
        } => (
            "confirm-replace-title",
            content.format(
                if renames {
                    "confirm-replace-text-renamed"
                } else {
                    "confirm-replace-text"
                },
                &[("current", current.into()), ("incoming", incoming.into())],
            ),
            "confirm-replace-yes",
        ),
    };
    (content.text(title), text, content.text(yes))
}

/// Says exactly what deleting removes from this browser, and what it cannot reach.
fn delete_text(content: &Content, scope: DeleteScope) -> String {
    let DeleteScope {
        answers,
        named,
        results,
        copies,
    } = scope;
    let count = |key: &str, n: usize| content.format(key, &[("count", n.into())]);
    // With no answers in this tab, storage may still hold some (a newer version's, say).
    let mut parts = vec![match answers {
        0 => content.text("confirm-delete-any-answers"),
        n => count("confirm-delete-answers", n),
    }];
    if named {
        parts.push(content.text("confirm-delete-name"));
    }
    if results > 0 {
        parts.push(count("confirm-delete-results", results));
    }
    if copies > 0 {
        parts.push(count("confirm-delete-copies", copies));
    }
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    content.format(
        "confirm-delete-text",
        &[("removed", join_names(content, &parts).as_str().into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english(confirm: Confirm, scope: DeleteScope) -> (String, String, String) {
        question(Content::english(), confirm, scope)
    }

    const NOTHING: DeleteScope = DeleteScope {
        answers: 0,
        named: false,
        results: 0,
        copies: 0,
    };

    /// The questions' English, word for word as it was written in the code before it moved to
    /// notices.ftl.
    #[test]
    fn the_questions_read_as_before() {
        assert_eq!(
            english(Confirm::StartAgain, NOTHING),
            (
                "Start again?".to_string(),
                "This clears all your answers so you can take the assessment afresh. Your earlier results on this device stay.".to_string(),
                "Yes, start again".to_string()
            )
        );
        let restore = english(
            Confirm::RestoreCopy {
                current: 1,
                incoming: 12,
            },
            NOTHING,
        );
        assert_eq!(restore.0, "Use the kept answers?");
        assert_eq!(restore.1, "The kept copy holds 12 answers, which will replace the 1 answer you have here. Your current answers are kept aside first, so you can go back to them. Your earlier results on this device stay.");
        assert_eq!(restore.2, "Yes, use the kept answers");
        let replace = |current, incoming, renames| {
            english(
                Confirm::ReplaceAnswers {
                    current,
                    incoming,
                    renames,
                },
                NOTHING,
            )
        };
        assert_eq!(
            replace(0, 1, false).0,
            "Replace your answers with the file\u{2019}s?"
        );
        assert_eq!(replace(0, 1, false).1, "You have 0 answers here. The file holds 1 answer, which will replace them. Your earlier results on this device stay.");
        assert_eq!(replace(1, 35, true).1, "You have 1 answer here. The file holds 35 answers, which will replace them, and its name for the result replaces yours. Your earlier results on this device stay.");
        assert_eq!(replace(1, 35, true).2, "Yes, replace my answers");
    }

    #[test]
    fn deleting_says_exactly_what_goes() {
        let text = |scope| english(Confirm::DeleteEverything, scope).1;
        const TAIL: &str = ". It cannot be undone. Links, pictures and files you have already shared or downloaded are not affected: they do not depend on this browser.";
        assert_eq!(
            text(NOTHING),
            format!("This removes from this browser any answers saved in this browser{TAIL}")
        );
        assert_eq!(
            text(DeleteScope { answers: 1, results: 1, ..NOTHING }),
            format!("This removes from this browser your 1 answer in progress and your list of 1 earlier result{TAIL}")
        );
        assert_eq!(
            text(DeleteScope { answers: 12, named: true, results: 2, copies: 1 }),
            format!("This removes from this browser your 12 answers in progress, the name you gave your result, your list of 2 earlier results and 1 copy of saved data kept aside{TAIL}")
        );
        assert_eq!(
            text(DeleteScope { copies: 3, ..NOTHING }),
            format!("This removes from this browser any answers saved in this browser and 3 copies of saved data kept aside{TAIL}")
        );
        let (title, _, yes) = english(Confirm::DeleteEverything, NOTHING);
        assert_eq!(
            (title.as_str(), yes.as_str()),
            ("Delete your answers?", "Yes, delete everything")
        );
    }
}
