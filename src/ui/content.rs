//! How components get the content (every word, in the chosen language): a Yew context that Root
//! provides, so a component never reaches for a global and a language switch re-renders
//! everything at once.

use std::ops::Deref;

use yew::prelude::*;

use crate::core::questions::content::Content;

/// The content of one language, shared. Each language is made once per page and kept for the
/// page's life (the core's English, and each fetched language on first use), so the context is
/// a plain reference: no second copy of English (the core's is the one scoring uses too), and
/// switching back to a language does not fetch or parse it again.
#[derive(Debug, Clone, Copy)]
pub struct ContentRef(&'static Content);

impl ContentRef {
    /// Keeps `content` for the rest of the page's life. Called once per language (see
    /// ui::language::load), so what it keeps is bounded by the languages shipped.
    pub fn keep(content: Content) -> ContentRef {
        ContentRef(Box::leak(Box::new(content)))
    }
}

impl PartialEq for ContentRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Deref for ContentRef {
    type Target = Content;

    fn deref(&self) -> &Content {
        self.0
    }
}

/// The built-in English content.
pub fn english() -> ContentRef {
    ContentRef(Content::english())
}

/// The content the app was given (English when rendered without Root, as in component tests).
#[hook]
pub fn use_content() -> ContentRef {
    use_context::<ContentRef>().unwrap_or_else(english)
}
