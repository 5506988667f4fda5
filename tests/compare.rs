//! End-to-end test of comparing partners: three browser profiles each finish the assessment
//! differently and share a link; a facilitator compares them.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::json;
use support::journey::*;
use support::{Browser, TestResult};

/// Finishes the assessment in a fresh profile, names the result and returns its link.
async fn partner_link(
    label: &str,
    choose: impl Fn(usize, usize) -> &'static str,
) -> Result<String, Box<dyn std::error::Error>> {
    let browser = Browser::start().await;
    browser.open("/").await?;
    complete_with(&browser, choose).await?;
    browser.reveal("#share-label").await?;
    browser
        .wait_for_css("#share-label")
        .await?
        .send_keys(label)
        .await?;
    let link = browser
        .wait_until(
            "the link to carry the name",
            &format!("const s = localStorage.getItem('partnership-readiness:session'); return s && JSON.parse(s).label === {} && document.querySelector('[data-testid=share-link]').value;", json!(label)),
        )
        .await?;
    browser.close().await?;
    Ok(link.as_str().unwrap_or_default().to_string())
}

async fn legend_names(browser: &Browser) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    browser
        .js("return [...document.querySelectorAll('[data-testid=legend-item] .legend-name')].map(e => e.textContent);")
        .await
}

async fn assert_comparison(browser: &Browser) -> TestResult {
    browser
        .wait_until(
            "three responses",
            "return document.querySelectorAll('[data-testid=legend-item]').length === 3;",
        )
        .await?;
    assert_eq!(
        legend_names(browser).await?,
        json!(["Council", "Health trust", "Charity"])
    );
    // Commitment 90/75/0, clarity 56/75/100, coordination 25/75/50, trust only one score,
    // communication 65/75/75, conflict 20/75/25.
    for (criterion, mean, spread) in [
        ("commitment", "55", "90"),
        ("clarity", "77", "44"),
        ("coordination", "50", "50"),
        ("trust", "75", "\u{2014}"),
        ("communication", "72", "10"),
        ("conflict", "40", "55"),
    ] {
        browser
            .wait_for_text(&format!("[data-testid=mean-{criterion}]"), mean)
            .await?;
        browser
            .wait_for_text(&format!("[data-testid=spread-{criterion}]"), spread)
            .await?;
    }
    let talk_first = browser
        .js("return [...document.querySelectorAll('[data-testid=talk-first-item]')].map(e => e.dataset.criterion);")
        .await?;
    assert_eq!(talk_first, json!(["commitment", "conflict"]));
    let gaps = browser.text("[data-testid=knowledge-gaps]").await?;
    assert!(gaps.contains("Trust"), "{gaps}");
    Ok(())
}

#[tokio::test]
async fn three_partners_compare_and_the_comparison_link_reopens_it() -> TestResult {
    let council = partner_link("Council", |section, offset| PATTERN_KEYS[section][offset]).await?;
    let health = partner_link("Health trust", |_, _| "a").await?;
    let charity = partner_link("Charity", |section, _| {
        ["sd", "sa", "n", "dk", "a", "d"][section]
    })
    .await?;

    let facilitator = Browser::start().await;
    let downloads = facilitator.allow_downloads().await?;
    facilitator.open("/#compare=").await?;
    facilitator
        .wait_for_css("[data-testid=compare-empty]")
        .await?;
    let cut_short = &health[..health.len() - 7];
    let pasted = [
        council.as_str(),
        health.as_str(),
        cut_short,
        charity.as_str(),
        council.as_str(),
    ]
    .join("\n");
    facilitator
        .wait_for_css("#compare-links")
        .await?
        .send_keys(&pasted)
        .await?;
    facilitator.click_button("Add to the comparison").await?;
    assert_comparison(&facilitator).await?;
    let rejected = facilitator
        .js("return [...document.querySelectorAll('[data-testid=compare-rejected] li')].map(e => [e.querySelector('strong').textContent, e.dataset.problem]);")
        .await?;
    assert_eq!(
        rejected,
        json!([["Line 3", "truncated"], ["Line 5", "duplicate"]])
    );
    facilitator.screenshot("compare-desktop").await?;
    facilitator
        .assert_accessible_in_both_schemes("comparison")
        .await?;
    facilitator.set_colour_scheme("light").await?;

    facilitator.click_button("Download chart (SVG)").await?;
    let (name, svg) = facilitator.wait_for_download(&downloads, ".svg").await?;
    assert!(
        name.starts_with("partnership-readiness-comparison-"),
        "{name}"
    );
    let svg = String::from_utf8(svg)?;
    for expected in [
        "Comparison of 3 responses",
        "Mean overall readiness",
        "59 out of 100",
        "Commitment: mean 55, from 0 to 90",
        "Trust: 75 (one response)",
    ] {
        assert!(svg.contains(expected), "the picture says {expected:?}");
    }

    facilitator.emulate_media("print").await?;
    for (selector, expected) in [
        ("button, textarea, input", 0),
        (".app-header, .share, .import-problems", 0),
        (".compare-chart svg", 1),
        ("[data-testid=talk-first-item]", 2),
        (".print-heading", 1),
    ] {
        assert_eq!(
            facilitator.count_shown(selector).await?,
            expected,
            "printed: {selector}"
        );
    }
    facilitator.screenshot("compare-print").await?;
    facilitator.emulate_media("screen").await?;

    // Hiding one response keeps the others' colours; the group view hides everyone.
    facilitator.click("label[for='show-response-2']").await?;
    facilitator
        .wait_until(
            "response 2 hidden",
            "return document.querySelectorAll('.compare-chart .radar-series-2.radar-point').length === 0 && document.querySelectorAll('.compare-chart .radar-series-3.radar-point').length === 5;",
        )
        .await?;
    facilitator.click("label[for='group-view']").await?;
    facilitator
        .wait_until(
            "the group view",
            "return document.querySelector('.compare-chart.group-view') !== null && document.querySelectorAll('[data-testid=legend-item]').length === 0;",
        )
        .await?;
    let note = facilitator.text("[data-testid=privacy-note]").await?;
    assert!(note.starts_with("Group view"), "{note}");
    facilitator.screenshot("compare-group-view").await?;
    facilitator
        .assert_accessible_in_both_schemes("comparison, group view")
        .await?;

    let link = facilitator
        .js("return document.querySelector('[data-testid=compare-link]').value;")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_string();
    let fragment = link.split_once('#').expect("a fragment").1.to_string();
    assert_eq!(
        facilitator.js("return location.hash;").await?,
        json!(format!("#{fragment}")),
        "the address describes the comparison"
    );
    facilitator.close().await?;

    let other = Browser::start_phone().await;
    other.open(&format!("/?shared=1#{fragment}")).await?;
    assert_comparison(&other).await?;
    assert_eq!(
        other
            .js("window.scrollTo(0, 0); return document.documentElement.scrollWidth <= window.innerWidth && [...document.querySelectorAll('.app-main *')].every(e => e.getBoundingClientRect().right <= document.querySelector('.app-main').getBoundingClientRect().right + 0.5);")
            .await?,
        json!(true),
        "the comparison fits a 360 px phone"
    );
    assert_eq!(
        other.js("return Object.keys(localStorage).length;").await?,
        json!(0),
        "comparing stores nothing"
    );
    other.screenshot("compare-phone").await?;
    other.close().await
}

#[tokio::test]
async fn own_results_lead_to_a_comparison_that_warns_about_few_responses() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    complete_by_clicking(&browser).await?;
    browser
        .reveal("[data-testid=share-panel] a[href^='#compare=']")
        .await?;
    browser
        .client
        .find(fantoccini::Locator::LinkText(
            "Compare with partners\u{2019} results",
        ))
        .await?
        .click()
        .await?;
    browser
        .wait_until(
            "one response",
            "return document.querySelectorAll('[data-testid=legend-item]').length === 1;",
        )
        .await?;
    let note = browser.text("[data-testid=privacy-note]").await?;
    assert!(note.contains("With only 1 response"), "{note}");
    // Nothing to rank with one response.
    assert_eq!(
        browser
            .js("return document.querySelectorAll('[data-testid=talk-first-item]').length;")
            .await?,
        json!(0)
    );
    browser.click_button("Go to your own assessment").await?;
    assert_scores(&browser).await?;
    browser.close().await
}

#[tokio::test]
async fn a_two_megabyte_comparison_link_and_ten_thousand_lines_stay_responsive() -> TestResult {
    let browser = Browser::start().await;
    // About 2 MB, just under Chromium's address limit: a million one-character entries.
    let fragment = format!("compare={}", ".A".repeat(1_000_000));
    browser.open(&format!("/#{fragment}")).await?;
    browser
        .wait_for_text(
            "[data-testid=compare-unread]",
            "And 999,976 more lines were not read: only the first 24 are, since at most 12 results can be compared.",
        )
        .await?;
    assert_eq!(
        browser
            .js("return document.querySelectorAll('[data-testid=compare-rejected] li').length;")
            .await?,
        json!(24)
    );
    // The address now describes what is on screen (nothing), not the 2 MB that came in.
    assert_eq!(
        browser.js("return location.hash;").await?,
        json!("#compare=")
    );

    // Ten thousand pasted lines: the first few are read, the rest counted.
    browser
        .js("const area = document.getElementById('compare-links'); area.value = Array.from({ length: 10000 }, (_, n) => 'https://example.org/#result=line' + n).join('\\n'); area.dispatchEvent(new InputEvent('input', { bubbles: true }));")
        .await?;
    browser.click_button("Add to the comparison").await?;
    browser
        .wait_for_text(
            "[data-testid=compare-unread]",
            "And 9,976 more lines were not read: only the first 24 are, since at most 12 results can be compared.",
        )
        .await?;
    browser.close().await
}

/// Links whose `#` a mail filter rewrote (Safe Links' `%23`, a double `%2523`, a link copied from
/// the Safe Links wrapper itself) are pasted into the comparison and read as the links they were.
#[tokio::test]
async fn links_rewritten_by_mail_security_are_compared() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/#compare=").await?;
    let pasted = [
        format!(
            "https://readiness.example.org/tools/%23result={}",
            result_code(2, "Council", [80, 60, 40, 70, 50, 30])
        ),
        format!(
            "https://readiness.example.org/?lang=cy%2523result={}",
            result_code(2, "Health trust", [70, 70, 70, 70, 70, 70])
        ),
        format!(
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Freadiness.example.org%2F%2523result%3D{}&data=05%7C02",
            result_code(2, "Charity", [20, 30, 40, 50, 60, 70])
        ),
    ]
    .join("\n");
    browser
        .wait_for_css("#compare-links")
        .await?
        .send_keys(&pasted)
        .await?;
    browser.click_button("Add to the comparison").await?;
    browser
        .wait_until(
            "three responses",
            "return document.querySelectorAll('[data-testid=legend-item]').length === 3;",
        )
        .await?;
    assert_eq!(
        legend_names(&browser).await?,
        json!(["Council", "Health trust", "Charity"])
    );
    assert_eq!(
        browser
            .js("return document.querySelectorAll('[data-testid=compare-rejected] li').length;")
            .await?,
        json!(0)
    );
    browser.close().await
}
