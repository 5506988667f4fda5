//! One folder per routed view, each with one component at its door taking plain-data props and
//! narrow callbacks: the person's own questionnaire and results (inside `App`), a shared result,
//! the comparison and the facilitator's guide (chosen by `Root` from the route).

//!
//! Each view after the questionnaire is a Cargo feature (all on by default): a build without one
//! shows `left_out::LeftOut` in its place. `cargo xtask bench` measures the wasm with all four
//! off, the size the first visit could come down to once they load later.

#[cfg(feature = "comparison")]
pub mod comparison;
#[cfg(feature = "guide")]
pub mod guide;
pub mod left_out;
pub mod questionnaire;
#[cfg(feature = "results")]
pub mod results;
#[cfg(feature = "shared-result")]
pub mod shared_result;
