//! The root component: owns the state, writes storage after each change, listens for changes
//! made in other tabs, and picks the view for the current position.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::assess::scoring::assess;
use crate::core::assess::session::{Position, Session};
use crate::core::formats::history::History;
use crate::core::formats::stored::history::HISTORY_KEY;
use crate::core::formats::stored::keys::{KeyRegistry, DELETING_KEY, KEPT_COPY_KEY_PREFIX};
use crate::core::formats::stored::session::SESSION_KEY;
use crate::core::formats::stored::{Reading, StoredDocument};
use crate::core::host::durability::storage_risk;
use crate::core::questions::set::{Answer, QuestionSet};

use super::boot::use_boot;
use super::clock::{local_day, now_ms};
use super::components::{
    app_title::AppTitle, confirm::ConfirmPanel, footer::Footer, notices::Notices,
};
use super::content::use_content;
#[cfg(feature = "results")]
use super::parts::{LazyView, ResultsPart};
use super::question_set::{use_question_set, QuestionSetRef};
use super::state::{Action, AppState, HistoryChange, PersistOp, StorageMode, Stored};
use super::storage::{is_local_storage, HistorySaved, Saved, SessionSaved, Store};
#[cfg(not(feature = "results"))]
use super::views::left_out::{LeftOut, LeftOutView};
use super::views::questionnaire::{
    progress::Progress, section::SectionView, section_nav::SectionNav, welcome::Welcome,
};
#[cfg(feature = "results")]
use super::views::results::page::ResultsProps;
use super::web::storage_context;

/// The own assessment as storage holds it: read once, at start-up (`Boot`) or when the person
/// first goes to it from a shared page.
pub fn own_assessment_from_storage(question_set: QuestionSetRef) -> AppState {
    AppState::load(Store::open(), question_set, storage_risk(storage_context()))
}

#[derive(Properties, Default)]
pub struct AppProps {
    /// The starting state (`Boot::own_assessment`); without it (a test mounting the app alone)
    /// storage is read when the app is first rendered.
    #[prop_or_default]
    pub initial: Option<Rc<AppState>>,
}

/// The starting state is read once; a new one is never passed (compared by identity).
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        match (&self.initial, &other.initial) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    crate::ui::render_count::note("App");
    let initial = props.initial.clone();
    let question_set = use_question_set();
    let state = use_reducer(move || {
        initial.map_or_else(
            || own_assessment_from_storage(question_set),
            |state| (*state).clone(),
        )
    });
    let boot = use_boot();
    let language = use_content().language;
    // The day the results are dated: the start-up day, then the clock's at each move (read in
    // an effect, never while rendering).
    let today = use_state(|| local_day(boot.now_ms));
    {
        let today = today.clone();
        use_effect_with(state.moves, move |_| {
            let now = local_day(now_ms());
            if *today != now {
                today.set(now);
            }
        });
    }
    use_persistence(&state);
    use_other_tabs(state.dispatcher(), state.question_set);

    let set = state.question_set.get();
    let assessment = Rc::new(assess(set, &state.session.answers));
    let answers = Rc::new(state.session.answers.clone());
    let settings = &boot.settings;
    // Without the welcome page (a host's choice), a fresh start opens at the first section.
    let position = match state.session.position {
        Position::Welcome if !settings.welcome => Position::Section { index: 0 },
        position => position,
    };
    // The results link to a shared result and a comparison: fetch both once they are reached.
    use_effect_with(position == Position::Results, |at_results| {
        if *at_results {
            #[cfg(feature = "shared-result")]
            super::parts::prefetch::<super::parts::SharedResultPart>();
            #[cfg(feature = "comparison")]
            super::parts::prefetch::<super::parts::ComparePart>();
        }
    });
    let dispatch = state.dispatcher();
    // Each callback is made once (the dispatcher never changes), so a child whose other props
    // are equal is not rendered again: one answer re-renders only what it changes.
    let go_to = use_callback(dispatch.clone(), |position, dispatch| {
        dispatch.dispatch(Action::GoTo(position))
    });
    let ask = use_callback(dispatch.clone(), |confirm, dispatch| {
        dispatch.dispatch(Action::Ask(confirm))
    });
    let on_stage = use_callback(dispatch.clone(), |stage, dispatch| {
        dispatch.dispatch(Action::SetStage(stage))
    });
    let on_role = use_callback(dispatch.clone(), |role, dispatch| {
        dispatch.dispatch(Action::SetRole(role))
    });
    let on_answer = use_callback(
        dispatch.clone(),
        |(statement, answer): (AttrValue, Answer), dispatch| {
            dispatch.dispatch(Action::Answer {
                statement: statement.to_string(),
                answer,
            })
        },
    );
    let on_notice = use_callback(dispatch.clone(), |choice, dispatch| {
        dispatch.dispatch(Action::from(choice))
    });
    let on_cancel = use_callback(dispatch.clone(), |(), dispatch| {
        dispatch.dispatch(Action::CancelConfirm)
    });
    let on_restore = use_callback(dispatch.clone(), |key, dispatch| {
        dispatch.dispatch(Action::OfferRestore(key))
    });
    let on_confirm = use_callback(
        (dispatch.clone(), state.confirm),
        |(), (dispatch, confirm)| {
            if let Some(confirm) = confirm {
                dispatch.dispatch(confirm.action());
            }
        },
    );

    let view = match position {
        Position::Welcome => html! {
            <Welcome answered={assessment.answered()} total={assessment.statements()}
                resume_at={resume_position(&assessment)} on_go={go_to.clone()}
                stage={state.session.stage} on_stage={on_stage}
                role={state.session.role} on_role={on_role} />
        },
        Position::Section { index } => html! {
            <SectionView
                index={index}
                answers={answers.clone()}
                assessment={assessment.clone()}
                moves={state.moves}
                focus_statement={state.focus_statement.clone().map(AttrValue::from)}
                on_answer={on_answer}
                on_go={go_to.clone()}
                stage={state.session.stage}
                has_intro={settings.welcome}
            />
        },
        #[cfg(not(feature = "results"))]
        Position::Results => html! {
            <LeftOut view={LeftOutView::Results} on_back={go_to.reform(|()| Position::Welcome)} />
        },
        #[cfg(feature = "results")]
        Position::Results => {
            let props = ResultsProps {
                assessment: assessment.clone(),
                answers: answers.clone(),
                label: AttrValue::from(state.session.label.clone()),
                stage: state.session.stage,
                role: state.session.role,
                history: Rc::new(state.history.clone()),
                today: *today,
                moves: state.moves,
                on_go: go_to.clone(),
                on_statement: dispatch.to_callback().reform(Action::GoToStatement),
                on_ask: ask.clone(),
                on_label: dispatch.to_callback().reform(Action::SetLabel),
                on_import: dispatch.to_callback().reform(Action::OfferImport),
                sharing: settings.sharing,
            };
            html! { <LazyView<ResultsPart> {props} /> }
        }
    };

    html! {
        <div class="app" lang={language.tag()}>
            <header class="app-header">
                <AppTitle />
                if position != Position::Welcome {
                    <Progress position={position} answered={assessment.answered()} total={assessment.statements()} />
                    <SectionNav position={position} assessment={assessment.clone()} on_go={go_to.clone()} />
                }
            </header>
            <Notices notices={state.notices.clone()} storage={state.storage.clone()} on_choice={on_notice} />
            if let Some(confirm) = state.confirm {
                <ConfirmPanel confirm={confirm} delete_scope={state.delete_scope()}
                    on_confirm={on_confirm}
                    on_cancel={on_cancel} />
            }
            <main id="main" class="app-main">{ view }</main>
            <Footer on_ask={ask}
                kept={state.kept_copies.clone()} can_restore={state.storage == StorageMode::Saving} on_restore={on_restore} />
        </div>
    }
}

/// The first section with unanswered statements, or the results when everything is answered.
fn resume_position(assessment: &crate::core::assess::scoring::Assessment) -> Position {
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
    let set = state.question_set.get();
    let seen = state.seen.clone();
    let session = state.session.clone();
    let history = state.history_writable.then(|| state.history.clone());
    let restoring = state.pending_restore.clone();
    let kept_keys: Vec<String> = state.kept_copies.iter().map(|c| c.key.clone()).collect();
    let dispatch = state.dispatcher();
    use_effect_with(request, move |request| {
        let now = now_ms();
        // Remember at once what was written, so a save that follows before this outcome is
        // reduced compares against the right text.
        let note_session = |saved: SessionSaved| {
            if let Saved::Written { raw, .. } = &saved {
                seen.set_session(Some(raw));
            }
            saved
        };
        let note_history = |saved: HistorySaved| {
            if let Saved::Written { raw, .. } = &saved {
                seen.set_history(Some(raw));
            }
            saved
        };
        // The kept copies are read again (and parsed) only when a write kept one aside: listing
        // the keys is cheap, reading every copy after every answer is not.
        let finished = |session: SessionSaved, history: Option<HistorySaved>| {
            let keys = store.keys_with_prefix(KEPT_COPY_KEY_PREFIX);
            let unchanged =
                keys.len() == kept_keys.len() && keys.iter().all(|key| kept_keys.contains(key));
            Action::PersistFinished {
                session,
                history,
                kept: (!unchanged).then(|| store.kept_copies::<Session>(set)),
            }
        };
        let action = match request.op {
            PersistOp::Nothing => None,
            PersistOp::Save => {
                let saved = store.save(set, seen.session().as_deref(), &session, now);
                Some(finished(note_session(saved), None))
            }
            PersistOp::SaveWithHistory => {
                let saved = note_session(store.save(set, seen.session().as_deref(), &session, now));
                // Results are added only when the session itself could be written: if the
                // store was cleared or is newer, the person is asked first.
                let history = match (&saved, &history) {
                    (Saved::Written { .. }, Some(history)) => Some(note_history(store.save(
                        &(),
                        seen.history().as_deref(),
                        history,
                        now,
                    ))),
                    _ => None,
                };
                Some(finished(saved, history))
            }
            PersistOp::Rewrite => {
                let saved = note_session(store.keep_after_clear(set, &session, now));
                // The results are added to whatever another tab may have saved since the clear.
                let history =
                    history.map(|history| note_history(store.save(&(), None, &history, now)));
                Some(finished(saved, history))
            }
            PersistOp::RestoreKeepingCurrentAside => restoring.map(|restored| {
                Action::RestoreFinished(note_session(store.put_back(set, &session, restored, now)))
            }),
            // "Removes everything this tool stored" includes the choice of language (the page
            // stays in it until it is reloaded).
            PersistOp::DeleteEverything => Some(Action::DeleteFinished(
                store.delete_all(&KeyRegistry::widget()),
            )),
        };
        if let Some(action) = action {
            dispatch.dispatch(action);
        }
    });
}

/// Follows the `storage` event, which the browser fires in every other tab of this origin when
/// one tab writes, so two open tabs never drift apart or overwrite each other's newer answers.
/// (A change made by this page itself fires no event: the check before each write covers it.)
#[hook]
fn use_other_tabs(dispatch: UseReducerDispatcher<AppState>, question_set: QuestionSetRef) {
    use_effect_with((), move |_| {
        // Between another tab's marker being set and removed, removals are the person's own
        // "Delete my answers". Followed from the events, which arrive in order; storage itself is
        // not asked, since the deleting tab has usually removed the marker by the time an event
        // is handled.
        let deleting = Cell::new(false);
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                // Only local storage is ours: a sessionStorage.clear() elsewhere is not.
                if !event
                    .storage_area()
                    .is_some_and(|area| is_local_storage(&area))
                {
                    return;
                }
                if let Some(action) = action_for_storage_change(
                    question_set.get(),
                    event.key(),
                    event.new_value(),
                    &deleting,
                ) {
                    dispatch.dispatch(action);
                }
            })
        });
        move || drop(listener)
    });
}

/// What another tab's change to `key` (now `new_value`) means for this one; `deleting` says
/// whether another tab is deleting everything (see `DELETING_KEY`).
fn action_for_storage_change(
    set: &QuestionSet,
    key: Option<String>,
    new_value: Option<String>,
    deleting: &Cell<bool>,
) -> Option<Action> {
    let Some(key) = key else {
        // `key` is null when a page cleared all of the origin's storage: never the person's
        // own "Delete my answers", which removes our keys one by one.
        return Some(Action::ClearedElsewhere);
    };
    if key == DELETING_KEY {
        deleting.set(new_value.is_some());
        return None;
    }
    // Any other page's removal (a sign-out step removing keys one by one) is asked about, as
    // a clear() is.
    if new_value.is_none() && !deleting.get() {
        return match key.as_str() {
            SESSION_KEY => Some(Action::RemovedElsewhere(Stored::Session)),
            HISTORY_KEY => Some(Action::RemovedElsewhere(Stored::History)),
            _ => None,
        };
    }
    if key == HISTORY_KEY {
        let change = match new_value {
            None => HistoryChange::Removed,
            Some(raw) => match History::read(&raw, &(), None) {
                Reading::Read(history) => HistoryChange::Changed { history, raw },
                Reading::Newer(version) => HistoryChange::Newer(version),
                Reading::Damaged { .. } | Reading::Unreadable(_) => HistoryChange::Unreadable,
            },
        };
        return Some(Action::HistoryChangedElsewhere(change));
    }
    if key != SESSION_KEY {
        return None;
    }
    match new_value {
        None => Some(Action::DeletedElsewhere),
        Some(raw) => match Session::read(&raw, set, Some(now_ms())) {
            Reading::Read(session) => Some(Action::ChangedElsewhere { session, raw }),
            Reading::Newer(version) => Some(Action::NewerElsewhere(version)),
            // Anything else unreadable is kept aside by the check before this tab's next write.
            Reading::Damaged { .. } | Reading::Unreadable(_) => None,
        },
    }
}
