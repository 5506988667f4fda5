//! The chart as a picture to download: a standalone SVG with a heading, the date, the label and
//! every score, and fixed colours (a file has no page stylesheet to take them from). The PNG
//! download is this same SVG drawn at twice the size.

use super::radar::{escape_xml, HEIGHT as CHART_HEIGHT, WIDTH as CHART_WIDTH};

pub const WIDTH: u32 = 900;
pub const HEIGHT: u32 = 500;
const CHART_TOP: u32 = 92;
/// Room on the left for the longest axis name ("Communication").
const CHART_LEFT: u32 = 24;
/// Where the column of scores starts.
const TEXT_LEFT: u32 = 560;

/// The chart's class names with the light scheme's colours (see styles/tokens.css).
const STYLE: &str = "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}\
.heading{font-size:26px;font-weight:700;fill:#1a2330}.sub{font-size:16px;fill:#4a5668}\
.score{font-size:17px;fill:#1a2330}.overall{font-size:20px;font-weight:700;fill:#1d5f8a}\
.radar-ring,.radar-axis{fill:none;stroke:#cfd7e1;stroke-width:1}.radar-axis{stroke:#b9c3cf}\
.radar-tick{fill:#4a5668;font-size:11px}.radar-label{fill:#1a2330;font-size:15px;font-weight:600}\
.radar-value{fill:#4a5668;font-size:15px}.radar-area{fill:#1d5f8a;fill-opacity:.22;stroke:none}\
.radar-outline{fill:none;stroke:#1d5f8a;stroke-width:3;stroke-linejoin:round}\
.radar-point{fill:#134766;stroke:#fff;stroke-width:1.5}\
.radar-series-1.radar-area{fill:#9a5b00;fill-opacity:.08}.radar-series-1.radar-outline{stroke:#9a5b00;stroke-dasharray:6 4}\
.radar-series-1.radar-point{fill:#9a5b00}";

/// What the picture says besides the chart.
pub struct PictureText<'a> {
    pub heading: &'a str,
    /// "Housing team view · 23 November 2026".
    pub subheading: &'a str,
    /// "51 out of 100, developing", under the words "Overall readiness".
    pub overall: &'a str,
    pub score_lines: &'a [String],
}

/// Wraps the page's chart SVG (from `radar::render`) into a standalone picture.
pub fn standalone_svg(chart_svg: &str, text: &PictureText<'_>) -> String {
    // The page chart's root element becomes a nested <svg> placed below the heading.
    let inner = chart_svg.replacen(
        "<svg ",
        &format!(
            "<svg x=\"{CHART_LEFT}\" y=\"{CHART_TOP}\" width=\"{CHART_WIDTH}\" height=\"{CHART_HEIGHT}\" "
        ),
        1,
    );
    let mut lines = String::new();
    for (index, line) in text.score_lines.iter().enumerate() {
        lines.push_str(&format!(
            "<text class=\"score\" x=\"{TEXT_LEFT}\" y=\"{}\">{}</text>",
            CHART_TOP + 140 + 34 * index as u32,
            escape_xml(line)
        ));
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\
         <style>{STYLE}</style><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\
         <text class=\"heading\" x=\"32\" y=\"48\">{}</text><text class=\"sub\" x=\"32\" y=\"76\">{}</text>\
         {inner}<text class=\"sub\" x=\"{TEXT_LEFT}\" y=\"{}\">Overall readiness</text>\
         <text class=\"overall\" x=\"{TEXT_LEFT}\" y=\"{}\">{}</text>{lines}</svg>",
        escape_xml(text.heading),
        escape_xml(text.subheading),
        CHART_TOP + 60,
        CHART_TOP + 90,
        escape_xml(text.overall),
    )
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
                overall: "51 out of 100",
                score_lines: &lines,
            },
        );
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\""));
        assert!(svg.contains("<svg x=\"24\" y=\"92\" width=\"500\" height=\"400\" xmlns="));
        assert!(svg.contains(">A &amp; B · 23 November 2026<"));
        assert!(svg.contains(">&lt;b&gt;x&lt;/b&gt;<"));
        assert!(svg.contains(">Trust: 56, developing<"));
        assert!(svg.contains("<circle/></svg><text class=\"sub\""));
        assert!(svg.ends_with("</text></svg>"));
    }
}
