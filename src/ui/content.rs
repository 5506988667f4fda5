//! How components get the content (every word, in the chosen language): a Yew context that Root
//! provides, so a component never reaches for a global and a language switch re-renders
//! everything at once.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::content::Content;

thread_local! {
    /// The built-in English, for a component rendered without Root (the component tests).
    static ENGLISH: Rc<Content> = Rc::new(Content::english().clone());
}

/// The built-in English content, shared.
pub fn english() -> Rc<Content> {
    ENGLISH.with(Rc::clone)
}

/// The content the app was given.
#[hook]
pub fn use_content() -> Rc<Content> {
    use_context::<Rc<Content>>().unwrap_or_else(english)
}
