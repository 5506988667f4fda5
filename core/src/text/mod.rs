//! Languages, compiled catalogues and their messages, calendar days, numbers in words, and the
//! cleaning of untrusted text. (The `Content` a view reads, which holds the question set's words
//! too, is `questions::content`.)

pub mod calendar;
pub mod clean;
pub mod compact;
pub mod language;
pub mod messages;
pub mod numbers;
