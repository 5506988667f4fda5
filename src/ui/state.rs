//! The app's single state and its reducer. Actions are plain data; the reducer is pure apart from
//! reading the clock. Storage is written by the app component after a change (see
//! `PersistRequest`), so every write happens in one place and its result comes back as an action.

use std::rc::Rc;

use yew::Reducible;

use crate::core::export::Imported;
use crate::core::history::History;
use crate::core::questionnaire::{default_bank, Answer};
use crate::core::scoring::assess;
use crate::core::session::{Position, Session};
use crate::core::snapshot::Snapshot;

use super::clock::{local_day, now_ms};
use super::storage::{HistoryProblem, Loaded, StorageError, Store};

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
    /// Earlier results that could not be read.
    HistoryDamaged(HistoryProblem),
    /// Answers replaced from a file, with how many there were.
    Imported(usize),
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
    /// Replace `current` answers with the `incoming` ones of an imported file, and the result's
    /// name with the file's if `renames`.
    ReplaceAnswers {
        current: usize,
        incoming: usize,
        renames: bool,
    },
}

/// What the app component should do with storage after this state change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersistOp {
    Nothing,
    Save,
    /// Save the session and the list of earlier results.
    SaveWithHistory,
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
    /// Earlier finished results on this device, oldest first.
    pub history: History,
    /// False when stored history was unusable and could not be copied aside: then it must not
    /// be overwritten.
    pub history_writable: bool,
    /// A checked import waiting for the person to confirm it.
    pub pending_import: Option<Imported>,
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
    /// The name given to this result for sharing.
    SetLabel(String),
    /// A valid import file was chosen: ask before replacing the answers.
    OfferImport(Imported),
    /// The person confirmed the import.
    ImportAnswers,
    /// Another tab changed the list of results; `None` when it left something this build
    /// cannot read.
    HistoryChangedElsewhere(Option<History>),
    Dismiss(Notice),
}

impl AppState {
    /// Builds the first state from whatever storage holds.
    pub fn load(store: Store) -> AppState {
        let bank = default_bank();
        let now = now_ms();
        let fresh = Session::new(bank, now);
        let (history, history_problem) = store.load_history(now);
        let mut state = AppState {
            store,
            session: fresh.clone(),
            history,
            history_writable: history_problem.is_none_or(HistoryProblem::may_overwrite),
            pending_import: None,
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
        if let Some(problem) = history_problem {
            state.notices.push(Notice::HistoryDamaged(problem));
        }
        state
    }

    /// Keeps the result in the history when every statement has an answer. Returns whether the
    /// history changed (it does not when the result is the same as the last one kept).
    fn record_if_finished(&mut self, now: f64) -> bool {
        let bank = default_bank();
        let assessment = assess(bank, &self.session.answers);
        if assessment.unanswered() > 0 {
            return false;
        }
        let snapshot = Snapshot::of(bank, &assessment, local_day(now), &self.session.label);
        self.history.record(snapshot)
    }

    /// Saves after a move. Arriving at the results with every statement answered also keeps
    /// the result in the history, and then the history is saved too.
    fn save_after_move(&mut self, now: f64) {
        let recorded = self.session.position == Position::Results && self.record_if_finished(now);
        self.request(if recorded {
            PersistOp::SaveWithHistory
        } else {
            PersistOp::Save
        });
    }

    fn notify(&mut self, notice: Notice) {
        self.notices.retain(|n| !n.same_kind(&notice));
        self.notices.push(notice);
    }

    fn request(&mut self, op: PersistOp) {
        let op = match (op, &self.storage) {
            (PersistOp::Save | PersistOp::SaveWithHistory, StorageMode::Saving) => op,
            (PersistOp::Save | PersistOp::SaveWithHistory, _) => PersistOp::Nothing,
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
                next.save_after_move(now);
            }
            Action::Ask(confirm) => next.confirm = Some(confirm),
            Action::CancelConfirm => {
                next.confirm = None;
                next.pending_import = None;
            }
            Action::StartAgain => {
                // Earlier results stay: starting again is how a team measures change.
                next.session = Session::new(default_bank(), now);
                next.session.go_to(Position::Section { index: 0 }, now);
                next.confirm = None;
                next.moves += 1;
                next.request(PersistOp::Save);
            }
            Action::DeleteEverything => {
                next.session = Session::new(default_bank(), now);
                next.history = History::default();
                next.history_writable = true;
                next.pending_import = None;
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
            Action::SetLabel(label) => {
                if next.session.label == label {
                    return self;
                }
                next.session.set_label(label, now);
                next.request(PersistOp::Save);
            }
            Action::OfferImport(imported) => {
                next.confirm = Some(Confirm::ReplaceAnswers {
                    current: next.session.answers.len(),
                    incoming: imported.answers.len(),
                    renames: !imported.label.is_empty() && imported.label != next.session.label,
                });
                next.pending_import = Some(imported);
            }
            Action::ImportAnswers => {
                let Some(imported) = next.pending_import.take() else {
                    return self;
                };
                let count = imported.answers.len();
                next.session.replace_answers(imported.answers, now);
                // A file without a name keeps the one the person gave here.
                if !imported.label.is_empty() {
                    next.session.set_label(imported.label, now);
                }
                next.session.go_to(Position::Results, now);
                next.confirm = None;
                next.moves += 1;
                next.notify(Notice::Imported(count));
                next.save_after_move(now);
            }
            Action::HistoryChangedElsewhere(Some(history)) => {
                if next.history == history && next.history_writable {
                    return self;
                }
                next.history = history;
                next.history_writable = true;
            }
            Action::HistoryChangedElsewhere(None) => {
                if !next.history_writable {
                    return self;
                }
                next.history_writable = false;
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
