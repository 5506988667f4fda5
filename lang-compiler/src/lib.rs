//! Compiles the translators' Fluent files (`src/lang/<code>/*.ftl`) into the small JSON catalogue
//! the widget reads (`readiness_core::questions::content::Catalogue`). Used by the build scripts
//! (the core's writes English from it as static data; the widget's hands every catalogue to its
//! tests, through
//! `write_catalogues`) and by `cargo xtask languages` (which puts one file per language into the
//! build's `lang/` folder).
//!
//! Why compile rather than ship a Fluent runtime: the widget needs only text, variables and
//! plural choices, and a catalogue of those is read by the serde_json the widget already has,
//! while a runtime library would add its parser and plural tables to every visitor's download
//! (measured in docs/translation.md).
//!
//! The compiled shape, per message: a plain string, or a list of parts, each a string,
//! `{"var": name}`, or `{"select": name, "cases": {category or "=N": pattern}, "default": key}`.
//! Terms (`-product-name`) and message references are written into the text here, so the widget
//! never resolves references.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use serde_json::{json, Map, Value};

/// The file whose messages are the questionnaire's, the guide's; every other file's are the
/// interface's. Kept apart so that an organisation's own question set can bring its texts in
/// the same per-language form.
pub const QUESTIONNAIRE_FILE: &str = "questionnaire";
pub const GUIDE_FILE: &str = "guide";

/// One language's files: (file stem, Fluent source), in any order.
pub type Sources = Vec<(String, String)>;

/// Compiles one language into its catalogue: `{"interface": {...}, "questionnaire": {...},
/// "guide": {...}}`. Errors name the file and the message.
pub fn compile(sources: &Sources) -> Result<Value, Vec<String>> {
    let mut errors = Vec::new();
    // Terms and messages of every file first: a reference may point into another file.
    let mut terms: BTreeMap<String, ast::Pattern<String>> = BTreeMap::new();
    let mut messages: Vec<(String, String, ast::Pattern<String>)> = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut sorted: Vec<&(String, String)> = sources.iter().collect();
    sorted.sort();
    for (file, source) in sorted {
        let resource = match fluent_syntax::parser::parse(source.to_string()) {
            Ok(resource) => resource,
            Err((_, parse_errors)) => {
                for error in parse_errors {
                    let line = source[..error.pos.start.min(source.len())]
                        .matches('\n')
                        .count()
                        + 1;
                    errors.push(format!("{file}.ftl line {line}: {:?}", error.kind));
                }
                continue;
            }
        };
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let key = message.id.name.clone();
                    if let Some(other) = seen.insert(key.clone(), file.clone()) {
                        errors.push(format!("{file}.ftl: {key} is also defined in {other}.ftl"));
                    }
                    if !message.attributes.is_empty() {
                        errors.push(format!(
                            "{file}.ftl: {key} has attributes, which the widget does not use"
                        ));
                    }
                    match message.value {
                        Some(value) => messages.push((file.clone(), key, value)),
                        None => errors.push(format!("{file}.ftl: {key} has no text")),
                    }
                }
                ast::Entry::Term(term) => {
                    terms.insert(term.id.name.clone(), term.value);
                }
                ast::Entry::Junk { content } => {
                    errors.push(format!("{file}.ftl: cannot read {content:?}"));
                }
                _ => {}
            }
        }
    }
    let values: BTreeMap<&str, &ast::Pattern<String>> = messages
        .iter()
        .map(|(_, key, pattern)| (key.as_str(), pattern))
        .collect();
    let resolver = Resolver {
        terms: &terms,
        messages: &values,
    };
    let mut sections: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    for (file, key, pattern) in &messages {
        let section = match file.as_str() {
            QUESTIONNAIRE_FILE => "questionnaire",
            GUIDE_FILE => "guide",
            _ => "interface",
        };
        match resolver.pattern(pattern, 0) {
            Ok(parts) => {
                let compiled = simplify(parts);
                if is_empty(&compiled) {
                    errors.push(format!("{file}.ftl: {key} is empty"));
                }
                if let Some(c) = marker_character(&compiled) {
                    errors.push(format!(
                        "{file}.ftl: {key} holds the control character U+{:04X}, which the widget keeps as a marker in its messages",
                        u32::from(c)
                    ));
                }
                sections
                    .entry(section)
                    .or_default()
                    .insert(key.clone(), compiled);
            }
            Err(error) => errors.push(format!("{file}.ftl: {key}: {error}")),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut catalogue = Map::new();
    for section in ["interface", "questionnaire", "guide"] {
        let messages = sections.remove(section).unwrap_or_default();
        catalogue.insert(section.to_string(), Value::Object(messages));
    }
    Ok(Value::Object(catalogue))
}

/// A character U+0001 to U+0007 anywhere in a compiled message (its texts, names or case keys):
/// the widget marks values and choices with them (`readiness_core::text::compact`), so it would
/// refuse the whole file; said here, with the file and key.
fn marker_character(value: &Value) -> Option<char> {
    let in_text = |text: &str| text.chars().find(|c| ('\u{1}'..='\u{7}').contains(c));
    match value {
        Value::String(text) => in_text(text),
        Value::Array(items) => items.iter().find_map(marker_character),
        Value::Object(fields) => fields
            .iter()
            .find_map(|(key, value)| in_text(key).or_else(|| marker_character(value))),
        _ => None,
    }
}

struct Resolver<'a> {
    terms: &'a BTreeMap<String, ast::Pattern<String>>,
    messages: &'a BTreeMap<&'a str, &'a ast::Pattern<String>>,
}

/// References nest at most this deep (a loop of references would otherwise never end).
const MAX_DEPTH: usize = 8;

impl Resolver<'_> {
    fn pattern(&self, pattern: &ast::Pattern<String>, depth: usize) -> Result<Vec<Value>, String> {
        if depth > MAX_DEPTH {
            return Err("references nest too deep (is there a loop?)".to_string());
        }
        let mut parts = Vec::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => parts.push(json!(value)),
                ast::PatternElement::Placeable { expression } => {
                    parts.extend(self.expression(expression, depth)?)
                }
            }
        }
        Ok(parts)
    }

    fn expression(
        &self,
        expression: &ast::Expression<String>,
        depth: usize,
    ) -> Result<Vec<Value>, String> {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, depth),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    return Err("a choice ( -> ) must choose on a $variable".to_string());
                };
                let mut cases = Map::new();
                let mut default = None;
                let text_choice = TEXT_CHOICES
                    .iter()
                    .find(|(variable, _, _)| *variable == id.name);
                let text_values = text_choice.map(|(_, values, _)| *values);
                for variant in variants {
                    let key = match (&variant.key, text_values) {
                        (ast::VariantKey::Identifier { name }, Some(values)) => {
                            if !values.contains(&name.as_str()) {
                                return Err(format!(
                                    "[{name}] is not a value of ${}; use one of {values:?}",
                                    id.name
                                ));
                            }
                            name.clone()
                        }
                        (ast::VariantKey::NumberLiteral { .. }, Some(_)) => {
                            return Err(format!("${} is chosen on by name, not number", id.name));
                        }
                        (ast::VariantKey::Identifier { name }, None) => {
                            if !PLURAL_CATEGORIES.contains(&name.as_str()) {
                                return Err(format!(
                                    "[{name}] is not a plural form; use one of {PLURAL_CATEGORIES:?} or an exact number such as [0]"
                                ));
                            }
                            name.clone()
                        }
                        (ast::VariantKey::NumberLiteral { value }, None) => format!("={value}"),
                    };
                    if variant.default {
                        default = Some(key.clone());
                    }
                    cases.insert(key, simplify(self.pattern(&variant.value, depth + 1)?));
                }
                let default = default.ok_or("a choice needs a default case (*[other])")?;
                if let Some((variable, _, required)) = text_choice {
                    if default != *required {
                        return Err(format!(
                            "the default case of ${variable} must be *[{required}]: it is what anyone without a case of their own reads"
                        ));
                    }
                }
                // A choice by name falls back to its default for a name without a case, so a
                // case worded as the default is left out of the catalogue (most `$role` actions
                // word a manager's case as the default's: the bytes come off every visit). Not
                // for plural choices, where an exact-number case may stand in front of a form.
                if text_values.is_some() {
                    let fallback = cases.get(&default).cloned();
                    cases.retain(|key, pattern| {
                        *key == default || Some(&*pattern) != fallback.as_ref()
                    });
                }
                Ok(vec![
                    json!({"select": id.name, "cases": cases, "default": default}),
                ])
            }
        }
    }

    fn inline(
        &self,
        inline: &ast::InlineExpression<String>,
        depth: usize,
    ) -> Result<Vec<Value>, String> {
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                Ok(vec![json!(fluent_syntax::unicode::unescape_unicode_to_string(value))])
            }
            ast::InlineExpression::NumberLiteral { value } => Ok(vec![json!(value)]),
            ast::InlineExpression::VariableReference { id } => {
                Ok(vec![json!({"var": id.name})])
            }
            ast::InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => match self.terms.get(&id.name) {
                Some(pattern) => self.pattern(pattern, depth + 1),
                None => Err(format!("the term -{} is not defined", id.name)),
            },
            ast::InlineExpression::MessageReference {
                id,
                attribute: None,
            } => match self.messages.get(id.name.as_str()) {
                Some(pattern) => self.pattern(pattern, depth + 1),
                None => Err(format!("the message {} is not defined", id.name)),
            },
            ast::InlineExpression::Placeable { expression } => self.expression(expression, depth),
            other => Err(format!(
                "{other:?} is not supported: use text, {{ $variable }}, {{ -term }}, a message or a plural choice"
            )),
        }
    }
}

/// The variables a choice may select on by name rather than by number, the names each may take,
/// and the one that must be its default. `$role` words an action for the person answering
/// (`readiness_core::questions::role`): `staff`, the default, is what anyone without a case of
/// their own reads (no role given, a frontline worker), so it must fit anyone; `lead` is for
/// those who hold or set the answer.
pub const TEXT_CHOICES: &[(&str, &[&str], &str)] =
    &[("role", &["lead", "manager", "staff"], "staff")];

/// The plural forms a choice may name (CLDR's categories; Welsh uses all six).
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Joins neighbouring strings, and makes a message of text alone a plain string.
fn simplify(parts: Vec<Value>) -> Value {
    let mut joined: Vec<Value> = Vec::new();
    for part in parts {
        match (joined.last_mut(), &part) {
            (Some(Value::String(previous)), Value::String(text)) => previous.push_str(text),
            _ => joined.push(part),
        }
    }
    match joined.as_slice() {
        [] => json!(""),
        [Value::String(text)] => json!(text),
        _ => Value::Array(joined),
    }
}

fn is_empty(pattern: &Value) -> bool {
    match pattern {
        Value::String(text) => text.trim().is_empty(),
        Value::Array(parts) => parts.is_empty(),
        _ => false,
    }
}

/// The pseudo-language the tests run through every view: English with each letter accented and
/// every text about 40% longer, bracketed, so text left in code (not accented), text cut off (no
/// closing bracket) and layouts that cannot grow stand out. Numbers and variables are kept.
pub fn pseudo(english: &Value) -> Value {
    let mut catalogue = Map::new();
    if let Value::Object(sections) = english {
        for (section, messages) in sections {
            let messages = match messages {
                Value::Object(messages) => messages
                    .iter()
                    .map(|(key, pattern)| (key.clone(), pseudo_pattern(pattern)))
                    .collect(),
                _ => Map::new(),
            };
            catalogue.insert(section.clone(), Value::Object(messages));
        }
    }
    Value::Object(catalogue)
}

fn pseudo_pattern(pattern: &Value) -> Value {
    match pattern {
        Value::String(text) => json!(pseudo_text(text)),
        Value::Array(parts) => Value::Array(parts.iter().map(pseudo_pattern).collect()),
        Value::Object(part) if part.contains_key("select") => {
            let mut part = part.clone();
            if let Some(Value::Object(cases)) = part.get_mut("cases") {
                for pattern in cases.values_mut() {
                    *pattern = pseudo_pattern(pattern);
                }
            }
            Value::Object(part)
        }
        other => other.clone(),
    }
}

fn pseudo_text(text: &str) -> String {
    if text.trim().is_empty() {
        return text.to_string();
    }
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let mut out = String::from("[");
    for c in text.chars() {
        out.push(match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'y' => 'ý',
            'c' => 'ç',
            'n' => 'ñ',
            's' => 'š',
            'z' => 'ž',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Î',
            'O' => 'Ö',
            'U' => 'Ü',
            'C' => 'Ç',
            'N' => 'Ñ',
            'S' => 'Š',
            other => other,
        });
    }
    // About 40% more, in words of up to five so that long texts can still wrap.
    let extra = (letters * 2).div_ceil(5);
    for n in 0..extra {
        if n % 5 == 0 {
            out.push(' ');
        }
        out.push('·');
    }
    out.push(']');
    out
}

/// Compiles every language folder under `root` (`root/<code>/*.ftl`), and the pseudo-language
/// from English: (code, catalogue JSON) pairs, sorted by code.
pub fn compile_all(root: &std::path::Path) -> Result<Vec<(String, String)>, Vec<String>> {
    let mut errors = Vec::new();
    let mut catalogues = Vec::new();
    for folder in sorted_entries(root, |path| path.is_dir())? {
        let code = folder
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default()
            .to_string();
        let mut sources = Sources::new();
        let fluent_files = sorted_entries(&folder, |path| {
            path.extension().is_some_and(|ext| ext == "ftl")
        })?;
        for file in fluent_files {
            let stem = file
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            match std::fs::read_to_string(&file) {
                Ok(text) => sources.push((stem, text)),
                Err(e) => errors.push(format!("cannot read {}: {e}", file.display())),
            }
        }
        if sources.is_empty() {
            continue;
        }
        match compile(&sources) {
            Ok(catalogue) => {
                if code == "en" {
                    catalogues.push(("qps".to_string(), pseudo(&catalogue).to_string()));
                }
                catalogues.push((code, catalogue.to_string()));
            }
            Err(problems) => errors.extend(problems.into_iter().map(|p| format!("{code}/{p}"))),
        }
    }
    catalogues.sort();
    if errors.is_empty() {
        Ok(catalogues)
    } else {
        Err(errors)
    }
}

/// The paths in `dir` that `keep` accepts, sorted so that every build compiles the same way.
fn sorted_entries(
    dir: &std::path::Path,
    keep: impl Fn(&std::path::Path) -> bool,
) -> Result<Vec<std::path::PathBuf>, Vec<String>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("cannot read {}: {e}", dir.display())])?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| keep(path))
        .collect();
    paths.sort();
    Ok(paths)
}

/// FNV-1a (64 bits) of a catalogue: a cache key, not a security measure.
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What a build script does with the language files in `source` (src/lang): writes each
/// language's compiled catalogue to `out/<code>.json`, and `out/versions.rs`, a
/// `CATALOGUE_VERSIONS` table of (code, fingerprint) for `include!`. The problems, if any, are
/// returned one per line for the build script to print before it stops.
pub fn write_catalogues(
    source: &std::path::Path,
    out: &std::path::Path,
) -> Result<(), Vec<String>> {
    let io = |error: std::io::Error| vec![format!("{}: {error}", out.display())];
    std::fs::create_dir_all(out).map_err(io)?;
    let catalogues = compile_all(source)?;
    let mut versions = String::from(
        "/// (code, fingerprint) of every compiled catalogue.\npub const CATALOGUE_VERSIONS: &[(&str, &str)] = &[\n",
    );
    for (code, json) in &catalogues {
        std::fs::write(out.join(format!("{code}.json")), json).map_err(io)?;
        versions.push_str(&format!(
            "    ({code:?}, \"{:016x}\"),\n",
            fingerprint(json)
        ));
    }
    versions.push_str("];\n");
    std::fs::write(out.join("versions.rs"), versions).map_err(io)
}

/// A build script's whole work: compiles the language files in `source` into
/// `OUT_DIR/lang/` (`write_catalogues`), asks Cargo to run again when they change, and stops
/// the build with every problem listed (as warnings) when there are any.
pub fn run_build_script(source: &std::path::Path) {
    println!("cargo:rerun-if-changed={}", source.display());
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lang");
    if let Err(errors) = write_catalogues(source, &out) {
        for error in &errors {
            println!("cargo:warning={error}");
        }
        panic!(
            "the language files have {} problem(s), listed above",
            errors.len()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile_one(source: &str) -> Result<Value, Vec<String>> {
        compile(&vec![(QUESTIONNAIRE_FILE.to_string(), source.to_string())])
    }

    #[test]
    fn a_choice_on_the_role_is_kept_by_name() {
        let catalogue =
            compile_one("act = { $role ->\n    [lead] Agree it.\n   *[staff] Ask for it.\n}\n")
                .unwrap();
        assert_eq!(
            catalogue["questionnaire"]["act"],
            json!([{"select": "role", "cases": {"lead": "Agree it.", "staff": "Ask for it."}, "default": "staff"}])
        );
    }

    /// A control character the widget marks values with is refused here, naming the key,
    /// rather than making the widget refuse the whole file.
    #[test]
    fn a_marker_character_in_a_text_is_refused_with_its_key() {
        let errors = compile_one("act = Agree \u{2} it.\nname = { \"\\u0003\" }\n").unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.contains("act holds the control character U+0002")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.contains("name holds the control character U+0003")),
            "{errors:?}"
        );
        assert!(compile_one("act = Agree it.\n").is_ok());
    }

    #[test]
    fn a_role_case_worded_as_the_default_is_left_to_the_default() {
        let catalogue = compile_one(
            "act = { $role ->\n    [lead] Agree it.\n    [manager] Ask for it.\n   *[staff] Ask for it.\n}\n",
        )
        .unwrap();
        assert_eq!(
            catalogue["questionnaire"]["act"],
            json!([{"select": "role", "cases": {"lead": "Agree it.", "staff": "Ask for it."}, "default": "staff"}])
        );
    }

    #[test]
    fn a_role_choice_whose_default_is_not_staff_is_refused() {
        let errors = compile_one("act = { $role ->\n   *[lead] Agree it.\n    [staff] Ask.\n}\n")
            .unwrap_err();
        assert!(
            errors.iter().any(|e| e.contains("must be *[staff]")),
            "{errors:?}"
        );
    }

    #[test]
    fn a_role_that_does_not_exist_is_refused() {
        let errors = compile_one("act = { $role ->\n    [chair] Agree it.\n   *[staff] Ask.\n}\n")
            .unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.contains("[chair] is not a value of $role")),
            "{errors:?}"
        );
    }

    #[test]
    fn a_plural_choice_still_refuses_a_name_that_is_no_plural_form() {
        let errors =
            compile_one("n = { $n ->\n    [lead] One.\n   *[other] Many.\n}\n").unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.contains("[lead] is not a plural form")),
            "{errors:?}"
        );
    }
}
