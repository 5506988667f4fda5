//! The reducer's answers to what other tabs and other pages of the site did to storage, and to
//! the person's choice after someone else removed what this tab had saved.
//!
//! The rule throughout: while this tab is asking (someone else removed its saved answers, or it
//! holds answers over data it could neither read nor copy aside), what it holds may be the only
//! copy left, so nothing another tab saves replaces it; it only learns what storage now holds.
//! Each method returns whether the state changed.

use crate::core::assess::session::{Position, Session};
use crate::core::formats::history::History;
use crate::core::formats::stored::session::bring_up;
use crate::core::formats::stored::session::read_document;

use super::{AppState, HistoryChange, Notice, StorageMode, Stored};
use crate::ui::storage::HistoryProblem;

impl AppState {
    /// Whether this tab holds anything of the person's that storage may no longer have.
    fn holds_nothing(&self) -> bool {
        self.session.answers.is_empty()
            && self.session.label.is_empty()
            && self.session.stage.is_none()
            && self.history.entries.is_empty()
    }

    /// Whether another tab's save must not replace what this tab holds (see the module comment).
    fn keeps_what_it_holds(&self) -> bool {
        matches!(
            self.storage,
            StorageMode::ClearedElsewhere | StorageMode::Paused
        ) && !self.holds_nothing()
    }

    /// Another tab saved `session` (stored as `raw`).
    pub(super) fn changed_elsewhere(&mut self, mut session: Session, raw: String) -> bool {
        if self.keeps_what_it_holds() {
            // After a clear, storage holds theirs now: "Keep" puts this tab's answers on top of
            // it through the guard, "Start afresh" takes it. Over unreadable data that could not
            // be kept aside, `seen` stays the unreadable text, so the guard merges this tab's
            // answers with theirs when the person replaces it, rather than writing over theirs.
            if self.storage == StorageMode::ClearedElsewhere {
                self.seen.set_session(Some(&raw));
            }
            return false;
        }
        // Never let an older copy replace newer answers.
        if !self.session.is_older_than(&session) {
            return false;
        }
        // A tab of an earlier edition saved it: this tab holds this edition's answers.
        bring_up(self.question_set.get(), &mut session, &self.session);
        // Take the other tab's answers but stay where this person is. If this tab was asking
        // what to do after a clear (holding nothing), the other tab has answered that: it saves
        // again.
        self.seen.set_session(Some(&raw));
        if self.storage == StorageMode::ClearedElsewhere {
            self.storage = StorageMode::Saving;
            self.notices
                .retain(|n| !matches!(n, Notice::ClearedElsewhere { .. }));
        }
        // Their answers, at this person's own place in the flow.
        let mut session = session;
        session.position = self.session.position;
        self.session = session;
        self.notify(Notice::UpdatedFromOtherTab);
        true
    }

    /// Another tab changed the list of earlier results.
    pub(super) fn history_changed_elsewhere(&mut self, change: HistoryChange) -> bool {
        match change {
            HistoryChange::Changed { history, raw } => {
                if self.keeps_what_it_holds() {
                    if self.storage == StorageMode::ClearedElsewhere {
                        self.seen.set_history(Some(&raw));
                    }
                    return false;
                }
                self.seen.set_history(Some(&raw));
                // Results this tab finished but could not save yet stay in the list it holds:
                // its next save adds what it holds beyond what it saw to the stored list.
                let mut history = history;
                for result in &self.unsaved_results {
                    if !history.entries.contains(result) {
                        history.record(result.clone());
                    }
                }
                if self.history == history && self.history_writable {
                    return false;
                }
                self.history = history;
                self.history_writable = true;
            }
            // Only ever inside another tab's "Delete my answers" (see `removed_elsewhere`).
            HistoryChange::Removed => {
                self.seen.set_history(None);
                if self.history.entries.is_empty() && self.history_writable {
                    return false;
                }
                self.history = History::default();
                self.history_writable = true;
            }
            HistoryChange::Unreadable => {
                if !self.history_writable {
                    return false;
                }
                self.history_writable = false;
            }
            HistoryChange::Newer(version) => {
                self.history_writable = false;
                self.notify(Notice::HistoryDamaged(HistoryProblem::Newer(version)));
            }
        }
        true
    }

    /// The person's own "Delete my answers" in another tab removed the saved session.
    pub(super) fn deleted_elsewhere(&mut self, now: f64) {
        self.session = Session::new(self.question_set.get(), now);
        self.seen.set_session(None);
        self.unsaved_results.clear();
        self.kept_copies = std::rc::Rc::new(Vec::new());
        self.confirm = None;
        // The person's own choice answers the question a clear asked, if one was open.
        if self.storage == StorageMode::ClearedElsewhere {
            self.storage = StorageMode::Saving;
            self.notices
                .retain(|n| !matches!(n, Notice::ClearedElsewhere { .. }));
        }
        self.notify(Notice::DeletedInOtherTab);
    }

    /// Another page of this origin cleared the whole store (`localStorage.clear()`).
    pub(super) fn store_cleared_elsewhere(&mut self) -> bool {
        // Only what this tab had saved can have been taken from it.
        let had_saved = self.seen.session().is_some() || self.seen.history().is_some();
        if matches!(self.storage, StorageMode::InMemory) || !had_saved {
            return false;
        }
        self.seen.set_session(None);
        self.seen.set_history(None);
        self.cleared_elsewhere();
        true
    }

    /// Another page removed one of the keys, outside another tab's "Delete my answers": asked
    /// about as a clear is.
    pub(super) fn removed_elsewhere(&mut self, what: Stored) -> bool {
        let had_saved = match what {
            Stored::Session => self.seen.session().is_some(),
            Stored::History => self.seen.history().is_some(),
        };
        if matches!(self.storage, StorageMode::InMemory) || !had_saved {
            return false;
        }
        match what {
            Stored::Session => self.seen.set_session(None),
            Stored::History => self.seen.set_history(None),
        }
        self.cleared_elsewhere();
        true
    }

    /// Stops saving because someone else removed what this tab had saved, and offers to put
    /// back what this tab holds.
    pub(super) fn cleared_elsewhere(&mut self) {
        if self.storage == StorageMode::ClearedElsewhere {
            return;
        }
        self.storage = StorageMode::ClearedElsewhere;
        self.notify(Notice::ClearedElsewhere {
            answers: self.session.answers.len(),
            results: self.history.entries.len(),
        });
    }

    /// Storage holds a newer build's data: nothing is written, and the question a clear asked
    /// is withdrawn (keeping could only be refused now).
    pub(super) fn newer_elsewhere(&mut self, version: u64) {
        self.storage = StorageMode::NewerElsewhere(version);
        self.notices
            .retain(|n| !matches!(n, Notice::ClearedElsewhere { .. }));
        self.notify(Notice::NewerData(version));
    }

    /// "Keep my answers": only while the question stands. The save goes through the guard (see
    /// `Store::keep_after_clear`).
    pub(super) fn keep_after_clear(&mut self) -> bool {
        if self.storage != StorageMode::ClearedElsewhere {
            return false;
        }
        self.storage = StorageMode::Saving;
        self.notices
            .retain(|n| !matches!(n, Notice::ClearedElsewhere { .. }));
        self.request(super::PersistOp::Rewrite);
        true
    }

    /// "Start afresh": only while the question stands. This tab takes what storage holds now,
    /// which is nothing unless another tab saved since.
    pub(super) fn accept_clear(&mut self, now: f64) -> bool {
        if self.storage != StorageMode::ClearedElsewhere {
            return false;
        }
        let set = self.question_set.get();
        let (session_raw, history_raw) = (self.seen.session(), self.seen.history());
        let theirs = session_raw
            .as_deref()
            .and_then(|raw| read_document(raw, set, now).ok());
        let their_history = history_raw
            .as_deref()
            .and_then(|raw| History::parse(raw).ok());
        self.start_empty(now);
        if let Some(mut session) = theirs {
            session.upgrade(set);
            session.position = Position::Welcome;
            self.session = session;
            self.seen.set_session(session_raw.as_deref());
        }
        if let Some(history) = their_history {
            self.history = history;
            self.seen.set_history(history_raw.as_deref());
        }
        // clear() took the kept copies too.
        self.kept_copies = std::rc::Rc::new(Vec::new());
        self.storage = StorageMode::Saving;
        self.moves += 1;
        self.notices
            .retain(|n| !matches!(n, Notice::ClearedElsewhere { .. }));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::*;
    use crate::core::formats::stored::session::parse_document;
    use crate::core::questions::set::built_in_set;
    use crate::core::questions::set::Answer;
    use crate::ui::state::{Action, PersistOp};
    use crate::ui::storage::HistorySaved;
    use std::rc::Rc;

    /// A tab holding every answer and its finished result, both saved, after another page
    /// cleared the store: it is asking what to do.
    fn cleared_holding_answers() -> Rc<AppState> {
        let done = finished(in_mode(StorageMode::Saving));
        let history = done.history.clone();
        let raw = history.to_json();
        let written = step(
            &done,
            PersistFinished {
                history: Some(HistorySaved::Written {
                    document: history,
                    raw,
                    merged: false,
                }),
                ..saved(&done)
            }
            .into(),
        );
        let cleared = step(&written, Action::ClearedElsewhere);
        assert_eq!(cleared.storage, StorageMode::ClearedElsewhere);
        cleared
    }

    fn asking(state: &AppState) -> bool {
        state.storage == StorageMode::ClearedElsewhere
            && state
                .notices
                .iter()
                .any(|n| matches!(n, Notice::ClearedElsewhere { .. }))
    }

    #[test]
    fn another_tabs_save_while_this_one_asks_does_not_replace_its_answers() {
        let cleared = cleared_holding_answers();
        let ours = cleared.session.answers.clone();
        let our_results = cleared.history.clone();
        // A tab opened after the clear starts fresh, and its Start saves an empty session that
        // is newer than this tab's answers, then a result list of its own.
        let mut theirs = Session::new(built_in_set(), cleared.session.updated_ms() + 1_000.0);
        theirs.answer(
            "clarity-1",
            Answer::Disagree,
            cleared.session.updated_ms() + 2_000.0,
        );
        let raw = theirs.to_json();
        let next = step(
            &cleared,
            Action::ChangedElsewhere {
                session: theirs.clone(),
                raw: raw.clone(),
            },
        );
        assert_eq!(next.session.answers, ours, "the last copy stays");
        assert!(asking(&next), "the question stays open");
        assert_eq!(next.seen.session().as_deref(), Some(raw.as_str()));
        let their_list = History {
            entries: vec![result(40, 1)],
        };
        let next = step(
            &next,
            Action::HistoryChangedElsewhere(HistoryChange::Changed {
                history: their_list.clone(),
                raw: their_list.to_json(),
            }),
        );
        assert_eq!(next.history, our_results);
        assert!(asking(&next));

        // "Keep my answers" saves them (through the guard, over what the other tab saved).
        let kept = step(&next, Action::KeepAfterClear);
        assert_eq!(kept.session.answers, ours);
        assert_eq!(kept.persist.op, PersistOp::Rewrite);
        // "Start afresh" takes what storage holds now: the other tab's.
        let afresh = step(&next, Action::AcceptClear);
        assert_eq!(afresh.session.answers, theirs.answers);
        assert_eq!(afresh.history, their_list);
        assert_eq!(afresh.storage, StorageMode::Saving);
        assert_eq!(afresh.seen.session().as_deref(), Some(raw.as_str()));
    }

    #[test]
    fn another_tabs_save_while_saving_is_paused_does_not_replace_this_tabs_answers() {
        let mut paused = (*step(
            &in_mode(StorageMode::Saving),
            answer("trust-1", Answer::Agree),
        ))
        .clone();
        paused.storage = StorageMode::Paused;
        let paused = Rc::new(paused);
        let mut theirs = Session::new(built_in_set(), paused.session.updated_ms() + 1_000.0);
        theirs.answer(
            "clarity-1",
            Answer::Disagree,
            paused.session.updated_ms() + 2_000.0,
        );
        let next = step(
            &paused,
            Action::ChangedElsewhere {
                raw: theirs.to_json(),
                session: theirs,
            },
        );
        assert_eq!(next.session.answers.get("trust-1"), Some(&Answer::Agree));
        assert_eq!(next.storage, StorageMode::Paused);
    }

    #[test]
    fn keep_my_answers_acts_only_while_the_question_stands() {
        let cleared = cleared_holding_answers();
        // A newer build's tab saved meanwhile: this page stops, and no longer offers to keep.
        let newer = step(&cleared, Action::NewerElsewhere(3));
        assert!(
            !newer
                .notices
                .iter()
                .any(|n| matches!(n, Notice::ClearedElsewhere { .. })),
            "{:?}",
            newer.notices
        );
        let pressed = step(&newer, Action::KeepAfterClear);
        assert!(Rc::ptr_eq(&newer, &pressed), "a late press does nothing");
        let saving = in_mode(StorageMode::Saving);
        assert!(Rc::ptr_eq(&saving, &step(&saving, Action::KeepAfterClear)));
    }

    #[test]
    fn a_first_edition_tabs_session_is_brought_up_to_this_edition() {
        let set = built_in_set();
        let state = step(
            &in_mode(StorageMode::Saving),
            answer("commitment-11", Answer::Agree),
        );
        let mut theirs = parse_document(
            include_str!("../../../core/src/fixtures/first-edition-session.json"),
            set,
        )
        .unwrap();
        let position = theirs.position;
        theirs.go_to(position, state.session.updated_ms() + 1_000.0);
        let raw = theirs.to_json();
        let next = step(
            &state,
            Action::ChangedElsewhere {
                session: theirs.clone(),
                raw,
            },
        );
        assert_eq!(next.session.set.edition, set.edition());
        for (id, answer) in &theirs.answers {
            assert_eq!(next.session.answers.get(id), Some(answer), "{id}");
        }
        // The first-edition tab never showed this statement, so it cannot have removed it.
        assert_eq!(
            next.session.answers.get("commitment-11"),
            Some(&Answer::Agree)
        );
    }

    #[test]
    fn another_pages_removal_of_a_key_is_asked_about_like_a_clear() {
        let state = step(
            &in_mode(StorageMode::Saving),
            answer("trust-1", Answer::Agree),
        );
        // Nothing saved yet: nothing was taken from this tab.
        let ignored = step(&state, Action::RemovedElsewhere(Stored::Session));
        assert!(Rc::ptr_eq(&state, &ignored));
        let written = step(&state, saved(&state).into());
        let removed = step(&written, Action::RemovedElsewhere(Stored::Session));
        assert!(asking(&removed));
        assert_eq!(removed.session.answers, state.session.answers);
        assert_eq!(removed.seen.session(), None, "storage holds none now");
        // The same for the list of results alone.
        let done = cleared_holding_answers();
        let kept = step(&done, Action::KeepAfterClear);
        let history = kept.history.clone();
        let raw = history.to_json();
        let written = step(
            &kept,
            PersistFinished {
                history: Some(HistorySaved::Written {
                    document: history,
                    raw,
                    merged: false,
                }),
                ..saved(&kept)
            }
            .into(),
        );
        let removed = step(&written, Action::RemovedElsewhere(Stored::History));
        assert!(asking(&removed));
        assert_eq!(removed.history.entries.len(), 1);
        // The person's own delete in another tab, by contrast, is not asked about, and it
        // answers a question that was open.
        let deleted = step(&removed, Action::DeletedElsewhere);
        assert_eq!(deleted.storage, StorageMode::Saving);
        assert_eq!(deleted.notices.last(), Some(&Notice::DeletedInOtherTab));
        assert!(!asking(&deleted));
    }
}
