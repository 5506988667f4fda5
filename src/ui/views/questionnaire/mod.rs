//! The questionnaire: the welcome, each section of statements, progress and the section nav.

pub mod progress;
pub mod section;
pub mod section_nav;
pub mod statement;
pub mod welcome;
