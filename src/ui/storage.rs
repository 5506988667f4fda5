//! The one fallible wrapper around local storage. Every read, write and delete the widget makes
//! goes through `Store`, and every failure comes back as a `StorageError` the UI turns into a
//! notice; nothing here panics.
//!
//! gloo-storage's `LocalStorage` panics when the browser denies storage altogether (sandboxed
//! iframes, opaque origins, storage disabled, or site data blocked while the page is open), so
//! availability is probed with web-sys before every use and gloo is only reached once storage
//! is known to exist at that moment.
//!
//! Writes are planned: before saving, the key is read again and `core::formats::stored::plan_write` decides whether
//! writing is safe (someone else may have cleared the store, or a newer build written it).

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::formats::history::History;
use crate::core::formats::stored::keys::{
    kept_copy_key, KeyRegistry, DELETING_KEY, KEPT_COPY_KEY_PREFIX,
};
use crate::core::formats::stored::{plan_write, Plan, Reading, StoredDocument};
use crate::core::questions::content::Content;

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

/// What was found under a document's key when the page opened.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<D: StoredDocument> {
    /// Nothing saved yet.
    Nothing,
    /// A document this build reads, and the exact text it was read from.
    Restored { document: D, raw: String },
    /// A document written by a newer build (this format version): it is left exactly as it
    /// is and nothing is saved over it.
    Newer { version: u64, raw: String },
    /// A document part of which was damaged: `kept` is the rest, `lost` how many items were left
    /// out. The text was copied aside first (`backup`, as for `Unreadable`).
    Damaged {
        kept: D,
        lost: usize,
        raw: String,
        backup: Result<String, StorageError>,
    },
    /// Saved data that cannot be used. `backup` is the key it was copied to, or the error that
    /// stopped the copy (then the original must not be overwritten).
    Unreadable {
        reason: D::Problem,
        raw: String,
        backup: Result<String, StorageError>,
    },
}

/// The outcome of saving a document after checking what storage holds now.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved<D> {
    /// Written: `document` is what storage now holds (`raw` its text). When `merged`, another
    /// tab had saved meanwhile and this is the merge of both, now this tab's.
    Written {
        document: D,
        raw: String,
        merged: bool,
    },
    /// What this tab had saved was removed by someone else: nothing was written.
    Cleared,
    /// A newer build's document is there: nothing was written.
    Newer(u64),
    Failed(StorageError),
}

/// Saving the session, and saving the list of earlier results.
pub type SessionSaved = Saved<crate::core::assess::session::Session>;
pub type HistorySaved = Saved<History>;

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
    /// How many answers (items) it holds when this build can read it as the document the
    /// copies were listed for (then it can be put back as the person's answers).
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

    /// Reads the document `D`. Unreadable data is copied to a kept-copy key before anything else
    /// happens, so a fresh start can never silently destroy it; a newer build's document is
    /// left alone.
    pub fn load<D: StoredDocument>(
        &self,
        context: &D::Context,
        now_ms: f64,
    ) -> Result<Loaded<D>, StorageError> {
        let Some(raw) = self.read(D::KEY)? else {
            return Ok(Loaded::Nothing);
        };
        Ok(match D::read(&raw, context, Some(now_ms)) {
            Reading::Read(document) => Loaded::Restored { document, raw },
            Reading::Newer(version) => Loaded::Newer { version, raw },
            Reading::Damaged { kept, lost } => Loaded::Damaged {
                kept,
                lost,
                backup: self.keep_aside(&raw, D::KIND, now_ms),
                raw,
            },
            Reading::Unreadable(reason) => Loaded::Unreadable {
                reason,
                backup: self.keep_aside(&raw, D::KIND, now_ms),
                raw,
            },
        })
    }

    /// Copies data to a kept-copy key, reusing an existing copy of the same text so that
    /// reloading a page with damaged data does not pile up duplicates, and dropping the oldest
    /// copies of each kind beyond `KEEP_COPIES` (kinds this build never writes too: a later build's,
    /// or planted ones).
    pub fn keep_aside(&self, raw: &str, what: &str, now_ms: f64) -> Result<String, StorageError> {
        let existing = self
            .keys_with_prefix(KEPT_COPY_KEY_PREFIX)
            .into_iter()
            .find(|key| self.read(key).ok().flatten().as_deref() == Some(raw));
        if let Some(key) = existing {
            return Ok(key);
        }
        // A key of its own even when another copy was made in the same millisecond.
        let mut key = kept_copy_key(what, now_ms);
        let mut step = 0.0;
        while matches!(self.read(&key), Ok(Some(_))) {
            step += 1.0;
            key = kept_copy_key(what, now_ms + step);
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
        for key in self.keys_with_prefix(KEPT_COPY_KEY_PREFIX) {
            let Some((what, ms)) = key[KEPT_COPY_KEY_PREFIX.len()..].rsplit_once(':') else {
                continue;
            };
            // Only the whole numbers `kept_copy_key` writes: "NaN" or "1e300" are not ours.
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

    /// The copies kept aside, newest first, each read as a `D` to tell whether it can be put
    /// back.
    pub fn kept_copies<D: StoredDocument>(&self, context: &D::Context) -> Vec<KeptCopy> {
        self.kept_keys_newest_first()
            .into_iter()
            .filter_map(|(key, what, ms)| {
                let raw = self.read(&key).ok().flatten()?;
                let restorable_answers = D::read(&raw, context, None)
                    .document()
                    .map(|document| document.items());
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

    /// Saves `ours` unless storage changed in a way that makes writing unsafe (see
    /// `core::formats::stored::plan_write`). `seen` is the text this tab last read or wrote under
    /// the key.
    pub fn save<D: StoredDocument>(
        &self,
        context: &D::Context,
        seen: Option<&str>,
        ours: &D,
        now_ms: f64,
    ) -> Saved<D> {
        let stored = match self.read(D::KEY) {
            Ok(stored) => stored,
            Err(error) => return Saved::Failed(error),
        };
        match plan_write(context, seen, stored.as_deref(), ours, now_ms) {
            Plan::Write { document, merged } => self.write_document(document, merged),
            Plan::KeepAsideThenWrite { document, raw } => {
                match self.keep_aside(&raw, D::KIND, now_ms) {
                    Ok(_) => self.write_document(document, false),
                    Err(error) => Saved::Failed(error),
                }
            }
            Plan::Cleared => Saved::Cleared,
            Plan::Newer(version) => Saved::Newer(version),
        }
    }

    /// Puts `restored` (a kept copy the person chose) in place of the stored document. What
    /// storage holds now, and what this tab holds if that differs, are kept aside first (kind
    /// "replaced"); a newer build's document is never replaced.
    pub fn put_back<D: StoredDocument>(
        &self,
        context: &D::Context,
        current: &D,
        restored: D,
        now_ms: f64,
    ) -> Saved<D> {
        let stored = match self.read(D::KEY) {
            Ok(stored) => stored,
            Err(error) => return Saved::Failed(error),
        };
        if let Some(stored) = &stored {
            if let Reading::Newer(version) = D::read(stored, context, None) {
                return Saved::Newer(version);
            }
            if let Err(error) = self.keep_aside(stored, "replaced", now_ms) {
                return Saved::Failed(error);
            }
        }
        let current_raw = current.to_stored();
        if current.items() > 0 && stored.as_deref() != Some(current_raw.as_str()) {
            if let Err(error) = self.keep_aside(&current_raw, "replaced", now_ms + 1.0) {
                return Saved::Failed(error);
            }
        }
        self.write_document(restored, false)
    }

    /// Saves what this tab holds after the person chose to keep it when someone else cleared the
    /// store: with no base, so it goes on top of whatever another tab saved since, unreadable text
    /// is kept aside first, and a newer build's document is never written over. Then this tab's
    /// document is kept aside instead (kind "unsaved"), so the choice to keep it holds even though
    /// it could not be saved (the newer-version notice says the answers are in this tab and in any
    /// copy listed at the foot of the page).
    pub fn keep_after_clear<D: StoredDocument>(
        &self,
        context: &D::Context,
        ours: &D,
        now_ms: f64,
    ) -> Saved<D> {
        let saved = self.save(context, None, ours, now_ms);
        if let Saved::Newer(_) = saved {
            let _ = self.keep_aside(&ours.to_stored(), "unsaved", now_ms);
        }
        saved
    }

    /// Removes every key `registry` lists (and every key under its prefixes), each tried even when
    /// one is refused: the kept copies first, then the documents, then the language. The marker
    /// `DELETING_KEY` is set first and removed last, so other tabs know these removals are the
    /// person's own "Delete my answers" (see `DELETING_KEY`).
    pub fn delete_all(&self, registry: &KeyRegistry) -> Result<(), StorageError> {
        let mut keys: Vec<String> = Vec::new();
        for prefix in registry.prefixes() {
            keys.extend(self.keys_with_prefix(prefix));
        }
        keys.extend(registry.keys().iter().map(|key| key.to_string()));
        // Without the marker (a full store refuses even that), other tabs ask before dropping
        // what they hold: safe, only less smooth.
        let _ = self.write(DELETING_KEY, "1");
        let outcomes: Vec<_> = keys.iter().map(|key| self.remove(key)).collect();
        let _ = self.remove(DELETING_KEY);
        outcomes.into_iter().collect()
    }

    /// Writes `document` whatever storage holds: after the planner said so, or on the person's
    /// request.
    pub fn write_document<D: StoredDocument>(&self, document: D, merged: bool) -> Saved<D> {
        let raw = document.to_stored();
        match self.write(D::KEY, &raw) {
            Ok(()) => Saved::Written {
                document,
                raw,
                merged,
            },
            Err(error) => Saved::Failed(error),
        }
    }

    /// Reads the earlier results, and says what was wrong with them, if anything, for the page's
    /// notice (see `load`).
    pub fn load_history(&self, now_ms: f64) -> LoadedHistory {
        let (history, problem, raw) = match self.load::<History>(&(), now_ms) {
            Err(_) | Ok(Loaded::Nothing) => (History::default(), None, None),
            Ok(Loaded::Restored { document, raw }) => (document, None, Some(raw)),
            Ok(Loaded::Newer { version, raw }) => (
                History::default(),
                Some(HistoryProblem::Newer(version)),
                Some(raw),
            ),
            Ok(Loaded::Damaged {
                kept,
                lost,
                raw,
                backup,
            }) => (
                kept,
                Some(HistoryProblem::Lost {
                    count: lost,
                    kept_aside: backup.is_ok(),
                }),
                Some(raw),
            ),
            Ok(Loaded::Unreadable { raw, backup, .. }) => (
                History::default(),
                Some(HistoryProblem::Unreadable {
                    kept_aside: backup.is_ok(),
                }),
                Some(raw),
            ),
        };
        LoadedHistory {
            history,
            problem,
            raw,
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
