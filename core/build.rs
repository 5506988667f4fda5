//! Compiles the translators' Fluent files (src/lang/<code>/*.ftl) with `readiness-lang` into
//! one catalogue per language in OUT_DIR/lang/, with their fingerprints (versions.rs). The core's
//! tests read every catalogue, and the widget fetches every language but English.
//!
//! English is built into the widget: this script also writes it as static data in the compact
//! form of `text::compact` (OUT_DIR/lang/en_static.rs, included by `questions::content`), so the
//! widget starts without reading any JSON. It reads the catalogue readiness-lang wrote with the
//! reader the widget reads a fetched language with (`text::compact`'s), and a core test holds
//! the built-in tables equal to that reading, message by message.
//!
//! The built-in editions' shapes (src/questions/bank.json, bank-edition-2.json) are written here
//! too, as the few lines of ids `questions::set::shape` reads without serde (OUT_DIR/questions/
//! shapes.rs): the widget's start-up then parses no JSON but what the browser has stored.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

// The shapes' writer, shared with the crate's tests.
#[path = "src/questions/set/shape_writer.rs"]
mod shape_writer;

// The compact form's reader and writer, shared with the crate. Not every item is used here.
#[allow(dead_code)]
#[path = "src/text/compact.rs"]
mod compact;

fn main() {
    readiness_lang::run_build_script(Path::new("../src/lang"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let lang = out_dir.join("lang");
    let english =
        std::fs::read_to_string(lang.join("en.json")).expect("the English catalogue was written");
    let rust = static_tables(&english).unwrap_or_else(|error| panic!("English: {error}"));
    std::fs::write(lang.join("en_static.rs"), rust).expect("en_static.rs is written");
    write_shapes(&out_dir);
}

/// The built-in editions' shapes, each as `pub(super) static <NAME>: &str`.
fn write_shapes(out_dir: &Path) {
    let questions = out_dir.join("questions");
    std::fs::create_dir_all(&questions).expect("OUT_DIR/questions is made");
    let mut out = String::from("// Written by core/build.rs from the question sets' JSON.\n");
    for (name, path) in [
        ("BUILT_IN_LINES", "src/questions/bank.json"),
        ("SECOND_EDITION_LINES", "src/questions/bank-edition-2.json"),
    ] {
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"));
        let set: Value =
            serde_json::from_str(&text).unwrap_or_else(|error| panic!("{path}: {error}"));
        let lines =
            shape_writer::shape_lines(&set).unwrap_or_else(|error| panic!("{path}: {error}"));
        let _ = writeln!(out, "pub(super) static {name}: &str = {lines:?};");
    }
    std::fs::write(questions.join("shapes.rs"), out).expect("shapes.rs is written");
}

/// For each section of the catalogue, `pub static ENGLISH_<SECTION>: Table`: each message read
/// into the compact form by the reader the widget reads a fetched language with.
fn static_tables(catalogue: &str) -> Result<String, String> {
    let sections: BTreeMap<String, BTreeMap<String, compact::Compact>> =
        serde_json::from_str(catalogue).map_err(|error| error.to_string())?;
    let mut out = String::from("// Written by core/build.rs from the English catalogue.\n");
    for (section, messages) in sections {
        let mut entries = String::new();
        for (key, compact::Compact(message)) in messages {
            if key.contains([compact::KEY_END, compact::ENTRY_END]) {
                return Err(format!("the key {key:?} holds a table's marker"));
            }
            if !entries.is_empty() {
                entries.push(compact::ENTRY_END);
            }
            entries.push_str(&key);
            entries.push(compact::KEY_END);
            entries.push_str(&message);
        }
        let _ = writeln!(
            out,
            "pub static ENGLISH_{}: Table = Table::new({entries:?});",
            section.to_uppercase()
        );
    }
    Ok(out)
}
