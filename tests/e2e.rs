//! End-to-end tests: the release build in real Chromium through WebDriver, driven the way a
//! person clicks and types. `cargo xtask test` builds dist/ and installs Chromium first.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use serde_json::json;
use support::journey::*;
use support::{Browser, TestResult};

#[tokio::test]
async fn keyboard_only_completion_gives_the_expected_scores() -> TestResult {
    // The same journey runs in Firefox and WebKit (tests/engines.rs).
    let browser = Browser::start().await;
    browser.open("/").await?;
    complete_by_keyboard(&browser).await?;
    browser.close().await
}

#[tokio::test]
async fn reload_resumes_at_the_same_place_with_the_same_answers() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    answer_section_by_clicking(&browser, 0).await?;
    browser.click_button("Next: Clarity of purpose").await?;
    browser.click("label[for='clarity-13-a']").await?;
    browser.click("label[for='clarity-2-dk']").await?;
    browser
        .wait_for_text("#progress-text", "Section 2 of 6 · 9 of 40 answered")
        .await?;

    browser.client.refresh().await?;
    browser.wait_for_app().await?;
    browser
        .wait_for_text("#progress-text", "Section 2 of 6 · 9 of 40 answered")
        .await?;
    let heading = browser.text("#section-heading").await?;
    assert!(heading.contains("Clarity of purpose"), "{heading}");
    let checked = browser
        .js("return [...document.querySelectorAll('input[type=radio]:checked')].map(e => e.id);")
        .await?;
    assert_eq!(checked, json!(["clarity-13-a", "clarity-2-dk"]));

    browser.click_button("Back: Commitment").await?;
    let checked = browser
        .wait_until(
            "commitment answers",
            "const ids = [...document.querySelectorAll('input[type=radio]:checked')].map(e => e.id); return ids.length === 7 ? ids : null;",
        )
        .await?;
    assert_eq!(
        checked,
        json!([
            "commitment-11-sa",
            "commitment-6-sa",
            "commitment-7-a",
            "commitment-9-a",
            "commitment-14-sa",
            "commitment-12-dk",
            "commitment-15-dk"
        ])
    );
    browser.close().await
}

#[tokio::test]
async fn the_chart_changes_when_an_answer_changes() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    let points = "const p = document.querySelectorAll('.live-chart svg polygon'); return [...p].map(e => e.getAttribute('points')).join('|');";
    assert_eq!(
        browser.js(points).await?,
        json!(""),
        "no shape before any answer"
    );

    for id in ["commitment-11-a", "commitment-6-a", "commitment-7-a"] {
        browser.click(&format!("label[for='{id}']")).await?;
    }
    browser
        .wait_until("the Commitment score beside the chart", "const v = document.querySelector('.live-chart .radar-key li:first-child .radar-key-value'); return v && v.textContent === '75';")
        .await?;
    let desc = browser
        .text(".live-chart svg desc")
        .await
        .unwrap_or_default();
    let desc = if desc.is_empty() {
        browser
            .js("return document.querySelector('.live-chart svg desc').textContent;")
            .await?
            .as_str()
            .unwrap_or_default()
            .to_string()
    } else {
        desc
    };
    assert!(desc.contains("Commitment: 75 out of 100"), "{desc}");

    // Commitment alone has no neighbours with a score, so only its point is drawn.
    let before = browser
        .js("return [...document.querySelectorAll('.live-chart svg circle')].map(c => c.getAttribute('cy')).join(',');")
        .await?;
    browser.click("label[for='commitment-11-sa']").await?;
    let script = format!(
        "const now = [...document.querySelectorAll('.live-chart svg circle')].map(c => c.getAttribute('cy')).join(','); return now !== {before} ? now : null;"
    );
    let after = browser.wait_until("the point to move", &script).await?;
    assert_ne!(before, after);
    browser
        .wait_until("the new score beside the chart", "const v = document.querySelector('.live-chart .radar-key li:first-child .radar-key-value'); return v && v.textContent === '83';")
        .await?;
    browser.close().await
}

#[tokio::test]
async fn corrupt_saved_data_gives_a_notice_and_is_kept_aside() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser
        .js("window.localStorage.setItem('partnership-readiness:session', '{\"app\":\"partnership-readiness\",\"version\":1,\"answ');")
        .await?;
    browser.client.refresh().await?;
    let notice = browser
        .wait_for_css("[data-testid=notice-unreadable]")
        .await?;
    let text = notice.text().await?;
    assert!(text.contains("could not be loaded"), "{text}");
    assert!(text.contains("damaged"), "{text}");

    let backups = browser
        .js("return Object.keys(localStorage).filter(k => k.startsWith('partnership-readiness:backup:')).map(k => localStorage.getItem(k));")
        .await?;
    assert_eq!(
        backups,
        json!(["{\"app\":\"partnership-readiness\",\"version\":1,\"answ"])
    );

    // A fresh start works and saving it does not touch the backup.
    browser.click_button("Start the assessment").await?;
    browser.click("label[for='commitment-11-a']").await?;
    browser
        .wait_until("the new session to be saved", "const s = localStorage.getItem('partnership-readiness:session'); return s && JSON.parse(s).answers['commitment-11'] === 4;")
        .await?;
    let count = browser
        .js("return Object.keys(localStorage).filter(k => k.startsWith('partnership-readiness:backup:')).length;")
        .await?;
    assert_eq!(count, json!(1));
    browser.close().await
}

#[tokio::test]
async fn answers_stay_on_this_machine_and_no_cookie_is_set() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    answer_section_by_clicking(&browser, 0).await?;
    browser.click_button("Next: Clarity of purpose").await?;
    browser
        .wait_for_text("#progress-text", "Section 2 of 6 · 7 of 40 answered")
        .await?;

    let origins = browser
        .js("return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map(e => new URL(e.name).origin);")
        .await?;
    let origins = origins.as_array().expect("a list");
    assert!(!origins.is_empty());
    for origin in origins {
        assert_eq!(origin.as_str(), Some(browser.server.origin.as_str()));
    }
    let requested = browser.server.requests.lock().unwrap().clone();
    assert!(
        requested.iter().any(|p| p.ends_with(".wasm")),
        "{requested:?}"
    );
    assert!(
        requested.iter().all(|p| !p.contains("commitment")),
        "answers never reach the server"
    );

    assert_eq!(browser.js("return document.cookie;").await?, json!(""));
    assert!(browser.client.get_all_cookies().await?.is_empty());
    browser.close().await
}

#[tokio::test]
async fn two_tabs_share_answers_without_overwriting_newer_ones() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    browser.click("label[for='commitment-11-a']").await?;
    let first = browser.client.window().await?;

    let second = browser.client.new_window(true).await?;
    browser.client.switch_to_window(second.handle).await?;
    browser.open("/").await?;
    browser
        .wait_for_text("#progress-text", "Section 1 of 6 · 1 of 40 answered")
        .await?;
    browser.click("label[for='commitment-6-sd']").await?;
    browser
        .wait_for_text("#progress-text", "Section 1 of 6 · 2 of 40 answered")
        .await?;

    browser.client.switch_to_window(first).await?;
    browser
        .wait_for_text("#progress-text", "Section 1 of 6 · 2 of 40 answered")
        .await?;
    browser
        .wait_for_css("[data-testid=notice-other-tab]")
        .await?;
    browser
        .wait_until(
            "the other tab's answer",
            "return document.getElementById('commitment-6-sd').checked;",
        )
        .await?;
    // Answering here now builds on the newer answers instead of replacing them.
    browser.click("label[for='commitment-7-n']").await?;
    browser
        .wait_until("both answers saved", "const a = JSON.parse(localStorage.getItem('partnership-readiness:session')).answers; return a['commitment-6'] === 1 && a['commitment-7'] === 3 && a['commitment-11'] === 4;")
        .await?;
    browser.close().await
}

#[tokio::test]
async fn delete_my_answers_asks_first_then_removes_everything() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    browser.click("label[for='commitment-11-a']").await?;
    browser
        .wait_until(
            "saved",
            "return localStorage.getItem('partnership-readiness:session') !== null;",
        )
        .await?;
    browser
        .js("localStorage.setItem('partnership-readiness:backup:session:1', 'old');")
        .await?;
    // Kept copies are read when the page opens.
    browser.client.refresh().await?;
    browser.wait_for_css("[data-testid=kept-copies]").await?;
    browser
        .js("document.querySelector('[data-testid=kept-copies]').open = true;")
        .await?;
    browser.screenshot("kept-copies").await?;

    browser.click_button("Delete my answers").await?;
    browser.wait_for_css("[role=alertdialog]").await?;
    browser
        .wait_until(
            "focus on Cancel",
            "return document.activeElement.textContent === 'Cancel';",
        )
        .await?;
    browser.press(&key(Key::Escape)).await?;
    browser
        .wait_until(
            "the question to close",
            "return document.querySelector('[role=alertdialog]') === null;",
        )
        .await?;
    assert!(browser
        .local_storage("partnership-readiness:session")
        .await?
        .is_some());

    browser.click_button("Delete my answers").await?;
    // The question says exactly what goes (and what it cannot reach).
    let question = browser.text("#confirm-text").await?;
    assert!(
        question.contains("your 1 answer in progress")
            && question.contains("1 copy of saved data kept aside")
            && question.contains("already shared or downloaded are not affected"),
        "{question}"
    );
    browser.screenshot("delete-question").await?;
    browser.click_button("Yes, delete everything").await?;
    browser.wait_for_css("[data-testid=notice-deleted]").await?;
    browser
        .wait_until("storage to be empty", "return Object.keys(localStorage).filter(k => k.startsWith('partnership-readiness')).length === 0;")
        .await?;
    browser.wait_for_app().await?;
    browser
        .wait_for_text("#welcome-heading", "How ready is your partnership?")
        .await?;
    browser.close().await
}

/// Every view at desktop, phone, the narrowest phone width and a desktop zoomed to 200% (640
/// CSS pixels): nothing scrolls sideways, and with PRC_SCREENSHOT_DIR set, a PNG of each for
/// people to look at.
#[tokio::test]
async fn views_fit_desktop_and_phone_widths_and_200_percent_zoom() -> TestResult {
    for (name, width) in [
        ("desktop", 1280),
        ("zoom-200", 640),
        ("phone", 360),
        ("narrow", 320),
    ] {
        let browser = match name {
            "desktop" => Browser::start().await,
            "zoom-200" => {
                let browser = Browser::start().await;
                browser.zoom(200).await?;
                browser
            }
            _ => {
                let browser = Browser::start_phone().await;
                browser.set_viewport(width, 740).await?;
                browser
            }
        };
        browser.open("/").await?;
        assert_eq!(
            browser.js("return window.innerWidth;").await?,
            json!(width),
            "the viewport is {width}px wide"
        );
        let fits = "return document.documentElement.scrollWidth <= window.innerWidth;";
        assert_eq!(
            browser.js(fits).await?,
            json!(true),
            "welcome fits at {width}px"
        );
        browser.screenshot(&format!("welcome-{name}")).await?;
        browser
            .assert_accessible(&format!("welcome at {width}px"))
            .await?;

        browser.click_button("Start the assessment").await?;
        answer_section_by_clicking(&browser, 0).await?;
        browser.click_button("Next: Clarity of purpose").await?;
        answer_section_by_clicking(&browser, 1).await?;
        browser.js("window.scrollTo(0, 0);").await?;
        assert_eq!(
            browser.js(fits).await?,
            json!(true),
            "section fits at {width}px"
        );
        browser.screenshot(&format!("section-{name}")).await?;
        browser
            .assert_accessible(&format!("section at {width}px"))
            .await?;

        for section in 2..6 {
            browser
                .js(&format!(
                    "document.querySelectorAll('.nav-step')[{section}].click();"
                ))
                .await?;
            browser
                .wait_for_text(
                    "#progress-text",
                    &format!(
                        "Section {} of 6 · {} of 40 answered",
                        section + 1,
                        answered_through(section - 1)
                    ),
                )
                .await?;
            answer_section_by_clicking(&browser, section).await?;
        }
        browser.click_button("See your results").await?;
        assert_scores(&browser).await?;
        browser.js("window.scrollTo(0, 0);").await?;
        assert_eq!(
            browser.js(fits).await?,
            json!(true),
            "results fit at {width}px"
        );
        browser.screenshot(&format!("results-{name}")).await?;
        browser
            .assert_accessible(&format!("results at {width}px"))
            .await?;
        browser.close().await?;
    }
    Ok(())
}

/// axe-core finds nothing in either colour scheme, in the states the width test does not reach:
/// a half-answered section, the confirmation question, partial results and the notices.
#[tokio::test]
async fn every_view_passes_the_accessibility_audit_in_both_colour_schemes() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser.assert_accessible_in_both_schemes("welcome").await?;

    browser.click_button("Start the assessment").await?;
    for id in ["commitment-11-a", "commitment-6-dk"] {
        browser.click(&format!("label[for='{id}']")).await?;
    }
    browser
        .assert_accessible_in_both_schemes("half-answered section")
        .await?;

    browser.click_button("Delete my answers").await?;
    browser.wait_for_css("[role=alertdialog]").await?;
    browser
        .assert_accessible_in_both_schemes("confirmation question")
        .await?;
    browser.press(&key(Key::Escape)).await?;

    browser
        .js("document.querySelectorAll('.nav-step')[6].click();")
        .await?;
    browser.wait_for_css("[data-testid=overall-score]").await?;
    browser
        .assert_accessible_in_both_schemes("results with missing answers")
        .await?;

    browser
        .js("localStorage.setItem('partnership-readiness:session', 'not json');")
        .await?;
    browser.client.refresh().await?;
    browser
        .wait_for_css("[data-testid=notice-unreadable]")
        .await?;
    browser
        .assert_accessible_in_both_schemes("unreadable-data notice")
        .await?;

    // The audit itself can fail: an image without a text alternative is caught.
    browser
        .js("document.body.appendChild(document.createElement('img'));")
        .await?;
    let caught = browser.assert_accessible("a page with a bad image").await;
    assert!(
        caught.is_err_and(|error| error.to_string().contains("image-alt")),
        "axe reports a missing alt text"
    );
    browser.close().await
}

/// Every control of every view is reachable by Tab in reading order with a visible focus ring,
/// and the progress line is one polite live region that stays put while its words change, so
/// screen readers announce each change.
#[tokio::test]
async fn keyboard_reaches_every_control_in_order_and_progress_is_announced() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    assert_keyboard_walk(&browser, "welcome").await?;

    browser.click_button("Start the assessment").await?;
    browser.wait_for_css("#section-heading").await?;
    let live = browser
        .js("const p = document.getElementById('progress-text'); window.prcProgress = p; return [p.getAttribute('role'), p.getAttribute('aria-live'), p.textContent];")
        .await?;
    assert_eq!(
        live,
        json!([
            "status",
            "polite",
            format!("Section 1 of 6 · 0 of {} answered", total_statements())
        ])
    );
    for id in ["commitment-11-a", "commitment-6-dk"] {
        browser.click(&format!("label[for='{id}']")).await?;
    }
    browser
        .wait_for_text("#progress-text", "Section 1 of 6 · 2 of 40 answered")
        .await?;
    assert_keyboard_walk(&browser, "a section").await?;
    // Each statement's six options are one radio group named by the statement's text.
    let groups = browser
        .js("return [...document.querySelectorAll('fieldset.statement')].map(f => { const radios = [...f.querySelectorAll('input[type=radio]')]; return [f.querySelector('legend') ? f.querySelector('legend').textContent.trim().length > 20 : false, radios.length, new Set(radios.map(r => r.name)).size, radios.every(r => r.labels.length === 1 && r.labels[0].textContent.trim() !== '')]; });")
        .await?;
    assert_eq!(
        groups,
        json!(vec![json!([true, 6, 1, true]); statements_in(0)])
    );

    browser.click_button("Next: Clarity of purpose").await?;
    browser
        .wait_for_text("#progress-text", "Section 2 of 6 · 2 of 40 answered")
        .await?;
    assert_eq!(
        browser
            .js("return document.getElementById('progress-text') === window.prcProgress;")
            .await?,
        json!(true),
        "the live region is updated in place, not replaced"
    );

    browser
        .js("document.querySelectorAll('.nav-step')[6].click();")
        .await?;
    browser.wait_for_css("[data-testid=overall-score]").await?;
    assert_keyboard_walk(&browser, "results with missing answers").await?;

    browser.click_button("Delete my answers").await?;
    browser.wait_for_css("[role=alertdialog]").await?;
    assert_keyboard_walk(&browser, "confirmation question").await?;
    browser.close().await
}

#[tokio::test]
async fn if_the_app_ever_stops_the_page_says_so_instead_of_freezing() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    browser.click("label[for='commitment-11-a']").await?;
    assert_eq!(browser.count_shown("#prc-stopped").await?, 0);
    // A Rust panic in wasm ends in a trap, thrown as a RuntimeError, which the browser reports
    // as this event. (Thrown from a WebDriver script, the browser would mute its details as a
    // cross-origin "Script error.", so the event is sent as the browser would send it.)
    browser
        .js("window.dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable'), message: 'RuntimeError: unreachable' }));")
        .await?;
    browser
        .wait_until(
            "the stopped notice",
            "const n = document.getElementById('prc-stopped'); return n && !n.hidden && document.activeElement.id === 'prc-reload' ? n.textContent : null;",
        )
        .await?;
    let notice = browser.text("#prc-stopped").await?;
    assert!(
        notice.contains("already saved in this browser is kept"),
        "{notice}"
    );
    browser.screenshot("stopped-notice").await?;
    browser.click_button("Reload the page").await?;
    browser
        .wait_until(
            "the reloaded page at the same place",
            "const n = document.getElementById('prc-stopped'); return n && n.hidden && document.getElementById('commitment-11-a') && document.getElementById('commitment-11-a').checked ? true : null;",
        )
        .await?;
    browser.close().await
}

#[tokio::test]
async fn a_sign_out_elsewhere_on_the_site_is_not_undone_without_asking() -> TestResult {
    for phone in [false, true] {
        let browser = if phone {
            Browser::start_phone().await
        } else {
            Browser::start().await
        };
        browser.open("/").await?;
        browser.click_button("Start the assessment").await?;
        browser.click("label[for='commitment-11-a']").await?;
        browser
            .wait_until(
                "saved",
                "return localStorage.getItem('partnership-readiness:session') !== null;",
            )
            .await?;
        // What a sign-out script elsewhere on the same origin does; no event reaches this page.
        browser.js("localStorage.clear();").await?;
        browser.click("label[for='commitment-6-a']").await?;
        browser
            .wait_for_css("[data-testid=notice-cleared-elsewhere]")
            .await?;
        assert_eq!(
            browser.js("return localStorage.length;").await?,
            json!(0),
            "nothing written back"
        );
        browser
            .screenshot(if phone {
                "cleared-elsewhere-phone"
            } else {
                "cleared-elsewhere"
            })
            .await?;
        browser
            .assert_accessible("the cleared-elsewhere notice")
            .await?;
        browser
            .click_button("Keep my answers on this device")
            .await?;
        browser
            .wait_until(
                "the answers saved again",
                "const s = localStorage.getItem('partnership-readiness:session'); return s && s.includes('commitment-6');",
            )
            .await?;
        browser.close().await?;
    }
    Ok(())
}

#[tokio::test]
async fn chart_text_reads_at_12_css_px_or_more_on_desktop_and_a_320_px_phone() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    answer_section_by_clicking(&browser, 0).await?;
    assert_chart_text_readable(&browser, "the live chart at 1280 px").await?;
    browser.set_viewport(320, 740).await?;
    assert_chart_text_readable(&browser, "the live chart at 320 px").await?;
    browser.screenshot("live-chart-320").await?;
    answer_all_with(&browser, |_, _| "a").await?;
    assert_chart_text_readable(&browser, "the results chart at 320 px").await?;
    browser.screenshot("results-320").await?;
    browser.set_viewport(1280, 900).await?;
    assert_chart_text_readable(&browser, "the results chart at 1280 px").await?;
    browser.screenshot("results-1280").await?;
    browser.close().await
}
