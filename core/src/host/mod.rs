//! The host page: its settings, colour theme and storage durability hints. Uses only `util` and
//! `text`.

pub mod durability;
pub mod settings;
pub mod theme;
