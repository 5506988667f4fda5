//! The person's own results: the page, its shared parts (also used by a shared result), sharing
//! and earlier results.

pub mod history;
pub mod page;
pub mod result_parts;
pub mod share;
