//! The content the app is given: every word a person reads in one language, the questionnaire
//! in that language and the facilitator's guide. Made once per language and handed to the
//! components (as a Yew context), never read from a global by them.
//!
//! English is built into the widget (it is also the fallback for a key a translation lacks, which
//! the completeness test forbids in a shipped language); any other language arrives as its
//! compiled catalogue, `lang/<code>.json`, fetched only when chosen.

use std::sync::OnceLock;

use serde::Deserialize;

use super::guide::Guide;
use super::language::Language;
use super::messages::{Arg, Messages};
use super::questionnaire::{BankError, Questionnaire, DEFAULT_BANK_STRUCTURE};

/// English's compiled catalogue, made from src/lang/en/*.ftl by the build script.
pub const ENGLISH_CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/lang/en.json"));

/// A compiled catalogue as `src/lang/compile.rs` writes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Catalogue {
    interface: Messages,
    questionnaire: Messages,
    guide: Messages,
}

/// Why a language's catalogue could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum ContentError {
    /// Not a catalogue at all (a failed download, a server's error page).
    Unreadable(String),
    /// Its questionnaire does not fit the bank's shape.
    Questionnaire(BankError),
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ContentError::Unreadable(detail) => write!(f, "the language file cannot be read: {detail}"),
            ContentError::Questionnaire(error) => write!(f, "the language file's questionnaire: {error}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub language: Language,
    interface: Messages,
    pub questionnaire: Questionnaire,
    pub guide: Guide,
}

impl Content {
    /// Reads a compiled catalogue (`lang/<code>.json`) for `language`.
    pub fn from_catalogue(language: Language, json: &str) -> Result<Content, ContentError> {
        let catalogue: Catalogue =
            serde_json::from_str(json).map_err(|e| ContentError::Unreadable(e.to_string()))?;
        let questionnaire =
            Questionnaire::from_parts(DEFAULT_BANK_STRUCTURE, &catalogue.questionnaire, language)
                .map_err(ContentError::Questionnaire)?;
        Ok(Content {
            language,
            guide: Guide::from_messages(&catalogue.guide, language),
            interface: catalogue.interface,
            questionnaire,
        })
    }

    /// The built-in English content. The tests prove the catalogue reads, so a failure here is a
    /// build defect, not a runtime condition.
    pub fn english() -> &'static Content {
        static ENGLISH: OnceLock<Content> = OnceLock::new();
        ENGLISH.get_or_init(|| {
            Content::from_catalogue(Language::English, ENGLISH_CATALOGUE)
                .expect("the English catalogue is checked by the tests")
        })
    }

    /// The interface text `key`, with no values.
    pub fn text(&self, key: &str) -> String {
        self.format(key, &[])
    }

    /// The interface text `key` with `args` put in. A key this language lacks falls back to
    /// English; a key no language has shows itself, so the tests see it.
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.interface
            .format(self.language, key, args)
            .or_else(|| {
                (self.language != Language::English)
                    .then(|| Content::english().interface.format(Language::English, key, args))
                    .flatten()
            })
            .unwrap_or_else(|| key.to_string())
    }

    /// The interface messages, for the tests that compare languages.
    pub fn interface(&self) -> &Messages {
        &self.interface
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_reads_and_falls_back_to_the_key_for_an_unknown_one() {
        let english = Content::english();
        assert_eq!(english.language, Language::English);
        assert_eq!(english.questionnaire.criteria[0].name, "Commitment");
        assert!(!english.guide.sections.is_empty());
        assert_eq!(english.text("no-such-key"), "no-such-key");
    }

    #[test]
    fn a_broken_catalogue_is_refused_with_a_reason() {
        assert!(matches!(
            Content::from_catalogue(Language::Welsh, "<html>Not found</html>"),
            Err(ContentError::Unreadable(_))
        ));
        let empty = r#"{"interface": {}, "questionnaire": {}, "guide": {}}"#;
        assert!(matches!(
            Content::from_catalogue(Language::Welsh, empty),
            Err(ContentError::Questionnaire(_))
        ));
    }
}
