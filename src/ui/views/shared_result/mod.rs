//! A result opened from a link, read only.

pub mod snapshot;
