//! The later views as lazily loaded parts (src/ui/parts), end to end in Chromium against the
//! release build: each part is fetched when it is needed, a part that fails to load says so and
//! loads when the connection returns, and a part gone with an old build (a tab left open across
//! a deploy) asks for a reload and keeps the answers.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::Path;

use support::journey::{answer_section_by_clicking, open_with_saved_session};
use support::{dist_dir, pseudo_dist_dir, Browser, Profile, ServerOptions, TestResult};

/// A saved session of the current format, at its results.
const SESSION_AT_RESULTS: &str = include_str!("../core/src/fixtures/golden/session.json");

/// The release build's files of one part (`results`), or of all starting so (`common`), by
/// name below dist/.
fn part_files(part: &str) -> Vec<String> {
    let prefix = format!("partnership-readiness-{part}");
    let mut files: Vec<String> = std::fs::read_dir(dist_dir())
        .expect("dist/")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with(&prefix) && name.ends_with("_bg.wasm"))
        .collect();
    files.sort();
    files
}

fn the_part(part: &str) -> String {
    let files = part_files(part);
    assert_eq!(files.len(), 1, "one file for the part {part}: {files:?}");
    files[0].clone()
}

#[tokio::test]
async fn each_part_is_fetched_only_when_it_is_needed() -> TestResult {
    let browser = Browser::start().await;
    let (results, compare, guide) = (the_part("results"), the_part("compare"), the_part("guide"));
    browser.open("/").await?;
    browser.wait_for_app().await?;
    // The results are fetched once the first screen is up; nothing else.
    browser
        .wait_until(
            "the results part fetched ahead",
            &format!(
                "return performance.getEntriesByType('resource').some(e => e.name.endsWith('{results}'));"
            ),
        )
        .await?;
    assert_eq!(browser.server.requests_for(&compare), 0, "{compare}");
    assert_eq!(browser.server.requests_for(&guide), 0, "{guide}");
    // The guide when its address is opened, and it is then the guide.
    browser.js("location.hash = '#facilitator-guide';").await?;
    browser
        .wait_for_css("[data-testid=facilitator-guide]")
        .await?;
    assert_eq!(browser.server.requests_for(&guide), 1, "{guide}");
    assert_eq!(browser.server.requests_for(&results), 1, "{results}");
    browser.close().await
}

#[tokio::test]
async fn a_part_that_fails_to_load_says_so_and_loads_when_the_connection_returns() -> TestResult {
    let results = the_part("results");
    let browser = Browser::start_with_server(ServerOptions {
        failing: vec![results.clone()],
        ..ServerOptions::default()
    })
    .await;
    open_with_saved_session(&browser, SESSION_AT_RESULTS).await?;
    let notice = browser
        .wait_for_css("[data-testid=part-failed]")
        .await?
        .text()
        .await?;
    assert!(notice.contains("could not be loaded"), "{notice}");
    screenshots(&browser, "parts-failed").await?;
    browser
        .assert_accessible_in_both_schemes("a part that failed to load")
        .await?;
    // Only the part's place: the page has not stopped, and the saved answers are as they were.
    let stopped = browser
        .js("return document.getElementById('prc-stopped').hidden;")
        .await?;
    assert_eq!(stopped, serde_json::Value::Bool(true));
    let saved = browser
        .js("return localStorage.getItem('partnership-readiness:session');")
        .await?;
    assert_eq!(saved.as_str(), Some(SESSION_AT_RESULTS.trim()));
    let asked = browser.server.requests_for(&results);
    // The server is back, and so is the connection.
    browser.server.release_path(&results);
    browser
        .js("window.dispatchEvent(new Event('online'));")
        .await?;
    browser.wait_for_css("[data-testid=overall-score]").await?;
    assert!(
        browser.server.requests_for(&results) > asked,
        "the part was asked for again"
    );
    browser.close().await
}

/// Screenshots (with PRC_SCREENSHOT_DIR) on a desktop and at 360 px wide, then the desktop again.
async fn screenshots(browser: &Browser, name: &str) -> TestResult {
    browser.screenshot(name).await?;
    browser.set_viewport(360, 740).await?;
    browser.screenshot(&format!("{name}-360")).await?;
    browser.reset_viewport().await?;
    browser
        .wait_until("the desktop width again", "return innerWidth > 1000;")
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_chart_that_fails_to_load_says_so_in_its_place_and_comes_when_tried_again() -> TestResult
{
    let mut failing = part_files("chart");
    failing.extend(part_files("common"));
    let browser = Browser::start_with_server(ServerOptions {
        failing: failing.clone(),
        ..ServerOptions::default()
    })
    .await;
    browser.open("/").await?;
    browser.wait_for_app().await?;
    browser.click_button("Start the assessment").await?;
    let notice = browser
        .wait_for_css(".live-chart [data-testid=part-failed]")
        .await?
        .text()
        .await?;
    assert!(notice.contains("could not be loaded"), "{notice}");
    // The key, with its scores, is still there, and the statements can be answered.
    browser.wait_for_css(".live-chart .radar-key").await?;
    answer_section_by_clicking(&browser, 0).await?;
    screenshots(&browser, "parts-chart-failed").await?;
    browser
        .assert_accessible_in_both_schemes("the chart that failed to load")
        .await?;
    for file in &failing {
        browser.server.release_path(file);
    }
    browser
        .click(".live-chart [data-testid=part-failed] button")
        .await?;
    browser.wait_for_css(".live-chart svg").await?;
    browser.close().await
}

#[tokio::test]
async fn parts_load_from_a_host_that_sends_wasm_under_another_type() -> TestResult {
    let browser = Browser::start_with_server(ServerOptions {
        wasm_type: Some("application/octet-stream".into()),
        ..ServerOptions::default()
    })
    .await;
    browser.open("/").await?;
    browser.wait_for_app().await?;
    browser.click_button("Start the assessment").await?;
    // The chart's drawing is a part: it comes, although it cannot be compiled as it streams.
    browser.wait_for_css(".live-chart svg").await?;
    browser.js("location.hash = '#facilitator-guide';").await?;
    browser
        .wait_for_css("[data-testid=facilitator-guide]")
        .await?;
    browser.close().await
}

/// A copy of `from` in `to`, so a test can change what the server has.
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

#[tokio::test]
async fn a_part_gone_with_an_old_build_asks_for_a_reload_and_keeps_the_answers() -> TestResult {
    let site = Profile::new();
    copy_dir(&dist_dir(), &site.0)?;
    let browser = Browser::start_with_server(ServerOptions {
        dist: Some(site.0.clone()),
        ..ServerOptions::default()
    })
    .await;
    open_with_saved_session(&browser, SESSION_AT_RESULTS).await?;
    browser.wait_for_css("[data-testid=overall-score]").await?;
    // A deploy that removes the old build's files: the guide part (and its compressed copies)
    // goes, and another build's files (the tests' pseudo-language build), index.html first among
    // them, come in.
    for entry in std::fs::read_dir(&site.0)? {
        let name = entry?.file_name().into_string().unwrap_or_default();
        let gone =
            name.starts_with("partnership-readiness-guide-") || name.starts_with("index.html");
        if gone {
            std::fs::remove_file(site.0.join(name))?;
        }
    }
    copy_dir(&pseudo_dist_dir(), &site.0)?;

    browser.js("location.hash = '#facilitator-guide';").await?;
    let notice = browser
        .wait_for_css("[data-testid=part-updated]")
        .await?
        .text()
        .await?;
    assert!(
        notice.contains("was updated: reload to continue"),
        "{notice}"
    );
    screenshots(&browser, "parts-updated").await?;
    browser
        .assert_accessible_in_both_schemes("a part from another build")
        .await?;
    let stopped = browser
        .js("return document.getElementById('prc-stopped').hidden;")
        .await?;
    assert_eq!(stopped, serde_json::Value::Bool(true), "never a trap");
    let saved = browser
        .js("return localStorage.getItem('partnership-readiness:session');")
        .await?;
    assert_eq!(saved.as_str(), Some(SESSION_AT_RESULTS.trim()));

    // The reload brings the new build, with the answers.
    browser.click_button("Reload the page").await?;
    browser.wait_for_app().await?;
    browser
        .js("history.replaceState(null, '', location.pathname); window.dispatchEvent(new HashChangeEvent('hashchange'));")
        .await?;
    browser.wait_for_css("[data-testid=overall-score]").await?;
    let glue = browser
        .js("return document.getElementById('prc-loader').dataset.js;")
        .await?;
    let glue = glue.as_str().expect("the loader names its glue");
    let new_index = std::fs::read_to_string(pseudo_dist_dir().join("index.html"))?;
    assert!(
        new_index.contains(&format!("data-js=\"{glue}\"")),
        "the page is the new build's: {glue}"
    );
    browser.close().await
}

/// The boxes of the live chart, the first statement and the section's buttons, as the page
/// lays them out now.
async fn layout(browser: &Browser) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    browser
        .js(
            "return ['.live-chart .radar-frame', '.statement', '.section-buttons'].map(s => { \
             const r = document.querySelector(s).getBoundingClientRect(); \
             return [r.x, r.y, r.width, r.height]; });",
        )
        .await
}

#[tokio::test]
async fn the_chart_arrives_after_the_first_answers_and_draws_them_without_moving_anything(
) -> TestResult {
    // The chart's drawing and the code it shares with other parts, held back.
    let mut held = part_files("chart");
    held.extend(part_files("common"));
    let browser = Browser::start_with_server(ServerOptions {
        held,
        ..ServerOptions::default()
    })
    .await;
    browser.open("/").await?;
    browser.wait_for_app().await?;
    browser
        .js("window.__shifts = 0; new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value; }).observe({ type: 'layout-shift', buffered: true }); return true;")
        .await?;
    browser.click_button("Start the assessment").await?;
    browser
        .wait_for_css(".live-chart .radar-placeholder")
        .await?;
    // The statements can be answered while the chart is on its way: the first criterion's,
    // enough for it to have a score.
    answer_section_by_clicking(&browser, 0).await?;
    screenshots(&browser, "parts-chart-on-its-way").await?;
    browser.js("window.__shifts = 0; return true;").await?;
    let before = layout(&browser).await?;
    let svg_now = browser
        .js("return document.querySelectorAll('.live-chart svg').length;")
        .await?;
    assert_eq!(
        svg_now,
        serde_json::json!(0),
        "the chart is still on its way"
    );

    browser.server.release();
    browser.wait_for_css(".live-chart svg").await?;
    assert_eq!(layout(&browser).await?, before, "nothing moved");
    let shifts = browser.js("return window.__shifts;").await?;
    assert_eq!(shifts.as_f64(), Some(0.0), "no layout shift");
    // Drawn with the answers given while it was away: the first criterion's score is a point.
    let drawn = browser
        .js("return [...new Set([...document.querySelectorAll('.live-chart svg [class]')].map(e => e.getAttribute('class')))].join(' ');")
        .await?;
    assert!(
        drawn.as_str().unwrap_or("").contains("radar-point"),
        "{drawn}"
    );
    browser.close().await
}
