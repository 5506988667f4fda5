//! The browser side: one reducer holding the session, thin Yew components, and adapters for the
//! browser APIs that can fail.

pub mod app;
pub mod boot;
pub mod clock;
pub mod components;
pub mod content;
pub mod embed;
pub mod fetch;
pub mod language;
pub mod loading;
pub mod parts;
pub mod prerender;
pub mod question_set;
pub mod render_count;
pub mod root;
pub mod state;
pub mod stopped;
pub mod storage;
pub mod timing;
pub mod views;
pub mod web;
