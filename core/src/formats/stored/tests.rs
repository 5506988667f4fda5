//! The write planner's cases, for the session and the history list.

use super::*;
use crate::assess::session::Session;
use crate::formats::history::testing::snapshot as result;
use crate::formats::history::History;
use crate::formats::stored::session::parse_document;
use crate::questions::set::{built_in_set, Answer};

/// The clock as the tests' saves read it: after every time they write.
const NOW: f64 = 2_000_000_000_000.0;

fn session(updated: f64) -> Session {
    let mut session = Session::new(built_in_set(), 1.0);
    session.answer("commitment-1", Answer::Agree, updated);
    session
}

#[test]
fn an_unchanged_or_empty_store_is_written() {
    let set = built_in_set();
    let ours = session(10.0);
    let saved = session(5.0).to_json();
    assert_eq!(
        plan_write::<Session>(set, None, None, &ours, NOW),
        Plan::Write {
            document: ours.clone(),
            merged: false
        }
    );
    assert_eq!(
        plan_write::<Session>(set, Some(&saved), Some(&saved), &ours, NOW),
        Plan::Write {
            document: ours,
            merged: false
        }
    );
}

#[test]
fn answers_removed_by_someone_else_are_not_written_back() {
    let saved = session(5.0).to_json();
    assert_eq!(
        plan_write::<Session>(built_in_set(), Some(&saved), None, &session(10.0), NOW),
        Plan::Cleared
    );
}

#[test]
fn answers_another_tab_saved_meanwhile_are_merged_not_overwritten() {
    let set = built_in_set();
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
    let Plan::Write {
        document: merged,
        merged: true,
    } = plan_write::<Session>(set, Some(&seen), Some(&theirs.to_json()), &ours, NOW)
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
    assert!(merged.updated_ms() > theirs.updated_ms());
    // This tab's own change to the same statement wins: it is the later choice here.
    let mut ours_too = base.clone();
    ours_too.answer("commitment-1", Answer::Disagree, 30.0);
    let Plan::Write {
        document: merged,
        merged: true,
    } = plan_write::<Session>(set, Some(&seen), Some(&theirs.to_json()), &ours_too, NOW)
    else {
        panic!("a merge");
    };
    assert_eq!(merged.answers.get("commitment-1"), Some(&Answer::Disagree));
}

#[test]
fn the_merge_keeps_this_tabs_stage() {
    let set = built_in_set();
    let base = session(5.0);
    let seen = base.to_json();
    let mut theirs = base.clone();
    theirs.answer("trust-1", Answer::Disagree, 20.0);
    let mut ours = base.clone();
    ours.set_stage(Some(crate::questions::set::Stage::FirstYear), 10.0);
    let Plan::Write {
        document: merged,
        merged: true,
    } = plan_write::<Session>(set, Some(&seen), Some(&theirs.to_json()), &ours, NOW)
    else {
        panic!("a merge");
    };
    assert_eq!(merged.stage, Some(crate::questions::set::Stage::FirstYear));
    assert_eq!(merged.answers.get("trust-1"), Some(&Answer::Disagree));
}

#[test]
fn a_first_edition_tabs_answers_are_merged_and_brought_up_to_this_edition() {
    let set = built_in_set();
    let first = include_str!("../../fixtures/first-edition-session.json");
    let theirs = parse_document(first, set).unwrap();
    // This tab saved an answer to a statement new in this edition, then the first-edition
    // tab saved its own session over it (it never showed that statement).
    let mut ours = Session::new(set, 1.0);
    ours.answer("commitment-11", Answer::Agree, 10.0);
    let seen = ours.to_json();
    ours.answer("trust-1", Answer::Agree, 11.0);
    let Plan::Write {
        document: merged,
        merged: true,
    } = plan_write::<Session>(set, Some(&seen), Some(first), &ours, NOW)
    else {
        panic!("a merge");
    };
    assert_eq!(merged.set.edition, set.edition());
    // Nothing either tab gave is lost, retired statements' answers included.
    for (id, answer) in &theirs.answers {
        assert_eq!(merged.answers.get(id), Some(answer), "{id}");
    }
    assert_eq!(merged.answers.get("trust-1"), Some(&Answer::Agree));
    assert_eq!(merged.answers.get("commitment-11"), Some(&Answer::Agree));
}

#[test]
fn a_time_far_ahead_is_kept_aside_not_obeyed() {
    let set = built_in_set();
    let mut theirs = session(5.0);
    let position = theirs.position;
    theirs.go_to(
        position,
        NOW + 2.0 * crate::formats::stored::session::MAX_AHEAD_MS,
    );
    let raw = theirs.to_json();
    assert_eq!(
        plan_write::<Session>(set, None, Some(&raw), &session(10.0), NOW),
        Plan::KeepAsideThenWrite {
            document: session(10.0),
            raw
        }
    );
}

#[test]
fn a_far_too_new_version_is_kept_aside_not_obeyed() {
    let set = built_in_set();
    let far = r#"{"app":"partnership-readiness","version":4294967295}"#;
    assert_eq!(
        plan_write::<Session>(set, None, Some(far), &session(10.0), NOW),
        Plan::KeepAsideThenWrite {
            document: session(10.0),
            raw: far.into()
        }
    );
    let far_list = r#"{"app":"partnership-readiness","version":4294967295,"results":[]}"#;
    assert!(matches!(
        plan_write::<History>(&(), None, Some(far_list), &History::default(), NOW),
        Plan::KeepAsideThenWrite { .. }
    ));
}

#[test]
fn a_newer_format_is_never_overwritten_and_junk_is_kept_aside() {
    let set = built_in_set();
    let newer = r#"{"app":"partnership-readiness","version":7,"anything":[]}"#;
    assert_eq!(
        plan_write::<Session>(set, None, Some(newer), &session(10.0), NOW),
        Plan::Newer(7)
    );
    assert_eq!(
        plan_write::<Session>(set, None, Some("{not json"), &session(10.0), NOW),
        Plan::KeepAsideThenWrite {
            document: session(10.0),
            raw: "{not json".into()
        }
    );
}

#[test]
fn results_are_added_to_the_stored_list_not_written_over_it() {
    let seen = History {
        entries: vec![result(40, 1)],
    }
    .to_json();
    // This tab then recorded a result.
    let mine = History {
        entries: vec![result(40, 1), result(80, 3)],
    };
    // Another tab added a result since this tab looked.
    let theirs = History {
        entries: vec![result(40, 1), result(60, 2)],
    };
    let plan = plan_write::<History>(&(), Some(&seen), Some(&theirs.to_json()), &mine, NOW);
    assert_eq!(
        plan,
        Plan::Write {
            document: History {
                entries: vec![result(40, 1), result(60, 2), result(80, 3)]
            },
            merged: true
        }
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
        plan_write::<History>(&(), Some(&seen), Some(&seen), &mine, NOW),
        Plan::Write {
            document: mine.clone(),
            merged: false
        }
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
        plan_write::<History>(&(), Some(&seen), None, &mine, NOW),
        Plan::Cleared
    );
    let newer = r#"{"app":"partnership-readiness","version":4,"results":[]}"#;
    assert_eq!(
        plan_write::<History>(&(), None, Some(newer), &mine, NOW),
        Plan::Newer(4)
    );
}
