//! Tests of `set` (set.rs) and of the built-in set's words (`questions::texts`), kept beside it
//! so the module itself stays short.

use super::*;
use crate::questions::texts::{Action, CriterionText, QuestionTexts, StatementText};
use std::collections::HashSet;

/// The built-in set's words in each shipped language.
fn every_language() -> Vec<crate::questions::content::Content> {
    use crate::questions::content::Content;
    use crate::text::language::Language;
    vec![
        Content::english().clone(),
        Content::from_catalogue(
            Language::Welsh,
            include_str!(concat!(env!("OUT_DIR"), "/lang/cy.json")),
        )
        .unwrap(),
    ]
}

/// The built-in set's English words.
fn english() -> &'static QuestionTexts {
    &crate::questions::content::Content::english().questions
}

#[test]
fn the_built_in_set_is_valid_and_complete() {
    let set = built_in_set();
    let names: Vec<&str> = english().criteria.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Commitment",
            "Clarity of purpose",
            "Coordination",
            "Trust",
            "Communication",
            "Conflict resolution"
        ]
    );
    // The third edition's counts, data of the edition (a later one may differ): at most 40
    // statements, so the check stays near six minutes.
    let counts: Vec<usize> = set.criteria.iter().map(|c| c.statements.len()).collect();
    assert_eq!(counts, [7, 6, 7, 6, 7, 7]);
    assert_eq!(set.statement_count(), 40);
    let ids: HashSet<&str> = set.statements().map(|(_, s)| s.id()).collect();
    assert_eq!(ids.len(), set.statement_count(), "statement ids are unique");
    assert_eq!(set.edition, 3);
    assert_eq!(set.stages.len(), Stage::ALL.len());
    for (_, statement) in english().statements() {
        for wording in statement.action.wordings() {
            assert!(
                !wording.trim().is_empty(),
                "{} has its action",
                statement.id
            );
            assert!(
                wording.split_whitespace().count() <= 22,
                "the action of {} is short",
                statement.id
            );
        }
    }
    let new: Vec<&str> = set.statements_since(2).map(|(_, s)| s.id()).collect();
    assert_eq!(
        new,
        [
            "commitment-14",
            "commitment-15",
            "clarity-13",
            "clarity-14",
            "coordination-13",
            "coordination-14",
            "coordination-15",
            "trust-11",
            "trust-12",
            "communication-11",
            "communication-12",
            "communication-13",
            "communication-14",
            "communication-15",
            "conflict-16",
            "conflict-17",
            "conflict-18",
            "conflict-19"
        ],
        "the third edition's new and reworded statements"
    );
    // The second edition stays readable: its results are scored by its own shape.
    let second = built_in_edition(2).expect("the second edition is kept");
    assert_eq!(second.statement_count(), 35);
    assert_eq!(second.edition(), 2);
    assert_eq!(built_in_edition(3), Some(set));
    assert_eq!(built_in_edition(1), None);
}

/// Every third-edition statement says who can answer it from what they see (a frontline worker
/// in a small charity; someone two months into a partnership); each criterion can be scored
/// (three answers) by either; a statement neither can answer says, in every language, when
/// "Don't know" is the honest answer.
#[test]
fn every_statement_records_who_can_answer_it_and_neither_means_a_hint() {
    let set = built_in_set();
    let by: Vec<AnswerableBy> = set
        .statements()
        .map(|(_, s)| s.answerable_by().expect("recorded"))
        .collect();
    let count = |f: fn(&AnswerableBy) -> bool| by.iter().filter(|a| f(a)).count();
    assert_eq!(count(|a| a.frontline && a.newcomer), 25);
    assert_eq!(count(|a| a.frontline && !a.newcomer), 1);
    assert_eq!(count(|a| !a.frontline && a.newcomer), 10);
    assert_eq!(count(|a| a.neither()), 4);
    for criterion in set.criteria() {
        let answerable = |f: fn(AnswerableBy) -> bool| {
            criterion
                .statements()
                .iter()
                .filter(|s| f(s.answerable_by().unwrap()))
                .count()
        };
        assert!(answerable(|a| a.frontline) >= 3, "{}", criterion.id());
        assert!(answerable(|a| a.newcomer) >= 3, "{}", criterion.id());
    }
    for content in every_language() {
        let language = content.language;
        for ((_, statement), (_, words)) in set.statements().zip(content.questions.statements()) {
            if statement.answerable_by().unwrap().neither() {
                let hint = words.hint.as_deref().unwrap_or_default().replace('’', "'");
                assert!(
                    hint.contains(&content.text("answer-dont-know").replace('’', "'")),
                    "{language:?}: the hint of {} names the honest answer: {hint}",
                    statement.id()
                );
            }
        }
    }
}

/// Actions are worded for the person's role: at most two wordings each, the default fitting
/// anyone (no manager or lead assumed), and no lead told to ask the partnership lead.
#[test]
fn actions_have_at_most_two_wordings_and_never_send_a_lead_to_the_lead() {
    use crate::questions::role::{ActionWording, Role};
    // At most two wordings in every language.
    for content in every_language() {
        for (_, statement) in content.questions.statements() {
            let distinct: HashSet<&String> = statement.action.wordings().iter().collect();
            assert!(
                distinct.len() <= 2,
                "{:?} {} has {} wordings",
                content.language,
                statement.id,
                distinct.len()
            );
        }
    }
    for (_, statement) in english().statements() {
        for wording in statement.action.wordings() {
            let lower = wording.to_lowercase();
            assert!(
                !lower.contains("your manager"),
                "{}: {wording}",
                statement.id
            );
        }
        let lead = statement
            .action
            .in_wording(ActionWording::Lead)
            .to_lowercase();
        assert!(!lead.contains("partnership lead"), "{}", statement.id);
        let anyone = statement.action.for_role(None).to_lowercase();
        assert!(!anyone.contains("partnership lead"), "{}", statement.id);
    }
    // The same in Welsh: no lead is sent to the partnership lead, and no wording assumes a
    // manager.
    let welsh = &every_language()[1];
    for (_, statement) in welsh.questions.statements() {
        let lead = statement
            .action
            .in_wording(ActionWording::Lead)
            .to_lowercase();
        assert!(
            !lead.contains("arweinydd y bartneriaeth"),
            "{}: {lead}",
            statement.id
        );
        for wording in statement.action.wordings() {
            assert!(
                !wording.to_lowercase().contains("eich rheolwr"),
                "{}: {wording}",
                statement.id
            );
        }
    }
    // The wording a role gets differs where it should: a lead agrees, anyone else finds out.
    let first = &english().criteria[0].statements[0];
    assert!(first
        .action
        .for_role(Some(Role::Lead))
        .starts_with("Put in writing"));
    assert!(first
        .action
        .for_role(Some(Role::Frontline))
        .starts_with("Find out"));
}

/// The role cases the language files choose on are exactly the wordings the core asks for.
#[test]
fn the_role_choice_cases_are_the_core_wordings() {
    use crate::questions::role::ActionWording;
    let (_, cases, default) = readiness_lang::TEXT_CHOICES
        .iter()
        .find(|(name, _, _)| *name == "role")
        .unwrap();
    let keys: Vec<&str> = ActionWording::ALL.iter().map(|w| w.key()).collect();
    assert_eq!(&keys[..], *cases);
    // No role given reads the compiled default: the wording that fits anyone.
    assert_eq!(ActionWording::of(None).key(), *default);
}

/// Each criterion's meaning is the first line of its section: one sentence of about 20 words
/// (25 in Welsh, which runs longer).
#[test]
fn criterion_meanings_are_one_short_sentence() {
    for (content, most) in every_language().into_iter().zip([20, 25]) {
        let language = content.language;
        for criterion in &content.questions.criteria {
            let words = criterion.meaning.split_whitespace().count();
            assert!(
                words <= most,
                "{language:?} {}: {words} words",
                criterion.id
            );
            let sentences = criterion.meaning.matches(['.', '?', '!']).count();
            assert_eq!(sentences, 1, "{language:?} {}", criterion.id);
        }
    }
}

#[test]
fn no_statement_joins_two_ideas_or_vouches_for_every_partner() {
    for (_, statement) in english().statements() {
        let text = statement.text.to_lowercase();
        // "Every partner" is fine where the respondent says what they see ("In meetings I
        // attend, ideas from every organisation in the room get a fair hearing"), not as a claim about
        // organisations they cannot see into.
        let seen_by_me = text
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| matches!(word, "i" | "my" | "me"));
        for vouching in [
            "every partner",
            "all partners",
            "each partner organisation is",
        ] {
            assert!(
                seen_by_me || !text.contains(vouching),
                "{} asks one person to vouch for every partner",
                statement.id
            );
        }
        assert!(
            !text.contains(" and ") || text.contains("between"),
            "{} may join two ideas: {}",
            statement.id,
            statement.text
        );
    }
}

#[test]
fn rejects_statements_whose_edition_does_not_fit_their_id() {
    let mut value = set_value();
    value["criteria"][0]["statements"][0]["id"] = "commitment-1".into();
    value["criteria"][0]["statements"][0]["since"] = 2.into();
    assert!(matches!(parse(&value), Err(SetError::WrongEdition { .. })));
    let mut value = set_value();
    value["criteria"][0]["statements"][0]["since"] = (built_in_set().edition() + 1).into();
    assert!(matches!(parse(&value), Err(SetError::WrongEdition { .. })));
    let mut value = set_value();
    value["stages"].as_array_mut().unwrap().swap(0, 1);
    assert!(matches!(parse(&value), Err(SetError::WrongStages { .. })));
}

#[test]
fn statements_are_short_and_single_line() {
    for (_, statement) in english().statements() {
        assert!(
            statement.text.chars().count() <= 120,
            "{} is too long",
            statement.id
        );
        assert!(!statement.text.contains('\n'));
        assert!(
            !statement.text.contains('<'),
            "no markup in {}",
            statement.id
        );
    }
}

/// docs/questionnaire.md is how practitioners review the content, so it must show every
/// word the widget shows; an edit to bank.json without the document fails here.
#[test]
fn review_document_lists_every_text_in_the_set() {
    let document = include_str!("../../../../docs/questionnaire.md");
    for criterion in &english().criteria {
        let guidance = &criterion.guidance;
        let bands = [&guidance.strength, &guidance.developing, &guidance.priority];
        let texts = std::iter::once(&criterion.meaning)
            .chain(criterion.statements.iter().map(|s| &s.text))
            .chain(
                criterion
                    .statements
                    .iter()
                    .flat_map(|s| s.action.wordings().iter().chain(&s.hint)),
            )
            .chain(&criterion.discussion)
            .chain(
                bands
                    .into_iter()
                    .flat_map(|band| std::iter::once(&band.summary).chain(&band.actions)),
            );
        for text in texts {
            assert!(
                document.contains(text.as_str()),
                "docs/questionnaire.md is missing, word for word: {text:?}"
            );
        }
    }
}

fn set_value() -> serde_json::Value {
    serde_json::from_str(BUILT_IN_SET_SHAPE).unwrap()
}

fn parse(value: &serde_json::Value) -> Result<QuestionSet, SetError> {
    QuestionSet::from_json(&value.to_string())
}

#[test]
fn rejects_duplicate_statement_ids() {
    let mut value = set_value();
    let first = value["criteria"][0]["statements"][0]["id"].clone();
    value["criteria"][3]["statements"][2]["id"] = first.clone();
    assert_eq!(
        parse(&value),
        Err(SetError::DuplicateId(first.as_str().unwrap().to_string()))
    );
}

#[test]
fn rejects_missing_or_reordered_criteria() {
    let mut value = set_value();
    value["criteria"].as_array_mut().unwrap().swap(0, 1);
    assert!(matches!(parse(&value), Err(SetError::WrongCriteria { .. })));
    let mut value = set_value();
    value["criteria"].as_array_mut().unwrap().pop();
    assert!(matches!(parse(&value), Err(SetError::WrongCriteria { .. })));
}

#[test]
fn rejects_wrong_statement_count() {
    let mut value = set_value();
    value["criteria"][2]["statements"]
        .as_array_mut()
        .unwrap()
        .truncate(3);
    assert_eq!(
        parse(&value),
        Err(SetError::WrongStatementCount {
            criterion: "coordination".into(),
            found: 3
        })
    );
    let mut value = set_value();
    let statements = value["criteria"][2]["statements"].as_array_mut().unwrap();
    while statements.len() < 11 {
        let mut extra = statements[0].clone();
        extra["id"] = format!("coordination-{}", 20 + statements.len()).into();
        extra["since"] = 2.into();
        statements.push(extra);
    }
    assert_eq!(
        parse(&value),
        Err(SetError::WrongStatementCount {
            criterion: "coordination".into(),
            found: 11
        })
    );
}

#[test]
fn words_with_an_empty_text_are_refused_naming_its_place() {
    let mut texts = english().clone();
    texts.criteria[4].statements[1].text = "  ".into();
    assert_eq!(
        texts.validate(),
        Err(SetError::EmptyText {
            place: format!("statement {}", texts.criteria[4].statements[1].id)
        })
    );
    let mut texts = english().clone();
    texts.criteria[1].statements[0].action = Action::same_for_everyone(" ".into());
    assert!(matches!(texts.validate(), Err(SetError::EmptyText { .. })));
    let mut texts = english().clone();
    texts.criteria[1].guidance.priority.actions.clear();
    assert!(matches!(texts.validate(), Err(SetError::EmptyText { .. })));
}

#[test]
fn rejects_bad_json_with_a_reason() {
    let error = QuestionSet::from_json("{").unwrap_err();
    assert!(error.to_string().contains("not valid JSON"));
}

/// The widget reads the built-in editions from the lines the build writes (no JSON at start-up):
/// they must be the sets their JSON describes, field for field.
#[test]
fn the_built_in_shapes_are_their_json_read() {
    assert_eq!(
        built_in_set(),
        &QuestionSet::from_json(BUILT_IN_SET_SHAPE).unwrap()
    );
    assert_eq!(
        built_in_edition(2).unwrap(),
        &QuestionSet::from_json(include_str!("../bank-edition-2.json")).unwrap()
    );
    // The third edition records who can answer each statement; the second does not.
    assert!(built_in_set()
        .statements()
        .all(|(_, s)| s.answerable_by().is_some()));
    assert!(built_in_edition(2)
        .unwrap()
        .statements()
        .all(|(_, s)| s.answerable_by().is_none()));
}

/// The build writes the lines from the JSON: what it writes reads back as the JSON's set, and a
/// bank the JSON reader would refuse (or the lines cannot carry) fails the build, with its reason.
#[test]
fn the_shape_writer_keeps_to_the_json_readers_rules() {
    let write = shape_writer::shape_lines;
    let third = set_value();
    assert_eq!(
        QuestionSet::from_shape_lines(&write(&third).unwrap()).unwrap(),
        QuestionSet::from_json(&third.to_string()).unwrap()
    );
    // Each damages one place of the JSON.
    type Damage = fn(&mut serde_json::Value);
    let refused: [(Damage, &str); 7] = [
        (
            |v| v["colour"] = "blue".into(),
            "the set has an unknown field \"colour\"",
        ),
        (
            |v| v["criteria"][0]["weight"] = 2.into(),
            "unknown field \"weight\"",
        ),
        (
            |v| v["criteria"][0]["statements"][0]["answerable-by"] = true.into(),
            "unknown field \"answerable-by\"",
        ),
        (
            |v| v["criteria"][0]["statements"][0]["answerable_by"]["manager"] = true.into(),
            "unknown field \"manager\"",
        ),
        (
            |v| v["criteria"][0]["statements"][0]["since"] = (u64::from(u32::MAX) + 1).into(),
            "not a number from 0",
        ),
        (
            |v| v["edition"] = (-1).into(),
            "the edition is not a number",
        ),
        (
            |v| v["criteria"][1]["statements"][2]["id"] = "clarity 2".into(),
            "holds a space or a colon",
        ),
    ];
    for (damage, reason) in refused {
        let mut value = third.clone();
        damage(&mut value);
        let error = write(&value).unwrap_err();
        assert!(error.contains(reason), "{error} does not say {reason:?}");
    }
    // A null `answerable_by` means "not recorded", as serde reads the JSON.
    let mut second: serde_json::Value =
        serde_json::from_str(include_str!("../bank-edition-2.json")).unwrap();
    second["criteria"][0]["statements"][0]["answerable_by"] = serde_json::Value::Null;
    assert_eq!(
        QuestionSet::from_shape_lines(&write(&second).unwrap()).unwrap(),
        QuestionSet::from_json(&second.to_string()).unwrap()
    );
}

#[test]
fn damaged_shape_lines_are_refused_with_their_reason() {
    let good = shape::BUILT_IN_LINES;
    assert!(QuestionSet::from_shape_lines(good).is_ok());
    let cases = [
        (String::new(), "first line"),
        (
            good.replacen(" 3\n", " three\n", 1),
            "edition is not a number",
        ),
        (good.lines().next().unwrap().to_string(), "no stages"),
        (good.replacen(":2", ":two", 1), "has no edition"),
        (good.replacen(":2:-n", ":2:-n:x", 1), "too many fields"),
        (good.replacen(":2:-n", ":2:fx-n", 1), "not who can answer"),
    ];
    for (text, reason) in cases {
        assert_ne!(text, good, "{reason}: the case no longer changes the lines");
        let error = QuestionSet::from_shape_lines(&text).unwrap_err();
        assert!(
            error.to_string().contains(reason),
            "{text:?}: {error} does not say {reason:?}"
        );
    }
    // Read, but not a valid set: the set's own checks still run.
    let one_criterion_fewer: String = good.lines().take(7).collect::<Vec<_>>().join("\n");
    assert!(matches!(
        QuestionSet::from_shape_lines(&one_criterion_fewer),
        Err(SetError::WrongCriteria { .. })
    ));
}

#[test]
fn answer_codes_round_trip() {
    for answer in Answer::ALL {
        let code = u8::from(answer);
        assert_eq!(Answer::try_from(code), Ok(answer));
    }
    assert!(Answer::try_from(6).is_err());
    assert!(Answer::try_from(7).is_err());
}

/// A question set of `criteria` criteria of `statements` statements each, under an id of
/// its own (an organisation's set).
pub(crate) fn own_set(criteria: usize, statements: usize) -> QuestionSet {
    QuestionSet {
        id: "our-own-set".into(),
        edition: 1,
        stages: built_in_set().stages.clone(),
        criteria: (1..=criteria)
            .map(|c| Criterion {
                id: format!("area{c}"),
                statements: (1..=statements)
                    .map(|n| Statement {
                        id: format!("area{c}-{n}"),
                        since: 1,
                        answerable_by: None,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Words for `own_set(criteria, statements)`, every text filled in.
pub(crate) fn own_texts(criteria: usize, statements: usize) -> QuestionTexts {
    let base = english();
    QuestionTexts {
        stages: base.stages.clone(),
        all_strengths: base.all_strengths.clone(),
        criteria: (1..=criteria)
            .map(|c| CriterionText {
                id: format!("area{c}"),
                name: format!("Area {c}"),
                meaning: format!("What area {c} means."),
                statements: (1..=statements)
                    .map(|n| StatementText {
                        id: format!("area{c}-{n}"),
                        text: format!("Statement {n} of area {c}."),
                        hint: None,
                        action: Action::same_for_everyone(format!("Action {n} of area {c}.")),
                    })
                    .collect(),
                guidance: base.criteria[0].guidance.clone(),
                discussion: vec![format!("A question about area {c}?")],
            })
            .collect(),
    }
}

#[test]
fn a_question_set_may_have_3_to_10_criteria_of_4_to_10_statements() {
    for (criteria, statements) in [(3, 4), (6, 7), (10, 10)] {
        let set = own_set(criteria, statements);
        assert_eq!(set.validate(), Ok(()), "{criteria} x {statements}");
        assert_eq!(own_texts(criteria, statements).validate(), Ok(()));
    }
    for (criteria, statements) in [(2, 5), (11, 5), (6, 3), (6, 11)] {
        assert!(
            own_set(criteria, statements).validate().is_err(),
            "{criteria} x {statements}"
        );
    }
    // Criterion ids are distinct, and only the built-in set is held to the six in order.
    let mut twice = own_set(4, 5);
    twice.criteria[1].id = twice.criteria[0].id.clone();
    assert!(matches!(
        twice.validate(),
        Err(SetError::WrongCriteria { .. })
    ));
}

#[test]
fn the_time_and_section_sizes_come_from_the_edition() {
    let set = built_in_set();
    assert_eq!(
        set.minutes_to_answer(),
        7,
        "40 statements at 10 seconds: 6.7 minutes"
    );
    assert_eq!(set.section_sizes(), (6, 7));
    let second = built_in_edition(2).unwrap();
    assert_eq!(
        second.minutes_to_answer(),
        6,
        "the second edition said about 6"
    );
    assert_eq!(second.section_sizes(), (5, 6));
    assert_eq!(own_set(3, 4).minutes_to_answer(), 2);
    // The guide gives the edition's figure too.
    let guide = &crate::questions::content::Content::english().guide;
    let how = guide.sections[1].paragraphs[0].as_str();
    assert!(how.contains("about 7 minutes"), "{how}");
}
