//! What answers come to: scoring and its rules, feedback, the session value, and
//! comparison statistics.

pub mod compare;
pub mod feedback;
pub mod scoring;
pub mod session;
