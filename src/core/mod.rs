//! The pure core: no browser types, tested natively.

pub mod address;
pub mod calendar;
pub mod compare;
pub mod content;
pub mod durability;
pub mod export;
pub mod feedback;
pub mod guard;
pub mod guide;
pub mod history;
pub mod language;
pub mod messages;
pub mod order;
pub mod picture;
pub mod questionnaire;
pub mod radar;
pub mod report;
pub mod scoring;
#[cfg(test)]
mod second_edition_fixtures;
pub mod session;
pub mod settings;
pub mod snapshot;
pub mod theme;
