//! The browser APIs that sharing needs: the page address, clipboard, share sheet, downloads,
//! reading a chosen file and drawing an SVG into a PNG. Each is feature-checked before use and
//! reports failure as text, because any of them may be missing or refused (older browsers,
//! iframes without permission, insecure origins) and the page must carry on.
//!
//! A failure's text is either the browser's own words (an exception's message, in the browser's
//! language, passed on as it is) or ours, in the content's language (the `browser-…` messages):
//! so the functions that can fail take the content first.

use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

use crate::core::formats::address::restore_fragment;
use crate::core::questions::content::Content;

fn window() -> Result<web_sys::Window, ()> {
    web_sys::window().ok_or(())
}

/// The browser window, or why there is none, in the content's language.
fn window_in(content: &Content) -> Result<web_sys::Window, String> {
    window().map_err(|()| content.text("browser-no-window"))
}

/// The browser's own words for a failure, or ours when it gave none.
fn describe(content: &Content, error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| content.text("browser-refused"))
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

/// Puts back a result, comparison or guide fragment that a mail filter encoded into the path or
/// a query value (`core::formats::address`), without reloading and without a history entry. A real
/// fragment wins: then nothing was rewritten.
pub fn restore_mail_rewritten_fragment() {
    let Ok(window) = window() else {
        return;
    };
    let location = window.location();
    if !location.hash().unwrap_or_default().is_empty() {
        return;
    }
    let path_and_query = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let (Some(restored), Ok(history)) = (restore_fragment(&path_and_query), window.history()) {
        let url = format!("{}#{}", restored.path_and_query, restored.fragment);
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
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

/// Where the widget runs, as far as storage lasting is concerned (see `core::host::durability`).
pub fn storage_context() -> crate::core::host::durability::StorageContext {
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
            top_host.is_none_or(|top| !crate::core::host::durability::same_site(&top, &own_host))
        }
        _ => false,
    };
    let navigator = window.navigator();
    let user_agent = navigator.user_agent().unwrap_or_default();
    let home_screen_app = Reflect::get(&navigator, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|value| value.as_bool())
        .unwrap_or(false);
    crate::core::host::durability::StorageContext {
        in_foreign_frame,
        webkit: crate::core::host::durability::is_webkit(&user_agent),
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
pub async fn copy_text(content: &Content, text: &str) -> Result<(), String> {
    let navigator = window_in(content)?.navigator();
    if !has_property(&navigator, "clipboard") {
        return Err(content.text("browser-no-clipboard"));
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| describe(content, e))
}

/// Whether the system share sheet exists (phones, some desktops).
pub fn can_share() -> bool {
    window()
        .map(|w| has_property(&w.navigator(), "share"))
        .unwrap_or(false)
}

/// Opens the system share sheet with a title and a link.
pub async fn share_link(content: &Content, title: &str, url: &str) -> Result<(), String> {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    JsFuture::from(window_in(content)?.navigator().share_with_data(&data))
        .await
        .map(|_| ())
        .map_err(|e| describe(content, e))
}

fn blob_of(content: &Content, text: &str, mime: &str) -> Result<Blob, String> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = Array::of1(&JsValue::from_str(text));
    Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| describe(content, e))
}

/// The page's document, or why there is none.
fn document_in(content: &Content) -> Result<web_sys::Document, String> {
    window_in(content)?
        .document()
        .ok_or_else(|| content.text("browser-no-document"))
}

/// Saves `href` as a file named `name` through a temporary link.
fn download_href(content: &Content, name: &str, href: &str) -> Result<(), String> {
    let document = document_in(content)?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| describe(content, e))?
        .dyn_into()
        .map_err(|_| content.text("browser-no-link"))?;
    link.set_href(href);
    link.set_download(name);
    link.set_rel("noopener");
    link.click();
    Ok(())
}

/// Saves text as a file.
pub fn download_text(content: &Content, name: &str, mime: &str, text: &str) -> Result<(), String> {
    let url = Url::create_object_url_with_blob(&blob_of(content, text, mime)?)
        .map_err(|e| describe(content, e))?;
    let result = download_href(content, name, &url);
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
    content: &Content,
    name: &str,
    svg: &str,
    width: u32,
    height: u32,
    scale: u32,
) -> Result<(), String> {
    let describe = |e| describe(content, e);
    let no_drawing = || content.text("browser-no-drawing");
    let document = document_in(content)?;
    let url = Url::create_object_url_with_blob(&blob_of(content, svg, "image/svg+xml")?)
        .map_err(describe)?;
    let image = HtmlImageElement::new().map_err(describe)?;
    let loaded = Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(&url);
    let outcome = JsFuture::from(loaded).await;
    let _ = Url::revoke_object_url(&url);
    outcome.map_err(|_| content.text("browser-chart-not-drawn"))?;

    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| content.text("browser-no-canvas"))?;
    canvas.set_width(width * scale);
    canvas.set_height(height * scale);
    let context = canvas
        .get_context("2d")
        .map_err(describe)?
        .ok_or_else(no_drawing)?
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .map_err(|_| no_drawing())?;
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
    download_href(content, name, &data_url)
}

/// Reads a file the person chose, refusing anything over `max_bytes` before reading it.
pub async fn read_file(
    content: &Content,
    file: &web_sys::File,
    max_bytes: usize,
) -> Result<String, String> {
    if file.size() > max_bytes as f64 {
        let kilobytes = (file.size() / 1024.0).round() as i64;
        return Err(content.format("browser-file-too-large", &[("size", kilobytes.into())]));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| describe(content, e))?;
    text.as_string()
        .ok_or_else(|| content.text("browser-file-not-text"))
}

/// Opens the browser's print dialogue (which also offers "Save as PDF").
pub fn print(content: &Content) -> Result<(), String> {
    window_in(content)?
        .print()
        .map_err(|e| describe(content, e))
}

/// Whether the window is wide enough (60rem, the results grid's breakpoint) for the score table
/// to sit beside the chart.
pub fn is_wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 60rem)").ok().flatten())
        .is_some_and(|query| query.matches())
}
