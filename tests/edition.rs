//! End-to-end tests of the questionnaire's second edition: results that never mislead, the
//! stage question, first-edition links and saved answers that still open, a results page that
//! is short on a phone, and printouts of at most two A4 pages.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use partnership_readiness::core::questions::set::Stage;
use support::journey::*;
use support::{printed_pages, Browser, TestResult};

/// A result link the first-edition build made (commit ef2cc0a): `PATTERN`'s first edition
/// answers, named "Housing team view".
const FIRST_EDITION_LINK: &str = "AQEBLFEzWjgZ_0EUUFFSU1BQEUhvdXNpbmcgdGVhbSB2aWV3hHk0QQ";
/// An assessment in progress as the first-edition build saved it (two sections answered).
const FIRST_EDITION_SESSION: &str = include_str!("../core/src/fixtures/first-edition-session.json");

#[tokio::test]
async fn every_statement_strongly_agreed_lists_no_priorities() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    complete_with(&browser, |_, _| "sa").await?;
    browser
        .wait_for_text("[data-testid=overall-score]", "100 / 100")
        .await?;
    assert_eq!(browser.count_shown("[data-testid=priorities]").await?, 0);
    let all = browser.text("[data-testid=all-strengths]").await?;
    assert!(all.contains("Every criterion is a strength."), "{all}");
    assert_eq!(
        browser.text("[data-testid=overall-band]").await?,
        "Strength"
    );
    browser.close().await
}

#[tokio::test]
async fn three_answers_give_no_overall_score() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    for offset in 0..3 {
        browser
            .click(&format!("label[for='{}-sa']", statement_id(0, offset)))
            .await?;
    }
    browser
        .js("document.querySelectorAll('.nav-step')[6].click();")
        .await?;
    browser
        .wait_for_text("[data-testid=score-commitment]", "100")
        .await?;
    assert_eq!(
        browser.text("[data-testid=overall-score]").await?,
        "Not yet"
    );
    let why = browser.text("[data-testid=overall-why]").await?;
    assert!(why.contains("at least 5 of the six criteria"), "{why}");
    // Every criterion without a score says which statements it still needs, and one click
    // goes to the first of them with focus on it.
    browser.reveal("[data-testid=missing-trust]").await?;
    let missing = browser
        .wait_until(
            "the Trust statements still needed to show",
            "const e = document.querySelector('[data-testid=missing-trust]'); return e && e.innerText.includes('Still to answer') ? e.innerText : null;",
        )
        .await?;
    let missing = missing.as_str().unwrap_or_default();
    assert!(missing.contains("Still to answer"), "{missing}");
    assert!(
        missing.contains(&english().criteria[3].statements[0].text),
        "{missing}"
    );
    browser
        .click(&format!("[data-statement='{}'] button", statement_id(3, 0)))
        .await?;
    let expected = statement_id(3, 0);
    browser
        .wait_until(
            "focus on the first Trust statement",
            &format!("const el = document.activeElement; return el && el.type === 'radio' && el.name === '{expected}';"),
        )
        .await?;
    browser.close().await
}

#[tokio::test]
async fn trust_low_with_the_rest_high_is_not_an_overall_strength() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    complete_with(
        &browser,
        |section, _| if section == 3 { "sd" } else { "sa" },
    )
    .await?;
    browser
        .wait_for_text("[data-testid=score-trust]", "0")
        .await?;
    let overall = browser.text("[data-testid=overall-score]").await?;
    let score: u32 = overall.split(' ').next().unwrap_or_default().parse()?;
    assert!(
        score >= 75,
        "the average alone would be a Strength: {overall}"
    );
    assert_eq!(
        browser.text("[data-testid=overall-band]").await?,
        "Developing"
    );
    assert_eq!(
        browser.text("[data-testid=overall-lowest]").await?,
        "Lowest: Trust (0)"
    );
    // Issue 20: the list is "To work on" (was "Priorities: Trust"), so "Priority" is only the
    // band (R9).
    assert_eq!(
        browser.text("[data-testid=priorities]").await?,
        "To work on: Trust"
    );
    // The Trust guidance is open and lists each statement that pulled it down with its action.
    browser.reveal("[data-testid=pulled-down-trust]").await?;
    let pulled = browser.text("[data-testid=pulled-down-trust]").await?;
    let trust = &english().criteria[3];
    for statement in &trust.statements {
        assert!(pulled.contains(&statement.text), "{pulled}");
        assert!(pulled.contains(statement.action.for_role(None)), "{pulled}");
    }
    browser.close().await
}

#[tokio::test]
async fn a_first_edition_link_opens_with_its_original_scores() -> TestResult {
    let browser = Browser::start_phone().await;
    browser
        .open(&format!("/#result={FIRST_EDITION_LINK}"))
        .await?;
    browser
        .wait_for_text("[data-testid=snapshot-title]", "Housing team view")
        .await?;
    assert_scores(&browser).await?;
    // Issue 20: the scores, overall figure and band are the first edition's, but the lists
    // follow the new rules (they were "Strengths: Commitment and Communication" and
    // "Priorities: Conflict resolution and Coordination", the top and bottom two): every
    // Strength, and every criterion below Strength, weakest first (R4). No lowest named, as
    // the first edition did not.
    assert_eq!(
        browser.text("[data-testid=strengths]").await?,
        "Strengths: Commitment"
    );
    assert_eq!(
        browser.text("[data-testid=priorities]").await?,
        "To work on: Conflict resolution, Coordination, Clarity of purpose and Communication"
    );
    // A first-edition link carries no disagreement counts: the page says it cannot tell.
    assert!(browser
        .text(".results-highlights")
        .await?
        .contains("cannot show whether"));
    assert_eq!(
        browser.count_shown("[data-testid=overall-lowest]").await?,
        0
    );
    let note = browser.text("[data-testid=edition-note]").await?;
    assert!(note.contains("first edition"), "{note}");
    browser.screenshot("first-edition-link-phone").await?;
    browser.assert_accessible("a first-edition link").await?;
    browser.close().await
}

#[tokio::test]
async fn a_first_edition_assessment_in_progress_keeps_its_unchanged_answers() -> TestResult {
    let browser = Browser::start().await;
    open_with_saved_session(&browser, FIRST_EDITION_SESSION).await?;
    let notice = browser
        .wait_for_css("[data-testid=notice-questionnaire-updated]")
        .await?
        .text()
        .await?;
    assert!(
        notice.contains("Your 1 answer to statements that did not change is kept"),
        "{notice}"
    );
    let kept = browser
        .js("return JSON.parse(localStorage.getItem('partnership-readiness:session')) ;")
        .await?;
    assert_eq!(kept["questionnaire"]["version"], 1, "nothing written yet");
    // The new statements are listed, and each is a way to it.
    browser
        .click("[data-testid=new-statements] summary")
        .await?;
    let first_new = statement_id(0, 0);
    browser
        .click(&format!(
            "[data-testid=new-statements] [data-statement='{first_new}']"
        ))
        .await?;
    browser
        .wait_until(
            "focus on the first new statement",
            &format!("const el = document.activeElement; return el && el.type === 'radio' && el.name === '{first_new}';"),
        )
        .await?;
    // The unchanged answers are there, and once saved the document is this edition's with
    // every answer the person gave kept.
    assert_eq!(
        browser
            .js("return document.getElementById('progress-text').textContent;")
            .await?
            .as_str()
            .unwrap_or_default(),
        format!("Section 1 of 6 · 1 of {} answered", total_statements())
    );
    let saved = browser
        .wait_until(
            "the upgraded document to be saved",
            "const s = JSON.parse(localStorage.getItem('partnership-readiness:session')); return s.version === 2 ? s : null;",
        )
        .await?;
    assert_eq!(saved["questionnaire"]["version"], set().edition());
    assert_eq!(
        saved["answers"]["commitment-1"], 5,
        "retired answers are kept"
    );
    assert_eq!(saved["answers"]["clarity-2"], 3);
    browser.close().await
}

#[tokio::test]
async fn the_stage_travels_with_the_result_and_a_comparison_notes_differences() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser.click("label[for='stage-first-year']").await?;
    complete_with(
        &browser,
        |_, offset| if offset % 2 == 0 { "a" } else { "n" },
    )
    .await?;
    let stage = browser.text("[data-testid=stage-note] summary").await?;
    assert_eq!(
        stage,
        format!("Stage: {}", english().stage(Stage::FirstYear).name)
    );
    let link = browser
        .js("return document.querySelector('[data-testid=share-link]').value;")
        .await?;
    let code = link
        .as_str()
        .and_then(|l| l.split_once("#result="))
        .map(|(_, code)| code.to_string())
        .ok_or("a result link")?;
    let other = result_code_at(
        2,
        "Board",
        [40, 50, 60, 70, 80, 90],
        Some(Stage::Established),
    );
    browser
        .open(&format!("/#compare={code}.{other}.{FIRST_EDITION_LINK}"))
        .await?;
    let stages = browser
        .wait_for_css("[data-testid=stages-differ]")
        .await?
        .text()
        .await?;
    assert!(
        stages.contains("working together for less than a year"),
        "{stages}"
    );
    assert!(
        stages.contains("working together for more than three years"),
        "{stages}"
    );
    let editions = browser.text("[data-testid=editions-differ]").await?;
    assert!(editions.contains("an earlier edition"), "{editions}");
    let legend = browser.text(".legend").await?;
    assert!(legend.contains("first edition"), "{legend}");
    browser.screenshot("compare-stages-desktop").await?;
    // The facilitator's guide is a link away, and prints on two pages.
    let href = browser
        .js("return document.querySelector('.guide-link a').getAttribute('href');")
        .await?;
    assert_eq!(href, "#facilitator-guide");
    assert!(printed_pages(&browser, "compare-print").await? <= 2);
    browser.open("/#facilitator-guide").await?;
    let guide = browser
        .wait_for_css("[data-testid=facilitator-guide] h1")
        .await?;
    assert!(guide.text().await?.contains("facilitators"));
    browser.assert_accessible("the facilitator's guide").await?;
    browser.screenshot("guide-desktop").await?;
    let pages = printed_pages(&browser, "guide-print").await?;
    assert!(
        (1..=2).contains(&pages),
        "the guide prints on {pages} pages"
    );
    browser.close().await
}

#[tokio::test]
async fn the_results_page_is_short_on_a_phone_and_prints_on_two_pages() -> TestResult {
    let browser = Browser::start_phone().await;
    browser.open("/").await?;
    complete_by_clicking(&browser).await?;
    let height = browser
        .js("return document.documentElement.scrollHeight;")
        .await?
        .as_u64()
        .unwrap_or(u64::MAX);
    browser.screenshot("second-edition-results-phone").await?;
    let parts = browser
        .js("return [...document.querySelectorAll('.app-header, .app-footer, .results > *, .results-top > *, .guidance-list > *')].map(e => e.className.split(' ')[0] + ' ' + Math.round(e.getBoundingClientRect().height)).join(', ');")
        .await?;
    // Issue 20: this journey has two Priority-band criteria (both open, with their strongly
    // disagreed statements listed open: 13 statements with their actions) and two Developing
    // ones, and the summary names the disagreements, the unscored Trust and the third of
    // "Don't know". Measured at 4,953 px (screenshot second-edition-results-phone), then 5,243
    // once the knowledge-gap notes of Clarity of purpose and Coordination sat in their headings
    // (read while closed, R2) and the chart's key took one column at 360 px; the limit was
    // 3,000, which now holds for a result with at most one criterion below Strength
    // (tests/honest.rs, one_criterion_below_strength_stays_under_3000_px_on_a_phone).
    assert!(
        height < 5_500,
        "the results are {height} px long at 360 px wide: {parts}"
    );
    // Issue 20: every Priority-band criterion opens (and every strong disagreement, which here
    // are the same two: Coordination and Conflict resolution each have a "Strongly disagree"),
    // plus the stage advice when a stage was given (this journey gives none); the rest wait.
    let open = browser
        .js("return [...document.querySelectorAll('details.guidance[open]')].map(d => d.dataset.criterion);")
        .await?;
    assert_eq!(open, serde_json::json!(["coordination", "conflict"]));
    browser.assert_accessible("the results at 360 px").await?;
    let pages = printed_pages(&browser, "results-print").await?;
    assert!(
        (1..=2).contains(&pages),
        "the results print on {pages} pages"
    );
    browser.set_viewport(1280, 800).await?;
    browser.screenshot("second-edition-results-desktop").await?;

    // A shared result prints on two pages too, with every criterion's guidance.
    browser
        .open(&format!("/#result={FIRST_EDITION_LINK}"))
        .await?;
    browser.wait_for_css("[data-testid=snapshot-title]").await?;
    let pages = printed_pages(&browser, "shared-print").await?;
    assert!(
        (1..=2).contains(&pages),
        "a shared result prints on {pages} pages"
    );
    browser.emulate_media("print").await?;
    assert!(browser.count_shown(".guidance-list li").await? > 12);
    browser.close().await
}
