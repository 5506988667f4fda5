//! Partners' results side by side.

pub mod compare;
