//! The assessment journey the end-to-end tests share: one fixed set of answers with known
//! scores, and ways to give them by clicking.

use fantoccini::key::Key;

use super::{Browser, TestResult};

/// Option numbers per statement, section by section: 1 = Strongly disagree ... 5 = Strongly
/// agree, 6 = Don't know.
pub const PATTERN: [[u8; 5]; 6] = [
    [5, 5, 4, 4, 5], // Commitment: (100+100+75+75+100)/5 = 90
    [4, 3, 6, 4, 2], // Clarity of purpose: (75+50+75+25)/4 = 56.25 -> 56
    [1, 2, 3, 6, 6], // Coordination: (0+25+50)/3 = 25
    [4, 6, 6, 6, 5], // Trust: only two scored answers -> not enough answers
    [3, 3, 4, 4, 4], // Communication: (50+50+75+75+75)/5 = 65
    [2, 2, 2, 2, 1], // Conflict resolution: (25*4+0)/5 = 20
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
pub use partnership_readiness::core::questionnaire::CRITERION_IDS as CRITERIA;
pub const OPTION_KEYS: [&str; 6] = ["sd", "d", "n", "a", "sa", "dk"];
/// `PATTERN` as option keys.
pub const PATTERN_KEYS: [[&str; 5]; 6] = [
    ["sa", "sa", "a", "a", "sa"],
    ["a", "n", "dk", "a", "d"],
    ["sd", "d", "n", "dk", "dk"],
    ["a", "dk", "dk", "dk", "sa"],
    ["n", "n", "a", "a", "a"],
    ["d", "d", "d", "d", "sd"],
];

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
    for (offset, option) in PATTERN[section].iter().enumerate() {
        let id = format!(
            "{}-{}-{}",
            CRITERIA[section],
            offset + 1,
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
                        "Section {} of 6 \u{b7} {} of 30 answered",
                        section + 2,
                        (section + 1) * 5
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
    for (section, criterion) in CRITERIA.iter().enumerate() {
        for offset in 0..5 {
            let id = format!("{criterion}-{}-{}", offset + 1, choose(section, offset));
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
