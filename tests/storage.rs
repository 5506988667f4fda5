//! Saved answers beside other tabs and other pages of the same website, end to end: two real
//! windows of one Chromium session share the origin's local storage, so one window does what
//! another tab (or a sign-out page of the site) would, and the storage events are the browser's
//! own.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::wd::WindowHandle;
use support::{Browser, TestResult};

const SESSION: &str = "partnership-readiness:session";
/// A document a newer build of the widget wrote: this build must never write over it.
const NEWER_DOCUMENT: &str = r#"{"app":"partnership-readiness","version":3,"answers":{"x":1}}"#;
/// An assessment in progress as the first-edition build saved it.
const FIRST_EDITION_SESSION: &str = include_str!("../core/src/fixtures/first-edition-session.json");

/// Records, in the page, the key of every storage event it gets, so a test can wait until
/// another window's change has reached it (the app handles an event in the same turn).
const RECORD_EVENTS: &str =
    "window.__prcKeys = []; window.addEventListener('storage', e => window.__prcKeys.push(e.key));";

/// The widget in the first window with one answer saved, recording storage events; returns
/// that window.
async fn one_answer_saved(browser: &Browser) -> Result<WindowHandle, Box<dyn std::error::Error>> {
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    browser.click("label[for='commitment-11-a']").await?;
    browser
        .wait_until(
            "the answer saved",
            &format!("const s = localStorage.getItem('{SESSION}'); return s && s.includes('\"commitment-11\":4');"),
        )
        .await?;
    browser.js(RECORD_EVENTS).await?;
    Ok(browser.client.window().await?)
}

/// Opens a second window of the same website and returns it. It shows the widget, but a script
/// run there stands for any other page of the site: a page's own storage changes fire no event
/// in it, and the site's plain files are served sandboxed (no storage) by the hosting kit.
async fn other_page(browser: &Browser) -> Result<WindowHandle, Box<dyn std::error::Error>> {
    let second = browser.client.new_window(true).await?.handle;
    browser.client.switch_to_window(second.clone()).await?;
    browser.open("/").await?;
    Ok(second)
}

/// Waits in the current window until `count` storage events for `key` (`null`: a clear) have
/// reached it.
async fn wait_for_events(browser: &Browser, key: &str, count: usize) -> TestResult {
    browser
        .wait_until(
            &format!("{count} storage events for {key}"),
            &format!("return window.__prcKeys.filter(k => k === {key}).length >= {count};"),
        )
        .await?;
    Ok(())
}

async fn checked(browser: &Browser, id: &str) -> Result<bool, Box<dyn std::error::Error>> {
    Ok(browser
        .js(&format!("return document.getElementById('{id}').checked;"))
        .await?
        == serde_json::json!(true))
}

/// Path 1 of the storage review: after a `clear()`, a tab opened afresh and started does not take
/// the answers the first tab still holds; "Keep" puts both tabs' answers together, "Start
/// afresh" takes the other tab's.
#[tokio::test]
async fn a_tab_opened_after_a_clear_does_not_take_the_answers_this_one_holds() -> TestResult {
    for keep in [true, false] {
        let browser = Browser::start().await;
        let first = one_answer_saved(&browser).await?;

        // Another page of the site signs out with clear(); then the person opens the widget in a
        // new tab, which finds nothing saved, starts and answers.
        let second = other_page(&browser).await?;
        browser.js("localStorage.clear();").await?;
        browser.open("/").await?;
        browser.click_button("Start the assessment").await?;
        browser.click("label[for='commitment-6-sd']").await?;
        browser
            .wait_until(
                "the new tab's answer saved",
                &format!("const s = localStorage.getItem('{SESSION}'); return s && s.includes('\"commitment-6\":1');"),
            )
            .await?;

        browser.client.switch_to_window(first.clone()).await?;
        wait_for_events(&browser, &format!("'{SESSION}'"), 2).await?;
        browser
            .wait_for_css("[data-testid=notice-cleared-elsewhere]")
            .await?;
        assert!(
            checked(&browser, "commitment-11-a").await?,
            "the answers this tab holds, the last copy, are still here"
        );
        assert!(!checked(&browser, "commitment-6-sd").await?);

        if keep {
            browser
                .click_button("Keep my answers on this device")
                .await?;
            browser
                .wait_until(
                    "both tabs' answers saved",
                    &format!("const a = JSON.parse(localStorage.getItem('{SESSION}')).answers; return a['commitment-11'] === 4 && a['commitment-6'] === 1;"),
                )
                .await?;
            browser
                .wait_until(
                    "both answers shown",
                    "return document.getElementById('commitment-6-sd').checked && document.getElementById('commitment-11-a').checked;",
                )
                .await?;
        } else {
            browser.click_button("Start afresh").await?;
            browser.click_button("Continue the assessment").await?;
            browser
                .wait_until(
                    "the other tab's answers shown",
                    "return document.getElementById('commitment-6-sd').checked && !document.getElementById('commitment-11-a').checked;",
                )
                .await?;
            let stored = browser.local_storage(SESSION).await?.unwrap_or_default();
            assert!(
                !stored.contains("commitment-11"),
                "nothing written back: {stored}"
            );
        }
        browser.client.switch_to_window(second).await?;
        browser.close().await?;
    }
    Ok(())
}

/// Path 3: a sign-out page that removes keys one by one is asked about like a clear(); the
/// person's own "Delete my answers" in another tab is recognised and followed.
#[tokio::test]
async fn keys_removed_by_another_page_are_asked_about_and_the_persons_own_delete_is_followed(
) -> TestResult {
    let browser = Browser::start().await;
    let first = one_answer_saved(&browser).await?;
    other_page(&browser).await?;
    browser
        .js("Object.keys(localStorage).forEach(k => localStorage.removeItem(k));")
        .await?;

    browser.client.switch_to_window(first.clone()).await?;
    wait_for_events(&browser, &format!("'{SESSION}'"), 1).await?;
    browser
        .wait_for_css("[data-testid=notice-cleared-elsewhere]")
        .await?;
    assert_eq!(
        browser
            .js("return document.querySelector('[data-testid=notice-deleted-elsewhere]');")
            .await?,
        serde_json::Value::Null
    );
    assert!(checked(&browser, "commitment-11-a").await?);
    browser
        .click_button("Keep my answers on this device")
        .await?;
    browser
        .wait_until(
            "the answers saved again",
            &format!("const s = localStorage.getItem('{SESSION}'); return s && s.includes('\"commitment-11\":4');"),
        )
        .await?;

    // The person deletes everything in a second tab of the widget.
    let widget = browser.client.new_window(true).await?.handle;
    browser.client.switch_to_window(widget).await?;
    browser.open("/").await?;
    browser.click_button("Delete my answers").await?;
    browser.click_button("Yes, delete everything").await?;
    browser
        .wait_until(
            "storage to be empty",
            "return Object.keys(localStorage).filter(k => k.startsWith('partnership-readiness')).length === 0;",
        )
        .await?;

    browser.client.switch_to_window(first).await?;
    wait_for_events(&browser, "'partnership-readiness:deleting'", 2).await?;
    browser
        .wait_for_css("[data-testid=notice-deleted-elsewhere]")
        .await?;
    assert_eq!(
        browser
            .js("return document.querySelector('[data-testid=notice-cleared-elsewhere]');")
            .await?,
        serde_json::Value::Null
    );
    assert_eq!(
        browser.local_storage(SESSION).await?,
        None,
        "not written back"
    );
    browser.close().await
}

/// After a clear(), a newer build's document written in the meantime is never written over:
/// "Keep" keeps this tab's answers aside instead; and once the newer document's event arrives,
/// the question is withdrawn.
#[tokio::test]
async fn after_a_clear_a_newer_builds_document_is_never_written_over() -> TestResult {
    for event_arrives in [false, true] {
        let browser = Browser::start().await;
        let first = one_answer_saved(&browser).await?;
        let second = other_page(&browser).await?;
        browser.js("localStorage.clear();").await?;
        browser.client.switch_to_window(first.clone()).await?;
        browser
            .wait_for_css("[data-testid=notice-cleared-elsewhere]")
            .await?;
        let write_newer = format!("localStorage.setItem('{SESSION}', '{NEWER_DOCUMENT}');");
        if event_arrives {
            browser.client.switch_to_window(second).await?;
            browser.js(&write_newer).await?;
            browser.client.switch_to_window(first).await?;
            browser
                .wait_for_css("[data-testid=notice-newer-data]")
                .await?;
            browser
                .wait_until(
                    "the question withdrawn",
                    "return document.querySelector('[data-testid=notice-cleared-elsewhere]') === null;",
                )
                .await?;
            assert!(checked(&browser, "commitment-11-a").await?);
        } else {
            // Written from this window, the change fires no event here: as when the newer tab's
            // event has not arrived before the person answers the question.
            browser.js(&write_newer).await?;
            browser
                .click_button("Keep my answers on this device")
                .await?;
            browser
                .wait_for_css("[data-testid=notice-newer-data]")
                .await?;
            browser
                .wait_until(
                    "this tab's answers kept aside",
                    "return Object.keys(localStorage).some(k => k.startsWith('partnership-readiness:backup:') && localStorage.getItem(k).includes('\"commitment-11\":4'));",
                )
                .await?;
        }
        assert_eq!(
            browser.local_storage(SESSION).await?.as_deref(),
            Some(NEWER_DOCUMENT),
            "the newer document stays"
        );
        browser.close().await?;
    }
    Ok(())
}

/// A tab of this build beside a tab still running the first edition: whichever saves last,
/// neither tab's answers are lost, and this build's saves are of this edition.
#[tokio::test]
async fn a_tab_beside_a_first_edition_tab_loses_nothing_either_way() -> TestResult {
    let browser = Browser::start().await;
    let first = one_answer_saved(&browser).await?;
    let second = other_page(&browser).await?;
    let fixture: serde_json::Value = serde_json::from_str(FIRST_EDITION_SESSION)?;
    let all_kept = |ours: &[(&str, u64)]| {
        let mut checks: Vec<String> = fixture["answers"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(id, answer)| format!("a['{id}'] === {answer}"))
            .collect();
        checks.extend(
            ours.iter()
                .map(|(id, answer)| format!("a['{id}'] === {answer}")),
        );
        format!(
            "const d = JSON.parse(localStorage.getItem('{SESSION}')); const a = d.answers; return d.questionnaire.version === {} && {};",
            partnership_readiness::core::questions::set::built_in_set().edition(),
            checks.join(" && ")
        )
    };

    // The first-edition tab saves an older session (its last change was before this tab's): this
    // tab's next save puts both together.
    browser
        .js(&format!(
            "localStorage.setItem('{SESSION}', {});",
            serde_json::to_string(FIRST_EDITION_SESSION)?
        ))
        .await?;
    browser.client.switch_to_window(first.clone()).await?;
    wait_for_events(&browser, &format!("'{SESSION}'"), 1).await?;
    browser.click("label[for='commitment-6-a']").await?;
    browser
        .wait_until(
            "both tabs' answers saved as this edition",
            &all_kept(&[("commitment-11", 4), ("commitment-6", 4)]),
        )
        .await?;

    // The first-edition tab saves again, now the newer: this tab takes its answers and keeps its
    // own to the statements that tab never showed.
    browser.client.switch_to_window(second).await?;
    browser
        .js(&format!(
            "const d = JSON.parse({}); d.updated_ms = Date.now() + 1000; localStorage.setItem('{SESSION}', JSON.stringify(d));",
            serde_json::to_string(FIRST_EDITION_SESSION)?
        ))
        .await?;
    browser.client.switch_to_window(first).await?;
    wait_for_events(&browser, &format!("'{SESSION}'"), 2).await?;
    browser
        .wait_for_css("[data-testid=notice-other-tab]")
        .await?;
    assert!(checked(&browser, "commitment-11-a").await?);
    assert!(checked(&browser, "commitment-6-a").await?);
    browser.click("label[for='commitment-7-n']").await?;
    browser
        .wait_until(
            "everything saved as this edition",
            &all_kept(&[
                ("commitment-11", 4),
                ("commitment-6", 4),
                ("commitment-7", 3),
            ]),
        )
        .await?;
    browser.close().await
}
