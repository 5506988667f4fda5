//! The prerendered first screen: a new visitor's welcome, rendered at build time from these same
//! components (examples/prerender.rs, put into index.html by `cargo xtask post-build`), one inert
//! `<template>` per shipped language inside `#app`. src/host/boot.js, first in `<head>`, decides
//! whether this visit may see it (a new visitor with nothing stored, no fragment and only the
//! settings the screen shows); if so it puts the visit's language's copy in the page as a
//! `<div class="prerender">` and marks `<html>` with the language. The app then keeps
//! the shown block on screen until its own first screen can take its place in the same frame
//! (`set_aside`, `remove`): replaced, never hydrated, so no mismatch can stop the app. The names
//! below are the one source of the ids the build writes, boot.js reads (a test checks it) and the
//! app removes.

use wasm_bindgen::JsCast;

use crate::core::questions::role::Role;
use crate::core::questions::set::Stage;
use crate::core::text::language::Language;

/// Each language's template, and the block made from it: `prc-prerender-<code>`.
pub const ID_PREFIX: &str = "prc-prerender-";
/// An empty `<template>` after the last block: once it is parsed, every block is.
pub const END_ID: &str = "prc-prerender-end";
/// Set on `<html>` by boot.js when the visit's block is shown (its value is the language).
pub const SHOWN_ATTRIBUTE: &str = "data-prc-prerender";
/// Set on `<html>` by boot.js once it has decided to show the prerender, until it is shown.
pub const FIRST_ATTRIBUTE: &str = "data-prc-first";
/// Markup boot.js adds to a language's block: `prc-slot-<code>-name` holds the app's markup for a
/// host's name, around `NAME_SENTINEL`, which boot.js replaces with the name as text.
pub const SLOT_PREFIX: &str = "prc-slot-";
/// Two private-use characters around a word: no message or name of ours holds them.
pub const NAME_SENTINEL: &str = "\u{E000}prc-name\u{E001}";
/// Each language's "getting ready" words: `prc-getting-ready-<code>` templates.
pub const WORDS_PREFIX: &str = "prc-getting-ready-";
/// The polite live region boot.js puts them in when a person clicks before the app starts.
pub const READY_ID: &str = "prc-getting-ready";
/// Set on `<html>` by boot.js to the `data-early` values of the replayable buttons clicked,
/// space-separated: `start` once, and the last language chosen.
pub const EARLY_ATTRIBUTE: &str = "data-prc-early";
/// On a prerendered button whose click before the app starts is replayed: `start`, or
/// `language-<code>`.
pub const EARLY_CONTROL_ATTRIBUTE: &str = "data-early";
/// The `data-early` value of the welcome's Start button.
pub const EARLY_START: &str = "start";

/// What a person did on the prerendered screen before the app started, read as it mounts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Early {
    /// They pressed Start.
    pub start: bool,
    /// They chose a language.
    pub language: Option<Language>,
    /// The stage and role radio buttons they set.
    pub stage: Option<Stage>,
    pub role: Option<Role>,
    /// The id of the control that had the keyboard focus.
    pub focused: Option<String>,
}

/// The prerendered screen, while it is on the page.
fn shown_block(document: &web_sys::Document) -> Option<web_sys::Element> {
    document.query_selector(".prerender").ok().flatten()
}

/// Reads what was done on the shown prerender, or None when none is shown.
pub fn read_early() -> Option<Early> {
    let document = web_sys::window()?.document()?;
    let block = shown_block(&document)?;
    let checked = |name: &str| {
        block
            .query_selector(&format!("input[name='{name}']:checked"))
            .ok()
            .flatten()
            .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
    };
    let replay = document
        .document_element()
        .and_then(|html| html.get_attribute(EARLY_ATTRIBUTE))
        .unwrap_or_default();
    let focused = document
        .active_element()
        .filter(|element| block.contains(Some(element)))
        .map(|element| element.id())
        .filter(|id| !id.is_empty());
    let tokens: Vec<&str> = replay.split(' ').collect();
    Some(Early {
        start: tokens.contains(&EARLY_START),
        language: tokens
            .iter()
            .rev()
            .find_map(|token| token.strip_prefix("language-"))
            .and_then(|code| Language::from_tag(code, false)),
        stage: checked("stage").and_then(|id| Stage::from_id(&id)),
        role: checked("role").and_then(|id| Role::from_id(&id)),
        focused,
    })
}

/// Called as the app mounts, before it clears `app`: the shown block (if any) moves out of the
/// way, just before `app`, so it stays on screen until the app has its first screen to replace
/// it with (`remove`); the templates go with the rest of `app`.
pub fn set_aside(app: &web_sys::Element) {
    let Some(document) = app.owner_document() else {
        return;
    };
    let shown = document
        .document_element()
        .and_then(|html| html.get_attribute(SHOWN_ATTRIBUTE))
        .and_then(|code| document.get_element_by_id(&format!("{ID_PREFIX}{code}")));
    if let (Some(block), Some(parent)) = (&shown, app.parent_node()) {
        let _ = parent.insert_before(block, Some(app));
    }
}

/// Replaces the prerender with the app's first screen, drawn in this task: what was done on it
/// (when one was shown), then `remove`.
pub fn hand_over() -> Option<Early> {
    let done = read_early();
    remove();
    done
}

/// Puts the keyboard focus on the element with id `id`, if there is one: the app's copy of the
/// control focused on the prerendered welcome it replaced.
pub fn focus_again(id: Option<&str>) {
    if let Some(element) = id
        .and_then(|id| web_sys::window()?.document()?.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Removes the prerendered screen: the app's first screen takes its place in the same frame.
/// Called in the same task as the app's first render with content (before any paint), never
/// from an effect, which may run a frame later.
pub fn remove() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(line) = document.get_element_by_id(READY_ID) {
        line.remove();
    }
    // Its marks go with it, so no rule keyed on them applies to the app; the loading line it
    // kept hidden goes too (ui::loading would remove it only after the app's first render).
    if shown_block(&document).is_some() {
        if let Some(line) = document.get_element_by_id(super::loading::LOADING_ID) {
            line.remove();
        }
    }
    if let Some(html) = document.document_element() {
        for attribute in [SHOWN_ATTRIBUTE, FIRST_ATTRIBUTE, EARLY_ATTRIBUTE] {
            let _ = html.remove_attribute(attribute);
        }
    }
    if let Ok(blocks) = document.query_selector_all(".prerender") {
        for index in 0..blocks.length() {
            if let Some(block) = blocks
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                block.remove();
            }
        }
    }
}
