//! Comparing several partners' snapshots of the same partnership: reading a pasted list of
//! links, the statistics per criterion, which criteria to talk about first, and knowledge gaps.

use std::borrow::Cow;

use crate::assess::scoring::round_score;
use crate::formats::address::fragment_of;
use crate::formats::snapshot::{code_in_fragment, Snapshot, SnapshotError};
use crate::questions::questionnaire::{rules_of_edition, Questionnaire, Stage};
use crate::text::content::Content;
use crate::util::order::sort_small_by;
use crate::words::radar::{RadarChart, RadarSeries};

/// The most snapshots one comparison takes (a legend of twelve is already a lot to read).
pub const MAX_RESPONSES: usize = 12;
/// The fragment key of a comparison link: `#compare=<code>.<code>...`.
pub const FRAGMENT_KEY: &str = "compare";
/// Separates codes in a comparison link; base64url never uses it.
const SEPARATOR: char = '.';
/// With fewer responses than this, anyone who knows who took part may tell whose scores are
/// whose, even in the group view: the page says so, and the facilitator's guide asks for three
/// people from each partner.
pub const MIN_FOR_ANONYMITY: usize = 3;
/// With fewer scores than this there is nobody to differ from: no spread, no "talk about these
/// first".
pub const MIN_TO_COMPARE: usize = 2;
/// How many criteria "talk about these first" names at most.
const TALK_FIRST: usize = 2;

/// Why one pasted entry was not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryProblem {
    Unreadable(SnapshotError),
    /// The same link as response `n` (1-based).
    Duplicate(usize),
    /// Made with a questionnaire (or a later edition of it) this build cannot show.
    OtherVersion,
    /// Over the limit of `MAX_RESPONSES`.
    TooMany,
}

impl EntryProblem {
    /// A short name for the kind of problem (the page's data attributes and tests use it).
    pub fn key(&self) -> &'static str {
        match self {
            EntryProblem::Unreadable(error) => error.key(),
            EntryProblem::Duplicate(_) => "duplicate",
            EntryProblem::OtherVersion => "other-version",
            EntryProblem::TooMany => "too-many",
        }
    }

    /// What the person reads, in the content's language.
    pub fn message(&self, content: &Content) -> String {
        match self {
            EntryProblem::Unreadable(error) => error.message(content),
            EntryProblem::Duplicate(n) => {
                content.format("compare-problem-duplicate", &[("response", (*n).into())])
            }
            EntryProblem::OtherVersion => content.text("compare-problem-other-version"),
            EntryProblem::TooMany => {
                content.format("compare-problem-too-many", &[("max", MAX_RESPONSES.into())])
            }
        }
    }
}

/// One entry of a pasted list that could not be added, with where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// 1-based line (or position in a comparison link).
    pub line: usize,
    /// The start of what was pasted, to recognise it by.
    pub excerpt: String,
    pub problem: EntryProblem,
}

/// The snapshot code in one pasted entry: a whole link, a `#result=` fragment, or a bare code.
/// A link whose `#` mail security rewrote as `%23` (or `%2523`) is read as the link it was.
pub fn code_in_entry(entry: &str) -> Cow<'_, str> {
    let entry = entry.trim();
    match fragment_of(entry) {
        Some(Cow::Borrowed(fragment)) => {
            Cow::Borrowed(code_in_fragment(fragment).unwrap_or(fragment))
        }
        Some(Cow::Owned(fragment)) => {
            Cow::Owned(code_in_fragment(&fragment).map_or_else(|| fragment.clone(), str::to_string))
        }
        None => Cow::Borrowed(code_in_fragment(entry).unwrap_or(entry)),
    }
}

fn excerpt(entry: &str) -> String {
    let entry = entry.trim();
    let short: String = entry.chars().take(48).collect();
    if short.len() < entry.len() {
        format!("{short}\u{2026}")
    } else {
        short
    }
}

/// How far one paste or comparison link is read: twice what a comparison holds leaves room for
/// mistakes and repeats, and anything after it is counted, not read, so a link or paste of a
/// million entries opens as quickly as one of three.
pub const MAX_ENTRIES_READ: usize = 2 * MAX_RESPONSES;

/// What came of adding a list of entries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Added {
    /// The entries that could not be added, and why.
    pub rejected: Vec<Rejected>,
    /// Non-blank entries after the first `MAX_ENTRIES_READ`, which were not read at all.
    pub unread: usize,
}

/// Adds the links in `entries` (one per pasted line, or the parts of a comparison link) to
/// `responses`, which may already hold some. Blank entries are skipped; at most
/// `MAX_ENTRIES_READ` entries are read, and the rest only counted.
pub fn add_entries<'a>(
    bank: &Questionnaire,
    responses: &mut Vec<Snapshot>,
    entries: impl IntoIterator<Item = &'a str>,
) -> Added {
    let mut added = Added::default();
    let mut entries = entries
        .into_iter()
        .enumerate()
        .filter(|(_, entry)| !entry.trim().is_empty());
    for (index, entry) in entries.by_ref().take(MAX_ENTRIES_READ) {
        let reject = |problem| Rejected {
            line: index + 1,
            excerpt: excerpt(entry),
            problem,
        };
        let snapshot = match Snapshot::decode(&code_in_entry(entry)) {
            Ok(snapshot) => snapshot,
            Err(error) => {
                added.rejected.push(reject(EntryProblem::Unreadable(error)));
                continue;
            }
        };
        if !snapshot.fits(bank) {
            added.rejected.push(reject(EntryProblem::OtherVersion));
        } else if let Some(earlier) = responses.iter().position(|r| *r == snapshot) {
            added
                .rejected
                .push(reject(EntryProblem::Duplicate(earlier + 1)));
        } else if responses.len() >= MAX_RESPONSES {
            added.rejected.push(reject(EntryProblem::TooMany));
        } else {
            responses.push(snapshot);
        }
    }
    added.unread = entries.count();
    added
}

/// The summary of entries left unread: "And 9,988 more lines were not read …".
pub fn unread_message(content: &Content, unread: usize) -> Option<String> {
    (unread > 0).then(|| {
        content.format(
            "compare-unread",
            &[
                ("count", unread.into()),
                ("lines", thousands(unread).as_str().into()),
                ("read", MAX_ENTRIES_READ.into()),
                ("max", MAX_RESPONSES.into()),
            ],
        )
    })
}

/// 9988 -> "9,988".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// The code of a comparison link (without `#compare=`).
pub fn encode_comparison(responses: &[Snapshot]) -> String {
    responses
        .iter()
        .map(Snapshot::encode)
        .collect::<Vec<_>>()
        .join(&SEPARATOR.to_string())
}

/// The entries of a comparison link's code, for `add_entries` (read lazily: a hostile link may
/// hold a million of them).
pub fn comparison_entries(code: &str) -> impl Iterator<Item = &str> {
    code.split(SEPARATOR)
}

/// The code of a `#compare=...` fragment, if it is one.
pub fn code_in_compare_fragment(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .strip_prefix(FRAGMENT_KEY)
        .and_then(|rest| rest.strip_prefix('='))
}

/// "Response 3" when the person gave no name.
pub fn display_name(content: &Content, responses: &[Snapshot], index: usize) -> String {
    let label = &responses[index].label;
    if label.is_empty() {
        content.format(
            "compare-response-unnamed",
            &[("number", (index + 1).into())],
        )
    } else {
        label.clone()
    }
}

/// A stage as the comparison names it inside a sentence ("still forming (not yet working
/// together)"), in the content's language.
pub fn stage_in_sentence(content: &Content, stage: Stage) -> String {
    content.text(&format!("compare-stage-{}", stage.id()))
}

/// What the legend says after a response's name: " · 23 November 2026 · overall 60 · still
/// forming (not yet working together) · first edition" (the stage and edition only when known and
/// first).
pub fn legend_details(content: &Content, snapshot: &Snapshot) -> String {
    let mut details = vec![
        snapshot.day.long(content),
        match snapshot.overall {
            Some(score) => content.format("compare-legend-overall", &[("score", score.into())]),
            None => content.text("compare-legend-no-overall"),
        },
    ];
    if let Some(stage) = snapshot.stage {
        details.push(stage_in_sentence(content, stage));
    }
    if snapshot.edition() == 1 {
        details.push(content.text("compare-legend-first-edition"));
    }
    let separator = content.text("compare-legend-separator");
    format!("{separator}{}", details.join(&separator))
}

/// How the responses see one criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionSpread {
    pub criterion: usize,
    /// Responses with enough answers to score this criterion.
    pub scored: usize,
    pub mean: Option<f64>,
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
    /// Whether most responses answered "don't know" to most of its statements.
    pub knowledge_gap: bool,
    /// Responses holding a strong disagreement here (R1): a high mean can hide one partner's
    /// "Strongly disagree", so the page and picture name it.
    pub strongly_disagreed: usize,
}

impl CriterionSpread {
    /// Highest minus lowest; `None` with fewer than two scores (nothing to compare).
    pub fn spread(&self) -> Option<u8> {
        match (self.lowest, self.highest) {
            (Some(low), Some(high)) if self.scored >= MIN_TO_COMPARE => Some(high - low),
            _ => None,
        }
    }

    pub fn rounded_mean(&self) -> Option<u8> {
        self.mean.map(round_score)
    }
}

/// The figures of a comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub responses: usize,
    pub criteria: Vec<CriterionSpread>,
    /// Criteria with the widest spread, widest first: "talk about these first".
    pub talk_first: Vec<usize>,
    /// The spread from which a difference is worth talking about first (the set's rules).
    pub talk_first_spread: u8,
    pub knowledge_gaps: Vec<usize>,
    /// The stages the responses placed the partnership at, earliest first, each once (those
    /// that did not say are left out). More than one is itself worth talking about.
    pub stages: Vec<Stage>,
    /// First-edition results are among second-edition ones: the six criteria are the same, but
    /// the statements behind them differ.
    pub mixed_editions: bool,
    /// The mean of the responses' overall scores, rounded (those without one are left out).
    pub overall_mean: Option<u8>,
    /// Criteria where at least one response holds a strong disagreement, in questionnaire order.
    pub disagreements: Vec<usize>,
    /// Responses whose links were made before links carried disagreements (tag 5), so are not
    /// counted in `strongly_disagreed`.
    pub without_disagreement_info: usize,
}

/// What the page says about telling people apart, above the legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivacyNote {
    /// Fewer responses than `MIN_FOR_ANONYMITY`: whose scores are whose may be guessed.
    FewResponses(usize),
    /// The group view is on: individual results are hidden.
    GroupView,
}

impl PrivacyNote {
    pub fn message(&self, content: &Content) -> String {
        match self {
            PrivacyNote::FewResponses(count) => {
                content.format("compare-privacy-few", &[("count", (*count).into())])
            }
            PrivacyNote::GroupView => content.text("compare-privacy-group-view"),
        }
    }
}

impl Comparison {
    /// Whether there are enough responses for differences between them to mean anything.
    pub fn has_several(&self) -> bool {
        self.responses >= MIN_TO_COMPARE
    }

    /// Whether partners placed the partnership at more than one stage.
    pub fn stages_differ(&self) -> bool {
        self.stages.len() > 1
    }

    /// The note on anonymity: a warning while there are too few responses to hide among (even
    /// in the group view), otherwise what the group view hides when it is on.
    pub fn privacy_note(&self, group_view: bool) -> Option<PrivacyNote> {
        if self.responses < MIN_FOR_ANONYMITY {
            Some(PrivacyNote::FewResponses(self.responses))
        } else if group_view {
            Some(PrivacyNote::GroupView)
        } else {
            None
        }
    }
}

/// The mean of the overall scores of `responses` that have one, rounded.
pub fn mean_overall(responses: &[Snapshot]) -> Option<u8> {
    let scores: Vec<f64> = responses
        .iter()
        .filter_map(|s| s.overall)
        .map(f64::from)
        .collect();
    (!scores.is_empty()).then(|| round_score(scores.iter().sum::<f64>() / scores.len() as f64))
}

/// Compares `responses` (all of the same questionnaire, as `add_entries` ensures).
pub fn compare(bank: &Questionnaire, responses: &[Snapshot]) -> Comparison {
    let rules = rules_of_edition(bank.version);
    let assessments: Vec<_> = responses.iter().map(Snapshot::assessment).collect();
    let criteria: Vec<CriterionSpread> = (0..bank.criteria.len())
        .map(|criterion| {
            let scores: Vec<u8> = responses
                .iter()
                .filter_map(|r| r.criteria.get(criterion).and_then(|c| c.score))
                .collect();
            let mostly_dont_know = responses
                .iter()
                .filter(|r| {
                    r.criteria
                        .get(criterion)
                        .is_some_and(|c| c.dont_know * 2 > c.statements)
                })
                .count();
            CriterionSpread {
                criterion,
                scored: scores.len(),
                mean: (!scores.is_empty()).then(|| {
                    scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64
                }),
                lowest: scores.iter().min().copied(),
                highest: scores.iter().max().copied(),
                knowledge_gap: !responses.is_empty() && mostly_dont_know * 2 > responses.len(),
                strongly_disagreed: assessments
                    .iter()
                    .filter(|a| {
                        criterion < a.criteria.len()
                            && a.strong_disagreement(criterion) == Some(true)
                    })
                    .count(),
            }
        })
        .collect();
    let mut stages: Vec<Stage> = Vec::new();
    for stage in Stage::ALL {
        if responses.iter().any(|r| r.stage == Some(stage)) {
            stages.push(stage);
        }
    }
    let mixed_editions = responses
        .windows(2)
        .any(|pair| pair[0].edition() != pair[1].edition());
    Comparison {
        responses: responses.len(),
        stages,
        mixed_editions,
        overall_mean: mean_overall(responses),
        talk_first: rank_by_spread(&criteria, rules.talk_first_spread),
        talk_first_spread: rules.talk_first_spread,
        knowledge_gaps: criteria
            .iter()
            .filter(|c| c.knowledge_gap)
            .map(|c| c.criterion)
            .collect(),
        disagreements: criteria
            .iter()
            .filter(|c| c.strongly_disagreed > 0)
            .map(|c| c.criterion)
            .collect(),
        without_disagreement_info: responses
            .iter()
            .filter(|r| r.disagreement.is_none())
            .count(),
        criteria,
    }
}

/// The widest spreads first (ties: the lower mean first, since a low and divided criterion is
/// the more urgent, then criterion order). Only real differences count: a spread of at least
/// `Rules::talk_first_spread` (20 points); one answer step on one statement is 4 or 5 (R11).
fn rank_by_spread(criteria: &[CriterionSpread], threshold: u8) -> Vec<usize> {
    let mut differing: Vec<&CriterionSpread> = criteria
        .iter()
        .filter(|c| c.spread().is_some_and(|s| s >= threshold))
        .collect();
    sort_small_by(&mut differing, |a, b| {
        b.spread()
            .cmp(&a.spread())
            .then(
                a.mean
                    .partial_cmp(&b.mean)
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
            .then(a.criterion.cmp(&b.criterion))
    });
    differing
        .into_iter()
        .take(TALK_FIRST)
        .map(|c| c.criterion)
        .collect()
}

/// What the comparison chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartView {
    /// The mean (series 0) and each response (series 1..) whose `visible` flag is set.
    Responses,
    /// Only the mean (series 0), the lowest (1) and the highest (2) score per criterion, so no
    /// individual response can be picked out.
    Group,
}

fn scores_of(values: impl Iterator<Item = Option<u8>>) -> RadarSeries {
    RadarSeries {
        values: values.map(|v| v.map(f64::from)).collect(),
    }
}

/// The radar chart of a comparison. Hidden responses keep their place as empty series, so each
/// response keeps its colour (a CSS class by position) when others are hidden.
pub fn chart(
    content: &Content,
    responses: &[Snapshot],
    comparison: &Comparison,
    visible: &[bool],
    view: ChartView,
    id: &str,
) -> RadarChart {
    let mean = RadarSeries {
        values: comparison.criteria.iter().map(|c| c.mean).collect(),
    };
    let mut series = vec![mean];
    let mean_values = describe_values(
        content,
        comparison
            .criteria
            .iter()
            .map(CriterionSpread::rounded_mean),
    );
    let mut description = vec![content.format(
        "compare-chart-mean",
        &[
            ("count", responses.len().into()),
            ("scores", mean_values.as_str().into()),
        ],
    )];
    match view {
        ChartView::Group => {
            series.push(scores_of(comparison.criteria.iter().map(|c| c.lowest)));
            series.push(scores_of(comparison.criteria.iter().map(|c| c.highest)));
            let lowest = describe_values(content, comparison.criteria.iter().map(|c| c.lowest));
            let highest = describe_values(content, comparison.criteria.iter().map(|c| c.highest));
            description.push(content.format(
                "compare-chart-range",
                &[
                    ("lowest", lowest.as_str().into()),
                    ("highest", highest.as_str().into()),
                ],
            ));
        }
        ChartView::Responses => {
            for (index, response) in responses.iter().enumerate() {
                let shown = visible.get(index).copied().unwrap_or(true);
                let scores = response.criteria.iter().map(|c| c.score.filter(|_| shown));
                series.push(scores_of(scores));
                if shown {
                    let name = display_name(content, responses, index);
                    let values =
                        describe_values(content, response.criteria.iter().map(|c| c.score));
                    description.push(content.format(
                        "compare-chart-response",
                        &[
                            ("name", name.as_str().into()),
                            ("scores", values.as_str().into()),
                        ],
                    ));
                }
            }
        }
    }
    RadarChart {
        id: id.to_string(),
        axes: crate::words::report::axes(content),
        series,
        show_values: true,
        title: content.format("compare-chart-title", &[("count", responses.len().into())]),
        description: description.join(" "),
    }
}

/// "Commitment 60, Trust no score, ..."
fn describe_values(content: &Content, values: impl Iterator<Item = Option<u8>>) -> String {
    content
        .questionnaire
        .criteria
        .iter()
        .zip(values)
        .map(|(criterion, value)| {
            let name = criterion.name.as_str();
            match value {
                Some(v) => content.format(
                    "compare-chart-value",
                    &[("criterion", name.into()), ("score", v.into())],
                ),
                None => content.format("compare-chart-no-value", &[("criterion", name.into())]),
            }
        })
        .collect::<Vec<_>>()
        .join(&content.text("list-separator"))
}

/// "Trust: a strong disagreement in 2 of 5 responses", for each criterion with one (R1).
pub fn disagreement_items(content: &Content, comparison: &Comparison) -> Vec<String> {
    comparison
        .disagreements
        .iter()
        .map(|index| {
            content.format(
                "compare-disagreed-item",
                &[
                    (
                        "criterion",
                        content.questionnaire.criteria[*index].name.as_str().into(),
                    ),
                    (
                        "count",
                        comparison.criteria[*index].strongly_disagreed.into(),
                    ),
                    ("total", comparison.responses.into()),
                ],
            )
        })
        .collect()
}

/// "2 of these results were made before …": which responses the disagreement counts leave out.
pub fn disagreement_unknown(content: &Content, comparison: &Comparison) -> Option<String> {
    (comparison.without_disagreement_info > 0).then(|| {
        content.format(
            "compare-disagreement-unknown",
            &[
                ("count", comparison.without_disagreement_info.into()),
                ("total", comparison.responses.into()),
            ],
        )
    })
}

/// What a comparison's picture says under its chart: each strong disagreement with how many
/// responses hold it, and the responses that cannot say.
pub fn disagreement_notes(content: &Content, comparison: &Comparison) -> Vec<String> {
    let mut notes: Vec<String> = disagreement_items(content, comparison)
        .into_iter()
        .map(|item| format!("{} {item}", crate::words::report::NOTE_MARK))
        .collect();
    notes.extend(disagreement_unknown(content, comparison));
    notes
}

/// One line per criterion for a picture or printout: "Trust: mean 48, from 20 to 85".
pub fn summary_lines(content: &Content, comparison: &Comparison) -> Vec<String> {
    comparison
        .criteria
        .iter()
        .map(|c| {
            let name = content.questionnaire.criteria[c.criterion].name.as_str();
            let line = match (c.rounded_mean(), c.lowest, c.highest) {
                (Some(mean), Some(low), Some(high)) if c.scored >= MIN_TO_COMPARE => content
                    .format(
                        "compare-summary-range",
                        &[
                            ("criterion", name.into()),
                            ("mean", mean.into()),
                            ("lowest", low.into()),
                            ("highest", high.into()),
                        ],
                    ),
                (Some(mean), _, _) => content.format(
                    "compare-summary-one",
                    &[("criterion", name.into()), ("score", mean.into())],
                ),
                _ => content.format("compare-summary-none", &[("criterion", name.into())]),
            };
            // Marked where a response holds a strong disagreement; the notes say how many.
            if c.strongly_disagreed > 0 {
                format!("{line} {}", crate::words::report::NOTE_MARK)
            } else {
                line
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::snapshot::CriterionSnapshot;
    use crate::questions::questionnaire::default_bank;
    use crate::text::calendar::Day;

    fn en() -> &'static Content {
        Content::english()
    }

    /// A response with the given scores (`None` = not enough answers, with 3 "don't know").
    fn response(label: &str, scores: [Option<u8>; 6]) -> Snapshot {
        Snapshot {
            questionnaire_id: "partnership-readiness".into(),
            questionnaire_version: 1,
            day: Day(20_780),
            label: label.into(),
            stage: None,
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
        let bank = default_bank();
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
        let comparison = compare(bank, &responses);
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
        let bank = default_bank();
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
        let comparison = compare(bank, &responses);
        // Coordination and trust (mean 50) before commitment and clarity (mean 60).
        assert_eq!(comparison.talk_first, vec![2, 3]);
    }

    /// R11: two partners one answer step apart on one statement (75 and 71) are close, not a
    /// difference to talk about first; 20 points apart is.
    #[test]
    fn r11_views_one_answer_step_apart_are_close_not_talk_about_first() {
        let bank = default_bank();
        let mut near = [Some(75); 6];
        near[0] = Some(71);
        let comparison = compare(bank, &[response("a", [Some(75); 6]), response("b", near)]);
        assert_eq!(comparison.criteria[0].spread(), Some(4));
        assert!(comparison.talk_first.is_empty(), "4 points is close");
        near[0] = Some(56);
        let comparison = compare(bank, &[response("a", [Some(75); 6]), response("b", near)]);
        assert!(comparison.talk_first.is_empty(), "19 points is still close");
        near[0] = Some(55);
        let comparison = compare(bank, &[response("a", [Some(75); 6]), response("b", near)]);
        assert_eq!(
            comparison.talk_first,
            vec![0],
            "20 points is a real difference"
        );
    }

    #[test]
    fn agreement_everywhere_names_nothing_to_talk_about_first() {
        let bank = default_bank();
        let same = response("", [Some(50); 6]);
        let comparison = compare(
            bank,
            &[
                same.clone(),
                Snapshot {
                    label: "x".into(),
                    ..same
                },
            ],
        );
        assert!(comparison.talk_first.is_empty());
        assert!(compare(bank, &[]).talk_first.is_empty());
    }

    #[test]
    fn stages_and_editions_of_the_responses_are_told() {
        let bank = default_bank();
        let first = response("First edition", [Some(60); 6]);
        let second = |label: &str, stage| Snapshot {
            questionnaire_version: 2,
            stage,
            ..response(label, [Some(60); 6])
        };
        let same = compare(
            bank,
            &[
                second("A", Some(Stage::FirstYear)),
                second("B", Some(Stage::FirstYear)),
                second("C", None),
            ],
        );
        assert_eq!(same.stages, [Stage::FirstYear]);
        assert!(!same.mixed_editions);
        let differ = compare(
            bank,
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
        let added = add_entries(bank, &mut responses, [first.encode().as_str()]);
        assert!(added.rejected.is_empty(), "{added:?}");
        assert_eq!(responses.len(), 2);
    }

    #[test]
    fn links_whose_hash_mail_security_encoded_are_read_as_they_were() {
        let bank = default_bank();
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
        let added = add_entries(bank, &mut responses, pasted.iter().map(String::as_str));
        assert!(added.rejected.is_empty(), "{added:?}");
        assert_eq!(responses, vec![a, b, c]);
    }

    #[test]
    fn pasted_links_are_read_and_problems_named_by_line() {
        let bank = default_bank();
        let a = response("A", [Some(60); 6]);
        let b = response("B", [Some(40); 6]);
        let newer = Snapshot {
            questionnaire_version: 3,
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
        let rejected = add_entries(bank, &mut responses, pasted.iter().copied()).rejected;
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
        let bank = default_bank();
        let responses = [response("A", [Some(80); 6]), response("", [Some(40); 6])];
        let comparison = compare(bank, &responses);
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
        let bank = default_bank();
        let many: Vec<String> = (0..14u8)
            .map(|n| response("", [Some(n * 5); 6]).encode())
            .collect();
        let pasted: Vec<&str> = many.iter().map(String::as_str).collect();
        let mut responses = Vec::new();
        let rejected = add_entries(bank, &mut responses, pasted.iter().copied()).rejected;
        assert_eq!(responses.len(), MAX_RESPONSES);
        assert_eq!(rejected.len(), 2);
        assert!(rejected.iter().all(|r| r.problem == EntryProblem::TooMany));
    }

    #[test]
    fn a_comparison_link_round_trips() {
        let bank = default_bank();
        let responses = vec![response("A", [Some(60); 6]), response("", [Some(40); 6])];
        let code = encode_comparison(&responses);
        assert_eq!(
            code_in_compare_fragment(&format!("#compare={code}")),
            Some(code.as_str())
        );
        let mut back = Vec::new();
        assert_eq!(
            add_entries(bank, &mut back, comparison_entries(&code)),
            Added::default()
        );
        assert_eq!(back, responses);
        assert_eq!(display_name(en(), &back, 1), "Response 2");
        assert_eq!(
            add_entries(bank, &mut Vec::new(), comparison_entries("")),
            Added::default()
        );
    }

    #[test]
    fn a_million_entries_are_counted_not_read() {
        let bank = default_bank();
        let one = response("A", [Some(60); 6]).encode();
        // About 2 MB: one real code, then a million two-character entries.
        let code = format!("{one}{}", ".AA".repeat(1_000_000));
        let mut responses = Vec::new();
        let added = add_entries(bank, &mut responses, comparison_entries(&code));
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
        let bank = default_bank();
        let lines: Vec<String> = (0..10_000u32)
            .map(|n| format!("https://example.org/#result=line{n}"))
            .collect();
        let mut responses = Vec::new();
        let added = add_entries(bank, &mut responses, lines.iter().map(String::as_str));
        assert_eq!(added.rejected.len(), MAX_ENTRIES_READ);
        assert_eq!(added.rejected.last().unwrap().line, MAX_ENTRIES_READ);
        assert_eq!(added.unread, 10_000 - MAX_ENTRIES_READ);
        assert_eq!(thousands(1_000_000), "1,000,000");
        assert_eq!(thousands(999), "999");
    }

    #[test]
    fn the_mean_overall_score_leaves_out_responses_without_one() {
        let bank = default_bank();
        let mut without = response("C", [None; 6]);
        without.overall = None;
        let responses = [
            response("A", [Some(60); 6]),
            response("B", [Some(45); 6]),
            without,
        ];
        // (60 + 45) / 2 = 52.5, rounded half away from zero.
        assert_eq!(mean_overall(&responses), Some(53));
        assert_eq!(compare(bank, &responses).overall_mean, Some(53));
        assert_eq!(mean_overall(&responses[2..]), None);
        assert_eq!(mean_overall(&[]), None);
    }

    #[test]
    fn too_few_responses_to_hide_among_are_always_told() {
        let bank = default_bank();
        let few: Vec<Snapshot> = (0..MIN_FOR_ANONYMITY - 1)
            .map(|n| response("", [Some(10 * n as u8); 6]))
            .collect();
        let comparison = compare(bank, &few);
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
        let comparison = compare(bank, &enough);
        assert_eq!(comparison.privacy_note(false), None);
        assert_eq!(comparison.privacy_note(true), Some(PrivacyNote::GroupView));
        assert_eq!(
            PrivacyNote::FewResponses(1).message(en()),
            "With only 1 response, anyone who knows who took part may be able to tell whose scores are whose, even in the group view."
        );
        assert!(PrivacyNote::FewResponses(2)
            .message(en())
            .starts_with("With only 2 responses,"));
        assert!(compare(bank, &few).has_several());
        assert!(!compare(bank, &few[..1]).has_several());
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
            questionnaire_version: 2,
            overall: None,
            ..response("B", [None; 6])
        };
        assert_eq!(
            legend_details(en(), &second),
            " \u{b7} 23 November 2026 \u{b7} no overall score"
        );
        // The in-sentence stage names are the questionnaire's, as a sentence writes them.
        for stage in Stage::ALL {
            assert_eq!(
                stage_in_sentence(en(), stage),
                en().questionnaire.stage(stage).name.to_lowercase()
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
        let bank = default_bank();
        let responses = [response("A", [Some(80); 6]), response("", [Some(40); 6])];
        let comparison = compare(bank, &responses);
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
        let one = compare(bank, &responses[..1]);
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
        let gaps = compare(bank, &[response("", [None; 6])]);
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
}
