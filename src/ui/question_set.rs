//! The active question set as a value: `Boot` names it once (today the built-in questionnaire),
//! Root provides it to the views, and the app state holds it; nothing else reaches for "the"
//! set. Formats and scoring receive it as a parameter. It is a page-lifetime reference compared
//! by identity, like `ContentRef`, so passing it around copies nothing.

use std::ops::Deref;

use yew::prelude::*;

use crate::core::questions::questionnaire::{default_bank, Questionnaire};

#[derive(Debug, Clone, Copy)]
pub struct QuestionSetRef(&'static Questionnaire);

impl QuestionSetRef {
    /// The built-in questionnaire (its shape and English words, which files and links use).
    pub fn built_in() -> QuestionSetRef {
        QuestionSetRef(default_bank())
    }

    pub fn get(self) -> &'static Questionnaire {
        self.0
    }
}

impl PartialEq for QuestionSetRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Deref for QuestionSetRef {
    type Target = Questionnaire;

    fn deref(&self) -> &Questionnaire {
        self.0
    }
}

/// The set Root provides (the built-in one when a component is rendered on its own, as in the
/// browser component tests).
#[hook]
pub fn use_question_set() -> QuestionSetRef {
    use_context::<QuestionSetRef>().unwrap_or_else(QuestionSetRef::built_in)
}
