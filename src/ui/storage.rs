//! The one fallible wrapper around local storage. Every read, write and delete the widget makes
//! goes through `Store`, and every failure comes back as a `StorageError` the UI turns into a
//! notice; nothing here panics.
//!
//! gloo-storage's `LocalStorage` panics when the browser denies storage altogether (sandboxed
//! iframes, opaque origins, storage disabled), so availability is probed with web-sys first and
//! gloo is only used once storage is known to exist.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::history::{History, HistoryError, HISTORY_KEY};
use crate::core::questionnaire::Questionnaire;
use crate::core::session::{
    backup_key, parse_document, DocumentError, Session, BACKUP_KEY_PREFIX, SESSION_KEY,
};

#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser gives this page no storage: work in memory.
    Unavailable,
    /// The browser's storage for this site is full.
    Full,
    /// Any other refusal to write, with the browser's words.
    WriteFailed(String),
}

impl StorageError {
    /// What the person is told.
    pub fn message(&self) -> String {
        match self {
            StorageError::Unavailable => "This browser is not letting the page store anything, so your answers \
                will not be kept if you close or reload it. Everything else works as usual."
                .to_string(),
            StorageError::Full => "Your browser's storage for this site is full, so your latest answers could \
                not be saved. They are kept in this tab until you close it."
                .to_string(),
            StorageError::WriteFailed(detail) => format!(
                "Your browser refused to save your latest answers ({detail}). They are kept in this tab until you close it."
            ),
        }
    }
}

/// What was found in storage when the page opened.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Nothing,
    Restored(Session),
    /// Saved data that cannot be used. `backup` is the key it was copied to, or the error that
    /// stopped the copy (then the original must not be overwritten).
    Unreadable {
        reason: DocumentError,
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
}

impl HistoryProblem {
    /// Whether the stored list may be replaced: only once a copy of it is safe.
    pub fn may_overwrite(self) -> bool {
        match self {
            HistoryProblem::Lost { kept_aside, .. } | HistoryProblem::Unreadable { kept_aside } => {
                kept_aside
            }
        }
    }
}

/// Local storage, if the browser gives us any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Store {
    available: bool,
}

impl Store {
    /// Probes storage without ever throwing: `window.localStorage` itself throws when access is
    /// denied, which web-sys turns into an `Err`.
    pub fn open() -> Store {
        let available = web_sys::window()
            .and_then(|window| window.local_storage().ok().flatten())
            .is_some();
        Store { available }
    }

    /// A store that never touches the browser (used when storage must not be written).
    pub fn in_memory() -> Store {
        Store { available: false }
    }

    pub fn is_available(&self) -> bool {
        self.available
    }

    pub fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        if !self.available {
            return Err(StorageError::Unavailable);
        }
        LocalStorage::raw()
            .get_item(key)
            .map_err(|_| StorageError::Unavailable)
    }

    pub fn write(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if !self.available {
            return Err(StorageError::Unavailable);
        }
        LocalStorage::raw()
            .set_item(key, value)
            .map_err(|error| classify_write_error(&error))
    }

    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        if !self.available {
            return Err(StorageError::Unavailable);
        }
        LocalStorage::delete(key);
        Ok(())
    }

    /// Every key that starts with `prefix`.
    pub fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        if !self.available {
            return Vec::new();
        }
        let raw = LocalStorage::raw();
        let count = raw.length().unwrap_or(0);
        (0..count)
            .filter_map(|index| raw.key(index).ok().flatten())
            .filter(|key| key.starts_with(prefix))
            .collect()
    }

    /// Reads the saved session. Unreadable data is copied to a backup key before anything else
    /// happens, so a fresh start can never silently destroy it.
    pub fn load_session(&self, bank: &Questionnaire, now_ms: f64) -> Result<Loaded, StorageError> {
        let Some(raw) = self.read(SESSION_KEY)? else {
            return Ok(Loaded::Nothing);
        };
        match parse_document(&raw, bank) {
            Ok(session) => Ok(Loaded::Restored(session)),
            Err(reason) => Ok(Loaded::Unreadable {
                reason,
                backup: self.keep_aside(&raw, "session", now_ms),
            }),
        }
    }

    /// Copies unreadable data to a backup key, reusing an existing copy of the same text so that
    /// reloading a page with damaged data does not pile up duplicates.
    fn keep_aside(&self, raw: &str, what: &str, now_ms: f64) -> Result<String, StorageError> {
        let existing = self
            .keys_with_prefix(BACKUP_KEY_PREFIX)
            .into_iter()
            .find(|key| self.read(key).ok().flatten().as_deref() == Some(raw));
        if let Some(key) = existing {
            return Ok(key);
        }
        let key = backup_key(what, now_ms);
        self.write(&key, raw).map(|()| key)
    }

    pub fn save_session(&self, session: &Session) -> Result<(), StorageError> {
        self.write(SESSION_KEY, &session.to_json())
    }

    /// Reads the earlier results. Unusable history is copied aside like an unreadable session,
    /// and the problem is returned so the page can say what happened.
    pub fn load_history(&self, now_ms: f64) -> (History, Option<HistoryProblem>) {
        let Ok(Some(raw)) = self.read(HISTORY_KEY) else {
            return (History::default(), None);
        };
        match History::parse(&raw) {
            Ok(history) => (history, None),
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
        }
    }

    pub fn save_history(&self, history: &History) -> Result<(), StorageError> {
        self.write(HISTORY_KEY, &history.to_json())
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
        StorageError::WriteFailed(exception.message())
    } else {
        StorageError::WriteFailed(
            error
                .as_string()
                .unwrap_or_else(|| "unknown error".to_string()),
        )
    }
}
