//! The one fallible wrapper around local storage. Every read, write and delete the widget makes
//! goes through `Store`, and every failure comes back as a `StorageError` the UI turns into a
//! notice; nothing here panics.
//!
//! gloo-storage's `LocalStorage` panics when the browser denies storage altogether (sandboxed
//! iframes, opaque origins, storage disabled, or site data blocked while the page is open), so
//! availability is probed with web-sys before every use and gloo is only reached once storage
//! is known to exist at that moment.
//!
//! Writes are guarded: before saving, the key is read again and `core::formats::guard` decides whether
//! writing is safe (someone else may have cleared the store, or a newer build written it).

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::assess::history::{History, HistoryError, HISTORY_KEY};
use crate::core::assess::session::{
    backup_key, parse_document, read_document, DocumentError, Session, BACKUP_KEY_PREFIX,
    DELETING_KEY, SESSION_KEY,
};
use crate::core::formats::guard::{
    plan_history_write, plan_session_write, HistoryPlan, SessionPlan,
};
use crate::core::formats::snapshot::Snapshot;
use crate::core::questions::questionnaire::Questionnaire;
use crate::core::text::content::Content;

#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser gives this page no storage: work in memory.
    Unavailable,
    /// The browser's storage for this site is full.
    Full,
    /// Any other refusal to write, with the browser's words when it gave any (they are in the
    /// browser's language, and shown as they are).
    WriteFailed(Option<String>),
}

impl StorageError {
    /// What the person is told, in the content's language.
    pub fn message(&self, content: &Content) -> String {
        match self {
            StorageError::Unavailable => content.text("storage-unavailable"),
            StorageError::Full => content.text("storage-full"),
            StorageError::WriteFailed(Some(detail)) => {
                content.format("storage-write-failed", &[("detail", detail.into())])
            }
            StorageError::WriteFailed(None) => content.text("storage-write-failed-unknown"),
        }
    }
}

/// What was found in storage when the page opened.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Nothing,
    /// A session this build reads, and the exact text it was read from.
    Restored { session: Session, raw: String },
    /// A document written by a newer build (this format version): it is left exactly as it
    /// is and nothing is saved over it.
    Newer { version: u64, raw: String },
    /// Saved data that cannot be used. `backup` is the key it was copied to, or the error that
    /// stopped the copy (then the original must not be overwritten).
    Unreadable {
        reason: DocumentError,
        raw: String,
        backup: Result<String, StorageError>,
    },
}

/// What went wrong with the stored list of earlier results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryProblem {
    /// `count` damaged entries were left out; the stored list was copied aside if `kept_aside`.
    Lost { count: usize, kept_aside: bool },
    /// The whole list was unusable; it was copied aside if `kept_aside`.
    Unreadable { kept_aside: bool },
    /// A newer build wrote the list in this format version; it is left alone.
    Newer(u64),
}

impl HistoryProblem {
    /// Whether the stored list may be replaced: only once a copy of it is safe, and never when
    /// a newer build wrote it.
    pub fn may_overwrite(self) -> bool {
        match self {
            HistoryProblem::Lost { kept_aside, .. } | HistoryProblem::Unreadable { kept_aside } => {
                kept_aside
            }
            HistoryProblem::Newer(_) => false,
        }
    }
}

/// The stored list of earlier results as the page found it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedHistory {
    pub history: History,
    pub problem: Option<HistoryProblem>,
    /// The exact stored text, so a later write can tell whether anyone changed it since.
    pub raw: Option<String>,
}

/// The outcome of saving the session after checking what storage holds now.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionSaved {
    /// Written; the text is what storage now holds.
    Saved(String),
    /// Another tab had saved answers meanwhile: the merge of both was written (its text), and
    /// is now this tab's session.
    Merged {
        session: Session,
        raw: String,
    },
    /// What this tab had saved was removed by someone else: nothing was written.
    Cleared,
    /// A newer build's document is there: nothing was written.
    Newer(u64),
    Failed(StorageError),
}

/// The outcome of adding results to the stored list.
#[derive(Debug, Clone, PartialEq)]
pub enum HistorySaved {
    Saved { history: History, raw: String },
    Cleared,
    Newer(u64),
    Failed(StorageError),
}

/// Copies of unreadable data kept aside are bounded: the newest this many of each kind stay.
pub const KEEP_COPIES: usize = 3;
/// At most this many kept copies are listed (and pruned by kind), the newest: only planted keys
/// can be more, and those beyond are still removed by "Delete my answers".
const MAX_LISTED_COPIES: usize = 64;

/// A copy of stored data kept aside because it could not be read (or was replaced on the
/// person's request, or could not be saved over a newer build's).
#[derive(Debug, Clone, PartialEq)]
pub struct KeptCopy {
    pub key: String,
    /// "session", "history", "replaced" or "unsaved" (this tab's answers the person chose to
    /// keep where a newer build had saved).
    pub what: String,
    /// When it was kept aside, in milliseconds since 1970.
    pub kept_ms: f64,
    /// Its text.
    pub raw: String,
    /// How many answers it holds when this build can read it as a saved assessment (then it
    /// can be put back as the person's answers).
    pub restorable_answers: Option<usize>,
}

/// Local storage, if the browser gives us any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Store {
    available: bool,
}

/// `window.localStorage`, or why there is none. Storage can be revoked while the page is open
/// (site data blocked in the browser's settings), and then reading `window.localStorage`
/// throws, which web-sys turns into an `Err`: so this is asked before every use, and gloo (whose
/// `LocalStorage::raw()` would panic) is only reached once it has answered.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)?;
    Ok(LocalStorage::raw())
}

/// Whether `area` (a `storage` event's storage area) is this page's local storage, not its
/// session storage.
pub fn is_local_storage(area: &web_sys::Storage) -> bool {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .is_some_and(|local| JsValue::from(local) == JsValue::from(area))
}

impl Store {
    /// Probes storage without ever throwing.
    pub fn open() -> Store {
        Store {
            available: local_storage().is_ok(),
        }
    }

    /// A store that never touches the browser (used when storage must not be written).
    pub fn in_memory() -> Store {
        Store { available: false }
    }

    pub fn is_available(&self) -> bool {
        self.available
    }

    fn storage(&self) -> Result<web_sys::Storage, StorageError> {
        if !self.available {
            return Err(StorageError::Unavailable);
        }
        local_storage()
    }

    pub fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage()?
            .get_item(key)
            .map_err(|_| StorageError::Unavailable)
    }

    pub fn write(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage()?
            .set_item(key, value)
            .map_err(|error| classify_write_error(&error))
    }

    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage()?
            .remove_item(key)
            .map_err(|_| StorageError::Unavailable)
    }

    /// Every key that starts with `prefix`.
    pub fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Ok(storage) = self.storage() else {
            return Vec::new();
        };
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter(|key| key.starts_with(prefix))
            .collect()
    }

    /// Reads the saved session. Unreadable data is copied to a backup key before anything else
    /// happens, so a fresh start can never silently destroy it; a newer build's document is
    /// left alone.
    pub fn load_session(&self, bank: &Questionnaire, now_ms: f64) -> Result<Loaded, StorageError> {
        let Some(raw) = self.read(SESSION_KEY)? else {
            return Ok(Loaded::Nothing);
        };
        match read_document(&raw, bank, now_ms) {
            Ok(session) => Ok(Loaded::Restored { session, raw }),
            Err(DocumentError::NewerVersion(version)) => Ok(Loaded::Newer { version, raw }),
            Err(reason) => Ok(Loaded::Unreadable {
                reason,
                backup: self.keep_aside(&raw, "session", now_ms),
                raw,
            }),
        }
    }

    /// Copies data to a backup key, reusing an existing copy of the same text so that
    /// reloading a page with damaged data does not pile up duplicates, and dropping the oldest
    /// copies of each kind beyond `KEEP_COPIES` (kinds this build never writes too: a later build's,
    /// or planted ones).
    pub fn keep_aside(&self, raw: &str, what: &str, now_ms: f64) -> Result<String, StorageError> {
        let existing = self
            .keys_with_prefix(BACKUP_KEY_PREFIX)
            .into_iter()
            .find(|key| self.read(key).ok().flatten().as_deref() == Some(raw));
        if let Some(key) = existing {
            return Ok(key);
        }
        // A key of its own even when another copy was made in the same millisecond.
        let mut key = backup_key(what, now_ms);
        let mut step = 0.0;
        while matches!(self.read(&key), Ok(Some(_))) {
            step += 1.0;
            key = backup_key(what, now_ms + step);
        }
        self.write(&key, raw)?;
        // Newest first; the one just written always stays, with the newest others of each kind
        // up to the limit. A handful of kinds: counted in a short list.
        let mut counts: Vec<(String, usize)> = vec![(what.to_string(), 1)];
        for (old, kind, _) in self.kept_keys_newest_first() {
            if old == key {
                continue;
            }
            let count = match counts.iter_mut().find(|(known, _)| *known == kind) {
                Some((_, count)) => {
                    *count += 1;
                    *count
                }
                None => {
                    counts.push((kind, 1));
                    1
                }
            };
            if count > KEEP_COPIES {
                let _ = self.remove(&old);
            }
        }
        Ok(key)
    }

    /// The keys of the newest `MAX_LISTED_COPIES` copies kept aside with their kind and time,
    /// newest first (the same time in the order storage lists them): read from the keys alone,
    /// without reading the copies.
    fn kept_keys_newest_first(&self) -> Vec<(String, String, u64)> {
        let mut keys: Vec<(String, String, u64)> = Vec::new();
        for key in self.keys_with_prefix(BACKUP_KEY_PREFIX) {
            let Some((what, ms)) = key[BACKUP_KEY_PREFIX.len()..].rsplit_once(':') else {
                continue;
            };
            // Only the whole numbers `backup_key` writes: "NaN" or "1e300" are not ours.
            let Ok(ms) = ms.parse::<u64>() else {
                continue;
            };
            // Placed in order as they come (a sort would add kilobytes), in a list of bounded
            // length: a script of the site can plant thousands of keys, and placing each in a
            // list of them all was quadratic.
            let at = keys
                .iter()
                .position(|(_, _, other)| *other < ms)
                .unwrap_or(keys.len());
            if at < MAX_LISTED_COPIES {
                let what = what.to_string();
                keys.insert(at, (key, what, ms));
                keys.truncate(MAX_LISTED_COPIES);
            }
        }
        keys
    }

    /// The copies kept aside, newest first; a session copy read with `bank`.
    pub fn kept_copies(&self, bank: &Questionnaire) -> Vec<KeptCopy> {
        self.kept_keys_newest_first()
            .into_iter()
            .filter_map(|(key, what, ms)| {
                let raw = self.read(&key).ok().flatten()?;
                let restorable_answers = (what != "history")
                    .then(|| parse_document(&raw, bank).ok())
                    .flatten()
                    .map(|session| session.answers.len());
                Some(KeptCopy {
                    what,
                    kept_ms: ms as f64,
                    raw,
                    key,
                    restorable_answers,
                })
            })
            .collect()
    }

    /// Saves the session unless storage changed in a way that makes writing unsafe (see
    /// `core::formats::guard`). `seen` is the text this tab last read or wrote under the key.
    pub fn save_session(
        &self,
        bank: &Questionnaire,
        seen: Option<&str>,
        session: &Session,
        now_ms: f64,
    ) -> SessionSaved {
        let stored = match self.read(SESSION_KEY) {
            Ok(stored) => stored,
            Err(error) => return SessionSaved::Failed(error),
        };
        match plan_session_write(bank, seen, stored.as_deref(), session, now_ms) {
            SessionPlan::Write => self.write_session(session),
            SessionPlan::KeepAsideThenWrite(raw) => {
                match self.keep_aside(&raw, "session", now_ms) {
                    Ok(_) => self.write_session(session),
                    Err(error) => SessionSaved::Failed(error),
                }
            }
            SessionPlan::Merge(merged) => match self.write_session(&merged) {
                SessionSaved::Saved(raw) => SessionSaved::Merged {
                    session: merged,
                    raw,
                },
                other => other,
            },
            SessionPlan::Cleared => SessionSaved::Cleared,
            SessionPlan::Newer(version) => SessionSaved::Newer(version),
        }
    }

    /// Puts `restored` (a kept copy the person chose) in place of the saved session. What
    /// storage holds now, and what this tab holds if that differs, are kept aside first; a newer
    /// build's document is never replaced.
    pub fn restore(
        &self,
        bank: &Questionnaire,
        current: &Session,
        restored: &Session,
        now_ms: f64,
    ) -> SessionSaved {
        let stored = match self.read(SESSION_KEY) {
            Ok(stored) => stored,
            Err(error) => return SessionSaved::Failed(error),
        };
        if let Some(stored) = &stored {
            if let Err(DocumentError::NewerVersion(version)) = parse_document(stored, bank) {
                return SessionSaved::Newer(version);
            }
            if let Err(error) = self.keep_aside(stored, "replaced", now_ms) {
                return SessionSaved::Failed(error);
            }
        }
        let current_raw = current.to_json();
        if !current.answers.is_empty() && stored.as_deref() != Some(current_raw.as_str()) {
            if let Err(error) = self.keep_aside(&current_raw, "replaced", now_ms + 1.0) {
                return SessionSaved::Failed(error);
            }
        }
        self.write_session(restored)
    }

    /// Saves the answers this tab holds after the person chose to keep them when someone else
    /// cleared the store: through the guard with no base, so they go on top of whatever another
    /// tab saved since, unreadable text is kept aside first, and a newer build's document is never
    /// written over. Then this tab's answers are kept aside instead (kind "unsaved"), so the
    /// choice to keep them holds even though they could not be saved (the newer-version notice
    /// says they are in this tab and in any copy listed at the foot of the page).
    pub fn keep_after_clear(
        &self,
        bank: &Questionnaire,
        session: &Session,
        now_ms: f64,
    ) -> SessionSaved {
        let saved = self.save_session(bank, None, session, now_ms);
        if let SessionSaved::Newer(_) = saved {
            let _ = self.keep_aside(&session.to_json(), "unsaved", now_ms);
        }
        saved
    }

    /// Removes every key this tool stores (`keys`), each tried even when one is refused. The
    /// marker `DELETING_KEY` is set first and removed last, so other tabs know these removals
    /// are the person's own "Delete my answers" (see `core::assess::session::DELETING_KEY`).
    pub fn delete_all(&self, keys: &[String]) -> Result<(), StorageError> {
        // Without the marker (a full store refuses even that), other tabs ask before dropping
        // what they hold: safe, only less smooth.
        let _ = self.write(DELETING_KEY, "1");
        let outcomes: Vec<_> = keys.iter().map(|key| self.remove(key)).collect();
        let _ = self.remove(DELETING_KEY);
        outcomes.into_iter().collect()
    }

    /// Writes the session whatever storage holds: only when the person asked for it (restoring
    /// a kept copy, after keeping what storage held aside).
    pub fn write_session(&self, session: &Session) -> SessionSaved {
        let raw = session.to_json();
        match self.write(SESSION_KEY, &raw) {
            Ok(()) => SessionSaved::Saved(raw),
            Err(error) => SessionSaved::Failed(error),
        }
    }

    /// Reads the earlier results. Unusable history is copied aside like an unreadable session,
    /// and the problem is returned so the page can say what happened; a newer build's list is
    /// left alone.
    pub fn load_history(&self, now_ms: f64) -> LoadedHistory {
        let Ok(Some(raw)) = self.read(HISTORY_KEY) else {
            return LoadedHistory {
                history: History::default(),
                problem: None,
                raw: None,
            };
        };
        let (history, problem) = match History::parse(&raw) {
            Ok(history) => (history, None),
            Err(HistoryError::NewerVersion(version)) => {
                (History::default(), Some(HistoryProblem::Newer(version)))
            }
            Err(HistoryError::Damaged { kept, lost }) => {
                let kept_aside = self.keep_aside(&raw, "history", now_ms).is_ok();
                (
                    kept,
                    Some(HistoryProblem::Lost {
                        count: lost,
                        kept_aside,
                    }),
                )
            }
            Err(_) => {
                let kept_aside = self.keep_aside(&raw, "history", now_ms).is_ok();
                (
                    History::default(),
                    Some(HistoryProblem::Unreadable { kept_aside }),
                )
            }
        };
        LoadedHistory {
            history,
            problem,
            raw: Some(raw),
        }
    }

    /// Adds `unsaved` results to the stored list, after checking what it holds now.
    pub fn save_history(
        &self,
        seen: Option<&str>,
        ours: &History,
        unsaved: &[Snapshot],
        now_ms: f64,
    ) -> HistorySaved {
        let stored = match self.read(HISTORY_KEY) {
            Ok(stored) => stored,
            Err(error) => return HistorySaved::Failed(error),
        };
        match plan_history_write(seen, stored.as_deref(), ours, unsaved) {
            HistoryPlan::Write(history) => self.write_history(history),
            HistoryPlan::KeepAsideThenWrite { history, raw } => {
                match self.keep_aside(&raw, "history", now_ms) {
                    Ok(_) => self.write_history(history),
                    Err(error) => HistorySaved::Failed(error),
                }
            }
            HistoryPlan::Cleared => HistorySaved::Cleared,
            HistoryPlan::Newer(version) => HistorySaved::Newer(version),
        }
    }

    /// Writes the list whatever storage holds (only on the person's request).
    pub fn write_history(&self, history: History) -> HistorySaved {
        let raw = history.to_json();
        match self.write(HISTORY_KEY, &raw) {
            Ok(()) => HistorySaved::Saved { history, raw },
            Err(error) => HistorySaved::Failed(error),
        }
    }
}

/// Browsers report a full store as a `DOMException` named `QuotaExceededError` (older Firefox:
/// `NS_ERROR_DOM_QUOTA_REACHED`).
fn classify_write_error(error: &JsValue) -> StorageError {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::Full
    } else if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        StorageError::WriteFailed(Some(exception.message()))
    } else {
        StorageError::WriteFailed(error.as_string())
    }
}
