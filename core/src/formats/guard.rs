//! Deciding, just before a write, whether the write is safe.
//!
//! Local storage belongs to the whole origin: another tab of the widget, a newer build of it, or
//! any other script of the same site (a sign-out step that calls `localStorage.clear()`) can
//! change or remove what this tab saved. The browser's `storage` event reports changes made in
//! other tabs, but not a `clear()` made in this page, and it may arrive after this tab has already
//! decided to write. So before every write the browser layer reads the key again and asks this
//! module what to do, comparing what is there now with what this tab last read or wrote there.
//! Nothing here touches the browser.

use crate::assess::history::{History, HistoryError};
use crate::assess::session::{parse_document, read_document, DocumentError, Session};
use crate::formats::snapshot::Snapshot;
use crate::questions::questionnaire::Questionnaire;

/// What to do with the session this tab is about to save.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionPlan {
    /// Storage is as this tab left it (or holds older answers from another tab): write.
    Write,
    /// Storage holds something unreadable that this tab never saw: keep that text aside first,
    /// then write.
    KeepAsideThenWrite(String),
    /// Another tab saved answers since this tab last looked: write this merge of both instead
    /// (their answers, with this tab's own changes since then on top) and take it as this tab's.
    Merge(Session),
    /// What this tab had saved is gone, and not through this tab: someone else cleared the
    /// store. Ask the person before writing anything back.
    Cleared,
    /// A newer build of the widget wrote this format version: never overwrite it.
    Newer(u64),
}

/// Decides what to do with `ours`, given what this tab last read or wrote under the session key
/// (`seen`) and what is there now (`stored`), at `now_ms`. With no `seen`, every answer this tab
/// holds goes on top of what is stored.
pub fn plan_session_write(
    bank: &Questionnaire,
    seen: Option<&str>,
    stored: Option<&str>,
    ours: &Session,
    now_ms: f64,
) -> SessionPlan {
    match (seen, stored) {
        (_, None) if seen.is_some() => SessionPlan::Cleared,
        (_, None) => SessionPlan::Write,
        (Some(seen), Some(stored)) if seen == stored => SessionPlan::Write,
        (_, Some(stored)) => match read_document(stored, bank, now_ms) {
            Ok(theirs) => {
                // What this tab started from: what it last saw, or nothing at all.
                let base = seen
                    .and_then(|seen| parse_document(seen, bank).ok())
                    .unwrap_or_else(|| Session {
                        answers: Default::default(),
                        label: String::new(),
                        ..theirs.clone()
                    });
                let mut merged = merge(&base, ours, &theirs);
                bring_up(bank, &mut merged, ours);
                SessionPlan::Merge(merged)
            }
            Err(DocumentError::NewerVersion(version)) => SessionPlan::Newer(version),
            Err(_) => SessionPlan::KeepAsideThenWrite(stored.to_string()),
        },
    }
}

/// A three-way merge: `theirs` (what another tab saved), with every change this tab made since
/// `base` (what it last saw) on top, so neither tab's answers are lost. The label and stage are
/// this tab's when it changed them; the position is this tab's: it is where this person is. A
/// new field of `Session` needs its line here, or a merge drops this tab's change to it.
pub fn merge(base: &Session, ours: &Session, theirs: &Session) -> Session {
    let mut merged = theirs.clone();
    // A statement in both lists is looked at twice, to the same effect (cheaper in wasm than a
    // set, which brings a sort with it).
    for id in base.answers.keys().chain(ours.answers.keys()) {
        let (before, now) = (base.answers.get(id), ours.answers.get(id));
        if before != now {
            match now {
                Some(answer) => merged.answers.insert(id.clone(), *answer),
                None => merged.answers.remove(id),
            };
        }
    }
    if ours.label != base.label {
        merged.label = ours.label.clone();
    }
    if ours.stage != base.stage {
        merged.stage = ours.stage;
    }
    merged.position = ours.position;
    merged.created_ms = base.created_ms.min(theirs.created_ms);
    merged.updated_ms = ours.updated_ms.max(theirs.updated_ms) + 1.0;
    merged
}

/// Brings `theirs` (a session another tab saved, or a merge on top of it) up to `bank`'s edition
/// when a tab of an earlier edition saved it. That tab never showed the statements added since,
/// so it cannot have removed their answers: this tab's answers to them (`ours`) stay.
pub fn bring_up(bank: &Questionnaire, theirs: &mut Session, ours: &Session) {
    let edition = theirs.questionnaire.version;
    if theirs.upgrade(bank).is_none() {
        return;
    }
    for (_, statement) in bank.statements_since(edition) {
        if let Some(answer) = ours.answers.get(&statement.id) {
            theirs
                .answers
                .entry(statement.id.clone())
                .or_insert(*answer);
        }
    }
}

/// What to do with the list of earlier results this tab is about to save.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryPlan {
    /// Write this list: what is stored (or this tab's copy) with the new results added.
    Write(History),
    /// Keep the stored text aside first (it could not be read), then write the list.
    KeepAsideThenWrite { history: History, raw: String },
    /// The stored list was removed by someone else: ask before writing it back.
    Cleared,
    /// A newer build wrote the list: leave it alone.
    Newer(u64),
}

/// Decides how to add `unsaved` (results not yet written) to the stored list. Another tab may
/// have added results of its own since this tab last looked, so the list written is the stored
/// one with these added, not this tab's copy.
pub fn plan_history_write(
    seen: Option<&str>,
    stored: Option<&str>,
    ours: &History,
    unsaved: &[Snapshot],
) -> HistoryPlan {
    let with_unsaved = |mut history: History| {
        for snapshot in unsaved {
            if !history.entries.contains(snapshot) {
                history.record(snapshot.clone());
            }
        }
        history
    };
    match (seen, stored) {
        (_, None) if seen.is_some() => HistoryPlan::Cleared,
        (_, None) => HistoryPlan::Write(with_unsaved(ours.clone())),
        (Some(seen), Some(stored)) if seen == stored => {
            HistoryPlan::Write(with_unsaved(ours.clone()))
        }
        (_, Some(stored)) => match History::parse(stored) {
            Ok(theirs) => HistoryPlan::Write(with_unsaved(theirs)),
            Err(HistoryError::NewerVersion(version)) => HistoryPlan::Newer(version),
            Err(HistoryError::Damaged { kept, .. }) => HistoryPlan::KeepAsideThenWrite {
                history: with_unsaved(kept),
                raw: stored.to_string(),
            },
            Err(_) => HistoryPlan::KeepAsideThenWrite {
                history: with_unsaved(ours.clone()),
                raw: stored.to_string(),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::history::testing::snapshot as result;
    use crate::questions::questionnaire::{default_bank, Answer};

    /// The clock as the tests' saves read it: after every time they write.
    const NOW: f64 = 2_000_000_000_000.0;

    fn session(updated: f64) -> Session {
        let mut session = Session::new(default_bank(), 1.0);
        session.answer("commitment-1", Answer::Agree, updated);
        session
    }

    #[test]
    fn an_unchanged_or_empty_store_is_written() {
        let bank = default_bank();
        let ours = session(10.0);
        let saved = session(5.0).to_json();
        assert_eq!(
            plan_session_write(bank, None, None, &ours, NOW),
            SessionPlan::Write
        );
        assert_eq!(
            plan_session_write(bank, Some(&saved), Some(&saved), &ours, NOW),
            SessionPlan::Write
        );
    }

    #[test]
    fn answers_removed_by_someone_else_are_not_written_back() {
        let saved = session(5.0).to_json();
        assert_eq!(
            plan_session_write(default_bank(), Some(&saved), None, &session(10.0), NOW),
            SessionPlan::Cleared
        );
    }

    #[test]
    fn answers_another_tab_saved_meanwhile_are_merged_not_overwritten() {
        let bank = default_bank();
        // Both tabs saw the same saved answers (one answer).
        let base = session(5.0);
        let seen = base.to_json();
        // Another tab then answered trust-1 and saved; it also changed commitment-1.
        let mut theirs = base.clone();
        theirs.answer("trust-1", Answer::Disagree, 20.0);
        theirs.answer("commitment-1", Answer::StronglyAgree, 21.0);
        // This tab, not yet told, answered clarity-1 and moved on: an older timestamp than
        // theirs would once have let it write over their answers.
        let mut ours = base.clone();
        ours.answer("clarity-1", Answer::Neither, 10.0);
        ours.go_to(crate::assess::session::Position::Section { index: 2 }, 11.0);
        let SessionPlan::Merge(merged) =
            plan_session_write(bank, Some(&seen), Some(&theirs.to_json()), &ours, NOW)
        else {
            panic!("a merge");
        };
        assert_eq!(merged.answers.get("trust-1"), Some(&Answer::Disagree));
        assert_eq!(
            merged.answers.get("commitment-1"),
            Some(&Answer::StronglyAgree)
        );
        assert_eq!(merged.answers.get("clarity-1"), Some(&Answer::Neither));
        assert_eq!(
            merged.position,
            crate::assess::session::Position::Section { index: 2 }
        );
        assert!(merged.updated_ms > theirs.updated_ms);
        // This tab's own change to the same statement wins: it is the later choice here.
        let mut ours_too = base.clone();
        ours_too.answer("commitment-1", Answer::Disagree, 30.0);
        let SessionPlan::Merge(merged) =
            plan_session_write(bank, Some(&seen), Some(&theirs.to_json()), &ours_too, NOW)
        else {
            panic!("a merge");
        };
        assert_eq!(merged.answers.get("commitment-1"), Some(&Answer::Disagree));
    }

    #[test]
    fn the_merge_keeps_this_tabs_stage() {
        let bank = default_bank();
        let base = session(5.0);
        let seen = base.to_json();
        let mut theirs = base.clone();
        theirs.answer("trust-1", Answer::Disagree, 20.0);
        let mut ours = base.clone();
        ours.set_stage(
            Some(crate::questions::questionnaire::Stage::FirstYear),
            10.0,
        );
        let SessionPlan::Merge(merged) =
            plan_session_write(bank, Some(&seen), Some(&theirs.to_json()), &ours, NOW)
        else {
            panic!("a merge");
        };
        assert_eq!(
            merged.stage,
            Some(crate::questions::questionnaire::Stage::FirstYear)
        );
        assert_eq!(merged.answers.get("trust-1"), Some(&Answer::Disagree));
    }

    #[test]
    fn a_first_edition_tabs_answers_are_merged_and_brought_up_to_this_edition() {
        let bank = default_bank();
        let first = include_str!("../fixtures/first-edition-session.json");
        let theirs = parse_document(first, bank).unwrap();
        // This tab saved an answer to a statement new in this edition, then the first-edition
        // tab saved its own session over it (it never showed that statement).
        let mut ours = Session::new(bank, 1.0);
        ours.answer("commitment-11", Answer::Agree, 10.0);
        let seen = ours.to_json();
        ours.answer("trust-1", Answer::Agree, 11.0);
        let SessionPlan::Merge(merged) =
            plan_session_write(bank, Some(&seen), Some(first), &ours, NOW)
        else {
            panic!("a merge");
        };
        assert_eq!(merged.questionnaire.version, bank.version);
        // Nothing either tab gave is lost, retired statements' answers included.
        for (id, answer) in &theirs.answers {
            assert_eq!(merged.answers.get(id), Some(answer), "{id}");
        }
        assert_eq!(merged.answers.get("trust-1"), Some(&Answer::Agree));
        assert_eq!(merged.answers.get("commitment-11"), Some(&Answer::Agree));
    }

    #[test]
    fn a_time_far_ahead_is_kept_aside_not_obeyed() {
        let bank = default_bank();
        let mut theirs = session(5.0);
        theirs.updated_ms = NOW + 2.0 * crate::assess::session::MAX_AHEAD_MS;
        let raw = theirs.to_json();
        assert_eq!(
            plan_session_write(bank, None, Some(&raw), &session(10.0), NOW),
            SessionPlan::KeepAsideThenWrite(raw)
        );
    }

    #[test]
    fn a_far_too_new_version_is_kept_aside_not_obeyed() {
        let bank = default_bank();
        let far = r#"{"app":"partnership-readiness","version":4294967295}"#;
        assert_eq!(
            plan_session_write(bank, None, Some(far), &session(10.0), NOW),
            SessionPlan::KeepAsideThenWrite(far.into())
        );
        let far_list = r#"{"app":"partnership-readiness","version":4294967295,"results":[]}"#;
        assert!(matches!(
            plan_history_write(None, Some(far_list), &History::default(), &[]),
            HistoryPlan::KeepAsideThenWrite { .. }
        ));
    }

    #[test]
    fn a_newer_format_is_never_overwritten_and_junk_is_kept_aside() {
        let bank = default_bank();
        let newer = r#"{"app":"partnership-readiness","version":7,"anything":[]}"#;
        assert_eq!(
            plan_session_write(bank, None, Some(newer), &session(10.0), NOW),
            SessionPlan::Newer(7)
        );
        assert_eq!(
            plan_session_write(bank, None, Some("{not json"), &session(10.0), NOW),
            SessionPlan::KeepAsideThenWrite("{not json".into())
        );
    }

    #[test]
    fn results_are_added_to_the_stored_list_not_written_over_it() {
        let mine = History {
            entries: vec![result(40, 1)],
        };
        let seen = mine.to_json();
        // Another tab added a result since this tab looked.
        let theirs = History {
            entries: vec![result(40, 1), result(60, 2)],
        };
        let plan = plan_history_write(
            Some(&seen),
            Some(&theirs.to_json()),
            &mine,
            &[result(80, 3)],
        );
        assert_eq!(
            plan,
            HistoryPlan::Write(History {
                entries: vec![result(40, 1), result(60, 2), result(80, 3)]
            })
        );
    }

    #[test]
    fn a_result_that_could_not_be_saved_is_added_once_storage_works() {
        let mine = History {
            entries: vec![result(40, 1), result(80, 3)],
        };
        let seen = History {
            entries: vec![result(40, 1)],
        }
        .to_json();
        assert_eq!(
            plan_history_write(Some(&seen), Some(&seen), &mine, &[result(80, 3)]),
            HistoryPlan::Write(mine.clone())
        );
    }

    #[test]
    fn a_cleared_or_newer_list_is_left_alone() {
        let seen = History {
            entries: vec![result(40, 1)],
        }
        .to_json();
        let mine = History::default();
        assert_eq!(
            plan_history_write(Some(&seen), None, &mine, &[]),
            HistoryPlan::Cleared
        );
        let newer = r#"{"app":"partnership-readiness","version":3,"results":[]}"#;
        assert_eq!(
            plan_history_write(None, Some(newer), &mine, &[]),
            HistoryPlan::Newer(3)
        );
    }
}
