//! The app's single state and its reducer. Actions are plain data; the reducer is pure apart from
//! reading the clock. Storage is written by the app component after a change (see
//! `PersistRequest`), so every write happens in one place and its result comes back as an action.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Reducible;

use crate::core::assess::scoring::assess;
use crate::core::assess::session::{Position, Session, Upgrade};
use crate::core::formats::export::{earlier_edition_result, Imported};
use crate::core::formats::history::History;
use crate::core::formats::snapshot::Snapshot;
use crate::core::formats::stored::session::DocumentError;
use crate::core::host::durability::StorageRisk;
use crate::core::questions::role::Role;
use crate::core::questions::set::{Answer, Stage};
use crate::core::text::clean::strip_invisible;

mod other_tabs;
mod persistence;
mod restore_and_import;

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
    /// Answers saved with an earlier edition were brought up to this one; `result_kept` when
    /// the result they gave then was kept among the earlier results.
    QuestionnaireUpdated {
        upgrade: Upgrade,
        result_kept: bool,
    },
    /// A first-edition file was imported: its original result was added to the earlier
    /// results, and its answers were brought up to this edition.
    ImportedEarlierEdition(Upgrade),
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
    /// holds it (see `core::formats::stored::plan_write`).
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
    SetRole(Option<Role>),
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
        let set = question_set.get();
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
        match store.load::<Session>(set, now) {
            Ok(Loaded::Nothing) => {}
            // A session is read whole or not at all (`Loaded::Damaged` is for documents of many
            // independent items): were one ever read in part, what was read is used, as a
            // restored one is.
            Ok(
                Loaded::Restored { document, raw }
                | Loaded::Damaged {
                    kept: document,
                    raw,
                    ..
                },
            ) => {
                state.session = document;
                state.seen.set_session(Some(&raw));
                // Answers given to an earlier edition carry over where the statement did not
                // change; the next save writes them as this edition (retired answers included,
                // so nothing is lost). The result they gave in their own edition is kept with
                // the earlier results, with its original figures.
                let finished = state.session.position == Position::Results;
                if let Some(upgrade) = state.session.upgrade(set) {
                    // A result is what the person saw on the results page: as the earlier
                    // build kept one only there, an unfinished session keeps none. Dated when
                    // the answers were last changed, not today.
                    let earlier = finished
                        .then(|| {
                            earlier_edition_result(
                                set,
                                upgrade.from,
                                &state.session.answers,
                                local_day(state.session.updated_ms()),
                                &state.session.label,
                                state.session.stage,
                            )
                        })
                        .flatten()
                        .filter(|result| result.criteria.iter().any(|c| c.score.is_some()));
                    let result_kept = earlier.is_some();
                    // Saved with the next save, as the upgraded answers are: loading writes
                    // nothing, so a tab of the earlier build left open beside this one keeps
                    // saving until this person changes something. Not added again when the
                    // list holds it already (the earlier build kept it, or an earlier load did).
                    if let Some(result) = earlier {
                        if state.history.record_earlier_edition(result.clone()) {
                            state.unsaved_results.push(result);
                        }
                    }
                    state.notices.push(Notice::QuestionnaireUpdated {
                        upgrade,
                        result_kept,
                    });
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
        state.kept_copies = Rc::new(store.kept_copies::<Session>(set));
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
        let set = self.question_set.get();
        let assessment = assess(set, &self.session.answers);
        if assessment.unanswered() > 0 {
            return;
        }
        let snapshot = Snapshot {
            role: self.session.role,
            ..Snapshot::of(
                set,
                &assessment,
                local_day(now),
                &self.session.label,
                self.session.stage,
            )
        };
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

    /// Forgets the answers and earlier results this tab holds, as after the store was emptied.
    fn start_empty(&mut self, now: f64) {
        self.session = Session::new(self.question_set.get(), now);
        self.history = History::default();
        self.history_writable = true;
        self.unsaved_results.clear();
        self.seen.set_session(None);
        self.seen.set_history(None);
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
                let set = next.question_set.get();
                let Some(index) = set
                    .criteria()
                    .iter()
                    .position(|c| c.statements().iter().any(|s| s.id() == statement))
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
            Action::SetRole(role) => {
                if next.session.role == role {
                    return self;
                }
                next.session.set_role(role, now);
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
            // Storage jobs' outcomes (see `persistence`).
            Action::PersistFinished {
                session,
                history,
                kept,
            } => {
                next.persist_finished(session, history, kept);
                if next == *self {
                    return self;
                }
            }
            Action::DeleteFinished(outcome) => {
                if !next.delete_finished(outcome) {
                    return self;
                }
            }
            Action::ResumeSaving => next.resume_saving(),
            // Kept copies and files (see `restore_and_import`).
            Action::OfferRestore(key) => {
                if !next.offer_restore(&key) {
                    return self;
                }
            }
            Action::RestoreConfirmed => {
                if !next.restore_confirmed(now) {
                    return self;
                }
            }
            Action::RestoreFinished(outcome) => {
                if !next.restore_finished(outcome) {
                    return self;
                }
            }
            Action::OfferImport(imported) => next.offer_import(imported),
            Action::ImportAnswers => {
                if !next.import_answers(now) {
                    return self;
                }
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
mod tests;
