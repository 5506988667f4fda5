//! Tests of `snapshot` (snapshot.rs), kept beside it so the module itself stays short.

use super::*;
use crate::assess::scoring::{assess, every_statement, Answers};
use crate::questions::content::Content;
use crate::questions::rules::Band;
use crate::questions::set::{built_in_edition, built_in_set, Answer, QuestionSet};
use crate::text::clean::*;
use crate::words::problems::Worded;

#[test]
fn a_field_too_long_for_its_length_byte_is_refused_not_wrapped() {
    let mut bytes = Vec::new();
    assert_eq!(push_field(&mut bytes, 9, &[7; 255]), Ok(()));
    assert_eq!(bytes.len(), 257);
    assert_eq!(bytes[1], 255);
    assert_eq!(
        push_field(&mut bytes, 9, &[7; 256]),
        Err(FieldTooLong { tag: 9 })
    );
    assert_eq!(bytes.len(), 257, "nothing written");
}

#[test]
fn a_result_of_an_odd_number_of_criteria_encodes_without_panicking() {
    let mut snapshot = Snapshot::decode(FIRST_EDITION_LINK).unwrap();
    snapshot.criteria.truncate(5);
    assert!(!snapshot.encode().is_empty());
    snapshot.criteria.truncate(3);
    assert!(!snapshot.encode().is_empty());
}

fn finished() -> Snapshot {
    finished_in(built_in_set())
}

fn finished_in(set: &QuestionSet) -> Snapshot {
    Snapshot::of(
        set,
        &assess(set, &finished_answers_in(set)),
        Day(20_780),
        "Housing team view",
        Some(Stage::OneToThree),
    )
}

/// Real links made by the first-edition build (commit ef2cc0a), with what that build showed.
pub(crate) const FIRST_EDITION_LINK: &str =
    "AQEBLFEzWjgZ_0EUUFFSU1BQEUhvdXNpbmcgdGVhbSB2aWV3hHk0QQ";

/// Every statement answered, with every kind of answer somewhere.
fn finished_answers() -> Answers {
    finished_answers_in(built_in_set())
}

fn finished_answers_in(set: &QuestionSet) -> Answers {
    let mut answers = Answers::new();
    for (index, criterion) in set.criteria().iter().enumerate() {
        for (offset, statement) in criterion.statements().iter().enumerate() {
            let answer = match (index + offset) % 6 {
                0 => Answer::StronglyAgree,
                1 => Answer::Agree,
                2 => Answer::Neither,
                3 => Answer::Disagree,
                4 => Answer::StronglyDisagree,
                _ => Answer::DontKnow,
            };
            answers.insert(statement.id().to_string(), answer);
        }
    }
    answers
}

#[test]
fn a_result_survives_the_round_trip_and_stays_short() {
    let snapshot = finished();
    let code = snapshot.encode();
    assert_eq!(Snapshot::decode(&code), Ok(snapshot.clone()));

    let unlabelled = Snapshot {
        label: String::new(),
        stage: None,
        ..snapshot
    };
    // Issue 20: the disagreement counts (tag 5, eight bytes) make it 47 characters; a link
    // without them is still the 36 it was.
    let code = unlabelled.encode();
    assert_eq!(code.len(), 47, "{code}");
    assert_eq!(Snapshot::decode(&code), Ok(unlabelled.clone()));
    let without = Snapshot {
        disagreement: None,
        ..unlabelled
    };
    let code = without.encode();
    assert_eq!(code.len(), 36, "{code}");
    assert_eq!(Snapshot::decode(&code), Ok(without));
}

/// R1 in a shared link: the counts of "Strongly disagree" and "Disagree" travel (tag 5), so
/// the shared page applies the same rules as the person's own results.
#[test]
fn r1_a_shared_link_carries_the_disagreement_counts() {
    let set = built_in_set();
    let mut answers = every_statement(set, Answer::StronglyAgree);
    answers.insert("trust-10".into(), Answer::StronglyDisagree);
    let result = assess(set, &answers);
    let snapshot = Snapshot::of(set, &result, Day(20_790), "", None);
    let back = Snapshot::decode(&snapshot.encode()).unwrap();
    assert_eq!(back.disagreement.as_ref().unwrap()[3], (1, 0));
    let shown = back.assessment();
    assert_eq!(shown.strong_disagreement(3), Some(true));
    assert!(!shown.all_strengths());
    assert_eq!(shown.strongly_disagreed(), [3]);
    // A link without the field (every link made before) makes no claim.
    let old = Snapshot {
        disagreement: None,
        ..back
    };
    let old = Snapshot::decode(&old.encode()).unwrap();
    assert_eq!(old.disagreement, None);
    assert_eq!(old.assessment().any_disagreement(), None);
    assert!(!old.assessment().all_strengths());
}

#[test]
fn disagreement_counts_that_cannot_be_are_refused() {
    let base = Snapshot {
        label: String::new(),
        stage: None,
        disagreement: None,
        ..finished()
    };
    let with = |value: &[u8]| {
        let mut body = body_of(&base);
        body.extend([FIELD_DISAGREEMENT, value.len() as u8]);
        body.extend(value);
        Snapshot::decode(&signed(body))
    };
    assert!(with(&[0; 6]).is_ok());
    assert_eq!(
        with(&[0; 5]),
        Err(SnapshotError::Impossible),
        "one per criterion"
    );
    assert_eq!(
        with(&[0xF0, 0, 0, 0, 0, 0]),
        Err(SnapshotError::Impossible),
        "more disagreements than scored answers"
    );
}

#[test]
fn a_question_set_and_unknown_fields_are_read_as_designed() {
    let custom = Snapshot {
        question_set: Some(QuestionSetRef {
            id: "Cyngor Sir – partneriaeth".into(),
            fingerprint: 0xDEAD_BEEF,
        }),
        ..finished()
    };
    let back = Snapshot::decode(&custom.encode()).unwrap();
    assert_eq!(back, custom);
    assert!(
        !back.fits(built_in_set()),
        "an unknown set is not ours to score"
    );

    // A later build's optional field (tag 9) is skipped; a must-understand one (tag 200)
    // means "made by a newer version".
    let mut body = body_of(&finished());
    body.extend([9, 2, 0xAB, 0xCD]);
    assert_eq!(Snapshot::decode(&signed(body)), Ok(finished()));
    let mut body = body_of(&finished());
    body.extend([200, 1, 7]);
    assert_eq!(
        Snapshot::decode(&signed(body)),
        Err(SnapshotError::NewerFormat)
    );
    // Fields out of order or repeated were not written by us.
    let mut body = body_of(&finished());
    body.extend([FIELD_LABEL, 1, b'x']);
    assert_eq!(
        Snapshot::decode(&signed(body)),
        Err(SnapshotError::Impossible)
    );
}

/// The examples docs/sharing.md gives: `PATTERN`'s second-edition result, named and placed
/// at "less than a year", and without a name or stage.
#[test]
fn the_documented_format_2_examples_are_what_this_build_writes() {
    let named = "Ai0AAQIsUTNaOBn_QRRhYmNTYWFmZWYBEUhvdXNpbmcgdGVhbSB2aWV3AgEC4r_b6Q";
    let bare = "AhcAAQIsUTNaOBn_QRRhYmNTYWFmZWYwfF9l";
    let snapshot = Snapshot::decode(named).unwrap();
    assert_eq!(snapshot.label, "Housing team view");
    assert_eq!(snapshot.stage, Some(Stage::FirstYear));
    assert_eq!(snapshot.overall, Some(51));
    assert_eq!(snapshot.encode(), named);
    let unnamed = Snapshot {
        label: String::new(),
        stage: None,
        ..snapshot
    };
    assert_eq!(unnamed.encode(), bare);
    assert_eq!(bare.len(), 36);
    let document = include_str!("../../../../docs/sharing.md");
    assert!(document.contains(named) && document.contains(bare));
    assert!(document.contains(FIRST_EDITION_LINK));
}

#[test]
fn a_first_edition_link_opens_with_exactly_the_result_it_had() {
    let snapshot = Snapshot::decode(FIRST_EDITION_LINK).expect("first-edition links open");
    assert_eq!(snapshot.edition(), 1);
    assert_eq!(snapshot.label, "Housing team view");
    assert_eq!(snapshot.stage, None);
    let scores: Vec<Option<u8>> = snapshot.criteria.iter().map(|c| c.score).collect();
    assert_eq!(
        scores,
        [Some(90), Some(56), Some(25), None, Some(65), Some(20)]
    );
    let shown = snapshot.assessment();
    assert_eq!(shown.rules, Rules::first_edition());
    // What the first edition showed: overall 51, Developing, with a Priority criterion.
    assert_eq!(shown.overall(), Some(51));
    assert_eq!(shown.overall_band(), Some(Band::Developing));
    // Issue 20 changes the lists (they were the top two, [0, 4], and the bottom two, [5, 2]):
    // strengths are every Strength-band criterion and every criterion below Strength is
    // listed to work on, weakest first (R4). A first-edition link carries no disagreement
    // counts, so it makes no claim about disagreement.
    assert_eq!(shown.strengths, [0]);
    assert_eq!(shown.priorities, [5, 2, 1, 4]);
    assert_eq!(shown.any_disagreement(), None);
    assert!(snapshot.fits(built_in_set()));
    // Kept in history, it is written in the new format and still reads the same.
    assert_eq!(Snapshot::decode(&snapshot.encode()), Ok(snapshot));
}

#[test]
fn the_snapshot_shows_the_same_result_as_the_answers() {
    let set = built_in_set();
    let answers = finished_answers();
    let original = assess(set, &answers);
    let shown = Snapshot::of(set, &original, Day(20_780), "", None).assessment();
    assert_eq!(shown.overall_band(), original.overall_band());
    assert_eq!(shown.overall(), original.overall());
    assert_eq!(shown.strengths, original.strengths);
    assert_eq!(shown.priorities, original.priorities);
    for (back, score) in shown.criteria.iter().zip(&original.criteria) {
        assert_eq!(back.score(), score.score());
        assert_eq!(back.band(&shown.rules), score.band(&original.rules));
        assert_eq!(
            (back.answered, back.dont_know, back.scored, back.statements),
            (
                score.answered,
                score.dont_know,
                score.scored,
                score.statements
            )
        );
    }
}

#[test]
fn each_kind_of_bad_link_has_its_own_error() {
    let code = finished().encode();
    let cases = [
        ("", SnapshotError::Empty),
        ("   ", SnapshotError::Empty),
        (&"A".repeat(5_000), SnapshotError::TooLong),
        ("<script>alert(1)</script>", SnapshotError::Garbled),
        ("abc def", SnapshotError::Garbled),
        (&code[..code.len() - 1], SnapshotError::Truncated),
        (&code[..code.len() - 6], SnapshotError::Truncated),
        (&code[..10], SnapshotError::Truncated),
        ("Aw", SnapshotError::NewerFormat),
        ("Ag", SnapshotError::Truncated),
        ("AA", SnapshotError::Garbled),
        ("8J-YgPCfmIA", SnapshotError::Garbled),
    ];
    for (input, expected) in cases {
        assert_eq!(Snapshot::decode(input), Err(expected), "{input}");
    }
    // One character changed in the middle.
    let mut altered: Vec<char> = code.chars().collect();
    altered[12] = if altered[12] == 'A' { 'B' } else { 'A' };
    let altered: String = altered.into_iter().collect();
    assert_eq!(Snapshot::decode(&altered), Err(SnapshotError::Altered));
    // The last character changed so that it carries bits no encoder writes.
    let last = code.chars().last().unwrap();
    let odd = if last == 'B' { 'C' } else { 'B' };
    let edited = format!("{}{odd}", &code[..code.len() - 1]);
    assert_eq!(
        Snapshot::decode(&edited),
        Err(SnapshotError::Altered),
        "{edited}"
    );
    // Extra characters on the end.
    assert_eq!(
        Snapshot::decode(&format!("{code}AAAA")),
        Err(SnapshotError::Altered)
    );
}

/// Re-signs a body (setting a format 2 body's length) so that only the value checks can
/// catch it.
fn signed(mut body: Vec<u8>) -> String {
    if body[0] == FORMAT {
        let length = body.len() as u16;
        body[1..3].copy_from_slice(&length.to_le_bytes());
    }
    let checksum = CHECK_CODE.checksum(&body);
    body.extend(checksum.to_le_bytes());
    URL_SAFE_NO_PAD.encode(body)
}

fn body_of(snapshot: &Snapshot) -> Vec<u8> {
    let bytes = URL_SAFE_NO_PAD.decode(snapshot.encode()).unwrap();
    bytes[..bytes.len() - CHECKSUM].to_vec()
}

#[test]
fn correctly_signed_nonsense_is_refused() {
    // A second-edition result: the byte offsets and counts below are written for its shape.
    let base = body_of(&Snapshot {
        label: String::new(),
        stage: None,
        ..finished_in(built_in_edition(2).unwrap())
    });
    let with = |at: usize, byte: u8| {
        let mut body = base.clone();
        body[at] = byte;
        body
    };
    let field = |tag: u8, value: &[u8]| {
        let mut body = base.clone();
        body.extend([tag, value.len() as u8]);
        body.extend(value);
        body
    };
    let mut cut_field = base.clone();
    cut_field.extend([FIELD_LABEL, 9, b'a']);
    for (body, expected) in [
        (with(3, 9), SnapshotError::OtherQuestionSet),
        (with(8, 101), SnapshotError::Impossible),
        (with(14, 0x90), SnapshotError::Impossible),
        (with(14, 0x35), SnapshotError::Impossible),
        (with(14, 0x00), SnapshotError::Impossible),
        (with(20, 0x06), SnapshotError::Impossible),
        (with(7, NO_SCORE), SnapshotError::Impossible),
        (field(FIELD_LABEL, b"\n\t"), SnapshotError::Impossible),
        (field(FIELD_LABEL, &[0xFF]), SnapshotError::Impossible),
        (field(FIELD_STAGE, &[1, 2]), SnapshotError::Impossible),
        (
            field(FIELD_QUESTION_SET, &[1, 2]),
            SnapshotError::Impossible,
        ),
        (cut_field, SnapshotError::Impossible),
    ] {
        assert_eq!(
            Snapshot::decode(&signed(body.clone())),
            Err(expected),
            "{body:?}"
        );
    }
    // A second-edition result with only four criteria scored has no overall figure.
    let mut four = base.clone();
    four[8 + 4] = NO_SCORE;
    four[8 + 5] = NO_SCORE;
    four[14 + 4] = 0x20;
    four[14 + 5] = 0x20;
    assert_eq!(
        Snapshot::decode(&signed(four.clone())),
        Err(SnapshotError::Impossible)
    );
    four[7] = NO_SCORE;
    assert_eq!(Snapshot::decode(&signed(four)).err(), None);
}

#[test]
fn a_hostile_label_is_kept_as_plain_text() {
    let snapshot = Snapshot {
        label: clean_label("<img src=x onerror=alert(1)>"),
        ..finished()
    };
    let back = Snapshot::decode(&snapshot.encode()).unwrap();
    assert_eq!(back.label, "<img src=x onerror=alert(1)>");
}

#[test]
fn invisible_and_reversing_characters_leave_labels() {
    let typed = "Hous\u{FFFF}ing\u{202E} team\u{2066}\u{FEFF}\u{200B} view\u{FDD0}\u{1FFFE}\u{AD}";
    assert_eq!(clean_label(typed), "Housing team view");
    // Emoji sequences and scripts that need the joiners keep them, and the Welsh flag keeps
    // its tag characters.
    let family = "\u{1F469}\u{200D}\u{1F467}";
    assert_eq!(clean_label(family), family);
    assert_eq!(
        clean_label("\u{645}\u{200C}\u{6CC}"),
        "\u{645}\u{200C}\u{6CC}"
    );
    let wales = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}";
    assert_eq!(clean_label(wales), wales);
    assert_eq!(strip_invisible("keep  spaces \u{202D}"), "keep  spaces ");
}

/// A format 1 link as the first-edition build wrote it, for a first-edition snapshot.
fn first_format(snapshot: &Snapshot, label: &str) -> String {
    let mut bytes = vec![FIRST_FORMAT, 1, 1];
    bytes.extend((snapshot.day.0 as u16).to_le_bytes());
    bytes.push(snapshot.overall.unwrap_or(NO_SCORE));
    bytes.extend(
        snapshot
            .criteria
            .iter()
            .map(|c| c.score.unwrap_or(NO_SCORE)),
    );
    bytes.extend(
        snapshot
            .criteria
            .iter()
            .map(|c| (c.answered << 4) | c.dont_know),
    );
    bytes.push(label.len() as u8);
    bytes.extend(label.as_bytes());
    let check = CHECK_CODE.checksum(&bytes);
    bytes.extend(check.to_le_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

#[test]
fn a_link_made_with_invisible_characters_in_its_label_still_opens_without_them() {
    // Built by hand as an earlier build (or a hostile page) could: the label bytes carry
    // U+FFFF and U+202E, and the checksum is right.
    let first = Snapshot::decode(FIRST_EDITION_LINK).unwrap();
    let decoded =
        Snapshot::decode(&first_format(&first, "Team\u{FFFF} \u{202E} view\u{3164}")).unwrap();
    assert_eq!(decoded.label, "Team view");
    let second = Snapshot {
        label: "Team\u{FFFF} \u{202E} view\u{3164}".into(),
        ..finished()
    };
    let mut body = body_of(&Snapshot {
        label: String::new(),
        stage: None,
        disagreement: None,
        ..finished()
    });
    body.extend([FIELD_LABEL, second.label.len() as u8]);
    body.extend(second.label.as_bytes());
    assert_eq!(Snapshot::decode(&signed(body)).unwrap().label, "Team view");
}

#[test]
fn a_first_edition_link_cut_or_edited_is_still_told_apart() {
    let code = FIRST_EDITION_LINK;
    assert_eq!(
        Snapshot::decode(&code[..code.len() - 3]),
        Err(SnapshotError::Truncated)
    );
    let mut edited: Vec<char> = code.chars().collect();
    edited[14] = if edited[14] == 'A' { 'B' } else { 'A' };
    assert_eq!(
        Snapshot::decode(&edited.into_iter().collect::<String>()),
        Err(SnapshotError::Altered)
    );
}

#[test]
fn labels_are_tidied_and_limited() {
    assert_eq!(
        clean_label("  Housing\n\tteam   view "),
        "Housing team view"
    );
    assert_eq!(clean_label(&"é".repeat(60)).chars().count(), 40);
    assert_eq!(
        clean_label(&format!("{} x", "a".repeat(39))),
        "a".repeat(39)
    );
}

#[test]
fn fragments_name_their_code() {
    assert_eq!(code_in_fragment("#result=abc"), Some("abc"));
    assert_eq!(code_in_fragment("result="), Some(""));
    assert_eq!(code_in_fragment("#results=abc"), None);
    assert_eq!(code_in_fragment(""), None);
}

#[test]
fn results_of_this_and_earlier_editions_fit_the_set() {
    let set = built_in_set();
    let snapshot = finished();
    assert!(snapshot.fits(set));
    let first = Snapshot {
        set_edition: 1,
        ..snapshot.clone()
    };
    assert!(first.fits(set));
    let newer = Snapshot {
        set_edition: set.edition() as u8 + 1,
        ..snapshot
    };
    assert!(!newer.fits(set));
}

#[test]
fn a_result_page_opens_only_links_that_fit_this_question_set() {
    let set = built_in_set();
    let snapshot = finished();
    assert_eq!(
        Snapshot::decode_for(set, &snapshot.encode()),
        Ok(snapshot.clone())
    );
    let newer = Snapshot {
        set_edition: set.edition() as u8 + 1,
        ..snapshot
    };
    assert!(Snapshot::decode(&newer.encode()).is_ok());
    assert_eq!(
        Snapshot::decode_for(set, &newer.encode()),
        Err(SnapshotError::OtherQuestionSet)
    );
    assert_eq!(Snapshot::decode_for(set, ""), Err(SnapshotError::Empty));
}

#[test]
fn every_link_error_has_its_own_message() {
    let en = Content::english();
    let errors = [
        SnapshotError::Empty,
        SnapshotError::TooLong,
        SnapshotError::Garbled,
        SnapshotError::Truncated,
        SnapshotError::Altered,
        SnapshotError::NewerFormat,
        SnapshotError::OtherQuestionSet,
        SnapshotError::Impossible,
    ];
    let messages: Vec<String> = errors.iter().map(|e| e.message(en)).collect();
    for (error, message) in errors.iter().zip(&messages) {
        assert!(!message.starts_with("link-error-"), "{error:?} has no text");
        assert_eq!(
            messages.iter().filter(|m| *m == message).count(),
            1,
            "{message}"
        );
    }
    assert_eq!(
        SnapshotError::NewerFormat.message(en),
        "This link was made by a newer version of the Partnership Readiness Check than this one, which cannot read it."
    );
    // Developers get the kind of problem; a person the words (`words::problems`).
    assert_eq!(
        SnapshotError::Truncated.to_string(),
        "result link: truncated"
    );
}

#[test]
fn the_role_travels_in_field_4_and_a_link_without_it_still_opens() {
    use crate::questions::role::Role;
    let set = built_in_set();
    for role in Role::ALL {
        let snapshot = Snapshot {
            role: Some(role),
            ..finished()
        };
        let back = Snapshot::decode_for(set, &snapshot.encode()).unwrap();
        assert_eq!(back.role, Some(role));
        assert_eq!(back, snapshot);
        // The field is tag 4, one byte, after the stage (tag 2).
        let body = body_of(&snapshot);
        let at = body
            .windows(3)
            .position(|w| w == [FIELD_ROLE, 1, role.code()]);
        assert!(at.is_some(), "{body:?}");
    }
    // A link made without a role (every earlier build's) opens with none.
    let without = finished();
    assert_eq!(without.role, None);
    let back = Snapshot::decode_for(set, &without.encode()).unwrap();
    assert_eq!(back.role, None);
    assert!(!body_of(&without).windows(2).any(|w| w == [FIELD_ROLE, 1]));
    // A role code a later build added is left out; a malformed role field is refused.
    let mut body = body_of(&without);
    let unknown = {
        // Fields go in tag order: the fixed part, then the stage (2) and the role (4).
        let mut b = body.clone();
        b.truncate(HEADER);
        b.extend([FIELD_STAGE, 1, 1, FIELD_ROLE, 1, 99]);
        b
    };
    assert_eq!(Snapshot::decode(&signed(unknown)).unwrap().role, None);
    body.truncate(HEADER);
    body.extend([FIELD_ROLE, 2, 1, 1]);
    assert_eq!(
        Snapshot::decode(&signed(body)),
        Err(SnapshotError::Impossible)
    );
}
