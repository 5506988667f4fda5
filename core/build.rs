//! Compiles the translators' Fluent files (src/lang/<code>/*.ftl) with `readiness-lang` into
//! one catalogue per language in OUT_DIR/lang/, with their fingerprints (versions.rs). The core
//! embeds English (questions::content) and its tests read every catalogue.

fn main() {
    readiness_lang::run_build_script(std::path::Path::new("../src/lang"));
}
