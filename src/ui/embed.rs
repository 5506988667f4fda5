//! Living inside another organisation's page: reading the settings from the address, applying
//! the accent colour, and telling the host page how tall the content is so its iframe can fit it
//! (see src/host/embed.js, which listens for these messages).

use js_sys::Object;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::settings::Settings;
use crate::core::theme::{theme, AccentTokens};

/// The message types the host script listens for: the content's height, and "show my top" after
/// the person moves to another page of the widget.
pub const HEIGHT_MESSAGE: &str = "partnership-readiness:height";
pub const TOP_MESSAGE: &str = "partnership-readiness:top";

/// The settings in this page's address; each rejected value is reported to the console for the
/// site's developer and otherwise ignored.
pub fn settings_from_address() -> Settings {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    let mut pairs: Vec<(String, String)> = Vec::new();
    if let Some(params) = params {
        for key in ["name", "accent", "welcome", "sharing"] {
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

/// Posts `{ type, ...fields }` to the host page. Any origin may receive it: it holds only a
/// height or a request to scroll, and the widget cannot know which site embeds it. The host
/// script checks that each message comes from its own frame.
fn post_to_host(window: &web_sys::Window, kind: &str, fields: &[(&str, JsValue)]) {
    let Some(parent) = parent_frame(window) else {
        return;
    };
    let message = Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&message, &(*name).into(), value);
    }
    let _ = parent.post_message(&message, "*");
}

fn post_height(window: &web_sys::Window, body: &web_sys::HtmlElement) {
    let height = body.get_bounding_client_rect().height().ceil();
    post_to_host(window, HEIGHT_MESSAGE, &[("height", height.into())]);
}

/// After a move to another page of the widget: in a frame that fits its content the frame never
/// scrolls, so the host page must bring the frame's top into view.
pub fn show_top_in_host() {
    if let Some(window) = web_sys::window() {
        post_to_host(&window, TOP_MESSAGE, &[]);
    }
}

/// In a frame, reports the page's height to the parent whenever it changes.
#[hook]
pub fn use_report_height() {
    use_effect_with((), |_| {
        let window = web_sys::window();
        let in_frame = window.as_ref().and_then(parent_frame).is_some();
        let observer = window.filter(|_| in_frame).and_then(|window| {
            let body = window.document()?.body()?;
            let callback = {
                let (window, body) = (window.clone(), body.clone());
                Closure::<dyn FnMut()>::new(move || post_height(&window, &body))
            };
            let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
            observer.observe(&body);
            Some((observer, callback))
        });
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
        }
    });
}
