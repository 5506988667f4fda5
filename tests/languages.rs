//! Cymraeg and English end to end: every view in Welsh with no English left (its visible text is
//! compared with the English file), the audit and the widths in Welsh, the switch keeping
//! answers and place, links that work across languages, only the chosen language downloaded,
//! and the pseudo-language (accented, 40% longer) with a right-to-left page.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use partnership_readiness::core::questions::content::{catalogue_fingerprint, Content};
use partnership_readiness::core::text::language::Language;
use serde_json::json;
use support::journey::*;
use support::{pseudo_dist_dir, Browser, ServerOptions, TestResult};

const WELSH_CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/lang/cy.json"));
const PSEUDO_CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/lang/qps.json"));

fn welsh() -> Content {
    Content::from_catalogue(Language::Welsh, WELSH_CATALOGUE).expect("the Welsh catalogue reads")
}

/// Where this build's Welsh file is: its name carries its fingerprint.
fn welsh_file() -> String {
    format!("lang/cy.{}.json", catalogue_fingerprint(WELSH_CATALOGUE))
}

fn pseudo() -> Content {
    Content::from_catalogue(Language::Pseudo, PSEUDO_CATALOGUE).expect("the pseudo catalogue reads")
}

/// Every stretch of English text the widget could show (the messages, split where a value goes
/// in), except those the other language writes the same way: the organisation's name, "English".
fn english_fragments(other: &Content) -> Vec<String> {
    let english = Content::english();
    let mut texts: Vec<(String, String)> = Vec::new();
    for key in english.interface().keys() {
        texts.push((english.text(key), other.text(key)));
    }
    let pairs = english
        .questions
        .statements()
        .map(|(_, s)| s)
        .zip(other.questions.statements().map(|(_, s)| s));
    for (en, cy) in pairs {
        texts.push((en.text.clone(), cy.text.clone()));
        for (en_action, cy_action) in en.action.wordings().iter().zip(cy.action.wordings()) {
            texts.push((en_action.clone(), cy_action.clone()));
        }
        if let (Some(en_hint), Some(cy_hint)) = (&en.hint, &cy.hint) {
            texts.push((en_hint.clone(), cy_hint.clone()));
        }
    }
    for (en, cy) in english
        .questions
        .criteria
        .iter()
        .zip(&other.questions.criteria)
    {
        texts.push((en.name.clone(), cy.name.clone()));
        texts.push((en.meaning.clone(), cy.meaning.clone()));
        texts.push((
            en.guidance.priority.summary.clone(),
            cy.guidance.priority.summary.clone(),
        ));
    }
    for (en, cy) in english.guide.sections.iter().zip(&other.guide.sections) {
        texts.push((en.heading.clone(), cy.heading.clone()));
    }
    let mut fragments: Vec<String> = texts
        .into_iter()
        .filter(|(en, cy)| en != cy)
        .flat_map(|(en, cy)| {
            en.split(['{', '}'])
                .map(str::trim)
                .filter(|part| part.chars().filter(|c| c.is_alphabetic()).count() >= 5)
                .filter(|part| !cy.contains(part))
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect();
    fragments.sort();
    fragments.dedup();
    fragments
}

/// Fails if any English fragment is visible in the page (the visible text: closed disclosures
/// and hidden views do not count, so each test opens what it checks).
async fn assert_no_english(browser: &Browser, fragments: &[String], view: &str) -> TestResult {
    let text = browser.js("return document.body.innerText;").await?;
    let text = text.as_str().unwrap_or_default();
    let left: Vec<&String> = fragments
        .iter()
        .filter(|f| text.contains(f.as_str()))
        .collect();
    if left.is_empty() {
        Ok(())
    } else {
        Err(format!("{view}: English left in the page: {left:?}").into())
    }
}

/// Opens every disclosure, so the visible text is all the text.
const OPEN_ALL: &str =
    "document.querySelectorAll('details').forEach(d => d.open = true); return true;";

async fn check_view(browser: &Browser, fragments: &[String], view: &str) -> TestResult {
    browser.js(OPEN_ALL).await?;
    assert_no_english(browser, fragments, view).await?;
    browser
        .assert_accessible(&format!("{view} in Welsh"))
        .await?;
    let fits = browser
        .js("return document.documentElement.scrollWidth <= window.innerWidth;")
        .await?;
    assert_eq!(fits, json!(true), "{view} fits the width in Welsh");
    Ok(())
}

/// Answers every section by clicking (the option ids are the same in every language).
async fn answer_everything(browser: &Browser, content: &Content) -> TestResult {
    for section in 0..6 {
        answer_section_by_clicking(browser, section).await?;
        if section < 5 {
            browser
                .js(&format!(
                    "document.querySelectorAll('.nav-step')[{}].click();",
                    section + 1
                ))
                .await?;
            let heading = content.questions.criteria[section + 1].name.clone();
            browser
                .wait_until(
                    "the next section",
                    &format!("return document.getElementById('section-heading').textContent.includes({});", json!(heading)),
                )
                .await?;
        }
    }
    browser
        .click_button(&content.text("section-see-results"))
        .await?;
    assert_scores_in(browser, content).await
}

async fn assert_scores_in(browser: &Browser, content: &Content) -> TestResult {
    for (criterion, score) in EXPECTED {
        let score = if score == "not enough answers" {
            content.text("score-not-enough")
        } else {
            score.to_string()
        };
        browser
            .wait_for_text(&format!("[data-testid=score-{criterion}]"), &score)
            .await?;
    }
    browser
        .wait_for_text("[data-testid=overall-score]", "51 / 100")
        .await
}

/// Every view in Welsh, on a desktop and a 360 px phone: no English left, the audit passes and
/// nothing is wider than the screen. Screenshots of each view in Welsh at both widths.
#[tokio::test]
async fn every_view_in_welsh_has_no_english_left() -> TestResult {
    let cy = welsh();
    let fragments = english_fragments(&cy);
    assert!(
        fragments.len() > 300,
        "the comparison has English to look for: {}",
        fragments.len()
    );
    for (width, phone) in [(1280, false), (360, true)] {
        let browser = if phone {
            let browser = Browser::start_phone().await;
            browser.set_viewport(width, 740).await?;
            browser
        } else {
            Browser::start().await
        };
        let shot = |view: &str| format!("cy-{view}-{width}");
        browser.open("/?lang=cy").await?;
        browser
            .wait_until("Welsh", "return document.documentElement.lang === 'cy';")
            .await?;
        assert_eq!(
            browser.js("return document.title;").await?,
            json!(cy.text("page-title"))
        );
        check_view(&browser, &fragments, "welcome").await?;
        browser.screenshot(&shot("welcome")).await?;

        browser.click_button(&cy.text("welcome-start")).await?;
        browser.click("label[for='commitment-11-a']").await?;
        check_view(&browser, &fragments, "section").await?;
        browser.screenshot(&shot("section")).await?;

        browser.click_button(&cy.text("results-delete")).await?;
        browser.wait_for_css("[role=alertdialog]").await?;
        check_view(&browser, &fragments, "confirmation").await?;
        browser.screenshot(&shot("confirmation")).await?;
        browser.press(&key(Key::Escape)).await?;

        answer_everything(&browser, &cy).await?;
        check_view(&browser, &fragments, "results").await?;
        browser.screenshot(&shot("results")).await?;
        browser.emulate_media("print").await?;
        assert_no_english(&browser, &fragments, "results printed").await?;
        browser.emulate_media("").await?;

        let link = browser
            .js("return document.getElementById('share-link').value;")
            .await?;
        let link = link.as_str().unwrap_or_default().to_string();
        let code = link
            .split("#result=")
            .nth(1)
            .unwrap_or_default()
            .to_string();
        assert!(!code.is_empty(), "the results offer a link: {link}");
        browser.open(&format!("/?lang=cy#result={code}")).await?;
        browser.wait_for_css("[data-testid=snapshot-date]").await?;
        check_view(&browser, &fragments, "shared result").await?;
        browser.screenshot(&shot("shared-result")).await?;

        let other = result_code(2, "Partner B", [80, 60, 40, 70, 50, 30]);
        browser
            .open(&format!("/?lang=cy#compare={code}.{other}"))
            .await?;
        browser.wait_for_css("[data-testid=legend-meta]").await?;
        check_view(&browser, &fragments, "comparison").await?;
        browser.screenshot(&shot("comparison")).await?;

        browser.open("/?lang=cy#facilitator-guide").await?;
        browser
            .wait_for_css(".guide-page, [data-testid=guide]")
            .await?;
        check_view(&browser, &fragments, "facilitator guide").await?;
        browser.screenshot(&shot("guide")).await?;

        browser.open("/?lang=cy").await?;
        browser
            .js("localStorage.setItem('partnership-readiness:session', 'not json'); return true;")
            .await?;
        browser.client.refresh().await?;
        browser
            .wait_for_css("[data-testid=notice-unreadable]")
            .await?;
        check_view(&browser, &fragments, "notices").await?;
        browser.screenshot(&shot("notices")).await?;
        browser.close().await?;
    }
    Ok(())
}

/// In Welsh as in English: the keyboard reaches every control in order with a visible focus
/// ring, and nothing is wider than the screen at 320 px or at 200% zoom.
#[tokio::test]
async fn welsh_passes_the_keyboard_walk_and_the_narrow_and_zoomed_checks() -> TestResult {
    let cy = welsh();
    let fits = "return document.documentElement.scrollWidth <= window.innerWidth;";
    for (name, width) in [("narrow", 320), ("zoom-200", 640)] {
        let browser = if name == "narrow" {
            let browser = Browser::start_phone().await;
            browser.set_viewport(width, 740).await?;
            browser
        } else {
            let browser = Browser::start().await;
            browser.zoom(200).await?;
            browser
        };
        browser.open("/?lang=cy").await?;
        browser.wait_for_css("#welcome-heading").await?;
        assert_eq!(
            browser.js(fits).await?,
            json!(true),
            "welcome fits at {name}"
        );
        if name == "narrow" {
            assert_keyboard_walk(&browser, "welcome in Welsh").await?;
        }
        browser.click_button(&cy.text("welcome-start")).await?;
        answer_everything(&browser, &cy).await?;
        browser.js("window.scrollTo(0, 0);").await?;
        assert_eq!(
            browser.js(fits).await?,
            json!(true),
            "results fit at {name}"
        );
        if name == "narrow" {
            assert_keyboard_walk(&browser, "results in Welsh").await?;
        }
        browser.screenshot(&format!("cy-results-{name}")).await?;
        browser.close().await?;
    }
    Ok(())
}

/// The switch: on every view, named in its own language, keeps every answer and the place,
/// sets `<html lang>`, and is remembered; an English visit downloads no Welsh, and a Welsh one
/// downloads Welsh and no English file.
#[tokio::test]
async fn the_switch_keeps_answers_and_place_and_is_remembered() -> TestResult {
    let cy = welsh();
    let browser = Browser::start().await;
    browser.open("/").await?;
    browser.click_button("Start the assessment").await?;
    browser.click("label[for='commitment-11-a']").await?;
    let switch = browser.wait_for_css("[data-testid=language-cy]").await?;
    assert_eq!(switch.text().await?, "Cymraeg");
    assert_eq!(switch.attr("lang").await?.as_deref(), Some("cy"));
    // The check the Welsh views pass is one that the English page fails.
    let caught = assert_no_english(&browser, &english_fragments(&cy), "English").await;
    assert!(caught.is_err(), "English text is found on an English page");
    assert!(
        !browser
            .server
            .requests
            .lock()
            .unwrap()
            .iter()
            .any(|r| r.contains("/lang/")),
        "an English visit downloads no other language"
    );
    switch.click().await?;
    browser
        .wait_until("Welsh", "return document.documentElement.lang === 'cy';")
        .await?;
    let heading = cy.questions.criteria[0].name.clone();
    browser
        .wait_until(
            "the same section in Welsh",
            &format!(
                "return document.getElementById('section-heading').textContent.includes({});",
                json!(heading)
            ),
        )
        .await?;
    assert_eq!(
        browser
            .js("return document.getElementById('commitment-11-a').checked;")
            .await?,
        json!(true),
        "the answer is kept"
    );
    browser.client.refresh().await?;
    browser
        .wait_until(
            "Welsh again",
            "return document.documentElement.lang === 'cy';",
        )
        .await?;
    browser
        .wait_until(
            "the section in Welsh after a reload",
            &format!("const h = document.getElementById('section-heading'); return h && h.textContent.includes({});", json!(heading)),
        )
        .await?;
    {
        let requests = browser.server.requests.lock().unwrap();
        assert!(
            requests
                .iter()
                .any(|r| r.ends_with(&format!("/{}", welsh_file()))),
            "{requests:?}"
        );
        assert!(
            !requests.iter().any(|r| r.contains("/lang/en.")),
            "{requests:?}"
        );
    }
    let back = browser.wait_for_css("[data-testid=language-en]").await?;
    assert_eq!(back.text().await?, "English");
    back.click().await?;
    browser
        .wait_until(
            "English",
            "return document.documentElement.lang === 'en-GB';",
        )
        .await?;
    browser
        .wait_for_text("#progress-text", "Section 1 of 6 \u{b7} 1 of 40 answered")
        .await?;
    browser.close().await
}

/// A result made in Welsh opens in English with the same scores and name, and a comparison
/// mixes links made in either language.
#[tokio::test]
async fn a_welsh_link_opens_in_english_with_the_same_scores() -> TestResult {
    let cy = welsh();
    let code = {
        let browser = Browser::start().await;
        browser.open("/?lang=cy").await?;
        browser.click_button(&cy.text("welcome-start")).await?;
        answer_everything(&browser, &cy).await?;
        let link = browser
            .js("return document.getElementById('share-link').value;")
            .await?;
        let code = link
            .as_str()
            .unwrap_or_default()
            .split("#result=")
            .nth(1)
            .unwrap_or_default()
            .to_string();
        browser.close().await?;
        code
    };
    let browser = Browser::start().await;
    browser.open(&format!("/?lang=en#result={code}")).await?;
    browser.wait_for_css("[data-testid=snapshot-date]").await?;
    assert_eq!(
        browser.js("return document.documentElement.lang;").await?,
        json!("en-GB")
    );
    assert_scores(&browser).await?;
    let english = result_code(2, "Partner B", [80, 60, 40, 70, 50, 30]);
    browser.open(&format!("/#compare={code}.{english}")).await?;
    browser.wait_for_css("[data-testid=legend-meta]").await?;
    assert_eq!(browser.count_shown("[data-testid=legend-meta]").await?, 2);
    browser.close().await
}

/// How many requests the server has had for `path`.
/// Waits (bounded) until the server has had `count` requests for `path`: a stalled request never
/// completes, so the page's own resource timing never lists it.
async fn wait_for_requests(browser: &Browser, path: &str, count: usize) {
    let deadline = std::time::Instant::now() + support::WAIT;
    while browser.server.requests_for(path) < count {
        assert!(
            std::time::Instant::now() < deadline,
            "{count} request(s) for {path}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// A first visit in Welsh whose file never answers: the Welsh welcome prerendered in the page
/// stays until the page gives up (10 s), then English with a notice; the choice is not
/// remembered, and the next visit asks for Welsh again.
#[tokio::test]
async fn a_welsh_file_that_never_answers_gives_english_with_a_notice() -> TestResult {
    let browser = Browser::start_with_server(ServerOptions {
        stalled: vec![welsh_file()],
        ..ServerOptions::default()
    })
    .await;
    browser
        .client
        .goto(&browser.server.url("/?lang=cy"))
        .await?;
    wait_for_requests(&browser, &welsh_file(), 1).await;
    assert_eq!(
        browser
            .js("const h = document.querySelector('.prerender #welcome-heading'); return [!!h && h.getClientRects().length > 0 && h.textContent, document.documentElement.lang, document.documentElement.hasAttribute('data-prc-live')];")
            .await?,
        json!([welsh().text("welcome-heading"), "cy", false]),
        "the Welsh welcome from the page stays while the file is on its way"
    );
    let notice = browser
        .wait_for_css("[data-testid=language-failed]")
        .await?;
    let text = notice.text().await?;
    assert!(
        text.contains("Cymraeg") && text.contains("English"),
        "{text}"
    );
    assert_eq!(
        browser
            .js("return [document.documentElement.lang, document.documentElement.hasAttribute('data-prc-live') && !!document.querySelector('#app .app'), !!document.getElementById('prc-loading'), localStorage.getItem('partnership-readiness:language')];")
            .await?,
        json!(["en-GB", true, false, null]),
        "English, the app shown, the loading line gone, nothing remembered"
    );
    assert_eq!(
        browser
            .js("return document.querySelectorAll('.prerender').length;")
            .await?,
        json!(0),
        "the prerendered Welsh welcome gone"
    );
    assert_eq!(browser.server.requests_for(&welsh_file()), 1);
    browser.client.refresh().await?;
    wait_for_requests(&browser, &welsh_file(), 2).await;
    browser.close().await
}

/// A Welsh file over the size limit, and one of another build (one word differs, so its
/// fingerprint does), each give English with a notice.
#[tokio::test]
async fn an_oversized_or_other_builds_welsh_file_gives_english_with_a_notice() -> TestResult {
    let oversized = {
        let mut bytes = WELSH_CATALOGUE.as_bytes().to_vec();
        bytes.extend(std::iter::repeat_n(b' ', 2 * 1024 * 1024));
        bytes
    };
    let other_build = WELSH_CATALOGUE
        .replacen("Cymraeg", "Cymraeg ", 1)
        .into_bytes();
    for (what, body) in [("2 MB", oversized), ("another build's", other_build)] {
        let browser = Browser::start_with_server(ServerOptions {
            extra_files: vec![(welsh_file(), body)],
            ..ServerOptions::default()
        })
        .await;
        browser.open("/?lang=cy").await?;
        let notice = browser
            .wait_for_css("[data-testid=language-failed]")
            .await?;
        assert!(notice.text().await?.contains("English"), "{what}");
        assert_eq!(
            browser
                .js("return [document.documentElement.lang, localStorage.getItem('partnership-readiness:language')];")
                .await?,
            json!(["en-GB", null]),
            "{what}"
        );
        assert_eq!(browser.server.requests_for(&welsh_file()), 1, "{what}");
        browser.close().await?;
    }
    Ok(())
}

/// The pseudo-language is for the tests only: a release build reads `?lang=qps` as an unknown
/// language (English, nothing fetched, no notice), even with a file for it on the server.
#[tokio::test]
async fn the_release_build_does_not_know_the_pseudo_language() -> TestResult {
    let qps_file = format!("lang/qps.{}.json", catalogue_fingerprint(PSEUDO_CATALOGUE));
    let browser = Browser::start_with_server(ServerOptions {
        extra_files: vec![(qps_file, PSEUDO_CATALOGUE.as_bytes().to_vec())],
        ..ServerOptions::default()
    })
    .await;
    browser.open("/?lang=qps").await?;
    browser.wait_for_css("[data-testid=language-cy]").await?;
    assert_eq!(
        browser
            .js("return [document.documentElement.lang, !!document.querySelector('[data-testid=language-failed]')];")
            .await?,
        json!(["en-GB", false])
    );
    let requests = browser.server.requests.lock().unwrap().clone();
    assert!(
        !requests.iter().any(|r| r.contains("/lang/")),
        "{requests:?}"
    );
    browser.close().await
}

/// The pseudo-language (every text accented, bracketed and 40% longer) through the views: text
/// left in code shows up unaccented, and layouts must grow without clipping, also right to left.
#[tokio::test]
async fn the_pseudo_language_finds_no_text_in_code_and_no_clipping() -> TestResult {
    let qps = pseudo();
    let fragments = english_fragments(&qps);
    let browser = Browser::start_with_server(ServerOptions {
        extra_files: vec![(
            format!("lang/qps.{}.json", catalogue_fingerprint(PSEUDO_CATALOGUE)),
            PSEUDO_CATALOGUE.as_bytes().to_vec(),
        )],
        dist: Some(pseudo_dist_dir()),
        ..ServerOptions::default()
    })
    .await;
    browser.set_viewport(360, 740).await?;
    for direction in ["ltr", "rtl"] {
        browser.open("/?lang=qps").await?;
        browser
            .wait_until(
                "pseudo",
                "return document.documentElement.lang === 'en-XA';",
            )
            .await?;
        browser
            .js(&format!(
                "document.documentElement.dir = '{direction}'; return true;"
            ))
            .await?;
        let fits = "return document.documentElement.scrollWidth <= window.innerWidth;";
        for view in ["welcome", "section", "results"] {
            match view {
                "section" => browser.click_button(&qps.text("welcome-start")).await?,
                "results" => answer_everything(&browser, &qps).await?,
                _ => {}
            }
            browser.js(OPEN_ALL).await?;
            assert_no_english(&browser, &fragments, view).await?;
            assert_eq!(
                browser.js(fits).await?,
                json!(true),
                "{view} fits at 360 px, {direction}"
            );
            browser
                .screenshot(&format!("qps-{view}-{direction}"))
                .await?;
        }
        browser.js("localStorage.clear(); return true;").await?;
    }
    browser.close().await
}
