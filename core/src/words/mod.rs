//! What a person reads about a result: summaries, bands and notes; the radar chart and the
//! picture to download.

pub mod comparison;
pub mod picture;
pub mod problems;
pub mod radar;
pub mod report;
