//! The prerendered first screen (src/ui/prerender.rs): what the build puts into index.html, when
//! the page shows it, and how the app replaces it.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use partnership_readiness::core::questions::content::Content;
use partnership_readiness::core::text::language::Language;
use partnership_readiness::ui::prerender::{END_ID, ID_PREFIX};

use serde_json::{json, Value};
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
    use partnership_readiness::core::host::settings::SETTING_KEYS;
    use partnership_readiness::ui::loading::LIVE_ATTRIBUTE;
    use partnership_readiness::ui::prerender::{
        EARLY_ATTRIBUTE, EARLY_CONTROL_ATTRIBUTE, READY_ID, SHOWN_ATTRIBUTE, WORDS_PREFIX,
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
    ] {
        assert!(script.contains(&line), "boot.js should say {line}");
    }
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

/// One canonical tree per child of the element `arguments[0]` finds: tag, attributes sorted
/// by name, children with comments dropped and adjacent text joined. A form control's `value`
/// and `checked` are read as properties, never attributes: the server renderer writes them as
/// attributes, the browser's renderer sets the properties, and a person sees the properties.
const CANONICAL_TREE: &str = r#"
    const canon = (node) => {
        const control = ['INPUT', 'TEXTAREA', 'SELECT'].includes(node.tagName);
        const out = { tag: node.tagName.toLowerCase(), attributes: {}, children: [] };
        [...node.attributes]
            .filter(a => !(control && (a.name === 'value' || a.name === 'checked')))
            .sort((a, b) => (a.name < b.name ? -1 : 1))
            .forEach(a => { out.attributes[a.name] = a.value; });
        if (control) { out.checked = !!node.checked; out.value = node.value; }
        let text = '';
        for (const child of node.childNodes) {
            if (child.nodeType === Node.TEXT_NODE) { text += child.data; continue; }
            if (child.nodeType !== Node.ELEMENT_NODE) { continue; }
            if (text) { out.children.push(text); text = ''; }
            out.children.push(canon(child));
        }
        if (text) { out.children.push(text); }
        return out;
    };
    const root = document.querySelector(arguments[0]);
    return root ? [...root.children].map(canon) : null;
"#;

async fn tree(browser: &Browser, selector: &str) -> Result<Value, Box<dyn std::error::Error>> {
    let tree = browser
        .client
        .execute(CANONICAL_TREE, vec![json!(selector)])
        .await?;
    if tree.is_null() {
        return Err(format!("nothing matches {selector}").into());
    }
    Ok(tree)
}

/// The JSON path of the first difference between two trees, or None when they are equal.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|key| {
                first_difference(
                    x.get(key).unwrap_or(&Value::Null),
                    y.get(key).unwrap_or(&Value::Null),
                    &format!("{path}.{key}"),
                )
            })
        }
        (Value::Array(x), Value::Array(y)) => (0..x.len().max(y.len())).find_map(|i| {
            first_difference(
                x.get(i).unwrap_or(&Value::Null),
                y.get(i).unwrap_or(&Value::Null),
                &format!("{path}[{i}]"),
            )
        }),
        _ if a == b => None,
        _ => Some(format!("{path}: {a} != {b}")),
    }
}

fn assert_same_tree(prerender: &Value, app: &Value) -> TestResult {
    match first_difference(prerender, app, "") {
        None => Ok(()),
        Some(difference) => Err(format!(
            "the prerendered screen differs from the app's first render at {difference}"
        )
        .into()),
    }
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
    let browser = browser_with(holding_the_wasm()).await?;
    open_held(&browser, "/").await?;
    assert_prerender_shown(&browser, Language::English).await?;
    browser.screenshot("prerender-welcome").await?;
    assert_prerender_equals_the_app(&browser, Language::English).await?;
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
            "a host's name (shown once the app runs)",
            "",
            "/?name=Anytown",
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

#[tokio::test]
async fn welsh_shows_the_welsh_prerender_until_the_welsh_app_is_ready() -> TestResult {
    let welsh_file =
        partnership_readiness::core::questions::content::catalogue_path(Language::Welsh);
    let browser = browser_with(ServerOptions {
        held: vec![wasm_path(), welsh_file.clone()],
        ..ServerOptions::default()
    })
    .await?;
    open_held(&browser, "/?lang=cy").await?;
    assert_prerender_shown(&browser, Language::Welsh).await?;
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
    browser.server.release_path(&welsh_file);
    browser.wait_for_app().await?;
    let app = tree(&browser, "#app").await?;
    assert_same_tree(&prerender, &app)?;
    let log = frames::finished_log(&browser).await?;
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
    let browser = browser_with(holding_the_wasm()).await?;
    open_held(&browser, "/?sharing=false").await?;
    assert_prerender_shown(&browser, Language::English).await?;
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
    let browser = browser_with(holding_the_wasm()).await?;
    open_held(&browser, "/").await?;
    assert_prerender_shown(&browser, Language::English).await?;
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
    let browser = browser_with(holding_the_wasm()).await?;
    open_held(&browser, "/").await?;
    assert_prerender_shown(&browser, Language::English).await?;
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
    let browser = browser_with(holding_the_wasm()).await?;
    open_held(&browser, "/").await?;
    assert_prerender_shown(&browser, Language::English).await?;
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
    let browser = browser_with(holding_the_wasm()).await?;
    open_held(&browser, "/").await?;
    assert_prerender_shown(&browser, Language::English).await?;
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
