//! The browser APIs that sharing needs: the page address, clipboard, share sheet, downloads,
//! reading a chosen file and drawing an SVG into a PNG. Each is feature-checked before use and
//! reports failure as text, because any of them may be missing or refused (older browsers,
//! iframes without permission, insecure origins) and the page must carry on.

use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

fn window() -> Result<web_sys::Window, String> {
    web_sys::window().ok_or_else(|| "no browser window".to_string())
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser refused".to_string())
}

/// The fragment of the page address, including its `#`, or "".
pub fn fragment() -> String {
    window()
        .ok()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page address without its fragment, the base of every snapshot link.
pub fn address_without_fragment() -> String {
    let href = window()
        .ok()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.find('#') {
        Some(hash) => href[..hash].to_string(),
        None => href,
    }
}

/// Sets the fragment without a history entry and without a `hashchange` event (the page
/// already shows what it describes).
pub fn replace_fragment(fragment: &str) {
    if let Ok(window) = window() {
        if let Ok(history) = window.history() {
            let url = format!("{}#{fragment}", address_without_fragment());
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// Removes the fragment without reloading and without a history entry.
pub fn clear_fragment() {
    if let Ok(window) = window() {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(
                &JsValue::NULL,
                "",
                Some(&address_without_fragment()),
            );
        }
    }
}

/// Where the widget runs, as far as storage lasting is concerned (see `core::durability`).
pub fn storage_context() -> crate::core::durability::StorageContext {
    let Ok(window) = window() else {
        return Default::default();
    };
    let in_foreign_frame = match window.top() {
        Ok(Some(top)) if JsValue::from(&top) != JsValue::from(&window) => {
            // The top page's host: its address when it is of this origin, else what the browser
            // tells (ancestorOrigins in Chromium and WebKit, or the referrer); unknown -> foreign.
            let top_host = top
                .location()
                .hostname()
                .ok()
                .or_else(|| top_host_from_ancestors(&window))
                .or_else(|| {
                    let referrer = window.document()?.referrer();
                    Url::new(&referrer).ok().map(|url| url.hostname())
                });
            let own_host = window.location().hostname().unwrap_or_default();
            top_host.is_none_or(|top| !crate::core::durability::same_site(&top, &own_host))
        }
        _ => false,
    };
    let navigator = window.navigator();
    let user_agent = navigator.user_agent().unwrap_or_default();
    let home_screen_app = Reflect::get(&navigator, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|value| value.as_bool())
        .unwrap_or(false);
    crate::core::durability::StorageContext {
        in_foreign_frame,
        webkit: crate::core::durability::is_webkit(&user_agent),
        home_screen_app,
    }
}

/// The host name of the top-level page from `location.ancestorOrigins`, where the browser has
/// it (Chromium and WebKit; not Firefox).
fn top_host_from_ancestors(window: &web_sys::Window) -> Option<String> {
    let ancestors = Reflect::get(&window.location(), &JsValue::from_str("ancestorOrigins")).ok()?;
    let length = Reflect::get(&ancestors, &JsValue::from_str("length"))
        .ok()?
        .as_f64()?;
    if length < 1.0 {
        return None;
    }
    let last = Reflect::get(&ancestors, &JsValue::from_f64(length - 1.0))
        .ok()?
        .as_string()?;
    Url::new(&last).ok().map(|url| url.hostname())
}

/// Reloads the page (to pick up a newer version of the widget).
pub fn reload() {
    if let Ok(window) = window() {
        let _ = window.location().reload();
    }
}

/// Opens a fragment of this page (`#result=…`) in place of the current history entry, so a
/// shared result's scores and label never become a Back-button entry of their own.
pub fn replace_with_fragment(fragment: &str) {
    if let Ok(window) = window() {
        let url = format!("{}#{fragment}", address_without_fragment());
        let _ = window.location().replace(&url);
    }
}

fn has_property(target: &JsValue, name: &str) -> bool {
    Reflect::get(target, &JsValue::from_str(name))
        .map(|value| !value.is_undefined() && !value.is_null())
        .unwrap_or(false)
}

/// Copies text with the asynchronous Clipboard API.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let navigator = window()?.navigator();
    if !has_property(&navigator, "clipboard") {
        return Err("this browser offers no clipboard here".into());
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(describe)
}

/// Whether the system share sheet exists (phones, some desktops).
pub fn can_share() -> bool {
    window()
        .map(|w| has_property(&w.navigator(), "share"))
        .unwrap_or(false)
}

/// Opens the system share sheet with a title and a link.
pub async fn share_link(title: &str, url: &str) -> Result<(), String> {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    JsFuture::from(window()?.navigator().share_with_data(&data))
        .await
        .map(|_| ())
        .map_err(describe)
}

fn blob_of(text: &str, mime: &str) -> Result<Blob, String> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = Array::of1(&JsValue::from_str(text));
    Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)
}

/// Saves `href` as a file named `name` through a temporary link.
fn download_href(name: &str, href: &str) -> Result<(), String> {
    let document = window()?.document().ok_or("no document")?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "no link element".to_string())?;
    link.set_href(href);
    link.set_download(name);
    link.set_rel("noopener");
    link.click();
    Ok(())
}

/// Saves text as a file.
pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let url = Url::create_object_url_with_blob(&blob_of(text, mime)?).map_err(describe)?;
    let result = download_href(name, &url);
    revoke_later(url);
    result
}

/// The download has started by the time `click` returns, but some browsers read the blob a
/// moment later; the address is released after a minute instead of at once.
fn revoke_later(url: String) {
    let release = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Ok(window) = window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 60_000);
    }
}

/// Draws an SVG of `width` x `height` into a PNG `scale` times the size, and saves it.
pub async fn download_png(
    name: &str,
    svg: &str,
    width: u32,
    height: u32,
    scale: u32,
) -> Result<(), String> {
    let document = window()?.document().ok_or("no document")?;
    let url =
        Url::create_object_url_with_blob(&blob_of(svg, "image/svg+xml")?).map_err(describe)?;
    let image = HtmlImageElement::new().map_err(describe)?;
    let loaded = Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(&url);
    let outcome = JsFuture::from(loaded).await;
    let _ = Url::revoke_object_url(&url);
    outcome.map_err(|_| "the chart could not be drawn as an image".to_string())?;

    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "no canvas".to_string())?;
    canvas.set_width(width * scale);
    canvas.set_height(height * scale);
    let context = canvas
        .get_context("2d")
        .map_err(describe)?
        .ok_or("no 2D drawing")?
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .map_err(|_| "no 2D drawing".to_string())?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(width * scale),
            f64::from(height * scale),
        )
        .map_err(describe)?;
    let data_url = canvas
        .to_data_url_with_type("image/png")
        .map_err(describe)?;
    download_href(name, &data_url)
}

/// Reads a file the person chose, refusing anything over `max_bytes` before reading it.
pub async fn read_file(file: &web_sys::File, max_bytes: usize) -> Result<String, String> {
    if file.size() > max_bytes as f64 {
        return Err(format!(
            "The file is {} KB, far larger than any export from this tool (a few KB).",
            (file.size() / 1024.0).round()
        ));
    }
    let text = JsFuture::from(file.text()).await.map_err(describe)?;
    text.as_string()
        .ok_or_else(|| "the file could not be read as text".to_string())
}

/// Opens the browser's print dialogue (which also offers "Save as PDF").
pub fn print() -> Result<(), String> {
    window()?.print().map_err(describe)
}

/// Whether the window is wide enough (60rem, the results grid's breakpoint) for the score table
/// to sit beside the chart.
pub fn is_wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 60rem)").ok().flatten())
        .is_some_and(|query| query.matches())
}
