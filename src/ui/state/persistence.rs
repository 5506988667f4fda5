//! The reducer's slice for storage jobs' outcomes: what a write, a restore's write or
//! "Delete my answers" came to, and the asks behind them (`request`). The app component does the
//! storage work a `PersistRequest` names and dispatches the outcome here.

use std::rc::Rc;

use super::{AppState, Notice, PersistOp, PersistRequest, StorageMode};
use crate::ui::storage::{
    HistoryProblem, HistorySaved, KeptCopy, Saved, SessionSaved, StorageError,
};

impl AppState {
    /// Asks for a storage job. A save also carries any results still unsaved, so a result whose
    /// first save failed reaches storage with the next save that works.
    pub(super) fn request(&mut self, op: PersistOp) {
        let op = match (op, &self.storage) {
            (PersistOp::Save | PersistOp::SaveWithHistory, StorageMode::Saving) => {
                if !self.unsaved_results.is_empty() && self.history_writable {
                    PersistOp::SaveWithHistory
                } else {
                    PersistOp::Save
                }
            }
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

    pub(super) fn save_failed(&mut self, error: StorageError) {
        if error == StorageError::Unavailable {
            self.storage = StorageMode::InMemory;
            self.notify(Notice::StorageUnavailable);
        } else if !self.notices.contains(&Notice::SaveFailed(error.clone())) {
            self.notify(Notice::SaveFailed(error));
        }
    }

    /// Takes in how a session write went.
    pub(super) fn session_saved(&mut self, outcome: SessionSaved) {
        match outcome {
            Saved::Written {
                raw, merged: false, ..
            } => {
                self.seen.set_session(Some(&raw));
                self.notices.retain(|n| !matches!(n, Notice::SaveFailed(_)));
            }
            Saved::Written {
                document,
                raw,
                merged: true,
            } => {
                self.session = document;
                self.seen.set_session(Some(&raw));
                self.notify(Notice::UpdatedFromOtherTab);
            }
            Saved::Cleared => {
                self.seen.set_session(None);
                self.cleared_elsewhere();
            }
            Saved::Newer(version) => self.newer_elsewhere(version),
            Saved::Failed(error) => self.save_failed(error),
        }
    }

    /// Takes in how adding results to the stored list went.
    pub(super) fn history_saved(&mut self, outcome: HistorySaved) {
        match outcome {
            Saved::Written {
                document: history,
                raw,
                ..
            } => {
                self.unsaved_results
                    .retain(|s| !history.entries.contains(s));
                self.history = history;
                self.seen.set_history(Some(&raw));
            }
            Saved::Cleared => {
                self.seen.set_history(None);
                self.cleared_elsewhere();
            }
            Saved::Newer(version) => {
                self.history_writable = false;
                self.notify(Notice::HistoryDamaged(HistoryProblem::Newer(version)));
            }
            Saved::Failed(error) => self.save_failed(error),
        }
    }

    /// A save (of the session, and of the history with it) finished.
    pub(super) fn persist_finished(
        &mut self,
        session: SessionSaved,
        history: Option<HistorySaved>,
        kept: Option<Vec<KeptCopy>>,
    ) {
        self.session_saved(session);
        if let Some(history) = history {
            self.history_saved(history);
        }
        if let Some(kept) = kept {
            self.kept_copies = Rc::new(kept);
        }
    }

    /// "Delete my answers" finished; whether anything changed.
    pub(super) fn delete_finished(&mut self, outcome: Result<(), StorageError>) -> bool {
        match outcome {
            Ok(()) => {
                if !self
                    .notices
                    .iter()
                    .any(|n| matches!(n, Notice::SaveFailed(_)))
                {
                    return false;
                }
                self.notices.retain(|n| !matches!(n, Notice::SaveFailed(_)));
            }
            Err(error) => {
                self.notices.retain(|n| *n != Notice::Deleted);
                self.notify(Notice::DeleteFailed(error));
            }
        }
        true
    }

    /// The person chose to replace unreadable data: saving starts again.
    pub(super) fn resume_saving(&mut self) {
        self.storage = StorageMode::Saving;
        self.notices
            .retain(|n| !matches!(n, Notice::Unreadable { .. }));
        self.request(PersistOp::Save);
    }
}
