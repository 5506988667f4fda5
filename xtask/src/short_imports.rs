//! Short names for what the main wasm imports from its glue. wasm-bindgen names each function
//! the wasm imports `__wbg_<name>_<16 hex digits>` (over two hundred of them), and writes each
//! name twice: in the wasm's import section and as a key of the glue's imports object. The hex
//! digits hardly compress: the names cost about 4.5 KB gzip in the wasm and 3 KB in the glue, in
//! every first visit. They become `a`, `b`, … `z`, `ba`, … in both (and the module most of them
//! come from, `./partnership-readiness_bg.js`, becomes `w`).
//!
//! Runs in post-build after parts.rs (whose anchors are in the glue as wasm-bindgen wrote it)
//! and before critical_path.rs (which minifies the glue and names it for its bytes). The wasm
//! is named for its new bytes, as Trunk named it for its old ones.
//!
//! A name is changed only where the glue holds it exactly once, as an object key (`name:`), and
//! the module likewise (`"module":`): anything else keeps its name,
//! so a new wasm-bindgen that writes the glue another way ships unshortened rather than broken.
//! The browser tests run against the shortened build.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use wasm_encoder::{EntityType, ImportSection, Section};
use wasmparser::{Parser, Payload};

use crate::critical_path::{attribute, content_hash, file_name, tags};
use crate::languages::{read_bytes, read_file, write_file};
use crate::Result;

/// What the imports are shortened to.
const MODULE: &str = "w";

/// What post-build made of the imports, for its report.
pub struct Shortened {
    pub names: usize,
    pub wasm: String,
}

pub fn run(build: &Path) -> Result<Shortened> {
    let index = build.join("index.html");
    let mut html = read_file(&index)?;
    let loader = tags(&html, "<script ")
        .find(|tag| attribute(tag, "id") == Some("prc-loader"))
        .ok_or("index.html has no loader tag")?;
    let (glue_name, wasm_name) =
        match (attribute(loader, "data-js"), attribute(loader, "data-wasm")) {
            (Some(js), Some(wasm)) => (file_name(js).to_string(), file_name(wasm).to_string()),
            _ => return Err("the loader tag names no glue or no wasm".into()),
        };
    let glue_path = build.join(&glue_name);
    let glue = read_file(&glue_path)?;
    let wasm = read_bytes(&build.join(&wasm_name))?;
    let (wasm, glue, names) = shortened(&wasm, &glue)?;
    // Trunk's name with a new hash: `<stem>-<16 hex>_bg.wasm`.
    let stem = wasm_name
        .rsplit_once('-')
        .map(|(stem, _)| stem)
        .ok_or_else(|| format!("{wasm_name} is not named <stem>-<hash>_bg.wasm"))?;
    let shortened_name = format!("{stem}-{}_bg.wasm", content_hash(&wasm));
    fs::write(build.join(&shortened_name), &wasm)
        .map_err(|error| format!("cannot write {shortened_name}: {error}"))?;
    if shortened_name != wasm_name {
        fs::remove_file(build.join(&wasm_name))
            .map_err(|error| format!("cannot remove {wasm_name}: {error}"))?;
    }
    write_file(&glue_path, &glue)?;
    html = html.replace(&wasm_name, &shortened_name);
    write_file(&index, &html)?;
    Ok(Shortened {
        names,
        wasm: shortened_name,
    })
}

/// The wasm and the glue with the imports' names shortened, and how many were.
fn shortened(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String, usize)> {
    let imports = imports(wasm)?;
    let mut glue = glue.to_string();
    // The module most imports come from (the glue itself), renamed if the glue names it exactly
    // once, as a key, and no import already comes from a module named `MODULE`.
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for import in &imports {
        *counts.entry(import.module.as_str()).or_default() += 1;
    }
    let renamed_module = counts
        .iter()
        .max_by_key(|(_, count)| **count)
        .map(|(module, _)| *module)
        .filter(|module| {
            !counts.contains_key(MODULE) && named_once_as_key(&glue, &format!("\"{module}\""))
        })
        .map(str::to_string);
    if let Some(module) = &renamed_module {
        glue = glue.replacen(&format!("\"{module}\":"), &format!("{MODULE}:"), 1);
    }
    // Each name the glue holds exactly once, as a key, gets the next short name; an import
    // listed twice keeps the short name it was first given.
    let mut short_names: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut section = ImportSection::new();
    for import in &imports {
        let module = match &renamed_module {
            Some(renamed) if *renamed == import.module => MODULE,
            _ => import.module.as_str(),
        };
        let long = (import.module.clone(), import.name.clone());
        let name = match short_names.get(&long) {
            Some(short) => short.clone(),
            None if named_once_as_key(&glue, &import.name) => {
                let short = short_name(short_names.len());
                glue = glue.replacen(&format!("{}:", import.name), &format!("{short}:"), 1);
                short_names.insert(long, short.clone());
                short
            }
            None => import.name.clone(),
        };
        section.import(module, &name, import.ty);
    }
    Ok((with_imports(wasm, &section)?, glue, short_names.len()))
}

/// One import, as read.
struct Import {
    module: String,
    name: String,
    ty: EntityType,
}

/// The wasm's imports, in order.
fn imports(wasm: &[u8]) -> Result<Vec<Import>> {
    let mut found = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|error| format!("the wasm cannot be read: {error}"))?;
        if let Payload::ImportSection(reader) = payload {
            for import in reader.into_imports() {
                let import =
                    import.map_err(|error| format!("an import cannot be read: {error}"))?;
                found.push(Import {
                    module: import.module.to_string(),
                    name: import.name.to_string(),
                    ty: EntityType::try_from(import.ty)
                        .map_err(|error| format!("import {}: {error:?}", import.name))?,
                });
            }
        }
    }
    Ok(found)
}

/// Whether `glue` holds `text` exactly once, and there as an object key (`text:`).
fn named_once_as_key(glue: &str, text: &str) -> bool {
    glue.matches(text).count() == 1 && glue.contains(&format!("{text}:"))
}

/// `wasm` with its import section replaced by `section`. Every other section is copied as it
/// is, header and all: sections follow one another, so a section's header is what lies between
/// the previous section's content and its own.
fn with_imports(wasm: &[u8], section: &ImportSection) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(wasm.len());
    let (mut copied_to, mut previous_end): (usize, usize) = (0, 0);
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|error| format!("the wasm cannot be read: {error}"))?;
        let Some((_, content)) = payload.as_section() else {
            if let Payload::Version { range, .. } = &payload {
                previous_end = to_usize(range.end)?;
            }
            continue;
        };
        let (header_start, end) = (previous_end, to_usize(content.end)?);
        previous_end = end;
        if let Payload::ImportSection(_) = payload {
            out.extend_from_slice(&wasm[copied_to..header_start]);
            section.append_to(&mut out);
            copied_to = end;
        }
    }
    out.extend_from_slice(&wasm[copied_to..]);
    Ok(out)
}

fn to_usize(offset: impl TryInto<usize>) -> Result<usize> {
    offset
        .try_into()
        .map_err(|_| "the wasm is larger than this machine can address".into())
}

/// `a` … `z`, `ba` … `zz`, `baa` …: letters only, so each is a plain key in the glue.
fn short_name(mut index: usize) -> String {
    let mut letters = vec![b'a' + (index % 26) as u8];
    index /= 26;
    while index > 0 {
        letters.push(b'a' + (index % 26) as u8);
        index /= 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("letters are UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{
        CodeSection, CustomSection, ExportKind, ExportSection, Function, FunctionSection,
        Instruction, Module, TypeSection,
    };

    /// A module importing three functions and a memory from the glue's module, with a function
    /// that calls the second import, exported; and a custom section after it all.
    fn module() -> Vec<u8> {
        let mut module = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        module.section(&types);
        let mut imports = ImportSection::new();
        for name in [
            "__wbg_alert_0123456789abcdef",
            "__wbg_log_fedcba9876543210",
            "__wbg_twice_1111111111111111",
        ] {
            imports.import("./x_bg.js", name, EntityType::Function(0));
        }
        imports.import(
            "./x_bg.js",
            "memory",
            EntityType::Memory(wasm_encoder::MemoryType {
                minimum: 1,
                maximum: None,
                memory64: false,
                shared: false,
                page_size_log2: None,
            }),
        );
        module.section(&imports);
        let mut functions = FunctionSection::new();
        functions.function(0);
        module.section(&functions);
        let mut exports = ExportSection::new();
        exports.export("run", ExportKind::Func, 3);
        module.section(&exports);
        let mut code = CodeSection::new();
        let mut body = Function::new([]);
        body.instruction(&Instruction::Call(1));
        body.instruction(&Instruction::End);
        code.function(&body);
        module.section(&code);
        module.section(&CustomSection {
            name: "note".into(),
            data: [7u8; 40].as_slice().into(),
        });
        module.finish()
    }

    const GLUE: &str = r#"function imports() {
    const import0 = {
        __proto__: null,
        __wbg_alert_0123456789abcdef: function(a) { alert(a); },
        __wbg_log_fedcba9876543210: function(a) { console.log(a); },
        __wbg_twice_1111111111111111: function() {},
        memory: new WebAssembly.Memory({ initial: 1 }),
    };
    import0.__wbg_twice_1111111111111111.called = 0;
    import0.memory.grow(0);
    return { __proto__: null, "./x_bg.js": import0 };
}"#;

    fn imports_of(wasm: &[u8]) -> Vec<(String, String)> {
        let mut found = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Payload::ImportSection(reader) = payload.unwrap() {
                for import in reader.into_imports() {
                    let import = import.unwrap();
                    found.push((import.module.to_string(), import.name.to_string()));
                }
            }
        }
        found
    }

    #[test]
    fn imports_named_once_in_the_glue_are_shortened_in_both() {
        let wasm = module();
        let (short, glue, names) = shortened(&wasm, GLUE).unwrap();
        assert_eq!(names, 2);
        assert_eq!(
            imports_of(&short),
            [
                ("w".into(), "a".into()),
                ("w".into(), "b".into()),
                ("w".into(), "__wbg_twice_1111111111111111".into()),
                ("w".into(), "memory".into()),
            ]
        );
        assert!(glue.contains("        a: function(a) { alert(a); },"));
        assert!(glue.contains("        b: function(a) { console.log(a); },"));
        assert!(glue.contains("__wbg_twice_1111111111111111: function() {},"));
        assert!(
            glue.contains("memory: new"),
            "named twice in the glue: kept"
        );
        assert!(glue.contains("return { __proto__: null, w: import0 };"));
        // Still a valid module, every other section unchanged, and shorter.
        wasmparser::Validator::new().validate_all(&short).unwrap();
        assert!(short.len() < wasm.len());
        assert!(short.ends_with(&wasm[wasm.len() - 60..]));
        assert_eq!(short[..14], wasm[..14]);
    }

    /// An import listed twice gets one short name; the module renamed is the one most imports
    /// come from, even when another module's import comes first.
    #[test]
    fn an_import_listed_twice_keeps_one_short_name() {
        let mut module = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        module.section(&types);
        let mut imports = ImportSection::new();
        imports.import("./split.js", "__load_x", EntityType::Function(0));
        for name in [
            "__wbg_alert_0123456789abcdef",
            "__wbg_alert_0123456789abcdef",
            "__wbg_log_fedcba9876543210",
        ] {
            imports.import("./x_bg.js", name, EntityType::Function(0));
        }
        module.section(&imports);
        let wasm = module.finish();
        let glue = "return { \"./split.js\": { __load_x: load }, \"./x_bg.js\": { __wbg_alert_0123456789abcdef: alert, __wbg_log_fedcba9876543210: log } };";
        let (short, glue, names) = shortened(&wasm, glue).unwrap();
        assert_eq!(names, 3, "the split loader's name is a key named once too");
        assert_eq!(
            imports_of(&short),
            [
                ("./split.js".into(), "a".into()),
                ("w".into(), "b".into()),
                ("w".into(), "b".into()),
                ("w".into(), "c".into()),
            ]
        );
        assert_eq!(
            glue,
            "return { \"./split.js\": { a: load }, w: { b: alert, c: log } };"
        );
        wasmparser::Validator::new().validate_all(&short).unwrap();
    }

    #[test]
    fn a_glue_of_another_shape_leaves_the_names_as_they_are() {
        let wasm = module();
        let glue = "const imports = { \"./x_bg.js\": { alert: window.alert } };";
        let (same, same_glue, names) = shortened(&wasm, glue).unwrap();
        assert_eq!(names, 0);
        assert_eq!(same_glue.replace(" w:", " \"./x_bg.js\":"), glue);
        assert!(imports_of(&same)
            .iter()
            .all(|(_, name)| name.starts_with("__wbg_") || name == "memory"));
        assert!(shortened(b"not a wasm", GLUE).is_err());
    }

    #[test]
    fn short_names_are_distinct_letters() {
        let names: Vec<String> = (0..800).map(short_name).collect();
        assert_eq!(names[..3], ["a", "b", "c"]);
        assert_eq!(names[26], "ba");
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
        assert!(names
            .iter()
            .all(|name| name.bytes().all(|b| b.is_ascii_lowercase())));
    }
}
