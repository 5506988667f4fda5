//! The prerendered first screen (src/ui/prerender.rs): what the build puts into index.html, when
//! the page shows it, and how the app replaces it.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use partnership_readiness::core::questions::content::Content;
use partnership_readiness::core::text::language::Language;
use partnership_readiness::ui::prerender::{END_ID, ID_PREFIX};

use support::dist_dir;

const WELSH_CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/lang/cy.json"));

fn index_html() -> String {
    std::fs::read_to_string(dist_dir().join("index.html")).expect("dist/index.html")
}

fn content(language: Language) -> Content {
    match language {
        Language::English => Content::english().clone(),
        other => Content::from_catalogue(other, WELSH_CATALOGUE).expect("the catalogue reads"),
    }
}

/// Text as the server renderer escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn the_build_puts_each_shipped_languages_welcome_into_the_page_after_the_loading_line() {
    let html = index_html();
    let app = html.find("<div id=\"app\">").expect("#app");
    let loading = html.find("id=\"prc-loading\"").expect("the loading line");
    let end = html
        .find(&format!("<template id=\"{END_ID}\"></template>"))
        .expect("the end mark");
    assert!(
        app < loading && loading < end,
        "in #app, after the loading line"
    );
    assert!(!html.contains("<!--<["), "no hydration markers");
    let mut starts = Vec::new();
    for language in Language::SHIPPED {
        let id = format!("id=\"{ID_PREFIX}{}\"", language.code());
        assert_eq!(html.matches(&id).count(), 1, "one block for {id}");
        let start = html.find(&id).unwrap();
        assert!(loading < start && start < end, "{id} inside the prerender");
        starts.push((start, language));
    }
    starts.sort_by_key(|(start, _)| *start);
    // Each block holds its own language's welcome and none of the other's heading.
    for (index, (start, language)) in starts.iter().enumerate() {
        let stop = starts.get(index + 1).map_or(end, |(next, _)| *next);
        let block = &html[*start..stop];
        let words = content(*language);
        for key in ["welcome-heading", "welcome-start", "welcome-stage-question"] {
            let text = escaped(&words.text(key));
            assert!(block.contains(&text), "{key} in the {:?} block", language);
        }
        assert!(
            block.contains(&format!("lang=\"{}\"", language.tag())),
            "{block}"
        );
        for other in Language::SHIPPED.iter().filter(|other| *other != language) {
            let heading = escaped(&content(*other).text("welcome-heading"));
            assert!(
                !block.contains(&heading),
                "{heading} in the {:?} block",
                language
            );
        }
    }
    // English comes first: it is the page's own language.
    assert_eq!(starts[0].1, Language::English);
}
