//! Tests of the reducer (`ui::state`), kept beside it.

pub(super) use super::*;
pub(super) use crate::core::formats::history::testing::snapshot as result;
use crate::core::questions::set::built_in_set;

/// A state that saves normally, as after loading an empty store.
pub(super) fn saving() -> AppState {
    let mut state = AppState::load(Store::in_memory(), QuestionSetRef::built_in(), None);
    state.storage = StorageMode::Saving;
    state.notices.clear();
    state
}

pub(super) fn in_mode(storage: StorageMode) -> Rc<AppState> {
    Rc::new(AppState {
        storage,
        ..saving()
    })
}

pub(super) fn step(state: &Rc<AppState>, action: Action) -> Rc<AppState> {
    state.clone().reduce(action)
}

pub(super) fn answer(statement: &str, answer: Answer) -> Action {
    Action::Answer {
        statement: statement.to_string(),
        answer,
    }
}

/// Every statement answered, then the results: the moment a result is kept.
pub(super) fn finished(from: Rc<AppState>) -> Rc<AppState> {
    let mut state = from;
    for (_, statement) in built_in_set().statements() {
        state = step(&state, answer(statement.id(), Answer::Agree));
    }
    step(&state, Action::GoTo(Position::Results))
}

pub(super) fn saved(state: &AppState) -> PersistFinished {
    PersistFinished {
        session: SessionSaved::Written {
            document: state.session.clone(),
            raw: state.session.to_json(),
            merged: false,
        },
        history: None,
        kept: None,
    }
}

/// `Action::PersistFinished`'s fields, to build one in a line.
pub(super) struct PersistFinished {
    pub(super) session: SessionSaved,
    pub(super) history: Option<HistorySaved>,
    pub(super) kept: Option<Vec<KeptCopy>>,
}

impl From<PersistFinished> for Action {
    fn from(p: PersistFinished) -> Action {
        Action::PersistFinished {
            session: p.session,
            history: p.history,
            kept: p.kept,
        }
    }
}

#[test]
fn a_change_asks_for_a_save_only_while_saving() {
    let state = in_mode(StorageMode::Saving);
    let next = step(&state, answer("trust-1", Answer::Agree));
    assert_eq!(next.session.answers.get("trust-1"), Some(&Answer::Agree));
    assert_eq!(
        next.persist,
        PersistRequest {
            revision: state.persist.revision + 1,
            op: PersistOp::Save
        }
    );
    // The same answer again changes nothing and asks for nothing.
    let again = step(&next, answer("trust-1", Answer::Agree));
    assert!(Rc::ptr_eq(&next, &again));
    // Each further change is a new job, so the app's effect runs once for each.
    let third = step(&next, answer("trust-1", Answer::Disagree));
    assert_eq!(third.persist.revision, next.persist.revision + 1);

    // Without storage, with unreadable data not copied aside, after someone else cleared
    // the store, or over a newer build's data: the answer is taken, nothing is written.
    for mode in [
        StorageMode::InMemory,
        StorageMode::Paused,
        StorageMode::ClearedElsewhere,
        StorageMode::NewerElsewhere(9),
    ] {
        let state = in_mode(mode.clone());
        let next = step(&state, answer("trust-1", Answer::Agree));
        assert_eq!(next.session.answers.get("trust-1"), Some(&Answer::Agree));
        assert_eq!(next.persist, state.persist, "{mode:?}");
        let moved = step(&next, Action::GoTo(Position::Section { index: 1 }));
        assert_eq!(moved.persist, state.persist, "{mode:?}");
    }
}

#[test]
fn deleting_everything_is_always_attempted_and_releases_saving() {
    for mode in [
        StorageMode::Paused,
        StorageMode::ClearedElsewhere,
        StorageMode::NewerElsewhere(9),
    ] {
        let next = step(&in_mode(mode.clone()), Action::DeleteEverything);
        assert_eq!(next.persist.op, PersistOp::DeleteEverything, "{mode:?}");
        assert_eq!(next.storage, StorageMode::Saving, "{mode:?}");
        assert_eq!(next.notices, [Notice::Deleted]);
    }
    // Without storage there is none to release, but whatever is there is still tried.
    let next = step(&in_mode(StorageMode::InMemory), Action::DeleteEverything);
    assert_eq!(next.persist.op, PersistOp::DeleteEverything);
    assert_eq!(next.storage, StorageMode::InMemory);
    // A failure takes back "deleted" and says so.
    let failed = step(&next, Action::DeleteFinished(Err(StorageError::Full)));
    assert_eq!(failed.notices, [Notice::DeleteFailed(StorageError::Full)]);
}

#[test]
fn saving_resumes_only_when_the_person_replaces_unreadable_data() {
    let mut paused = saving();
    paused.storage = StorageMode::Paused;
    paused.notices.push(Notice::Unreadable {
        reason: DocumentError::NotJson,
        backup_key: None,
    });
    let paused = Rc::new(paused);
    let next = step(&paused, Action::ResumeSaving);
    assert_eq!(next.storage, StorageMode::Saving);
    assert_eq!(next.persist.op, PersistOp::Save);
    assert!(next.notices.is_empty());
}

#[test]
fn a_finished_assessment_is_kept_in_the_history_and_saved_with_the_session() {
    let done = finished(in_mode(StorageMode::Saving));
    assert_eq!(done.history.entries.len(), 1);
    assert_eq!(done.unsaved_results.len(), 1);
    assert_eq!(done.persist.op, PersistOp::SaveWithHistory);

    let history = done.history.clone();
    let raw = history.to_json();
    let written = step(
        &done,
        PersistFinished {
            history: Some(HistorySaved::Written {
                document: history,
                raw: raw.clone(),
                merged: false,
            }),
            ..saved(&done)
        }
        .into(),
    );
    assert!(written.unsaved_results.is_empty());
    assert_eq!(written.seen.history().as_deref(), Some(raw.as_str()));
    assert_eq!(
        written.seen.session().as_deref(),
        Some(done.session.to_json().as_str())
    );
    // Once the result is stored, a change saves the session alone.
    let changed = step(&written, answer("trust-1", Answer::Disagree));
    assert_eq!(changed.persist.op, PersistOp::Save);
    // Visiting the results again with the same answers keeps no second copy.
    let back = step(&written, Action::GoTo(Position::Results));
    assert_eq!(back.history.entries.len(), 1);
    assert!(back.unsaved_results.is_empty());
    assert_eq!(back.persist.op, PersistOp::Save);
}

#[test]
fn a_renamed_result_replaces_the_unsaved_one_under_its_old_name() {
    let done = finished(in_mode(StorageMode::Saving));
    let named = step(&done, Action::SetLabel("Housing team".into()));
    let again = step(&named, Action::GoTo(Position::Results));
    assert_eq!(again.history.entries.len(), 1);
    assert_eq!(again.unsaved_results.len(), 1);
    assert_eq!(again.unsaved_results[0].label, "Housing team");
}

/// A finished assessment whose result could not be saved (a full store), and the state before.
fn with_a_result_unsaved() -> (Rc<AppState>, Rc<AppState>) {
    let done = finished(in_mode(StorageMode::Saving));
    let failed = step(
        &done,
        PersistFinished {
            history: Some(HistorySaved::Failed(StorageError::Full)),
            ..saved(&done)
        }
        .into(),
    );
    (done, failed)
}

#[test]
fn a_result_whose_save_failed_is_tried_again_with_the_next_save() {
    let (done, failed) = with_a_result_unsaved();
    assert_eq!(failed.unsaved_results.len(), 1);
    assert_eq!(failed.notices, [Notice::SaveFailed(StorageError::Full)]);
    let next = step(&failed, answer("trust-1", Answer::Disagree));
    assert_eq!(next.persist.op, PersistOp::SaveWithHistory);
    // The failure is forgotten once a save works.
    let worked = step(&next, saved(&next).into());
    assert!(worked.notices.is_empty());

    // Storage gone altogether: the tab works in memory from then on.
    let gone = step(
        &done,
        PersistFinished {
            history: Some(HistorySaved::Failed(StorageError::Unavailable)),
            ..saved(&done)
        }
        .into(),
    );
    assert_eq!(gone.storage, StorageMode::InMemory);
    assert_eq!(gone.notices, [Notice::StorageUnavailable]);
    let after = step(&gone, answer("trust-1", Answer::Disagree));
    assert_eq!(after.persist, gone.persist);
}

/// A result whose save failed survives another tab's write of the list: it stays in the list this
/// tab holds, and the next save adds it to theirs.
#[test]
fn an_unsaved_result_outlives_another_tabs_write_of_the_list() {
    use crate::core::formats::stored::{plan_write, Plan};
    let (_, failed) = with_a_result_unsaved();
    let mine = failed.unsaved_results[0].clone();
    let theirs = History {
        entries: vec![result(40, 1)],
    };
    let raw = theirs.to_json();
    let changed = step(
        &failed,
        Action::HistoryChangedElsewhere(HistoryChange::Changed {
            history: theirs,
            raw: raw.clone(),
        }),
    );
    assert!(changed.history.entries.contains(&mine), "still shown");
    assert_eq!(changed.unsaved_results, std::slice::from_ref(&mine));
    // What the next save writes: their list with this tab's result added.
    let Plan::Write { document, .. } = plan_write(
        &(),
        changed.seen.history().as_deref(),
        Some(&raw),
        &changed.history,
        1.0,
    ) else {
        panic!("a write");
    };
    assert_eq!(document.entries, [result(40, 1), mine]);
}

#[test]
fn a_history_this_build_must_not_write_is_left_alone() {
    let done = finished(in_mode(StorageMode::Saving));
    let newer = step(
        &done,
        PersistFinished {
            history: Some(HistorySaved::Newer(3)),
            ..saved(&done)
        }
        .into(),
    );
    assert!(!newer.history_writable);
    assert_eq!(
        newer.notices,
        [Notice::HistoryDamaged(HistoryProblem::Newer(3))]
    );
    // The session is still saved; the results are not sent to the list again.
    let next = step(&newer, answer("trust-1", Answer::Disagree));
    assert_eq!(next.persist.op, PersistOp::Save);

    // The same when another tab leaves a list this build cannot read.
    let state = in_mode(StorageMode::Saving);
    let unreadable = step(
        &state,
        Action::HistoryChangedElsewhere(HistoryChange::Unreadable),
    );
    assert!(!unreadable.history_writable);
    let done = finished(unreadable);
    assert_eq!(done.unsaved_results.len(), 1);
    assert_eq!(done.persist.op, PersistOp::Save);
}

#[test]
fn another_tabs_list_of_results_is_taken_as_it_is() {
    let state = in_mode(StorageMode::Saving);
    let theirs = History {
        entries: vec![result(40, 1), result(60, 2)],
    };
    let raw = theirs.to_json();
    let changed = step(
        &state,
        Action::HistoryChangedElsewhere(HistoryChange::Changed {
            history: theirs.clone(),
            raw: raw.clone(),
        }),
    );
    assert_eq!(changed.history, theirs);
    assert_eq!(changed.seen.history().as_deref(), Some(raw.as_str()));
    assert_eq!(changed.persist, state.persist, "nothing to write back");
    let same = step(
        &changed,
        Action::HistoryChangedElsewhere(HistoryChange::Changed {
            history: theirs,
            raw,
        }),
    );
    assert!(Rc::ptr_eq(&changed, &same));
    let removed = step(
        &changed,
        Action::HistoryChangedElsewhere(HistoryChange::Removed),
    );
    assert!(removed.history.entries.is_empty());
    assert_eq!(removed.seen.history(), None);
}

#[test]
fn another_tabs_newer_answers_are_taken_but_this_person_stays_where_they_are() {
    let state = step(
        &step(
            &in_mode(StorageMode::Saving),
            answer("trust-1", Answer::Agree),
        ),
        Action::GoTo(Position::Section { index: 2 }),
    );
    let mut theirs = state.session.clone();
    theirs.answer(
        "clarity-1",
        Answer::Disagree,
        state.session.updated_ms() + 1_000.0,
    );
    theirs.go_to(Position::Welcome, state.session.updated_ms() + 1_001.0);
    let raw = theirs.to_json();
    let merged = step(
        &state,
        Action::ChangedElsewhere {
            session: theirs.clone(),
            raw: raw.clone(),
        },
    );
    assert_eq!(merged.session.answers, theirs.answers);
    assert_eq!(merged.session.position, Position::Section { index: 2 });
    assert_eq!(merged.seen.session().as_deref(), Some(raw.as_str()));
    assert_eq!(merged.notices, [Notice::UpdatedFromOtherTab]);
    assert_eq!(
        merged.persist, state.persist,
        "what is stored is already theirs"
    );

    // An older copy never replaces newer answers.
    let older = Session::new(state.question_set.get(), state.session.updated_ms() - 10.0);
    let unchanged = step(
        &merged,
        Action::ChangedElsewhere {
            session: older.clone(),
            raw: older.to_json(),
        },
    );
    assert!(Rc::ptr_eq(&merged, &unchanged));
}

#[test]
fn another_tabs_save_after_a_clear_answers_the_question_for_this_one() {
    let mut cleared = saving();
    cleared.storage = StorageMode::ClearedElsewhere;
    cleared.notices.push(Notice::ClearedElsewhere {
        answers: 0,
        results: 0,
    });
    let cleared = Rc::new(cleared);
    let mut theirs = cleared.session.clone();
    theirs.answer(
        "trust-1",
        Answer::Agree,
        cleared.session.updated_ms() + 1_000.0,
    );
    let next = step(
        &cleared,
        Action::ChangedElsewhere {
            raw: theirs.to_json(),
            session: theirs,
        },
    );
    assert_eq!(next.storage, StorageMode::Saving);
    assert_eq!(next.notices, [Notice::UpdatedFromOtherTab]);
}

#[test]
fn a_merge_made_while_saving_becomes_this_tabs_session() {
    let state = step(
        &in_mode(StorageMode::Saving),
        answer("trust-1", Answer::Agree),
    );
    let mut merged = state.session.clone();
    merged.answer(
        "clarity-1",
        Answer::Neither,
        state.session.updated_ms() + 5.0,
    );
    let raw = merged.to_json();
    let next = step(
        &state,
        PersistFinished {
            session: SessionSaved::Written {
                document: merged.clone(),
                raw: raw.clone(),
                merged: true,
            },
            ..saved(&state)
        }
        .into(),
    );
    assert_eq!(next.session, merged);
    assert_eq!(next.seen.session().as_deref(), Some(raw.as_str()));
    assert_eq!(next.notices, [Notice::UpdatedFromOtherTab]);
}

#[test]
fn a_store_cleared_elsewhere_stops_saving_until_the_person_chooses() {
    let state = step(
        &in_mode(StorageMode::Saving),
        answer("trust-1", Answer::Agree),
    );
    // Nothing saved yet: a clear took nothing from this tab.
    let ignored = step(&state, Action::ClearedElsewhere);
    assert!(Rc::ptr_eq(&state, &ignored));

    let written = step(&state, saved(&state).into());
    let cleared = step(&written, Action::ClearedElsewhere);
    assert_eq!(cleared.storage, StorageMode::ClearedElsewhere);
    assert_eq!(
        cleared.notices,
        [Notice::ClearedElsewhere {
            answers: 1,
            results: 0
        }]
    );
    // The same when the save itself finds the store emptied.
    let found = step(
        &written,
        PersistFinished {
            session: SessionSaved::Cleared,
            history: None,
            kept: None,
        }
        .into(),
    );
    assert_eq!(found.storage, StorageMode::ClearedElsewhere);
    // Answers are still taken, but not written, until the person says.
    let more = step(&cleared, answer("trust-2", Answer::Agree));
    assert_eq!(more.persist, cleared.persist);
    let kept = step(&more, Action::KeepAfterClear);
    assert_eq!(kept.storage, StorageMode::Saving);
    assert_eq!(kept.persist.op, PersistOp::Rewrite);
    assert!(kept.notices.is_empty());
    let afresh = step(&more, Action::AcceptClear);
    assert_eq!(afresh.storage, StorageMode::Saving);
    assert!(afresh.session.answers.is_empty());
    assert_eq!(afresh.seen.session(), None);
    assert_eq!(afresh.persist, more.persist, "nothing to write");
}

#[test]
fn newer_data_elsewhere_stops_every_save() {
    let state = step(
        &in_mode(StorageMode::Saving),
        answer("trust-1", Answer::Agree),
    );
    let newer = step(&state, Action::NewerElsewhere(4));
    assert_eq!(newer.storage, StorageMode::NewerElsewhere(4));
    assert_eq!(newer.notices, [Notice::NewerData(4)]);
    assert!(Rc::ptr_eq(&newer, &step(&newer, Action::NewerElsewhere(4))));
    let more = step(&newer, answer("trust-2", Answer::Agree));
    assert_eq!(more.persist, newer.persist);
}
