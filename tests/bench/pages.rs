//! The pages the browser bench loads and the probe it puts in each: our release build and the
//! hand-written reference page (tests/bench/reference/index.html), visited the same ways.

use std::path::{Path, PathBuf};

use crate::support::{Browser, Profile, StaticServer};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Ours,
    Reference,
}

/// How a person arrives.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Visit {
    /// Nothing stored. The reference has English only: its English welcome is the yardstick
    /// for our Welsh one too, since a plain page would show its Welsh text as fast.
    New { welsh: bool },
    /// Inside a host page's frame, with the host's name in the address (same site as the host,
    /// so the frame shares its renderer and the CPU throttling reaches it).
    Embedded,
    /// A saved session at the first section, with one answer.
    Returning,
}

/// The host's name the embedded visit passes.
pub const HOST_NAME: &str = "Anytown Partnership";

impl Page {
    pub fn address(self, browser: &Browser, reference: &StaticServer, visit: &Visit) -> String {
        let path = match visit {
            Visit::New { welsh: true } => "/?lang=cy".to_string(),
            Visit::New { welsh: false } | Visit::Returning => "/".to_string(),
            Visit::Embedded => format!("/?name={}", HOST_NAME.replace(' ', "%20")),
        };
        match self {
            Page::Ours => browser.server.url(&path),
            Page::Reference => reference.url(&path),
        }
    }
}

pub fn reference_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bench/reference")
}

/// A host page on its own port that frames `address`, as a site embedding the widget would.
/// The profile directory holds the page and must outlive the server.
pub fn host_page(address: &str) -> Result<(Profile, StaticServer), Box<dyn std::error::Error>> {
    let dir = Profile::new();
    let server = crate::support::host_page(
        &dir,
        &format!(
            "<iframe src=\"{address}\" title=\"Partnership Readiness Check\" style=\"width:100%;height:1200px;border:0\"></iframe>"
        ),
    )?;
    Ok((dir, server))
}

/// A current-edition session saved at the first section with one answer, as the app writes it:
/// both pages read it from the same key.
pub fn returning_visitor_session() -> String {
    use partnership_readiness::core::assess::session::{Position, Session};
    use partnership_readiness::core::questions::set::{built_in_set, Answer};
    let set = built_in_set();
    let mut session = Session::new(set, 1.0);
    let first = set.criteria()[0].statements()[0].id();
    session.answer(first, Answer::Agree, 2.0);
    session.go_to(Position::Section { index: 0 }, 3.0);
    session.to_json()
}

/// Installed before any page script runs, in every frame. On each animation frame (the step
/// before a paint) it notes when the welcome's heading is first on screen ("firstScreen") and
/// when a statement is ("firstStatement"), and when the app took over ("live"); it keeps the
/// first contentful paint, the wasm memory and every Event Timing entry of an interaction. A
/// frame posts its marks to the host page, which rebases them on its own clock
/// ("frame_firstScreen").
pub const PROBE: &str = r#"
(function () {
    const b = window.__prcBench = { events: [] };
    const isTop = window === window.top;
    addEventListener('TrunkApplicationStarted', e => { b.memory = e.detail.wasm.memory; });
    const note = (what, at) => {
        if (b[what] !== undefined) { return; }
        b[what] = at;
        if (!isTop) {
            try { parent.postMessage({ prcBench: what, at: performance.timeOrigin + at }, '*'); } catch (e) {}
        }
    };
    if (isTop) {
        addEventListener('message', e => {
            if (e.data && e.data.prcBench) { b['frame_' + e.data.prcBench] = e.data.at - performance.timeOrigin; }
        });
    }
    try {
        new PerformanceObserver(list => {
            for (const e of list.getEntries()) { if (e.name === 'first-contentful-paint') { note('fcp', e.startTime); } }
        }).observe({ type: 'paint', buffered: true });
        new PerformanceObserver(list => {
            for (const e of list.getEntries()) { if (e.interactionId) { b.events.push({ id: e.interactionId, duration: e.duration }); } }
        }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
    } catch (e) {}
    const shown = selector => {
        const element = document.querySelector(selector);
        return !!element && element.getClientRects().length > 0;
    };
    // When the app takes over from the loading line or the prerender (loading::finished).
    new MutationObserver(() => {
        if (document.documentElement && document.documentElement.hasAttribute('data-prc-live')) { note('live', performance.now()); }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-prc-live'] });
    const started = performance.now();
    const frame = () => {
        const now = performance.now();
        if (shown('#welcome-heading')) { note('firstScreen', now); }
        if (shown('.statement')) { note('firstStatement', now); }
        if (b.firstScreen === undefined && b.firstStatement === undefined && now - started < 60000) {
            requestAnimationFrame(frame);
        }
    };
    requestAnimationFrame(frame);
})();
"#;

/// The reference page must show the same first screen: its headings, options and button carry
/// the English words the widget shows, so the yardstick cannot drift from what it measures.
pub fn check_reference_words() -> Result<(), String> {
    use partnership_readiness::core::questions::content::Content;
    let page = std::fs::read_to_string(reference_dir().join("index.html"))
        .map_err(|error| format!("the reference page: {error}"))?;
    let english = Content::english();
    let mut words: Vec<(String, String)> = [
        "welcome-heading",
        "welcome-stage-question",
        "welcome-role-question",
        "welcome-start",
    ]
    .map(|key| (key.to_string(), english.text(key)))
    .to_vec();
    let questions = &english.questions;
    for stage in &questions.stages {
        words.push((format!("stage {}", stage.id), stage.name.clone()));
    }
    for statement in &questions.criteria[0].statements {
        words.push((
            format!("statement {}", statement.id),
            statement.text.clone(),
        ));
    }
    let missing: Vec<String> = words
        .into_iter()
        .filter(|(_, text)| !page.contains(text.as_str()))
        .map(|(what, _)| what)
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "tests/bench/reference/index.html no longer shows the widget's words for {missing:?}: update it"
        ))
    }
}
