//! The assessment journey the end-to-end tests share: one fixed set of answers with known
//! scores, and ways to give them by clicking.

use fantoccini::key::Key;
use serde_json::json;

use super::{Browser, TestResult};

/// Option numbers per statement, section by section: 1 = Strongly disagree ... 5 = Strongly
/// agree, 6 = Don't know.
/// A section with five statements takes the first five; a sixth and seventh statement are
/// "Don't know", so the scores are the same whichever criteria have six or seven (the third
/// edition has sections of 6 and 7).
pub const PATTERN: [[u8; 7]; 6] = [
    [5, 5, 4, 4, 5, 6, 6], // Commitment: (100+100+75+75+100)/5 = 90
    [4, 3, 6, 4, 2, 6, 6], // Clarity of purpose: (75+50+75+25)/4 = 56.25 -> 56
    [1, 2, 3, 6, 6, 6, 6], // Coordination: (0+25+50)/3 = 25
    [4, 6, 6, 6, 5, 6, 6], // Trust: only two scored answers -> not enough answers
    [3, 3, 4, 4, 4, 6, 6], // Communication: (50+50+75+75+75)/5 = 65
    [2, 2, 2, 2, 1, 6, 6], // Conflict resolution: (25*4+0)/5 = 20
];
pub const EXPECTED: [(&str, &str); 6] = [
    ("commitment", "90"),
    ("clarity", "56"),
    ("coordination", "25"),
    ("trust", "not enough answers"),
    ("communication", "65"),
    ("conflict", "20"),
];
/// The criteria ids, in page order.
pub use partnership_readiness::core::questions::set::CRITERION_IDS as CRITERIA;
pub const OPTION_KEYS: [&str; 6] = ["sd", "d", "n", "a", "sa", "dk"];
/// `PATTERN` as option keys.
pub const PATTERN_KEYS: [[&str; 7]; 6] = [
    ["sa", "sa", "a", "a", "sa", "dk", "dk"],
    ["a", "n", "dk", "a", "d", "dk", "dk"],
    ["sd", "d", "n", "dk", "dk", "dk", "dk"],
    ["a", "dk", "dk", "dk", "sa", "dk", "dk"],
    ["n", "n", "a", "a", "a", "dk", "dk"],
    ["d", "d", "d", "d", "sd", "dk", "dk"],
];

/// The built-in question set the tests answer.
pub fn set() -> &'static partnership_readiness::core::questions::set::QuestionSet {
    partnership_readiness::core::questions::set::built_in_set()
}

/// Its English words, which the tests read on the page.
#[allow(dead_code)] // Not every test file reads the words.
pub fn english() -> &'static partnership_readiness::core::questions::texts::QuestionTexts {
    &partnership_readiness::core::questions::content::Content::english().questions
}

/// The id of statement `offset` (0-based) of section `section`.
pub fn statement_id(section: usize, offset: usize) -> String {
    set().criteria()[section].statements()[offset]
        .id()
        .to_string()
}

/// How many statements section `section` has.
pub fn statements_in(section: usize) -> usize {
    set().criteria()[section].statements().len()
}

/// Statements in the sections before `section` and in it: the progress after answering it.
pub fn answered_through(section: usize) -> usize {
    (0..=section).map(statements_in).sum()
}

/// Every statement of the questionnaire.
pub fn total_statements() -> usize {
    set().statement_count()
}

/// `PATTERN`'s options for one section, as many as it has statements.
pub fn pattern_of(section: usize) -> &'static [u8] {
    &PATTERN[section][..statements_in(section)]
}

pub fn key(k: Key) -> String {
    char::from(k).to_string()
}

/// Waits for the scores `PATTERN` gives on the results (own or shared).
pub async fn assert_scores(browser: &Browser) -> TestResult {
    for (criterion, score) in EXPECTED {
        browser
            .wait_for_text(&format!("[data-testid=score-{criterion}]"), score)
            .await?;
    }
    // (90 + 56.25 + 25 + 65 + 20) / 5 = 51.25
    browser
        .wait_for_text("[data-testid=overall-score]", "51 / 100")
        .await?;
    Ok(())
}

/// Clicks the options of `PATTERN` for one section.
pub async fn answer_section_by_clicking(browser: &Browser, section: usize) -> TestResult {
    for (offset, option) in pattern_of(section).iter().enumerate() {
        let id = format!(
            "{}-{}",
            statement_id(section, offset),
            OPTION_KEYS[*option as usize - 1]
        );
        browser.click(&format!("label[for='{id}']")).await?;
        browser
            .wait_until(
                &format!("{id} checked"),
                &format!("return document.getElementById('{id}').checked;"),
            )
            .await?;
    }
    Ok(())
}

/// Answers every section with `PATTERN` by clicking and opens the results.
pub async fn complete_by_clicking(browser: &Browser) -> TestResult {
    browser.click_button("Start the assessment").await?;
    for section in 0..6 {
        answer_section_by_clicking(browser, section).await?;
        if section < 5 {
            browser
                .js(&format!(
                    "document.querySelectorAll('.nav-step')[{}].click();",
                    section + 1
                ))
                .await?;
            browser
                .wait_for_text(
                    "#progress-text",
                    &format!(
                        "Section {} of 6 \u{b7} {} of {} answered",
                        section + 2,
                        answered_through(section),
                        total_statements()
                    ),
                )
                .await?;
        }
    }
    browser.click_button("See your results").await?;
    assert_scores(browser).await
}

/// From the welcome page: answers every statement with `choose` (see `answer_all_with`).
pub async fn complete_with(
    browser: &Browser,
    choose: impl Fn(usize, usize) -> &'static str,
) -> TestResult {
    browser.click_button("Start the assessment").await?;
    answer_all_with(browser, choose).await
}

/// Answers every statement with the option `choose(section, statement)` (an `OPTION_KEYS`
/// key), moving on through the section strip, and opens the results.
pub async fn answer_all_with(
    browser: &Browser,
    choose: impl Fn(usize, usize) -> &'static str,
) -> TestResult {
    for section in 0..CRITERIA.len() {
        for offset in 0..statements_in(section) {
            let id = format!(
                "{}-{}",
                statement_id(section, offset),
                choose(section, offset)
            );
            browser.click(&format!("label[for='{id}']")).await?;
        }
        browser
            .js(&format!(
                "document.querySelectorAll('.nav-step')[{}].click();",
                section + 1
            ))
            .await?;
    }
    browser.wait_for_css("[data-testid=overall-score]").await?;
    Ok(())
}

/// Presses Tab until the focused element satisfies `condition` (a JS expression over `el`).
pub async fn tab_until(browser: &Browser, what: &str, condition: &str) -> TestResult {
    let script = format!("const el = document.activeElement; return !!(el && ({condition}));");
    for _ in 0..40 {
        if browser.js(&script).await?.as_bool() == Some(true) {
            return Ok(());
        }
        browser.press(&key(Key::Tab)).await?;
    }
    Err(format!("Tab never reached {what}").into())
}

/// From the welcome page, with the keyboard alone: every statement answered with `PATTERN`
/// (Tab into each radio group, arrow keys to choose), then the results with the exact scores.
pub async fn complete_by_keyboard(browser: &Browser) -> TestResult {
    tab_until(
        browser,
        "the start button",
        "el.textContent.trim() === 'Start the assessment'",
    )
    .await?;
    browser.press(&key(Key::Enter)).await?;

    for section in 0..CRITERIA.len() {
        let options = pattern_of(section);
        browser
            .wait_until(
                "focus on the section heading",
                &format!(
                    "const el = document.activeElement; return el.id === 'section-heading' && el.textContent.includes('Section {} of 6');",
                    section + 1
                ),
            )
            .await?;
        for (offset, option) in options.iter().enumerate() {
            let statement = statement_id(section, offset);
            browser.press(&key(Key::Tab)).await?;
            browser
                .wait_until(
                    &format!("focus in the radio group of {statement}"),
                    &format!("const el = document.activeElement; return el.type === 'radio' && el.name === '{statement}';"),
                )
                .await?;
            // Arrow keys move through a radio group and select as they go; Space selects the
            // first option when the group has no selection yet.
            let keys = if *option == 1 {
                key(Key::Space)
            } else {
                key(Key::Right).repeat(*option as usize - 1)
            };
            browser.press(&keys).await?;
            let checked = format!("{statement}-{}", OPTION_KEYS[*option as usize - 1]);
            browser
                .wait_until(
                    &format!("{checked} selected"),
                    &format!("return document.getElementById('{checked}').checked;"),
                )
                .await?;
        }
        let answered = answered_through(section);
        browser
            .wait_for_text(
                "#progress-text",
                &format!(
                    "Section {} of 6 · {answered} of {} answered",
                    section + 1,
                    total_statements()
                ),
            )
            .await?;
        let next = if section == 5 {
            "See your results"
        } else {
            "Next:"
        };
        tab_until(
            browser,
            "the next button",
            &format!("el.tagName === 'BUTTON' && el.textContent.trim().startsWith('{next}')"),
        )
        .await?;
        browser.press(&key(Key::Enter)).await?;
    }

    browser
        .wait_until(
            "focus on the results heading",
            "return document.activeElement.id === 'results-heading';",
        )
        .await?;
    assert_scores(browser).await?;
    browser
        .wait_for_text(
            "#progress-text",
            &format!("Results · {0} of {0} answered", total_statements()),
        )
        .await?;
    let highlights = browser.text(".results-highlights").await?;
    // Second-edition rules: only a Strength is a strength, and priorities are below Strength.
    let strengths = browser.text("[data-testid=strengths]").await?;
    assert_eq!(strengths.trim(), "Strengths: Commitment", "{highlights}");
    // Issue 20: every criterion below Strength is listed, under "To work on" (was "Priorities:
    // Conflict resolution and Coordination", the first two).
    assert!(
        highlights.contains(
            "To work on: Conflict resolution, Coordination, Clarity of purpose and Communication"
        ),
        "{highlights}"
    );
    Ok(())
}

/// The smallest text of the charts on the page as the person sees it, in CSS px: each SVG
/// text's font size times the SVG's on-screen scale (its width over its viewBox width), and the
/// numbered key's text beside it. `None` when no chart is shown.
pub async fn smallest_chart_text(
    browser: &Browser,
) -> Result<Option<f64>, Box<dyn std::error::Error>> {
    let smallest = browser
        .js("const sizes = []; \
             for (const svg of document.querySelectorAll('.radar-frame svg')) { \
               const box = svg.getBoundingClientRect(); \
               if (box.width === 0) continue; \
               const scale = box.width / svg.viewBox.baseVal.width; \
               for (const t of svg.querySelectorAll('text')) sizes.push(parseFloat(getComputedStyle(t).fontSize) * scale); \
             } \
             for (const t of document.querySelectorAll('.radar-key span')) { \
               if (t.getClientRects().length) sizes.push(parseFloat(getComputedStyle(t).fontSize)); \
             } \
             return sizes.length ? Math.min(...sizes) : null;")
        .await?;
    Ok(smallest.as_f64())
}

/// Fails unless every chart on the page reads at 12 CSS px or more.
pub async fn assert_chart_text_readable(browser: &Browser, view: &str) -> TestResult {
    let smallest = smallest_chart_text(browser)
        .await?
        .ok_or_else(|| format!("no chart shown in {view}"))?;
    if smallest < 12.0 {
        return Err(format!(
            "chart text of {smallest:.1} CSS px in {view} in {} (at least 12)",
            browser.engine.name()
        )
        .into());
    }
    Ok(())
}

/// The link code of a made-up result: questionnaire `version`, every criterion scored from five
/// answers, and the overall the mean of the six (rounded down).
pub fn result_code(version: u8, label: &str, scores: [u8; 6]) -> String {
    result_code_at(version, label, scores, None)
}

/// `result_code` with the stage the partnership was placed at.
pub fn result_code_at(
    version: u8,
    label: &str,
    scores: [u8; 6],
    stage: Option<partnership_readiness::core::questions::set::Stage>,
) -> String {
    result_code_of(version, label, scores, stage, None)
}

/// A result code as `result_code_at` makes it, with the respondent's `role` (tag 4).
pub fn result_code_of(
    version: u8,
    label: &str,
    scores: [u8; 6],
    stage: Option<partnership_readiness::core::questions::set::Stage>,
    role: Option<partnership_readiness::core::questions::role::Role>,
) -> String {
    use partnership_readiness::core::formats::snapshot::{CriterionSnapshot, Snapshot};
    use partnership_readiness::core::text::calendar::Day;
    Snapshot {
        set_id: "partnership-readiness".into(),
        set_edition: version,
        day: Day(20_780),
        label: label.into(),
        stage,
        role,
        question_set: None,
        disagreement: None,
        overall: Some((scores.iter().map(|&s| u32::from(s)).sum::<u32>() / 6) as u8),
        criteria: scores
            .iter()
            .map(|&score| CriterionSnapshot {
                score: Some(score),
                statements: 5,
                answered: 5,
                dont_know: 0,
            })
            .collect(),
    }
    .encode()
}

/// Installs `window.prcFocus`, which describes the focused control, and `window.prcControls`,
/// which lists every visible control in document order. A radio group counts once, by name,
/// because Tab enters a group once and the arrow keys move within it.
const FOCUS_PROBES: &str = r#"
const describe = el => el.type === 'radio' ? 'radio group ' + el.name
    : el.tagName.toLowerCase() + ' "' + (el.textContent.trim() || el.getAttribute('aria-label') || el.id) + '"';
// checkVisibility() also rules out what sits inside a closed <details>, which keeps its boxes.
const shown = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && (!el.checkVisibility || el.checkVisibility()); };
window.prcFocus = () => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  // A radio button is drawn by its label, which carries the focus ring.
  const ring = getComputedStyle(el.type === 'radio' ? el.closest('.option, .stage-option') : el);
  const visible = ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) >= 2;
  return { control: describe(el), visible };
};
window.prcControls = () => [...document.querySelectorAll(
    'a[href], button:not([disabled]), input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
  .filter(el => shown(el) && el.tabIndex >= 0).map(describe).filter((d, i, all) => !d.startsWith('radio') || all.indexOf(d) === i);
return [...document.querySelectorAll('[tabindex]')].filter(el => el.tabIndex > 0).length;
"#;

/// Presses Tab through the whole page until focus comes round again, and checks that every
/// visible control is reached exactly once, in document order, with a visible focus ring.
pub async fn assert_keyboard_walk(browser: &Browser, view: &str) -> TestResult {
    let positive_tabindex = browser.js(FOCUS_PROBES).await?;
    assert_eq!(
        positive_tabindex,
        json!(0),
        "{view}: no positive tabindex reorders the page"
    );
    let controls: Vec<String> = serde_json::from_value(browser.js("return prcControls();").await?)?;
    assert!(!controls.is_empty(), "{view}: has controls");

    let mut reached: Vec<String> = Vec::new();
    for _ in 0..(controls.len() * 2 + 10) {
        browser.press(&key(Key::Tab)).await?;
        let stop = browser.js("return prcFocus();").await?;
        if stop.is_null() {
            continue; // focus left the page for the browser's own controls
        }
        let control = stop["control"].as_str().unwrap_or_default().to_string();
        assert_eq!(
            stop["visible"],
            json!(true),
            "{view}: {control} shows where focus is"
        );
        if reached.first() == Some(&control) {
            break;
        }
        reached.push(control);
    }
    // The walk may begin mid-page (wherever focus was); turn it to start where the page does.
    let start = reached
        .iter()
        .position(|control| control == &controls[0])
        .ok_or_else(|| {
            format!(
                "{view}: Tab never reached {}; reached {reached:?}",
                controls[0]
            )
        })?;
    reached.rotate_left(start);
    assert_eq!(reached, controls, "{view}: Tab order follows the page");
    Ok(())
}

/// Opens the widget with `document` as the saved session, as an earlier build (or another tab)
/// left it: written to storage, then the page reloaded so the app reads it at start-up.
#[allow(dead_code)] // Not every test file starts from a saved session.
pub async fn open_with_saved_session(browser: &Browser, document: &str) -> TestResult {
    browser.open("/").await?;
    browser.wait_for_app().await?;
    browser
        .js(&format!(
            "localStorage.setItem('partnership-readiness:session', {});",
            serde_json::to_string(document)?
        ))
        .await?;
    browser.client.refresh().await?;
    Ok(())
}
