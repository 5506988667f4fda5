//! The first screen: what this is, how long it takes, and what happens to the answers.

use yew::prelude::*;

use crate::core::assess::session::Position;
use crate::core::questions::set::Stage;
use crate::ui::content::use_content;
use crate::ui::question_set::use_question_set;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub answered: usize,
    pub total: usize,
    /// Where "Continue" leads: the first section with unanswered statements.
    pub resume_at: Position,
    pub on_go: Callback<Position>,
    /// How far along the person said the partnership is, if they have.
    pub stage: Option<Stage>,
    pub on_stage: Callback<Option<Stage>>,
}

#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    let content = use_content();
    let set = &content.questions;
    let statements = use_question_set().get().statement_count();
    let go = |position: Position| {
        let on_go = props.on_go.clone();
        Callback::from(move |_: MouseEvent| on_go.emit(position))
    };
    html! {
        <section class="welcome" aria-labelledby="welcome-heading">
            <h1 id="welcome-heading">{ content.text("welcome-heading") }</h1>
            <p class="lead">
                { content.format("welcome-lead", &[("count", statements.into())]) }
            </p>
            <ul class="criteria-list" aria-label={content.text("welcome-criteria-label")}>
                { for set.criteria.iter().map(|c| html! { <li>{ c.name.clone() }</li> }) }
            </ul>
            <ul class="facts">
                { for ["time", "anonymous", "device", "delete"].iter().map(|fact| html! {
                    <li><strong>{ content.text(&format!("welcome-fact-{fact}")) }</strong>{ " " }{ content.text(&format!("welcome-fact-{fact}-detail")) }</li>
                }) }
            </ul>
            <fieldset class="stage-question" id="stage-question">
                <legend>{ content.text("welcome-stage-question") }</legend>
                <p class="stage-hint">{ content.text("welcome-stage-hint") }</p>
                { for Stage::ALL.iter().map(|stage| {
                    let stage = *stage;
                    let id = format!("stage-{}", stage.id());
                    let on_stage = props.on_stage.clone();
                    html! {
                        <label class="stage-option" for={id.clone()}>
                            <input type="radio" id={id} name="stage" value={stage.id()}
                                checked={props.stage == Some(stage)}
                                onchange={move |_| on_stage.emit(Some(stage))} />
                            <span>{ set.stage(stage).name.clone() }</span>
                        </label>
                    }
                }) }
            </fieldset>
            if props.answered > 0 {
                <p class="resume-note">{ content.format("welcome-resume-note", &[("answered", props.answered.into()), ("total", props.total.into())]) }</p>
                <div class="button-row">
                    <button type="button" class="button primary" onclick={go(props.resume_at)}>{ content.text("welcome-continue") }</button>
                    <button type="button" class="button secondary" onclick={go(Position::Results)}>{ content.text("welcome-results-so-far") }</button>
                </div>
            } else {
                <div class="button-row">
                    <button type="button" class="button primary" onclick={go(Position::Section { index: 0 })}>{ content.text("welcome-start") }</button>
                </div>
            }
        </section>
    }
}
