//! How results and answers are written down: result links, JSON and CSV files, the list of
//! earlier results (as link codes), stored documents
//! and the plan made before each write, addresses a mail filter rewrote, and
//! the route an address opens.

pub mod address;
pub mod comparison_link;
pub mod export;
pub mod history;
pub mod route;
pub mod snapshot;
pub mod stored;
