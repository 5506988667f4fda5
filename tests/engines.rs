//! The core journeys in every engine people use: Chromium (Chrome, Edge), Firefox and WebKit
//! (Safari's engine). One journey, three drivers: each journey below takes the engine and runs
//! the same steps; the tests at the bottom run them all, one browser at a time (geckodriver and
//! WebKitWebDriver hold one session each, so journeys with two profiles open them in turn).
//!
//! What only Chromium can do in automation is covered another way here: phone widths by a host
//! page with a narrow frame (Chromium's device emulation is DevTools-only), printing by checking
//! that the print stylesheet is loaded and names the controls it hides (print emulation is
//! DevTools-only), the clipboard by accepting either outcome of "Copy link" (permission can only
//! be granted through DevTools) as long as the person is left a way to copy; downloads, CPU
//! throttling and colour-scheme emulation stay in the Chromium-only suites (share.rs,
//! compare.rs, e2e.rs, the bench). Every server sends the hosting kit's
//! headers, so each journey also runs under the strict Content-Security-Policy.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::Instant;

use partnership_readiness::core::formats::stored::session::SESSION_KEY;
use serde_json::json;
use support::engine::Engine;
use support::journey::*;
use support::{Browser, Profile, ServerOptions, StaticServer, TestResult};

/// Records Content-Security-Policy refusals from now on.
const WATCH_POLICY: &str = "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI)); return true;";

async fn assert_no_policy_violation(browser: &Browser) -> TestResult {
    assert_eq!(
        browser.js("return window.__violations;").await?,
        json!([]),
        "in {}",
        browser.engine.name()
    );
    Ok(())
}

/// Keyboard-only completion with the exact scores, then a reload resumes on the results; in
/// WebKit (and only there) the person is told that saved answers are deleted after a week.
async fn keyboard_completion_and_reload(engine: Engine) -> TestResult {
    let browser = Browser::start_in(engine).await;
    browser.open("/").await?;
    browser.js(WATCH_POLICY).await?;
    let told = browser
        .js("const n = document.querySelector('[data-testid=notice-may-not-last] [data-risk]'); return n && n.dataset.risk;")
        .await?;
    let expected = if engine == Engine::WebKit {
        json!("deleted-after-a-week")
    } else {
        json!(null)
    };
    assert_eq!(told, expected, "the storage notice in {}", engine.name());
    complete_by_keyboard(&browser).await?;
    assert_no_policy_violation(&browser).await?;
    assert_chart_text_readable(&browser, "the results").await?;
    browser.client.refresh().await?;
    browser.wait_for_app().await?;
    assert_scores(&browser).await?;
    browser
        .wait_for_text("#progress-text", "Results · 40 of 40 answered")
        .await?;
    browser
        .screenshot(&format!("results-{}", engine.name()))
        .await?;
    browser.close().await
}

/// Damaged saved data is reported and kept aside, never lost.
async fn damaged_storage(engine: Engine) -> TestResult {
    let browser = Browser::start_in(engine).await;
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    browser.click("label[for='commitment-11-a']").await?;
    browser
        .js(&format!(
            "localStorage.setItem('{SESSION_KEY}', '{{damaged'); return true;"
        ))
        .await?;
    browser.client.refresh().await?;
    browser
        .wait_for_css("[data-testid=notice-unreadable]")
        .await?;
    browser.wait_for_css("[data-testid=kept-copies]").await?;
    let kept = browser
        .js("return Object.keys(localStorage).filter(k => k.startsWith('partnership-readiness:backup:session:')).map(k => localStorage.getItem(k));")
        .await?;
    assert_eq!(kept, json!(["{damaged"]), "in {}", engine.name());
    browser
        .screenshot(&format!("damaged-{}", engine.name()))
        .await?;
    browser.click_button("Start the assessment").await?;
    answer_section_by_clicking(&browser, 0).await?;
    browser
        .screenshot(&format!("section-{}", engine.name()))
        .await?;
    browser.close().await
}

/// A finished result's link opens with the same scores in a fresh profile that stores nothing.
async fn shared_link_in_a_fresh_profile(engine: Engine) -> TestResult {
    let fragment = {
        let browser = Browser::start_in(engine).await;
        browser.open("/").await?;
        complete_by_clicking(&browser).await?;
        // Clipboard permission can only be granted through Chromium's DevTools; elsewhere the
        // browser decides, and either outcome must leave the person a way to copy the link.
        browser.open_sharing().await?;
        browser.click_button("Copy link").await?;
        let outcome = browser
            .wait_until(
                "the link copied, or selected for copying by hand",
                "const s = document.querySelector('[data-testid=share-link-status]').textContent; \
                 const f = document.getElementById('share-link'); \
                 if (s.startsWith('Link copied')) return 'copied'; \
                 if (s.includes('copy it with') && document.activeElement === f && f.selectionStart === 0 && f.selectionEnd === f.value.length) return 'by hand'; \
                 return null;",
            )
            .await?;
        eprintln!("copy link in {}: {outcome}", engine.name());
        // Print emulation is DevTools-only too: check instead that the print stylesheet is
        // loaded and hides the controls it is meant to hide.
        let print_rules = browser
            .js("return [...document.styleSheets].flatMap(s => [...s.cssRules]).filter(r => r.media && r.media.mediaText.includes('print') && r.cssText.includes('.share') && r.cssText.includes('button')).length;")
            .await?;
        assert!(
            print_rules.as_u64().unwrap_or(0) > 0,
            "a print stylesheet that hides the controls in {}",
            engine.name()
        );
        // ...and that what it hides is on this page, so the rule is not aimed at nothing.
        assert!(browser.count_shown(".share").await? > 0);
        let link = browser
            .js("return document.getElementById('share-link').value;")
            .await?;
        browser.close().await?;
        let link = link.as_str().unwrap_or_default().to_string();
        link[link.find('#').ok_or("a #result= link")?..].to_string()
    };
    let partner = Browser::start_in(engine).await;
    partner.open(&format!("/{fragment}")).await?;
    assert_scores(&partner).await?;
    assert_eq!(
        partner.js("return localStorage.length;").await?,
        json!(0),
        "a shared result stores nothing in {}",
        engine.name()
    );
    partner.close().await
}

/// Three partners' results side by side, from a comparison link.
async fn comparison_of_three(engine: Engine) -> TestResult {
    let browser = Browser::start_in(engine).await;
    let code = [
        result_code(1, "Council", [90, 60, 40, 80, 70, 50]),
        result_code(1, "Trust", [30, 60, 50, 80, 70, 20]),
        result_code(1, "Charity", [60, 60, 60, 80, 70, 80]),
    ]
    .join(".");
    browser.open(&format!("/#compare={code}")).await?;
    browser.js(WATCH_POLICY).await?;
    browser
        .wait_for_text("[data-testid=mean-commitment]", "60")
        .await?;
    assert_eq!(browser.count_shown("[data-testid=legend-item]").await?, 3);
    browser
        .wait_for_text("[data-testid=spread-commitment]", "60")
        .await?;
    browser
        .wait_for_text("[data-testid=spread-conflict]", "60")
        .await?;
    let talk_first = browser
        .js("return [...document.querySelectorAll('[data-testid=talk-first-item]')].map(e => e.dataset.criterion);")
        .await?;
    // Both spread 60; the tie goes to the lower mean (Conflict resolution 50, Commitment 60).
    assert_eq!(talk_first, json!(["conflict", "commitment"]));
    assert_chart_text_readable(&browser, "the comparison").await?;
    assert_no_policy_violation(&browser).await?;
    browser.close().await
}

/// The host's page on one origin embeds the widget from another with embed.js: the frame sizes
/// itself, the person is told that storage there may not last, and a phone-wide frame has no
/// sideways scrolling. A sandboxed frame without storage runs in memory and says so.
async fn embedded_in_another_site(engine: Engine) -> TestResult {
    let browser = Browser::start_engine(
        engine,
        1280,
        900,
        ServerOptions {
            // A sandboxed frame has no origin, so it fetches the widget's files with CORS.
            headers: vec![("Access-Control-Allow-Origin".into(), "*".into())],
            ..ServerOptions::default()
        },
    )
    .await;
    let widget = format!("http://localhost:{}", browser.server.port());
    let dir = Profile::new();
    std::fs::write(
        dir.0.join("index.html"),
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title></head><body style=\"margin:0\"><h1>Anytown</h1>\
             <div data-partnership-readiness data-height=\"300\"></div>\
             <script src=\"{widget}/embed.js\" defer></script></body></html>"
        ),
    )?;
    std::fs::write(
        dir.0.join("phone.html"),
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Phone</title></head><body style=\"margin:0\">\
             <iframe src=\"{widget}/index.html\" title=\"widget\" style=\"width:360px;height:740px;border:0\"></iframe>\
             <iframe sandbox=\"allow-scripts\" src=\"{widget}/index.html\" title=\"sandboxed\" style=\"width:360px;height:740px;border:0\"></iframe></body></html>"
        ),
    )?;
    let host = StaticServer::start(dir.0.clone());
    browser.client.goto(&host.url("/")).await?;
    let first = browser
        .wait_until(
            "the frame to size itself",
            "const f = document.querySelector('iframe'); const h = f && Math.round(f.getBoundingClientRect().height); return h && h !== 300 ? h : null;",
        )
        .await?;
    browser.client.enter_frame(0).await?;
    browser
        .wait_until(
            "the storage notice",
            "const n = document.querySelector('[data-testid=notice-may-not-last] [data-risk]'); return n && n.dataset.risk === 'foreign-frame';",
        )
        .await?;
    // The frame is as tall as the welcome page, taller than the host's window, and WebKit's
    // driver does not scroll the host page to a button inside a frame, so its click would
    // miss: scroll the host page down to the button first, as a person would.
    browser.client.enter_parent_frame().await?;
    browser
        .js("window.scrollTo(0, document.documentElement.scrollHeight);")
        .await?;
    browser.client.enter_frame(0).await?;
    browser.wait_for_app().await?;
    browser.click_button("Start the assessment").await?;
    browser.wait_for_css("#section-heading").await?;
    browser.click("label[for='commitment-11-a']").await?;
    browser
        .wait_for_text("#progress-text", "Section 1 of 6 · 1 of 40 answered")
        .await?;
    browser.client.enter_parent_frame().await?;
    browser
        .wait_until(
            "the frame to grow for a section",
            &format!("const h = Math.round(document.querySelector('iframe').getBoundingClientRect().height); return h > {first} ? h : null;"),
        )
        .await?;
    browser
        .screenshot(&format!("embedded-{}", engine.name()))
        .await?;

    browser.client.goto(&host.url("/phone.html")).await?;
    browser.client.enter_frame(0).await?;
    browser.wait_for_app().await?;
    let fits = browser
        .js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1;")
        .await?;
    assert_eq!(
        fits,
        json!(true),
        "no sideways scrolling at 360 px in {}",
        engine.name()
    );
    browser.client.enter_parent_frame().await?;
    browser.client.enter_frame(1).await?;
    browser
        .wait_for_css("[data-testid=notice-storage-unavailable]")
        .await?;
    // Styled too: an opaque-origin page cannot load stylesheets that carry integrity hashes.
    let styled = browser
        .js("return getComputedStyle(document.querySelector('.notice')).borderLeftStyle;")
        .await?;
    assert_eq!(
        styled,
        json!("solid"),
        "a styled sandboxed frame in {}",
        engine.name()
    );
    browser.client.enter_parent_frame().await?;
    browser
        .screenshot(&format!("phone-frames-{}", engine.name()))
        .await?;
    browser.close().await
}

/// A new visitor sees the welcome prerendered in index.html before the wasm arrives, with the
/// notice the app shows in this engine (WebKit: saved answers may be deleted after a week), and
/// the app's first render is the same screen.
async fn prerendered_welcome(engine: Engine) -> TestResult {
    let wasm = support::wasm_path();
    let browser = Browser::start_engine(
        engine,
        1280,
        900,
        ServerOptions {
            held: vec![wasm],
            ..ServerOptions::default()
        },
    )
    .await;
    browser.client.goto(&browser.server.url("/")).await?;
    browser
        .wait_until(
            "the prerendered welcome",
            "return document.documentElement.getAttribute('data-prc-prerender') === 'en' && !!document.querySelector('.prerender #welcome-heading') || null;",
        )
        .await?;
    let risk = browser
        .js("const n = document.querySelector('.prerender [data-testid=notice-may-not-last] [data-risk]'); return n ? n.dataset.risk : null;")
        .await?;
    let expected = if engine == Engine::WebKit {
        json!("deleted-after-a-week")
    } else {
        json!(null)
    };
    assert_eq!(risk, expected, "the storage notice on the prerender");
    let prerender = support::trees::tree(&browser, "#prc-prerender-en").await?;
    browser.server.release();
    browser.wait_for_app().await?;
    let app = support::trees::tree(&browser, "#app").await?;
    support::trees::assert_same_tree(&prerender, &app)?;
    browser.close().await
}

/// Runs every journey in `engine`, all of them even if one fails, and reports each failure and
/// how long the engine took.
async fn all_journeys(engine: Engine) -> TestResult {
    let started = Instant::now();
    let mut failures = Vec::new();
    macro_rules! journey {
        ($name:ident) => {
            if let Err(error) = $name(engine).await {
                failures.push(format!("{}: {error}", stringify!($name)));
            }
        };
    }
    journey!(keyboard_completion_and_reload);
    journey!(damaged_storage);
    journey!(shared_link_in_a_fresh_profile);
    journey!(comparison_of_three);
    journey!(embedded_in_another_site);
    journey!(prerendered_welcome);
    eprintln!(
        "journeys in {}: {:.1} s",
        engine.name(),
        started.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!("in {}:\n  {}", engine.name(), failures.join("\n  ")).into())
    }
}

#[tokio::test]
async fn the_core_journeys_in_chromium() -> TestResult {
    all_journeys(Engine::Chromium).await
}

#[tokio::test]
async fn the_core_journeys_in_firefox() -> TestResult {
    all_journeys(Engine::Firefox).await
}

#[tokio::test]
async fn the_core_journeys_in_webkit() -> TestResult {
    all_journeys(Engine::WebKit).await
}
