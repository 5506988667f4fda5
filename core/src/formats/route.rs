//! Which view an address opens, read from its fragment: the one list of the fragment keys the
//! widget reads. The browser edge (ui::boot, ui::root) reads the fragment and asks here; the
//! delivery fallback (src/host/link-fallback.js) and the hosting kit's server rules match any
//! key of lower-case letters and hyphens, which a test holds every key to, so a later view adds
//! its key here and nowhere else.

use crate::formats::snapshot;
use crate::questions::guide;

/// The key of a comparison link's fragment (`#compare=<code>.<code>…`), kept here with the
/// other keys: `formats::comparison_link` reads and writes the codes after it.
pub const COMPARE_KEY: &str = "compare";

/// The code of a `#compare=...` fragment, if it is one.
pub fn code_in_compare_fragment(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .strip_prefix(COMPARE_KEY)
        .and_then(|rest| rest.strip_prefix('='))
}

/// A view the address can open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The person's own assessment: no fragment, or one the widget does not read.
    OwnAssessment,
    /// `#result=<code>`: a shared result, read only.
    SharedResult(String),
    /// `#compare=<code>.<code>…`: partners' results side by side.
    Comparison(String),
    /// `#facilitator-guide`: the printable guide for running a session.
    FacilitatorGuide,
}

impl Route {
    /// Every fragment key the widget reads, each followed by `=` and a code, or by nothing.
    pub const FRAGMENT_KEYS: [&'static str; 3] =
        [snapshot::FRAGMENT_KEY, COMPARE_KEY, guide::FRAGMENT];

    /// The route of a fragment, with or without its `#`. Anything else opens the person's own
    /// assessment: a fragment is never an error.
    pub fn from_fragment(fragment: &str) -> Route {
        if let Some(code) = snapshot::code_in_fragment(fragment) {
            Route::SharedResult(code.to_string())
        } else if let Some(code) = code_in_compare_fragment(fragment) {
            Route::Comparison(code.to_string())
        } else if guide::is_guide_fragment(fragment) {
            Route::FacilitatorGuide
        } else {
            Route::OwnAssessment
        }
    }

    /// The fragment that opens this route (`""` for the own assessment).
    pub fn fragment(&self) -> String {
        match self {
            Route::OwnAssessment => String::new(),
            Route::SharedResult(code) => format!("#{}={code}", snapshot::FRAGMENT_KEY),
            Route::Comparison(code) => format!("#{COMPARE_KEY}={code}"),
            Route::FacilitatorGuide => format!("#{}", guide::FRAGMENT),
        }
    }

    /// Whether this route shows a page of its own over the person's assessment.
    pub fn is_shared_page(&self) -> bool {
        !matches!(self, Route::OwnAssessment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_fragment_opens_its_view_and_anything_else_the_assessment() {
        assert_eq!(
            Route::from_fragment("#result=AbC-_1"),
            Route::SharedResult("AbC-_1".into())
        );
        assert_eq!(
            Route::from_fragment("result=AbC"),
            Route::SharedResult("AbC".into())
        );
        assert_eq!(
            Route::from_fragment("#compare=a.b"),
            Route::Comparison("a.b".into())
        );
        assert_eq!(
            Route::from_fragment("#facilitator-guide"),
            Route::FacilitatorGuide
        );
        for other in [
            "",
            "#",
            "#results-table",
            "#main",
            "#result",
            "#compared=x",
            "#<script>",
        ] {
            assert_eq!(Route::from_fragment(other), Route::OwnAssessment, "{other}");
        }
    }

    #[test]
    fn a_route_makes_the_fragment_that_opens_it() {
        for route in [
            Route::OwnAssessment,
            Route::SharedResult("AbC".into()),
            Route::Comparison("a.b".into()),
            Route::FacilitatorGuide,
        ] {
            assert_eq!(Route::from_fragment(&route.fragment()), route);
        }
    }

    /// The delivery fallback and the kit's server rules put back an encoded `#` before any key
    /// of lower-case letters and hyphens: every key must be one.
    #[test]
    fn every_key_is_one_the_delivery_fallback_recognises() {
        for key in Route::FRAGMENT_KEYS {
            assert!(
                !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{key}"
            );
        }
        let fallback = include_str!("../../../src/host/link-fallback.js");
        assert!(fallback.contains("/%(25)?23[a-z-]+(=|$)/"));
    }
}
