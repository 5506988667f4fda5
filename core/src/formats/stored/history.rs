//! The list of earlier results as a stored document: results another tab added meanwhile stay,
//! with this tab's new ones added to them.

use super::{Reading, StoredDocument};
use crate::formats::history::{History, HistoryError};

pub const HISTORY_KEY: &str = "partnership-readiness:history";

impl StoredDocument for History {
    /// Results carry everything they need (their question set's edition is in their code).
    type Context = ();
    type Problem = HistoryError;
    const KEY: &'static str = HISTORY_KEY;
    const KIND: &'static str = "history";

    fn read(raw: &str, _: &(), _: Option<f64>) -> Reading<History> {
        match History::parse(raw) {
            Ok(history) => Reading::Read(history),
            Err(HistoryError::NewerVersion(version)) => Reading::Newer(version),
            Err(HistoryError::Damaged { kept, lost }) => Reading::Damaged { kept, lost },
            Err(problem) => Reading::Unreadable(problem),
        }
    }

    fn to_stored(&self) -> String {
        self.to_json()
    }

    /// `theirs` with each result this tab recorded since `base` added (`History::record`, so a
    /// renamed result replaces its old name). A result this tab's list dropped as too old stays in
    /// theirs: a list only loses results by growing past its limit.
    fn merge(_: &(), base: Option<&History>, ours: &History, mut theirs: History) -> History {
        for snapshot in &ours.entries {
            let new_here = base.is_none_or(|base| !base.entries.contains(snapshot));
            if new_here && !theirs.entries.contains(snapshot) {
                theirs.record(snapshot.clone());
            }
        }
        theirs
    }

    fn items(&self) -> usize {
        self.entries.len()
    }
}
