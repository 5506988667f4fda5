//! The root component: owns the state, writes storage after each change, listens for changes
//! made in other tabs, and picks the view for the current position.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::history::{History, HISTORY_KEY};
use crate::core::questionnaire::default_bank;
use crate::core::scoring::assess;
use crate::core::session::{parse_document, Position, BACKUP_KEY_PREFIX, SESSION_KEY};
use crate::core::settings::Settings;

use super::clock::{local_day, now_ms};
use super::components::{
    app_title::AppTitle, confirm::ConfirmPanel, footer::Footer, notices::Notices,
    progress::Progress, results::ResultsView, section::SectionView, section_nav::SectionNav,
    welcome::Welcome,
};
use super::state::{Action, AppState, Confirm, PersistOp};
use super::storage::Store;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::load(Store::open()));
    use_persistence(&state);
    use_other_tabs(state.dispatcher());

    let bank = default_bank();
    let assessment = Rc::new(assess(bank, &state.session.answers));
    let answers = Rc::new(state.session.answers.clone());
    let settings = use_context::<Rc<Settings>>().unwrap_or_default();
    // Without the welcome page (a host's choice), a fresh start opens at the first section.
    let position = match state.session.position {
        Position::Welcome if !settings.welcome => Position::Section { index: 0 },
        position => position,
    };
    let dispatch = state.dispatcher();
    let go_to = {
        let dispatch = dispatch.clone();
        Callback::from(move |position: Position| dispatch.dispatch(Action::GoTo(position)))
    };
    let ask = {
        let dispatch = dispatch.clone();
        Callback::from(move |confirm: Confirm| dispatch.dispatch(Action::Ask(confirm)))
    };

    let view = match position {
        Position::Welcome => html! {
            <Welcome answered={assessment.answered()} total={assessment.statements()}
                resume_at={resume_position(&assessment)} on_go={go_to.clone()} />
        },
        Position::Section { index } => html! {
            <SectionView
                index={index}
                answers={answers.clone()}
                assessment={assessment.clone()}
                moves={state.moves}
                on_answer={dispatch.to_callback()}
                on_go={go_to.clone()}
                has_intro={settings.welcome}
            />
        },
        Position::Results => html! {
            <ResultsView assessment={assessment.clone()} answers={answers.clone()}
                label={AttrValue::from(state.session.label.clone())} history={Rc::new(state.history.clone())}
                today={local_day(now_ms())} moves={state.moves} on_go={go_to.clone()} on_ask={ask.clone()}
                dispatch={dispatch.to_callback()} sharing={settings.sharing} />
        },
    };

    html! {
        <div class="app">
            <header class="app-header">
                <AppTitle />
                if position != Position::Welcome {
                    <Progress position={position} answered={assessment.answered()} total={assessment.statements()} />
                    <SectionNav position={position} assessment={assessment.clone()} on_go={go_to.clone()} />
                }
            </header>
            <Notices notices={state.notices.clone()} storage={state.storage.clone()} dispatch={dispatch.to_callback()} />
            if let Some(confirm) = state.confirm {
                <ConfirmPanel confirm={confirm} dispatch={dispatch.to_callback()} />
            }
            <main id="main" class="app-main">{ view }</main>
            <Footer on_ask={ask} />
        </div>
    }
}

/// The first section with unanswered statements, or the results when everything is answered.
fn resume_position(assessment: &crate::core::scoring::Assessment) -> Position {
    assessment
        .criteria
        .iter()
        .position(|c| c.unanswered() > 0)
        .map_or(Position::Results, |index| Position::Section { index })
}

/// Writes storage after each change that asks for it and reports the outcome back.
#[hook]
fn use_persistence(state: &UseReducerHandle<AppState>) {
    let request = state.persist;
    let store = state.store;
    let session = state.session.clone();
    let history = state.history_writable.then(|| state.history.clone());
    let dispatch = state.dispatcher();
    use_effect_with(request, move |request| {
        let outcome = match request.op {
            PersistOp::Nothing => None,
            PersistOp::Save => Some(store.save_session(&session)),
            PersistOp::SaveWithHistory => Some(
                store
                    .save_session(&session)
                    .and_then(|()| history.map_or(Ok(()), |history| store.save_history(&history))),
            ),
            PersistOp::DeleteEverything => {
                let mut keys = store.keys_with_prefix(BACKUP_KEY_PREFIX);
                keys.push(SESSION_KEY.to_string());
                keys.push(HISTORY_KEY.to_string());
                Some(keys.iter().try_for_each(|key| store.remove(key)))
            }
        };
        if let Some(outcome) = outcome {
            dispatch.dispatch(Action::PersistFinished(outcome));
        }
    });
}

/// Follows the `storage` event, which the browser fires in every other tab of this origin when
/// one tab writes, so two open tabs never drift apart or overwrite each other's newer answers.
#[hook]
fn use_other_tabs(dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                match event.key() {
                    // `key` is null when another tab cleared all of the origin's storage.
                    None => dispatch.dispatch(Action::DeletedElsewhere),
                    Some(key) if key == HISTORY_KEY => {
                        // Removed -> an empty list; unreadable (say, written by a newer build)
                        // -> None, and this tab stops writing the list rather than replace it.
                        let history = match event.new_value() {
                            None => Some(History::default()),
                            Some(raw) => History::parse(&raw).ok(),
                        };
                        dispatch.dispatch(Action::HistoryChangedElsewhere(history));
                    }
                    Some(key) if key == SESSION_KEY => match event.new_value() {
                        None => dispatch.dispatch(Action::DeletedElsewhere),
                        Some(raw) => {
                            if let Ok(session) = parse_document(&raw, default_bank()) {
                                dispatch.dispatch(Action::ChangedElsewhere(session));
                            }
                        }
                    },
                    Some(_) => {}
                }
            })
        });
        move || drop(listener)
    });
}
