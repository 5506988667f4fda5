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
        panic!("the language files have {} problem(s), listed above", errors.len());
    });
    for (code, json) in catalogues {
        fs::write(out.join(format!("{code}.json")), json).expect("OUT_DIR is writable");
    }
}
