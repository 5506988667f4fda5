//! "Download chart (SVG)", "Download chart (PNG)" and "Print or save as PDF" for any picture:
//! the person's own result, a shared one, or a comparison.

use yew::prelude::*;

use crate::core::picture::{HEIGHT, WIDTH};
use crate::ui::web;

/// PNGs are drawn at twice the picture's size so they stay crisp on slides.
const PNG_SCALE: u32 = 2;

#[derive(Properties, PartialEq)]
pub struct PictureActionsProps {
    /// Draws the standalone SVG (see `core::picture`), or says why it could not. Called only
    /// when a download is asked for, not on every render of the page around it.
    pub draw: Callback<(), Result<String, String>>,
    /// The file name without its extension, e.g. "partnership-readiness-2026-11-23".
    pub file_stem: AttrValue,
}

#[component]
pub fn PictureActions(props: &PictureActionsProps) -> Html {
    let status = use_state(String::new);
    let svg_click = {
        let (draw, stem, status) = (props.draw.clone(), props.file_stem.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let outcome = draw
                .emit(())
                .and_then(|svg| web::download_text(&format!("{stem}.svg"), "image/svg+xml", &svg));
            status.set(match outcome {
                Ok(()) => "The chart was saved as an SVG file.".into(),
                Err(error) => format!("The SVG could not be saved: {error}."),
            });
        })
    };
    let png_click = {
        let (draw, stem, status) = (props.draw.clone(), props.file_stem.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let Ok(svg) = draw.emit(()) else {
                status.set("The chart could not be drawn.".into());
                return;
            };
            let (stem, status) = (stem.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome =
                    web::download_png(&format!("{stem}.png"), &svg, WIDTH, HEIGHT, PNG_SCALE).await;
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
