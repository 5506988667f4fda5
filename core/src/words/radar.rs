//! Draws the six-axis radar (spider) chart as an SVG string with plotters.
//!
//! plotters has no radar chart, so it is built from primitives: ring outlines, axis lines, the
//! filled score area, its outline, a point per value and a numbered marker at the end of each
//! axis. The criterion names are not drawn on the chart: at the widths a phone gives it, names
//! at a readable size (12 CSS px or more) would leave no room for the chart itself, and longer
//! names (other languages, other question sets) or more axes would only make that worse. The
//! page lists the numbered names beside the chart instead (`key`), as text that wraps, zooms and
//! translates like any other. Colours are not fixed here:
//! each kind of shape is drawn with a unique "sentinel" colour that is then swapped for a CSS
//! class, so the page's stylesheet (custom properties, dark mode, an organisation's accent) decides
//! every colour. Classes rather than inline styles keep the chart working under a strict
//! Content-Security-Policy that forbids inline styles.

use std::f64::consts::PI;
use std::fmt::Write as _;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
// The font family as a value, not a name: plotters looks a name up through `str::to_lowercase`,
// which brought Unicode's case tables (about 16 KB) into the wasm for two labels.
use plotters::style::FontFamily;

/// The drawing's own coordinate system; the SVG scales to its container through `viewBox`.
pub const WIDTH: u32 = 300;
pub const HEIGHT: u32 = 300;
const CENTRE: (f64, f64) = (150.0, 150.0);
const RADIUS: f64 = 106.0;
/// Axis markers: a circle with the axis number, just beyond the outer ring.
const MARKER_DISTANCE: f64 = RADIUS + 24.0;
const MARKER_RADIUS: i32 = 13;
/// Text size in drawing units (styles/chart.css sets the same). The page never shows the chart
/// narrower than `MIN_SHOWN_WIDTH` CSS px, so text is at least
/// `TEXT_SIZE * MIN_SHOWN_WIDTH / WIDTH` = 12 CSS px wherever it appears.
pub const TEXT_SIZE: f64 = 16.0;
pub const MIN_SHOWN_WIDTH: f64 = 225.0;
/// Values drawn as rings.
pub const RINGS: [f64; 4] = [25.0, 50.0, 75.0, 100.0];

/// One set of values to draw, one per axis; `None` is drawn as a gap, never as zero.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarSeries {
    pub values: Vec<Option<f64>>,
}

/// Everything the chart shows. The text alternative (`title`, `description`) is supplied by the
/// caller, who knows how to word the numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarChart {
    /// Prefix for element ids, unique within the page.
    pub id: String,
    pub axes: Vec<String>,
    pub series: Vec<RadarSeries>,
    /// Whether the key beside the chart gives the first series' value for each axis.
    pub show_values: bool,
    pub title: String,
    pub description: String,
}

/// The kinds of shape, each becoming a CSS class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Ring,
    Axis,
    Tick,
    Marker,
    MarkerNumber,
    Area(usize),
    Outline(usize),
    Point(usize),
}

impl Part {
    fn class(self) -> String {
        match self {
            Part::Ring => "radar-ring".into(),
            Part::Axis => "radar-axis".into(),
            Part::Tick => "radar-tick".into(),
            Part::Marker => "radar-marker".into(),
            Part::MarkerNumber => "radar-marker-number".into(),
            Part::Area(s) => format!("radar-area radar-series-{s}"),
            Part::Outline(s) => format!("radar-outline radar-series-{s}"),
            Part::Point(s) => format!("radar-point radar-series-{s}"),
        }
    }

    /// A colour no real drawing uses: red channel = kind, green = series, blue = marker.
    fn sentinel(self) -> RGBColor {
        let (kind, series) = match self {
            Part::Ring => (1, 0),
            Part::Axis => (2, 0),
            Part::Tick => (3, 0),
            Part::Marker => (4, 0),
            Part::MarkerNumber => (5, 0),
            Part::Area(s) => (6, s),
            Part::Outline(s) => (7, s),
            Part::Point(s) => (8, s),
        };
        RGBColor(kind, series as u8, 0xA5)
    }

    fn sentinel_hex(self) -> String {
        let RGBColor(r, g, b) = self.sentinel();
        format!("#{r:02X}{g:02X}{b:02X}")
    }
}

/// The angle of axis `index` of `count`: the first points straight up, the rest follow clockwise.
fn axis_angle(index: usize, count: usize) -> f64 {
    -PI / 2.0 + 2.0 * PI * index as f64 / count as f64
}

/// Where `value` (0-100) lies on axis `index`, in drawing coordinates.
pub fn point_on_axis(index: usize, count: usize, value: f64) -> (i32, i32) {
    at_distance(
        axis_angle(index, count),
        RADIUS * value.clamp(0.0, 100.0) / 100.0,
    )
}

fn at_distance(angle: f64, distance: f64) -> (i32, i32) {
    (
        (CENTRE.0 + distance * angle.cos()).round() as i32,
        (CENTRE.1 + distance * angle.sin()).round() as i32,
    )
}

/// One entry of the list the page shows beside the chart: the axis number drawn on the chart,
/// its name, and the first series' value when the chart shows values.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyEntry<'a> {
    pub number: usize,
    pub name: &'a str,
    pub value: Option<Option<u8>>,
}

/// The numbered names of the axes, in the order the markers go round (clockwise from the top).
pub fn key(chart: &RadarChart) -> Vec<KeyEntry<'_>> {
    let first = chart.series.first();
    chart
        .axes
        .iter()
        .enumerate()
        .map(|(index, name)| KeyEntry {
            number: index + 1,
            name,
            value: chart.show_values.then(|| {
                first
                    .and_then(|s| s.values.get(index).copied().flatten())
                    .map(crate::assess::scoring::round_score)
            }),
        })
        .collect()
}

fn ring(count: usize, value: f64) -> Vec<(i32, i32)> {
    let mut points: Vec<(i32, i32)> = (0..count).map(|i| point_on_axis(i, count, value)).collect();
    points.push(points[0]);
    points
}

/// Renders the chart. Drawing into a string cannot fail in practice; an error is returned as text
/// rather than panicking so the page can still show the data table.
pub fn render(chart: &RadarChart) -> Result<String, String> {
    let mut raw = String::new();
    {
        let root = SVGBackend::with_string(&mut raw, (WIDTH, HEIGHT)).into_drawing_area();
        draw(&root, chart).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(finish(&raw, chart))
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type DrawResult<'a> = Result<
    (),
    DrawingAreaErrorKind<<SVGBackend<'a> as plotters::prelude::DrawingBackend>::ErrorType>,
>;

fn draw<'a>(root: &Area<'a>, chart: &RadarChart) -> DrawResult<'a> {
    let count = chart.axes.len();
    if count < 3 {
        return Ok(());
    }
    for value in RINGS {
        root.draw(&PathElement::new(ring(count, value), Part::Ring.sentinel()))?;
    }
    for index in 0..count {
        root.draw(&PathElement::new(
            vec![
                point_on_axis(index, count, 0.0),
                point_on_axis(index, count, 100.0),
            ],
            Part::Axis.sentinel(),
        ))?;
    }
    for (index, series) in chart.series.iter().enumerate() {
        draw_series(root, index, series, count)?;
    }
    // Drawn after the series so their halo (styles/chart.css) keeps them readable over lines.
    // Ring values sit halfway between the first two axes, where no point can ever be drawn
    // (points lie only on axes), so no value covers them.
    let tick_style = (FontFamily::SansSerif, TEXT_SIZE)
        .into_font()
        .color(&Part::Tick.sentinel())
        .pos(Pos::new(HPos::Center, VPos::Center));
    let between = axis_angle(0, count) + PI / count as f64;
    for value in RINGS {
        root.draw(&Text::new(
            // Whole numbers, formatted as integers: float formatting would add kilobytes of wasm.
            (value as i32).to_string(),
            at_distance(between, RADIUS * value / 100.0),
            tick_style.clone(),
        ))?;
    }
    draw_markers(root, count)
}

fn draw_series<'a>(
    root: &Area<'a>,
    series_index: usize,
    series: &RadarSeries,
    count: usize,
) -> DrawResult<'a> {
    let points: Vec<Option<(i32, i32)>> = (0..count)
        .map(|i| {
            series
                .values
                .get(i)
                .copied()
                .flatten()
                .map(|v| point_on_axis(i, count, v))
        })
        .collect();
    let area = Part::Area(series_index).sentinel().filled();
    let outline = Part::Outline(series_index).sentinel().stroke_width(3);

    if points.iter().all(Option::is_some) {
        let closed: Vec<(i32, i32)> = points.iter().flatten().copied().collect();
        root.draw(&Polygon::new(closed.clone(), area))?;
        let mut path = closed.clone();
        path.push(closed[0]);
        root.draw(&PathElement::new(path, outline))?;
    } else {
        // Only neighbours that both have a value are joined, so a missing value leaves a visible
        // gap instead of pulling the shape to the centre as a zero would.
        let centre = (CENTRE.0 as i32, CENTRE.1 as i32);
        for i in 0..count {
            if let (Some(a), Some(b)) = (points[i], points[(i + 1) % count]) {
                root.draw(&Polygon::new(vec![centre, a, b], area))?;
                root.draw(&PathElement::new(vec![a, b], outline))?;
            }
        }
    }
    for point in points.iter().flatten() {
        root.draw(&Circle::new(
            *point,
            5,
            Part::Point(series_index).sentinel().filled(),
        ))?;
    }
    Ok(())
}

/// A numbered circle at the end of each axis; `key` lists what each number stands for.
fn draw_markers<'a>(root: &Area<'a>, count: usize) -> DrawResult<'a> {
    let number_style = (FontFamily::SansSerif, TEXT_SIZE)
        .into_font()
        .color(&Part::MarkerNumber.sentinel())
        .pos(Pos::new(HPos::Center, VPos::Center));
    for index in 0..count {
        let centre = at_distance(axis_angle(index, count), MARKER_DISTANCE);
        root.draw(&Circle::new(
            centre,
            MARKER_RADIUS,
            Part::Marker.sentinel().filled(),
        ))?;
        root.draw(&Text::new(
            (index + 1).to_string(),
            centre,
            number_style.clone(),
        ))?;
    }
    Ok(())
}

/// Swaps sentinel colours for classes and replaces plotters' fixed-size `<svg>` tag with one that
/// scales to its container and carries the text alternative.
fn finish(raw: &str, chart: &RadarChart) -> String {
    let mut svg = join_text_lines(raw);
    let mut parts = vec![
        Part::Ring,
        Part::Axis,
        Part::Tick,
        Part::Marker,
        Part::MarkerNumber,
    ];
    for index in 0..chart.series.len() {
        parts.extend([Part::Area(index), Part::Outline(index), Part::Point(index)]);
    }
    for part in parts {
        let hex = part.sentinel_hex();
        let class = format!("class=\"{}\"", part.class());
        svg = svg
            .replace(&format!("fill=\"{hex}\""), &class)
            .replace(&format!("stroke=\"{hex}\""), &class);
    }

    let body_start = svg
        .find("<svg")
        .and_then(|s| svg[s..].find('>').map(|e| s + e + 1));
    let body = body_start.map_or(svg.as_str(), |start| &svg[start..]);
    let id = escape_xml(&chart.id);
    let mut out = String::with_capacity(body.len() + 512);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         class=\"radar\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape_xml(&chart.title),
        escape_xml(&chart.description),
    );
    out.push_str(body);
    out
}

/// plotters writes each `<text>` over three lines; joining them keeps the text content exactly the
/// label (no stray newlines for screen readers or tests to trip over).
fn join_text_lines(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut inside_text = false;
    for line in raw.lines() {
        if inside_text {
            out.push_str(line);
            if line == "</text>" {
                inside_text = false;
                out.push('\n');
            }
            continue;
        }
        out.push_str(line);
        if line.starts_with("<text") && !line.ends_with("</text>") {
            inside_text = true;
        } else {
            out.push('\n');
        }
    }
    out
}

/// Escapes text for SVG element content and attribute values. Five replacements do not justify a
/// dependency; plotters escapes its own `<text>` content the same way.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(values: [Option<f64>; 6]) -> RadarChart {
        RadarChart {
            id: "t".into(),
            axes: [
                "Commitment",
                "Clarity of purpose",
                "Coordination",
                "Trust",
                "Communication",
                "Conflict resolution",
            ]
            .map(String::from)
            .to_vec(),
            series: vec![RadarSeries {
                values: values.to_vec(),
            }],
            show_values: true,
            title: "Partnership readiness".into(),
            description: "Commitment 90".into(),
        }
    }

    fn polygon_points(svg: &str) -> Vec<String> {
        svg.split("<polygon")
            .skip(1)
            .map(|rest| {
                let start = rest.find("points=\"").unwrap() + 8;
                let end = start + rest[start..].find('"').unwrap();
                rest[start..end].trim().to_string()
            })
            .collect()
    }

    #[test]
    fn polygon_points_match_the_scores() {
        let values = [90.0, 56.0, 25.0, 100.0, 65.0, 0.0];
        let svg = render(&chart(values.map(Some))).unwrap();
        let expected: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let (x, y) = point_on_axis(i, 6, *v);
                format!("{x},{y}")
            })
            .collect();
        assert_eq!(polygon_points(&svg), vec![expected.join(" ")]);
        // Commitment points straight up: 90% of the radius above the centre.
        assert_eq!(point_on_axis(0, 6, 90.0), (150, 150 - 95));
        assert_eq!(point_on_axis(3, 6, 100.0), (150, 150 + 106));
    }

    #[test]
    fn has_numbered_markers_rings_and_an_accessible_name() {
        let svg = render(&chart([Some(50.0); 6])).unwrap();
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 300\"")
        );
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("<title id=\"t-title\">Partnership readiness</title>"));
        assert!(svg.contains("<desc id=\"t-desc\">Commitment 90</desc>"));
        assert!(!svg.contains("width=\"300\""), "scales to its container");
        for number in 1..=6 {
            assert_eq!(
                svg.matches(&format!(">{number}</text>")).count(),
                1,
                "{number}"
            );
        }
        // The names are in the key beside the chart, not on it.
        assert!(!svg.contains("Commitment</text>"));
        assert_eq!(svg.matches("class=\"radar-marker\"").count(), 6);
        assert_eq!(svg.matches("class=\"radar-marker-number\"").count(), 6);
        assert_eq!(svg.matches("class=\"radar-tick\"").count(), 4);
        assert_eq!(svg.matches("class=\"radar-ring\"").count(), 4);
        assert_eq!(svg.matches("class=\"radar-axis\"").count(), 6);
        assert_eq!(
            svg.matches("class=\"radar-point radar-series-0\"").count(),
            6
        );
    }

    #[test]
    fn ring_values_sit_between_axes_where_no_point_can_be() {
        for count in [3, 6, 10] {
            let between = axis_angle(0, count) + PI / count as f64;
            for value in RINGS {
                let label = at_distance(between, RADIUS * value / 100.0);
                // Every possible point is on an axis; none comes within a text's reach.
                for axis in 0..count {
                    for point_value in (0..=100).step_by(5) {
                        let (x, y) = point_on_axis(axis, count, f64::from(point_value));
                        let distance =
                            f64::from((x - label.0).pow(2) + (y - label.1).pow(2)).sqrt();
                        assert!(
                            distance > TEXT_SIZE / 2.0,
                            "{count} axes: ring label {value} meets a point of axis {axis}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn markers_stay_inside_the_drawing_for_any_number_of_axes() {
        for count in 3..=12 {
            for index in 0..count {
                let (x, y) = at_distance(axis_angle(index, count), MARKER_DISTANCE);
                assert!(x - MARKER_RADIUS >= 0 && x + MARKER_RADIUS <= WIDTH as i32);
                assert!(y - MARKER_RADIUS >= 0 && y + MARKER_RADIUS <= HEIGHT as i32);
            }
        }
        // The smallest the page shows the chart still gives 12 CSS px text.
        assert!(TEXT_SIZE * MIN_SHOWN_WIDTH / f64::from(WIDTH) >= 12.0);
    }

    #[test]
    fn the_key_numbers_the_axes_and_gives_values_when_asked() {
        let mut shown = chart([Some(80.4), None, Some(60.0), Some(40.0), None, Some(70.0)]);
        let key = super::key(&shown);
        assert_eq!(key.len(), 6);
        assert_eq!((key[0].number, key[0].name), (1, "Commitment"));
        assert_eq!(key[0].value, Some(Some(80)));
        assert_eq!(key[1].value, Some(None));
        shown.show_values = false;
        assert_eq!(super::key(&shown)[0].value, None);
    }

    #[test]
    fn colours_come_only_from_css_classes() {
        let svg = render(&chart([Some(70.0); 6])).unwrap();
        assert!(!svg.contains("A5\""), "no sentinel colour is left behind");
        assert!(!svg.contains("style="), "no inline styles (strict CSP)");
        assert!(!svg.contains("fill=\"#") && !svg.contains("stroke=\"#"));
    }

    #[test]
    fn missing_values_are_gaps_not_zero() {
        let values = [Some(80.0), None, Some(60.0), Some(40.0), None, Some(70.0)];
        let svg = render(&chart(values)).unwrap();
        let centre = "150,150";
        let wedges = polygon_points(&svg);
        // Only Coordination-Trust and Conflict-Commitment are neighbours with values.
        assert_eq!(wedges.len(), 2);
        assert!(wedges.iter().all(|w| w.starts_with(centre)));
        assert_eq!(
            svg.matches("class=\"radar-point radar-series-0\"").count(),
            4
        );
        let zero = point_on_axis(1, 6, 0.0);
        assert!(wedges
            .iter()
            .all(|w| !w.contains(&format!(" {},{}", zero.0, zero.1))));
    }

    #[test]
    fn nothing_answered_draws_only_the_frame() {
        let svg = render(&chart([None; 6])).unwrap();
        assert!(polygon_points(&svg).is_empty());
        assert!(!svg.contains("radar-point"));
    }

    #[test]
    fn text_is_escaped() {
        let mut hostile = chart([Some(50.0); 6]);
        hostile.axes[0] = "<script>alert(1)</script>".into();
        hostile.title = "A & B <b>".into();
        hostile.description = "\"quoted\" 'single'".into();
        hostile.id = "x\"onload=\"y".into();
        let svg = render(&hostile).unwrap();
        assert!(!svg.contains("<script>"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("A &amp; B &lt;b&gt;"));
        assert!(svg.contains("&quot;quoted&quot; &apos;single&apos;"));
        assert!(!svg.contains("onload=\"y"));
    }
}
