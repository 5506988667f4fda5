//! Asks before anything destructive. An in-page panel rather than `window.confirm`, which
//! sandboxed iframes may block and which cannot be styled or tested like the rest of the page.

use yew::prelude::*;

use crate::ui::state::{Action, Confirm, DeleteScope};

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    pub confirm: Confirm,
    /// What deleting everything would remove.
    pub delete_scope: DeleteScope,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ConfirmPanel(props: &ConfirmProps) -> Html {
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
    let (title, text, action_label, action) = match props.confirm {
        Confirm::StartAgain => (
            "Start again?".to_string(),
            "This clears all your answers so you can take the assessment afresh. Your earlier results on this device stay.".to_string(),
            "Yes, start again",
            Action::StartAgain,
        ),
        Confirm::DeleteEverything => (
            "Delete your answers?".to_string(),
            delete_text(props.delete_scope),
            "Yes, delete everything",
            Action::DeleteEverything,
        ),
        Confirm::RestoreCopy { current, incoming } => (
            "Use the kept answers?".to_string(),
            format!(
                "The kept copy holds {incoming} {}, which will replace the {current} {} you have here. Your current answers are kept aside first, so you can go back to them. Your earlier results on this device stay.",
                answers_word(incoming),
                answers_word(current),
            ),
            "Yes, use the kept answers",
            Action::RestoreConfirmed,
        ),
        Confirm::ReplaceAnswers {
            current,
            incoming,
            renames,
        } => (
            "Replace your answers with the file\u{2019}s?".to_string(),
            format!(
                "You have {current} {} here. The file holds {incoming} {}, which will replace them{}. Your earlier results on this device stay.",
                answers_word(current),
                answers_word(incoming),
                if renames { ", and its name for the result replaces yours" } else { "" }
            ),
            "Yes, replace my answers",
            Action::ImportAnswers,
        ),
    };
    let dispatch = props.dispatch.clone();
    let on_confirm = Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()));
    let dispatch = props.dispatch.clone();
    let on_cancel = Callback::from(move |_: MouseEvent| dispatch.emit(Action::CancelConfirm));
    let on_keydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                dispatch.emit(Action::CancelConfirm);
            }
        })
    };
    html! {
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" onkeydown={on_keydown}>
            <h2 id="confirm-title">{ title }</h2>
            <p id="confirm-text">{ text }</p>
            <div class="button-row">
                <button type="button" class="button danger" onclick={on_confirm}>{ action_label }</button>
                <button type="button" class="button secondary" ref={cancel_button} onclick={on_cancel}>{ "Cancel" }</button>
            </div>
        </div>
    }
}

/// Says exactly what deleting removes from this browser, and what it cannot reach.
fn delete_text(scope: DeleteScope) -> String {
    let DeleteScope {
        answers,
        named,
        results,
        copies,
    } = scope;
    // With no answers in this tab, storage may still hold some (a newer version's, say).
    let mut parts = vec![match answers {
        0 => "any answers saved in this browser".to_string(),
        n => format!("your {n} {} in progress", answers_word(n)),
    }];
    if named {
        parts.push("the name you gave your result".to_string());
    }
    if results > 0 {
        parts.push(format!(
            "your list of {results} earlier {}",
            if results == 1 { "result" } else { "results" }
        ));
    }
    if copies > 0 {
        parts.push(format!(
            "{copies} {} of saved data kept aside",
            if copies == 1 { "copy" } else { "copies" }
        ));
    }
    let removed = match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    format!(
        "This removes from this browser {removed}. It cannot be undone. Links, pictures and files you have already shared or downloaded are not affected: they do not depend on this browser."
    )
}

fn answers_word(count: usize) -> &'static str {
    if count == 1 {
        "answer"
    } else {
        "answers"
    }
}
