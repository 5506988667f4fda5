//! Thin view components: they show state and report what the person did; they compute no scores.

pub mod app_title;
pub mod compare;
pub mod confirm;
pub mod copy_link;
pub mod footer;
pub mod fragment_link;
pub mod guide;
pub mod history;
pub mod language_switch;
pub mod notices;
pub mod picture_actions;
pub mod progress;
pub mod radar;
pub mod result_parts;
pub mod results;
pub mod section;
pub mod section_nav;
pub mod share;
pub mod snapshot;
pub mod statement;
pub mod welcome;
