//! Compiles the translators' Fluent files (src/lang/<code>/*.ftl) with `readiness-lang` into
//! one catalogue per language in OUT_DIR/lang/. The widget's end-to-end tests read the Welsh
//! and pseudo-language catalogues from here; the widget itself takes English from the core.
//! `cargo xtask languages` writes the files the build serves.

fn main() {
    readiness_lang::run_build_script(std::path::Path::new("src/lang"));
}
