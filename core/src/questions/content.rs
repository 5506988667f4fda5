//! The content the app is given: every word a person reads in one language, the questionnaire
//! in that language and the facilitator's guide. Made once per language and handed to the
//! components (as a Yew context), never read from a global by them.
//!
//! English is built into the widget (it is also the fallback for a key a translation lacks, which
//! the completeness test forbids in a shipped language); any other language arrives as its
//! compiled catalogue, `lang/<code>.json`, fetched only when chosen.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::questions::guide::Guide;
use crate::questions::rules::Band;
use crate::questions::set::{built_in_set, Answer, SetError};
use crate::questions::texts::QuestionTexts;
use crate::text::calendar::Day;
use crate::text::language::Language;
use crate::text::messages::{Arg, Messages};

/// English's compiled catalogue, made from src/lang/en/*.ftl by the build script, for the tests:
/// the widget has it as static data (`english`).
pub const ENGLISH_CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/lang/en.json"));

/// English's messages as static data in the compact form (`text::compact`), which the build
/// script writes from the same catalogue: `ENGLISH_INTERFACE`, `ENGLISH_QUESTIONNAIRE` and
/// `ENGLISH_GUIDE`. A test holds them equal to the catalogue read from JSON.
mod english {
    use crate::text::messages::Table;

    include!(concat!(env!("OUT_DIR"), "/lang/en_static.rs"));
}

include!(concat!(env!("OUT_DIR"), "/lang/versions.rs"));

/// The fingerprint this build expects of a language's catalogue.
fn expected_fingerprint(language: Language) -> &'static str {
    let code = language.code();
    CATALOGUE_VERSIONS
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("", |(_, v)| v)
}

/// Where a language's catalogue is fetched from, relative to the page: `lang/cy.<fingerprint>.json`
/// (written by `cargo xtask post-build`). The fingerprint in the name lets a deploy keep the
/// previous build's file beside the new one, so a page of either build finds its own, and a
/// cache can keep the file for good.
pub fn catalogue_path(language: Language) -> String {
    format!(
        "lang/{}.{}.json",
        language.code(),
        expected_fingerprint(language)
    )
}

/// The largest catalogue the widget reads (the Welsh one is about 80 KB): anything larger is a
/// misconfigured or tampered server, refused before it can fill the page's memory.
pub const MAX_CATALOGUE_BYTES: usize = 1024 * 1024;

/// How long a catalogue may take to arrive before the page carries on in English.
pub const CATALOGUE_TIME_LIMIT_MS: i32 = 10_000;

/// FNV-1a (64 bits) of a catalogue as 16 hex digits: the same function as
/// `lang-compiler/src/lib.rs`'s `fingerprint`, which names the files (that one runs in the build
/// script, which the widget cannot import; a test holds the two together). A cache key and a
/// check against mixed builds, not a security measure.
pub fn catalogue_fingerprint(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// A compiled catalogue as `lang-compiler/src/lib.rs` writes it.
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
    /// Its questionnaire's words do not cover the question set (a text is missing).
    QuestionTexts(SetError),
    /// Made by another build of the widget than this one (its fingerprint differs): an old file
    /// left in a cache, or a newer one uploaded over it.
    OtherBuild { expected: String, found: String },
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ContentError::Unreadable(detail) => {
                write!(f, "the language file cannot be read: {detail}")
            }
            ContentError::QuestionTexts(error) => {
                write!(f, "the language file's questionnaire: {error}")
            }
            ContentError::OtherBuild { expected, found } => write!(
                f,
                "the language file is another build's (fingerprint {found}, this build's is {expected})"
            ),
        }
    }
}

impl std::error::Error for ContentError {}

#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub language: Language,
    interface: Messages,
    pub questions: QuestionTexts,
    pub guide: Guide,
}

impl Content {
    /// Reads a catalogue fetched from the server, first checking that it is this build's own
    /// (its fingerprint is the one this build was made with).
    pub fn from_fetched_catalogue(language: Language, json: &str) -> Result<Content, ContentError> {
        let (expected, found) = (expected_fingerprint(language), catalogue_fingerprint(json));
        if expected != found {
            return Err(ContentError::OtherBuild {
                expected: expected.to_string(),
                found,
            });
        }
        Content::from_catalogue(language, json)
    }

    /// Reads a compiled catalogue (`lang/<code>.<fingerprint>.json`) for `language`. An interface
    /// message whose `{ $values }` differ from English's is left out, so English's is shown: the
    /// completeness test keeps shipped files whole, and this keeps any other file from showing
    /// a placeholder as it is.
    pub fn from_catalogue(language: Language, json: &str) -> Result<Content, ContentError> {
        let mut catalogue: Catalogue =
            serde_json::from_str(json).map_err(|e| ContentError::Unreadable(e.to_string()))?;
        if language != Language::English {
            catalogue
                .interface
                .keep_only_matching(&Content::english().interface);
        }
        Content::from_messages(language, catalogue)
    }

    /// The content of a catalogue's three sections.
    fn from_messages(language: Language, catalogue: Catalogue) -> Result<Content, ContentError> {
        let questions =
            QuestionTexts::from_messages(built_in_set(), &catalogue.questionnaire, language)
                .map_err(ContentError::QuestionTexts)?;
        Ok(Content {
            language,
            guide: Guide::from_messages(
                &catalogue.guide,
                language,
                built_in_set().minutes_to_answer(),
            ),
            interface: catalogue.interface,
            questions,
        })
    }

    /// The built-in English content. The tests prove the catalogue reads, so a failure here is a
    /// build defect, not a runtime condition.
    pub fn english() -> &'static Content {
        static ENGLISH: OnceLock<Content> = OnceLock::new();
        ENGLISH.get_or_init(|| {
            let catalogue = Catalogue {
                interface: Messages::built_in(&english::ENGLISH_INTERFACE),
                questionnaire: Messages::built_in(&english::ENGLISH_QUESTIONNAIRE),
                guide: Messages::built_in(&english::ENGLISH_GUIDE),
            };
            Content::from_messages(Language::English, catalogue)
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
                    .then(|| {
                        Content::english()
                            .interface
                            .format(Language::English, key, args)
                    })
                    .flatten()
            })
            .unwrap_or_else(|| key.to_string())
    }

    /// The interface messages, for the tests that compare languages.
    pub fn interface(&self) -> &Messages {
        &self.interface
    }
}

/// The words for the core's values, in the content's language: with the rest of the wording
/// rather than beside the values (`Band` in `questions::rules`, `Answer` in `questions::set`,
/// `Day` in `text::calendar` know nothing of languages).
impl Band {
    /// "Strength", "Developing", "Priority" in the content's language.
    pub fn label(self, content: &Content) -> String {
        content.text(match self {
            Band::Strength => "band-strength",
            Band::Developing => "band-developing",
            Band::Priority => "band-priority",
        })
    }

    /// The band's name as a word inside a sentence ("…, developing").
    pub fn label_in_sentence(self, content: &Content) -> String {
        content.text(match self {
            Band::Strength => "band-strength-in-sentence",
            Band::Developing => "band-developing-in-sentence",
            Band::Priority => "band-priority-in-sentence",
        })
    }
}

impl crate::questions::role::Role {
    /// The role's name in the content's language (`role-<id>`).
    pub fn label(self, content: &Content) -> String {
        content.text(&format!("role-{}", self.id()))
    }
}

impl Answer {
    /// The answer's words in the content's language.
    pub fn label(self, content: &crate::questions::content::Content) -> String {
        content.text(match self {
            Answer::StronglyDisagree => "answer-strongly-disagree",
            Answer::Disagree => "answer-disagree",
            Answer::Neither => "answer-neither",
            Answer::Agree => "answer-agree",
            Answer::StronglyAgree => "answer-strongly-agree",
            Answer::DontKnow => "answer-dont-know",
        })
    }
}

impl Day {
    /// "23 November 2026" / "23 Tachwedd 2026", for people, in the content's language.
    pub fn long(self, content: &Content) -> String {
        let (year, month, day) = self.civil();
        let month = content.text(&format!("month-{month}"));
        content.format(
            "date-long",
            &[
                ("day", day.into()),
                ("month", month.as_str().into()),
                ("year", year.into()),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_reads_and_falls_back_to_the_key_for_an_unknown_one() {
        let english = Content::english();
        assert_eq!(english.language, Language::English);
        assert_eq!(english.questions.criteria[0].name, "Commitment");
        assert!(!english.guide.sections.is_empty());
        assert_eq!(english.text("no-such-key"), "no-such-key");
    }

    /// Every catalogue the build compiled, as the widget would read it.
    const WELSH: &str = include_str!(concat!(env!("OUT_DIR"), "/lang/cy.json"));
    const PSEUDO: &str = include_str!(concat!(env!("OUT_DIR"), "/lang/qps.json"));

    fn sections(json: &str) -> Vec<(String, Messages)> {
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        ["interface", "questionnaire", "guide"]
            .into_iter()
            .map(|name| {
                let messages = serde_json::from_value(value[name].clone()).unwrap();
                (name.to_string(), messages)
            })
            .collect()
    }

    /// The completeness test: a shipped language has every key English has and no other, the
    /// same `{ $variables }` in each message, and no empty text.
    fn assert_complete(code: &str, json: &str) {
        let mut problems = Vec::new();
        for ((section, english), (_, other)) in
            sections(ENGLISH_CATALOGUE).iter().zip(sections(json))
        {
            for key in english.keys() {
                if !other.contains(key) {
                    problems.push(format!("{code} lacks {section} key {key}"));
                } else if english.variables(key) != other.variables(key) {
                    problems.push(format!(
                        "{code} {key} uses {:?}, English uses {:?}",
                        other.variables(key),
                        english.variables(key)
                    ));
                }
            }
            for key in other.keys() {
                if !english.contains(key) {
                    problems.push(format!(
                        "{code} has {section} key {key}, which English does not"
                    ));
                }
                if other.has_empty_text(key) {
                    problems.push(format!("{code} {key} is empty"));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// English as the widget has it (static data, in the compact form) is English as a fetched
    /// file of it would read: the same keys, messages and formatting.
    #[test]
    fn the_built_in_english_is_the_catalogue_read_from_json() {
        let read: Catalogue = serde_json::from_str(ENGLISH_CATALOGUE).unwrap();
        assert_eq!(
            read.interface,
            Messages::built_in(&english::ENGLISH_INTERFACE)
        );
        assert_eq!(
            read.questionnaire,
            Messages::built_in(&english::ENGLISH_QUESTIONNAIRE)
        );
        assert_eq!(read.guide, Messages::built_in(&english::ENGLISH_GUIDE));
        assert!(read.interface.keys().count() > 100);
        // Every key is found by the built-in table's search, with the same words.
        for (read, built_in) in [
            (&read.interface, &english::ENGLISH_INTERFACE),
            (&read.questionnaire, &english::ENGLISH_QUESTIONNAIRE),
            (&read.guide, &english::ENGLISH_GUIDE),
        ] {
            let built_in = Messages::built_in(built_in);
            for key in read.keys() {
                let args = [("count", Arg::Number(2)), ("role", Arg::Text("manager"))];
                assert_eq!(
                    built_in.format(Language::English, key, &args),
                    read.format(Language::English, key, &args),
                    "{key}"
                );
            }
            assert_eq!(built_in.format(Language::English, "no-such-key", &[]), None);
        }
        assert_eq!(
            *Content::english(),
            Content::from_catalogue(Language::English, ENGLISH_CATALOGUE).unwrap()
        );
    }

    #[test]
    fn welsh_is_complete_and_reads() {
        assert_complete("cy", WELSH);
        let welsh = Content::from_catalogue(Language::Welsh, WELSH).expect("Welsh reads");
        assert_eq!(
            welsh.questions.statements().count(),
            Content::english().questions.statements().count()
        );
        assert_eq!(
            welsh.guide.sections.len(),
            Content::english().guide.sections.len()
        );
        assert_eq!(welsh.text("language-name-en"), "English");
        assert_eq!(welsh.text("language-name-cy"), "Cymraeg");
    }

    #[test]
    fn the_fingerprint_is_the_one_the_build_named_each_file_by() {
        for (code, json) in [("en", ENGLISH_CATALOGUE), ("cy", WELSH), ("qps", PSEUDO)] {
            let (_, expected) = CATALOGUE_VERSIONS
                .iter()
                .find(|(c, _)| *c == code)
                .expect("every compiled catalogue has a fingerprint");
            assert_eq!(catalogue_fingerprint(json), *expected, "{code}");
        }
        assert_eq!(
            catalogue_path(Language::Welsh),
            format!("lang/cy.{}.json", catalogue_fingerprint(WELSH))
        );
    }

    #[test]
    fn a_fetched_catalogue_of_another_build_is_refused() {
        assert!(Content::from_fetched_catalogue(Language::Welsh, WELSH).is_ok());
        // One changed word, as a stale or newer file would differ.
        let other = WELSH.replacen("Cymraeg", "Cymraeg ", 1);
        assert!(matches!(
            Content::from_fetched_catalogue(Language::Welsh, &other),
            Err(ContentError::OtherBuild { .. })
        ));
        assert!(matches!(
            Content::from_fetched_catalogue(Language::Welsh, "{}"),
            Err(ContentError::OtherBuild { .. })
        ));
    }

    #[test]
    fn a_message_whose_values_changed_is_shown_in_english() {
        // A file whose sentence names `{ $count }` where this build passes `{ $language }`.
        let english_line = Content::english().text("language-load-failed");
        let mut value: serde_json::Value = serde_json::from_str(WELSH).unwrap();
        value["interface"]["language-load-failed"] =
            serde_json::json!(["Methu llwytho ", {"var": "oldname"}, "."]);
        let welsh = Content::from_catalogue(Language::Welsh, &value.to_string()).unwrap();
        let shown = welsh.format("language-load-failed", &[("language", "Cymraeg".into())]);
        assert!(!shown.contains("{oldname}"), "{shown}");
        assert_eq!(
            shown,
            english_line.replace("{language}", "Cymraeg"),
            "falls back to English"
        );
        // Messages that match stay Welsh.
        assert_eq!(welsh.text("language-name-en"), "English");
        assert_ne!(welsh.text("language-switch-label"), "Language");
    }

    #[test]
    fn the_pseudo_language_is_complete_accented_and_longer() {
        assert_complete("qps", PSEUDO);
        let pseudo = Content::from_catalogue(Language::Pseudo, PSEUDO).expect("pseudo reads");
        let english = Content::english();
        let heading = pseudo.text("welcome-heading");
        assert!(
            heading.starts_with('[') && heading.ends_with(']'),
            "{heading}"
        );
        assert!(heading.contains('ó'), "{heading}");
        let (short, long) = (
            english.text("welcome-lead").chars().count(),
            pseudo.text("welcome-lead").chars().count(),
        );
        assert!(
            long * 10 >= short * 13,
            "{long} is not about 40% longer than {short}"
        );
    }

    /// Every key the code names literally exists in English (a typo would show the key itself).
    #[test]
    fn every_key_the_code_names_exists() {
        let english = Content::english();
        let mut missing = Vec::new();
        for file in rust_files(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))) {
            let source = std::fs::read_to_string(&file).unwrap();
            for call in [
                ".text(\"",
                ".format(\"",
                ".format(\n            \"",
                ".format(\n                \"",
            ] {
                for (at, _) in source.match_indices(call) {
                    let rest = &source[at + call.len()..];
                    let key: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    let known = english.interface().contains(&key);
                    // The test above asks for an unknown key on purpose.
                    let on_purpose = key == "no-such-key";
                    if !key.is_empty()
                        && rest[key.len()..].starts_with('"')
                        && !known
                        && !on_purpose
                    {
                        missing.push(format!("{}: {key}", file.display()));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys with no English text:\n{}",
            missing.join("\n")
        );
    }

    fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files.extend(rust_files(&path));
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("lang/compile.rs")
            {
                files.push(path);
            }
        }
        files
    }

    /// index.html shows its own words before the widget starts (and with scripts off); they are
    /// the English of page.ftl, which loader.js swaps for another language's.
    #[test]
    fn the_page_says_what_the_english_file_says() {
        let page = include_str!("../../../index.html");
        let english = Content::english();
        for key in [
            "loader-loading",
            "loader-stopped",
            "loader-stopped-detail",
            "loader-reload",
            "loader-noscript",
        ] {
            let text = english.text(key);
            assert!(
                page.contains(&text),
                "index.html does not say {key}: {text:?}"
            );
        }
        assert!(page.contains(&format!("<title>{}</title>", english.text("page-title"))));
        let loader = include_str!("../../../src/host/loader.js");
        let could_not_start = english.text("loader-could-not-start");
        assert!(
            loader.contains(&could_not_start),
            "loader.js's fallback is {could_not_start:?}"
        );
        let others: Vec<String> = Language::SHIPPED
            .iter()
            .filter(|l| **l != Language::English)
            .map(|l| format!("{:?}", l.code()))
            .collect();
        assert!(
            loader.contains(&format!("var OTHER_LANGUAGES = [{}];", others.join(", "))),
            "loader.js knows the languages the widget ships"
        );
        assert!(page.contains(&english.text("page-description")));
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
            Err(ContentError::QuestionTexts(_))
        ));
        // A text holding one of the control characters the compact form marks values with
        // (text::compact) would garble its message: the file is refused, and says why.
        let marked =
            ENGLISH_CATALOGUE.replacen("\"guide-intro\":\"", "\"guide-intro\":\"\\u0002", 1);
        assert_ne!(marked, ENGLISH_CATALOGUE);
        let Err(ContentError::Unreadable(reason)) =
            Content::from_catalogue(Language::Welsh, &marked)
        else {
            panic!("a text with a marker is refused")
        };
        assert!(reason.contains("control character U+0002"), "{reason}");
    }
}
