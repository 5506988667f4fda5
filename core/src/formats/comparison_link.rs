//! Comparison links and pasted lists of result links: reading entries (whole links, fragments,
//! bare codes, links a mail filter rewrote), why one was not added, and writing a comparison
//! link. The comparison's statistics are `assess::compare`'s, its words `words::comparison`'s.

use std::borrow::Cow;

use crate::assess::compare::{compare, Comparison, Response};
use crate::formats::address::fragment_of;
use crate::formats::snapshot::{code_in_fragment, Snapshot, SnapshotError};
use crate::questions::set::QuestionSet;

/// The most snapshots one comparison takes (a legend of twelve is already a lot to read).
pub const MAX_RESPONSES: usize = 12;
/// The fragment key of a comparison link: `#compare=<code>.<code>...` (one of the route keys).
pub const FRAGMENT_KEY: &str = crate::formats::route::COMPARE_KEY;
/// Separates codes in a comparison link; base64url never uses it.
const SEPARATOR: char = '.';

/// Why one pasted entry was not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryProblem {
    Unreadable(SnapshotError),
    /// The same link as response `n` (1-based).
    Duplicate(usize),
    /// Made with a questionnaire (or a later edition of it) this build cannot show.
    OtherVersion,
    /// Over the limit of `MAX_RESPONSES`.
    TooMany,
}

impl EntryProblem {
    /// A short name for the kind of problem (the page's data attributes and tests use it).
    pub fn key(&self) -> &'static str {
        match self {
            EntryProblem::Unreadable(error) => error.key(),
            EntryProblem::Duplicate(_) => "duplicate",
            EntryProblem::OtherVersion => "other-version",
            EntryProblem::TooMany => "too-many",
        }
    }
}

/// One entry of a pasted list that could not be added, with where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// 1-based line (or position in a comparison link).
    pub line: usize,
    /// The start of what was pasted, to recognise it by.
    pub excerpt: String,
    pub problem: EntryProblem,
}

/// The snapshot code in one pasted entry: a whole link, a `#result=` fragment, or a bare code.
/// A link whose `#` mail security rewrote as `%23` (or `%2523`) is read as the link it was.
pub fn code_in_entry(entry: &str) -> Cow<'_, str> {
    let entry = entry.trim();
    match fragment_of(entry) {
        Some(Cow::Borrowed(fragment)) => {
            Cow::Borrowed(code_in_fragment(fragment).unwrap_or(fragment))
        }
        Some(Cow::Owned(fragment)) => {
            Cow::Owned(code_in_fragment(&fragment).map_or_else(|| fragment.clone(), str::to_string))
        }
        None => Cow::Borrowed(code_in_fragment(entry).unwrap_or(entry)),
    }
}

fn excerpt(entry: &str) -> String {
    crate::text::clean::excerpt(entry.trim(), 48)
}

/// How far one paste or comparison link is read: twice what a comparison holds leaves room for
/// mistakes and repeats, and anything after it is counted, not read, so a link or paste of a
/// million entries opens as quickly as one of three.
pub const MAX_ENTRIES_READ: usize = 2 * MAX_RESPONSES;

/// What came of adding a list of entries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Added {
    /// The entries that could not be added, and why.
    pub rejected: Vec<Rejected>,
    /// Non-blank entries after the first `MAX_ENTRIES_READ`, which were not read at all.
    pub unread: usize,
}

/// Adds the links in `entries` (one per pasted line, or the parts of a comparison link) to
/// `responses`, which may already hold some. Blank entries are skipped; at most
/// `MAX_ENTRIES_READ` entries are read, and the rest only counted.
pub fn add_entries<'a>(
    set: &QuestionSet,
    responses: &mut Vec<Snapshot>,
    entries: impl IntoIterator<Item = &'a str>,
) -> Added {
    let mut added = Added::default();
    let mut entries = entries
        .into_iter()
        .enumerate()
        .filter(|(_, entry)| !entry.trim().is_empty());
    for (index, entry) in entries.by_ref().take(MAX_ENTRIES_READ) {
        let reject = |problem| Rejected {
            line: index + 1,
            excerpt: excerpt(entry),
            problem,
        };
        let snapshot = match Snapshot::decode(&code_in_entry(entry)) {
            Ok(snapshot) => snapshot,
            Err(error) => {
                added.rejected.push(reject(EntryProblem::Unreadable(error)));
                continue;
            }
        };
        if !snapshot.fits(set) {
            added.rejected.push(reject(EntryProblem::OtherVersion));
        } else if let Some(earlier) = responses.iter().position(|r| *r == snapshot) {
            added
                .rejected
                .push(reject(EntryProblem::Duplicate(earlier + 1)));
        } else if responses.len() >= MAX_RESPONSES {
            added.rejected.push(reject(EntryProblem::TooMany));
        } else {
            responses.push(snapshot);
        }
    }
    added.unread = entries.count();
    added
}

/// The comparison of these results, as their links give them (`assess::compare` over each
/// link's response).
pub fn compare_links(set: &QuestionSet, responses: &[Snapshot]) -> Comparison {
    let responses: Vec<Response> = responses.iter().map(Snapshot::response).collect();
    compare(set, &responses)
}

/// The code of a comparison link (without `#compare=`).
pub fn encode_comparison(responses: &[Snapshot]) -> String {
    responses
        .iter()
        .map(Snapshot::encode)
        .collect::<Vec<_>>()
        .join(&SEPARATOR.to_string())
}

/// The entries of a comparison link's code, for `add_entries` (read lazily: a hostile link may
/// hold a million of them).
pub fn comparison_entries(code: &str) -> impl Iterator<Item = &str> {
    code.split(SEPARATOR)
}
