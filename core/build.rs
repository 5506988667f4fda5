//! Compiles the translators' Fluent files (src/lang/<code>/*.ftl) with `readiness-lang` into
//! one catalogue per language in OUT_DIR/lang/, with their fingerprints (versions.rs).
//! The core embeds English (text::content) and its tests read every catalogue.

use std::path::Path;

fn main() {
    let source = Path::new("../src/lang");
    println!("cargo:rerun-if-changed={}", source.display());
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lang");
    if let Err(errors) = readiness_lang::write_catalogues(source, &out) {
        for error in &errors {
            println!("cargo:warning={error}");
        }
        panic!(
            "the language files have {} problem(s), listed above",
            errors.len()
        );
    }
}
