//! Living inside another organisation's page: reading the settings from the address, applying
//! the accent colour, and telling the host page how tall the content is so its iframe can fit it
//! (see src/host/embed.js, which listens for these messages).

use js_sys::Object;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::settings::Settings;
use crate::core::theme::{theme, AccentTokens};

/// The message type the host script listens for.
pub const HEIGHT_MESSAGE: &str = "partnership-readiness:height";

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

fn post_height(window: &web_sys::Window, body: &web_sys::HtmlElement) {
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let height = body.get_bounding_client_rect().height().ceil();
    let message = Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // Any origin may receive it: it is only a height, and the widget cannot know which site
    // embeds it. The host script checks that the message comes from its own frame.
    let _ = parent.post_message(&message, "*");
}

/// In a frame, reports the page's height to the parent whenever it changes.
#[hook]
pub fn use_report_height() {
    use_effect_with((), |_| {
        let window = web_sys::window();
        let in_frame = window
            .as_ref()
            .and_then(|w| w.parent().ok().flatten().map(|parent| parent != *w))
            .unwrap_or(false);
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
