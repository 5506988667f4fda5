//! The questionnaire: criteria, statements, stages and the answer scale, its validation and
//! built-in editions, and the facilitator's guide's texts.

pub mod guide;
pub mod rules;
pub mod set;
pub mod texts;
