//! Tests of `compare` (compare.rs), kept beside it so the module itself stays short.

use super::*;
use crate::formats::snapshot::Snapshot;

/// The comparison of these results as their links give them (as the page makes it).
fn compare(set: &QuestionSet, snapshots: &[Snapshot]) -> Comparison {
    crate::formats::comparison_link::compare_links(set, snapshots)
}

fn mean_overall(snapshots: &[Snapshot]) -> Option<u8> {
    let responses: Vec<Response> = snapshots.iter().map(Snapshot::response).collect();
    super::mean_overall(&responses)
}
use crate::formats::comparison_link::*;
use crate::formats::route::code_in_compare_fragment;
use crate::formats::snapshot::CriterionSnapshot;
use crate::formats::snapshot::SnapshotError;
use crate::questions::content::Content;
use crate::questions::set::built_in_set;
use crate::text::calendar::Day;
use crate::text::numbers::thousands;
use crate::words::comparison::*;
use crate::words::problems::{unread_message, Worded};

fn en() -> &'static Content {
    Content::english()
}

/// A response with the given scores (`None` = not enough answers, with 3 "don't know").
fn response(label: &str, scores: [Option<u8>; 6]) -> Snapshot {
    Snapshot {
        set_id: "partnership-readiness".into(),
        set_edition: 1,
        day: Day(20_780),
        label: label.into(),
        stage: None,
        role: None,
        question_set: None,
        disagreement: None,
        overall: scores.iter().flatten().next().copied(),
        criteria: scores
            .iter()
            .map(|score| CriterionSnapshot {
                score: *score,
                statements: 5,
                answered: 5,
                dont_know: if score.is_some() { 0 } else { 3 },
            })
            .collect(),
    }
}

#[test]
fn statistics_per_criterion() {
    let set = built_in_set();
    let responses = [
        response(
            "A",
            [Some(80), Some(50), Some(20), None, Some(60), Some(40)],
        ),
        response(
            "B",
            [Some(70), Some(90), Some(20), None, Some(60), Some(10)],
        ),
        response(
            "C",
            [Some(75), Some(10), Some(50), Some(40), Some(60), None],
        ),
    ];
    let comparison = compare(set, &responses);
    let commitment = &comparison.criteria[0];
    assert_eq!(commitment.scored, 3);
    assert_eq!(commitment.rounded_mean(), Some(75));
    assert_eq!(
        (commitment.lowest, commitment.highest),
        (Some(70), Some(80))
    );
    assert_eq!(commitment.spread(), Some(10));
    // Trust: only one response could score it, so there is no spread to speak of.
    let trust = &comparison.criteria[3];
    assert_eq!((trust.scored, trust.spread()), (1, None));
    assert_eq!(trust.rounded_mean(), Some(40));
    assert!(trust.knowledge_gap, "two of three mostly chose don't know");
    // Conflict: two scores.
    assert_eq!(comparison.criteria[5].spread(), Some(30));
    assert_eq!(comparison.criteria[5].rounded_mean(), Some(25));
    // Clarity 80 apart, then coordination and conflict both 30 apart: conflict's mean (25)
    // is lower than coordination's (30), so it comes first.
    assert_eq!(comparison.talk_first, vec![1, 5]);
    assert_eq!(comparison.knowledge_gaps, vec![3]);
}

#[test]
fn equal_spreads_and_equal_means_fall_back_to_criterion_order() {
    let set = built_in_set();
    let responses = [
        response(
            "",
            [Some(50), Some(50), Some(40), Some(40), Some(50), Some(50)],
        ),
        response(
            "",
            [Some(70), Some(70), Some(60), Some(60), Some(50), Some(50)],
        ),
    ];
    let comparison = compare(set, &responses);
    // Coordination and trust (mean 50) before commitment and clarity (mean 60).
    assert_eq!(comparison.talk_first, vec![2, 3]);
}

/// R11: two partners one answer step apart on one statement (75 and 71) are close, not a
/// difference to talk about first; 20 points apart is.
#[test]
fn r11_views_one_answer_step_apart_are_close_not_talk_about_first() {
    let set = built_in_set();
    let mut near = [Some(75); 6];
    near[0] = Some(71);
    let comparison = compare(set, &[response("a", [Some(75); 6]), response("b", near)]);
    assert_eq!(comparison.criteria[0].spread(), Some(4));
    assert!(comparison.talk_first.is_empty(), "4 points is close");
    near[0] = Some(56);
    let comparison = compare(set, &[response("a", [Some(75); 6]), response("b", near)]);
    assert!(comparison.talk_first.is_empty(), "19 points is still close");
    near[0] = Some(55);
    let comparison = compare(set, &[response("a", [Some(75); 6]), response("b", near)]);
    assert_eq!(
        comparison.talk_first,
        vec![0],
        "20 points is a real difference"
    );
}

#[test]
fn agreement_everywhere_names_nothing_to_talk_about_first() {
    let set = built_in_set();
    let same = response("", [Some(50); 6]);
    let comparison = compare(
        set,
        &[
            same.clone(),
            Snapshot {
                label: "x".into(),
                ..same
            },
        ],
    );
    assert!(comparison.talk_first.is_empty());
    assert!(compare(set, &[]).talk_first.is_empty());
}

#[test]
fn stages_and_editions_of_the_responses_are_told() {
    let set = built_in_set();
    let first = response("First edition", [Some(60); 6]);
    let second = |label: &str, stage| Snapshot {
        set_edition: 2,
        stage,
        ..response(label, [Some(60); 6])
    };
    let same = compare(
        set,
        &[
            second("A", Some(Stage::FirstYear)),
            second("B", Some(Stage::FirstYear)),
            second("C", None),
        ],
    );
    assert_eq!(same.stages, [Stage::FirstYear]);
    assert!(!same.mixed_editions);
    let differ = compare(
        set,
        &[
            second("A", Some(Stage::Established)),
            first.clone(),
            second("B", Some(Stage::Forming)),
        ],
    );
    assert_eq!(differ.stages, [Stage::Forming, Stage::Established]);
    assert!(differ.mixed_editions);
    // First-edition links are accepted beside second-edition ones.
    let mut responses = vec![second("A", None)];
    let added = add_entries(set, &mut responses, [first.encode().as_str()]);
    assert!(added.rejected.is_empty(), "{added:?}");
    assert_eq!(responses.len(), 2);
}

#[test]
fn links_whose_hash_mail_security_encoded_are_read_as_they_were() {
    let set = built_in_set();
    let a = response("A", [Some(60); 6]);
    let b = response("B", [Some(40); 6]);
    let c = response("C", [Some(20); 6]);
    let pasted = [
        format!("https://example.org/readiness/%23result={}", a.encode()),
        format!("https://example.org/?lang=cy%2523result={}", b.encode()),
        format!(
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org%2F%2523result%3D{}&data=05%7C02",
            c.encode()
        ),
    ];
    let mut responses = Vec::new();
    let added = add_entries(set, &mut responses, pasted.iter().map(String::as_str));
    assert!(added.rejected.is_empty(), "{added:?}");
    assert_eq!(responses, vec![a, b, c]);
}

#[test]
fn pasted_links_are_read_and_problems_named_by_line() {
    let set = built_in_set();
    let a = response("A", [Some(60); 6]);
    let b = response("B", [Some(40); 6]);
    let newer = Snapshot {
        set_edition: set.edition() as u8 + 1,
        ..response("C", [Some(40); 6])
    };
    let pasted = [
        format!("https://example.org/readiness/?x=1#result={}", a.encode()),
        String::new(),
        format!("  #result={}  ", b.encode()),
        a.encode(),
        newer.encode(),
        "https://example.org/#result=AQEB".to_string(),
    ];
    let pasted: Vec<&str> = pasted.iter().map(String::as_str).collect();
    let mut responses = Vec::new();
    let rejected = add_entries(set, &mut responses, pasted.iter().copied()).rejected;
    assert_eq!(responses, vec![a, b]);
    let problems: Vec<(usize, EntryProblem)> = rejected
        .iter()
        .map(|r| (r.line, r.problem.clone()))
        .collect();
    assert_eq!(
        problems,
        vec![
            (4, EntryProblem::Duplicate(1)),
            (5, EntryProblem::OtherVersion),
            (6, EntryProblem::Unreadable(SnapshotError::Truncated)),
        ]
    );
    assert!(rejected[2]
        .excerpt
        .starts_with("https://example.org/#result=AQEB"));
}

#[test]
fn the_chart_keeps_each_response_in_its_place() {
    let set = built_in_set();
    let responses = [response("A", [Some(80); 6]), response("", [Some(40); 6])];
    let comparison = compare(set, &responses);
    let shown = chart(
        en(),
        &responses,
        &comparison,
        &[false, true],
        ChartView::Responses,
        "c",
    );
    assert_eq!(shown.series.len(), 3);
    assert_eq!(shown.series[0].values[0], Some(60.0));
    assert_eq!(
        shown.series[1].values,
        vec![None; 6],
        "A is hidden but keeps its place"
    );
    assert_eq!(shown.series[2].values[0], Some(40.0));
    assert!(shown.description.contains("Response 2: Commitment 40"));
    assert!(!shown.description.contains("A: "));
    let group = chart(
        en(),
        &responses,
        &comparison,
        &[true, true],
        ChartView::Group,
        "c",
    );
    assert_eq!(group.series[1].values[0], Some(40.0));
    assert_eq!(group.series[2].values[0], Some(80.0));
    assert_eq!(
        summary_lines(en(), &comparison)[0],
        "Commitment: mean 60, from 40 to 80"
    );
}

#[test]
fn no_more_than_twelve() {
    let set = built_in_set();
    let many: Vec<String> = (0..14u8)
        .map(|n| response("", [Some(n * 5); 6]).encode())
        .collect();
    let pasted: Vec<&str> = many.iter().map(String::as_str).collect();
    let mut responses = Vec::new();
    let rejected = add_entries(set, &mut responses, pasted.iter().copied()).rejected;
    assert_eq!(responses.len(), MAX_RESPONSES);
    assert_eq!(rejected.len(), 2);
    assert!(rejected.iter().all(|r| r.problem == EntryProblem::TooMany));
}

#[test]
fn a_comparison_link_round_trips() {
    let set = built_in_set();
    let responses = vec![response("A", [Some(60); 6]), response("", [Some(40); 6])];
    let code = encode_comparison(&responses);
    assert_eq!(
        code_in_compare_fragment(&format!("#compare={code}")),
        Some(code.as_str())
    );
    let mut back = Vec::new();
    assert_eq!(
        add_entries(set, &mut back, comparison_entries(&code)),
        Added::default()
    );
    assert_eq!(back, responses);
    assert_eq!(display_name(en(), &back, 1), "Response 2");
    assert_eq!(
        add_entries(set, &mut Vec::new(), comparison_entries("")),
        Added::default()
    );
}

#[test]
fn a_million_entries_are_counted_not_read() {
    let set = built_in_set();
    let one = response("A", [Some(60); 6]).encode();
    // About 2 MB: one real code, then a million two-character entries.
    let code = format!("{one}{}", ".AA".repeat(1_000_000));
    let mut responses = Vec::new();
    let added = add_entries(set, &mut responses, comparison_entries(&code));
    assert_eq!(responses.len(), 1);
    assert_eq!(added.rejected.len(), MAX_ENTRIES_READ - 1);
    assert_eq!(added.unread, 1_000_001 - MAX_ENTRIES_READ);
    assert_eq!(
        unread_message(en(), 9_988).unwrap(),
        "And 9,988 more lines were not read: only the first 24 are, since at most 12 results can be compared."
    );
    assert_eq!(unread_message(en(), 0), None);
    assert_eq!(
        unread_message(en(), 1).unwrap(),
        "And 1 more line was not read: only the first 24 are, since at most 12 results can be compared."
    );
}

#[test]
fn ten_thousand_pasted_lines_are_summarised() {
    let set = built_in_set();
    let lines: Vec<String> = (0..10_000u32)
        .map(|n| format!("https://example.org/#result=line{n}"))
        .collect();
    let mut responses = Vec::new();
    let added = add_entries(set, &mut responses, lines.iter().map(String::as_str));
    assert_eq!(added.rejected.len(), MAX_ENTRIES_READ);
    assert_eq!(added.rejected.last().unwrap().line, MAX_ENTRIES_READ);
    assert_eq!(added.unread, 10_000 - MAX_ENTRIES_READ);
    assert_eq!(thousands(1_000_000), "1,000,000");
    assert_eq!(thousands(999), "999");
}

#[test]
fn the_mean_overall_score_leaves_out_responses_without_one() {
    let set = built_in_set();
    let mut without = response("C", [None; 6]);
    without.overall = None;
    let responses = [
        response("A", [Some(60); 6]),
        response("B", [Some(45); 6]),
        without,
    ];
    // (60 + 45) / 2 = 52.5, rounded half away from zero.
    assert_eq!(mean_overall(&responses), Some(53));
    assert_eq!(compare(set, &responses).overall_mean, Some(53));
    assert_eq!(mean_overall(&responses[2..]), None);
    assert_eq!(mean_overall(&[]), None);
}

#[test]
fn too_few_responses_to_hide_among_are_always_told() {
    let set = built_in_set();
    let few: Vec<Snapshot> = (0..MIN_FOR_ANONYMITY - 1)
        .map(|n| response("", [Some(10 * n as u8); 6]))
        .collect();
    let comparison = compare(set, &few);
    let warning = Some(PrivacyNote::FewResponses(MIN_FOR_ANONYMITY - 1));
    assert_eq!(comparison.privacy_note(false), warning);
    assert_eq!(
        comparison.privacy_note(true),
        warning,
        "even in the group view"
    );
    let enough: Vec<Snapshot> = (0..MIN_FOR_ANONYMITY)
        .map(|n| response("", [Some(10 * n as u8); 6]))
        .collect();
    let comparison = compare(set, &enough);
    assert_eq!(comparison.privacy_note(false), None);
    assert_eq!(comparison.privacy_note(true), Some(PrivacyNote::GroupView));
    assert_eq!(
        PrivacyNote::FewResponses(1).message(en()),
        "With only 1 response, anyone who knows who took part may be able to tell whose scores are whose, even in the group view."
    );
    assert!(PrivacyNote::FewResponses(2)
        .message(en())
        .starts_with("With only 2 responses,"));
    assert!(compare(set, &few).has_several());
    assert!(!compare(set, &few[..1]).has_several());
}

#[test]
fn the_legend_tells_each_response_apart() {
    let first = Snapshot {
        stage: Some(Stage::Forming),
        ..response("A", [Some(60); 6])
    };
    assert_eq!(
        legend_details(en(), &first),
        " \u{b7} 23 November 2026 \u{b7} overall 60 \u{b7} still forming (not yet working together) \u{b7} first edition"
    );
    let second = Snapshot {
        set_edition: 2,
        overall: None,
        ..response("B", [None; 6])
    };
    assert_eq!(
        legend_details(en(), &second),
        " \u{b7} 23 November 2026 \u{b7} no overall score \u{b7} second edition"
    );
    let third = Snapshot {
        set_edition: 3,
        overall: None,
        role: Some(crate::questions::role::Role::Lead),
        ..response("C", [None; 6])
    };
    assert_eq!(
        legend_details(en(), &third),
        " \u{b7} 23 November 2026 \u{b7} no overall score",
        "this edition is not named, and a role is never named beside one response"
    );
    // The in-sentence stage names are the questionnaire's, as a sentence writes them.
    for stage in Stage::ALL {
        assert_eq!(
            stage_in_sentence(en(), stage),
            en().questions.stage(stage).name.to_lowercase()
        );
    }
}

#[test]
fn problems_and_charts_are_worded() {
    assert_eq!(
        EntryProblem::Duplicate(2).message(en()),
        "The same link as response 2, so it was not added twice."
    );
    assert_eq!(
        EntryProblem::TooMany.message(en()),
        "Only 12 results can be compared at once, so this one was left out."
    );
    assert_eq!(
        EntryProblem::Unreadable(SnapshotError::Empty).message(en()),
        SnapshotError::Empty.message(en())
    );
    let set = built_in_set();
    let responses = [response("A", [Some(80); 6]), response("", [Some(40); 6])];
    let comparison = compare(set, &responses);
    let shown = chart(
        en(),
        &responses,
        &comparison,
        &[true, true],
        ChartView::Responses,
        "c",
    );
    assert_eq!(
        shown.title,
        "Radar chart comparing 2 responses, with their mean"
    );
    assert!(
        shown
            .description
            .starts_with("Mean of 2 responses: Commitment 60, Clarity of purpose 60,"),
        "{}",
        shown.description
    );
    let group = chart(
        en(),
        &responses,
        &comparison,
        &[true, true],
        ChartView::Group,
        "c",
    );
    assert!(
        group.description.contains(" Lowest: Commitment 40,"),
        "{}",
        group.description
    );
    assert!(
        group.description.contains(". Highest: Commitment 80,"),
        "{}",
        group.description
    );
    let one = compare(set, &responses[..1]);
    let single = chart(
        en(),
        &responses[..1],
        &one,
        &[true],
        ChartView::Responses,
        "c",
    );
    assert_eq!(
        single.title,
        "Radar chart comparing 1 response, with their mean"
    );
    assert!(single.description.starts_with("Mean of 1 response: "));
    assert_eq!(
        summary_lines(en(), &one)[0],
        "Commitment: 80 (one response)"
    );
    let gaps = compare(set, &[response("", [None; 6])]);
    assert_eq!(summary_lines(en(), &gaps)[0], "Commitment: no scores");
    assert!(chart(
        en(),
        &responses[..1],
        &gaps,
        &[true],
        ChartView::Responses,
        "c"
    )
    .description
    .contains("Commitment no score"));
}

/// A third-edition response of `role` with every criterion at `score`.
fn by(role: Option<crate::questions::role::Role>, score: u8) -> Snapshot {
    Snapshot {
        set_edition: 3,
        role,
        ..response("", [Some(score); 6])
    }
}

/// One response of each of `roles`, every criterion at 50.
fn comparison_of_roles(roles: &[crate::questions::role::Role]) -> Vec<Snapshot> {
    roles.iter().map(|role| by(Some(*role), 50)).collect()
}

/// Three leads (80, 70, 61) and two frontline staff (30, 40).
fn three_leads_and_two_frontline() -> [Snapshot; 5] {
    use crate::questions::role::Role;
    [
        by(Some(Role::Lead), 80),
        by(Some(Role::Lead), 70),
        by(Some(Role::Lead), 61),
        by(Some(Role::Frontline), 30),
        by(Some(Role::Frontline), 40),
    ]
}

#[test]
fn a_role_is_shown_only_when_three_or_more_responses_share_it() {
    use crate::questions::role::Role;
    let set = built_in_set();
    let mut snapshots = three_leads_and_two_frontline().to_vec();
    snapshots.push(by(None, 50));
    let comparison = compare(set, &snapshots);
    assert_eq!(comparison.without_role, 1);
    assert_eq!(comparison.roles.len(), 2);
    let leads = &comparison.roles[0];
    assert_eq!((leads.role, leads.responses), (Role::Lead, 3));
    let view = leads.view.as_ref().expect("three leads are shown");
    assert_eq!(view.criteria, vec![Some(70); 6]); // (80 + 70 + 61) / 3 = 70.3
    assert_eq!(view.overall_mean, Some(70));
    let frontline = &comparison.roles[1];
    assert_eq!((frontline.role, frontline.responses), (Role::Frontline, 2));
    assert_eq!(frontline.view, None, "two frontline responses are withheld");
    // A criterion only one lead could score shows no figure for the leads: it would be theirs.
    let mut few_scored = three_leads_and_two_frontline();
    for lead in &mut few_scored[1..3] {
        lead.criteria[3].score = None;
        lead.overall = None;
    }
    let comparison = compare(set, &few_scored);
    let view = comparison.roles[0].view.as_ref().unwrap();
    assert_eq!(view.criteria[3], None, "one lead scored Trust");
    assert_eq!(view.criteria[0], Some(70));
    assert_eq!(view.overall_mean, None, "one lead has an overall figure");
    // No role given by anyone: no groups.
    let none = compare(set, &[by(None, 50), by(None, 60)]);
    assert!(none.roles.is_empty());
    assert_eq!(none.without_role, 2);
}

#[test]
fn the_by_role_words_show_a_group_and_say_why_another_is_withheld() {
    use crate::questions::role::Role;
    let set = built_in_set();
    let snapshots = three_leads_and_two_frontline();
    let comparison = compare(set, &snapshots);
    let lines = role_lines(en(), &comparison);
    assert_eq!(lines.len(), 1, "only the leads are shown");
    assert_eq!(lines[0].role, "Partnership lead or coordinator");
    assert_eq!(lines[0].count, "3 responses");
    assert_eq!(lines[0].figures[0], "Commitment: 70");
    assert_eq!(lines[0].overall, "Overall 70");
    assert_eq!(
        roles_withheld(en(), &comparison).as_deref(),
        Some("Not shown: Frontline staff. Fewer than 3 people gave this role, so their answers could be picked out.")
    );
    // One response, or two of one role: no role is named, only the reason.
    for few in [
        &comparison_of_roles(&[Role::Lead])[..],
        &comparison_of_roles(&[Role::Board, Role::Board])[..],
    ] {
        let comparison = compare(set, few);
        assert!(role_lines(en(), &comparison).is_empty());
        let why = roles_withheld(en(), &comparison).unwrap();
        assert!(
            why.starts_with("No role was given by 3 or more people"),
            "{why}"
        );
        assert!(
            !why.contains("Partnership lead") && !why.contains("Board"),
            "{why}"
        );
    }
}
