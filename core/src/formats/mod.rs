//! How results and answers are written down: result links, JSON and CSV files, stored documents
//! and the guard before each write, and addresses a mail filter rewrote.

pub mod address;
pub mod export;
pub mod guard;
pub mod snapshot;
