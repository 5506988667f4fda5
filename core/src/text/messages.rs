//! A language's compiled messages and how they are formatted: text, `{ $variable }` values and
//! plural choices by the language's own rules. The catalogues are compiled from the
//! translators' Fluent files by `lang-compiler/src/lib.rs` (see docs/translation.md).
//!
//! Every message is kept in the compact form of `text::compact`: English as static data the
//! build wrote (a `Table`, read in place, so the widget starts without reading any JSON), a
//! fetched language as it is read from its JSON file.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Deserializer};

use crate::text::compact::{
    Compact, CASE_END, CHOICE, CHOICE_END, END, ENTRY_END, KEY_END, VARIABLE,
};
use crate::text::language::Language;
use crate::util::order::sort_small_by;

/// A section's messages as the build wrote them (core/build.rs): each message after its key and
/// KEY_END, one after another in the order of their keys, with ENTRY_END between them.
///
/// Read in place: the first lookup notes where each entry is (one pass over the bytes, no copy),
/// and every lookup is then a binary search of those places. The build could write the places
/// too, but they compress badly and every byte here is in every download; a binary search on
/// the bytes alone took twice as long as reading the JSON had.
pub struct Table {
    entries: &'static str,
    places: OnceLock<Vec<(&'static str, &'static str)>>,
}

impl Table {
    pub const fn new(entries: &'static str) -> Table {
        Table {
            entries,
            places: OnceLock::new(),
        }
    }

    /// Every key and its message, in the order of the keys.
    fn entries(&self) -> &[(&'static str, &'static str)] {
        self.places.get_or_init(|| {
            if self.entries.is_empty() {
                return Vec::new();
            }
            self.entries
                .split(ENTRY_END)
                .map(|entry| entry.split_once(KEY_END).unwrap_or((entry, "")))
                .collect()
        })
    }

    fn get(&self, key: &str) -> Option<&'static str> {
        let entries = self.entries();
        let found = entries.binary_search_by(|(name, _)| name.cmp(&key)).ok()?;
        Some(entries[found].1)
    }
}

/// Its size, not its 40 KB of text.
impl fmt::Debug for Table {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Table({} bytes)", self.entries.len())
    }
}

/// One section of a catalogue (the interface, the questionnaire or the guide), by key.
#[derive(Debug, Clone)]
pub struct Messages(Store);

#[derive(Debug, Clone)]
enum Store {
    /// Read from a language's file.
    Read(BTreeMap<String, Compact>),
    /// Built into the widget.
    BuiltIn(&'static Table),
}

impl Default for Messages {
    fn default() -> Self {
        Messages(Store::Read(BTreeMap::new()))
    }
}

/// Two sections are equal when they hold the same messages, however they are kept.
impl PartialEq for Messages {
    fn eq(&self, other: &Self) -> bool {
        self.entries().eq(other.entries())
    }
}

impl Messages {
    /// Messages built into the widget (English).
    pub const fn built_in(table: &'static Table) -> Messages {
        Messages(Store::BuiltIn(table))
    }

    /// A message in the compact form.
    fn get(&self, key: &str) -> Option<&str> {
        match &self.0 {
            Store::Read(messages) => messages.get(key).map(|Compact(message)| message.as_str()),
            Store::BuiltIn(table) => table.get(key),
        }
    }

    /// Every key and its message, in the order of the keys.
    fn entries(&self) -> Box<dyn Iterator<Item = (&str, &str)> + '_> {
        match &self.0 {
            Store::Read(messages) => Box::new(
                messages
                    .iter()
                    .map(|(key, Compact(message))| (key.as_str(), message.as_str())),
            ),
            Store::BuiltIn(table) => Box::new(table.entries().iter().copied()),
        }
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries().map(|(key, _)| key)
    }

    /// The message `key` formatted with `args` in `language`, or None when there is no such key.
    pub fn format(&self, language: Language, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let message = self.get(key)?;
        let mut out = String::new();
        write_message(&mut out, message, language, args);
        Some(out)
    }

    /// The texts of a numbered list: `<prefix>-1`, `<prefix>-2`, ... up to the first gap.
    pub fn list(&self, language: Language, prefix: &str) -> Vec<String> {
        self.list_with(language, prefix, &[])
    }

    /// `list`, with `args` put into every item.
    pub fn list_with(&self, language: Language, prefix: &str, args: &[(&str, Arg)]) -> Vec<String> {
        (1..)
            .map_while(|n| self.format(language, &format!("{prefix}-{n}"), args))
            .collect()
    }

    /// Drops every message whose `{ $variables }` differ from `reference`'s message of the same
    /// key (or that `reference` lacks), so it falls back to the reference's wording: a sentence
    /// that shows `{oldname}` literally is worse than one in English. Returns the dropped keys.
    pub fn keep_only_matching(&mut self, reference: &Messages) -> Vec<String> {
        let mismatched: Vec<String> = self
            .entries()
            .filter(|(key, message)| {
                reference
                    .get(key)
                    .is_none_or(|theirs| variable_names(message) != variable_names(theirs))
            })
            .map(|(key, _)| key.to_string())
            .collect();
        match &mut self.0 {
            Store::Read(read) => {
                for key in &mismatched {
                    read.remove(key);
                }
            }
            // Built-in messages are never checked against another language's; should they be,
            // the kept ones are copied, one by one (collecting into a map would sort, and a
            // sort's code is kilobytes in every download).
            Store::BuiltIn(table) => {
                let mut kept = BTreeMap::new();
                for &(key, message) in table.entries() {
                    if !mismatched.iter().any(|gone| gone == key) {
                        kept.insert(key.to_string(), Compact(message.to_string()));
                    }
                }
                self.0 = Store::Read(kept);
            }
        }
        mismatched
    }

    /// The variables a message uses, for the tests that compare languages.
    pub fn variables(&self, key: &str) -> Vec<String> {
        self.get(key)
            .map(variable_names)
            .unwrap_or_default()
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    /// Whether the message, or any case of a choice in it, is empty or only spaces.
    pub fn has_empty_text(&self, key: &str) -> bool {
        fn empty(message: &str) -> bool {
            message.trim().is_empty()
                || pieces(message).any(|piece| match piece {
                    Piece::Choice(choice) => choice.cases().any(|(_, case)| empty(case)),
                    _ => false,
                })
        }
        self.get(key).is_some_and(empty)
    }
}

/// One piece of a message in the compact form.
#[derive(Debug, PartialEq)]
enum Piece<'m> {
    Text(&'m str),
    Variable(&'m str),
    /// A plural choice on a number: cases keyed by plural form ("one", "few") or exact value
    /// ("=0"), an exact value winning over the form; or a choice on a name (`$role`), keyed by
    /// the name.
    Choice(Choice<'m>),
}

#[derive(Debug, PartialEq)]
struct Choice<'m> {
    select: &'m str,
    default: &'m str,
    /// Its cases, still in the compact form: `key END message CASE_END`, one after another.
    cases: &'m str,
}

impl<'m> Choice<'m> {
    fn cases(&self) -> impl Iterator<Item = (&'m str, &'m str)> {
        let mut rest = self.cases;
        std::iter::from_fn(move || {
            let (key, after) = rest.split_once(END)?;
            let end = closing(after, CASE_END);
            rest = after.get(end + 1..).unwrap_or("");
            Some((key, &after[..end]))
        })
    }

    fn case(&self, key: &str) -> Option<&'m str> {
        self.cases()
            .find(|(name, _)| *name == key)
            .map(|(_, case)| case)
    }
}

/// Where `marker` closes what starts at the beginning of `text`, skipping the choices nested in
/// it (or the end of `text`, for a form the build or the reader did not write). On bytes: every
/// marker is one byte, never inside a character, and this runs for every message read.
fn closing(text: &str, marker: char) -> usize {
    // Most cases hold no choice of their own: then it is the first marker (a fast search).
    let first = text.find(marker).unwrap_or(text.len());
    if !text[..first].contains(CHOICE) {
        return first;
    }
    let mut depth = 0usize;
    for (at, byte) in text.bytes().enumerate() {
        match char::from(byte) {
            CHOICE => depth += 1,
            CHOICE_END if depth > 0 => depth -= 1,
            c if c == marker && depth == 0 => return at,
            _ => {}
        }
    }
    text.len()
}

/// The pieces of a message in the compact form, read in place.
fn pieces(message: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = message;
    std::iter::from_fn(move || {
        let marker = rest
            .bytes()
            .position(|byte| matches!(char::from(byte), VARIABLE | CHOICE));
        match marker {
            None if rest.is_empty() => None,
            None => Some(Piece::Text(std::mem::take(&mut rest))),
            Some(at) if at > 0 => {
                let text = &rest[..at];
                rest = &rest[at..];
                Some(Piece::Text(text))
            }
            Some(_) => {
                // Both markers are one byte long.
                let after = &rest[1..];
                if rest.starts_with(VARIABLE) {
                    let (name, after) = after.split_once(END).unwrap_or((after, ""));
                    rest = after;
                    return Some(Piece::Variable(name));
                }
                let (select, after) = after.split_once(END).unwrap_or((after, ""));
                let (default, after) = after.split_once(END).unwrap_or((after, ""));
                let end = closing(after, CHOICE_END);
                rest = after.get(end + 1..).unwrap_or("");
                Some(Piece::Choice(Choice {
                    select,
                    default,
                    cases: &after[..end],
                }))
            }
        }
    })
}

/// The names of the values a message uses, sorted, each once. Borrowed, and with no allocation
/// for a message without values (most of them): a fetched language's every message is compared
/// with English's this way.
fn variable_names(message: &str) -> Vec<&str> {
    fn collect<'m>(message: &'m str, names: &mut Vec<&'m str>) {
        for piece in pieces(message) {
            match piece {
                Piece::Text(_) => {}
                Piece::Variable(name) => names.push(name),
                Piece::Choice(choice) => {
                    names.push(choice.select);
                    for (_, case) in choice.cases() {
                        collect(case, names);
                    }
                }
            }
        }
    }
    let mut names = Vec::new();
    collect(message, &mut names);
    // A message has a handful of values at most: the small sort, not the standard one, whose
    // code is kilobytes per type.
    sort_small_by(&mut names, |a, b| a.cmp(b));
    names.dedup();
    names
}

fn write_message(out: &mut String, message: &str, language: Language, args: &[(&str, Arg)]) {
    for piece in pieces(message) {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Variable(name) => match find(args, name) {
                Some(Arg::Text(text)) => out.push_str(text),
                Some(Arg::Number(n)) => out.push_str(&n.to_string()),
                // A message asking for a value the code did not give shows its name, which the
                // tests catch, rather than dropping words silently.
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
            Piece::Choice(choice) => {
                let chosen = match find(args, choice.select) {
                    Some(Arg::Number(n)) => choice
                        .case(&format!("={n}"))
                        .or_else(|| choice.case(plural_form(language, n))),
                    // A choice by name (the person's role): its case, else the default.
                    Some(Arg::Text(name)) => choice.case(name),
                    None => None,
                };
                if let Some(case) = chosen.or_else(|| choice.case(choice.default)) {
                    write_message(out, case, language, args);
                }
            }
        }
    }
}

fn find<'a>(args: &'a [(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter()
        .find(|(key, _)| *key == name)
        .map(|(_, value)| *value)
}

impl<'de> Deserialize<'de> for Messages {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Messages(Store::Read(BTreeMap::deserialize(deserializer)?)))
    }
}

/// A value put into a message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

/// The plural form of a whole number, by CLDR's rules for the language. English: one, other.
/// Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many, anything else other ("0 datganiadau", "1
/// datganiad", "2 ddatganiad", "3 datganiad", "6 datganiad", "4 datganiad").
pub fn plural_form(language: Language, n: i64) -> &'static str {
    match language {
        Language::Welsh => match n {
            0 => "zero",
            1 => "one",
            2 => "two",
            3 => "few",
            6 => "many",
            _ => "other",
        },
        Language::English | Language::Pseudo => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(json: &str) -> Messages {
        serde_json::from_str(json).unwrap()
    }

    /// What the untagged derive read, read the same by hand: every shape, nested choices, keys
    /// a part does not know (ignored), a `var` winning over a choice's fields; and what it
    /// refused, refused, with a text holding one of the compact form's markers.
    #[test]
    fn messages_read_as_the_untagged_derive_read_them() {
        let m = messages(
            r#"{"text": "Hi \u00e9", "empty": [],
                "parts": ["a", {"var": "n", "note": [1, {"x": null}]}, {"select": "n", "cases": {"one": "x", "other": [{"select": "m", "cases": {"other": [{"var": "m"}, "!"], "one": "a"}, "default": "other"}]}, "default": "other"}],
                "both": [{"var": "v", "select": "s", "cases": {}, "default": "d"}]}"#,
        );
        assert_eq!(m.get("text"), Some("Hi é"));
        assert_eq!(m.get("empty"), Some(""));
        let parts: Vec<Piece> = pieces(m.get("parts").unwrap()).collect();
        assert_eq!(parts[..2], [Piece::Text("a"), Piece::Variable("n")]);
        let Piece::Choice(choice) = &parts[2] else {
            panic!("a choice")
        };
        assert_eq!((choice.select, choice.default), ("n", "other"));
        assert_eq!(choice.case("one"), Some("x"));
        let inner: Vec<Piece> = pieces(choice.case("other").unwrap()).collect();
        assert!(matches!(&inner[..], [Piece::Choice(choice)] if choice.select == "m"));
        assert_eq!(parts.len(), 3);
        assert_eq!(
            pieces(m.get("both").unwrap()).collect::<Vec<_>>(),
            [Piece::Variable("v")]
        );
        assert_eq!(
            m.format(
                Language::English,
                "parts",
                &[("n", 2.into()), ("m", 7.into())]
            ),
            Some("a27!".into())
        );
        assert_eq!(
            m.format(
                Language::English,
                "parts",
                &[("n", 1.into()), ("m", 1.into())]
            ),
            Some("a1x".into())
        );
        assert_eq!(
            m.format(
                Language::English,
                "parts",
                &[("n", 5.into()), ("m", 1.into())]
            ),
            Some("a5a".into())
        );
        assert_eq!(m.variables("parts"), ["m", "n"]);
        for refused in [
            r#"{"k": 3}"#,
            r#"{"k": null}"#,
            r#"{"k": {"var": "n"}}"#,
            r#"{"k": [3]}"#,
            r#"{"k": [{"select": "n", "cases": {}}]}"#,
            r#"{"k": [{"nothing": 1}]}"#,
            r#"{"k": [{"var": "a", "var": "b"}]}"#,
            r#"{"k": [{"var": 1}]}"#,
            r#"{"k": "a \u0001 marker"}"#,
            r#"{"k": [{"var": "n\u0003"}]}"#,
            r#"{"k": [{"select": "n", "cases": {"o\u0004": "x"}, "default": "o"}]}"#,
        ] {
            assert!(
                serde_json::from_str::<Messages>(refused).is_err(),
                "{refused} should be refused"
            );
        }
    }

    /// The built-in table finds every key, and only those, wherever it sits.
    #[test]
    fn a_built_in_table_is_read_in_place() {
        static TABLE: Table = Table::new(
            "a\u{6}one\u{7}b\u{6}\u{1}n\u{3} left\u{7}c\u{6}\u{2}n\u{3}other\u{3}one\u{3}x\u{4}other\u{3}y\u{4}\u{5}",
        );
        let built_in = Messages::built_in(&TABLE);
        assert_eq!(built_in.keys().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(built_in.get("a"), Some("one"));
        assert_eq!(
            built_in.format(Language::English, "b", &[("n", 3.into())]),
            Some("3 left".into())
        );
        assert_eq!(
            built_in.format(Language::English, "c", &[("n", 1.into())]),
            Some("x".into())
        );
        assert_eq!(built_in.get("0"), None);
        assert_eq!(built_in.get("bb"), None);
        assert_eq!(built_in.get("d"), None);
        static EMPTY: Table = Table::new("");
        assert_eq!(Messages::built_in(&EMPTY).keys().count(), 0);
        assert_eq!(Messages::built_in(&EMPTY).get(""), None);
        let read = messages(
            r#"{"a": "one", "b": [{"var": "n"}, " left"], "c": [{"select": "n", "cases": {"other": "y", "one": "x"}, "default": "other"}]}"#,
        );
        assert_eq!(built_in, read);
        let mut fewer = built_in.clone();
        assert_eq!(
            fewer.keep_only_matching(&messages(r#"{"a": "x", "b": "no n"}"#)),
            ["b", "c"]
        );
        assert_eq!(fewer.keys().collect::<Vec<_>>(), ["a"]);
    }

    #[test]
    fn text_variables_and_choices_are_formatted() {
        let m = messages(
            r#"{"plain": "Hello",
                "count": ["You have answered ", {"var": "n"}, " of ", {"var": "total"}],
                "left": [{"select": "n", "cases": {"=0": "none left", "one": ["one left"], "other": [{"var": "n"}, " left"]}, "default": "other"}]}"#,
        );
        assert_eq!(m.format(Language::English, "plain", &[]).unwrap(), "Hello");
        assert_eq!(
            m.format(
                Language::English,
                "count",
                &[("n", 3.into()), ("total", 35.into())]
            )
            .unwrap(),
            "You have answered 3 of 35"
        );
        let left = |n: i64| {
            m.format(Language::English, "left", &[("n", n.into())])
                .unwrap()
        };
        assert_eq!(left(0), "none left");
        assert_eq!(left(1), "one left");
        assert_eq!(left(7), "7 left");
        assert_eq!(m.format(Language::English, "missing", &[]), None);
        // A value the code forgot shows up instead of vanishing.
        assert_eq!(
            m.format(Language::English, "count", &[("n", 3.into())])
                .unwrap(),
            "You have answered 3 of {total}"
        );
        assert_eq!(m.variables("left"), ["n"]);
        assert_eq!(m.variables("count"), ["n", "total"]);
    }

    #[test]
    fn welsh_has_six_plural_forms() {
        let forms: Vec<&str> = [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 20, 100]
            .into_iter()
            .map(|n| plural_form(Language::Welsh, n))
            .collect();
        assert_eq!(
            forms,
            [
                "zero", "one", "two", "few", "other", "other", "many", "other", "other", "other",
                "other", "other"
            ]
        );
        assert_eq!(plural_form(Language::English, 0), "other");
        assert_eq!(plural_form(Language::English, 1), "one");
    }

    #[test]
    fn lists_run_to_the_first_gap() {
        let m = messages(r#"{"a-1": "x", "a-2": "y", "a-4": "z"}"#);
        assert_eq!(m.list(Language::English, "a"), ["x", "y"]);
    }
}
