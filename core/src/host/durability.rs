//! Whether answers saved on this device may not last, so the person can be told before they
//! find them gone.
//!
//! The rule, in order:
//! 1. In a frame inside a page of another site (the top-level page's registrable domain is not
//!    the widget's), every engine keeps the widget's storage apart for each embedding site
//!    (Chromium, Firefox and WebKit all partition it), and Firefox and WebKit may block it or
//!    clear it with the embedding site's data: the answers may not survive. A subdomain of the
//!    embedding site (readiness.example.org inside www.example.org, as docs/hosting.md
//!    recommends) is the same site and is not partitioned. When the top page's origin cannot be
//!    learnt, the frame is taken to be foreign.
//! 2. In WebKit (Safari, and every browser on an iPhone or iPad), storage written by a page's
//!    script is deleted after seven days of browser use without a visit to the site, unless
//!    the page runs as an app added to the home screen.
//!
//! Otherwise (Chromium or Firefox, at the top level) saved answers last until the person or the
//! browser's own settings clear them, and nothing is said.

/// What the browser layer observes about where the widget runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StorageContext {
    /// The page is in a frame inside a page of another site (see `same_site`).
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

/// Public suffixes (names under which others register domains, from the Public Suffix List, as
/// browsers use it to tell sites apart) for the places this widget's users are most likely to
/// be: UK public bodies first. `*.` is a wildcard label: every county's `sch.uk` is a suffix of its
/// own, so two schools in one county are different sites. `gov.wales`, `llyw.cymru` and `mod.uk`
/// are deliberately absent: they are registered domains, and browsers count
/// `readiness.gov.wales` and `www.gov.wales` as one site. Without the full list (about 200 KB) a
/// name outside these is read as `name.tld`; the cost of a miss is only a notice that storage may
/// not last, shown or not shown when it need not be.
pub const PUBLIC_SUFFIXES: [&str; 20] = [
    "gov.uk",
    "service.gov.uk",
    "org.uk",
    "co.uk",
    "ac.uk",
    "nhs.uk",
    "*.sch.uk",
    "police.uk",
    "ltd.uk",
    "plc.uk",
    "me.uk",
    "net.uk",
    "com.au",
    "org.au",
    "gov.au",
    "co.nz",
    "org.nz",
    "govt.nz",
    "gc.ca",
    "gov.ie",
];

/// Whether `labels` (a host name's labels from the left) is a public suffix.
fn is_public_suffix(labels: &[&str]) -> bool {
    PUBLIC_SUFFIXES.iter().any(|suffix| {
        let pattern: Vec<&str> = suffix.split('.').collect();
        pattern.len() == labels.len()
            && pattern
                .iter()
                .zip(labels)
                .all(|(want, label)| *want == "*" || want.eq_ignore_ascii_case(label))
    })
}

/// The registrable part of a host name ("www.anytown.gov.uk" -> "anytown.gov.uk"); an IP
/// address or a single label is its own site.
pub fn site_of(host: &str) -> &str {
    let host = host.trim_end_matches('.');
    // IPv4 (digits and dots) and IPv6 ("[…]") addresses are sites of their own; checked by hand
    // because std's address parser would add kilobytes to the wasm.
    if host.starts_with('[') || host.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return host;
    }
    let labels: Vec<&str> = host.split('.').collect();
    // The longest public suffix (a top-level name at least), plus one label.
    let suffix = (2..=labels.len())
        .rev()
        .find(|&n| is_public_suffix(&labels[labels.len() - n..]))
        .unwrap_or(1);
    let keep = (suffix + 1).min(labels.len());
    let start: usize = labels[..labels.len() - keep]
        .iter()
        .map(|l| l.len() + 1)
        .sum();
    &host[start..]
}

/// Whether two host names belong to the same site, as storage partitioning counts it.
pub fn same_site(a: &str, b: &str) -> bool {
    site_of(&a.to_ascii_lowercase()) == site_of(&b.to_ascii_lowercase())
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
    fn a_subdomain_of_the_embedding_site_is_the_same_site() {
        assert!(same_site("readiness.anytown.gov.uk", "www.anytown.gov.uk"));
        assert!(!same_site(
            "readiness.anytown.gov.uk",
            "www.othertown.gov.uk"
        ));
        assert!(same_site("readiness.example.org", "www.example.org"));
        assert!(!same_site("example.org", "example.com"));
        assert!(same_site("localhost", "localhost"));
        assert!(!same_site("localhost", "127.0.0.1"));
        assert_eq!(site_of("a.b.trust.nhs.uk"), "trust.nhs.uk");
        assert_eq!(site_of("www.example.org."), "example.org");
    }

    /// One check per public suffix the rule knows, as the Public Suffix List (and so every
    /// browser) reads it.
    #[test]
    fn sites_are_told_apart_as_browsers_tell_them_apart() {
        // Registered domains, not suffixes: one site with everything below them.
        assert_eq!(site_of("readiness.gov.wales"), "gov.wales");
        assert!(same_site("readiness.gov.wales", "www.gov.wales"));
        assert_eq!(site_of("cyngor.llyw.cymru"), "llyw.cymru");
        assert!(same_site("offeryn.llyw.cymru", "www.llyw.cymru"));
        assert_eq!(site_of("tools.mod.uk"), "mod.uk");
        // A wildcard: each county's sch.uk is a suffix, so schools are sites of their own.
        assert_eq!(
            site_of("www.hillside.anytown.sch.uk"),
            "hillside.anytown.sch.uk"
        );
        assert!(!same_site(
            "hillside.anytown.sch.uk",
            "valley.anytown.sch.uk"
        ));
        // service.gov.uk is a suffix below gov.uk.
        assert_eq!(
            site_of("readiness.my-service.service.gov.uk"),
            "my-service.service.gov.uk"
        );
        assert!(!same_site("a.service.gov.uk", "b.service.gov.uk"));
        for (host, site) in [
            ("www.anytown.gov.uk", "anytown.gov.uk"),
            ("www.charity.org.uk", "charity.org.uk"),
            ("www.firm.co.uk", "firm.co.uk"),
            ("www.uni.ac.uk", "uni.ac.uk"),
            ("www.trust.nhs.uk", "trust.nhs.uk"),
            ("www.force.police.uk", "force.police.uk"),
            ("www.firm.ltd.uk", "firm.ltd.uk"),
            ("www.firm.plc.uk", "firm.plc.uk"),
            ("www.name.me.uk", "name.me.uk"),
            ("www.isp.net.uk", "isp.net.uk"),
            ("www.firm.com.au", "firm.com.au"),
            ("www.club.org.au", "club.org.au"),
            ("www.agency.gov.au", "agency.gov.au"),
            ("www.firm.co.nz", "firm.co.nz"),
            ("www.club.org.nz", "club.org.nz"),
            ("www.agency.govt.nz", "agency.govt.nz"),
            ("www.agency.gc.ca", "agency.gc.ca"),
            ("www.agency.gov.ie", "agency.gov.ie"),
            ("www.hse.ie", "hse.ie"),
            ("www.example.wales", "example.wales"),
            ("gov.uk", "gov.uk"),
            ("anytown.sch.uk", "anytown.sch.uk"),
        ] {
            assert_eq!(site_of(host), site, "{host}");
        }
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
