//! Compiles the translators' Fluent files (src/lang/<code>/*.ftl) into one catalogue per
//! language in OUT_DIR/lang/: English is embedded in the widget (core::content), and the tests
//! read every catalogue, the pseudo-language's included. `cargo xtask languages` writes the same
//! files into the build's `lang/` folder for the other languages to be fetched.

#[path = "src/lang/compile.rs"]
mod compile;

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=src/lang");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lang");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    let catalogues = compile::compile_all(Path::new("src/lang")).unwrap_or_else(|errors| {
        for error in &errors {
            println!("cargo:warning={error}");
        }
        panic!(
            "the language files have {} problem(s), listed above",
            errors.len()
        );
    });
    // A short fingerprint of each catalogue: the widget asks for `lang/<code>.json?v=<it>`, so
    // a browser's cached file from an earlier build is never read with a newer widget.
    let mut versions = String::from("/// (code, fingerprint) of every compiled catalogue.\npub const CATALOGUE_VERSIONS: &[(&str, &str)] = &[\n");
    for (code, json) in &catalogues {
        fs::write(out.join(format!("{code}.json")), json).expect("OUT_DIR is writable");
        versions.push_str(&format!(
            "    ({code:?}, \"{:016x}\"),\n",
            compile::fingerprint(json)
        ));
    }
    versions.push_str("];\n");
    fs::write(out.join("versions.rs"), versions).expect("OUT_DIR is writable");
}
