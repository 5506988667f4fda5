//! The later views as lazily loaded parts (src/ui/parts), end to end in Chromium against the
//! release build: each part is fetched when it is needed, a part that fails to load says so and
//! loads when the connection returns, and a part gone with an old build (a tab left open across
//! a deploy) asks for a reload and keeps the answers.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::{Path, PathBuf};

use support::journey::open_with_saved_session;
use support::{dist_dir, Browser, Profile, ServerOptions, TestResult};

/// A saved session of the current format, at its results.
const SESSION_AT_RESULTS: &str = include_str!("../core/src/fixtures/golden/session.json");

/// The release build's files of one part (`results`, `common5`), by name below dist/.
fn part_files(part: &str) -> Vec<String> {
    let prefix = format!("partnership-readiness-{part}-");
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

/// How many times the page asked for `file`.
fn requests_for(browser: &Browser, file: &str) -> usize {
    browser
        .server
        .requests
        .lock()
        .unwrap()
        .iter()
        .filter(|path| path.ends_with(file))
        .count()
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
    assert_eq!(requests_for(&browser, &compare), 0, "{compare}");
    assert_eq!(requests_for(&browser, &guide), 0, "{guide}");
    // The guide when its address is opened, and it is then the guide.
    browser.js("location.hash = '#facilitator-guide';").await?;
    browser
        .wait_for_css("[data-testid=facilitator-guide]")
        .await?;
    assert_eq!(requests_for(&browser, &guide), 1, "{guide}");
    assert_eq!(requests_for(&browser, &results), 1, "{results}");
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
    // Only the part's place: the page has not stopped, and the saved answers are as they were.
    let stopped = browser
        .js("return document.getElementById('prc-stopped').hidden;")
        .await?;
    assert_eq!(stopped, serde_json::Value::Bool(true));
    let saved = browser
        .js("return localStorage.getItem('partnership-readiness:session');")
        .await?;
    assert_eq!(saved.as_str(), Some(SESSION_AT_RESULTS.trim()));
    let asked = requests_for(&browser, &results);
    // The server is back, and so is the connection.
    browser.server.release_path(&results);
    browser
        .js("window.dispatchEvent(new Event('online'));")
        .await?;
    browser.wait_for_css("[data-testid=overall-score]").await?;
    assert!(
        requests_for(&browser, &results) > asked,
        "the part was asked for again"
    );
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

/// The tests' other build (the pseudo-language build, `cargo xtask test` makes it): a real
/// build with other glue, standing in for the next release.
fn other_build() -> PathBuf {
    let dir = std::env::var_os("PRC_PSEUDO_DIST_DIR")
        .map(PathBuf::from)
        .expect("PRC_PSEUDO_DIST_DIR names the pseudo-language build (`cargo xtask test` sets it)");
    assert!(dir.join("index.html").is_file(), "{}", dir.display());
    dir
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
    // goes, and the other build's files, index.html first among them, come in.
    for entry in std::fs::read_dir(&site.0)? {
        let name = entry?.file_name().into_string().unwrap_or_default();
        let gone =
            name.starts_with("partnership-readiness-guide-") || name.starts_with("index.html");
        if gone {
            std::fs::remove_file(site.0.join(name))?;
        }
    }
    copy_dir(&other_build(), &site.0)?;

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
    let new_index = std::fs::read_to_string(other_build().join("index.html"))?;
    assert!(
        new_index.contains(glue.as_str().unwrap_or("none")),
        "the page is the new build's: {glue}"
    );
    browser.close().await
}
