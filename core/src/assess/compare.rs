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
mod tests;
