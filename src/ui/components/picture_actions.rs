//! "Download chart (SVG)", "Download chart (PNG)" and "Print or save as PDF" for any result,
//! the person's own or a shared one.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::calendar::Day;
use crate::core::export::{file_name, score_lines};
use crate::core::picture::{standalone_svg, PictureText, HEIGHT, WIDTH};
use crate::core::questionnaire::default_bank;
use crate::core::radar::render;
use crate::core::report;
use crate::core::scoring::Assessment;
use crate::ui::web;

/// PNGs are drawn at twice the picture's size so they stay crisp on slides.
const PNG_SCALE: u32 = 2;

#[derive(Properties, PartialEq)]
pub struct PictureActionsProps {
    pub assessment: Rc<Assessment>,
    pub label: AttrValue,
    pub day: Day,
}

/// The standalone picture of a result: heading, label and date, chart, every score.
fn picture(assessment: &Assessment, label: &str, day: Day) -> Result<String, String> {
    let bank = default_bank();
    let chart = render(&report::chart(bank, assessment, "picture"))?;
    let subheading = if label.is_empty() {
        format!("Result of {}", day.long())
    } else {
        format!("{label} \u{b7} {}", day.long())
    };
    let overall = match (assessment.overall(), assessment.overall_band()) {
        (Some(score), Some(band)) => {
            format!("{score} out of 100, {}", band.label().to_lowercase())
        }
        _ => "not enough answers yet".to_string(),
    };
    Ok(standalone_svg(
        &chart,
        &PictureText {
            heading: "Partnership Readiness Check",
            subheading: &subheading,
            overall: &overall,
            score_lines: &score_lines(bank, assessment),
        },
    ))
}

#[component]
pub fn PictureActions(props: &PictureActionsProps) -> Html {
    let status = use_state(String::new);
    let svg_click = {
        let (assessment, label, day, status) = (
            props.assessment.clone(),
            props.label.clone(),
            props.day,
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let outcome = picture(&assessment, &label, day)
                .and_then(|svg| web::download_text(&file_name(day, "svg"), "image/svg+xml", &svg));
            status.set(match outcome {
                Ok(()) => "The chart was saved as an SVG file.".into(),
                Err(error) => format!("The SVG could not be saved: {error}."),
            });
        })
    };
    let png_click = {
        let (assessment, label, day, status) = (
            props.assessment.clone(),
            props.label.clone(),
            props.day,
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Ok(svg) = picture(&assessment, &label, day) else {
                status.set("The chart could not be drawn.".into());
                return;
            };
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome =
                    web::download_png(&file_name(day, "png"), &svg, WIDTH, HEIGHT, PNG_SCALE).await;
                status.set(match outcome {
                    Ok(()) => "The chart was saved as a PNG image.".into(),
                    Err(error) => format!("The PNG could not be saved: {error}."),
                });
            });
        })
    };
    let print_click = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            if let Err(error) = web::print() {
                status.set(format!("Printing is not available here ({error}). Your browser\u{2019}s own Print menu works too."));
            }
        })
    };
    html! {
        <div class="picture-actions">
            <div class="button-row">
                <button type="button" class="button secondary" onclick={svg_click}>{ "Download chart (SVG)" }</button>
                <button type="button" class="button secondary" onclick={png_click}>{ "Download chart (PNG)" }</button>
                <button type="button" class="button secondary" onclick={print_click}>{ "Print or save as PDF" }</button>
            </div>
            <p class="share-status" role="status" data-testid="picture-status">{ (*status).clone() }</p>
        </div>
    }
}
