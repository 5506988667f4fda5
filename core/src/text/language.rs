//! The languages the widget speaks, and which one a visit starts in.

/// A language the widget ships (plus the tests' pseudo-language, whose file is never deployed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Welsh,
    /// Accented, 40% longer English (lang-compiler/src/lib.rs `pseudo`): the tests run every view in
    /// it to find text left in code and layouts that clip. Only an explicit `?lang=qps` asks for
    /// it, only in the test-only build (feature `pseudo-language`; a release build reads `qps` as
    /// an unknown code), and only the tests' server has its file.
    Pseudo,
}

impl Language {
    /// The languages a person can choose, in the order the switch lists them.
    pub const SHIPPED: [Language; 2] = [Language::Welsh, Language::English];

    /// The code in `?lang=`, `data-lang`, the remembered choice and the file name `lang/<code>.json`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Welsh => "cy",
            Language::Pseudo => "qps",
        }
    }

    /// The value of `<html lang>` and of `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en-GB",
            Language::Welsh => "cy",
            Language::Pseudo => "en-XA",
        }
    }

    /// Reads a code or a browser language tag ("cy", "cy-GB", "en-US", "EN"). The
    /// pseudo-language is read only when `explicit` (asked for by name, never by a browser).
    pub fn from_tag(tag: &str, explicit: bool) -> Option<Language> {
        let tag = tag.trim().to_ascii_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Some(Language::English),
            "cy" => Some(Language::Welsh),
            "qps" if explicit && cfg!(any(test, feature = "pseudo-language")) => {
                Some(Language::Pseudo)
            }
            _ => None,
        }
    }
}

/// Where a visit's language comes from, best first: the choice this person made on this device
/// before, then what the page asks for (`?lang=` or the embed snippet's `data-lang`), then the
/// browser's preferred languages in order, then English.
pub fn choose(remembered: Option<&str>, requested: Option<&str>, preferred: &[String]) -> Language {
    remembered
        .and_then(|code| Language::from_tag(code, true))
        .or_else(|| requested.and_then(|code| Language::from_tag(code, true)))
        .or_else(|| {
            preferred
                .iter()
                .find_map(|tag| Language::from_tag(tag, false))
        })
        .unwrap_or(Language::English)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_remembered_choice_wins_then_the_page_then_the_browser_then_english() {
        let welsh_browser = prefs(&["cy-GB", "en-GB"]);
        assert_eq!(
            choose(Some("en"), Some("cy"), &welsh_browser),
            Language::English
        );
        assert_eq!(choose(None, Some("en"), &welsh_browser), Language::English);
        assert_eq!(choose(None, None, &welsh_browser), Language::Welsh);
        assert_eq!(
            choose(None, None, &prefs(&["fr-FR", "cy"])),
            Language::Welsh
        );
        assert_eq!(
            choose(None, None, &prefs(&["fr-FR", "de"])),
            Language::English
        );
        assert_eq!(choose(None, None, &[]), Language::English);
    }

    #[test]
    fn unknown_or_hostile_codes_are_ignored() {
        let english_browser = prefs(&["en-US"]);
        for code in ["", "xx", "cy<script>", "../../etc/passwd", "c"] {
            assert_eq!(
                choose(Some(code), Some(code), &english_browser),
                Language::English,
                "{code:?}"
            );
        }
        // "cy<script>" is not a language tag, but its primary part reads as Welsh only if the
        // separator is a hyphen or underscore.
        assert_eq!(Language::from_tag("CY_gb", true), Some(Language::Welsh));
    }

    #[test]
    fn only_an_explicit_request_chooses_the_pseudo_language() {
        assert_eq!(choose(None, Some("qps"), &[]), Language::Pseudo);
        assert_eq!(choose(None, None, &prefs(&["qps-ploc"])), Language::English);
    }
}
