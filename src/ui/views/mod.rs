//! One folder per routed view, each with one component at its door taking plain-data props and
//! narrow callbacks: the person's own questionnaire and results (inside `App`), a shared result,
//! the comparison and the facilitator's guide (chosen by `Root` from the route).

pub mod comparison;
pub mod guide;
pub mod questionnaire;
pub mod results;
pub mod shared_result;
