//! The app's single state and its reducer. Actions are plain data; the reducer is pure apart from
//! reading the clock. Storage is written by the app component after a change (see
//! `PersistRequest`), so every write happens in one place and its result comes back as an action.

use std::rc::Rc;

use yew::Reducible;

use crate::core::questionnaire::{default_bank, Answer};
use crate::core::session::{Position, Session};

use super::clock::now_ms;
use super::storage::{Loaded, StorageError, Store};

/// Whether answers reach local storage.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageMode {
    /// Every change is saved.
    Saving,
    /// No storage: answers live only in this tab.
    InMemory,
    /// Saved data could not be read nor copied aside; saving waits until the person chooses to
    /// replace it, so it is never overwritten silently.
    Paused,
}

/// Messages shown above the content. One of each kind at a time.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    StorageUnavailable,
    SaveFailed(StorageError),
    Unreadable {
        reason: String,
        backup_key: Option<String>,
    },
    UpdatedFromOtherTab,
    DeletedInOtherTab,
    Deleted,
}

impl Notice {
    fn same_kind(&self, other: &Notice) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

/// Destructive actions that ask first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    StartAgain,
    DeleteEverything,
}

/// What the app component should do with storage after this state change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersistOp {
    Nothing,
    Save,
    DeleteEverything,
}

/// A storage job; `revision` changes with every new job so the app's effect runs once per job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersistRequest {
    pub revision: u64,
    pub op: PersistOp,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub store: Store,
    pub session: Session,
    pub storage: StorageMode,
    pub notices: Vec<Notice>,
    pub confirm: Option<Confirm>,
    pub persist: PersistRequest,
    /// Counts moves the person made, so views move focus only after a move, not on page load.
    pub moves: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Answer {
        statement: String,
        answer: Answer,
    },
    GoTo(Position),
    Ask(Confirm),
    CancelConfirm,
    StartAgain,
    DeleteEverything,
    /// The saved session changed in another tab.
    ChangedElsewhere(Session),
    /// The saved session was removed in another tab.
    DeletedElsewhere,
    PersistFinished(Result<(), StorageError>),
    /// Replace unreadable saved data that could not be copied aside.
    ResumeSaving,
    Dismiss(Notice),
}

impl AppState {
    /// Builds the first state from whatever storage holds.
    pub fn load(store: Store) -> AppState {
        let bank = default_bank();
        let now = now_ms();
        let fresh = Session::new(bank, now);
        let mut state = AppState {
            store,
            session: fresh.clone(),
            storage: StorageMode::Saving,
            notices: Vec::new(),
            confirm: None,
            persist: PersistRequest {
                revision: 0,
                op: PersistOp::Nothing,
            },
            moves: 0,
        };
        match store.load_session(bank, now) {
            Ok(Loaded::Nothing) => {}
            Ok(Loaded::Restored(session)) => state.session = session,
            Ok(Loaded::Unreadable { reason, backup }) => {
                let backup_key = backup.ok();
                if backup_key.is_none() {
                    state.storage = StorageMode::Paused;
                }
                state.notices.push(Notice::Unreadable {
                    reason: reason.to_string(),
                    backup_key,
                });
            }
            Err(_) => {
                state.storage = StorageMode::InMemory;
                state.notices.push(Notice::StorageUnavailable);
            }
        }
        state
    }

    fn notify(&mut self, notice: Notice) {
        self.notices.retain(|n| !n.same_kind(&notice));
        self.notices.push(notice);
    }

    fn request(&mut self, op: PersistOp) {
        let op = match (op, &self.storage) {
            (PersistOp::Save, StorageMode::Saving) => PersistOp::Save,
            (PersistOp::Save, _) => PersistOp::Nothing,
            (other, _) => other,
        };
        if op != PersistOp::Nothing {
            self.persist = PersistRequest {
                revision: self.persist.revision + 1,
                op,
            };
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let now = now_ms();
        match action {
            Action::Answer { statement, answer } => {
                if next.session.answers.get(&statement) == Some(&answer) {
                    return self;
                }
                next.session.answer(&statement, answer, now);
                next.request(PersistOp::Save);
            }
            Action::GoTo(position) => {
                next.session.go_to(position, now);
                next.confirm = None;
                next.moves += 1;
                next.request(PersistOp::Save);
            }
            Action::Ask(confirm) => next.confirm = Some(confirm),
            Action::CancelConfirm => next.confirm = None,
            Action::StartAgain => {
                next.session = Session::new(default_bank(), now);
                next.session.go_to(Position::Section { index: 0 }, now);
                next.confirm = None;
                next.moves += 1;
                next.request(PersistOp::Save);
            }
            Action::DeleteEverything => {
                next.session = Session::new(default_bank(), now);
                next.confirm = None;
                next.moves += 1;
                next.notices.clear();
                next.notify(Notice::Deleted);
                if next.storage == StorageMode::Paused {
                    // Deleting everything is the explicit choice that releases the unreadable data.
                    next.storage = StorageMode::Saving;
                }
                next.request(PersistOp::DeleteEverything);
            }
            Action::ChangedElsewhere(session) => {
                // Never let an older copy replace newer answers.
                if !self.session.is_older_than(&session) {
                    return self;
                }
                // Take the other tab's answers but stay where this person is.
                next.session = Session {
                    position: self.session.position,
                    ..session
                };
                next.notify(Notice::UpdatedFromOtherTab);
            }
            Action::DeletedElsewhere => {
                next.session = Session::new(default_bank(), now);
                next.confirm = None;
                next.notify(Notice::DeletedInOtherTab);
            }
            Action::PersistFinished(Ok(())) => {
                if !next
                    .notices
                    .iter()
                    .any(|n| matches!(n, Notice::SaveFailed(_)))
                {
                    return self;
                }
                next.notices.retain(|n| !matches!(n, Notice::SaveFailed(_)));
            }
            Action::PersistFinished(Err(StorageError::Unavailable)) => {
                next.storage = StorageMode::InMemory;
                next.notify(Notice::StorageUnavailable);
            }
            Action::PersistFinished(Err(error)) => {
                if next.notices.contains(&Notice::SaveFailed(error.clone())) {
                    return self;
                }
                next.notify(Notice::SaveFailed(error));
            }
            Action::ResumeSaving => {
                next.storage = StorageMode::Saving;
                next.notices
                    .retain(|n| !matches!(n, Notice::Unreadable { .. }));
                next.request(PersistOp::Save);
            }
            Action::Dismiss(notice) => {
                let before = next.notices.len();
                next.notices.retain(|n| n != &notice);
                if next.notices.len() == before {
                    return self;
                }
            }
        }
        Rc::new(next)
    }
}
