//! The settings an organisation gives the widget in its address (`?name=...&accent=...`), as the
//! host script passes its data attributes. Every value is checked; one that fails is ignored
//! with a warning for the site's developer, and is never put into the page as markup or style.
//!
//! The warnings stay in English and out of the language files: they are written to the browser's
//! console for the developer of the host site (as are the widget's other console messages, in
//! `ui::embed` and `ui::stopped`), never shown to the person answering.

use crate::host::theme::Rgb;
use crate::text::clean::clean_text;

/// The query parameters a host may set, as `Settings::from_pairs` reads them (src/host/boot.js
/// knows them too: the prerendered first screen shows only for these and `lang`).
pub const SETTING_KEYS: [&str; 4] = ["name", "accent", "welcome", "sharing"];

/// The longest organisation or partnership name shown in the heading.
pub const MAX_NAME_CHARS: usize = 60;

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// "Anytown Health and Care Partnership", shown beside the title.
    pub name: Option<String>,
    /// The organisation's accent colour.
    pub accent: Option<Rgb>,
    /// Whether the welcome page is shown before the first section.
    pub welcome: bool,
    /// Whether links, pictures, files and comparison are offered (the list of earlier results on
    /// this device stays: it leaves nothing).
    pub sharing: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            name: None,
            accent: None,
            welcome: true,
            sharing: true,
        }
    }
}

fn switch(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" | "show" => Some(true),
        "0" | "false" | "no" | "off" | "hide" => Some(false),
        _ => None,
    }
}

/// Shortens a value for a warning, so a 10,000-character value does not flood the console.
fn shown(value: &str) -> String {
    let short: String = value.chars().take(40).collect();
    if short.len() < value.len() {
        format!("{short:?}\u{2026} ({} characters)", value.chars().count())
    } else {
        format!("{short:?}")
    }
}

impl Settings {
    /// Reads decoded query parameters. Unknown names are left alone (hosts add their own), the
    /// first value of a name counts, and each rejected value comes back as a warning.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Settings, Vec<String>) {
        let mut settings = Settings::default();
        let mut warnings = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in pairs {
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            match key {
                "name" => {
                    let name = clean_text(value, MAX_NAME_CHARS);
                    if value.chars().count() > MAX_NAME_CHARS {
                        warnings.push(format!(
                            "name {} is longer than {MAX_NAME_CHARS} characters, so it was ignored",
                            shown(value)
                        ));
                    } else if !name.is_empty() {
                        settings.name = Some(name);
                    }
                }
                "accent" => match Rgb::parse_hex(value) {
                    Some(colour) => settings.accent = Some(colour),
                    None => warnings.push(format!(
                        "accent {} is not a hex colour like #1d5f8a or #f60, so it was ignored",
                        shown(value)
                    )),
                },
                "welcome" | "sharing" => match switch(value) {
                    Some(on) if key == "welcome" => settings.welcome = on,
                    Some(on) => settings.sharing = on,
                    None => warnings.push(format!(
                        "{key} {} should be true or false, so it was ignored",
                        shown(value)
                    )),
                },
                _ => {}
            }
        }
        (settings, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_values_are_taken() {
        let (settings, warnings) = Settings::from_pairs([
            ("name", "Anytown  Health\tand Care Partnership"),
            ("accent", "#0B6E4F"),
            ("welcome", "false"),
            ("sharing", "no"),
            ("utm_source", "newsletter"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            settings.name.as_deref(),
            Some("Anytown Health and Care Partnership")
        );
        assert_eq!(settings.accent, Some(Rgb(0x0b, 0x6e, 0x4f)));
        assert!(!settings.welcome && !settings.sharing);
    }

    #[test]
    fn hostile_and_broken_values_are_ignored_with_a_warning() {
        let long = "x".repeat(10_000);
        let (settings, warnings) = Settings::from_pairs([
            ("name", long.as_str()),
            ("accent", "red;background:url(https://evil.example/x)"),
            ("welcome", "<script>"),
            ("sharing", "maybe"),
        ]);
        assert_eq!(settings, Settings::default());
        assert_eq!(warnings.len(), 4, "{warnings:?}");
        assert!(
            warnings[0].contains("(10000 characters)"),
            "{}",
            warnings[0]
        );
        assert!(warnings[0].len() < 200);
        assert!(warnings[1].contains("not a hex colour"));
    }

    #[test]
    fn markup_in_a_name_stays_text_and_the_first_value_counts() {
        let (settings, warnings) =
            Settings::from_pairs([("name", "<img src=x onerror=alert(1)>"), ("name", "Second")]);
        assert!(warnings.is_empty());
        assert_eq!(
            settings.name.as_deref(),
            Some("<img src=x onerror=alert(1)>")
        );
    }
}
