//! End-to-end tests of the questionnaire's third edition (issue 22): the welcome's true time
//! and the role question beside the stage, hints under the statements neither a frontline worker
//! nor a newcomer can answer, actions worded for the person's role in English and Welsh, the
//! role on shared results, views by role in a comparison (only for three or more), and the
//! second edition's link, saved session and exported file opening with their own figures.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use partnership_readiness::core::assess::scoring::assess;
use partnership_readiness::core::formats::export;
use partnership_readiness::core::formats::snapshot::Snapshot;
use partnership_readiness::core::formats::stored::session::parse_document;
use partnership_readiness::core::questions::content::Content;
use partnership_readiness::core::questions::role::{ActionWording, Role};
use partnership_readiness::core::questions::set::built_in_edition;
use partnership_readiness::core::text::language::Language;
use support::journey::*;
use support::{Browser, TestResult};

/// What the build this edition started from wrote (core/src/fixtures/golden, byte for byte
/// what commit 7933eee writes): a second-edition link, saved session and exported file, made
/// together from the same answers.
const SECOND_EDITION_LINK: &str = include_str!("../core/src/fixtures/golden/link.txt");
const SECOND_EDITION_SESSION: &str = include_str!("../core/src/fixtures/golden/session.json");
const SECOND_EDITION_EXPORT: &str = "core/src/fixtures/golden/export.json";

const WELSH_CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/lang/cy.json"));

fn welsh() -> Content {
    Content::from_catalogue(Language::Welsh, WELSH_CATALOGUE).expect("the Welsh catalogue reads")
}

/// The second-edition answers' overall figure as that edition gave it: "NN / 100".
fn second_edition_overall() -> String {
    let session =
        parse_document(SECOND_EDITION_SESSION, set()).expect("the second-edition session reads");
    let figures = assess(built_in_edition(2).unwrap(), &session.answers);
    format!("{} / 100", figures.overall().expect("an overall figure"))
}

/// Waits until the saved session names `role` (or none).
async fn saved_role(browser: &Browser, role: Option<Role>) -> TestResult {
    let expected = role.map_or("undefined".to_string(), |r| format!("'{}'", r.id()));
    browser
        .wait_until(
            "the role saved with the answers",
            &format!("const s = localStorage.getItem('partnership-readiness:session'); return s !== null && JSON.parse(s).role === {expected};"),
        )
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_third_edition_journey_as_a_partnership_lead_in_english() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/").await?;
    let facts = browser
        .wait_for_css(".welcome .facts")
        .await?
        .text()
        .await?;
    assert!(facts.contains("About 7 minutes."), "{facts}");
    assert!(
        facts.contains("Short sections of 6 to 7 statements."),
        "{facts}"
    );
    let question = browser.text("#role-question").await?;
    assert!(
        question.contains("What is your role in the partnership? (optional)"),
        "{question}"
    );
    browser.click("label[for='stage-first-year']").await?;
    browser.click("label[for='role-lead']").await?;
    saved_role(&browser, Some(Role::Lead)).await?;
    browser.screenshot("third-edition-welcome-desktop").await?;
    browser.set_viewport(360, 800).await?;
    browser.screenshot("third-edition-welcome-phone").await?;
    // "Not given" takes the answer back.
    browser.click("label[for='role-not-given']").await?;
    saved_role(&browser, None).await?;
    browser.click("label[for='role-lead']").await?;
    saved_role(&browser, Some(Role::Lead)).await?;
    browser
        .assert_accessible("the welcome with both questions")
        .await?;

    // The first section: its one-sentence meaning; the hint under a statement few can answer
    // yet, read with it.
    browser.click_button("Start the assessment").await?;
    let meaning = browser.text(".section-meaning").await?;
    assert_eq!(meaning, english().criteria[0].meaning);
    browser
        .js("document.querySelectorAll('.nav-step')[1].click();")
        .await?;
    let hint = browser
        .wait_for_css("#statement-clarity-12-hint")
        .await?
        .text()
        .await?;
    assert_eq!(
        Some(hint.as_str()),
        english().criteria[1].statements[5].hint.as_deref()
    );
    assert_eq!(
        browser
            .js("return document.getElementById('statement-clarity-12').getAttribute('aria-describedby');")
            .await?,
        serde_json::json!("statement-clarity-12-hint")
    );
    browser.screenshot("third-edition-section-phone").await?;
    browser.set_viewport(1280, 800).await?;
    browser.screenshot("third-edition-section-desktop").await?;
    browser
        .js("document.querySelectorAll('.nav-step')[0].click();")
        .await?;

    // Every statement "Disagree": every criterion lists its statements with their actions,
    // worded for a lead.
    answer_all_with(&browser, |_, _| "d").await?;
    assert_eq!(
        browser.text("[data-testid=role-note]").await?,
        "Role: Partnership lead or coordinator"
    );
    browser
        .reveal("[data-testid=pulled-down-commitment]")
        .await?;
    let pulled = browser.text("[data-testid=pulled-down-commitment]").await?;
    let first = &english().criteria[0].statements[0];
    assert!(
        pulled.contains(first.action.in_wording(ActionWording::Lead)),
        "{pulled}"
    );
    assert!(
        !pulled.contains(first.action.in_wording(ActionWording::Staff)),
        "{pulled}"
    );
    assert!(!pulled.contains("partnership lead"), "{pulled}");
    browser
        .screenshot("third-edition-results-lead-desktop")
        .await?;

    // The role travels in the link, and a shared result shows it.
    browser.open_sharing().await?;
    let link = browser
        .js("return document.querySelector('[data-testid=share-link]').value;")
        .await?;
    let link = link.as_str().unwrap_or_default().to_string();
    let code = link.split("#result=").nth(1).unwrap_or_default();
    let snapshot = Snapshot::decode_for(set(), code).map_err(|e| format!("{e:?}"))?;
    assert_eq!(snapshot.role, Some(Role::Lead));
    assert_eq!(snapshot.edition(), 3);
    // Someone else opens the link (one browser at a time: this one closes first).
    browser.close().await?;
    let partner = Browser::start_phone().await;
    partner.open(&format!("/#result={code}")).await?;
    partner
        .wait_for_text(
            "[data-testid=role-note]",
            "Role: Partnership lead or coordinator",
        )
        .await?;
    partner
        .screenshot("third-edition-shared-role-phone")
        .await?;
    partner.close().await
}

#[tokio::test]
async fn a_third_edition_journey_as_frontline_staff_in_welsh() -> TestResult {
    let cy = welsh();
    let browser = Browser::start_phone().await;
    browser.open("/?lang=cy").await?;
    let facts = browser
        .wait_for_css(".welcome .facts")
        .await?
        .text()
        .await?;
    assert!(facts.contains("Tua 7 munud."), "{facts}");
    let frontline = cy.text("role-frontline");
    assert_eq!(
        browser.text("label[for='role-frontline']").await?,
        frontline
    );
    browser.click("label[for='role-frontline']").await?;
    saved_role(&browser, Some(Role::Frontline)).await?;
    browser.screenshot("third-edition-welcome-cy-phone").await?;
    browser.click_button(&cy.text("welcome-start")).await?;
    let hint_of = |section: usize, offset: usize| {
        cy.questions.criteria[section].statements[offset]
            .hint
            .clone()
            .unwrap_or_default()
    };
    browser
        .js("document.querySelectorAll('.nav-step')[2].click();")
        .await?;
    browser
        .wait_for_text("#statement-coordination-11-hint", &hint_of(2, 4))
        .await?;
    browser
        .js("document.querySelectorAll('.nav-step')[0].click();")
        .await?;
    answer_all_with(&browser, |_, _| "d").await?;
    browser
        .wait_for_text(
            "[data-testid=role-note]",
            &cy.format("results-role", &[("role", frontline.as_str().into())]),
        )
        .await?;
    browser
        .reveal("[data-testid=pulled-down-commitment]")
        .await?;
    let pulled = browser.text("[data-testid=pulled-down-commitment]").await?;
    let first = &cy.questions.criteria[0].statements[0];
    assert!(
        pulled.contains(first.action.for_role(Some(Role::Frontline))),
        "{pulled}"
    );
    assert!(
        !pulled.contains(first.action.in_wording(ActionWording::Lead)),
        "{pulled}"
    );
    browser.screenshot("third-edition-results-cy-phone").await?;
    browser.close().await
}

#[tokio::test]
async fn a_comparison_shows_three_leads_together_and_withholds_two_frontline_responses(
) -> TestResult {
    let browser = Browser::start().await;
    let lead =
        |label: &str, score: u8| result_code_of(3, label, [score; 6], None, Some(Role::Lead));
    let frontline =
        |label: &str, score: u8| result_code_of(3, label, [score; 6], None, Some(Role::Frontline));
    let codes = [
        lead("Council", 80),
        lead("Health board", 70),
        lead("Charity", 60),
        frontline("Youth worker", 40),
        frontline("Support worker", 30),
    ];
    browser
        .open(&format!("/#compare={}", codes.join(".")))
        .await?;
    let roles = browser
        .wait_for_css("[data-testid=compare-roles]")
        .await?
        .text()
        .await?;
    assert!(roles.contains("Views by role"), "{roles}");
    let leads = browser
        .text("[data-role=lead] [data-testid=role-figures]")
        .await?;
    assert!(leads.contains("Commitment: 70"), "{leads}");
    let lead_group = browser.text("[data-role=lead]").await?;
    assert!(lead_group.contains("3 responses"), "{lead_group}");
    assert!(lead_group.contains("Overall 70"), "{lead_group}");
    let withheld = browser.text("[data-testid=role-withheld]").await?;
    assert_eq!(
        withheld,
        "Not shown: Frontline staff. Fewer than 3 people gave this role, so their answers could be picked out."
    );
    assert_eq!(
        browser.count_shown("[data-role=frontline]").await?,
        0,
        "two frontline responses show no group, no count, no figures"
    );
    // No role beside a single response: the legend names none.
    let legend = browser.text(".legend").await?;
    assert!(!legend.contains("Frontline"), "{legend}");
    assert!(!legend.contains("Partnership lead"), "{legend}");
    browser
        .screenshot("third-edition-compare-roles-desktop")
        .await?;
    browser.assert_accessible("a comparison by role").await?;
    browser.set_viewport(360, 800).await?;
    browser
        .screenshot("third-edition-compare-roles-phone")
        .await?;
    browser.close().await
}

#[tokio::test]
async fn a_second_edition_link_saved_session_and_export_open_with_their_own_figures() -> TestResult
{
    let overall = second_edition_overall();
    let browser = Browser::start().await;

    // The link: its own figures, and a note that it was made with the second edition.
    browser
        .open(&format!("/#result={}", SECOND_EDITION_LINK.trim()))
        .await?;
    browser
        .wait_for_text("[data-testid=overall-score]", &overall)
        .await?;
    let note = browser.text("[data-testid=edition-note]").await?;
    assert!(note.contains("second edition"), "{note}");

    // The saved session: brought up to the third edition, its result kept with its figures.
    open_with_saved_session(&browser, SECOND_EDITION_SESSION).await?;
    let notice = browser
        .wait_for_css("[data-testid=notice-questionnaire-updated]")
        .await?
        .text()
        .await?;
    assert!(
        notice.contains("kept with your earlier results, with its original scores"),
        "{notice}"
    );
    browser.reveal("[data-testid=history-list]").await?;
    let earlier = browser.text("[data-testid=history-list]").await?;
    let figure = overall.trim_end_matches(" / 100");
    assert!(earlier.contains(figure), "{figure} in {earlier}");
    // Loading wrote nothing; the first change saves the kept result with the answers, and a
    // reload neither loses it nor adds it again.
    assert_eq!(
        browser
            .js("return localStorage.getItem('partnership-readiness:history');")
            .await?,
        serde_json::Value::Null
    );
    browser
        .js("document.querySelector('[data-testid=answer-missing]').click();")
        .await?;
    browser
        .wait_until(
            "focus on a statement to answer",
            "const el = document.activeElement; return el && el.type === 'radio';",
        )
        .await?;
    browser.js("document.activeElement.click();").await?;
    browser
        .wait_until(
            "the kept result saved",
            "const h = localStorage.getItem('partnership-readiness:history'); return h !== null && JSON.parse(h).results.length === 1;",
        )
        .await?;
    browser.client.refresh().await?;
    browser.wait_for_app().await?;
    browser
        .js("document.querySelectorAll('.nav-step')[6].click();")
        .await?;
    browser.reveal("[data-testid=history-list]").await?;
    assert_eq!(
        browser
            .js("return document.querySelectorAll('[data-testid=history-list] li').length;")
            .await?,
        serde_json::json!(1),
        "kept once"
    );

    // The exported file: imported, its result kept with its figures.
    browser.js("localStorage.clear();").await?;
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    browser
        .js("document.querySelectorAll('.nav-step')[6].click();")
        .await?;
    let file_input = browser.wait_for_css("[data-testid=import-file]").await?;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SECOND_EDITION_EXPORT);
    file_input.send_keys(&path.display().to_string()).await?;
    browser.wait_for_css("[role=alertdialog]").await?;
    browser.click_button("Yes, replace my answers").await?;
    let notice = browser
        .wait_for_css("[data-testid=notice-imported-second-edition]")
        .await?
        .text()
        .await?;
    assert!(notice.contains("second edition"), "{notice}");
    let imported =
        export::from_json(set(), &std::fs::read_to_string(&path)?).map_err(|e| format!("{e:?}"))?;
    let kept = imported
        .earlier_edition_result(set(), partnership_readiness::core::text::calendar::Day(0))
        .expect("an earlier edition's result");
    assert_eq!(format!("{} / 100", kept.overall.unwrap()), overall);
    browser.reveal("[data-testid=history-list]").await?;
    let earlier = browser.text("[data-testid=history-list]").await?;
    assert!(earlier.contains(figure), "{figure} in {earlier}");
    browser
        .screenshot("third-edition-second-edition-import")
        .await?;
    browser.close().await
}
