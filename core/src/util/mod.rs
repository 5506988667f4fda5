//! Small tools every layer may use: ordering without panics.

pub mod order;
