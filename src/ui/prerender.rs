//! The prerendered first screen: a new visitor's welcome, rendered at build time from these same
//! components (examples/prerender.rs, put into index.html by `cargo xtask post-build`), one block
//! per shipped language inside `#app`. CSS hides every block; the app clears `#app` when it
//! mounts. The names below are the one source of the ids the build writes and the page reads.

/// Each language's block: `prc-prerender-<code>` (`<div class="prerender" lang=…>`).
pub const ID_PREFIX: &str = "prc-prerender-";
/// An empty `<template>` after the last block: once it is parsed, every block is.
pub const END_ID: &str = "prc-prerender-end";
