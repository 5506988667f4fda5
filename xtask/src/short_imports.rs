//! Short names for what the main wasm imports from its glue. wasm-bindgen names each function
//! the wasm imports `__wbg_<name>_<16 hex digits>` (over two hundred of them), and writes each
//! name twice: in the wasm's import section and as a key of the glue's imports object. The hex
//! digits hardly compress: the names cost about 4.5 KB gzip in the wasm and 3 KB in the glue, in
//! every first visit. They become `a`, `b`, … `z`, `ba`, … in both (and the module they come
//! from, `./partnership-readiness_bg.js`, becomes `w`).
//!
//! Runs in post-build after parts.rs (whose anchors are in the glue as wasm-bindgen wrote it)
//! and before critical_path.rs (which minifies the glue and names it for its bytes). The wasm
//! is named for its new bytes, as Trunk named it for its old ones.
//!
//! A name is changed only where the glue holds it exactly once, as an object key (`name:`), and
//! the module only where the glue names it exactly once as a key: anything else keeps its name,
//! so a new wasm-bindgen that writes the glue another way ships unshortened rather than broken.
//! The browser tests run against the shortened build.

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
    let shortened_name = format!("partnership-readiness-{}_bg.wasm", content_hash(&wasm));
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
    let mut glue = glue.to_string();
    let mut out = Vec::with_capacity(wasm.len());
    // Every section is copied as it is, header and all, except the import section. Sections
    // follow one another, so a section's header is what lies between the previous section's
    // content and its own.
    let (mut copied_to, mut previous_end): (usize, usize) = (0, 0);
    let mut names = 0;
    let mut module_renamed = None;
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|error| format!("the wasm cannot be read: {error}"))?;
        let Some((_, content)) = payload.as_section() else {
            if let Payload::Version { range, .. } = &payload {
                previous_end = to_usize(range.end)?;
            }
            continue;
        };
        let (start, end) = (to_usize(content.start)?, to_usize(content.end)?);
        let header_start = previous_end;
        previous_end = end;
        let Payload::ImportSection(reader) = payload else {
            continue;
        };
        out.extend_from_slice(&wasm[copied_to..header_start]);
        copied_to = end;
        debug_assert!(start > header_start);
        let mut section = ImportSection::new();
        for import in reader.into_imports() {
            let import = import.map_err(|error| format!("an import cannot be read: {error}"))?;
            // The module, renamed in the glue the first time it is met, if it can be.
            if module_renamed.is_none() {
                if let Some(key) = module_key(&glue, import.module) {
                    glue = glue.replacen(&key, &format!("{MODULE}:"), 1);
                    module_renamed = Some(import.module);
                }
            }
            let module = if module_renamed == Some(import.module) {
                MODULE
            } else {
                import.module
            };
            let ty = EntityType::try_from(import.ty)
                .map_err(|error| format!("import {}: {error:?}", import.name))?;
            let key = format!("{}:", import.name);
            let name = if glue.matches(import.name).count() == 1 && glue.contains(&key) {
                let short = short_name(names);
                names += 1;
                glue = glue.replacen(&key, &format!("{short}:"), 1);
                short
            } else {
                import.name.to_string()
            };
            section.import(module, &name, ty);
        }
        section.append_to(&mut out);
    }
    out.extend_from_slice(&wasm[copied_to..]);
    Ok((out, glue, names))
}

fn to_usize(offset: impl TryInto<usize>) -> Result<usize> {
    offset
        .try_into()
        .map_err(|_| "the wasm is larger than this machine can address".into())
}

/// The glue's key for the import module `module` (`"./x_bg.js":`), if it names it exactly once,
/// so it can be renamed; once renamed it is `MODULE:`, found by the caller.
fn module_key(glue: &str, module: &str) -> Option<String> {
    let key = format!("\"{module}\":");
    (glue.matches(&format!("\"{module}\"")).count() == 1 && glue.contains(&key)).then_some(key)
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
    // __wbg_twice_1111111111111111 is named twice, and so is the memory: both keep their names.
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
