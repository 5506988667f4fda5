//! The person's own results: the page, sharing and earlier results (the parts a shared result
//! shows too are in `ui::components::result_parts`).

pub mod history;
pub mod page;
pub mod share;
