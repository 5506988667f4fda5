//! Earlier results on this device: each finished assessment is kept as its snapshot code (the
//! same compact, checksummed form a link carries), newest last, so the results view can list
//! them, open them and draw the previous one behind the current one.

use serde::{Deserialize, Serialize};

use super::session::APP_TAG;
use super::snapshot::{Snapshot, SnapshotError};

pub const HISTORY_KEY: &str = "partnership-readiness:history";
/// Version 2 holds second-edition (format 2) links; a build that reads only version 1 would drop
/// them as damaged, so it is told this list is newer and leaves it alone. Version 1 is still read.
pub const HISTORY_VERSION: u64 = 2;
/// The oldest results are dropped beyond this many.
pub const MAX_ENTRIES: usize = 50;

#[derive(Debug, Serialize, Deserialize)]
struct HistoryDocument {
    app: String,
    version: u64,
    results: Vec<String>,
}

/// The results kept on this device, oldest first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History {
    pub entries: Vec<Snapshot>,
}

/// Why stored history could not be used; the page says so and starts a new list.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryError {
    Unreadable,
    /// Written by a newer build in this format version: to be left alone.
    NewerVersion(u64),
    /// A format version no build ever wrote: damaged.
    UnknownVersion(u64),
    /// Some entries were damaged and left out; the rest are kept.
    Damaged {
        kept: History,
        lost: usize,
    },
}

impl History {
    /// Reads the stored list. Damaged entries are dropped (and counted), never fatal.
    pub fn parse(raw: &str) -> Result<History, HistoryError> {
        let document: HistoryDocument =
            serde_json::from_str(raw).map_err(|_| HistoryError::Unreadable)?;
        if document.app != APP_TAG {
            return Err(HistoryError::Unreadable);
        }
        if document.version > HISTORY_VERSION {
            return Err(HistoryError::NewerVersion(document.version));
        }
        if document.version == 0 {
            return Err(HistoryError::UnknownVersion(document.version));
        }
        let decoded: Vec<Result<Snapshot, SnapshotError>> = document
            .results
            .iter()
            .map(|code| Snapshot::decode(code))
            .collect();
        let lost = decoded.iter().filter(|entry| entry.is_err()).count();
        let kept = History {
            entries: decoded.into_iter().filter_map(Result::ok).collect(),
        };
        if lost > 0 {
            Err(HistoryError::Damaged { kept, lost })
        } else {
            Ok(kept)
        }
    }

    pub fn to_json(&self) -> String {
        let document = HistoryDocument {
            app: APP_TAG.to_string(),
            version: HISTORY_VERSION,
            results: self.entries.iter().map(Snapshot::encode).collect(),
        };
        serde_json::to_string(&document).unwrap_or_default()
    }

    /// Adds a finished result and says whether the list changed. The same scores on the same
    /// day as the latest entry are that entry again (the person looked at the results again, or
    /// renamed them): it is updated, not repeated.
    pub fn record(&mut self, snapshot: Snapshot) -> bool {
        if let Some(latest) = self.entries.last_mut() {
            if latest.day == snapshot.day && latest.same_scores(&snapshot) {
                let renamed = latest.label != snapshot.label;
                *latest = snapshot;
                return renamed;
            }
        }
        self.entries.push(snapshot);
        if self.entries.len() > MAX_ENTRIES {
            let excess = self.entries.len() - MAX_ENTRIES;
            self.entries.drain(..excess);
        }
        true
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::calendar::Day;
    use crate::core::snapshot::CriterionSnapshot;

    /// A finished result with every criterion at `score` on `day` (also used by guard's tests).
    pub(crate) fn snapshot(score: u8, day: u32) -> Snapshot {
        Snapshot {
            questionnaire_id: "partnership-readiness".into(),
            questionnaire_version: 2,
            day: Day(day),
            label: String::new(),
            stage: None,
            question_set: None,
            overall: Some(score),
            criteria: vec![
                CriterionSnapshot {
                    score: Some(score),
                    statements: 5,
                    answered: 5,
                    dont_know: 0
                };
                6
            ],
        }
    }

    #[test]
    fn history_round_trips_and_skips_repeats() {
        let mut history = History::default();
        assert!(history.record(snapshot(40, 1)));
        assert!(!history.record(snapshot(40, 1)));
        assert!(history.record(snapshot(60, 1)));
        assert_eq!(History::parse(&history.to_json()), Ok(history.clone()));
        assert_eq!(history.entries.len(), 2);
    }

    #[test]
    fn renaming_a_result_updates_it_and_a_new_day_adds_one() {
        let mut history = History::default();
        history.record(snapshot(40, 1));
        let renamed = Snapshot {
            label: "Board".into(),
            ..snapshot(40, 1)
        };
        assert!(history.record(renamed.clone()));
        assert_eq!(history.entries, vec![renamed]);
        assert!(
            history.record(snapshot(40, 2)),
            "the same scores another day"
        );
        assert_eq!(history.entries.len(), 2);
    }

    #[test]
    fn only_the_newest_entries_are_kept() {
        let mut history = History::default();
        for day in 0..(MAX_ENTRIES as u32 + 5) {
            history.record(snapshot(50, day));
        }
        assert_eq!(history.entries.len(), MAX_ENTRIES);
        assert_eq!(history.entries[0].day, Day(5));
    }

    #[test]
    fn a_first_edition_history_still_opens() {
        let first = crate::core::snapshot::tests::FIRST_EDITION_LINK;
        let raw = format!(
            "{{\"app\":\"partnership-readiness\",\"version\":1,\"results\":[\"{first}\"]}}"
        );
        let history = History::parse(&raw).unwrap();
        assert_eq!(history.entries.len(), 1);
        assert_eq!(history.entries[0].edition(), 1);
        assert_eq!(history.entries[0].overall, Some(51));
        let written: serde_json::Value = serde_json::from_str(&history.to_json()).unwrap();
        assert_eq!(written["version"], 2);
        assert_eq!(History::parse(&history.to_json()), Ok(history));
    }

    #[test]
    fn damaged_history_keeps_what_it_can() {
        let good = snapshot(70, 3).encode();
        let raw = format!(
            "{{\"app\":\"partnership-readiness\",\"version\":1,\"results\":[\"{good}\",\"xx\"]}}"
        );
        match History::parse(&raw) {
            Err(HistoryError::Damaged { kept, lost }) => {
                assert_eq!(lost, 1);
                assert_eq!(kept.entries, vec![snapshot(70, 3)]);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(History::parse("nope"), Err(HistoryError::Unreadable));
        assert_eq!(
            History::parse("{\"app\":\"partnership-readiness\",\"version\":7,\"results\":[]}"),
            Err(HistoryError::NewerVersion(7))
        );
    }
}
