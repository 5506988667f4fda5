//! The pure core: no browser types, tested natively.

pub mod questionnaire;
pub mod radar;
pub mod report;
pub mod scoring;
pub mod session;
