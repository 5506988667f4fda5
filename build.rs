//! Compiles the translators' Fluent files (src/lang/<code>/*.ftl) with `readiness-lang` into
//! one catalogue per language in OUT_DIR/lang/. The widget's end-to-end tests read the Welsh
//! and pseudo-language catalogues from here; the widget itself takes English from the core.
//! `cargo xtask languages` writes the files the build serves.
//!
//! With the `split` feature, the widget's wasm is linked with its relocations kept, which the
//! splitter (xtask/src/split.rs) needs to move code into parts; only the binary, so test
//! builds are untouched. It also sets `cfg(later_views)` when any view after the
//! questionnaire is built.

fn main() {
    readiness_lang::run_build_script(std::path::Path::new("src/lang"));
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    // `cfg(later_views)`: the build has at least one of the views after the questionnaire
    // (features `results`, `shared-result`, `comparison`, `guide`; see ui::views).
    println!("cargo::rustc-check-cfg=cfg(later_views)");
    let later_views = ["RESULTS", "SHARED_RESULT", "COMPARISON", "GUIDE"];
    if later_views
        .iter()
        .any(|view| std::env::var_os(format!("CARGO_FEATURE_{view}")).is_some())
    {
        println!("cargo:rustc-cfg=later_views");
    }
}
