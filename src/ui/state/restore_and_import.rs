//! The reducer's slice for putting answers back: from a copy kept aside (asked first, and
//! this tab's only once the write worked) or from an exported file (asked first; a
//! first-edition file keeps its original result among the earlier results).

use super::{AppState, Confirm, Notice, PersistOp, StorageMode};
use crate::core::assess::session::Position;
use crate::core::formats::export::Imported;
use crate::core::formats::stored::session::parse_document;
use crate::ui::clock::local_day;
use crate::ui::storage::{Saved, SessionSaved};

impl AppState {
    /// Offers to put back the kept copy under `key`; whether there is one to offer.
    pub(super) fn offer_restore(&mut self, key: &str) -> bool {
        // Only while saving normally: never over a newer build's data, data that could
        // not be copied aside, or a store someone else cleared.
        if self.storage != StorageMode::Saving {
            return false;
        }
        let copy = self.kept_copies.iter().find(|c| c.key == key);
        let Some(mut session) =
            copy.and_then(|c| parse_document(&c.raw, self.question_set.get()).ok())
        else {
            return false;
        };
        // A copy of first-edition answers is put back as this edition.
        session.upgrade(self.question_set.get());
        self.confirm = Some(Confirm::RestoreCopy {
            current: self.session.answers.len(),
            incoming: session.answers.len(),
        });
        self.pending_restore = Some(session);
        true
    }

    /// The person said yes: the copy is written, keeping the current answers aside.
    pub(super) fn restore_confirmed(&mut self, now: f64) -> bool {
        let Some(restored) = self.pending_restore.take() else {
            return false;
        };
        self.confirm = None;
        // The session as it will be once the copy is in place; it becomes this tab's
        // only when the write worked (see RestoreFinished), so a failure loses nothing.
        let mut replacement = self.session.clone();
        replacement.replace_answers(restored.answers, now);
        replacement.set_label(restored.label, now);
        replacement.go_to(restored.position, now);
        self.pending_restore = Some(replacement);
        self.request(PersistOp::RestoreKeepingCurrentAside);
        true
    }

    /// The restore's write finished; whether anything changed.
    pub(super) fn restore_finished(&mut self, outcome: SessionSaved) -> bool {
        let Some(replacement) = self.pending_restore.take() else {
            return false;
        };
        match outcome {
            Saved::Written {
                raw, merged: false, ..
            } => {
                let count = replacement.answers.len();
                self.session = replacement;
                self.seen.set_session(Some(&raw));
                self.moves += 1;
                self.notices.clear();
                self.notify(Notice::Restored(count));
            }
            Saved::Newer(version) => self.newer_elsewhere(version),
            Saved::Failed(error) => self.save_failed(error),
            // A restore writes without merging, and is never told the store was cleared.
            Saved::Cleared | Saved::Written { merged: true, .. } => {}
        }
        true
    }

    /// Offers to replace the answers with a file's.
    pub(super) fn offer_import(&mut self, imported: Imported) {
        self.confirm = Some(Confirm::ReplaceAnswers {
            current: self.session.answers.len(),
            incoming: imported.answers.len(),
            renames: !imported.label.is_empty() && imported.label != self.session.label,
        });
        self.pending_import = Some(imported);
    }

    /// The person said yes: the file's answers replace these.
    pub(super) fn import_answers(&mut self, now: f64) -> bool {
        let Some(imported) = self.pending_import.take() else {
            return false;
        };
        let set = self.question_set.get();
        let count = imported.answers.len();
        // An earlier edition's file keeps its original result among the earlier results.
        let original = imported.earlier_edition_result(set, local_day(now));
        self.session.replace_answers(imported.answers, now);
        self.session.set.edition = imported.edition;
        // A file without a name (or stage) keeps the one the person gave here.
        if !imported.label.is_empty() {
            self.session.set_label(imported.label, now);
        }
        if imported.stage.is_some() {
            self.session.set_stage(imported.stage, now);
        }
        if imported.role.is_some() {
            self.session.set_role(imported.role, now);
        }
        let upgrade = self.session.upgrade(set);
        self.confirm = None;
        self.moves += 1;
        self.focus_statement = None;
        match (original, upgrade) {
            (Some(original), Some(upgrade)) => {
                if self.history.record_earlier_edition(original.clone()) {
                    self.unsaved_results.push(original);
                }
                self.notify(Notice::ImportedEarlierEdition(upgrade));
            }
            _ => self.notify(Notice::Imported(count)),
        }
        self.session.go_to(Position::Results, now);
        self.save_after_move(now);
        true
    }
}
