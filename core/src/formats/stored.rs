//! The documents the widget keeps in local storage, as one abstraction: what a stored document
//! must say about itself (`StoredDocument`), and the one decision made before every write
//! (`plan_write`).
//!
//! Local storage belongs to the whole origin: another tab of the widget, a newer build of it, or
//! any other script of the same site (a sign-out step that calls `localStorage.clear()`) can
//! change or remove what this tab saved. The browser's `storage` event reports changes made in
//! other tabs, but not a `clear()` made in this page, and it may arrive after this tab has already
//! decided to write. So before every write the browser layer reads the key again and asks
//! `plan_write` what to do, comparing what is there now with what this tab last read or wrote
//! there. Nothing here touches the browser; `ui::storage::Store` does the reading and writing, for
//! any document, the same way.
//!
//! Adding a document: implement `StoredDocument` in a file of its own (as `session` and `history`
//! do here) and register its key in `keys::KeyRegistry::widget`, so "Delete my answers" removes
//! it. Nothing else changes: loading, guarded saving, keeping unreadable text aside, merging
//! another tab's writes and deleting are generic.

pub mod history;
pub mod keys;
pub mod session;

use std::fmt::Debug;

/// Tag in every document so we never read (or overwrite) someone else's data as ours.
pub const APP_TAG: &str = "partnership-readiness";
/// A format version or edition this far beyond this build's is noise (a damaged or planted
/// value), not a newer build: it is kept aside like damage, so it cannot stop every tab saving
/// for good, as a newer build's document (which is left alone) would.
pub const FAR_AHEAD: u64 = 100;

/// A document kept in local storage under one key.
pub trait StoredDocument: Clone + PartialEq + Debug + Sized {
    /// What reading a text needs besides the text (the question set, for a session).
    type Context: ?Sized;
    /// Why a text cannot be used at all; the words for it are in `words`.
    type Problem: Clone + PartialEq + Debug;
    /// Its local-storage key. Never renamed: earlier builds' documents are found under it.
    const KEY: &'static str;
    /// The kind named in the keys of copies of it kept aside (`keys::kept_copy_key`). Never
    /// renamed either.
    const KIND: &'static str;

    /// Reads a stored text. `now_ms` is the clock, for the checks that need it (a time far ahead
    /// is damage); `None` for a text this tab itself wrote or read before (its own base).
    fn read(raw: &str, context: &Self::Context, now_ms: Option<f64>) -> Reading<Self>;

    /// The text stored. Byte for byte what earlier builds wrote for the same value (the golden
    /// tests hold it).
    fn to_stored(&self) -> String;

    /// `theirs` (what another tab saved, or what could be read of a damaged text) with every
    /// change this tab made since `base` (what it last saw) on top, so neither tab's work is lost.
    /// With no `base`, everything this tab holds goes on top.
    fn merge(context: &Self::Context, base: Option<&Self>, ours: &Self, theirs: Self) -> Self;

    /// How many items it holds (answers, results): what a kept copy offers to put back.
    fn items(&self) -> usize;
}

/// What a stored text turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading<D: StoredDocument> {
    Read(D),
    /// Written by a newer build in this format version: to be left alone.
    Newer(u64),
    /// Some of it was damaged and left out (`lost` items); `kept` is the rest.
    Damaged {
        kept: D,
        lost: usize,
    },
    /// Nothing in it can be used.
    Unreadable(D::Problem),
}

impl<D: StoredDocument> Reading<D> {
    /// The document, when all of it could be read.
    pub fn document(self) -> Option<D> {
        match self {
            Reading::Read(document) => Some(document),
            _ => None,
        }
    }

    /// What a merge can start from: all of it, or what could be read of it.
    fn usable(self) -> Option<D> {
        match self {
            Reading::Read(document) | Reading::Damaged { kept: document, .. } => Some(document),
            _ => None,
        }
    }
}

/// What to do with the document this tab is about to save.
#[derive(Debug, Clone, PartialEq)]
pub enum Plan<D> {
    /// Write `document`: this tab's own, or (`merged`) what another tab saved meanwhile with this
    /// tab's changes on top, which then becomes this tab's.
    Write { document: D, merged: bool },
    /// Storage holds text this tab never saw and cannot fully read: keep `raw` aside first, then
    /// write `document` (this tab's, with what could be read of `raw` merged in).
    KeepAsideThenWrite { document: D, raw: String },
    /// What this tab had saved is gone, and not through this tab: someone else cleared the
    /// store. Ask the person before writing anything back.
    Cleared,
    /// A newer build of the widget wrote this format version: never overwrite it.
    Newer(u64),
}

/// Decides what to do with `ours`, given what this tab last read or wrote under the document's key
/// (`seen`) and what is there now (`stored`), at `now_ms`. With no `seen`, everything this tab
/// holds goes on top of what is stored.
pub fn plan_write<D: StoredDocument>(
    context: &D::Context,
    seen: Option<&str>,
    stored: Option<&str>,
    ours: &D,
    now_ms: f64,
) -> Plan<D> {
    let ours_as_is = || Plan::Write {
        document: ours.clone(),
        merged: false,
    };
    let Some(stored) = stored else {
        return if seen.is_some() {
            Plan::Cleared
        } else {
            ours_as_is()
        };
    };
    if seen == Some(stored) {
        return ours_as_is();
    }
    // What this tab started from: what it last saw, or nothing at all.
    let base = seen.and_then(|seen| D::read(seen, context, None).usable());
    match D::read(stored, context, Some(now_ms)) {
        Reading::Read(theirs) => Plan::Write {
            document: D::merge(context, base.as_ref(), ours, theirs),
            merged: true,
        },
        Reading::Newer(version) => Plan::Newer(version),
        Reading::Damaged { kept, .. } => Plan::KeepAsideThenWrite {
            document: D::merge(context, base.as_ref(), ours, kept),
            raw: stored.to_string(),
        },
        Reading::Unreadable(_) => Plan::KeepAsideThenWrite {
            document: ours.clone(),
            raw: stored.to_string(),
        },
    }
}

#[cfg(test)]
mod tests;
