//! The first screen: what this is, how long it takes, and what happens to the answers.

use yew::prelude::*;

use crate::core::assess::session::Position;
use crate::core::questions::role::Role;
use crate::core::questions::set::Stage;
use crate::ui::content::use_content;
use crate::ui::prerender::EARLY_START;
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
    /// Who the person said they are in the partnership, if they have.
    pub role: Option<Role>,
    pub on_role: Callback<Option<Role>>,
}

#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    crate::ui::render_count::note("Welcome");
    let content = use_content();
    let set = &content.questions;
    let shape = use_question_set().get();
    let statements = shape.statement_count();
    let (fewest, most) = shape.section_sizes();
    let fact = |fact: &str| match fact {
        "time" => (
            content.format(
                "welcome-fact-time",
                &[("minutes", shape.minutes_to_answer().into())],
            ),
            content.format(
                "welcome-fact-time-detail",
                &[("fewest", fewest.into()), ("most", most.into())],
            ),
        ),
        _ => (
            content.text(&format!("welcome-fact-{fact}")),
            content.text(&format!("welcome-fact-{fact}-detail")),
        ),
    };
    // The role question: each role, then "Not given" (the question is optional, and a choice
    // can be taken back).
    let role_option = |role: Option<Role>| {
        let id = format!("role-{}", role.map_or("not-given", Role::id));
        let on_role = props.on_role.clone();
        let name = match role {
            Some(role) => role.label(&content),
            None => content.text("role-not-given"),
        };
        html! {
            <label class="stage-option" for={id.clone()}>
                <input type="radio" id={id} name="role" value={role.map_or("", Role::id)}
                    checked={props.role == role}
                    onchange={move |_| on_role.emit(role)} />
                <span>{ name }</span>
            </label>
        }
    };
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
                { for ["time", "anonymous", "device", "delete"].iter().map(|name| {
                    let (fact, detail) = fact(name);
                    // One text node, as the prerendered page (parsed HTML) has it: two would be
                    // shaped apart, and the line would move by a pixel when the app takes over.
                    html! { <li><strong>{ fact }</strong>{ format!(" {detail}") }</li> }
                }) }
            </ul>
            <div class="welcome-questions">
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
            <fieldset class="stage-question role-question" id="role-question">
                <legend>{ content.text("welcome-role-question") }</legend>
                <p class="stage-hint">{ content.text("welcome-role-hint") }</p>
                { for Role::ALL.iter().map(|role| role_option(Some(*role))) }
                { role_option(None) }
            </fieldset>
            </div>
            if props.answered > 0 {
                <p class="resume-note">{ content.format("welcome-resume-note", &[("answered", props.answered.into()), ("total", props.total.into())]) }</p>
                <div class="button-row">
                    <button type="button" class="button primary" onclick={go(props.resume_at)}>{ content.text("welcome-continue") }</button>
                    <button type="button" class="button secondary" onclick={go(Position::Results)}>{ content.text("welcome-results-so-far") }</button>
                </div>
            } else {
                <div class="button-row">
                    <button type="button" class="button primary" data-early={EARLY_START} onclick={go(Position::Section { index: 0 })}>{ content.text("welcome-start") }</button>
                </div>
            }
        </section>
    }
}
