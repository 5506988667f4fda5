//! Asks before anything destructive. An in-page panel rather than `window.confirm`, which
//! sandboxed iframes may block and which cannot be styled or tested like the rest of the page.

use yew::prelude::*;

use crate::ui::state::{Action, Confirm};

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    pub confirm: Confirm,
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
            "This removes everything this tool has stored in this browser, including your earlier results and any damaged data kept aside. It cannot be undone.".to_string(),
            "Yes, delete everything",
            Action::DeleteEverything,
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

fn answers_word(count: usize) -> &'static str {
    if count == 1 {
        "answer"
    } else {
        "answers"
    }
}
