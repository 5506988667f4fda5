//! The first screen: what this is, how long it takes, and what happens to the answers.

use yew::prelude::*;

use crate::core::questionnaire::{default_bank, Stage};
use crate::core::session::Position;

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
    let bank = default_bank();
    let go = |position: Position| {
        let on_go = props.on_go.clone();
        Callback::from(move |_: MouseEvent| on_go.emit(position))
    };
    html! {
        <section class="welcome" aria-labelledby="welcome-heading">
            <h1 id="welcome-heading">{ "How ready is your partnership?" }</h1>
            <p class="lead">
                { format!("Answer {} short statements about a partnership you are part of. You will see where it is strong, \
                   where it is at risk, and what to do next, across the six things successful partnerships get right.", bank.statement_count()) }
            </p>
            <ul class="criteria-list" aria-label="The six criteria">
                { for bank.criteria.iter().map(|c| html! { <li>{ c.name.clone() }</li> }) }
            </ul>
            <ul class="facts">
                <li><strong>{ "About 6 minutes." }</strong>{ " Six short sections of five or six statements. Skip any you cannot answer." }</li>
                <li><strong>{ "Anonymous." }</strong>{ " No names, no accounts, no cookies." }</li>
                <li><strong>{ "Stays on this device." }</strong>{ " Your answers are saved in this browser as you go, so you can leave and come back. Nothing is sent anywhere." }</li>
                <li><strong>{ "Yours to delete." }</strong>{ " \u{201c}Delete my answers\u{201d} at the bottom of every page removes everything this tool stored." }</li>
            </ul>
            <fieldset class="stage-question" id="stage-question">
                <legend>{ "How far along is the partnership?" }</legend>
                <p class="stage-hint">{ "Every statement works at every stage; your answer helps read the result, and it travels with any result you share." }</p>
                { for Stage::ALL.iter().map(|stage| {
                    let stage = *stage;
                    let id = format!("stage-{}", stage.id());
                    let on_stage = props.on_stage.clone();
                    html! {
                        <label class="stage-option" for={id.clone()}>
                            <input type="radio" id={id} name="stage" value={stage.id()}
                                checked={props.stage == Some(stage)}
                                onchange={move |_| on_stage.emit(Some(stage))} />
                            <span>{ bank.stage(stage).name.clone() }</span>
                        </label>
                    }
                }) }
            </fieldset>
            if props.answered > 0 {
                <p class="resume-note">{ format!("You have answered {} of {} statements so far.", props.answered, props.total) }</p>
                <div class="button-row">
                    <button type="button" class="button primary" onclick={go(props.resume_at)}>{ "Continue the assessment" }</button>
                    <button type="button" class="button secondary" onclick={go(Position::Results)}>{ "See results so far" }</button>
                </div>
            } else {
                <div class="button-row">
                    <button type="button" class="button primary" onclick={go(Position::Section { index: 0 })}>{ "Start the assessment" }</button>
                </div>
            }
        </section>
    }
}
