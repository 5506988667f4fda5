//! Compiles the translators' Fluent files (src/lang/<code>/*.ftl) with `readiness-lang` into
//! one catalogue per language in OUT_DIR/lang/, with their fingerprints (versions.rs). The core's
//! tests read every catalogue, and the widget fetches every language but English.
//!
//! English is built into the widget: this script also writes it as static data in the compact
//! form of `text::compact` (OUT_DIR/lang/en_static.rs, included by `questions::content`), so the
//! widget starts without reading any JSON. It reads the catalogue readiness-lang wrote in the
//! shapes `text::messages` reads a fetched file in (where a broken file would be read
//! differently, the build's own catalogue never is one), and a core test holds the two readings
//! equal, message by message.
//!
//! The built-in editions' shapes (src/questions/bank.json, bank-edition-2.json) are written here
//! too, as the few lines of ids `questions::set::shape` reads without serde (OUT_DIR/questions/
//! shapes.rs): the widget's start-up then parses no JSON but what the browser has stored.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

// The shapes' writer, shared with the crate's tests.
#[path = "src/questions/set/shape_writer.rs"]
mod shape_writer;

// The compact form's writer, shared with the crate. Not every item is used here.
#[allow(dead_code)]
#[path = "src/text/compact.rs"]
mod compact;

fn main() {
    readiness_lang::run_build_script(Path::new("../src/lang"));
    let lang = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lang");
    let english =
        std::fs::read_to_string(lang.join("en.json")).expect("the English catalogue was written");
    let english: Value = serde_json::from_str(&english).expect("the English catalogue is JSON");
    let rust = static_tables(&english).unwrap_or_else(|error| panic!("English: {error}"));
    std::fs::write(lang.join("en_static.rs"), rust).expect("en_static.rs is written");
    write_shapes();
}

/// The built-in editions' shapes, each as `pub(super) static <NAME>: &str`.
fn write_shapes() {
    let questions =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("questions");
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

/// For each section of the catalogue, `pub static ENGLISH_<SECTION>: Table`.
fn static_tables(catalogue: &Value) -> Result<String, String> {
    let sections = catalogue
        .as_object()
        .ok_or("a catalogue is an object of sections")?;
    let mut out = String::from("// Written by core/build.rs from the English catalogue.\n");
    for (section, messages) in sections {
        let messages = messages
            .as_object()
            .ok_or_else(|| format!("the section {section} is not an object"))?;
        let mut keys: Vec<&String> = messages.keys().collect();
        keys.sort();
        let mut entries = String::new();
        for key in keys {
            if key.contains([compact::KEY_END, compact::ENTRY_END]) {
                return Err(format!("the key {key:?} holds a table's marker"));
            }
            let message =
                message(&messages[key.as_str()]).map_err(|error| format!("{key}: {error}"))?;
            if !entries.is_empty() {
                entries.push(compact::ENTRY_END);
            }
            entries.push_str(key);
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

/// A message in the compact form: what `text::messages`' reader of a fetched file makes of it.
fn message(value: &Value) -> Result<String, String> {
    let mut writer = compact::Writer::default();
    match value {
        Value::String(text) => writer.text(text)?,
        Value::Array(parts) => {
            for part in parts {
                writer.compact(&self::part(part)?);
            }
        }
        _ => return Err("a message is a text or a list of parts".into()),
    }
    Ok(writer.finish())
}

fn part(value: &Value) -> Result<String, String> {
    let mut writer = compact::Writer::default();
    let field = |name: &str| value.get(name);
    match (
        value,
        field("var"),
        field("select"),
        field("cases"),
        field("default"),
    ) {
        (Value::String(text), ..) => writer.text(text)?,
        (_, Some(Value::String(var)), ..) => writer.variable(var)?,
        (
            _,
            None,
            Some(Value::String(select)),
            Some(Value::Object(cases)),
            Some(Value::String(default)),
        ) => {
            writer.begin_choice(select, default)?;
            let mut keys: Vec<&String> = cases.keys().collect();
            keys.sort();
            for key in keys {
                let case =
                    message(&cases[key.as_str()]).map_err(|error| format!("[{key}] {error}"))?;
                writer.case(key, &case)?;
            }
            writer.end_choice();
        }
        _ => return Err("a part is a text, a { var }, or a { select, cases, default }".into()),
    }
    Ok(writer.finish())
}
