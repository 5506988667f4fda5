//! The app's single state and its reducer. Actions are plain data; the reducer is pure apart from
//! reading the clock. Storage is written by the app component after a change (see
//! `PersistRequest`), so every write happens in one place and its result comes back as an action.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Reducible;

use crate::core::assess::history::History;
use crate::core::assess::scoring::assess;
use crate::core::assess::session::{parse_document, DocumentError, Position, Session, Upgrade};
use crate::core::formats::export::Imported;
use crate::core::formats::snapshot::Snapshot;
use crate::core::host::durability::StorageRisk;
use crate::core::questions::questionnaire::{Answer, Stage};
use crate::core::text::clean::strip_invisible;

mod other_tabs;

use super::clock::{local_day, now_ms};
use super::question_set::QuestionSetRef;
use super::storage::{
    HistoryProblem, HistorySaved, KeptCopy, Loaded, SessionSaved, StorageError, Store,
};

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
    /// Someone else (another page of this site, a sign-out step) removed what this tab had
    /// saved. Nothing is written until the person says whether to keep the answers this tab
    /// still holds.
    ClearedElsewhere,
    /// Storage holds data written by a newer build (this format version). This page never
    /// writes over it; the person is asked to reload.
    NewerElsewhere(u64),
}

/// Messages shown above the content. One of each kind at a time.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    StorageUnavailable,
    SaveFailed(StorageError),
    /// Saved answers that could not be read, why, and where a copy of them was kept (none
    /// when it could not be kept).
    Unreadable {
        reason: DocumentError,
        backup_key: Option<String>,
    },
    UpdatedFromOtherTab,
    DeletedInOtherTab,
    /// What this tab had saved was removed by someone else; `answers` and `results` say what
    /// this tab still holds and can put back.
    ClearedElsewhere {
        answers: usize,
        results: usize,
    },
    /// Saved data comes from a newer version of the widget than this page.
    NewerData(u64),
    /// "Delete my answers" could not remove everything.
    DeleteFailed(StorageError),
    /// The person put a kept copy back as their answers.
    Restored(usize),
    /// Saved answers may not last here (see `core::host::durability`): export them to be safe.
    MayNotLast(StorageRisk),
    Deleted,
    /// Earlier results that could not be read.
    HistoryDamaged(HistoryProblem),
    /// Answers replaced from a file, with how many there were.
    Imported(usize),
    /// The saved answers were given to an earlier edition of the questionnaire: what was kept
    /// and which statements are new.
    QuestionnaireUpdated(Upgrade),
    /// A first-edition file was imported: its original result was added to the earlier
    /// results, and its answers were brought up to this edition.
    ImportedFirstEdition(Upgrade),
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
    /// Use a kept copy's `incoming` answers instead of the `current` ones.
    RestoreCopy {
        current: usize,
        incoming: usize,
    },
    /// Replace `current` answers with the `incoming` ones of an imported file, and the result's
    /// name with the file's if `renames`.
    ReplaceAnswers {
        current: usize,
        incoming: usize,
        renames: bool,
    },
}

impl Confirm {
    /// What going ahead does.
    pub fn action(self) -> Action {
        match self {
            Confirm::StartAgain => Action::StartAgain,
            Confirm::DeleteEverything => Action::DeleteEverything,
            Confirm::RestoreCopy { .. } => Action::RestoreConfirmed,
            Confirm::ReplaceAnswers { .. } => Action::ImportAnswers,
        }
    }
}

/// What a person can choose in a notice: the notices' narrow view of the actions.
#[derive(Debug, Clone, PartialEq)]
pub enum NoticeChoice {
    Dismiss(Notice),
    ResumeSaving,
    KeepAfterClear,
    AcceptClear,
    GoToStatement(String),
}

impl From<NoticeChoice> for Action {
    fn from(choice: NoticeChoice) -> Action {
        match choice {
            NoticeChoice::Dismiss(notice) => Action::Dismiss(notice),
            NoticeChoice::ResumeSaving => Action::ResumeSaving,
            NoticeChoice::KeepAfterClear => Action::KeepAfterClear,
            NoticeChoice::AcceptClear => Action::AcceptClear,
            NoticeChoice::GoToStatement(id) => Action::GoToStatement(id),
        }
    }
}

/// What the app component should do with storage after this state change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersistOp {
    Nothing,
    /// Save the session, after checking that storage still holds what this tab last saw.
    Save,
    /// The same, and add the results not yet saved to the list of earlier results.
    SaveWithHistory,
    /// The person chose to keep what this tab holds after someone else cleared the store: save
    /// the session on top of whatever storage holds now (a newer build's document is never
    /// written over: the answers are kept aside instead), and add the whole list to the stored
    /// one.
    Rewrite,
    /// Keep the answers now stored aside, then write the session (a kept copy being restored).
    RestoreKeepingCurrentAside,
    DeleteEverything,
}

/// A storage job; `revision` changes with every new job so the app's effect runs once per job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersistRequest {
    pub revision: u64,
    pub op: PersistOp,
}

/// What "Delete my answers" would remove from this browser, so the question says exactly that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeleteScope {
    pub answers: usize,
    /// Whether the person gave the result a name.
    pub named: bool,
    pub results: usize,
    pub copies: usize,
}

/// The exact texts this tab last read or wrote under the session key and the history key.
///
/// They change with every save but never change what the page shows, so they are updated in
/// place rather than through a new state: a new state would render the whole page again after
/// every answer. All copies of a state share one `Seen`, and two states always compare equal on
/// it.
#[derive(Debug, Default)]
pub struct Seen {
    session: RefCell<Option<Rc<str>>>,
    history: RefCell<Option<Rc<str>>>,
}

impl Seen {
    pub fn session(&self) -> Option<Rc<str>> {
        self.session.borrow().clone()
    }

    pub fn history(&self) -> Option<Rc<str>> {
        self.history.borrow().clone()
    }

    pub fn set_session(&self, raw: Option<&str>) {
        *self.session.borrow_mut() = raw.map(Rc::from);
    }

    pub fn set_history(&self, raw: Option<&str>) {
        *self.history.borrow_mut() = raw.map(Rc::from);
    }
}

impl PartialEq for Seen {
    fn eq(&self, _other: &Seen) -> bool {
        true
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The question set being answered (`Boot`'s).
    pub question_set: QuestionSetRef,
    pub store: Store,
    pub session: Session,
    /// Earlier finished results on this device, oldest first.
    pub history: History,
    /// False when stored history was unusable and could not be copied aside, or written by a
    /// newer build: then it must not be overwritten.
    pub history_writable: bool,
    /// Finished results not yet in storage (the write failed, or is about to happen); every
    /// later save tries again until they are there.
    pub unsaved_results: Vec<Snapshot>,
    /// What this tab last read or wrote in storage; a write first checks that storage still
    /// holds it (see `core::formats::guard`).
    pub seen: Rc<Seen>,
    /// Copies of unreadable data kept aside, newest first, for the person to download or use.
    pub kept_copies: Rc<Vec<KeptCopy>>,
    /// A kept copy's answers waiting for the person to confirm them.
    pub pending_restore: Option<Session>,
    /// A checked import waiting for the person to confirm it.
    pub pending_import: Option<Imported>,
    pub storage: StorageMode,
    pub notices: Vec<Notice>,
    pub confirm: Option<Confirm>,
    pub persist: PersistRequest,
    /// Counts moves the person made, so views move focus only after a move, not on page load.
    pub moves: u64,
    /// The statement to focus after the last move (from "answer this statement" on the
    /// results), instead of the view's heading.
    pub focus_statement: Option<String>,
}

/// One of the keys this tab saves under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    Session,
    History,
}

/// How another tab changed the stored list of earlier results.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryChange {
    Changed {
        history: History,
        raw: String,
    },
    Removed,
    /// It left something this build cannot read: this tab stops writing the list rather than
    /// replace it.
    Unreadable,
    /// A newer build wrote it in this format version.
    Newer(u64),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Answer {
        statement: String,
        answer: Answer,
    },
    GoTo(Position),
    /// Go to the section holding a statement and put focus on it.
    GoToStatement(String),
    /// The person said (or changed) how far along the partnership is.
    SetStage(Option<Stage>),
    Ask(Confirm),
    CancelConfirm,
    StartAgain,
    DeleteEverything,
    /// The saved session changed in another tab: the session and the exact text stored.
    ChangedElsewhere {
        session: Session,
        raw: String,
    },
    /// The saved session was removed in another tab (the person's own "Delete my answers").
    DeletedElsewhere,
    /// Another page of this origin cleared the whole store (`localStorage.clear()`).
    ClearedElsewhere,
    /// Another page removed this key, not through "Delete my answers" (a sign-out step that
    /// removes keys one by one): asked about as a clear is.
    RemovedElsewhere(Stored),
    /// Another tab left a document of this newer format version.
    NewerElsewhere(u64),
    /// The person keeps the answers this tab holds after someone else cleared the store.
    KeepAfterClear,
    /// The person accepts that the answers were removed and starts afresh.
    AcceptClear,
    /// The person asked to use a kept copy (by key) as their answers: ask first.
    OfferRestore(String),
    /// The person confirmed it.
    RestoreConfirmed,
    /// How putting the kept copy in place went.
    RestoreFinished(SessionSaved),
    /// How the write of a session (and maybe the history) went.
    PersistFinished {
        session: SessionSaved,
        history: Option<HistorySaved>,
        /// The kept copies after the write, when it may have changed them.
        kept: Option<Vec<KeptCopy>>,
    },
    /// How deleting everything went.
    DeleteFinished(Result<(), StorageError>),
    /// Replace unreadable saved data that could not be copied aside.
    ResumeSaving,
    /// The name given to this result for sharing.
    SetLabel(String),
    /// A valid import file was chosen: ask before replacing the answers.
    OfferImport(Imported),
    /// The person confirmed the import.
    ImportAnswers,
    /// Another tab changed the list of results.
    HistoryChangedElsewhere(HistoryChange),
    Dismiss(Notice),
}

impl AppState {
    /// Builds the first state from whatever storage holds; `risk` says whether what is saved
    /// may not last where the page runs.
    pub fn load(store: Store, question_set: QuestionSetRef, risk: Option<StorageRisk>) -> AppState {
        let bank = question_set.get();
        let now = now_ms();
        let loaded_history = store.load_history(now);
        let mut state = AppState {
            history: loaded_history.history,
            history_writable: loaded_history
                .problem
                .is_none_or(HistoryProblem::may_overwrite),
            ..AppState::fresh(store, question_set, now)
        };
        state.seen.set_history(loaded_history.raw.as_deref());
        match store.load_session(bank, now) {
            Ok(Loaded::Nothing) => {}
            Ok(Loaded::Restored { session, raw }) => {
                state.session = session;
                state.seen.set_session(Some(&raw));
                // Answers given to the first edition carry over where the statement did not
                // change; the next save writes them as this edition (retired answers included,
                // so nothing is lost).
                if let Some(upgrade) = state.session.upgrade(bank) {
                    state.notices.push(Notice::QuestionnaireUpdated(upgrade));
                }
            }
            Ok(Loaded::Newer { version, raw }) => {
                state.seen.set_session(Some(&raw));
                state.storage = StorageMode::NewerElsewhere(version);
                state.notices.push(Notice::NewerData(version));
            }
            Ok(Loaded::Unreadable {
                reason,
                raw,
                backup,
            }) => {
                state.seen.set_session(Some(&raw));
                let backup_key = backup.ok();
                if backup_key.is_none() {
                    state.storage = StorageMode::Paused;
                }
                state
                    .notices
                    .push(Notice::Unreadable { reason, backup_key });
            }
            Err(_) => {
                state.storage = StorageMode::InMemory;
                state.notices.push(Notice::StorageUnavailable);
            }
        }
        if let Some(problem) = loaded_history.problem {
            state.notices.push(Notice::HistoryDamaged(problem));
        }
        // Only worth saying when answers are being saved at all.
        if let (Some(risk), StorageMode::Saving) = (risk, &state.storage) {
            state.notices.push(Notice::MayNotLast(risk));
        }
        state.kept_copies = Rc::new(store.kept_copies(bank));
        state
    }

    /// A new visitor's state at `now`, before anything is read from storage: what the first
    /// screen shows (and what renders natively, without a browser).
    pub fn fresh(store: Store, question_set: QuestionSetRef, now: f64) -> AppState {
        AppState {
            question_set,
            store,
            session: Session::new(question_set.get(), now),
            history: History::default(),
            history_writable: true,
            unsaved_results: Vec::new(),
            seen: Rc::new(Seen::default()),
            kept_copies: Rc::new(Vec::new()),
            pending_restore: None,
            pending_import: None,
            storage: StorageMode::Saving,
            notices: Vec::new(),
            confirm: None,
            persist: PersistRequest {
                revision: 0,
                op: PersistOp::Nothing,
            },
            moves: 0,
            focus_statement: None,
        }
    }

    /// Keeps the result in the history when every statement has an answer, and marks it to be
    /// saved (unless it is the same as the last one kept).
    fn record_if_finished(&mut self, now: f64) {
        let bank = self.question_set.get();
        let assessment = assess(bank, &self.session.answers);
        if assessment.unanswered() > 0 {
            return;
        }
        let snapshot = Snapshot::of(
            bank,
            &assessment,
            local_day(now),
            &self.session.label,
            self.session.stage,
        );
        if self.history.record(snapshot.clone()) {
            // A renamed result replaces the same result under its old name.
            self.unsaved_results
                .retain(|s| !(s.day == snapshot.day && s.same_scores(&snapshot)));
            self.unsaved_results.push(snapshot);
        }
    }

    /// Saves after a move. Arriving at the results with every statement answered also keeps
    /// the result in the history, and then the history is saved too.
    fn save_after_move(&mut self, now: f64) {
        if self.session.position == Position::Results {
            self.record_if_finished(now);
        }
        self.request(PersistOp::Save);
    }

    pub fn delete_scope(&self) -> DeleteScope {
        DeleteScope {
            answers: self.session.answers.len(),
            named: !self.session.label.trim().is_empty(),
            results: self.history.entries.len(),
            copies: self.kept_copies.len(),
        }
    }

    fn notify(&mut self, notice: Notice) {
        self.notices.retain(|n| !n.same_kind(&notice));
        self.notices.push(notice);
    }

    /// Asks for a storage job. A save also carries any results still unsaved, so a result whose
    /// first save failed reaches storage with the next save that works.
    fn request(&mut self, op: PersistOp) {
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

    /// Forgets the answers and earlier results this tab holds, as after the store was emptied.
    fn start_empty(&mut self, now: f64) {
        self.session = Session::new(self.question_set.get(), now);
        self.history = History::default();
        self.history_writable = true;
        self.unsaved_results.clear();
        self.seen.set_session(None);
        self.seen.set_history(None);
    }

    fn save_failed(&mut self, error: StorageError) {
        if error == StorageError::Unavailable {
            self.storage = StorageMode::InMemory;
            self.notify(Notice::StorageUnavailable);
        } else if !self.notices.contains(&Notice::SaveFailed(error.clone())) {
            self.notify(Notice::SaveFailed(error));
        }
    }

    /// Takes in how a session write went.
    fn session_saved(&mut self, outcome: SessionSaved) {
        match outcome {
            SessionSaved::Saved(raw) => {
                self.seen.set_session(Some(&raw));
                self.notices.retain(|n| !matches!(n, Notice::SaveFailed(_)));
            }
            SessionSaved::Merged { session, raw } => {
                self.session = session;
                self.seen.set_session(Some(&raw));
                self.notify(Notice::UpdatedFromOtherTab);
            }
            SessionSaved::Cleared => {
                self.seen.set_session(None);
                self.cleared_elsewhere();
            }
            SessionSaved::Newer(version) => self.newer_elsewhere(version),
            SessionSaved::Failed(error) => self.save_failed(error),
        }
    }

    /// Takes in how adding results to the stored list went.
    fn history_saved(&mut self, outcome: HistorySaved) {
        match outcome {
            HistorySaved::Saved { history, raw } => {
                self.unsaved_results
                    .retain(|s| !history.entries.contains(s));
                self.history = history;
                self.seen.set_history(Some(&raw));
            }
            HistorySaved::Cleared => {
                self.seen.set_history(None);
                self.cleared_elsewhere();
            }
            HistorySaved::Newer(version) => {
                self.history_writable = false;
                self.notify(Notice::HistoryDamaged(HistoryProblem::Newer(version)));
            }
            HistorySaved::Failed(error) => self.save_failed(error),
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
                next.focus_statement = None;
                next.save_after_move(now);
            }
            Action::GoToStatement(statement) => {
                let bank = next.question_set.get();
                let Some(index) = bank
                    .criteria
                    .iter()
                    .position(|c| c.statements.iter().any(|s| s.id == statement))
                else {
                    return self;
                };
                next.session.go_to(Position::Section { index }, now);
                next.confirm = None;
                next.moves += 1;
                next.focus_statement = Some(statement);
                next.request(PersistOp::Save);
            }
            Action::SetStage(stage) => {
                if next.session.stage == stage {
                    return self;
                }
                next.session.set_stage(stage, now);
                next.request(PersistOp::Save);
            }
            Action::Ask(confirm) => next.confirm = Some(confirm),
            Action::CancelConfirm => {
                next.confirm = None;
                next.pending_import = None;
                next.pending_restore = None;
            }
            Action::StartAgain => {
                // Earlier results stay: starting again is how a team measures change.
                next.session = Session::new(next.question_set.get(), now);
                next.session.go_to(Position::Section { index: 0 }, now);
                next.confirm = None;
                next.moves += 1;
                next.request(PersistOp::Save);
            }
            Action::DeleteEverything => {
                next.start_empty(now);
                next.kept_copies = Rc::new(Vec::new());
                next.pending_import = None;
                next.pending_restore = None;
                next.confirm = None;
                next.moves += 1;
                next.notices.clear();
                next.notify(Notice::Deleted);
                if !matches!(next.storage, StorageMode::InMemory) {
                    // Deleting everything is the explicit choice that releases unreadable,
                    // newer or cleared data.
                    next.storage = StorageMode::Saving;
                }
                next.request(PersistOp::DeleteEverything);
            }
            // Other tabs and pages (see `other_tabs`).
            Action::ChangedElsewhere { session, raw } => {
                if !next.changed_elsewhere(session, raw) {
                    return self;
                }
            }
            Action::DeletedElsewhere => next.deleted_elsewhere(now),
            Action::ClearedElsewhere => {
                if !next.store_cleared_elsewhere() {
                    return self;
                }
            }
            Action::RemovedElsewhere(what) => {
                if !next.removed_elsewhere(what) {
                    return self;
                }
            }
            Action::NewerElsewhere(version) => {
                if next.storage == StorageMode::NewerElsewhere(version) {
                    return self;
                }
                next.newer_elsewhere(version);
            }
            Action::KeepAfterClear => {
                if !next.keep_after_clear() {
                    return self;
                }
            }
            Action::AcceptClear => {
                if !next.accept_clear(now) {
                    return self;
                }
            }
            Action::OfferRestore(key) => {
                // Only while saving normally: never over a newer build's data, data that could
                // not be copied aside, or a store someone else cleared.
                if next.storage != StorageMode::Saving {
                    return self;
                }
                let copy = next.kept_copies.iter().find(|c| c.key == key);
                let Some(mut session) =
                    copy.and_then(|c| parse_document(&c.raw, next.question_set.get()).ok())
                else {
                    return self;
                };
                // A copy of first-edition answers is put back as this edition.
                session.upgrade(next.question_set.get());
                next.confirm = Some(Confirm::RestoreCopy {
                    current: next.session.answers.len(),
                    incoming: session.answers.len(),
                });
                next.pending_restore = Some(session);
            }
            Action::RestoreConfirmed => {
                let Some(restored) = next.pending_restore.take() else {
                    return self;
                };
                next.confirm = None;
                // The session as it will be once the copy is in place; it becomes this tab's
                // only when the write worked (see RestoreFinished), so a failure loses nothing.
                let mut replacement = next.session.clone();
                replacement.replace_answers(restored.answers, now);
                replacement.set_label(restored.label, now);
                replacement.go_to(restored.position, now);
                next.pending_restore = Some(replacement);
                next.request(PersistOp::RestoreKeepingCurrentAside);
            }
            Action::RestoreFinished(outcome) => {
                let Some(replacement) = next.pending_restore.take() else {
                    return self;
                };
                match outcome {
                    SessionSaved::Saved(raw) => {
                        let count = replacement.answers.len();
                        next.session = replacement;
                        next.seen.set_session(Some(&raw));
                        next.moves += 1;
                        next.notices.clear();
                        next.notify(Notice::Restored(count));
                    }
                    SessionSaved::Newer(version) => next.newer_elsewhere(version),
                    SessionSaved::Failed(error) => next.save_failed(error),
                    SessionSaved::Cleared | SessionSaved::Merged { .. } => {}
                }
            }
            Action::PersistFinished {
                session,
                history,
                kept,
            } => {
                next.session_saved(session);
                if let Some(history) = history {
                    next.history_saved(history);
                }
                if let Some(kept) = kept {
                    next.kept_copies = Rc::new(kept);
                }
                if next == *self {
                    return self;
                }
            }
            Action::DeleteFinished(Ok(())) => {
                if !next
                    .notices
                    .iter()
                    .any(|n| matches!(n, Notice::SaveFailed(_)))
                {
                    return self;
                }
                next.notices.retain(|n| !matches!(n, Notice::SaveFailed(_)));
            }
            Action::DeleteFinished(Err(error)) => {
                next.notices.retain(|n| *n != Notice::Deleted);
                next.notify(Notice::DeleteFailed(error));
            }
            Action::ResumeSaving => {
                next.storage = StorageMode::Saving;
                next.notices
                    .retain(|n| !matches!(n, Notice::Unreadable { .. }));
                next.request(PersistOp::Save);
            }
            Action::SetLabel(label) => {
                // Invisible characters never enter a label; spaces stay until it is used, so
                // typing "Housing team" keeps its space.
                let label = strip_invisible(&label);
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
                let bank = next.question_set.get();
                let count = imported.answers.len();
                // A first-edition file keeps its original result among the earlier results.
                let original = imported.first_edition_result(bank, local_day(now));
                next.session.replace_answers(imported.answers, now);
                next.session.questionnaire.version = imported.edition;
                // A file without a name (or stage) keeps the one the person gave here.
                if !imported.label.is_empty() {
                    next.session.set_label(imported.label, now);
                }
                if imported.stage.is_some() {
                    next.session.set_stage(imported.stage, now);
                }
                let upgrade = next.session.upgrade(bank);
                next.confirm = None;
                next.moves += 1;
                next.focus_statement = None;
                match (original, upgrade) {
                    (Some(original), Some(upgrade)) => {
                        if next.history.record(original.clone()) {
                            next.unsaved_results.push(original);
                        }
                        next.notify(Notice::ImportedFirstEdition(upgrade));
                    }
                    _ => next.notify(Notice::Imported(count)),
                }
                next.session.go_to(Position::Results, now);
                next.save_after_move(now);
            }
            Action::HistoryChangedElsewhere(change) => {
                if !next.history_changed_elsewhere(change) {
                    return self;
                }
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

/// The reducer's rules, natively: the reducer touches no browser (the app component does the
/// storage work a `PersistRequest` asks for), and a `Store::in_memory()` never reaches one.
#[cfg(test)]
mod tests {
    pub(super) use super::*;
    pub(super) use crate::core::assess::history::testing::snapshot as result;
    use crate::core::questions::questionnaire::default_bank;

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
        for (_, statement) in default_bank().statements() {
            state = step(&state, answer(&statement.id, Answer::Agree));
        }
        step(&state, Action::GoTo(Position::Results))
    }

    pub(super) fn saved(state: &AppState) -> PersistFinished {
        PersistFinished {
            session: SessionSaved::Saved(state.session.to_json()),
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
                history: Some(HistorySaved::Saved {
                    history,
                    raw: raw.clone(),
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

    #[test]
    fn a_result_whose_save_failed_is_tried_again_with_the_next_save() {
        let done = finished(in_mode(StorageMode::Saving));
        let failed = step(
            &done,
            PersistFinished {
                history: Some(HistorySaved::Failed(StorageError::Full)),
                ..saved(&done)
            }
            .into(),
        );
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
            state.session.updated_ms + 1_000.0,
        );
        theirs.go_to(Position::Welcome, state.session.updated_ms + 1_001.0);
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
        let mut older = state.session.clone();
        older.updated_ms -= 10.0;
        older.answers.clear();
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
            cleared.session.updated_ms + 1_000.0,
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
        merged.answer("clarity-1", Answer::Neither, state.session.updated_ms + 5.0);
        let raw = merged.to_json();
        let next = step(
            &state,
            PersistFinished {
                session: SessionSaved::Merged {
                    session: merged.clone(),
                    raw: raw.clone(),
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
}
