//! End-to-end tests of sharing a result: snapshot links (good and broken), the clipboard and
//! its fallback, picture and file downloads, import, the printed report and history.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::json;
use support::journey::*;
use support::{Browser, TestResult};

const LABEL: &str = "Housing team view";

/// Every key and value this app keeps in the page's local storage, as one JSON text.
const STORAGE_DUMP: &str = "return JSON.stringify(Object.keys(localStorage).sort().map(k => [k, localStorage.getItem(k)]));";

async fn type_label(browser: &Browser, label: &str) -> TestResult {
    browser.reveal("#share-label").await?;
    let field = browser.wait_for_css("#share-label").await?;
    field.clear().await?;
    field.send_keys(label).await?;
    browser
        .wait_until(
            "the label to be saved",
            &format!(
                "const s = localStorage.getItem('partnership-readiness:session'); return s && JSON.parse(s).label === {};",
                json!(label)
            ),
        )
        .await?;
    Ok(())
}

async fn share_link(browser: &Browser) -> Result<String, Box<dyn std::error::Error>> {
    let link = browser
        .js("return document.querySelector('[data-testid=share-link]').value;")
        .await?;
    Ok(link.as_str().unwrap_or_default().to_string())
}

#[tokio::test]
async fn a_copied_link_opens_the_same_result_elsewhere_without_touching_its_storage() -> TestResult
{
    let browser = Browser::start().await;
    browser.open("/").await?;
    complete_by_clicking(&browser).await?;
    type_label(&browser, LABEL).await?;
    let link = share_link(&browser).await?;
    let (base, fragment) = link.split_once('#').expect("a fragment");
    assert_eq!(base, browser.server.url("/"));
    let code = fragment.strip_prefix("result=").expect("#result=");
    // Format 2: the fixed part, the label field, the disagreement counts and the check code.
    // Issue 20: the counts (tag 5, eight bytes) make it 72 characters; the limit was 70.
    assert!(code.len() <= 72, "{} characters: {code}", code.len());

    // Copy with the clipboard allowed: a confirmation, and the clipboard holds the link.
    browser.set_clipboard_permission(true).await?;
    browser.click_button("Copy link").await?;
    browser
        .wait_until(
            "the copy confirmation",
            "return document.querySelector('[data-testid=share-link-status]').textContent.startsWith('Link copied');",
        )
        .await?;
    let copied = browser
        .client
        .execute_async(
            "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('error: ' + e));",
            vec![],
        )
        .await?;
    assert_eq!(copied, json!(link));

    // With the clipboard refused (as in many iframes), the link is selected for copying by hand.
    browser.set_clipboard_permission(false).await?;
    browser.click_button("Copy link").await?;
    browser
        .wait_until(
            "the copy-by-hand message and a selected link",
            "const f = document.activeElement; return f && f.id === 'share-link' && f.selectionStart === 0 && f.selectionEnd === f.value.length && document.querySelector('[data-testid=share-link-status]').textContent.includes('Ctrl+C');",
        )
        .await?;
    browser.screenshot("share-panel").await?;
    browser.close().await?;

    // A partner's browser with answers of its own.
    let partner = Browser::start().await;
    partner.open("/").await?;
    partner.click_button("Start the assessment").await?;
    partner.click("label[for='commitment-11-sd']").await?;
    partner
        .wait_until(
            "the partner's own answer saved",
            "return localStorage.getItem('partnership-readiness:session') !== null;",
        )
        .await?;
    let before = partner.js(STORAGE_DUMP).await?;

    partner.open(&format!("/?from=email#{fragment}")).await?;
    partner
        .wait_for_text("[data-testid=snapshot-title]", LABEL)
        .await?;
    assert_scores(&partner).await?;
    let date = partner.text("[data-testid=snapshot-date]").await?;
    assert!(date.starts_with("Result of "), "{date}");
    assert_eq!(partner.js(STORAGE_DUMP).await?, before, "storage untouched");
    partner.screenshot("snapshot-desktop").await?;
    partner
        .assert_accessible_in_both_schemes("shared result")
        .await?;
    partner.set_colour_scheme("light").await?;

    partner.click_button("Go to your own assessment").await?;
    partner
        .wait_for_text("#progress-text", "Section 1 of 6 \u{b7} 1 of 40 answered")
        .await?;
    assert_eq!(partner.js("return location.hash;").await?, json!(""));
    assert_eq!(partner.js(STORAGE_DUMP).await?, before, "storage untouched");
    partner.close().await
}

/// A well-formed link code of a result with every criterion at 60.
fn signed_code(version: u8, label: &str) -> String {
    result_code(version, label, [60; 6])
}

#[tokio::test]
async fn broken_links_each_get_their_own_message_and_hostile_labels_stay_text() -> TestResult {
    let browser = Browser::start_phone().await;
    let good = signed_code(1, "Team A");
    let mut altered: Vec<char> = good.chars().collect();
    altered[10] = if altered[10] == 'B' { 'C' } else { 'B' };
    let altered: String = altered.into_iter().collect();
    let cases = [
        ("result=".to_string(), "empty"),
        (format!("result={}", &good[..good.len() - 5]), "truncated"),
        (format!("result={altered}"), "altered"),
        ("result=AwEB".to_string(), "newer-format"),
        (
            format!("result={}", signed_code(set().edition() as u8 + 1, "")),
            "other-questionnaire",
        ),
        (format!("result={}", "A".repeat(10_000)), "too-long"),
        (
            "result=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E".to_string(),
            "garbled",
        ),
        ("result=8J-YgPCfmIA".to_string(), "garbled"),
    ];
    for (index, (fragment, reason)) in cases.iter().enumerate() {
        browser.open(&format!("/?case={index}#{fragment}")).await?;
        let element = browser.wait_for_css("[data-testid=link-error]").await?;
        assert_eq!(
            element.attr("data-reason").await?.as_deref(),
            Some(*reason),
            "{fragment}"
        );
        let text = element.text().await?;
        assert!(text.contains("cannot be opened"), "{text}");
        if index == 1 {
            browser.screenshot("bad-link-phone").await?;
            browser.assert_accessible("a broken link").await?;
        }
    }
    assert_eq!(browser.js("return window.pwned;").await?, json!(null));

    // A label with markup is shown as the characters typed.
    let hostile = "<img src=x onerror=pwned=1>";
    browser
        .open(&format!("/?case=label#result={}", signed_code(1, hostile)))
        .await?;
    browser
        .wait_for_text("[data-testid=snapshot-title]", hostile)
        .await?;
    assert_eq!(
        browser
            .js("return document.querySelectorAll('main img').length;")
            .await?,
        json!(0)
    );
    assert_eq!(browser.js("return window.pwned;").await?, json!(null));
    browser.screenshot("snapshot-phone").await?;

    // A good link pasted into the address bar of an open page is followed at once.
    browser
        .js(&format!("location.hash = 'result={good}';"))
        .await?;
    browser
        .wait_for_text("[data-testid=snapshot-title]", "Team A")
        .await?;
    browser.click_button("Take the assessment yourself").await?;
    browser.wait_for_app().await?;
    browser
        .wait_for_text("#welcome-heading", "How ready is your partnership?")
        .await?;
    browser.close().await
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    assert_eq!(&bytes[12..16], b"IHDR");
    let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (number(16), number(20))
}

/// The picture's height, from its root element: 500 px, more with notes under the chart.
fn svg_height(svg: &str) -> u32 {
    svg.split("height=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|h| h.parse().ok())
        .unwrap_or_default()
}

#[tokio::test]
async fn pictures_and_files_download_and_an_export_imports_back() -> TestResult {
    let browser = Browser::start().await;
    let downloads = browser.allow_downloads().await?;
    browser.open("/").await?;
    complete_by_clicking(&browser).await?;
    type_label(&browser, LABEL).await?;

    browser.click_button("Download chart (SVG)").await?;
    let (name, svg) = browser.wait_for_download(&downloads, ".svg").await?;
    assert!(
        name.starts_with("partnership-readiness-20")
            && name.len() == "partnership-readiness-2026-11-23.svg".len(),
        "{name}"
    );
    let svg = String::from_utf8(svg)?;
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{svg}"
    );
    for expected in [
        "Partnership Readiness Check",
        LABEL,
        "Overall readiness",
        "51 out of 100, developing",
        "Commitment: 90, strength",
        "Trust: not enough answers",
        "Conflict resolution: 20, priority *",
        "* A strong disagreement among the answers for Coordination and Conflict resolution",
    ] {
        assert!(svg.contains(expected), "the SVG says {expected:?}");
    }

    browser.click_button("Download chart (PNG)").await?;
    let (_, png) = browser.wait_for_download(&downloads, ".png").await?;
    // The notes under the chart (this journey's strong disagreements) make it taller than the
    // 500 px of a picture without them; the PNG is twice the SVG's size either way.
    let height = svg_height(&svg);
    assert!(height > 500, "{height}");
    assert_eq!(
        png_size(&png),
        (1800, 2 * height),
        "twice the picture's size"
    );
    assert!(png.len() > 20_000, "a drawn chart, not a blank image");

    browser.click_button("Export scores (CSV)").await?;
    let (_, csv) = browser.wait_for_download(&downloads, ".csv").await?;
    let csv = String::from_utf8(csv)?;
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 8, "{csv}");
    assert!(
        rows[1].contains(",Housing team view,Commitment,90,Strength,7,7,2,"),
        "{csv}"
    );
    assert!(rows[7].contains(",Overall,51,Developing,40,40,"), "{csv}");

    browser.click_button("Export answers (JSON)").await?;
    let (json_name, exported) = browser.wait_for_download(&downloads, ".json").await?;
    let exported: serde_json::Value = serde_json::from_slice(&exported)?;
    assert_eq!(exported["format"], json!("partnership-readiness-export"));
    assert_eq!(
        exported["answers"].as_object().map(|a| a.len()),
        Some(total_statements())
    );
    assert_eq!(exported["result"]["overall"], json!(51));
    let saved_answers = browser
        .js("return JSON.parse(localStorage.getItem('partnership-readiness:session')).answers;")
        .await?;

    // A bad file is explained and changes nothing.
    let bad = downloads.join("not-an-export.json");
    std::fs::write(
        &bad,
        r#"{"format":"partnership-readiness-export","version":2,"questionnaire":{"id":"partnership-readiness","version":2},"answers":{"trust-6":"maybe"}}"#,
    )?;
    let file_input = browser.wait_for_css("[data-testid=import-file]").await?;
    file_input.send_keys(&bad.display().to_string()).await?;
    let problems = browser
        .wait_for_css("[data-testid=import-problems]")
        .await?
        .text()
        .await?;
    assert!(
        problems.contains("The answer to trust-6 is \"maybe\""),
        "{problems}"
    );
    assert_eq!(
        browser
            .js("return JSON.parse(localStorage.getItem('partnership-readiness:session')).answers;")
            .await?,
        saved_answers,
        "a bad file changes nothing"
    );

    browser.click_button("Delete my answers").await?;
    browser.click_button("Yes, delete everything").await?;
    browser.wait_for_css("[data-testid=notice-deleted]").await?;
    assert_eq!(
        browser
            .local_storage("partnership-readiness:session")
            .await?,
        None
    );

    // Import from the results page of the emptied assessment.
    browser.click_button("Start the assessment").await?;
    browser
        .js("document.querySelectorAll('.nav-step')[6].click();")
        .await?;
    let file_input = browser.wait_for_css("[data-testid=import-file]").await?;
    file_input
        .send_keys(&downloads.join(&json_name).display().to_string())
        .await?;
    browser.wait_for_css("[role=alertdialog]").await?;
    let question = browser.text("[role=alertdialog]").await?;
    assert!(
        question.contains(&format!("The file holds {} answers", total_statements())),
        "{question}"
    );
    browser.click_button("Yes, replace my answers").await?;
    browser
        .wait_for_css("[data-testid=notice-imported]")
        .await?;
    assert_scores(&browser).await?;
    assert_eq!(
        browser
            .js("return JSON.parse(localStorage.getItem('partnership-readiness:session')).answers;")
            .await?,
        saved_answers
    );
    assert_eq!(
        browser
            .js("return document.getElementById('share-label').value;")
            .await?,
        json!(LABEL)
    );
    browser.close().await
}

#[tokio::test]
async fn the_printed_report_has_the_result_and_no_controls() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    complete_by_clicking(&browser).await?;
    type_label(&browser, LABEL).await?;
    browser.emulate_media("print").await?;
    assert_eq!(browser.count_shown("button").await?, 0, "no buttons");
    assert_eq!(browser.count_shown("input").await?, 0, "no fields");
    assert_eq!(
        browser
            .count_shown(".app-header, .app-footer, .share, .history")
            .await?,
        0
    );
    assert_eq!(browser.count_shown(".print-heading").await?, 1);
    assert_eq!(browser.count_shown(".results svg.radar").await?, 1);
    assert_eq!(browser.count_shown(".score-table").await?, 1);
    assert_eq!(browser.count_shown(".guidance").await?, 6);
    let heading = browser.text(".print-heading").await?;
    assert!(heading.contains(LABEL), "{heading}");
    browser.screenshot("print-desktop").await?;
    browser.emulate_media("screen").await?;
    assert_eq!(browser.count_shown(".share").await?, 1, "back on screen");
    browser.close().await
}

#[tokio::test]
async fn finishing_twice_keeps_both_results_and_shows_the_change() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    complete_by_clicking(&browser).await?;
    browser
        .wait_until(
            "one result in the history",
            "return document.querySelectorAll('[data-testid=history-list] li').length === 1;",
        )
        .await?;
    // Looking at the results again does not add the same result twice.
    browser.click_button("Review my answers").await?;
    browser.click_button("Next: Clarity of purpose").await?;
    browser
        .js("document.querySelectorAll('.nav-step')[6].click();")
        .await?;
    browser.wait_for_css("[data-testid=history-list]").await?;
    assert_eq!(
        browser
            .js("return document.querySelectorAll('[data-testid=history-list] li').length;")
            .await?,
        json!(1)
    );

    browser.click_button("Start again").await?;
    browser.click_button("Yes, start again").await?;
    // Everything "Agree" this time: 75 for every criterion.
    answer_all_with(&browser, |_, _| "a").await?;
    browser
        .wait_for_text("[data-testid=overall-score]", "75 / 100")
        .await?;
    browser
        .wait_until(
            "two results in the history",
            "return document.querySelectorAll('[data-testid=history-list] li').length === 2;",
        )
        .await?;

    browser.click("#show-previous").await?;
    browser
        .wait_until(
            "the previous result drawn behind",
            "return document.querySelectorAll('.results svg .radar-series-1').length > 0;",
        )
        .await?;
    for (criterion, change) in [
        ("commitment", "\u{2212}15"),
        ("clarity", "+19"),
        ("coordination", "+50"),
        ("trust", "\u{2014}"),
        ("communication", "+10"),
        ("conflict", "+55"),
    ] {
        browser
            .wait_for_text(&format!("[data-testid=change-{criterion}]"), change)
            .await?;
    }
    browser.screenshot("results-with-previous").await?;
    browser
        .assert_accessible_in_both_schemes("results with the previous result")
        .await?;

    // The older entry opens as a read-only result with the first scores, in place of the
    // current entry of the browser's history: its scores never become a Back-button entry.
    let entries = browser.js("return history.length;").await?;
    browser
        .reveal("[data-testid=history-list] li:last-child a")
        .await?;
    browser
        .click("[data-testid=history-list] li:last-child a")
        .await?;
    assert_scores(&browser).await?;
    assert_eq!(browser.js("return history.length;").await?, entries);
    browser.reveal("a[href^='#compare=']").await?;
    browser.click("a[href^='#compare=']").await?;
    browser.wait_for_css("#compare-links").await?;
    assert_eq!(browser.js("return history.length;").await?, entries);
    browser.close().await
}

/// A link code whose label bytes are exactly `label`, with a correct checksum: what an earlier
/// build (or a hostile page) could hand out, since `Snapshot::encode` cleans labels itself.
/// A format 1 link, as the first-edition build wrote it, with any bytes as its label.
fn raw_code_with_label(label: &str) -> String {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    let mut bytes = vec![1, 1, 1];
    bytes.extend(20_780u16.to_le_bytes());
    bytes.push(60);
    bytes.extend([60; 6]);
    bytes.extend([0x50; 6]);
    bytes.push(u8::try_from(label.len()).unwrap());
    bytes.extend(label.as_bytes());
    let check = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC).checksum(&bytes);
    bytes.extend(check.to_le_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

#[tokio::test]
async fn a_label_with_invisible_and_reversing_characters_opens_and_downloads_valid_files(
) -> TestResult {
    let browser = Browser::start().await;
    let downloads = browser.allow_downloads().await?;
    let code = raw_code_with_label("Board\u{FFFF} \u{202E}weiv\u{202C} view");
    browser.open(&format!("/#result={code}")).await?;
    browser
        .wait_for_text("[data-testid=snapshot-title]", "Board weiv view")
        .await?;
    browser.click_button("Download chart (SVG)").await?;
    let (_, svg) = browser.wait_for_download(&downloads, ".svg").await?;
    let svg = String::from_utf8(svg)?;
    assert!(svg.contains("Board weiv view"));
    assert!(!svg.contains(['\u{FFFF}', '\u{202E}', '\u{202C}']));
    // A valid XML file: the browser's own parser reads it without an error.
    let parsed = browser
        .client
        .execute(
            "return new DOMParser().parseFromString(arguments[0], 'image/svg+xml').getElementsByTagName('parsererror').length;",
            vec![json!(svg)],
        )
        .await?;
    assert_eq!(parsed, json!(0));
    browser.click_button("Download chart (PNG)").await?;
    let (_, png) = browser.wait_for_download(&downloads, ".png").await?;
    // This link carries no disagreement counts, so the picture says it cannot tell.
    assert!(svg.contains("cannot show whether"));
    assert_eq!(png_size(&png), (1800, 2 * svg_height(&svg)));
    browser.close().await
}
