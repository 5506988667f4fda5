//! Earlier results on this device: each finished assessment is kept as its snapshot code (the
//! same compact, checksummed form a link carries), newest last, so the results view can list
//! them, open them and draw the previous one behind the current one.

use serde::{Deserialize, Serialize};

use crate::formats::snapshot::{Snapshot, SnapshotError};
use crate::formats::stored::{APP_TAG, FAR_AHEAD};

/// Version 2 holds second-edition (format 2) links; a build that reads only version 1 would drop
/// them as damaged, so it is told this list is newer and leaves it alone. Version 3 holds results
/// of the third edition or with a role: a second-edition build would show them by rules that are
/// not theirs and, saving the list, write them back without the role, so it too is told the list
/// is newer. Versions 1 and 2 are still read, and a list with neither is still written as 2.
pub const HISTORY_VERSION: u64 = 3;
/// The version a list without third-edition results or roles is written as (what earlier
/// builds wrote, byte for byte).
const SECOND_EDITION_HISTORY_VERSION: u64 = 2;
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
    /// Written by a newer build in this format version, or (in this version) holding results
    /// only a newer build can read (a field it must understand, a questionnaire this build does
    /// not know): to be left alone, not trimmed of them.
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
    /// Reads the stored list: its newest `MAX_ENTRIES` results, as `record` keeps. Damaged
    /// entries are dropped (and counted), never fatal.
    pub fn parse(raw: &str) -> Result<History, HistoryError> {
        let document: HistoryDocument =
            serde_json::from_str(raw).map_err(|_| HistoryError::Unreadable)?;
        if document.app != APP_TAG {
            return Err(HistoryError::Unreadable);
        }
        // A version far beyond this build's is noise, not news (see `FAR_AHEAD`).
        if document.version == 0 || document.version > HISTORY_VERSION.saturating_add(FAR_AHEAD) {
            return Err(HistoryError::UnknownVersion(document.version));
        }
        if document.version > HISTORY_VERSION {
            return Err(HistoryError::NewerVersion(document.version));
        }
        let newest = document.results.len().saturating_sub(MAX_ENTRIES);
        let decoded: Vec<Result<Snapshot, SnapshotError>> = document.results[newest..]
            .iter()
            .map(|code| Snapshot::decode(code))
            .collect();
        // The link format lets a later build add results this one must not show; dropping them
        // as damage would take them from that build too.
        if decoded.iter().any(|entry| {
            matches!(
                entry,
                Err(SnapshotError::NewerFormat | SnapshotError::OtherQuestionSet)
            )
        }) {
            return Err(HistoryError::NewerVersion(document.version));
        }
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
        let needs_third = self
            .entries
            .iter()
            .any(|entry| entry.edition() >= 3 || entry.role.is_some());
        let document = HistoryDocument {
            app: APP_TAG.to_string(),
            version: if needs_third {
                HISTORY_VERSION
            } else {
                SECOND_EDITION_HISTORY_VERSION
            },
            results: self.entries.iter().map(Snapshot::encode).collect(),
        };
        serde_json::to_string(&document).unwrap_or_default()
    }

    /// Adds a finished result and says whether the list changed. The same scores on the same
    /// day as the latest entry are that entry again (the person looked at the results again, or
    /// renamed them, or gave a stage or role): it is updated, not repeated.
    pub fn record(&mut self, snapshot: Snapshot) -> bool {
        if let Some(latest) = self.entries.last_mut() {
            if latest.day == snapshot.day && latest.same_scores(&snapshot) {
                // A new name, stage or role is a change to save (the person went back and
                // gave one); the same result looked at again is not.
                let changed = latest.label != snapshot.label
                    || latest.stage != snapshot.stage
                    || latest.role != snapshot.role;
                *latest = snapshot;
                return changed;
            }
        }
        self.entries.push(snapshot);
        self.keep_the_latest();
        true
    }

    /// Adds an earlier edition's result (a saved session or file brought up to this edition)
    /// unless the list already holds it, from any day: the build that made it may have kept it
    /// when it was finished, and a reload must not add it again. Says whether the list changed.
    pub fn record_earlier_edition(&mut self, snapshot: Snapshot) -> bool {
        if self
            .entries
            .iter()
            .any(|entry| entry.same_scores(&snapshot))
        {
            return false;
        }
        self.entries.push(snapshot);
        self.keep_the_latest();
        true
    }

    /// At most `MAX_ENTRIES`, the oldest dropped first.
    fn keep_the_latest(&mut self) {
        if self.entries.len() > MAX_ENTRIES {
            let excess = self.entries.len() - MAX_ENTRIES;
            self.entries.drain(..excess);
        }
    }
}

/// Values the core's and the widget's tests build results from.
#[cfg(any(test, feature = "test-support"))]
pub mod testing {
    use super::Snapshot;
    use crate::formats::snapshot::CriterionSnapshot;
    use crate::text::calendar::Day;

    /// A finished result with every criterion at `score` on `day` (used by history's, the write
    /// planner's and the widget's tests).
    pub fn snapshot(score: u8, day: u32) -> Snapshot {
        Snapshot {
            set_id: "partnership-readiness".into(),
            set_edition: 2,
            day: Day(day),
            label: String::new(),
            stage: None,
            role: None,
            question_set: None,
            disagreement: None,
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
}

#[cfg(test)]
pub(crate) mod tests {
    use super::testing::snapshot;
    use super::*;
    use crate::text::calendar::Day;

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
    fn a_list_with_third_edition_results_is_version_3_and_others_stay_version_2() {
        let mut history = History::default();
        history.record(snapshot(40, 1));
        let json = history.to_json();
        assert!(json.contains("\"version\":2"), "{json}");
        let third = Snapshot {
            set_edition: 3,
            ..snapshot(60, 2)
        };
        history.record(third);
        let json = history.to_json();
        assert!(json.contains("\"version\":3"), "{json}");
        assert_eq!(History::parse(&json), Ok(history.clone()));
        // A role alone (a second-edition result never has one, but a hand edit might) is 3 too.
        let mut with_role = History::default();
        with_role.record(Snapshot {
            role: Some(crate::questions::role::Role::Lead),
            ..snapshot(40, 1)
        });
        assert!(with_role.to_json().contains("\"version\":3"));
    }

    #[test]
    fn giving_a_stage_or_role_the_same_day_is_a_change_to_save() {
        let mut history = History::default();
        history.record(snapshot(40, 1));
        let with_role = Snapshot {
            role: Some(crate::questions::role::Role::Manager),
            ..snapshot(40, 1)
        };
        assert!(history.record(with_role.clone()), "a role given later");
        assert!(!history.record(with_role.clone()), "looked at again");
        let with_stage = Snapshot {
            stage: Some(crate::questions::set::Stage::Forming),
            ..with_role
        };
        assert!(history.record(with_stage), "a stage given later");
        assert_eq!(history.entries.len(), 1);
    }

    #[test]
    fn an_earlier_editions_result_is_kept_once_whatever_its_day() {
        let mut history = History::default();
        // The earlier build kept it when it was finished, on day 1 …
        history.record(snapshot(40, 1));
        history.record(snapshot(70, 3));
        // … so bringing its answers up on day 9 (or reloading before saving) adds nothing.
        assert!(!history.record_earlier_edition(snapshot(40, 9)));
        assert!(!history.record_earlier_edition(snapshot(40, 1)));
        assert_eq!(history.entries.len(), 2);
        assert!(history.record_earlier_edition(snapshot(55, 9)));
        assert_eq!(history.entries.len(), 3);
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
        let first = crate::formats::snapshot::tests::FIRST_EDITION_LINK;
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

    /// `snapshot`'s code with `edit` applied to its bytes (the check code is made again), as a
    /// later build could write it.
    fn edited_code(snapshot: &Snapshot, edit: impl FnOnce(&mut Vec<u8>)) -> String {
        use base64::engine::general_purpose::URL_SAFE_NO_PAD;
        use base64::Engine as _;
        let mut bytes = URL_SAFE_NO_PAD.decode(snapshot.encode()).unwrap();
        bytes.truncate(bytes.len() - 4);
        edit(&mut bytes);
        let length = bytes.len() as u16;
        bytes[1..3].copy_from_slice(&length.to_le_bytes());
        let check = crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);
        let checksum = check.checksum(&bytes);
        bytes.extend(checksum.to_le_bytes());
        URL_SAFE_NO_PAD.encode(bytes)
    }

    fn list_of(codes: &[String]) -> String {
        let results: Vec<String> = codes.iter().map(|code| format!("\"{code}\"")).collect();
        format!(
            "{{\"app\":\"partnership-readiness\",\"version\":2,\"results\":[{}]}}",
            results.join(",")
        )
    }

    #[test]
    fn a_list_holding_results_a_newer_build_wrote_is_left_alone_not_trimmed() {
        let good = snapshot(70, 3).encode();
        // A must-understand field (tag 128 or more), as the link format allows a later build to add.
        let must_understand = edited_code(&snapshot(60, 4), |bytes| bytes.extend([200, 1, 7]));
        // A questionnaire this build does not know (code 9).
        let other_set = edited_code(&snapshot(60, 5), |bytes| bytes[3] = 9);
        for newer in [must_understand, other_set] {
            let raw = list_of(&[good.clone(), newer]);
            assert!(
                matches!(History::parse(&raw), Err(HistoryError::NewerVersion(_))),
                "{:?}",
                History::parse(&raw)
            );
        }
    }

    #[test]
    fn a_planted_long_list_is_read_only_up_to_the_maximum() {
        let codes: Vec<String> = (0..(MAX_ENTRIES as u32 + 30))
            .map(|day| snapshot(50, day).encode())
            .collect();
        let history = History::parse(&list_of(&codes)).unwrap();
        assert_eq!(history.entries.len(), MAX_ENTRIES);
        assert_eq!(history.entries[0].day, Day(30), "the newest are kept");
    }

    #[test]
    fn a_far_too_new_list_version_is_damage_not_news() {
        let raw = "{\"app\":\"partnership-readiness\",\"version\":4294967295,\"results\":[]}";
        assert_eq!(
            History::parse(raw),
            Err(HistoryError::UnknownVersion(4_294_967_295))
        );
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
