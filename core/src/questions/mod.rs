//! The question set (criteria, statements, editions, stages, the answer scale, who is answering), its validation and
//! built-in editions, its words per language, the facilitator's guide's texts, and `Content`:
//! everything a person reads in one language.

pub mod content;
pub mod guide;
pub mod role;
pub mod rules;
pub mod set;
pub mod texts;
