//! The compact form every message is kept in: its text as it is, with a few control characters
//! (which no text or name may contain) marking where values go. English is built into the
//! widget in this form as static data (core/build.rs writes it), so the widget starts without
//! reading any JSON; a fetched language's messages are put into it as they are read
//! (`Compact`, below, which core/build.rs reads English with too; `text::messages` reads the
//! form).
//!
//! ```text
//! message := ( text | VARIABLE name END | choice )*
//! choice  := CHOICE select END default END ( key END message CASE_END )* CHOICE_END
//! ```
//!
//! A built-in table holds `key KEY_END message`, one after another with ENTRY_END between
//! them (`text::messages::Table`).
//!
//! This file uses nothing else of the crate (only serde): core/build.rs includes it to read and
//! write English.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// Starts a `{ $name }` value.
pub const VARIABLE: char = '\u{1}';
/// Starts a choice (plural or by name).
pub const CHOICE: char = '\u{2}';
/// Ends a name: a variable's, a choice's select or default, a case's key.
pub const END: char = '\u{3}';
/// Ends a choice's case.
pub const CASE_END: char = '\u{4}';
/// Ends a choice.
pub const CHOICE_END: char = '\u{5}';
/// Ends a message's key in a built-in table.
pub const KEY_END: char = '\u{6}';
/// Ends a key and its message in a built-in table.
pub const ENTRY_END: char = '\u{7}';

/// A message being put into the compact form, piece by piece.
#[derive(Debug, Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    /// Text shown as it is.
    pub fn text(&mut self, text: &str) -> Result<(), String> {
        self.out.push_str(plain(text)?);
        Ok(())
    }

    /// A `{ $name }` value.
    pub fn variable(&mut self, name: &str) -> Result<(), String> {
        self.out.push(VARIABLE);
        self.name(name)
    }

    /// A choice on `select`, falling back to the case `default`; its cases follow.
    pub fn begin_choice(&mut self, select: &str, default: &str) -> Result<(), String> {
        self.out.push(CHOICE);
        self.name(select)?;
        self.name(default)
    }

    /// One case of the open choice: `message` is already in the compact form (a `Writer`'s).
    pub fn case(&mut self, key: &str, message: &str) -> Result<(), String> {
        self.name(key)?;
        self.out.push_str(message);
        self.out.push(CASE_END);
        Ok(())
    }

    pub fn end_choice(&mut self) {
        self.out.push(CHOICE_END);
    }

    /// Another message's compact form, as a part of this one.
    pub fn compact(&mut self, message: &str) {
        self.out.push_str(message);
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn name(&mut self, name: &str) -> Result<(), String> {
        self.out.push_str(plain(name)?);
        self.out.push(END);
        Ok(())
    }
}

/// `text`, or why it cannot be put into the compact form: it holds one of the form's markers.
fn plain(text: &str) -> Result<&str, String> {
    // On bytes: every marker is one byte, never inside a character.
    match text
        .bytes()
        .find(|&byte| (VARIABLE..=ENTRY_END).contains(&char::from(byte)))
    {
        Some(byte) => Err(format!(
            "a message holds the control character U+{byte:04X}"
        )),
        None => Ok(text),
    }
}

// Reading a catalogue's JSON (`lang-compiler` writes it; a message is a text or a list of
// parts, a part a text, a `{ var }` or a `{ select, cases, default }`) straight into the compact
// form: the widget reads a fetched language with it (`text::messages`), and core/build.rs reads
// English with it to write English's tables, so the two are one reading. Read by hand, not with
// `#[serde(untagged)]`: an untagged enum buffers every value and then tries each variant in
// turn. Here the JSON's own type picks the variant at once; each variant accepts what the
// untagged derive accepted, in its order (a part with a `var` is a variable before it is a
// choice; other keys are ignored).

/// A message read from JSON, in the compact form.
#[derive(Debug, Clone)]
pub struct Compact(pub String);

impl<'de> Deserialize<'de> for Compact {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MessageVisitor;

        impl<'de> Visitor<'de> for MessageVisitor {
            type Value = Compact;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a message: a text, or a list of parts")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Compact, E> {
                let mut writer = Writer::default();
                writer.text(text).map_err(E::custom)?;
                Ok(Compact(writer.finish()))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Compact, A::Error> {
                let mut writer = Writer::default();
                while seq.next_element_seed(PartInto(&mut writer))?.is_some() {}
                Ok(Compact(writer.finish()))
            }
        }

        deserializer.deserialize_any(MessageVisitor)
    }
}

/// One part of a message read from JSON, written into its message's compact form as it is read.
struct PartInto<'w>(&'w mut Writer);

impl<'de> DeserializeSeed<'de> for PartInto<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        struct PartVisitor<'w>(&'w mut Writer);

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

        impl<'de> Visitor<'de> for PartVisitor<'_> {
            type Value = ();

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a message part: a text, a { var }, or a { select, cases, default }")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<(), E> {
                self.0.text(text).map_err(E::custom)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
                let (mut var, mut select, mut cases, mut default) = (None, None, None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "var" => once(&mut var, "var", map.next_value::<String>()?)?,
                        "select" => once(&mut select, "select", map.next_value::<String>()?)?,
                        "cases" => once(
                            &mut cases,
                            "cases",
                            map.next_value::<BTreeMap<String, Compact>>()?,
                        )?,
                        "default" => once(&mut default, "default", map.next_value::<String>()?)?,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                let writer = self.0;
                match (var, select, cases, default) {
                    (Some(var), ..) => writer.variable(&var),
                    (None, Some(select), Some(cases), Some(default)) => {
                        writer.begin_choice(&select, &default).and_then(|()| {
                            for (key, Compact(case)) in &cases {
                                writer.case(key, case)?;
                            }
                            writer.end_choice();
                            Ok(())
                        })
                    }
                    _ => Err(
                        "a message part is a text, a { var }, or a { select, cases, default }"
                            .to_string(),
                    ),
                }
                .map_err(de::Error::custom)
            }
        }

        deserializer.deserialize_any(PartVisitor(self.0))
    }
}
