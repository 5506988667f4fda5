//! The compact form every message is kept in: its text as it is, with a few control characters
//! (which no text or name may contain) marking where values go. English is built into the
//! widget in this form as static data (core/build.rs writes it), so the widget starts without
//! reading any JSON; a fetched language's messages are put into it as they are read
//! (`text::messages`, which also reads the form).
//!
//! ```text
//! message := ( text | VARIABLE name END | choice )*
//! choice  := CHOICE select END default END ( key END message CASE_END )* CHOICE_END
//! ```
//!
//! A built-in table holds `key KEY_END message`, one after another with ENTRY_END between
//! them (`text::messages::Table`).
//!
//! This file uses nothing else of the crate: core/build.rs includes it to write English.

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
