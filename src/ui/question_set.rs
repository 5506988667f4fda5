//! The active question set as a value: `Boot` names it once (today the built-in questionnaire)
//! and carries it to the views, and the app state holds it; nothing else reaches for "the"
//! set. Formats and scoring receive it as a parameter. It is a page-lifetime reference compared
//! by identity, like `ContentRef`, so passing it around copies nothing.

use std::ops::Deref;

use yew::prelude::*;

use crate::core::questions::set::{built_in_set, QuestionSet};
use crate::ui::boot::use_boot;

#[derive(Debug, Clone, Copy)]
pub struct QuestionSetRef(&'static QuestionSet);

impl QuestionSetRef {
    /// The built-in question set (its shape, which every language, file and link shares).
    pub fn built_in() -> QuestionSetRef {
        QuestionSetRef(built_in_set())
    }

    pub fn get(self) -> &'static QuestionSet {
        self.0
    }
}

impl PartialEq for QuestionSetRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Deref for QuestionSetRef {
    type Target = QuestionSet;

    fn deref(&self) -> &QuestionSet {
        self.0
    }
}

/// The set `Boot` names (the context Root provides; read from the browser when a component is
/// rendered on its own, as in the browser component tests). Not a context of its own: each
/// context type costs the wasm a component's worth of code.
#[hook]
pub fn use_question_set() -> QuestionSetRef {
    use_boot().question_set
}
