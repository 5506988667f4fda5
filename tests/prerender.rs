//! The prerendered first screen (src/ui/prerender.rs): what the build puts into index.html, when
//! the page shows it, and how the app replaces it.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use partnership_readiness::core::questions::content::Content;
use partnership_readiness::core::text::language::Language;
use partnership_readiness::ui::prerender::{END_ID, ID_PREFIX};

use serde_json::{json, Value};
use support::trees::{assert_same_tree, tree};
use support::{dist_dir, frames, journey, wasm_path, Browser, ServerOptions, TestResult};

const WELSH_CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/lang/cy.json"));

fn index_html() -> String {
    std::fs::read_to_string(dist_dir().join("index.html")).expect("dist/index.html")
}

fn content(language: Language) -> Content {
    match language {
        Language::English => Content::english().clone(),
        other => Content::from_catalogue(other, WELSH_CATALOGUE).expect("the catalogue reads"),
    }
}

/// Text as the server renderer escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn the_build_puts_each_shipped_languages_welcome_into_the_page_after_the_loading_line() {
    let html = index_html();
    let app = html.find("<div id=\"app\">").expect("#app");
    let loading = html.find("id=\"prc-loading\"").expect("the loading line");
    let end = html
        .find(&format!("<template id=\"{END_ID}\"></template>"))
        .expect("the end mark");
    assert!(
        app < loading && loading < end,
        "in #app, after the loading line"
    );
    assert!(!html.contains("<!--<["), "no hydration markers");
    let mut starts = Vec::new();
    for language in Language::SHIPPED {
        let id = format!("id=\"{ID_PREFIX}{}\"", language.code());
        assert_eq!(html.matches(&id).count(), 1, "one block for {id}");
        let start = html.find(&id).unwrap();
        assert!(loading < start && start < end, "{id} inside the prerender");
        starts.push((start, language));
    }
    starts.sort_by_key(|(start, _)| *start);
    // Each block holds its own language's welcome and none of the other's heading.
    for (index, (start, language)) in starts.iter().enumerate() {
        let stop = starts.get(index + 1).map_or(end, |(next, _)| *next);
        let block = &html[*start..stop];
        let words = content(*language);
        for key in ["welcome-heading", "welcome-start", "welcome-stage-question"] {
            let text = escaped(&words.text(key));
            assert!(block.contains(&text), "{key} in the {:?} block", language);
        }
        assert!(
            block.contains(&format!("lang=\"{}\"", language.tag())),
            "{block}"
        );
        for other in Language::SHIPPED.iter().filter(|other| *other != language) {
            let heading = escaped(&content(*other).text("welcome-heading"));
            assert!(
                !block.contains(&heading),
                "{heading} in the {:?} block",
                language
            );
        }
    }
    // English comes first: it is the page's own language.
    assert_eq!(starts[0].1, Language::English);
}

/// src/host/boot.js decides with the app's own names and lists; a change to one of them in Rust
/// fails here until the script follows.
#[test]
fn the_head_script_knows_the_apps_names() {
    use partnership_readiness::core::formats::stored::keys::NAMESPACE;
    use partnership_readiness::core::host::settings::MAX_NAME_CHARS;
    use partnership_readiness::core::host::settings::SETTING_KEYS;
    use partnership_readiness::ui::loading::LIVE_ATTRIBUTE;
    use partnership_readiness::ui::prerender::{
        EARLY_ATTRIBUTE, EARLY_CONTROL_ATTRIBUTE, NAME_SENTINEL, READY_ID, SHOWN_ATTRIBUTE,
        SLOT_PREFIX, WORDS_PREFIX,
    };
    let script = include_str!("../src/host/boot.js");
    let list = |items: Vec<&str>| {
        items
            .iter()
            .map(|item| format!("\"{item}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut languages: Vec<&str> = Language::SHIPPED.iter().map(|l| l.code()).collect();
    languages.sort_by_key(|code| *code != "en");
    let settings: Vec<&str> = std::iter::once("lang").chain(SETTING_KEYS).collect();
    for line in [
        format!("var NAMESPACE = \"{NAMESPACE}\";"),
        format!("var SETTINGS = [{}];", list(settings)),
        format!("var LANGUAGES = [{}];", list(languages)),
        format!("var ID_PREFIX = \"{ID_PREFIX}\";"),
        format!("var END_ID = \"{END_ID}\";"),
        format!("var SHOWN_ATTR = \"{SHOWN_ATTRIBUTE}\";"),
        format!("var WORDS_PREFIX = \"{WORDS_PREFIX}\";"),
        format!("var EARLY_ATTR = \"{EARLY_ATTRIBUTE}\";"),
        format!("var EARLY_CONTROL_ATTR = \"{EARLY_CONTROL_ATTRIBUTE}\";"),
        format!("var LIVE_ATTR = \"{LIVE_ATTRIBUTE}\";"),
        format!("var READY_ID = \"{READY_ID}\";"),
        format!("var SLOT_PREFIX = \"{SLOT_PREFIX}\";"),
        format!(
            "var FRAGMENT_KEYS = [{}];",
            list(partnership_readiness::core::formats::route::Route::FRAGMENT_KEYS.to_vec())
        ),
        format!("var MAX_NAME_CHARS = {MAX_NAME_CHARS};"),
        format!(
            "var PUBLIC_SUFFIXES = [{}];",
            list(partnership_readiness::core::host::durability::PUBLIC_SUFFIXES.to_vec())
        ),
    ] {
        assert!(script.contains(&line), "boot.js should say {line}");
    }
    // The placeholder, as JavaScript writes it.
    let sentinel: String = NAME_SENTINEL
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else {
                format!("\\u{:04X}", u32::from(c))
            }
        })
        .collect();
    assert!(
        script.contains(&format!("var NAME_SENTINEL = \"{sentinel}\";")),
        "boot.js should name the placeholder {sentinel}"
    );
}

/// Holds the wasm, so the page stays as index.html and boot.js make it until `release`.
fn holding_the_wasm() -> ServerOptions {
    ServerOptions {
        held: vec![wasm_path()],
        ..ServerOptions::default()
    }
}

/// Starts a browser whose every page records what each frame shows (support::frames).
async fn browser_with(options: ServerOptions) -> Result<Browser, Box<dyn std::error::Error>> {
    let browser = Browser::start_with_server(options).await;
    browser.before_page_scripts(frames::FRAME_LOG).await?;
    Ok(browser)
}

/// Opens `path` with the wasm held: the page as the prerender leaves it. Then lets the wasm
/// through and waits for the app.
async fn open_held(browser: &Browser, path: &str) -> TestResult {
    browser.client.goto(&browser.server.url(path)).await?;
    browser
        .wait_until(
            "the page parsed",
            "return document.readyState !== 'loading';",
        )
        .await?;
    Ok(())
}

/// The prerendered welcome in `language` is on screen, and the loading line is not.
async fn assert_prerender_shown(browser: &Browser, language: Language) -> TestResult {
    let code = language.code();
    browser
        .wait_until(
            &format!("the {code} prerender shown"),
            &format!(
                "return document.documentElement.getAttribute('data-prc-prerender') === '{code}';"
            ),
        )
        .await?;
    let state = browser
        .js("const shown = e => !!e && e.getClientRects().length > 0; return [shown(document.getElementById('welcome-heading')), shown(document.getElementById('prc-loading')), document.querySelectorAll('.prerender').length, document.documentElement.hasAttribute('data-prc-live'), document.getElementById('welcome-heading').textContent];")
        .await?;
    assert_eq!(
        state,
        json!([
            true,
            false,
            1,
            false,
            content(language).text("welcome-heading")
        ]),
        "the {code} welcome shown from HTML, alone, before the app"
    );
    Ok(())
}

/// Compares the prerender (wasm held) with the app's first render (released) on one load.
async fn assert_prerender_equals_the_app(browser: &Browser, language: Language) -> TestResult {
    let prerender = tree(browser, &format!("#{ID_PREFIX}{}", language.code())).await?;
    browser.server.release();
    browser.wait_for_app().await?;
    let app = tree(browser, "#app").await?;
    assert_same_tree(&prerender, &app)
}

#[tokio::test]
async fn a_new_visitor_sees_the_prerender_then_the_same_app_with_no_flash() -> TestResult {
    let browser = new_visitor_holding_the_wasm("/").await?;
    browser.screenshot("prerender-welcome").await?;
    // The window as a person sees it, before and after the app takes over: the same pixels (a
    // text node split differently would move a line; the browser would count the app's paint as
    // a new largest paint).
    let before = browser.client.screenshot().await?;
    assert_prerender_equals_the_app(&browser, Language::English).await?;
    frames::finished_log(&browser).await?;
    assert!(
        browser.client.screenshot().await? == before,
        "the app's first screen is not pixel for pixel the prerendered one"
    );
    let log = frames::finished_log(&browser).await?;
    frames::assert_one_screen_at_a_time(&log)?;
    assert_eq!(
        frames::sequence(&log),
        ["prc-prerender-en", "app"],
        "the prerender from the first visible frame, then the app: {log:?}"
    );
    frames::assert_no_policy_violations(&browser).await?;
    assert_eq!(
        browser
            .js("return document.querySelectorAll('.prerender, template[id^=prc-]').length;")
            .await?,
        json!(0),
        "nothing of the prerender is left"
    );
    browser.close().await
}

/// Records, from the first moment of every page, the paints Chromium reports: the first
/// contentful paint and each largest-contentful-paint candidate, with its time and size, and
/// which prerender the page showed once parsed.
const PAINT_LOG: &str = "window.__prcPaints = { first: null, largest: [], shown: null }; \
    document.addEventListener('DOMContentLoaded', () => { window.__prcPaints.shown = document.documentElement.getAttribute('data-prc-prerender'); }); \
    new PerformanceObserver(l => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__prcPaints.first = e.startTime; }).observe({ type: 'paint', buffered: true }); \
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.__prcPaints.largest.push([e.startTime, e.size]); }).observe({ type: 'largest-contentful-paint', buffered: true });";

/// The page's largest contentful paint is the prerender's own first paint, not the app's repaint
/// of the same pixels: Chromium drops a paint whose element left the page before the paint was
/// reported, so the app starts only once it has been (boot.js, loader.js). Lighthouse and a
/// site's field data measure the page by this paint; at a phone's size, as Lighthouse loads it.
#[tokio::test]
async fn the_prerenders_first_paint_is_the_pages_largest_contentful_paint() -> TestResult {
    let browser = Browser::start_phone().await;
    browser.before_page_scripts(PAINT_LOG).await?;
    browser.open("/").await?;
    // Two frames after the app took over: a later, larger paint of the app's would be in.
    browser
        .wait_until(
            "two frames after the app started",
            "if (!window.__prcFrames) { window.__prcFrames = 0; const next = () => { window.__prcFrames += 1; if (window.__prcFrames < 2) requestAnimationFrame(next); }; requestAnimationFrame(next); } return window.__prcFrames >= 2;",
        )
        .await?;
    let paints = browser
        .wait_until(
            "the first contentful paint and a largest one reported",
            "const p = window.__prcPaints; return p.first !== null && p.largest.length > 0 ? p : null;",
        )
        .await?;
    let first = paints["first"].as_f64().unwrap_or(f64::NAN);
    let largest = paints["largest"]
        .as_array()
        .and_then(|all| all.last())
        .and_then(|last| last[0].as_f64())
        .unwrap_or(f64::NAN);
    assert_eq!(
        paints["shown"],
        json!("en"),
        "a new visitor's page showed the prerender"
    );
    assert_eq!(
        largest, first,
        "the largest contentful paint is the prerender's first paint, not a later one: {paints}"
    );
    browser.close().await
}

/// The wasm is fetched once, whether the page starts it early (boot.js's preload, for a visit
/// without the prerender) or the loader starts it after the prerender's paint: a preload that
/// wasm-bindgen's own request does not match (another credentials mode, an integrity value)
/// would be a second fetch, which the browser's resource timing shows even when the second
/// comes from its cache.
#[tokio::test]
async fn the_wasm_is_fetched_once_with_and_without_the_prerender() -> TestResult {
    for (what, seed, initiator) in [
        ("a new visitor (the prerender)", "", "fetch"),
        (
            "a returning visitor (no prerender: boot.js preloads it)",
            "localStorage.setItem('partnership-readiness:session', '{}');",
            "link",
        ),
    ] {
        let browser = Browser::start().await;
        if !seed.is_empty() {
            browser.before_page_scripts(seed).await?;
        }
        browser.open("/").await?;
        let fetches = browser
            .js(&format!(
                "return performance.getEntriesByType('resource').filter(e => e.name.endsWith('{}')).map(e => e.initiatorType);",
                wasm_path()
            ))
            .await?;
        assert_eq!(fetches, json!([initiator]), "{what}");
        browser.close().await?;
    }
    Ok(())
}

#[tokio::test]
async fn the_prerender_and_the_app_are_compared_as_trees_and_a_difference_is_found() -> TestResult {
    let a = json!([{ "tag": "p", "attributes": { "class": "lead" }, "children": ["Hello"] }]);
    let mut b = a.clone();
    b[0]["attributes"]["class"] = json!("other");
    assert!(assert_same_tree(&a, &a).is_ok());
    let error = assert_same_tree(&a, &b).unwrap_err().to_string();
    assert!(error.contains("[0].attributes.class"), "{error}");
    Ok(())
}

#[tokio::test]
async fn a_returning_visitor_a_remembered_language_and_links_never_see_the_welcome_prerender(
) -> TestResult {
    let code = journey::result_code(3, "Team A", [80, 70, 60, 50, 40, 30]);
    let seeds = [
        (
            "a saved session",
            "localStorage.setItem('partnership-readiness:session', '{}');",
            "/",
        ),
        (
            "a remembered language",
            "localStorage.setItem('partnership-readiness:language', 'cy');",
            "/",
        ),
        ("a shared result", "", "/#result=CODE"),
        ("a comparison", "", "/#compare="),
        ("the facilitator's guide", "", "/#facilitator-guide"),
        ("a mail-encoded link", "", "/?x=%23result%3DCODE"),
        (
            "a host's parameter this screen does not know",
            "",
            "/?utm_source=newsletter",
        ),
        ("the welcome switched off", "", "/?welcome=false"),
        ("a language not shipped", "", "/?lang=fr"),
        (
            "a language after a byte-order mark",
            "",
            "/?lang=%EF%BB%BFcy",
        ),
        ("a name the app would change", "", "/?name=Any%20%20town"),
        (
            "a mail-encoded link twice over",
            "",
            "/?lang=cy%2523compare%253D",
        ),
    ];
    for (what, seed, path) in seeds {
        let browser = browser_with(holding_the_wasm()).await?;
        if !seed.is_empty() {
            browser.before_page_scripts(seed).await?;
        }
        open_held(&browser, &path.replace("CODE", &code)).await?;
        let state = browser
            .js("const shown = e => !!e && e.getClientRects().length > 0; return [document.documentElement.hasAttribute('data-prc-prerender'), [...document.querySelectorAll('.prerender')].some(b => shown(b.firstElementChild)), shown(document.getElementById('prc-loading'))];")
            .await?;
        assert_eq!(
            state,
            json!([false, false, true]),
            "{what}: the loading line, no prerender"
        );
        browser.server.release();
        browser
            .wait_until(
                "the app",
                "return document.documentElement.hasAttribute('data-prc-live');",
            )
            .await?;
        let log = frames::finished_log(&browser).await?;
        assert!(
            frames::screens(&log)
                .iter()
                .all(|s| !s.contains("prc-prerender")),
            "{what}: {log:?}"
        );
        browser.close().await?;
    }
    Ok(())
}

/// A new visitor opening `path` in English, with the wasm held: the prerender on screen.
async fn new_visitor_holding_the_wasm(path: &str) -> Result<Browser, Box<dyn std::error::Error>> {
    let browser = browser_with(holding_the_wasm()).await?;
    open_held(&browser, path).await?;
    assert_prerender_shown(&browser, Language::English).await?;
    Ok(browser)
}

/// A new visitor opening the Welsh widget, with the wasm and the Welsh file held: the Welsh
/// prerender on screen. Returns the Welsh file's path, to release it.
async fn welsh_visit_holding_the_wasm_and_the_welsh_file(
) -> Result<(Browser, String), Box<dyn std::error::Error>> {
    let welsh_file =
        partnership_readiness::core::questions::content::catalogue_path(Language::Welsh);
    let browser = browser_with(ServerOptions {
        held: vec![wasm_path(), welsh_file.clone()],
        ..ServerOptions::default()
    })
    .await?;
    open_held(&browser, "/?lang=cy").await?;
    assert_prerender_shown(&browser, Language::Welsh).await?;
    Ok((browser, welsh_file))
}

#[tokio::test]
async fn welsh_shows_the_welsh_prerender_until_the_welsh_app_is_ready() -> TestResult {
    let (browser, welsh_file) = welsh_visit_holding_the_wasm_and_the_welsh_file().await?;
    let prerender = tree(&browser, &format!("#{ID_PREFIX}cy")).await?;
    // Only the wasm first: the app runs and asks for its Welsh words; the prerender stays.
    browser.server.release_path(&wasm_path());
    let asked = || {
        browser
            .server
            .requests
            .lock()
            .unwrap()
            .iter()
            .any(|r| r.ends_with(&welsh_file))
    };
    let deadline = std::time::Instant::now() + support::WAIT;
    while !asked() {
        assert!(
            std::time::Instant::now() < deadline,
            "the Welsh file was never asked for"
        );
        tokio::time::sleep(support::POLL).await;
    }
    assert_prerender_shown(&browser, Language::Welsh).await?;
    browser
        .screenshot("prerender-welsh-waiting-for-its-words")
        .await?;
    browser.set_viewport(360, 740).await?;
    let before = browser.client.screenshot().await?;
    browser.server.release_path(&welsh_file);
    browser.wait_for_app().await?;
    let app = tree(&browser, "#app").await?;
    assert_same_tree(&prerender, &app)?;
    let log = frames::finished_log(&browser).await?;
    assert!(
        browser.client.screenshot().await? == before,
        "on a phone, the Welsh app's first screen is not pixel for pixel the prerendered one"
    );
    frames::assert_one_screen_at_a_time(&log)?;
    assert!(
        log.iter()
            .filter(|entry| entry["screens"].as_array().is_some_and(|s| !s.is_empty()))
            .all(|entry| entry["lang"] == "cy"),
        "Welsh in every visible frame: {log:?}"
    );
    assert_eq!(frames::sequence(&log), ["prc-prerender-cy", "app"]);
    browser.close().await
}

#[tokio::test]
async fn a_host_turning_sharing_off_still_gets_the_prerender_and_it_equals_the_app() -> TestResult {
    let browser = new_visitor_holding_the_wasm("/?sharing=false").await?;
    assert_prerender_equals_the_app(&browser, Language::English).await?;
    browser.close().await
}

#[tokio::test]
async fn the_prerender_works_under_the_strict_policy_and_a_sub_path() -> TestResult {
    let browser = browser_with(ServerOptions {
        prefix: "/tools/readiness".into(),
        held: vec![wasm_path()],
        ..ServerOptions::default()
    })
    .await?;
    open_held(&browser, "/tools/readiness/").await?;
    assert_prerender_shown(&browser, Language::English).await?;
    assert_prerender_equals_the_app(&browser, Language::English).await?;
    let requests = browser.server.requests.lock().unwrap().clone();
    assert!(
        requests
            .iter()
            .any(|r| r.starts_with("/tools/readiness/boot-") && r.ends_with(".js")),
        "boot.js from below the sub-path: {requests:?}"
    );
    frames::assert_no_policy_violations(&browser).await?;
    // The policy is really the strict one: an inline script is refused.
    browser
        .js("const s = document.createElement('script'); s.textContent = 'window.__inline = true;'; document.head.appendChild(s);")
        .await?;
    assert_eq!(
        browser.js("return window.__inline === true;").await?,
        json!(false)
    );
    browser.close().await
}

/// The "getting ready" line after a click on the prerender: the visit language's words, in a
/// polite live region.
async fn assert_getting_ready(browser: &Browser, language: Language) -> TestResult {
    browser
        .wait_for_text(
            "#prc-getting-ready",
            &content(language).text("prerender-getting-ready"),
        )
        .await?;
    assert_eq!(
        browser
            .js("const p = document.getElementById('prc-getting-ready'); return [p.getAttribute('role'), p.getClientRects().length > 0];")
            .await?,
        json!(["status", true])
    );
    Ok(())
}

#[tokio::test]
async fn a_click_before_the_app_starts_is_replayed_and_nothing_is_lost() -> TestResult {
    let browser = new_visitor_holding_the_wasm("/").await?;
    // Radio buttons work at once; Start waits and says so.
    browser.click("label[for='stage-first-year']").await?;
    browser.click("label[for='role-lead']").await?;
    browser.click_button("Start the assessment").await?;
    assert_getting_ready(&browser, Language::English).await?;
    assert_eq!(
        browser.js("return document.querySelector('.prerender') !== null && document.getElementById('stage-first-year').checked && document.getElementById('role-lead').checked;").await?,
        json!(true),
        "still the prerendered welcome, with the person's choices"
    );
    browser.screenshot("prerender-getting-ready").await?;
    browser.set_viewport(360, 740).await?;
    browser.screenshot("prerender-getting-ready-phone").await?;
    browser.server.release();
    browser.wait_for_app().await?;
    browser
        .wait_for_text("#progress-text", "Section 1 of 6 · 0 of 40 answered")
        .await?;
    assert_eq!(
        browser
            .js("return [document.activeElement && document.activeElement.id, document.getElementById('prc-getting-ready')];")
            .await?,
        json!(["section-heading", null]),
        "the first section's heading has the focus, as after a Start in the app"
    );
    let saved = browser
        .local_storage("partnership-readiness:session")
        .await?
        .ok_or("the replayed Start saved the session")?;
    let saved: Value = serde_json::from_str(&saved)?;
    assert_eq!(
        (&saved["stage"], &saved["role"]),
        (&json!("first-year"), &json!("lead")),
        "{saved}"
    );
    browser.close().await
}

#[tokio::test]
async fn a_language_chosen_before_the_app_starts_is_kept() -> TestResult {
    let browser = new_visitor_holding_the_wasm("/").await?;
    browser.click("[data-testid=language-cy]").await?;
    assert_getting_ready(&browser, Language::English).await?;
    browser.server.release();
    browser
        .wait_until(
            "the app in Welsh",
            "return document.documentElement.hasAttribute('data-prc-live') && document.documentElement.lang === 'cy' || null;",
        )
        .await?;
    browser
        .wait_for_text(
            "#welcome-heading",
            &content(Language::Welsh).text("welcome-heading"),
        )
        .await?;
    assert_eq!(
        browser
            .local_storage("partnership-readiness:language")
            .await?,
        Some("cy".to_string()),
        "remembered, as a choice in the app is"
    );
    let log = frames::finished_log(&browser).await?;
    frames::assert_one_screen_at_a_time(&log)?;
    assert_eq!(frames::sequence(&log), ["prc-prerender-en", "app"]);
    browser.close().await
}

#[tokio::test]
async fn any_other_early_click_waits_and_changes_nothing() -> TestResult {
    let browser = new_visitor_holding_the_wasm("/").await?;
    browser.click_button("Delete my answers").await?;
    assert_getting_ready(&browser, Language::English).await?;
    browser.server.release();
    browser.wait_for_app().await?;
    assert_eq!(
        browser
            .js("return [document.querySelector('.confirm') === null, localStorage.length, !!document.getElementById('welcome-heading')];")
            .await?,
        json!([true, 0, true]),
        "no confirmation asked, nothing stored, still the welcome"
    );
    browser.close().await
}

#[tokio::test]
async fn the_keyboard_focus_survives_the_replacement() -> TestResult {
    let browser = new_visitor_holding_the_wasm("/").await?;
    browser
        .js("document.getElementById('stage-forming').focus();")
        .await?;
    browser.press(" ").await?;
    assert_eq!(
        browser
            .js("return [document.activeElement.id, document.activeElement.checked];")
            .await?,
        json!(["stage-forming", true])
    );
    browser.server.release();
    browser.wait_for_app().await?;
    browser
        .wait_until(
            "the focus back on the stage",
            "return document.activeElement && document.activeElement.id === 'stage-forming' && !document.activeElement.closest('.prerender') && document.activeElement.checked || null;",
        )
        .await?;
    browser.close().await
}

/// The accent tokens the app sets for `accent` (ui::embed::apply_accent), by property name.
fn accent_properties(accent: &str) -> Value {
    use partnership_readiness::core::host::settings::Settings;
    use partnership_readiness::core::host::theme::theme;
    let (settings, _) = Settings::from_pairs([("accent", accent)]);
    let Some(colour) = settings.accent else {
        return json!({});
    };
    let theme = theme(colour);
    let mut properties = serde_json::Map::new();
    for (prefix, tokens) in [("", &theme.light), ("dark-", &theme.dark)] {
        for (name, value) in [
            ("accent", tokens.accent),
            ("accent-strong", tokens.strong),
            ("accent-soft", tokens.soft),
            ("on-accent", tokens.on_accent),
        ] {
            properties.insert(format!("--brand-{prefix}{name}"), json!(value.hex()));
        }
    }
    Value::Object(properties)
}

const BRAND_PROPERTIES: &str = "const s = document.documentElement.style; const out = {}; for (let i = 0; i < s.length; i++) { if (s[i].startsWith('--brand-')) { out[s[i]] = s.getPropertyValue(s[i]).trim(); } } return out;";

/// The name line the prerender shows (wasm held), or null when no prerender is shown.
const SHOWN_NAME: &str = "if (!document.documentElement.hasAttribute('data-prc-prerender')) { return 'hidden'; } const o = document.querySelector('.prerender [data-testid=org-name]'); return o ? o.textContent : null;";

#[tokio::test]
async fn a_hosts_name_and_accent_show_from_the_first_frame_as_the_app_shows_them() -> TestResult {
    let browser =
        new_visitor_holding_the_wasm("/?name=Anytown%20Partnership&accent=%230b6e4f").await?;
    let name_line = format!(
        " {}",
        content(Language::English)
            .format("app-org-name", &[("name", "Anytown Partnership".into())])
    );
    assert_eq!(browser.js(SHOWN_NAME).await?, json!(name_line));
    let expected = accent_properties("#0b6e4f");
    assert_eq!(browser.js(BRAND_PROPERTIES).await?, expected);
    browser.screenshot("prerender-name-accent").await?;
    browser.set_viewport(360, 740).await?;
    browser.screenshot("prerender-name-accent-phone").await?;
    assert_prerender_equals_the_app(&browser, Language::English).await?;
    assert_eq!(
        browser.js(BRAND_PROPERTIES).await?,
        expected,
        "the app set the same"
    );
    browser.screenshot("app-name-accent-phone").await?;
    let log = frames::finished_log(&browser).await?;
    frames::assert_one_screen_at_a_time(&log)?;
    for entry in log
        .iter()
        .filter(|e| e["screens"].as_array().is_some_and(|s| !s.is_empty()))
    {
        assert_eq!(entry["org"], json!(name_line), "{log:?}");
        assert_eq!(entry["accent"], expected["--brand-accent"], "{log:?}");
    }
    browser.close().await
}

#[tokio::test]
async fn a_name_is_shown_only_when_the_app_would_show_it_unchanged() -> TestResult {
    use partnership_readiness::core::host::settings::Settings;
    let shown = [
        "Anytown Partnership",
        "Partneriaeth Iechyd Caerdydd a’r Fro",
        "Team 🚀 (North) & Co.",
        "<img src=x onerror=alert(1)>",
        "$& and $1",
        &"n".repeat(60),
    ];
    // The app would change these (a run of spaces, a tab, an invisible or reversing character,
    // a filler, a space at the start): the prerender hides rather than differ.
    let hidden = [
        "Anytown  Partnership",
        "Anytown\tPartnership",
        "Any\u{200b}town",
        "Any\u{202e}town",
        "\u{3164}",
        " Anytown",
    ];
    let browser = Browser::start_with_server(holding_the_wasm()).await;
    let url = |name: &str| {
        let mut url = url::Url::parse(&browser.server.url("/")).expect("a URL");
        url.query_pairs_mut().append_pair("name", name);
        url.to_string()
    };
    for name in shown {
        browser.client.goto(&url(name)).await?;
        let app_name = Settings::from_pairs([("name", name)])
            .0
            .name
            .expect("a name");
        assert_eq!(app_name, name, "the app shows it unchanged");
        let expected = format!(
            " {}",
            content(Language::English).format("app-org-name", &[("name", name.into())])
        );
        assert_eq!(browser.js(SHOWN_NAME).await?, json!(expected), "{name:?}");
    }
    for name in hidden {
        browser.client.goto(&url(name)).await?;
        assert_eq!(browser.js(SHOWN_NAME).await?, json!("hidden"), "{name:?}");
    }
    // Longer than the app takes: the app ignores it, so the prerender shows no name.
    browser.client.goto(&url(&"n".repeat(61))).await?;
    assert_eq!(browser.js(SHOWN_NAME).await?, Value::Null);
    browser.close().await
}

#[tokio::test]
async fn an_accent_is_set_before_the_app_exactly_as_the_app_sets_it() -> TestResult {
    let mut accents: Vec<String> = [
        "#0b6e4f",
        "#1d5f8a",
        "f60",
        "#FFF",
        "#000000",
        "#ffff00",
        "#7cc0ec",
        "#a12828",
        " #123abc ",
        "#808080",
        "#00ff00",
        "#ff00ff",
    ]
    .map(String::from)
    .to_vec();
    // And a spread of others, the same on every run.
    let mut seed: u32 = 0x5eed;
    for _ in 0..24 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        accents.push(format!("#{:06x}", (seed >> 4) & 0xff_ffff));
    }
    // What the app ignores, the prerender ignores: no tokens, the screen still shown.
    accents.extend(["red", "#12345", "#ggg", "url(x)", ""].map(String::from));
    // Space the app's reader trims (U+0085) and a mark it does not (U+FEFF), unlike
    // JavaScript's own trim.
    accents.extend(["\u{85}#f60\u{2003}", "\u{feff}#f60"].map(String::from));
    let browser = Browser::start_with_server(holding_the_wasm()).await;
    for accent in &accents {
        let mut url = url::Url::parse(&browser.server.url("/")).expect("a URL");
        url.query_pairs_mut().append_pair("accent", accent);
        browser.client.goto(url.as_str()).await?;
        assert_eq!(
            browser
                .js("return document.documentElement.getAttribute('data-prc-prerender');")
                .await?,
            json!("en"),
            "{accent:?}"
        );
        assert_eq!(
            browser.js(BRAND_PROPERTIES).await?,
            accent_properties(accent),
            "{accent:?}"
        );
    }
    browser.close().await
}

/// The embedding snippet, framing the widget from `origin`.
fn snippet(origin: &str, attributes: &str) -> String {
    format!(
        "<div data-partnership-readiness {attributes}></div><script src=\"{origin}/embed.js\" defer></script>"
    )
}

#[tokio::test]
async fn the_embedded_welcome_shows_the_hosts_name_accent_and_storage_notice_before_the_app(
) -> TestResult {
    let browser = browser_with(ServerOptions {
        headers: vec![("Access-Control-Allow-Origin".into(), "*".into())],
        held: vec![wasm_path()],
        ..ServerOptions::default()
    })
    .await?;
    // The widget on localhost, the host on 127.0.0.1: another site, so the app warns that saved
    // answers may not last, and the prerender must say so too.
    let widget = format!("http://localhost:{}", browser.server.port());
    let dir = support::Profile::new();
    let host = support::host_page(
        &dir,
        &snippet(
            &widget,
            "data-name=\"Anytown Partnership\" data-accent=\"#0b6e4f\" data-height=\"1400\"",
        ),
    )?;
    browser.client.goto(&host.url("/")).await?;
    browser
        .wait_until(
            "the frame",
            "return document.querySelector('iframe') ? true : null;",
        )
        .await?;
    browser.client.enter_frame(0).await?;
    assert_prerender_shown(&browser, Language::English).await?;
    assert_eq!(
        browser
            .js("return [document.querySelector('.prerender [data-testid=org-name]').textContent, (document.querySelector('.prerender [data-testid=notice-may-not-last] [data-risk]') || {}).dataset.risk];")
            .await?,
        json!([
            format!(" {}", content(Language::English).format("app-org-name", &[("name", "Anytown Partnership".into())])),
            "foreign-frame"
        ])
    );
    assert_eq!(
        browser.js(BRAND_PROPERTIES).await?,
        accent_properties("#0b6e4f")
    );
    browser.screenshot("embed-prerender-name-accent").await?;
    assert_prerender_equals_the_app(&browser, Language::English).await?;
    browser.screenshot("embed-app-name-accent").await?;
    frames::assert_no_policy_violations(&browser).await?;
    browser.client.enter_parent_frame().await?;
    browser.close().await
}

#[tokio::test]
async fn a_frame_of_the_same_site_shows_the_welcome_with_no_notice_and_a_sandbox_hides_it(
) -> TestResult {
    let browser = browser_with(ServerOptions {
        headers: vec![("Access-Control-Allow-Origin".into(), "*".into())],
        held: vec![wasm_path()],
        ..ServerOptions::default()
    })
    .await?;
    // 127.0.0.1 on two ports: two origins of one site, whose storage is not kept apart.
    let dir = support::Profile::new();
    let host = support::host_page(&dir, &format!(
        "<iframe src=\"{}\" title=\"Partnership Readiness Check\" style=\"width:100%;height:1400px;border:0\"></iframe>",
        browser.server.url("/?lang=cy")
    ))?;
    browser.client.goto(&host.url("/")).await?;
    browser.client.enter_frame(0).await?;
    assert_prerender_shown(&browser, Language::Welsh).await?;
    assert_eq!(
        browser
            .js("return document.querySelector('.prerender [data-testid=notice-may-not-last]');")
            .await?,
        Value::Null
    );
    browser.server.release_path(&wasm_path());
    browser.wait_for_app().await?;
    browser.client.enter_parent_frame().await?;
    // Sandboxed without allow-same-origin, the frame has no storage: the app says so on its
    // first screen, so the prerender never shows.
    let sandboxed_dir = support::Profile::new();
    let sandboxed = support::host_page(&sandboxed_dir, &format!(
        "<iframe sandbox=\"allow-scripts\" src=\"{}\" title=\"Partnership Readiness Check\" style=\"width:100%;height:1400px;border:0\"></iframe>",
        browser.server.url("/")
    ))?;
    browser.client.goto(&sandboxed.url("/")).await?;
    browser.client.enter_frame(0).await?;
    browser
        .wait_for_css("[data-testid=notice-storage-unavailable]")
        .await?;
    assert_eq!(
        browser
            .js("return document.documentElement.hasAttribute('data-prc-prerender');")
            .await?,
        json!(false)
    );
    browser.client.enter_parent_frame().await?;
    browser.close().await
}

/// The position and stage the saved session holds, once the app has saved it.
async fn saved_place(browser: &Browser) -> Result<Value, Box<dyn std::error::Error>> {
    let saved = browser
        .wait_until(
            "the session saved",
            "return localStorage.getItem('partnership-readiness:session');",
        )
        .await?;
    let saved: Value = serde_json::from_str(saved.as_str().unwrap_or("null"))?;
    Ok(json!([saved["position"]["view"], saved["stage"]]))
}

#[tokio::test]
async fn clicks_while_the_welsh_file_is_on_its_way_are_kept_too() -> TestResult {
    let (browser, welsh_file) = welsh_visit_holding_the_wasm_and_the_welsh_file().await?;
    // The app is running and waiting for its Welsh words; the prerender is still what shows.
    browser.server.release_path(&wasm_path());
    browser
        .wait_until(
            "the app waiting for Welsh",
            "return document.querySelector('.prerender') && !document.querySelector('#app > .prerender') || null;",
        )
        .await?;
    browser.click("label[for='stage-established']").await?;
    browser.click(".prerender [data-early=start]").await?;
    assert_getting_ready(&browser, Language::Welsh).await?;
    browser.server.release_path(&welsh_file);
    browser.wait_for_app().await?;
    browser.wait_for_css("#section-heading").await?;
    assert_eq!(
        saved_place(&browser).await?,
        json!(["section", "established"])
    );
    assert_eq!(
        browser
            .js("return document.activeElement && document.activeElement.id;")
            .await?,
        json!("section-heading")
    );
    browser.close().await
}

#[tokio::test]
async fn a_language_and_start_chosen_before_the_app_are_both_kept() -> TestResult {
    let browser = new_visitor_holding_the_wasm("/").await?;
    browser.click("[data-testid=language-cy]").await?;
    browser.click_button("Start the assessment").await?;
    assert_eq!(
        browser
            .js("return document.documentElement.getAttribute('data-prc-early');")
            .await?,
        json!("language-cy start")
    );
    browser.server.release();
    browser
        .wait_until(
            "the first section in Welsh",
            "return document.documentElement.lang === 'cy' && document.getElementById('section-heading') || null;",
        )
        .await?;
    assert_eq!(
        browser
            .local_storage("partnership-readiness:language")
            .await?,
        Some("cy".to_string())
    );
    assert_eq!(saved_place(&browser).await?, json!(["section", null]));
    browser.close().await
}
