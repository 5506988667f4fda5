//! index.html's loading line, kept on screen until the first view can be shown.
//!
//! The line is written in index.html (and put into the visit's language by loader.js, which may
//! still be fetching those words when the app starts). The app cannot show it in a view of its
//! own, since a visit in Welsh has no Welsh words until the language's file arrives: so the very
//! element the loader looks after is moved just before `#app`, out of the way of Yew, and removed
//! once Root has content to show.

/// The loading line's id in index.html (loader.js knows it too).
pub const LOADING_ID: &str = "prc-loading";

/// Moves the loading line out of `app` (which Yew is about to take over) to just before it.
pub fn keep_beside(app: &web_sys::Element) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Some(line), Some(parent)) = (document.get_element_by_id(LOADING_ID), app.parent_node())
    {
        let _ = parent.insert_before(&line, Some(app));
    }
}

/// Set on `<html>` once the app itself is on screen. Anything that must tell the running app from
/// what index.html shows before it (the tests, the bench, a prerendered first screen) waits for
/// this one attribute rather than for an element the page may already hold.
pub const LIVE_ATTRIBUTE: &str = "data-prc-live";

/// Removes the loading line and marks the page live: the first view is on screen.
pub fn finished() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(line) = document.get_element_by_id(LOADING_ID) {
        line.remove();
    }
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute(LIVE_ATTRIBUTE, "");
    }
}
