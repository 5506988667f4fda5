//! The chart as a picture to download: a standalone SVG with a heading, the date, the label and
//! every score, and fixed colours (a file has no page stylesheet to take them from). The PNG
//! download is this same SVG drawn at twice the size.

use crate::assess::compare::Comparison;
use crate::assess::scoring::Assessment;
use crate::formats::snapshot::Snapshot;
use crate::questions::content::Content;
use crate::text::calendar::Day;
use crate::words::comparison::{self as compare, ChartView};
use crate::words::radar::{escape_xml, render};
use crate::words::report;

pub const WIDTH: u32 = 900;
/// The height without notes; each note line below the chart adds `NOTE_LINE`.
pub const HEIGHT: u32 = 500;
/// Where the first note line sits, under the chart, and how far apart the lines are.
const NOTES_TOP: u32 = 506;
const NOTE_LINE: u32 = 24;
/// Characters in one note line across the picture's width (16 px text in 836 px, with room
/// for Welsh's longer words).
const NOTE_CHARS: usize = 92;
const CHART_TOP: u32 = 100;
/// The chart, centred in the left part of the picture.
const CHART_LEFT: u32 = 70;
const CHART_SIZE: u32 = 380;
/// Where the column of scores starts.
const TEXT_LEFT: u32 = 560;
/// How far apart score lines are, and the room below the first for all of them (to the
/// chart's foot).
const SCORE_LINE_STEP: u32 = 34;
const SCORE_LINES_ROOM: u32 = 236;

/// The chart's class names with the light scheme's colours (see styles/tokens.css).
const STYLE: &str = "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}\
.heading{font-size:26px;font-weight:700;fill:#1a2330}.sub{font-size:16px;fill:#4a5668}\
.score{font-size:17px;fill:#1a2330}.note{font-size:16px;fill:#1a2330}.overall{font-size:20px;font-weight:700;fill:#1d5f8a}\
.radar-ring,.radar-axis{fill:none;stroke:#cfd7e1;stroke-width:1}.radar-axis{stroke:#b9c3cf}\
.radar-tick{fill:#4a5668;font-size:16px;paint-order:stroke;stroke:#ffffff;stroke-width:4px;stroke-linejoin:round}.radar-marker{fill:#ffffff;stroke:#4a5668;stroke-width:1.5}\
.radar-marker-number{fill:#1a2330;font-size:16px;font-weight:700}.radar-area{fill:#1d5f8a;fill-opacity:.22;stroke:none}\
.radar-outline{fill:none;stroke:#1d5f8a;stroke-width:3;stroke-linejoin:round}\
.radar-point{fill:#134766;stroke:#fff;stroke-width:1.5}";

/// What the picture says besides the chart.
pub struct PictureText<'a> {
    pub heading: &'a str,
    /// "Housing team view · 23 November 2026".
    pub subheading: &'a str,
    /// "Overall readiness", or what the big figure is in a comparison.
    pub overall_label: &'a str,
    /// "51 out of 100, developing".
    pub overall: &'a str,
    pub score_lines: &'a [String],
    /// CSS for series beyond the first (an earlier result, or partners in a comparison).
    pub series_style: &'a str,
    /// What the figures alone would hide (a strong disagreement, a score resting on few
    /// answers), each a sentence, wrapped across the picture's width under the chart.
    pub notes: &'a [String],
}

/// A picture to download: the SVG and its height, which grows with its notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub svg: String,
    pub height: u32,
}

/// Breaks `text` into lines of at most `width` characters at spaces (a longer word gets a
/// line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A comparison: the mean in the text colour, each response in its own colour (dashed from the
/// seventh), as styles/compare.css draws them on the page.
pub const COMPARISON_STYLE: &str = ".radar-series-0.radar-outline{stroke:#1a2330;stroke-width:3.5}\
.radar-series-0.radar-area{fill:#1a2330;fill-opacity:.06}.radar-series-0.radar-point{fill:#1a2330}\
.radar-series-1.radar-outline,.radar-series-7.radar-outline{stroke:#0072b2}\
.radar-series-2.radar-outline,.radar-series-8.radar-outline{stroke:#d55e00}\
.radar-series-3.radar-outline,.radar-series-9.radar-outline{stroke:#007d5a}\
.radar-series-4.radar-outline,.radar-series-10.radar-outline{stroke:#aa3377}\
.radar-series-5.radar-outline,.radar-series-11.radar-outline{stroke:#8a6100}\
.radar-series-6.radar-outline,.radar-series-12.radar-outline{stroke:#5a4fcf}\
.radar-series-7.radar-outline,.radar-series-8.radar-outline,.radar-series-9.radar-outline,\
.radar-series-10.radar-outline,.radar-series-11.radar-outline,.radar-series-12.radar-outline{stroke-dasharray:7 4}\
.radar-area:not(.radar-series-0){fill-opacity:0}.radar-outline:not(.radar-series-0){stroke-width:2}\
.radar-point:not(.radar-series-0){fill:#4a5668;r:3}";

/// A comparison's group view: the mean, and the lowest and highest scores as dashed grey lines.
pub const GROUP_STYLE: &str = ".radar-series-0.radar-outline{stroke:#1a2330;stroke-width:3.5}\
.radar-series-0.radar-point{fill:#1a2330}.radar-series-1.radar-outline,.radar-series-2.radar-outline\
{stroke:#4a5668;stroke-dasharray:5 4;stroke-width:2}.radar-series-1.radar-area,.radar-series-2.radar-area\
{fill-opacity:0}.radar-series-1.radar-point,.radar-series-2.radar-point{fill:#4a5668}";

/// How an earlier result is drawn behind the current one.
pub const PREVIOUS_STYLE: &str = ".radar-series-1.radar-area{fill:#9a5b00;fill-opacity:.08}\
.radar-series-1.radar-outline{stroke:#9a5b00;stroke-dasharray:6 4}.radar-series-1.radar-point{fill:#9a5b00}";

/// Wraps the page's chart SVG (from `radar::render`) into a standalone picture.
pub fn standalone_svg(chart_svg: &str, text: &PictureText<'_>) -> Picture {
    // The page chart's root element becomes a nested <svg> placed below the heading.
    let inner = chart_svg.replacen(
        "<svg ",
        &format!(
            "<svg x=\"{CHART_LEFT}\" y=\"{CHART_TOP}\" width=\"{CHART_SIZE}\" height=\"{CHART_SIZE}\" "
        ),
        1,
    );
    let mut lines = String::new();
    // Numbered as the chart's axes are, so the picture explains itself. Up to seven lines sit
    // 34 px apart; more (a question set of up to ten criteria) share the same column, closer.
    let count = text.score_lines.len() as u32;
    let step = if count <= 7 {
        SCORE_LINE_STEP
    } else {
        (SCORE_LINES_ROOM / (count - 1)).min(SCORE_LINE_STEP)
    };
    for (index, line) in text.score_lines.iter().enumerate() {
        lines.push_str(&format!(
            "<text class=\"score\" x=\"{TEXT_LEFT}\" y=\"{}\">{}. {}</text>",
            CHART_TOP + 140 + step * index as u32,
            index + 1,
            escape_xml(line)
        ));
    }
    let note_lines: Vec<String> = text
        .notes
        .iter()
        .flat_map(|note| wrap(note, NOTE_CHARS))
        .collect();
    let mut notes = String::new();
    for (index, line) in note_lines.iter().enumerate() {
        notes.push_str(&format!(
            "<text class=\"note\" x=\"32\" y=\"{}\">{}</text>",
            NOTES_TOP + NOTE_LINE * index as u32,
            escape_xml(line)
        ));
    }
    let height = if note_lines.is_empty() {
        HEIGHT
    } else {
        NOTES_TOP + NOTE_LINE * (note_lines.len() as u32 - 1) + 22
    };
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\">\
         <style>{STYLE}{}</style><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\
         <text class=\"heading\" x=\"32\" y=\"48\">{}</text><text class=\"sub\" x=\"32\" y=\"76\">{}</text>\
         {inner}<text class=\"sub\" x=\"{TEXT_LEFT}\" y=\"{}\">{}</text>\
         <text class=\"overall\" x=\"{TEXT_LEFT}\" y=\"{}\">{}</text>{lines}{notes}</svg>",
        text.series_style,
        escape_xml(text.heading),
        escape_xml(text.subheading),
        CHART_TOP + 60,
        escape_xml(text.overall_label),
        CHART_TOP + 90,
        escape_xml(text.overall),
    );
    Picture { svg, height }
}

/// The picture of one result: its chart, overall score and a line per criterion, in the
/// content's language.
pub fn result_picture(
    content: &Content,
    assessment: &Assessment,
    label: &str,
    day: Day,
) -> Result<Picture, String> {
    let chart = render(&report::chart(content, assessment, "picture"))?;
    let date = day.long(content);
    let subheading = if label.is_empty() {
        content.format(
            "picture-subheading-unnamed",
            &[("date", date.as_str().into())],
        )
    } else {
        content.format(
            "picture-subheading-named",
            &[("label", label.into()), ("date", date.as_str().into())],
        )
    };
    let overall = report::overall_text(content, assessment);
    Ok(standalone_svg(
        &chart,
        &PictureText {
            heading: &content.text("product-name"),
            subheading: &subheading,
            overall_label: &content.text("picture-overall-label"),
            overall: &overall,
            score_lines: &report::score_lines(content, assessment),
            series_style: "",
            notes: &report::picture_notes(content, assessment),
        },
    ))
}

/// The picture of a comparison as the page shows it (`visible` responses, or the group view),
/// made on `day`: the chart, the mean overall score and a line per criterion.
pub fn comparison_picture(
    content: &Content,
    responses: &[Snapshot],
    visible: &[bool],
    comparison: &Comparison,
    view: ChartView,
    day: Day,
) -> Result<Picture, String> {
    let chart = render(&compare::chart(
        content,
        responses,
        comparison,
        visible,
        view,
        "comparison-picture",
    ))?;
    let overall = match comparison.overall_mean {
        Some(mean) => content.format("picture-mean-overall", &[("score", mean.into())]),
        None => content.text("score-not-enough"),
    };
    let date = day.long(content);
    Ok(standalone_svg(
        &chart,
        &PictureText {
            heading: &content.text("product-name"),
            subheading: &content.format(
                "picture-comparison-subheading",
                &[
                    ("count", responses.len().into()),
                    ("date", date.as_str().into()),
                ],
            ),
            overall_label: &content.text("picture-mean-overall-label"),
            overall: &overall,
            score_lines: &compare::summary_lines(content, comparison),
            series_style: match view {
                ChartView::Responses => COMPARISON_STYLE,
                ChartView::Group => GROUP_STYLE,
            },
            notes: &compare::disagreement_notes(content, comparison),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_picture_holds_the_chart_and_every_line_as_escaped_text() {
        let lines = vec!["Trust: 56, developing".to_string(), "<b>x</b>".to_string()];
        let svg = standalone_svg(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 500 400\"><circle/></svg>",
            &PictureText {
                heading: "Partnership Readiness Check",
                subheading: "A & B · 23 November 2026",
                overall_label: "Overall readiness",
                overall: "51 out of 100",
                score_lines: &lines,
                series_style: PREVIOUS_STYLE,
                notes: &[],
            },
        )
        .svg;
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\""));
        assert!(svg.contains("<svg x=\"70\" y=\"100\" width=\"380\" height=\"380\" xmlns="));
        assert!(svg.contains(">A &amp; B · 23 November 2026<"));
        assert!(svg.contains(">2. &lt;b&gt;x&lt;/b&gt;<"));
        assert!(svg.contains(">1. Trust: 56, developing<"));
        assert!(svg.contains("<circle/></svg><text class=\"sub\""));
        assert!(svg.ends_with("</text></svg>"));
    }

    fn en() -> &'static Content {
        Content::english()
    }

    #[test]
    fn a_result_picture_is_worded_in_the_content_language() {
        use crate::assess::scoring::{assess, every_statement};
        use crate::questions::set::{built_in_set, Answer};
        let set = built_in_set();
        let answers = every_statement(set, Answer::Agree);
        let result = assess(set, &answers);
        let named = result_picture(en(), &result, "Board & staff", Day(20_780))
            .unwrap()
            .svg;
        assert!(named.contains(">Partnership Readiness Check<"), "{named}");
        assert!(named.contains(">Board &amp; staff \u{b7} 23 November 2026<"));
        assert!(named.contains(">Overall readiness<"));
        assert!(named.contains(">1. Commitment: 75, strength<"));
        let unnamed = result_picture(en(), &result, "", Day(20_780)).unwrap().svg;
        assert!(unnamed.contains(">Result of 23 November 2026<"));
    }

    #[test]
    fn a_comparison_picture_gives_the_mean_and_every_criterion() {
        use crate::questions::set::built_in_set;
        let first = Snapshot::decode(crate::formats::snapshot::tests::FIRST_EDITION_LINK).unwrap();
        let second = Snapshot {
            label: "Other".into(),
            overall: first.overall.map(|o| o - 10),
            ..first.clone()
        };
        let responses = [first, second];
        let comparison = crate::formats::comparison_link::compare_links(built_in_set(), &responses);
        let svg = comparison_picture(
            en(),
            &responses,
            &[true, true],
            &comparison,
            ChartView::Group,
            Day(20_780),
        )
        .unwrap()
        .svg;
        assert!(
            svg.contains(">Comparison of 2 responses \u{b7} 23 November 2026<"),
            "{svg}"
        );
        assert!(svg.contains(">Mean overall readiness<"));
        assert!(svg.contains(">46 out of 100<"), "(51 + 41) / 2");
        assert!(svg.contains(GROUP_STYLE));
        let nobody = crate::formats::comparison_link::compare_links(built_in_set(), &[]);
        let empty = comparison_picture(en(), &[], &[], &nobody, ChartView::Responses, Day(20_780))
            .unwrap()
            .svg;
        assert!(empty.contains(">not enough answers<"));
    }

    #[test]
    fn notes_wrap_at_spaces_and_a_long_word_keeps_a_line_of_its_own() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("  ", 7), Vec::<String>::new());
        assert_eq!(wrap("a verylongword b", 5), ["a", "verylongword", "b"]);
    }

    /// R1 and R2 in a file: the picture never says less than the page. A strong disagreement
    /// marks its score line and is named under the chart; a score resting on few answers says
    /// what it rests on; the picture grows to hold the notes.
    #[test]
    fn r1_r2_a_picture_marks_and_names_what_its_figures_hide() {
        use crate::assess::scoring::{assess, every_statement};
        use crate::questions::set::{built_in_edition, Answer};
        // Written against the second edition's shape (Trust had five statements).
        let set = built_in_edition(2).unwrap();
        let mut answers = every_statement(set, Answer::StronglyAgree);
        answers.insert("trust-10".into(), Answer::StronglyDisagree);
        for statement in set.criteria()[4].statements().iter().take(3) {
            answers.insert(statement.id().to_string(), Answer::DontKnow);
        }
        let result = assess(set, &answers);
        let picture = result_picture(en(), &result, "", Day(20_780)).unwrap();
        let svg = &picture.svg;
        assert!(svg.contains(">4. Trust: 80, strength *<"), "{svg}");
        assert!(svg.contains(">5. Communication: 100, strength *<"), "{svg}");
        assert!(svg.contains(">1. Commitment: 100, strength<"), "{svg}");
        assert!(
            svg.contains("* A strong disagreement among the answers for Trust: the score alone"),
            "{svg}"
        );
        assert!(
            svg.contains("* Communication rests on 3 of 6 answers"),
            "{svg}"
        );
        assert!(picture.height > HEIGHT);
        assert!(svg.contains(&format!("height=\"{}\"", picture.height)));
        // Without anything to say, the picture keeps its size.
        let mut answers = every_statement(set, Answer::Agree);
        for statement in set.criteria()[0].statements() {
            answers.insert(statement.id().to_string(), Answer::StronglyAgree);
        }
        let plain = result_picture(en(), &assess(set, &answers), "", Day(20_780)).unwrap();
        assert_eq!(plain.height, HEIGHT);
        assert!(!plain.svg.contains("class=\"note\""));
    }

    /// A comparison picture names where any response holds a strong disagreement, and how
    /// many responses' links cannot say.
    #[test]
    fn r1_a_comparison_picture_names_strong_disagreements_and_older_links() {
        use crate::assess::scoring::{assess, every_statement};
        use crate::questions::set::{built_in_edition, Answer};
        // Written against the second edition's shape (Trust had five statements).
        let set = built_in_edition(2).unwrap();
        let mut answers = every_statement(set, Answer::StronglyAgree);
        answers.insert("trust-10".into(), Answer::StronglyDisagree);
        let disagreeing = Snapshot::of(set, &assess(set, &answers), Day(20_780), "A", None);
        let older = Snapshot::decode(crate::formats::snapshot::tests::FIRST_EDITION_LINK).unwrap();
        let responses = [disagreeing, older];
        let comparison = crate::formats::comparison_link::compare_links(set, &responses);
        let svg = comparison_picture(
            en(),
            &responses,
            &[true, true],
            &comparison,
            ChartView::Responses,
            Day(20_780),
        )
        .unwrap()
        .svg;
        assert!(
            svg.contains("Trust: a strong disagreement in 1 of 2 responses"),
            "{svg}"
        );
        assert!(svg.contains("1 of the 2 results was made before"), "{svg}");
        // The older link has no Trust score, so Trust has one response, marked.
        assert!(svg.contains(">4. Trust: 80 (one response) *<"), "{svg}");
        assert!(
            svg.contains(">1. Commitment: mean 95, from 90 to 100<"),
            "{svg}"
        );
    }

    /// The `y` of every `<text class="{class}"` element of a picture, in order.
    fn text_rows(svg: &str, class: &str) -> Vec<u32> {
        svg.split(&format!("<text class=\"{class}\""))
            .skip(1)
            .filter_map(|rest| rest.split("y=\"").nth(1)?.split('"').next()?.parse().ok())
            .collect()
    }

    /// Question sets of 3, 6 and 10 criteria: assessed, fed back on and drawn, with every score
    /// line inside the picture and no two lines on top of each other.
    #[test]
    fn sets_of_3_6_and_10_criteria_are_assessed_and_drawn_inside_the_picture() {
        use crate::assess::feedback::feedback;
        use crate::assess::scoring::assess;
        use crate::questions::set::tests::{own_set, own_texts};
        use crate::questions::set::Answer;
        for criteria in [3, 6, 10] {
            let mut content = en().clone();
            content.questions = own_texts(criteria, 5);
            let set = &own_set(criteria, 5);
            let answers = set
                .statements()
                .map(|(c, s)| {
                    let answer = if c % 2 == 0 {
                        Answer::Agree
                    } else {
                        Answer::Disagree
                    };
                    (s.id().to_string(), answer)
                })
                .collect();
            let result = assess(set, &answers);
            assert_eq!(result.criteria.len(), criteria);
            assert!(result.overall().is_some(), "{criteria} criteria");
            assert_eq!(feedback(set, &answers).len(), criteria);
            let picture = result_picture(&content, &result, "", Day(20_780)).unwrap();
            let rows = text_rows(&picture.svg, "score");
            assert_eq!(rows.len(), criteria);
            assert!(
                rows.windows(2).all(|pair| pair[1] >= pair[0] + 20),
                "{rows:?}"
            );
            let notes = text_rows(&picture.svg, "note");
            assert!(
                notes
                    .first()
                    .is_none_or(|first| *first > rows[criteria - 1] + 20),
                "{rows:?} {notes:?}"
            );
            assert!(rows.iter().chain(&notes).all(|y| *y < picture.height));
            assert_eq!(
                picture.svg.matches("class=\"radar-marker\"").count(),
                criteria
            );
        }
    }
}
