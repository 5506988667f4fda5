//! `cargo xtask languages --review`: every message of the language files, English beside another
//! language, as a sheet for a reviewer who does not read `.ftl` files (a Welsh-language officer):
//! `target/language-review/review-<code>.html` to read on screen or print, and
//! `target/language-review/review-<code>.csv`, the same rows with an empty last column for
//! corrections, to open in a spreadsheet and send back (docs/translation.md, "Review before
//! publishing").
//!
//! The files are read with fluent-syntax, as the build reads them, but not compiled: terms and
//! references stay as the translator wrote them (`{ -product-name }`, `{ $count }`), and a choice
//! is shown case by case, each case a whole sentence with its label (`$role: lead`,
//! `$count: few (3)`), rather than as Fluent's `{ $role -> [lead] … *[staff] … }`. The note beside
//! each message is the `#` comment directly above it, in the English file and in the other one.

mod sheet;

use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use crate::workspace::Workspace;
use crate::{process, Result};
use sheet::{Sheet, Status};

/// The language every other is reviewed against.
const REFERENCE: &str = "en";
/// Below the repository root; under target/ because the sheet is made, not kept.
const OUT_DIR: &str = "target/language-review";

pub fn run(workspace: &Workspace) -> Result {
    let lang = workspace.root.join("src/lang");
    let english = read_language(&lang.join(REFERENCE))?;
    let out = workspace.root.join(OUT_DIR);
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let source = source_of(workspace);
    for code in other_languages(&lang)? {
        let other = read_language(&lang.join(&code))?;
        let sheet = Sheet::new(&code, &english, &other, &source);
        let (html_file, csv_file) = (
            out.join(format!("review-{code}.html")),
            out.join(format!("review-{code}.csv")),
        );
        write(&html_file, &sheet.html())?;
        write(&csv_file, &sheet.csv())?;
        println!(
            "{} ({}): {} messages, {} without {}, {} only in {}\n  {}\n  {}",
            sheet.name,
            code,
            sheet.english_count(),
            sheet.count(Status::Missing),
            sheet.name,
            sheet.count(Status::OnlyTranslated),
            sheet.name,
            html_file.display(),
            csv_file.display()
        );
    }
    Ok(())
}

fn write(file: &Path, text: &str) -> Result {
    fs::write(file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

/// Which words the sheet shows: the commit, and whether the language files have changed since.
fn source_of(workspace: &Workspace) -> String {
    let git = |args: &[&str]| {
        let mut command = workspace.command("git");
        command.args(args);
        process::probe(&mut command).map(|text| text.trim().to_string())
    };
    match git(&["log", "-1", "--format=%h (%cs)"]) {
        Some(commit) => {
            let changed = git(&["status", "--porcelain", "--", "src/lang"])
                .is_some_and(|status| !status.is_empty());
            format!(
                "commit {commit}{}",
                if changed {
                    ", with changes not yet committed"
                } else {
                    ""
                }
            )
        }
        None => "a copy outside git".to_string(),
    }
}

/// The language folders under `lang` other than English, by code.
fn other_languages(lang: &Path) -> Result<Vec<String>> {
    let mut codes: Vec<String> = fs::read_dir(lang)
        .map_err(|e| format!("cannot read {}: {e}", lang.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_dir())
        .filter_map(|path| Some(path.file_name()?.to_str()?.to_string()))
        .filter(|code| code != REFERENCE)
        .collect();
    codes.sort();
    Ok(codes)
}

/// The English name of a language for the sheet's headings; the code where none is known.
fn english_name(code: &str) -> String {
    match code {
        "cy" => "Welsh".to_string(),
        "en" => "English".to_string(),
        other => other.to_string(),
    }
}

/// Every message and term of one language folder: its files in name order, each file's entries
/// in the order written.
fn read_language(folder: &Path) -> Result<Vec<Entry>> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .map_err(|e| format!("cannot read {}: {e}", folder.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    let mut entries = Vec::new();
    for file in files {
        let area = file
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or_default()
            .to_string();
        let source = fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        entries.extend(parse_file(&area, &source).map_err(|problems| {
            format!(
                "{} does not read:\n  {}",
                file.display(),
                problems.join("\n  ")
            )
        })?);
    }
    Ok(entries)
}

/// One message (or term) of one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The message's key; a term's starts with `-`.
    pub key: String,
    /// The file it is in, without `.ftl` (`questionnaire`).
    pub area: String,
    /// The `##` heading it sits under in that file, if any.
    pub group: Option<String>,
    /// The `#` lines directly above it: the note for the translator.
    pub note: String,
    pub text: Text,
}

/// A message's words: one text, or one text per case of a choice.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    Plain(Vec<Piece>),
    Cases(Vec<Case>),
}

/// One case of a choice, as a whole sentence: `label` says when it is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub label: String,
    pub pieces: Vec<Piece>,
}

/// Words as written, or a placeable the widget fills in (`{ $count }`), kept apart so the sheet
/// can make placeables stand out.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Words(String),
    Placeable(String),
}

/// The entries of one `.ftl` file; `area` names the file. Problems name the line.
pub fn parse_file(area: &str, source: &str) -> std::result::Result<Vec<Entry>, Vec<String>> {
    let line_of = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|error| format!("line {}: {:?}", line_of(error.pos.start), error.kind))
            .collect::<Vec<_>>()
    })?;
    let mut group = None;
    let mut entries = Vec::new();
    for entry in resource.body {
        let (key, value, comment) = match entry {
            ast::Entry::GroupComment(comment) => {
                let heading = note(&comment);
                group = (!heading.is_empty()).then_some(heading);
                continue;
            }
            ast::Entry::Message(message) => {
                (message.id.name.to_string(), message.value, message.comment)
            }
            ast::Entry::Term(term) => {
                (format!("-{}", term.id.name), Some(term.value), term.comment)
            }
            _ => continue,
        };
        let variants = value.as_ref().map(expand).unwrap_or_default();
        let text = match cases(variants).as_slice() {
            [] => Text::Plain(Vec::new()),
            // No choice, or a choice whose cases all read the same.
            [only] => Text::Plain(only.pieces.clone()),
            cases => Text::Cases(cases.to_vec()),
        };
        entries.push(Entry {
            key,
            area: area.to_string(),
            group: group.clone(),
            note: comment.as_ref().map(note).unwrap_or_default(),
            text,
        });
    }
    Ok(entries)
}

/// A comment's lines as one paragraph: wrapped lines joined with a space, a line starting `- `
/// (a list) or following an empty `#` line starting a new line.
fn note(comment: &ast::Comment<&str>) -> String {
    let mut text = String::new();
    let mut new_line = false;
    for line in &comment.content {
        let line = line.trim();
        if line.is_empty() {
            new_line = !text.is_empty();
            continue;
        }
        if !text.is_empty() {
            text.push(if new_line || line.starts_with("- ") {
                '\n'
            } else {
                ' '
            });
        }
        text.push_str(line);
        new_line = false;
    }
    text
}

/// The distinct ways a message reads, in the order written: variants with the same words are one
/// case (a Welsh plural whose forms differ only for two; an action whose manager wording repeats
/// the staff one), labelled with every case it stands for.
fn cases(variants: Vec<Variant>) -> Vec<Case> {
    let mut distinct: Vec<(Vec<Vec<Condition>>, Vec<Piece>)> = Vec::new();
    for variant in variants {
        match distinct
            .iter_mut()
            .find(|(_, pieces)| *pieces == variant.pieces)
        {
            Some((conditions, _)) => conditions.push(variant.conditions),
            None => distinct.push((vec![variant.conditions], variant.pieces)),
        }
    }
    distinct
        .into_iter()
        .map(|(conditions, pieces)| Case {
            label: label(&conditions),
            pieces,
        })
        .collect()
}

/// `$role: manager, staff (default)` for cases of one choice; `$a: one (1), $b: x / …` when a
/// message has two choices.
fn label(variants: &[Vec<Condition>]) -> String {
    let first = variants.first().and_then(|conditions| conditions.first());
    match first {
        Some(first)
            if variants
                .iter()
                .all(|c| c.len() == 1 && c[0].selector == first.selector) =>
        {
            let cases: Vec<&str> = variants.iter().map(|c| c[0].case.as_str()).collect();
            format!("{}: {}", first.selector, cases.join(", "))
        }
        _ => variants
            .iter()
            .map(|conditions| {
                conditions
                    .iter()
                    .map(|c| format!("{}: {}", c.selector, c.case))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect::<Vec<_>>()
            .join(" / "),
    }
}

/// One case chosen: the value chosen on (`$role`) and the case (`lead`, `few (3)`).
#[derive(Debug, Clone, PartialEq)]
struct Condition {
    selector: String,
    case: String,
}

/// One way a message can read: the cases chosen to get there, and its words.
#[derive(Debug, Clone, Default)]
struct Variant {
    conditions: Vec<Condition>,
    pieces: Vec<Piece>,
}

impl Variant {
    fn push(&mut self, piece: Piece) {
        match (self.pieces.last_mut(), piece) {
            (Some(Piece::Words(words)), Piece::Words(more)) => words.push_str(&more),
            (_, piece) => self.pieces.push(piece),
        }
    }
}

/// Every way a pattern can read: one variant for a pattern without choices; for a choice, one
/// per case, each with the words around the choice, so every case reads as a whole sentence
/// (two choices in one message give every pairing).
fn expand(pattern: &ast::Pattern<&str>) -> Vec<Variant> {
    let mut variants = vec![Variant::default()];
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                for variant in &mut variants {
                    variant.push(Piece::Words(value.to_string()));
                }
            }
            ast::PatternElement::Placeable { expression } => {
                variants = with_expression(variants, expression);
            }
        }
    }
    variants
}

fn with_expression(variants: Vec<Variant>, expression: &ast::Expression<&str>) -> Vec<Variant> {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            with_expression(variants, expression)
        }
        ast::Expression::Inline(inline) => {
            let piece = match inline {
                // `{" "}` and `{"{"}` are how Fluent writes a space or a brace: show the
                // character itself.
                ast::InlineExpression::StringLiteral { value } => Piece::Words(
                    fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
                ),
                other => Piece::Placeable(format!("{{ {} }}", inline_source(other))),
            };
            variants
                .into_iter()
                .map(|mut variant| {
                    variant.push(piece.clone());
                    variant
                })
                .collect()
        }
        ast::Expression::Select {
            selector,
            variants: cases,
        } => {
            let selector = inline_source(selector);
            let mut expanded = Vec::new();
            for before in &variants {
                for case in cases {
                    let condition = Condition {
                        selector: selector.clone(),
                        case: case_name(&case.key, case.default),
                    };
                    for inner in expand(&case.value) {
                        let mut variant = before.clone();
                        variant.conditions.push(condition.clone());
                        variant.conditions.extend(inner.conditions);
                        for piece in inner.pieces {
                            variant.push(piece);
                        }
                        expanded.push(variant);
                    }
                }
            }
            expanded
        }
    }
}

/// An inline expression as the translator writes it inside `{ }`.
fn inline_source(inline: &ast::InlineExpression<&str>) -> String {
    match inline {
        ast::InlineExpression::StringLiteral { value } => format!("\"{value}\""),
        ast::InlineExpression::NumberLiteral { value } => value.to_string(),
        ast::InlineExpression::VariableReference { id } => format!("${}", id.name),
        ast::InlineExpression::MessageReference { id, attribute } => {
            format!("{}{}", id.name, attribute_source(attribute))
        }
        ast::InlineExpression::TermReference { id, attribute, .. } => {
            format!("-{}{}", id.name, attribute_source(attribute))
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            let positional = arguments.positional.iter().map(inline_source);
            let named = arguments.named.iter().map(|argument| {
                format!("{}: {}", argument.name.name, inline_source(&argument.value))
            });
            format!(
                "{}({})",
                id.name,
                positional.chain(named).collect::<Vec<_>>().join(", ")
            )
        }
        ast::InlineExpression::Placeable { .. } => "…".to_string(),
    }
}

fn attribute_source(attribute: &Option<ast::Identifier<&str>>) -> String {
    attribute
        .as_ref()
        .map(|attribute| format!(".{}", attribute.name))
        .unwrap_or_default()
}

/// When a case is shown: `lead`, `few (3)` (a plural form, with the number it stands for in
/// Welsh and English), `exactly 0`; `… (default)` for the case marked `*`, shown when no other
/// fits.
fn case_name(key: &ast::VariantKey<&str>, default: bool) -> String {
    let mut name = match key {
        ast::VariantKey::Identifier { name } => {
            let example = match *name {
                "zero" => " (0)",
                "one" => " (1)",
                "two" => " (2)",
                "few" => " (3)",
                "many" => " (6)",
                _ => "",
            };
            format!("{name}{example}")
        }
        ast::VariantKey::NumberLiteral { value } => format!("exactly {value}"),
    };
    if default {
        name.push_str(" (default)");
    }
    name
}

#[cfg(test)]
mod tests;
