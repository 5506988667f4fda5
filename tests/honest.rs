//! End-to-end tests of issue 20, honest results: each of the content review's patterns reached
//! by writing the stored session (or opening a link), not by clicking 35 answers, and what the
//! page then shows, at 1280 and 360 px; three of them in Welsh.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use partnership_readiness::core::assess::scoring::{assess, Answers};
use partnership_readiness::core::assess::session::{Position, Session};
use partnership_readiness::core::formats::snapshot::Snapshot;
use partnership_readiness::core::questions::set::{built_in_set, Answer, Stage};
use partnership_readiness::core::text::calendar::Day;
use support::{printed_pages, Browser, TestResult};

/// Every statement answered by `choose(criterion id, statement id)`.
fn answers(choose: impl Fn(&str, &str) -> Answer) -> Answers {
    let set = built_in_set();
    set.statements()
        .map(|(c, s)| (s.id().to_string(), choose(set.criteria()[c].id(), s.id())))
        .collect()
}

/// Opens the results of `answers` by writing them as the stored session, as a returning person
/// would find them. `query` is "" or "?lang=cy".
async fn open_results(
    browser: &Browser,
    query: &str,
    answers: Answers,
    stage: Option<Stage>,
) -> TestResult {
    let mut session = Session::new(built_in_set(), 1_796_000_000_000.0);
    session.answers = answers;
    session.stage = stage;
    session.position = Position::Results;
    open_with_session(browser, query, &session).await?;
    browser.wait_for_css("#results-heading").await?;
    Ok(())
}

/// Opens the page at `/{query}` with `session` as the stored session, as a returning person
/// would find it.
async fn open_with_session(browser: &Browser, query: &str, session: &Session) -> TestResult {
    browser.open(&format!("/{query}")).await?;
    browser.wait_for_app().await?;
    browser
        .js(&format!(
            "localStorage.setItem('partnership-readiness:session', {});",
            serde_json::to_string(&session.to_json())?
        ))
        .await?;
    browser.client.refresh().await?;
    Ok(())
}

async fn open_criteria(browser: &Browser) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    browser
        .js("return [...document.querySelectorAll('details.guidance[open]')].map(d => d.dataset.criterion);")
        .await
}

async fn notes(browser: &Browser) -> Result<String, Box<dyn std::error::Error>> {
    Ok(browser
        .js("return [...document.querySelectorAll('[data-testid=summary-note]')].map(e => e.textContent).join(' | ');")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_string())
}

/// R1: Strongly agree everywhere, "Strongly disagree" with one Trust statement.
fn one_strong_disagreement() -> Answers {
    answers(|_, id| {
        if id == "trust-10" {
            Answer::StronglyDisagree
        } else {
            Answer::StronglyAgree
        }
    })
}

#[tokio::test]
async fn r1_one_strong_disagreement_among_strong_agreement_is_shown_open() -> TestResult {
    let browser = Browser::start().await;
    open_results(
        &browser,
        "",
        one_strong_disagreement(),
        Some(Stage::OneToThree),
    )
    .await?;
    browser
        .wait_for_text("[data-testid=score-trust]", "83")
        .await?;
    assert_eq!(
        browser.text("[data-testid=band-trust]").await?,
        "Strength, with a strong disagreement"
    );
    assert_eq!(browser.count_shown("[data-testid=all-strengths]").await?, 0);
    let notes = notes(&browser).await?;
    assert!(
        notes.contains("You disagreed with statements in Trust"),
        "{notes}"
    );
    assert_eq!(open_criteria(&browser).await?, serde_json::json!(["trust"]));
    // The disagreed statement is listed, open, with no disclosure to open first.
    let pulled = browser.text("[data-testid=pulled-down-trust]").await?;
    let trust10 = partnership_readiness::core::questions::content::Content::english()
        .questions
        .statements()
        .find(|(_, s)| s.id == "trust-10")
        .unwrap()
        .1;
    assert!(pulled.contains(&trust10.text), "{pulled}");
    assert_eq!(
        browser
            .count_shown("[data-testid=pulled-down-trust]")
            .await?,
        1
    );
    browser.screenshot("honest-r1-desktop").await?;
    browser.set_viewport(360, 800).await?;
    browser.screenshot("honest-r1-phone").await?;
    browser.assert_accessible("a strong disagreement").await?;

    // The picture says it too: the score line marked, the disagreement named under the chart.
    let downloads = browser.allow_downloads().await?;
    browser.open_sharing().await?;
    browser.click_button("Download chart (SVG)").await?;
    let (_, svg) = browser.wait_for_download(&downloads, ".svg").await?;
    let svg = String::from_utf8(svg)?;
    for expected in [
        ">4. Trust: 83, strength *<",
        "* A strong disagreement among the answers for Trust",
    ] {
        assert!(svg.contains(expected), "the SVG says {expected:?}: {svg}");
    }
    // The printout says it too, on at most two A4 pages (kept beside the screenshots).
    browser.set_viewport(1280, 800).await?;
    let pages = printed_pages(&browser, "honest-r1-print").await?;
    assert!((1..=2).contains(&pages), "the printout has {pages} pages");
    browser.close().await
}

#[tokio::test]
async fn r2_half_dont_know_in_welsh_says_what_each_band_rests_on() -> TestResult {
    let browser = Browser::start().await;
    let set = built_in_set();
    let alternating = answers(|criterion, id| {
        let position = set
            .criteria()
            .iter()
            .find(|c| c.id() == criterion)
            .unwrap()
            .statements()
            .iter()
            .position(|s| s.id() == id)
            .unwrap();
        if position % 2 == 0 {
            Answer::Agree
        } else {
            Answer::DontKnow
        }
    });
    open_results(&browser, "?lang=cy", alternating, Some(Stage::OneToThree)).await?;
    browser
        .wait_for_text(
            "[data-testid=band-commitment]",
            "Cryfder, ar sail 4 ateb o 7",
        )
        .await?;
    // The note sits beside the score, read while the criterion is still closed: inside its
    // summary, laid out with a height.
    let beside = browser
        .js("const note = document.querySelector('[data-testid=knowledge-gap-commitment]'); \
             return [note.parentElement.tagName, note.closest('details').open, note.getBoundingClientRect().height > 10];")
        .await?;
    assert_eq!(beside, serde_json::json!(["SUMMARY", false, true]));
    assert_eq!(browser.count_shown("[data-testid=all-strengths]").await?, 0);
    let notes = notes(&browser).await?;
    assert!(notes.contains("(18 o 40)"), "{notes}");
    assert_eq!(
        browser.text("[data-testid=answered-note]").await?,
        "Wedi’u hateb ar y raddfa: 22 o 40; “Ddim yn gwybod”: 18."
    );
    browser.screenshot("honest-r2-cy-desktop").await?;
    browser.set_viewport(360, 800).await?;
    browser.screenshot("honest-r2-cy-phone").await?;
    browser.close().await
}

#[tokio::test]
async fn r5_all_neither_is_a_tie_with_no_lowest() -> TestResult {
    let browser = Browser::start().await;
    open_results(&browser, "", answers(|_, _| Answer::Neither), None).await?;
    browser
        .wait_for_text("[data-testid=overall-score]", "50 / 100")
        .await?;
    assert_eq!(
        browser.count_shown("[data-testid=overall-lowest]").await?,
        0
    );
    let notes = notes(&browser).await?;
    assert!(
        notes.contains("Your scores are the same for every criterion (50)"),
        "{notes}"
    );
    let listed = browser.text("[data-testid=priorities]").await?;
    assert!(listed.starts_with("To work on: "), "{listed}");
    for criterion in &partnership_readiness::core::questions::content::Content::english()
        .questions
        .criteria
    {
        assert!(listed.contains(&criterion.name), "{listed}");
    }
    browser.screenshot("honest-r5-desktop").await?;
    browser.close().await
}

/// R4: Commitment all Strongly disagree, Clarity and Coordination all Disagree, the rest
/// Strongly agree.
fn three_priorities() -> Answers {
    answers(|criterion, _| match criterion {
        "commitment" => Answer::StronglyDisagree,
        "clarity" | "coordination" => Answer::Disagree,
        _ => Answer::StronglyAgree,
    })
}

#[tokio::test]
async fn r4_three_priority_criteria_are_all_listed_and_open() -> TestResult {
    let browser = Browser::start_phone().await;
    open_results(&browser, "", three_priorities(), Some(Stage::OneToThree)).await?;
    browser
        .wait_for_text("[data-testid=score-coordination]", "25")
        .await?;
    assert_eq!(
        browser.text("[data-testid=priorities]").await?,
        "To work on: Commitment, Clarity of purpose and Coordination"
    );
    assert_eq!(
        open_criteria(&browser).await?,
        serde_json::json!(["commitment", "clarity", "coordination"])
    );
    assert_eq!(browser.count_shown("details.stage-note[open]").await?, 1);
    let height = browser
        .js("return document.documentElement.scrollHeight;")
        .await?
        .as_u64()
        .unwrap_or(u64::MAX);
    browser.screenshot("honest-r4-phone").await?;
    // Measured at 7,445 px at 360 px (screenshot honest-r4-phone): three criteria open, each
    // with all six of its statements disagreed and listed open with their actions, as R1
    // requires. The 3,000 px limit holds for at most one criterion below Strength (below).
    assert!(height < 8_000, "the results are {height} px long at 360 px");
    eprintln!("three Priority criteria at 360 px: {height} px");
    browser.set_viewport(1280, 800).await?;
    browser.screenshot("honest-r4-desktop").await?;
    browser.close().await
}

#[tokio::test]
async fn one_criterion_below_strength_stays_under_3000_px_on_a_phone() -> TestResult {
    let browser = Browser::start_phone().await;
    // Agree everywhere but Trust, which is Neither (R8's pattern): one Developing criterion.
    let given = answers(|criterion, _| {
        if criterion == "trust" {
            Answer::Neither
        } else {
            Answer::Agree
        }
    });
    open_results(&browser, "", given, Some(Stage::OneToThree)).await?;
    browser
        .wait_for_text("[data-testid=score-trust]", "50")
        .await?;
    let height = browser
        .js("return document.documentElement.scrollHeight;")
        .await?
        .as_u64()
        .unwrap_or(u64::MAX);
    browser
        .screenshot("honest-one-below-strength-phone")
        .await?;
    assert!(height < 3_000, "the results are {height} px long at 360 px");
    browser.close().await
}

#[tokio::test]
async fn r7_a_forming_partnerships_low_criterion_in_welsh_is_what_to_agree_now() -> TestResult {
    let browser = Browser::start().await;
    // The third edition's Conflict resolution statements: (25+75+25+50+25+75+50)/7 = 46.4.
    let conflict: [(&str, Answer); 7] = [
        ("conflict-11", Answer::Disagree),
        ("conflict-12", Answer::Agree),
        ("conflict-16", Answer::Disagree),
        ("conflict-8", Answer::Neither),
        ("conflict-17", Answer::Disagree),
        ("conflict-18", Answer::Agree),
        ("conflict-19", Answer::Neither),
    ];
    let given = answers(|_, id| {
        conflict
            .iter()
            .find(|(c, _)| *c == id)
            .map_or(Answer::Agree, |(_, a)| *a)
    });
    assert_eq!(assess(built_in_set(), &given).criteria[5].score(), Some(46));
    open_results(&browser, "?lang=cy", given, Some(Stage::Forming)).await?;
    browser.wait_for_css("details.stage-note[open]").await?;
    let summary = browser.text("[data-testid=band-summary-conflict]").await?;
    assert!(
        summary.starts_with("Mae eich partneriaeth yn dal i gael ei sefydlu"),
        "{summary}"
    );
    // The stage advice comes before the criteria.
    let order = browser
        .js("const s = document.querySelector('.stage-note'), g = document.querySelector('.guidance-list'); return !!(s.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING);")
        .await?;
    assert_eq!(order, serde_json::json!(true));
    browser.screenshot("honest-r7-cy-desktop").await?;
    browser.set_viewport(360, 800).await?;
    // On a phone the table's cells are labelled in Welsh (they were English CSS literals).
    let label = browser
        .js("return getComputedStyle(document.querySelector('.score-table td:nth-of-type(4)'), '::before').content;")
        .await?;
    assert!(
        !label.as_str().unwrap_or_default().contains("Answered"),
        "{label}"
    );
    browser.screenshot("honest-r7-cy-phone").await?;
    browser.close().await
}

#[tokio::test]
async fn r7_a_forming_partnership_is_told_to_answer_dont_know_for_what_has_not_happened(
) -> TestResult {
    let browser = Browser::start().await;
    let mut session = Session::new(built_in_set(), 1_796_000_000_000.0);
    session.stage = Some(Stage::Forming);
    session.position = Position::Section { index: 5 };
    open_with_session(&browser, "", &session).await?;
    let hint = browser
        .wait_for_css("[data-testid=section-hint]")
        .await?
        .text()
        .await?;
    assert!(
        hint.contains("choose “Don’t know” for anything that has not happened yet"),
        "{hint}"
    );
    browser.screenshot("honest-forming-section-phone").await?;
    browser.close().await
}

fn code_of(answers: &Answers, label: &str) -> String {
    let set = built_in_set();
    Snapshot::of(set, &assess(set, answers), Day(20_790), label, None).encode()
}

#[tokio::test]
async fn r11_two_near_identical_results_in_welsh_are_close() -> TestResult {
    let browser = Browser::start().await;
    let agree = answers(|_, _| Answer::Agree);
    let mut one_step = agree.clone();
    // One answer step on one Commitment statement: 75 against 71.
    one_step.insert(
        built_in_set().criteria()[0].statements()[0]
            .id()
            .to_string(),
        Answer::Neither,
    );
    let (a, b) = (code_of(&agree, "A"), code_of(&one_step, "B"));
    browser.open(&format!("/?lang=cy#compare={a}.{b}")).await?;
    let close = browser
        .wait_for_css("[data-testid=talk-first-none]")
        .await?
        .text()
        .await?;
    assert!(close.starts_with("Mae eich safbwyntiau’n agos"), "{close}");
    assert_eq!(
        browser.count_shown("[data-testid=talk-first-item]").await?,
        0
    );
    browser.screenshot("honest-r11-cy-desktop").await?;
    browser.close().await
}

#[tokio::test]
async fn a_shared_link_with_and_without_the_disagreement_counts() -> TestResult {
    let browser = Browser::start().await;
    let set = built_in_set();
    let snapshot = Snapshot::of(
        set,
        &assess(set, &one_strong_disagreement()),
        Day(20_790),
        "Housing team",
        None,
    );
    browser
        .open(&format!("/#result={}", snapshot.encode()))
        .await?;
    browser
        .wait_for_text(
            "[data-testid=band-trust]",
            "Strength, with a strong disagreement",
        )
        .await?;
    let notes_with = notes(&browser).await?;
    assert!(
        notes_with.contains("You disagreed with statements in Trust"),
        "{notes_with}"
    );
    assert_eq!(browser.count_shown("[data-testid=all-strengths]").await?, 0);
    browser
        .screenshot("honest-link-with-counts-desktop")
        .await?;

    let older = Snapshot {
        disagreement: None,
        ..snapshot
    };
    browser
        .open(&format!("/#result={}", older.encode()))
        .await?;
    browser
        .wait_for_text("[data-testid=band-trust]", "Strength")
        .await?;
    let notes_without = notes(&browser).await?;
    assert!(
        notes_without.contains("cannot show whether"),
        "{notes_without}"
    );
    assert_eq!(browser.count_shown("[data-testid=all-strengths]").await?, 0);
    browser.set_viewport(360, 800).await?;
    browser
        .screenshot("honest-link-without-counts-phone")
        .await?;
    browser.close().await
}

#[tokio::test]
async fn r1_a_comparison_names_a_strong_disagreement_however_high_the_mean() -> TestResult {
    let browser = Browser::start().await;
    let agree = answers(|_, _| Answer::StronglyAgree);
    // With six Trust statements, one "Strongly disagree" among "Strongly agree" gives 83, a
    // spread of 17 from the others' 100; an "Agree" beside it makes 79, a spread of 21, so
    // Trust is the one criterion to talk about first.
    let mut health = one_strong_disagreement();
    health.insert("trust-12".into(), Answer::Agree);
    let disagreeing = code_of(&health, "Health");
    let set = built_in_set();
    let older = Snapshot {
        disagreement: None,
        ..Snapshot::of(set, &assess(set, &agree), Day(20_790), "Council", None)
    }
    .encode();
    browser
        .open(&format!(
            "/#compare={disagreeing}.{}.{older}",
            code_of(&agree, "Charity")
        ))
        .await?;
    let item = browser
        .wait_for_css("[data-testid=compare-disagreements] li[data-criterion=trust]")
        .await?
        .text()
        .await?;
    assert_eq!(item, "Trust: a strong disagreement in 1 of 3 responses");
    assert_eq!(
        browser
            .count_shown("[data-testid=compare-disagreements] li")
            .await?,
        1
    );
    let unknown = browser.text("[data-testid=disagreement-unknown]").await?;
    assert!(
        unknown.starts_with("1 of the 3 results was made before"),
        "{unknown}"
    );
    // Trust's mean (93) is high, and its spread (21) is the only one flagged.
    assert_eq!(browser.text("[data-testid=mean-trust]").await?, "93");
    browser
        .screenshot("honest-compare-disagreement-desktop")
        .await?;
    browser.set_viewport(360, 800).await?;
    browser
        .screenshot("honest-compare-disagreement-phone")
        .await?;
    browser
        .assert_accessible("a comparison with a strong disagreement")
        .await?;
    browser.close().await
}
