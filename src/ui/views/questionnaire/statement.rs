//! One statement: a named radio group of the five agreement options plus a separate "Don't know".

use yew::prelude::*;

use crate::core::questions::set::Answer;
use crate::ui::content::use_content;

#[derive(Properties, PartialEq)]
pub struct StatementProps {
    pub id: AttrValue,
    pub number: usize,
    pub text: AttrValue,
    /// When "Don't know" is the honest answer, for a statement many cannot answer from what
    /// they see; read with the statement (`aria-describedby`).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub selected: Option<Answer>,
    pub on_answer: Callback<(AttrValue, Answer)>,
}

#[component]
pub fn StatementItem(props: &StatementProps) -> Html {
    crate::ui::render_count::note("StatementItem");
    let content = use_content();
    let option = |answer: Answer| {
        let input_id = format!("{}-{}", props.id, answer.key());
        let on_answer = props.on_answer.clone();
        let statement = props.id.clone();
        html! {
            <label class={classes!("option", format!("option-{}", answer.key()))} for={input_id.clone()}>
                <input type="radio" id={input_id} name={props.id.clone()} value={answer.key()}
                    checked={props.selected == Some(answer)}
                    onchange={move |_| on_answer.emit((statement.clone(), answer))} />
                <span class="option-label">{ answer.label(&content) }</span>
            </label>
        }
    };
    let hint_id = format!("statement-{}-hint", props.id);
    html! {
        <fieldset class={classes!("statement", props.selected.is_some().then_some("is-answered"))} id={format!("statement-{}", props.id)}
            aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}>
            <legend class="statement-text">
                <span class="statement-number">{ format!("{}.", props.number) }</span>
                { props.text.clone() }
            </legend>
            if let Some(hint) = &props.hint {
                <p class="statement-hint" id={hint_id}>{ hint.clone() }</p>
            }
            <div class="scale">
                { for Answer::ALL[..5].iter().map(|a| option(*a)) }
            </div>
            <div class="scale-dont-know">{ option(Answer::DontKnow) }</div>
        </fieldset>
    }
}
