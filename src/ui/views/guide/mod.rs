//! The printable facilitator's guide.

pub mod page;
