//! The sheet itself: English beside one other language, row by row, as an HTML page and as CSV.

use std::collections::HashMap;

use super::{english_name, Entry, Piece, Text};

/// How a message stands in the other language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Translated,
    /// English has it; the other language does not.
    Missing,
    /// The other language has it; English does not.
    OnlyTranslated,
}

/// One line of the sheet: a key, its English, its other-language text.
#[derive(Debug)]
pub struct Row<'a> {
    pub english: Option<&'a Entry>,
    pub other: Option<&'a Entry>,
}

impl Row<'_> {
    pub fn entry(&self) -> &Entry {
        self.english
            .or(self.other)
            .expect("a row has English, the other language or both")
    }

    pub fn status(&self) -> Status {
        match (self.english, self.other) {
            (Some(_), None) => Status::Missing,
            (None, Some(_)) => Status::OnlyTranslated,
            _ => Status::Translated,
        }
    }
}

/// English beside one other language.
pub struct Sheet<'a> {
    pub code: &'a str,
    /// The other language's English name (`Welsh`).
    pub name: String,
    /// Every English message in file order, then any the other language alone has.
    pub rows: Vec<Row<'a>>,
    /// Which words these are (a commit).
    pub source: &'a str,
}

impl<'a> Sheet<'a> {
    pub fn new(code: &'a str, english: &'a [Entry], other: &'a [Entry], source: &'a str) -> Self {
        let by_key: HashMap<&str, &Entry> = other.iter().map(|e| (e.key.as_str(), e)).collect();
        let in_english: HashMap<&str, &Entry> =
            english.iter().map(|e| (e.key.as_str(), e)).collect();
        let mut rows: Vec<Row> = english
            .iter()
            .map(|entry| Row {
                english: Some(entry),
                other: by_key.get(entry.key.as_str()).copied(),
            })
            .collect();
        rows.extend(
            other
                .iter()
                .filter(|entry| !in_english.contains_key(entry.key.as_str()))
                .map(|entry| Row {
                    english: None,
                    other: Some(entry),
                }),
        );
        Sheet {
            code,
            name: english_name(code),
            rows,
            source,
        }
    }

    pub fn count(&self, status: Status) -> usize {
        self.rows
            .iter()
            .filter(|row| row.status() == status)
            .count()
    }

    pub fn english_count(&self) -> usize {
        self.rows.iter().filter(|row| row.english.is_some()).count()
    }

    fn status_text(&self, status: Status) -> String {
        match status {
            Status::Translated => String::new(),
            Status::Missing => format!("Missing in {}", self.name),
            Status::OnlyTranslated => format!("Only in {}: not in English", self.name),
        }
    }

    /// The sheet as one HTML page with nothing outside it (styles inline, no scripts, no
    /// fonts or images fetched), to read on screen or print.
    pub fn html(&self) -> String {
        let name = escape_html(&self.name);
        let code = escape_html(self.code);
        let mut html = String::new();
        html.push_str(&format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>Partnership Readiness Check: English and {name} side by side</title>\n\
             <style>{STYLE}</style>\n</head>\n<body>\n<header>\n\
             <h1>English and {name} side by side</h1>\n"
        ));
        html.push_str(&format!(
            "<p>Every message the Partnership Readiness Check shows, in English and in {name}, \
             one row each. Please check that each {name} text says what the English says, reads \
             naturally in plain {name}, and uses one term for one idea (the glossary is in \
             docs/translation.md). The last column is the note the translator was given: what \
             the message is for, and what its values hold.</p>\n\
             <ul>\n\
             <li>Words in braces, such as <code class=\"value\">{{ $count }}</code> or \
             <code class=\"value\">{{ -product-name }}</code>, are filled in by the widget \
             (a number, a name, another message). Keep each one exactly as it is, wherever \
             your sentence needs it.</li>\n\
             <li>Some messages have <strong>cases</strong>: the widget shows one of them, \
             chosen by a value. Each case is on its own line with its label: \
             <span class=\"case-label\">$role: lead</span> is the wording for one role in the \
             partnership, <span class=\"case-label\">$count: few (3)</span> the form for a \
             number (zero 0, one 1, two 2, few 3, many 6, other: every other number), and \
             <span class=\"case-label\">(default)</span> marks the case shown when no other \
             fits. Cases that read the same are shown once, with all their labels. Please \
             check every case.</li>\n\
             <li>A row marked <strong class=\"flag\">Missing in {name}</strong> has no {name} \
             yet.</li>\n\
             </ul>\n\
             <p><strong>Sending corrections.</strong> Open <code>review-{code}.csv</code> (beside \
             this page: the same rows) in a spreadsheet, write your correction or comment in the \
             last column, “Correction or comment”, on the row it is about, and send the file \
             back to whoever sent you this sheet. Or mark up a printout of this page, quoting \
             each message’s key (the first column).</p>\n"
        ));
        let mut areas: Vec<(&str, usize)> = Vec::new();
        for row in &self.rows {
            let area = self.area_of(row);
            match areas.last_mut() {
                Some((last, count)) if *last == area => *count += 1,
                _ => areas.push((area, 1)),
            }
        }
        html.push_str(&format!(
            "<p class=\"source\">{} messages from src/lang/en and src/lang/{code}, {}; {} \
             without {name}, {} only in {name}.</p>\n<nav aria-label=\"Files\"><p>Files:</p><ul>\n",
            self.english_count(),
            escape_html(self.source),
            self.count(Status::Missing),
            self.count(Status::OnlyTranslated),
        ));
        for (area, count) in &areas {
            let area = escape_html(area);
            html.push_str(&format!(
                "<li><a href=\"#file-{area}\">{area}</a> ({count})</li>\n"
            ));
        }
        html.push_str(&format!(
            "</ul></nav>\n</header>\n<main>\n<table>\n<colgroup><col class=\"c-key\"><col \
             class=\"c-text\"><col class=\"c-text\"><col class=\"c-note\"></colgroup>\n\
             <thead><tr><th scope=\"col\">Key and file</th><th scope=\"col\">English</th><th \
             scope=\"col\">{name}</th><th scope=\"col\">Note for the translator</th></tr></thead>\n"
        ));
        // A body per file, headed by its name; inside it, a heading row wherever the file's `##`
        // heading changes.
        let mut open: Option<(&str, Option<&str>)> = None;
        for row in &self.rows {
            let area = self.area_of(row);
            let group = row.entry().group.as_deref();
            if open.map(|(open_area, _)| open_area) != Some(area) {
                if open.is_some() {
                    html.push_str("</tbody>\n");
                }
                let id = escape_html(area);
                html.push_str(&format!(
                    "<tbody id=\"file-{id}\">\n<tr class=\"file\"><th colspan=\"4\">{}</th></tr>\n",
                    if row.english.is_some() {
                        format!("{id}.ftl")
                    } else {
                        format!("Only in {name}")
                    }
                ));
                open = Some((area, None));
            }
            if let Some((_, open_group)) = open.as_mut() {
                if *open_group != group {
                    if let Some(heading) = group {
                        html.push_str(&format!(
                            "<tr class=\"group\"><th colspan=\"4\">{}</th></tr>\n",
                            escape_html(heading)
                        ));
                    }
                    *open_group = group;
                }
            }
            html.push_str(&self.html_row(row));
        }
        if open.is_some() {
            html.push_str("</tbody>\n");
        }
        html.push_str("</table>\n</main>\n</body>\n</html>\n");
        html
    }

    /// The rows the other language alone has are grouped at the end, under a heading of their own.
    fn area_of<'r>(&self, row: &'r Row) -> &'r str {
        match row.english {
            Some(entry) => &entry.area,
            None => "only-translated",
        }
    }

    fn html_row(&self, row: &Row) -> String {
        let entry = row.entry();
        let key = escape_html(&entry.key);
        let status = row.status();
        let class = match status {
            Status::Translated => "",
            Status::Missing => " class=\"missing\"",
            Status::OnlyTranslated => " class=\"only-translated\"",
        };
        let english = row.english.map(|e| text_html(&e.text)).unwrap_or_default();
        let mut other = row.other.map(|e| text_html(&e.text)).unwrap_or_default();
        if status != Status::Translated {
            other.push_str(&format!(
                "<strong class=\"flag\" lang=\"en\">{}</strong>",
                escape_html(&self.status_text(status))
            ));
        }
        let mut note = String::new();
        if let Some(entry) = row.english.filter(|e| !e.note.is_empty()) {
            note.push_str(&format!("<p lang=\"en\">{}</p>", escape_html(&entry.note)));
        }
        if let Some(entry) = row.other.filter(|e| !e.note.is_empty()) {
            note.push_str(&format!(
                "<p lang=\"{}\"><span class=\"note-label\" lang=\"en\">In the {} file:</span> {}</p>",
                escape_html(self.code),
                escape_html(&self.name),
                escape_html(&entry.note)
            ));
        }
        format!(
            "<tr id=\"m-{key}\"{class}><td class=\"key\">{key}<span \
             class=\"in-file\">{}.ftl</span></td><td lang=\"en\">{english}</td><td lang=\"{}\" \
             class=\"translation\">{other}</td><td class=\"note\">{note}</td></tr>\n",
            escape_html(&entry.area),
            escape_html(self.code)
        )
    }

    /// The sheet as CSV (RFC 4180: comma-separated, CRLF between records, a field quoted when it
    /// holds a comma, a quote or a line break, quotes doubled), in UTF-8 with a byte-order mark,
    /// which Excel needs to read ŵ and ŷ as letters. A case of a choice is one line of its cell.
    pub fn csv(&self) -> String {
        let name = &self.name;
        let header = [
            "Key".to_string(),
            "File".to_string(),
            "Section".to_string(),
            "English".to_string(),
            name.clone(),
            "Note for the translator".to_string(),
            format!("Note in the {name} file"),
            "Status".to_string(),
            "Correction or comment".to_string(),
        ];
        let mut csv = String::from("\u{feff}");
        csv.push_str(&csv_record(&header));
        for row in &self.rows {
            let entry = row.entry();
            let note = |e: Option<&Entry>| e.map(|e| e.note.clone()).unwrap_or_default();
            let text = |e: Option<&Entry>| e.map(|e| text_plain(&e.text)).unwrap_or_default();
            csv.push_str(&csv_record(&[
                entry.key.clone(),
                entry.area.clone(),
                entry.group.clone().unwrap_or_default(),
                text(row.english),
                text(row.other),
                note(row.english),
                note(row.other),
                self.status_text(row.status()),
                String::new(),
            ]));
        }
        csv
    }
}

fn csv_record(fields: &[String]) -> String {
    let mut record = fields
        .iter()
        .map(|field| csv_field(field))
        .collect::<Vec<_>>()
        .join(",");
    record.push_str("\r\n");
    record
}

/// One CSV field. A field beginning with `=`, `+`, `-` or `@` gets an apostrophe in front, or a
/// spreadsheet reads it as a formula (a term's key, `-product-name`, would show as an error).
pub fn csv_field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A message's words as plain text: a choice's cases one per line, each `[label] words`.
pub fn text_plain(text: &Text) -> String {
    let pieces = |pieces: &[Piece]| -> String {
        pieces
            .iter()
            .map(|piece| match piece {
                Piece::Words(words) | Piece::Placeable(words) => words.as_str(),
            })
            .collect()
    };
    match text {
        Text::Plain(words) => pieces(words),
        Text::Cases(cases) => cases
            .iter()
            .map(|case| format!("[{}] {}", case.label, pieces(&case.pieces)))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn text_html(text: &Text) -> String {
    let pieces = |pieces: &[Piece]| -> String {
        pieces
            .iter()
            .map(|piece| match piece {
                Piece::Words(words) => escape_html(words),
                Piece::Placeable(source) => {
                    format!("<code class=\"value\">{}</code>", escape_html(source))
                }
            })
            .collect()
    };
    match text {
        Text::Plain(words) => format!("<p class=\"text\">{}</p>", pieces(words)),
        Text::Cases(cases) => cases
            .iter()
            .map(|case| {
                format!(
                    "<p class=\"text case\"><span class=\"case-label\" lang=\"en\">{}</span> {}</p>",
                    escape_html(&case.label),
                    pieces(&case.pieces)
                )
            })
            .collect(),
    }
}

/// Text for HTML content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// Readable on screen (the header row stays in view while scrolling) and on paper (landscape,
/// the header row repeated on every page, no row split across pages).
const STYLE: &str = "
body { font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #1b1b1b; background: #fff; margin: 1.5rem; }
header { max-width: 56rem; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
header li { margin-bottom: .35rem; }
.source { color: #444; }
nav p { display: inline; margin-right: .5rem; }
nav ul { display: inline; padding: 0; }
nav li { display: inline-block; margin-right: .75rem; white-space: nowrap; }
table { border-collapse: separate; border-spacing: 0; width: 100%; table-layout: fixed;
  margin-top: 1rem; }
col.c-key { width: 15%; } col.c-text { width: 30%; } col.c-note { width: 25%; }
th, td { border-bottom: 1px solid #c9ced6; border-right: 1px solid #e3e6ea; padding: .45rem .55rem;
  vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { position: sticky; top: 0; z-index: 1; background: #1f3a5f; color: #fff; }
tr.file th { background: #dfe7f1; font-size: 1.1rem; padding-top: .9rem; }
tr.group th { background: #f3f5f8; font-weight: 600; color: #1f3a5f; }
td.key { font: .8rem/1.4 ui-monospace, Menlo, Consolas, monospace; }
.in-file { display: block; color: #555; font: .75rem/1.4 system-ui, sans-serif; margin-top: .2rem; }
p { margin: 0 0 .4rem; }
header p { margin-bottom: .75rem; }
.text { white-space: pre-wrap; }
code { font: .85em ui-monospace, Menlo, Consolas, monospace; }
code.value { background: #e8f0fb; color: #0b3d7a; border-radius: 3px; padding: 0 .2em;
  white-space: nowrap; }
.case-label { display: inline-block; font: .72rem/1.5 ui-monospace, Menlo, Consolas, monospace;
  background: #f4ead0; color: #4a3b00; border-radius: 3px; padding: 0 .35em; margin-right: .25rem; }
td.note { font-size: .85rem; color: #333; white-space: pre-wrap; }
.note-label { font-weight: 600; }
tr.missing td.translation, tr.only-translated td { background: #fdeeee; }
.flag { color: #9b0d18; font-weight: 700; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 9.5pt; }
  thead { display: table-header-group; }
  thead th { position: static; background: #fff; color: #000; border-bottom: 2px solid #000; }
  tr { break-inside: avoid; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
}
";
