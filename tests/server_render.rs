//! The first screen renders natively, with Yew's server renderer, from a new visitor's `Boot`:
//! nothing in the app reads the browser or the clock while rendering (ui::boot), which the
//! prerendered first screen (issue 23) builds on. English and Welsh, each checked for its own
//! words and none of the other's.

#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use partnership_readiness::core::questions::content::Content;
use partnership_readiness::core::text::language::Language;
use partnership_readiness::ui::boot::Boot;
use partnership_readiness::ui::root::RootProps;
use partnership_readiness::Root;

const WELSH_CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/lang/cy.json"));

/// 2026-11-30, noon.
const NOW_MS: f64 = 1_796_040_000_000.0;

/// The interface texts of a new visitor's first screen.
const FIRST_SCREEN_KEYS: [&str; 5] = [
    "welcome-heading",
    "welcome-start",
    "welcome-stage-question",
    "footer-privacy",
    "language-switch-label",
];

async fn render(content: fn() -> Content) -> String {
    yew::ServerRenderer::<Root>::with_props(move || RootProps {
        boot: Some(Rc::new(Boot::new_visitor(
            content(),
            "https://example.org/readiness/",
            NOW_MS,
        ))),
    })
    .hydratable(false)
    .render()
    .await
}

fn english() -> Content {
    Content::english().clone()
}

fn welsh() -> Content {
    Content::from_catalogue(Language::Welsh, WELSH_CATALOGUE).expect("the Welsh catalogue reads")
}

/// Text as the renderer escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[tokio::test]
async fn a_new_visitors_welcome_renders_natively_in_english() {
    let html = render(english).await;
    let en = english();
    for key in FIRST_SCREEN_KEYS {
        let text = escaped(&en.text(key));
        assert!(html.contains(&text), "{key}: {text:?} in {html}");
    }
    assert!(
        html.contains("<div lang=\"en-GB\" class=\"app\">"),
        "{html}"
    );
    // The language switch offers Welsh, named in Welsh, with its own lang.
    assert!(
        html.contains("<button type=\"button\" lang=\"cy\" data-testid=\"language-cy\""),
        "{html}"
    );
}

#[tokio::test]
async fn a_new_visitors_welcome_renders_natively_in_welsh_with_no_english() {
    let html = render(welsh).await;
    let (cy, en) = (welsh(), english());
    for key in FIRST_SCREEN_KEYS {
        let text = escaped(&cy.text(key));
        assert!(html.contains(&text), "{key}: {text:?} in {html}");
        let english = escaped(&en.text(key));
        assert!(
            !html.contains(&english),
            "English {key} ({english:?}) in {html}"
        );
    }
    assert!(html.contains("<div lang=\"cy\" class=\"app\">"), "{html}");
    // The switch offers English, named in English.
    assert!(html.contains("data-testid=\"language-en\""), "{html}");
}

/// Root at `route`, for a visitor with nothing stored.
async fn render_route(route: partnership_readiness::core::formats::route::Route) -> String {
    yew::ServerRenderer::<Root>::with_props(move || RootProps {
        boot: Some(Rc::new(Boot {
            route,
            own_assessment: None,
            ..Boot::new_visitor(english(), "https://example.org/readiness/", NOW_MS)
        })),
    })
    .hydratable(false)
    .render()
    .await
}

/// A result link made by the first-edition build (as in tests/edition.rs).
const FIRST_EDITION_LINK: &str = "AQEBLFEzWjgZ_0EUUFFSU1BQEUhvdXNpbmcgdGVhbSB2aWV3hHk0QQ";

#[tokio::test]
async fn the_shared_result_comparison_and_guide_render_natively_too() {
    use partnership_readiness::core::formats::route::Route;
    use partnership_readiness::core::formats::snapshot::Snapshot;
    let en = english();
    let code = Snapshot::decode(FIRST_EDITION_LINK)
        .expect("the first-edition link reads")
        .encode();

    let shared = render_route(Route::SharedResult(code.clone())).await;
    assert!(shared.contains("snapshot-page"), "{shared}");
    assert!(
        shared.contains("data-testid=\"snapshot-title\""),
        "{shared}"
    );
    // The own assessment is not rendered (nor read from storage) under a shared page.
    assert!(!shared.contains("own-assessment"), "{shared}");

    let compared = render_route(Route::Comparison(format!("{code}.{code}"))).await;
    assert!(compared.contains("compare-page"), "{compared}");
    assert!(
        compared.contains(&escaped(&en.text("compare-heading"))),
        "{compared}"
    );

    let guide = render_route(Route::FacilitatorGuide).await;
    assert!(guide.contains("guide-page"), "{guide}");
    assert!(
        guide.contains("data-testid=\"facilitator-guide\""),
        "{guide}"
    );
}

#[derive(yew::Properties, PartialEq)]
struct LeftOutAloneProps {
    view: partnership_readiness::ui::views::left_out::LeftOutView,
}

/// `LeftOut` as Root shows it, under a new visitor's `Boot`.
#[yew::function_component]
fn LeftOutAlone(props: &LeftOutAloneProps) -> yew::Html {
    use partnership_readiness::ui::views::left_out::LeftOut;
    use yew::{html, Callback, ContextProvider};
    let boot = Rc::new(Boot::new_visitor(
        english(),
        "https://example.org/readiness/",
        NOW_MS,
    ));
    html! {
        <ContextProvider<Rc<Boot>> context={boot}>
            <LeftOut view={props.view} whole_page=true on_back={Callback::noop()} />
        </ContextProvider<Rc<Boot>>>
    }
}

/// What a build without one of the later views shows in its place names that view, with the way
/// back (ui::views::left_out; `cargo xtask test` also builds the widget without them).
#[tokio::test]
async fn a_left_out_view_says_which_and_offers_the_way_back() {
    use partnership_readiness::ui::views::left_out::LeftOutView;
    for (view, key) in [
        (LeftOutView::Results, "left-out-results"),
        (LeftOutView::SharedResult, "left-out-shared-result"),
        (LeftOutView::Comparison, "left-out-comparison"),
        (LeftOutView::Guide, "left-out-guide"),
    ] {
        let html =
            yew::ServerRenderer::<LeftOutAlone>::with_props(move || LeftOutAloneProps { view })
                .hydratable(false)
                .render()
                .await;
        let content = english();
        for key in ["left-out-heading", key, "left-out-back"] {
            assert!(
                html.contains(&escaped(&content.text(key))),
                "{view:?}: {key} missing from {html}"
            );
        }
        assert!(html.contains(&format!("data-testid=\"{key}\"")), "{html}");
    }
}
