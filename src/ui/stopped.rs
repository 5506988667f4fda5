//! If the app ever panics, the page must not freeze silently. In wasm a panic aborts: after the
//! hook runs, the module traps and can never run again, so the notice is plain HTML that is
//! already in index.html (`#prc-stopped`, with its words) and only needs to be shown. loader.js
//! shows the same notice when it sees the trap, which also covers errors that are not panics.

use std::panic::PanicHookInfo;

use wasm_bindgen::JsCast;

/// The id of the notice in index.html.
pub const NOTICE_ID: &str = "prc-stopped";

/// The panic hook: the message for the developer console (in English, like every console
/// message: see `core::host::settings`), then the notice for the person. The notice's words are
/// already in index.html (page.ftl's `loader-stopped…`, put in by loader.js): once the module has
/// trapped, it can read no content.
pub fn on_panic(info: &PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("Partnership Readiness Check stopped: {info}").into());
    show_notice();
}

/// Shows the "this page has stopped" notice. loader.js does it when it is there (it attaches
/// the reload button's handler, which must keep working after the module has trapped);
/// otherwise the notice is simply unhidden.
pub fn show_notice() {
    let loader = js_sys::Reflect::get(&js_sys::global(), &"__prcStopped".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(loader) = loader {
        let _ = loader.call0(&wasm_bindgen::JsValue::NULL);
        return;
    }
    if let Some(notice) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(NOTICE_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        notice.set_hidden(false);
    }
}
