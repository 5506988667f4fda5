//! "Download chart (SVG)", "Download chart (PNG)" and "Print or save as PDF" for any picture:
//! the person's own result, a shared one, or a comparison.

use yew::prelude::*;

use crate::core::words::picture::{Picture, WIDTH};
use crate::ui::content::use_content;
use crate::ui::web;

/// PNGs are drawn at twice the picture's size so they stay crisp on slides.
const PNG_SCALE: u32 = 2;

#[derive(Properties, PartialEq)]
pub struct PictureActionsProps {
    /// Draws the standalone SVG (see `core::words::picture`), or says why it could not. Called only
    /// when a download is asked for, not on every render of the page around it.
    pub draw: Callback<(), Result<Picture, String>>,
    /// The file name without its extension, e.g. "partnership-readiness-2026-11-23".
    pub file_stem: AttrValue,
}

#[component]
pub fn PictureActions(props: &PictureActionsProps) -> Html {
    let content = use_content();
    let status = use_state(String::new);
    let svg_click = {
        let (content, draw, stem, status) = (
            content,
            props.draw.clone(),
            props.file_stem.clone(),
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let outcome = draw.emit(()).and_then(|picture| {
                web::download_text(
                    &content,
                    &format!("{stem}.svg"),
                    "image/svg+xml",
                    &picture.svg,
                )
            });
            status.set(match outcome {
                Ok(()) => content.text("picture-svg-saved"),
                Err(error) => content.format(
                    "picture-svg-not-saved",
                    &[("reason", error.as_str().into())],
                ),
            });
        })
    };
    let png_click = {
        let (content, draw, stem, status) = (
            content,
            props.draw.clone(),
            props.file_stem.clone(),
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Ok(picture) = draw.emit(()) else {
                status.set(content.text("picture-not-drawn"));
                return;
            };
            let (content, stem, status) = (content, stem.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = web::download_png(
                    &content,
                    &format!("{stem}.png"),
                    &picture.svg,
                    WIDTH,
                    picture.height,
                    PNG_SCALE,
                )
                .await;
                status.set(match outcome {
                    Ok(()) => content.text("picture-png-saved"),
                    Err(error) => content.format(
                        "picture-png-not-saved",
                        &[("reason", error.as_str().into())],
                    ),
                });
            });
        })
    };
    let print_click = {
        let (content, status) = (content, status.clone());
        Callback::from(move |_: MouseEvent| {
            if let Err(error) = web::print(&content) {
                status.set(
                    content.format("picture-print-failed", &[("reason", error.as_str().into())]),
                );
            }
        })
    };
    html! {
        <div class="picture-actions">
            <div class="button-row">
                <button type="button" class="button secondary" onclick={svg_click}>{ content.text("picture-download-svg") }</button>
                <button type="button" class="button secondary" onclick={png_click}>{ content.text("picture-download-png") }</button>
                <button type="button" class="button secondary" onclick={print_click}>{ content.text("picture-print") }</button>
            </div>
            <p class="share-status" role="status" data-testid="picture-status">{ (*status).clone() }</p>
        </div>
    }
}
