//! The browser side of languages: which one a visit starts in (core::text::language::choose with what
//! this browser remembers, asks for and prefers), fetching a language's catalogue, remembering a
//! choice, and telling the page (`<html lang>`, the title) which language it is in.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::core::formats::stored::keys::LANGUAGE_KEY;
use crate::core::questions::content::{
    catalogue_path, Content, CATALOGUE_TIME_LIMIT_MS, MAX_CATALOGUE_BYTES,
};
use crate::core::text::language::{choose, Language};

use super::content::{english, ContentRef};
use super::fetch::{fetch_text, Limits};
use super::storage::Store;

thread_local! {
    /// Each language fetched so far, kept for the page's life (switching back reuses it).
    static LOADED: RefCell<HashMap<Language, ContentRef>> = RefCell::new(HashMap::new());
}

/// The language this visit starts in.
pub fn initial_language() -> Language {
    let remembered = Store::open().read(LANGUAGE_KEY).ok().flatten();
    let requested = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"));
    let preferred: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default();
    choose(remembered.as_deref(), requested.as_deref(), &preferred)
}

/// Remembers the person's choice on this device, where storage allows (blocked storage only
/// means the next visit chooses again). Called only once the language's file has loaded, so a
/// file that never arrives is not asked for again at every visit.
pub fn remember(language: Language) {
    let _ = Store::open().write(LANGUAGE_KEY, language.code());
}

/// The content for `language`: English at once, any other language fetched from the widget's
/// own `lang/` folder within the time and size limits, and read only if it is this build's file.
/// The error says why not, for the console.
pub async fn load(language: Language) -> Result<ContentRef, String> {
    if language == Language::English {
        return Ok(english());
    }
    if let Some(kept) = LOADED.with(|loaded| loaded.borrow().get(&language).copied()) {
        return Ok(kept);
    }
    let limits = Limits {
        time_ms: CATALOGUE_TIME_LIMIT_MS,
        bytes: MAX_CATALOGUE_BYTES,
    };
    let text = fetch_text(&catalogue_path(language), limits)
        .await
        .map_err(|problem| problem.to_string())?;
    let content = ContentRef::keep(
        crate::ui::timing::measure(&crate::ui::timing::content_measure(language.code()), || {
            Content::from_fetched_catalogue(language, &text)
        })
        .map_err(|e| e.to_string())?,
    );
    LOADED.with(|loaded| loaded.borrow_mut().insert(language, content));
    Ok(content)
}

/// Tells the page which language it is in: `<html lang>` (screen readers' pronunciation, the
/// browser's translate offer), the title and the description.
pub fn apply_to_document(content: &Content) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", content.language.tag());
    }
    document.set_title(&content.text("page-title"));
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", &content.text("page-description"));
    }
}
