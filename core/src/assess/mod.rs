//! What answers come to: scoring and its rules, feedback, the session and history values, and
//! comparison statistics.

pub mod compare;
pub mod feedback;
pub mod history;
pub mod scoring;
pub mod session;
