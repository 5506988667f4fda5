//! Whether answers saved on this device may not last, so the person can be told before they
//! find them gone.
//!
//! The rule, in order:
//! 1. In a frame of another origin, every engine keeps the widget's storage apart for each
//!    embedding site (Chromium, Firefox and WebKit all partition it), and Firefox and WebKit
//!    may block it or clear it with the embedding site's data: the answers may not survive.
//! 2. In WebKit (Safari, and every browser on an iPhone or iPad), storage written by a page's
//!    script is deleted after seven days of browser use without a visit to the site, unless
//!    the page runs as an app added to the home screen.
//!
//! Otherwise (Chromium or Firefox, at the top level) saved answers last until the person or the
//! browser's own settings clear them, and nothing is said.

/// What the browser layer observes about where the widget runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StorageContext {
    /// The page is in a frame whose parent is another origin.
    pub in_foreign_frame: bool,
    /// The engine is WebKit (see `is_webkit`).
    pub webkit: bool,
    /// Running as an app added to the home screen (`navigator.standalone`), which WebKit exempts
    /// from the seven-day rule.
    pub home_screen_app: bool,
}

/// Why saved answers may not last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageRisk {
    /// Shown inside another site: storage is kept per embedding site and may be cleared or
    /// blocked with it.
    ForeignFrame,
    /// WebKit deletes it after seven days without a visit.
    DeletedAfterAWeek,
}

impl StorageRisk {
    /// A short name for the page's data attributes and tests.
    pub fn key(self) -> &'static str {
        match self {
            StorageRisk::ForeignFrame => "foreign-frame",
            StorageRisk::DeletedAfterAWeek => "deleted-after-a-week",
        }
    }
}

/// The rule above.
pub fn storage_risk(context: StorageContext) -> Option<StorageRisk> {
    if context.in_foreign_frame {
        Some(StorageRisk::ForeignFrame)
    } else if context.webkit && !context.home_screen_app {
        Some(StorageRisk::DeletedAfterAWeek)
    } else {
        None
    }
}

/// Whether a user agent string is WebKit's: it names AppleWebKit, and none of the browsers
/// that say so while running Chromium's engine (Chrome, Chromium, Edge, Opera, Samsung
/// Internet). Chrome and Firefox on iOS (CriOS, FxiOS) are WebKit underneath and count as it.
pub fn is_webkit(user_agent: &str) -> bool {
    const CHROMIUM_FAMILY: [&str; 5] = ["Chrome/", "Chromium/", "Edg/", "OPR/", "SamsungBrowser/"];
    user_agent.contains("AppleWebKit/")
        && !CHROMIUM_FAMILY
            .iter()
            .any(|token| user_agent.contains(token))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAFARI: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15";
    const IPHONE_CHROME: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/130.0 Mobile/15E148 Safari/604.1";
    const MINIBROWSER: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15";
    const CHROME: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    const EDGE: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0";
    const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0";

    #[test]
    fn webkit_is_told_apart_from_the_engines_that_borrow_its_name() {
        assert!(is_webkit(SAFARI));
        assert!(is_webkit(IPHONE_CHROME));
        assert!(is_webkit(MINIBROWSER));
        assert!(!is_webkit(CHROME));
        assert!(!is_webkit(EDGE));
        assert!(!is_webkit(FIREFOX));
    }

    #[test]
    fn the_person_is_told_when_answers_may_not_last() {
        let at_top = |webkit| StorageContext {
            webkit,
            ..StorageContext::default()
        };
        assert_eq!(storage_risk(at_top(false)), None);
        assert_eq!(
            storage_risk(at_top(true)),
            Some(StorageRisk::DeletedAfterAWeek)
        );
        let installed = StorageContext {
            webkit: true,
            home_screen_app: true,
            ..StorageContext::default()
        };
        assert_eq!(storage_risk(installed), None);
        for webkit in [false, true] {
            let framed = StorageContext {
                in_foreign_frame: true,
                webkit,
                home_screen_app: false,
            };
            assert_eq!(storage_risk(framed), Some(StorageRisk::ForeignFrame));
        }
    }
}
