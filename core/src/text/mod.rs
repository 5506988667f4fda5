//! Languages, compiled catalogues and their messages, the `Content` a view reads, calendar days
//! and their words, and the cleaning of untrusted text.

pub mod calendar;
pub mod clean;
pub mod content;
pub mod language;
pub mod messages;
pub mod numbers;
