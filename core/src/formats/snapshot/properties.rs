//! Property tests of the link codec (`snapshot`): any valid result survives a round trip, and any
//! string or edit of a link gives an error or a valid result, never a panic.

use super::*;
use crate::questions::content::Content;
use crate::words::problems::Worded;
use proptest::prelude::*;

fn any_criterion() -> impl Strategy<Value = CriterionSnapshot> {
    (5u8..=6, 0u8..=6, 0u8..=6, 0u8..=100).prop_map(|(statements, answered, dont_know, score)| {
        let answered = answered.min(statements);
        let dont_know = dont_know.min(answered);
        let scored =
            usize::from(answered - dont_know) >= Rules::second_edition().min_scored_answers;
        CriterionSnapshot {
            score: scored.then_some(score),
            statements,
            answered,
            dont_know,
        }
    })
}

fn any_snapshot() -> impl Strategy<Value = Snapshot> {
    (
        0u32..=u32::from(u16::MAX),
        "\\PC{0,60}",
        0u8..=100,
        proptest::collection::vec(any_criterion(), CRITERIA),
        proptest::option::of(proptest::sample::select(Stage::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(
            crate::questions::role::Role::ALL.to_vec(),
        )),
    )
        .prop_map(|(day, label, overall, criteria, stage, role)| {
            let scored = criteria.iter().filter(|c| c.score.is_some()).count();
            Snapshot {
                set_id: "partnership-readiness".into(),
                set_edition: 2,
                day: Day(day),
                label: clean_label(&label),
                stage,
                role,
                question_set: None,
                disagreement: None,
                overall: (scored >= Rules::second_edition().criteria_for_overall(6))
                    .then_some(overall),
                criteria,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn any_valid_result_round_trips(snapshot in any_snapshot()) {
        let code = snapshot.encode();
        prop_assert!(code.len() <= MAX_CODE_CHARS);
        prop_assert_eq!(Snapshot::decode(&code), Ok(snapshot));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        if let Ok(snapshot) = Snapshot::decode(&text) {
            prop_assert_eq!(Snapshot::decode(&snapshot.encode()), Ok(snapshot));
        }
    }

    #[test]
    fn arbitrary_link_characters_never_panic(text in "[A-Za-z0-9_-]{0,120}") {
        if let Ok(snapshot) = Snapshot::decode(&text) {
            prop_assert_eq!(Snapshot::decode(&snapshot.encode()), Ok(snapshot));
        }
    }

    #[test]
    fn a_cut_link_is_called_truncated(snapshot in any_snapshot(), keep in any::<prop::sample::Index>()) {
        let code = snapshot.encode();
        let cut = &code[..keep.index(code.len() - 1) + 1];
        prop_assume!(cut.len() < code.len());
        prop_assert_eq!(Snapshot::decode(cut), Err(SnapshotError::Truncated));
    }

    #[test]
    fn an_edited_character_is_called_altered(
        snapshot in any_snapshot(),
        at in any::<prop::sample::Index>(),
        replacement in "[A-Za-z0-9_-]",
    ) {
        let code = snapshot.encode();
        // From the fifth character on: the first four hold the format number and the length,
        // which a reader must check before it knows where the check code is. Changed, the
        // link looks cut short (or overlong), and is reported so; still refused, with the
        // other message.
        let index = 4 + at.index(code.len() - 4);
        prop_assume!(code[index..index + 1] != replacement);
        let edited = format!("{}{replacement}{}", &code[..index], &code[index + 1..]);
        prop_assert_eq!(Snapshot::decode(&edited), Err(SnapshotError::Altered));
    }

    #[test]
    fn mutated_links_give_an_error_or_a_valid_result(
        snapshot in any_snapshot(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<char>()), 1..4),
    ) {
        let mut chars: Vec<char> = snapshot.encode().chars().collect();
        for (at, kind, c) in edits {
            let index = at.index(chars.len().max(1));
            match kind {
                0 if !chars.is_empty() => { chars.remove(index.min(chars.len() - 1)); }
                1 => chars.insert(index.min(chars.len()), c),
                2 if !chars.is_empty() => { let i = index.min(chars.len() - 1); chars[i] = c; }
                _ => chars.truncate(index),
            }
        }
        let mutated: String = chars.into_iter().collect();
        match Snapshot::decode(&mutated) {
            Ok(decoded) => {
                // Only a valid result may come back, and it must encode to the same link.
                prop_assert_eq!(decoded.encode(), mutated.trim());
            }
            Err(error) => prop_assert!(!error.message(Content::english()).is_empty()),
        }
    }
}
