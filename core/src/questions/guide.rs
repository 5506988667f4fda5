//! The facilitator's guide: how to run the check with a partnership and talk through a
//! comparison. Its words live in `src/lang/<code>/guide.ftl` (the same content as
//! docs/facilitator-guide.md, shortened to print on two pages) and are shown by the printable
//! guide page.

use crate::text::language::Language;
use crate::text::messages::{Arg, Messages};

/// The fragment of the guide page: `#facilitator-guide`.
pub const FRAGMENT: &str = "facilitator-guide";

#[derive(Debug, Clone, PartialEq)]
pub struct Guide {
    pub title: String,
    pub intro: String,
    pub sections: Vec<GuideSection>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GuideSection {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub points: Vec<String>,
}

impl Guide {
    /// The guide in one language: `guide-title`, `guide-intro`, then numbered sections, each a
    /// heading with numbered paragraphs and points.
    /// `minutes` is how long the check takes (`QuestionSet::minutes_to_answer`): the guide tells
    /// facilitators the true figure for the edition.
    pub fn from_messages(texts: &Messages, language: Language, minutes: usize) -> Guide {
        let args = [("minutes", Arg::from(minutes))];
        let text = |key: &str| texts.format(language, key, &args).unwrap_or_default();
        let sections = (1..)
            .map_while(|n| {
                let prefix = format!("guide-section-{n}");
                texts
                    .format(language, &format!("{prefix}-heading"), &args)
                    .map(|heading| GuideSection {
                        heading,
                        paragraphs: texts.list_with(
                            language,
                            &format!("{prefix}-paragraph"),
                            &args,
                        ),
                        points: texts.list_with(language, &format!("{prefix}-point"), &args),
                    })
            })
            .collect();
        Guide {
            title: text("guide-title"),
            intro: text("guide-intro"),
            sections,
        }
    }
}

/// Whether a fragment (with or without `#`) opens the guide.
pub fn is_guide_fragment(fragment: &str) -> bool {
    fragment.strip_prefix('#').unwrap_or(fragment) == FRAGMENT
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in guide in English (the tests' reference; the page shows the app's language).
    fn guide() -> &'static Guide {
        &crate::questions::content::Content::english().guide
    }

    #[test]
    fn the_guide_is_complete_and_short_enough_to_print() {
        let guide = guide();
        assert!(!guide.title.trim().is_empty() && !guide.intro.trim().is_empty());
        assert!((4..=8).contains(&guide.sections.len()));
        let mut words = guide.intro.split_whitespace().count();
        for section in &guide.sections {
            assert!(!section.heading.trim().is_empty());
            assert!(!section.paragraphs.is_empty() || !section.points.is_empty());
            for text in section.paragraphs.iter().chain(&section.points) {
                assert!(!text.trim().is_empty(), "{}", section.heading);
                assert!(!text.contains('<'), "no markup: {text}");
                words += text.split_whitespace().count();
            }
        }
        assert!(words <= 950, "{words} words will not print on two pages");
    }

    #[test]
    fn the_guide_names_the_anonymity_threshold_the_comparison_uses() {
        let all: String = guide()
            .sections
            .iter()
            .flat_map(|s| s.paragraphs.iter().chain(&s.points))
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            all.contains("three"),
            "the guide says why at least three take part"
        );
    }

    #[test]
    fn only_its_own_fragment_opens_the_guide() {
        assert!(is_guide_fragment("#facilitator-guide"));
        assert!(is_guide_fragment("facilitator-guide"));
        assert!(!is_guide_fragment("#facilitator-guide=x"));
        assert!(!is_guide_fragment("#result=abc"));
    }
}
