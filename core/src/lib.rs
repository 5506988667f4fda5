//! The Partnership Readiness Check's pure core: no browser types (its Cargo.toml cannot name
//! them), tested natively. Layers, each using only those before it (ARCHITECTURE.md,
//! Invariants; core/tests/layers.rs checks): `util`, `text`, `questions`, `assess`, `formats`,
//! `words`; `host` uses only `util` and `text`.

pub mod assess;
pub mod formats;
pub mod host;
pub mod questions;
pub mod text;
pub mod util;
pub mod words;

#[cfg(test)]
mod golden;
#[cfg(test)]
mod second_edition_fixtures;
