//! Living inside another organisation's page: reading the settings from the address, applying
//! the accent colour, and telling the host page how tall the content is so its iframe can fit it
//! (see src/host/embed.js, which listens for these messages).

use std::cell::RefCell;

use gloo_events::EventListener;
use js_sys::Object;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::host::settings::{Settings, SETTING_KEYS};
use crate::core::host::theme::{theme, AccentTokens};

/// The message types the host script listens for: the content's height, and "show my top" after
/// the person moves to another page of the widget.
pub const HEIGHT_MESSAGE: &str = "partnership-readiness:height";
pub const TOP_MESSAGE: &str = "partnership-readiness:top";
/// From the host script: `{ type, origin }`, the embedding page's origin.
pub const HELLO_MESSAGE: &str = "partnership-readiness:hello";
/// To the host script: "say hello again" (the app may start after the frame's load event).
pub const READY_MESSAGE: &str = "partnership-readiness:ready";

/// The settings in this page's address; each rejected value is reported to the console for the
/// site's developer (in English: see `core::host::settings`) and otherwise ignored.
pub fn settings_from_address() -> Settings {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    let mut pairs: Vec<(String, String)> = Vec::new();
    if let Some(params) = params {
        for key in SETTING_KEYS {
            if let Some(value) = params.get(key) {
                pairs.push((key.to_string(), value));
            }
        }
    }
    let (settings, warnings) =
        Settings::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for warning in warnings {
        web_sys::console::warn_1(&format!("Partnership Readiness Check: {warning}").into());
    }
    settings
}

/// Sets the accent tokens as custom properties on the root element (through the CSSOM, which a
/// strict Content-Security-Policy allows, unlike a style attribute or element).
pub fn apply_accent(settings: &Settings) {
    let Some(accent) = settings.accent else {
        return;
    };
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let theme = theme(accent);
    let style = root.style();
    let set = |prefix: &str, tokens: &AccentTokens| {
        for (name, colour) in [
            ("accent", tokens.accent),
            ("accent-strong", tokens.strong),
            ("accent-soft", tokens.soft),
            ("on-accent", tokens.on_accent),
        ] {
            let _ = style.set_property(&format!("--brand-{prefix}{name}"), &colour.hex());
        }
    };
    set("", &theme.light);
    set("dark-", &theme.dark);
}

/// The parent window when this page is in a frame.
fn parent_frame(window: &web_sys::Window) -> Option<web_sys::Window> {
    window
        .parent()
        .ok()
        .flatten()
        .filter(|parent| parent != window)
}

thread_local! {
    /// The embedding page's origin, once its host script has said it in a hello that the
    /// browser's own `event.origin` confirms. Until then nothing is posted: the frame cannot
    /// learn its host's origin reliably by itself (Firefox has no `ancestorOrigins`, and
    /// referrers may be stripped), and heights must never go to `"*"`.
    static HOST_ORIGIN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Whether a hello message is believable: from the parent window, and naming the origin the
/// browser reports for it (an opaque "null" origin cannot be a target, so it never is).
pub fn confirmed_host_origin(data: &JsValue, event_origin: &str) -> Option<String> {
    let kind = js_sys::Reflect::get(data, &"type".into())
        .ok()?
        .as_string()?;
    let claimed = js_sys::Reflect::get(data, &"origin".into())
        .ok()?
        .as_string()?;
    (kind == HELLO_MESSAGE && claimed == event_origin && event_origin != "null").then_some(claimed)
}

/// Posts `{ type, ...fields }` to the host page, at its confirmed origin only.
fn post_to_host(window: &web_sys::Window, kind: &str, fields: &[(&str, JsValue)]) {
    let Some(parent) = parent_frame(window) else {
        return;
    };
    let Some(origin) = HOST_ORIGIN.with(|origin| origin.borrow().clone()) else {
        return;
    };
    let _ = parent.post_message(&message(kind, fields), &origin);
}

/// `{ type: kind, ...fields }`, as the host script reads it.
fn message(kind: &str, fields: &[(&str, JsValue)]) -> Object {
    let message = Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&message, &(*name).into(), value);
    }
    message
}

/// Heights go to the host page rounded up to steps of this many pixels. An exact height would
/// tell a script on the host page (an analytics tag, say) which parts of the results are open and
/// how long each criterion's list is; a step says little more than which view is shown. The frame
/// is at most one step taller than its content, and never scrolls inside.
pub const HEIGHT_STEP_PX: f64 = 160.0;

/// `height` rounded up to a whole number of steps.
pub fn quantised_height(height: f64) -> f64 {
    (height / HEIGHT_STEP_PX).ceil().max(1.0) * HEIGHT_STEP_PX
}

fn post_height(window: &web_sys::Window, body: &web_sys::HtmlElement) {
    let height = quantised_height(body.get_bounding_client_rect().height());
    post_to_host(window, HEIGHT_MESSAGE, &[("height", height.into())]);
}

/// After a move to another page of the widget: in a frame that fits its content the frame never
/// scrolls, so the host page must bring the frame's top into view.
pub fn show_top_in_host() {
    if let Some(window) = web_sys::window() {
        post_to_host(&window, TOP_MESSAGE, &[]);
    }
}

/// In a frame: waits for the host script's hello, then reports the page's height to the host
/// whenever it changes.
#[hook]
pub fn use_report_height() {
    use_effect_with((), |_| {
        let window = web_sys::window();
        let parent = window.as_ref().and_then(parent_frame);
        let watch = window.zip(parent).and_then(|(window, parent)| {
            let body = window.document()?.body()?;
            let on_resize = {
                let (window, body) = (window.clone(), body.clone());
                Closure::<dyn FnMut()>::new(move || post_height(&window, &body))
            };
            let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
            observer.observe(&body);
            let on_message = {
                let (window, parent) = (window.clone(), parent.clone());
                EventListener::new(&window.clone(), "message", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    // Compared as plain values: a cross-origin parent is not an `instanceof
                    // Window` of this realm, so it cannot be cast to one.
                    let from_parent = event
                        .source()
                        .is_some_and(|source| JsValue::from(source) == JsValue::from(&parent));
                    if !from_parent {
                        return;
                    }
                    if let Some(origin) = confirmed_host_origin(&event.data(), &event.origin()) {
                        HOST_ORIGIN.with(|known| *known.borrow_mut() = Some(origin));
                        post_height(&window, &body);
                    }
                })
            };
            // The host script also says hello when the frame loads, but the app may start after
            // that: asking again costs nothing and carries no information.
            let _ = parent.post_message(&message(READY_MESSAGE, &[]), "*");
            Some((observer, on_resize, on_message))
        });
        move || {
            if let Some((observer, _on_resize, _on_message)) = watch {
                observer.disconnect();
            }
        }
    });
}
