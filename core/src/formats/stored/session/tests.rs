//! Tests of the session and its stored document (assess::session, formats::stored::session), kept
//! beside the document so the module itself stays short.

use super::*;
use crate::questions::content::Content;
use crate::questions::set::built_in_set;
use crate::words::problems::Worded;

fn sample() -> Session {
    let set = built_in_set();
    let mut session = Session::new(set, 1_000.0);
    session.answer("commitment-1", Answer::Agree, 2_000.0);
    session.answer("trust-3", Answer::DontKnow, 3_000.0);
    session.go_to(Position::Section { index: 3 }, 4_000.0);
    session.set_stage(Some(Stage::FirstYear), 4_500.0);
    session
}

#[test]
fn round_trips_through_json() {
    let session = sample();
    let parsed = parse_document(&session.to_json(), built_in_set()).unwrap();
    assert_eq!(parsed, session);
}

#[test]
fn document_shape_is_stable() {
    let value: Value = serde_json::from_str(&sample().to_json()).unwrap();
    assert_eq!(value["app"], "partnership-readiness");
    assert_eq!(value["version"], 2);
    assert_eq!(value["stage"], "first-year");
    assert_eq!(value["answers"]["commitment-1"], 4);
    assert_eq!(value["answers"]["trust-3"], 0);
    assert_eq!(value["position"]["view"], "section");
    assert_eq!(value["position"]["index"], 3);
}

#[test]
fn reads_a_hand_written_v1_document_without_position() {
    let raw = r#"{"app":"partnership-readiness","version":1,
        "questionnaire":{"id":"partnership-readiness","version":1},
        "answers":{"clarity-2":5},"created_ms":1,"updated_ms":2,"future_field":true}"#;
    let session = parse_document(raw, built_in_set()).unwrap();
    assert_eq!(session.position, Position::Welcome);
    assert_eq!(session.answers["clarity-2"], Answer::StronglyAgree);
}

/// A document the first-edition build saved mid-way (answers to the first two sections).
const FIRST_EDITION_DOCUMENT: &str = include_str!("../../../fixtures/first-edition-session.json");

#[test]
fn a_first_edition_assessment_in_progress_keeps_unchanged_answers_and_names_the_new() {
    let set = built_in_set();
    let mut session = parse_document(FIRST_EDITION_DOCUMENT, set).unwrap();
    assert_eq!(session.set.edition, 1);
    let given = session.answers.clone();
    let upgrade = session
        .upgrade(set)
        .expect("a first-edition session is upgraded");
    assert_eq!(upgrade.from, 1);
    assert_eq!(session.set.edition, set.edition());
    // Nothing the person gave is thrown away, not even answers to retired statements.
    assert_eq!(session.answers, given);
    let unchanged = given.keys().filter(|id| set.contains_statement(id)).count();
    assert_eq!(upgrade.kept, unchanged);
    let new: Vec<&str> = set.statements_since(1).map(|(_, s)| s.id()).collect();
    assert!(!new.is_empty());
    assert_eq!(upgrade.new_statements, new);
    for (_, statement) in set.statements().filter(|(_, s)| s.since() == 1) {
        assert!(
            !upgrade.new_statements.iter().any(|id| id == statement.id()),
            "{} did not change",
            statement.id()
        );
    }
    assert_eq!(
        session.upgrade(set),
        None,
        "upgrading twice changes nothing"
    );
    // Saved again, it is a second-edition document.
    let again = parse_document(&session.to_json(), set).unwrap();
    assert_eq!(again.set.edition, set.edition());
}

#[test]
fn a_document_naming_a_later_edition_is_left_alone() {
    let raw = r#"{"app":"partnership-readiness","version":2,
        "questionnaire":{"id":"partnership-readiness","version":9},
        "answers":{},"created_ms":1,"updated_ms":2}"#;
    assert!(matches!(
        parse_document(raw, built_in_set()),
        Err(DocumentError::NewerVersion(_))
    ));
}

#[test]
fn rejects_corrupt_and_foreign_data() {
    let set = built_in_set();
    assert_eq!(parse_document("", set), Err(DocumentError::NotJson));
    assert_eq!(
        parse_document("{\"app\":", set),
        Err(DocumentError::NotJson)
    );
    let truncated = &sample().to_json()[..40];
    assert_eq!(parse_document(truncated, set), Err(DocumentError::NotJson));
    assert_eq!(parse_document("[1,2]", set), Err(DocumentError::NotOurs));
    assert_eq!(
        parse_document(r#"{"app":"something-else","version":1}"#, set),
        Err(DocumentError::NotOurs)
    );
}

#[test]
fn rejects_unknown_versions() {
    let raw = sample()
        .to_json()
        .replace("\"version\":2,\"q", "\"version\":7,\"q");
    assert_eq!(
        parse_document(&raw, built_in_set()),
        Err(DocumentError::NewerVersion(7))
    );
}

#[test]
fn rejects_impossible_values() {
    let set = built_in_set();
    let bad_answer = sample()
        .to_json()
        .replace("\"commitment-1\":4", "\"commitment-1\":9");
    assert!(matches!(
        parse_document(&bad_answer, set),
        Err(DocumentError::Invalid(_))
    ));
    let bad_section = sample().to_json().replace("\"index\":3", "\"index\":6");
    assert!(matches!(
        parse_document(&bad_section, set),
        Err(DocumentError::Invalid(_))
    ));
    let other = sample()
        .to_json()
        .replace("\"id\":\"partnership-readiness\"", "\"id\":\"other\"");
    assert_eq!(
        parse_document(&other, set),
        Err(DocumentError::OtherQuestionSet("other".into()))
    );
}

#[test]
fn the_reason_a_document_cannot_be_used_is_worded_for_the_person() {
    let english = Content::english();
    let set = built_in_set();
    assert_eq!(
        parse_document("{", set).unwrap_err().message(english),
        "the saved answers are damaged and cannot be read"
    );
    assert_eq!(
        DocumentError::NewerVersion(7).message(english),
        "the saved answers come from a newer version of this tool (format 7)"
    );
    assert_eq!(
        DocumentError::UnknownVersion(0).message(english),
        "the saved answers are in a format no version of this tool wrote (0)"
    );
    let bad_section = sample().to_json().replace("\"index\":3", "\"index\":6");
    assert_eq!(
        parse_document(&bad_section, set)
            .unwrap_err()
            .message(english),
        "the saved answers are incomplete or damaged (section 6 does not exist)"
    );
    let no_version = r#"{"app":"partnership-readiness"}"#;
    assert_eq!(
        parse_document(no_version, set)
            .unwrap_err()
            .message(english),
        "the saved answers are incomplete or damaged (no format version)"
    );
    assert_eq!(
        DocumentError::Invalid(Damage::Timestamps).message(english),
        "the saved answers are incomplete or damaged (timestamps are not numbers)"
    );
    // Developers get the problem as a value; a person the words (`words::problems`).
    assert_eq!(
        DocumentError::Invalid(Damage::Timestamps).to_string(),
        "stored session: Invalid(Timestamps)"
    );
    assert_eq!(
        DocumentError::OtherQuestionSet("other".into()).message(english),
        "the saved answers belong to a different questionnaire (other)"
    );
    assert_eq!(
        DocumentError::NotOurs.message(english),
        "the saved data was not written by this tool"
    );
    let missing = r#"{"app":"partnership-readiness","version":2}"#;
    let message = parse_document(missing, set).unwrap_err().message(english);
    assert!(
        message.starts_with("the saved answers are incomplete or damaged (missing field"),
        "{message}"
    );
}

#[test]
fn a_far_too_new_version_or_edition_is_damage_not_news() {
    let set = built_in_set();
    // A version no build will reach for a long time is noise, not a newer build: kept aside,
    // so it cannot stop every tab saving for good.
    let far = sample()
        .to_json()
        .replace("\"version\":2,\"q", "\"version\":4294967295,\"q");
    assert_eq!(
        parse_document(&far, set),
        Err(DocumentError::UnknownVersion(4_294_967_295))
    );
    let far_edition = r#"{"app":"partnership-readiness","version":2,
        "questionnaire":{"id":"partnership-readiness","version":4000000000},
        "answers":{},"created_ms":1,"updated_ms":2}"#;
    assert!(
        matches!(
            parse_document(far_edition, set),
            Err(DocumentError::Invalid(_))
        ),
        "{:?}",
        parse_document(far_edition, set)
    );
    // Just above this build is still a newer build's, and left alone.
    let near = sample()
        .to_json()
        .replace("\"version\":2,\"q", "\"version\":102,\"q");
    assert_eq!(
        parse_document(&near, set),
        Err(DocumentError::NewerVersion(102))
    );
}

#[test]
fn a_time_more_than_a_day_ahead_is_damage_not_news() {
    let set = built_in_set();
    let raw = sample().to_json();
    let now = sample().updated_ms() - MAX_AHEAD_MS;
    assert_eq!(
        read_document(&raw, set, now),
        Ok(sample()),
        "a day ahead still reads"
    );
    assert_eq!(
        read_document(&raw, set, now - 1.0),
        Err(DocumentError::Invalid(Damage::FutureTime))
    );
    assert_eq!(
        DocumentError::Invalid(Damage::FutureTime).message(Content::english()),
        "the saved answers are incomplete or damaged (saved more than a day ahead of this device\u{2019}s clock)"
    );
}

#[test]
fn stored_text_reaches_the_reason_only_shortened() {
    let long = "x".repeat(100_000);
    let raw = sample().to_json().replace(
        "\"commitment-1\":4",
        &format!("\"commitment-1\":\"{long}\""),
    );
    let message = parse_document(&raw, built_in_set())
        .unwrap_err()
        .message(Content::english());
    assert!(
        message.chars().count() < 200,
        "{} characters",
        message.len()
    );
}

#[test]
fn updated_time_always_moves_forward() {
    let mut session = Session::new(built_in_set(), 5_000.0);
    session.answer("trust-1", Answer::Agree, 4_000.0); // clock stepped back
    assert_eq!(session.updated_ms(), 5_001.0);
    let mut other = session.clone();
    other.answer("trust-2", Answer::Agree, 6_000.0);
    assert!(session.is_older_than(&other));
    assert!(!other.is_older_than(&session));
}

#[test]
fn the_role_is_stored_merged_and_left_out_when_unknown() {
    use crate::questions::role::Role;
    let set = built_in_set();
    let mut session = sample();
    assert!(!session.to_json().contains("\"role\""), "no role, no field");
    session.set_role(Some(Role::Board), 5_000.0);
    let value: Value = serde_json::from_str(&session.to_json()).unwrap();
    assert_eq!(value["role"], "board");
    assert_eq!(
        value["version"], 2,
        "no new document version (see Document::role)"
    );
    assert_eq!(parse_document(&session.to_json(), set).unwrap(), session);
    // A role this build does not know leaves the answers readable.
    let unknown = session.to_json().replace("\"board\"", "\"mayor\"");
    let read = parse_document(&unknown, set).unwrap();
    assert_eq!((read.role, read.answers), (None, session.answers.clone()));
    // Another tab's save keeps this tab's change of role.
    let base = sample();
    let mut ours = base.clone();
    ours.set_role(Some(Role::Frontline), 6_000.0);
    let mut theirs = base.clone();
    theirs.answer("trust-6", Answer::Agree, 6_500.0);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.role, Some(Role::Frontline));
    assert_eq!(merged.answers.get("trust-6"), Some(&Answer::Agree));
}
