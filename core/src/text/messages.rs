//! A language's compiled messages and how they are formatted: text, `{ $variable }` values and
//! plural choices by the language's own rules. The catalogues are compiled from the
//! translators' Fluent files by `lang-compiler/src/lib.rs` (see docs/translation.md).

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::text::language::Language;

/// One compiled message.
#[derive(Debug, Clone, PartialEq)]
pub enum Pattern {
    Text(String),
    Parts(Vec<Part>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Text(String),
    Variable {
        var: String,
    },
    /// A plural choice on a number: cases keyed by plural form ("one", "few") or exact value
    /// ("=0"), an exact value winning over the form; or a choice on a name (`$role`), keyed by
    /// the name.
    Choice {
        select: String,
        cases: BTreeMap<String, Pattern>,
        default: String,
    },
}

// Pattern and Part are read by hand, not with `#[serde(untagged)]`: an untagged enum buffers
// every value and then tries each variant in turn, which every page pays for when it reads the
// built-in English catalogue (and again for a fetched language). Here the JSON's own type picks
// the variant at once; each variant accepts what the untagged derive accepted, in its order
// (a part with a `var` is a variable before it is a choice; other keys are ignored).

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PatternVisitor;

        impl<'de> Visitor<'de> for PatternVisitor {
            type Value = Pattern;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a message: a text, or a list of parts")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Pattern, E> {
                Ok(Pattern::Text(text.to_string()))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<Pattern, E> {
                Ok(Pattern::Text(text))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Pattern, A::Error> {
                let mut parts = Vec::new();
                while let Some(part) = seq.next_element()? {
                    parts.push(part);
                }
                Ok(Pattern::Parts(parts))
            }
        }

        deserializer.deserialize_any(PatternVisitor)
    }
}

impl<'de> Deserialize<'de> for Part {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PartVisitor;

        /// Sets a field once: a second one is a broken file, not a value to overwrite.
        fn once<T, E: de::Error>(
            field: &mut Option<T>,
            name: &'static str,
            value: T,
        ) -> Result<(), E> {
            if field.replace(value).is_some() {
                return Err(E::duplicate_field(name));
            }
            Ok(())
        }

        impl<'de> Visitor<'de> for PartVisitor {
            type Value = Part;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a message part: a text, a { var }, or a { select, cases, default }")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Part, E> {
                Ok(Part::Text(text.to_string()))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<Part, E> {
                Ok(Part::Text(text))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Part, A::Error> {
                let (mut var, mut select, mut cases, mut default) = (None, None, None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "var" => once(&mut var, "var", map.next_value::<String>()?)?,
                        "select" => once(&mut select, "select", map.next_value::<String>()?)?,
                        "cases" => once(
                            &mut cases,
                            "cases",
                            map.next_value::<BTreeMap<String, Pattern>>()?,
                        )?,
                        "default" => once(&mut default, "default", map.next_value::<String>()?)?,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                match (var, select, cases, default) {
                    (Some(var), ..) => Ok(Part::Variable { var }),
                    (None, Some(select), Some(cases), Some(default)) => Ok(Part::Choice {
                        select,
                        cases,
                        default,
                    }),
                    _ => Err(de::Error::custom(
                        "a message part is a text, a { var }, or a { select, cases, default }",
                    )),
                }
            }
        }

        deserializer.deserialize_any(PartVisitor)
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

/// One section of a catalogue (the interface, the questionnaire or the guide), by key.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct Messages(BTreeMap<String, Pattern>);

impl Messages {
    pub fn contains(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// The message `key` formatted with `args` in `language`, or None when there is no such key.
    pub fn format(&self, language: Language, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let pattern = self.0.get(key)?;
        let mut out = String::new();
        write_pattern(&mut out, pattern, language, args);
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
            .keys()
            .filter(|key| {
                !reference.contains(key) || self.variables(key) != reference.variables(key)
            })
            .map(str::to_string)
            .collect();
        for key in &mismatched {
            self.0.remove(key);
        }
        mismatched
    }

    /// The variables a message uses, for the tests that compare languages.
    pub fn variables(&self, key: &str) -> Vec<String> {
        let mut names = Vec::new();
        if let Some(pattern) = self.0.get(key) {
            collect_variables(pattern, &mut names);
        }
        names.sort();
        names.dedup();
        names
    }

    /// Whether any text of the message is empty or only spaces.
    pub fn has_empty_text(&self, key: &str) -> bool {
        fn empty(pattern: &Pattern) -> bool {
            match pattern {
                Pattern::Text(text) => text.trim().is_empty(),
                Pattern::Parts(parts) => {
                    parts.is_empty()
                        || parts.iter().any(|part| match part {
                            Part::Choice { cases, .. } => cases.values().any(empty),
                            _ => false,
                        })
                }
            }
        }
        self.0.get(key).is_some_and(empty)
    }
}

fn collect_variables(pattern: &Pattern, names: &mut Vec<String>) {
    if let Pattern::Parts(parts) = pattern {
        for part in parts {
            match part {
                Part::Text(_) => {}
                Part::Variable { var } => names.push(var.clone()),
                Part::Choice { select, cases, .. } => {
                    names.push(select.clone());
                    for case in cases.values() {
                        collect_variables(case, names);
                    }
                }
            }
        }
    }
}

fn write_pattern(out: &mut String, pattern: &Pattern, language: Language, args: &[(&str, Arg)]) {
    match pattern {
        Pattern::Text(text) => out.push_str(text),
        Pattern::Parts(parts) => {
            for part in parts {
                match part {
                    Part::Text(text) => out.push_str(text),
                    Part::Variable { var } => match find(args, var) {
                        Some(Arg::Text(text)) => out.push_str(text),
                        Some(Arg::Number(n)) => out.push_str(&n.to_string()),
                        // A message asking for a value the code did not give shows its name,
                        // which the tests catch, rather than dropping words silently.
                        None => {
                            out.push('{');
                            out.push_str(var);
                            out.push('}');
                        }
                    },
                    Part::Choice {
                        select,
                        cases,
                        default,
                    } => {
                        let chosen = match find(args, select) {
                            Some(Arg::Number(n)) => cases
                                .get(&format!("={n}"))
                                .or_else(|| cases.get(plural_form(language, n))),
                            // A choice by name (the person's role): its case, else the default.
                            Some(Arg::Text(name)) => cases.get(name),
                            None => None,
                        };
                        if let Some(case) = chosen.or_else(|| cases.get(default)) {
                            write_pattern(out, case, language, args);
                        }
                    }
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
    /// refused, refused.
    #[test]
    fn messages_read_as_the_untagged_derive_read_them() {
        let m = messages(
            r#"{"text": "Hi \u00e9", "empty": [],
                "parts": ["a", {"var": "n", "note": [1, {"x": null}]}, {"select": "n", "cases": {"one": "x", "other": [{"select": "m", "cases": {"other": [{"var": "m"}]}, "default": "other"}]}, "default": "other"}],
                "both": [{"var": "v", "select": "s", "cases": {}, "default": "d"}]}"#,
        );
        assert_eq!(m.0["text"], Pattern::Text("Hi é".into()));
        assert_eq!(m.0["empty"], Pattern::Parts(vec![]));
        let Pattern::Parts(parts) = &m.0["parts"] else {
            panic!("parts")
        };
        assert_eq!(parts[0], Part::Text("a".into()));
        assert_eq!(parts[1], Part::Variable { var: "n".into() });
        let Part::Choice {
            select,
            cases,
            default,
        } = &parts[2]
        else {
            panic!("a choice")
        };
        assert_eq!((select.as_str(), default.as_str()), ("n", "other"));
        assert_eq!(cases["one"], Pattern::Text("x".into()));
        assert!(
            matches!(&cases["other"], Pattern::Parts(inner) if matches!(&inner[0], Part::Choice { select, .. } if select == "m"))
        );
        assert_eq!(
            m.0["both"],
            Pattern::Parts(vec![Part::Variable { var: "v".into() }])
        );
        assert_eq!(
            m.format(
                Language::English,
                "parts",
                &[("n", 2.into()), ("m", 7.into())]
            ),
            Some("a27".into())
        );
        for refused in [
            r#"{"k": 3}"#,
            r#"{"k": null}"#,
            r#"{"k": {"var": "n"}}"#,
            r#"{"k": [3]}"#,
            r#"{"k": [{"select": "n", "cases": {}}]}"#,
            r#"{"k": [{"nothing": 1}]}"#,
            r#"{"k": [{"var": "a", "var": "b"}]}"#,
            r#"{"k": [{"var": 1}]}"#,
        ] {
            assert!(
                serde_json::from_str::<Messages>(refused).is_err(),
                "{refused} should be refused"
            );
        }
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
