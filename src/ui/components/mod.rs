//! Thin components shared by the views: they show state and report what the person did; they
//! compute no scores. Each routed view has its folder in `ui::views`.

pub mod app_title;
pub mod confirm;
pub mod copy_link;
pub mod footer;
pub mod fragment_link;
pub mod language_switch;
pub mod notices;
pub mod page_frame;
pub mod picture_actions;
pub mod radar;
pub mod result_parts;
