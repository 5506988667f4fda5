//! What each painted frame showed, recorded in the page from its very first frame: the proof
//! that a visit never sees a blank page, two screens at once, or the wrong screen. The probe runs
//! in `requestAnimationFrame`, the step before each paint, so it sees what that paint shows.

use serde_json::Value;

use super::{Browser, TestResult};

/// Installed with `Browser::before_page_scripts`. Keeps one entry per change of what is shown
/// (not per frame: a held file can keep a page still for many frames), until two frames after
/// the app marks itself live; and every Content-Security-Policy violation.
pub const FRAME_LOG: &str = r#"
(function () {
    var log = window.__prcFrames = [];
    var violations = window.__prcViolations = [];
    document.addEventListener('securitypolicyviolation', function (e) {
        violations.push(e.violatedDirective + ' ' + e.blockedURI);
    });
    var shown = function (element) {
        return !!element && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    var frame = 0, afterLive = 0, last = null;
    var tick = function () {
        frame += 1;
        var html = document.documentElement;
        var screens = [];
        if (shown(document.getElementById('prc-loading'))) { screens.push('loading'); }
        var blocks = document.querySelectorAll('.prerender');
        for (var i = 0; i < blocks.length; i++) {
            // A block is `display: contents`: what shows is its children.
            if (shown(blocks[i].firstElementChild)) { screens.push(blocks[i].id); }
        }
        // The app's own: a prerendered screen inside #app (before the app mounts) holds an .app too.
        var apps = document.querySelectorAll('#app .app');
        for (var j = 0; j < apps.length; j++) {
            if (!apps[j].closest('.prerender') && shown(apps[j])) { screens.push('app'); break; }
        }
        ['snapshot-page', 'compare-page', 'guide-page'].forEach(function (name) {
            if (shown(document.querySelector('.' + name))) { screens.push(name); }
        });
        var headings = [];
        document.querySelectorAll('h1').forEach(function (h) { if (shown(h)) { headings.push(h.textContent); } });
        var org = document.querySelector('[data-testid=org-name]');
        var entry = {
            screens: screens,
            h1: headings,
            lang: html.getAttribute('lang'),
            live: html.hasAttribute('data-prc-live'),
            org: shown(org) ? org.textContent : null,
            accent: getComputedStyle(html).getPropertyValue('--brand-accent').trim()
        };
        var key = JSON.stringify(entry);
        if (key !== last) {
            entry.frame = frame;
            log.push(entry);
            last = key;
        }
        if (entry.live && ++afterLive > 2) { return; }
        requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
})();
"#;

/// The log so far: one entry per change of what the page showed.
pub async fn log(browser: &Browser) -> Result<Vec<Value>, Box<dyn std::error::Error>> {
    let log = browser.js("return window.__prcFrames || [];").await?;
    Ok(log.as_array().cloned().unwrap_or_default())
}

/// Waits until the log has recorded two frames after the app went live, and returns it.
pub async fn finished_log(browser: &Browser) -> Result<Vec<Value>, Box<dyn std::error::Error>> {
    browser
        .wait_until(
            "two frames after the app went live",
            "const log = window.__prcFrames || []; return log.length > 0 && log[log.length - 1].live ? true : null;",
        )
        .await?;
    log(browser).await
}

/// The screens of each logged change, as "a+b" strings, for messages and simple checks.
pub fn screens(log: &[Value]) -> Vec<String> {
    log.iter()
        .map(|entry| {
            entry["screens"]
                .as_array()
                .map(|s| {
                    s.iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join("+")
                })
                .unwrap_or_default()
        })
        .collect()
}

/// The screens shown one after another, each once, leaving out frames that showed nothing.
pub fn sequence(log: &[Value]) -> Vec<String> {
    let mut shown: Vec<String> = screens(log).into_iter().filter(|s| !s.is_empty()).collect();
    shown.dedup();
    shown
}

/// From the first frame that showed anything, every frame showed exactly one screen: never a
/// blank page, never two at once.
pub fn assert_one_screen_at_a_time(log: &[Value]) -> TestResult {
    let shown = screens(log);
    let first = shown
        .iter()
        .position(|s| !s.is_empty())
        .ok_or("no frame showed anything")?;
    for (index, screen) in shown.iter().enumerate().skip(first) {
        if screen.is_empty() || screen.contains('+') {
            return Err(format!(
                "frame {} showed {:?}: {shown:?}",
                log[index]["frame"], screen
            )
            .into());
        }
    }
    Ok(())
}

/// No Content-Security-Policy violation so far.
pub async fn assert_no_policy_violations(browser: &Browser) -> TestResult {
    let violations = browser.js("return window.__prcViolations || [];").await?;
    if violations.as_array().is_some_and(|v| v.is_empty()) {
        Ok(())
    } else {
        Err(format!("Content-Security-Policy violations: {violations}").into())
    }
}
