//! End-to-end tests of embedding: a host page on one origin (127.0.0.1:A) embeds the widget
//! from another (localhost:B) with the host script; settings, sandboxing, a strict
//! Content-Security-Policy and hosting under a sub-path.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::json;
use support::journey::*;
use support::{host_page, kit, Browser, Profile, ServerOptions, TestResult};

/// Module scripts and the wasm are fetched with CORS when the frame's origin is opaque
/// (a sandbox without allow-same-origin); README asks hosts to send this for the widget's files.
fn cors() -> ServerOptions {
    ServerOptions {
        headers: vec![("Access-Control-Allow-Origin".into(), "*".into())],
        ..ServerOptions::default()
    }
}

fn widget_origin(browser: &Browser) -> String {
    format!("http://localhost:{}", browser.server.port())
}

/// The embedded frame's height in the host page, once it differs from `not`.
async fn frame_height_other_than(
    browser: &Browser,
    not: i64,
) -> Result<i64, Box<dyn std::error::Error>> {
    let height = browser
        .wait_until(
            "the frame to change height",
            &format!("const f = document.querySelector('iframe'); const h = f && f.getBoundingClientRect().height; return h && Math.round(h) !== {not} ? Math.round(h) : null;"),
        )
        .await?;
    Ok(height.as_i64().unwrap_or_default())
}

/// Inside the frame: the content fits with no scrollbar of its own.
async fn assert_no_inner_scroll(browser: &Browser) -> TestResult {
    browser.client.enter_frame(0).await?;
    browser.wait_for_app().await?;
    let fits = browser
        .wait_until(
            "the frame to fit its content",
            "return document.documentElement.scrollHeight <= window.innerHeight + 1;",
        )
        .await;
    browser.client.enter_parent_frame().await?;
    fits.map(|_| ())
}

/// The snippet's `data-lang="cy"` starts the widget in Welsh: the frame's title, the page's
/// language and its words; the switch inside the frame still offers English.
#[tokio::test]
async fn the_snippet_can_start_the_widget_in_welsh() -> TestResult {
    let welsh = partnership_readiness::core::questions::content::Content::from_catalogue(
        partnership_readiness::core::text::language::Language::Welsh,
        include_str!(concat!(env!("OUT_DIR"), "/lang/cy.json")),
    )?;
    let browser = Browser::start_with_server(cors()).await;
    let dir = Profile::new();
    let host = host_page(
        &dir,
        &format!(
            "<div data-partnership-readiness data-lang=\"cy\"></div><script src=\"{}/embed.js\" defer></script>",
            widget_origin(&browser)
        ),
    )?;
    browser.client.goto(&host.url("/")).await?;
    let title = browser
        .wait_until(
            "the frame",
            "const f = document.querySelector('iframe'); return f && f.title;",
        )
        .await?;
    assert_eq!(title, json!(welsh.text("product-name")));
    browser.client.enter_frame(0).await?;
    browser
        .wait_until("Welsh", "return document.documentElement.lang === 'cy';")
        .await?;
    browser.wait_for_app().await?;
    browser
        .wait_for_text("#welcome-heading", &welsh.text("welcome-heading"))
        .await?;
    browser
        .wait_for_text("[data-testid=language-en]", "English")
        .await?;
    browser
        .assert_accessible("the widget embedded in Welsh")
        .await?;
    browser.client.enter_parent_frame().await?;
    browser.screenshot("cy-embedded").await?;
    browser.close().await
}

#[tokio::test]
async fn the_frame_fits_its_content_and_answers_survive_a_host_reload() -> TestResult {
    let browser = Browser::start_with_server(cors()).await;
    let dir = Profile::new();
    let host = host_page(
        &dir,
        &format!(
            "<div data-partnership-readiness data-name=\"Anytown Partnership\" data-height=\"300\"></div><script src=\"{}/embed.js\" defer></script>",
            widget_origin(&browser)
        ),
    )?;
    browser.client.goto(&host.url("/")).await?;
    let welcome = frame_height_other_than(&browser, 300).await?;
    assert_no_inner_scroll(&browser).await?;

    browser.client.enter_frame(0).await?;
    browser.wait_for_app().await?;
    browser
        .wait_for_text("[data-testid=org-name]", "\u{b7} Anytown Partnership")
        .await?;
    browser.click_button("Start the assessment").await?;
    browser.click("label[for='commitment-11-a']").await?;
    browser
        .wait_for_text("#progress-text", "Section 1 of 6 \u{b7} 1 of 40 answered")
        .await?;
    browser.client.enter_parent_frame().await?;
    let section = frame_height_other_than(&browser, welcome).await?;
    assert!(
        section > welcome,
        "grows for a section: {welcome} -> {section}"
    );
    // Heights reach the host rounded up to 160 px steps, so they say little about what is open.
    assert_eq!(
        (welcome % 160, section % 160),
        (0, 0),
        "quantised heights: {welcome}, {section}"
    );
    assert_no_inner_scroll(&browser).await?;
    browser.screenshot("embedded-section").await?;

    // Asked by the widget (after a move), the host brings the frame's top into view.
    browser
        .js("window.scrollTo(0, document.documentElement.scrollHeight);")
        .await?;
    browser.client.enter_frame(0).await?;
    browser
        .js("parent.postMessage({ type: 'partnership-readiness:top' }, '*');")
        .await?;
    browser.client.enter_parent_frame().await?;
    browser
        .wait_until(
            "the frame's top in view",
            "const top = document.querySelector('iframe').getBoundingClientRect().top; return top >= -1 && top <= 1;",
        )
        .await?;

    // Messages from anything but the widget's own frame are ignored: the host page itself
    // claims a height, then the frame reports one; only the frame's is ever applied.
    browser
        .js("window.__heights = []; const f = document.querySelector('iframe'); new MutationObserver(() => window.__heights.push(f.style.height)).observe(f, { attributes: true }); window.postMessage({ type: 'partnership-readiness:height', height: 5000 }, '*');")
        .await?;
    browser.client.enter_frame(0).await?;
    browser
        .js("parent.postMessage({ type: 'partnership-readiness:height', height: 1234 }, '*');")
        .await?;
    browser.client.enter_parent_frame().await?;
    let heights = browser
        .wait_until(
            "the frame's own height message",
            "return window.__heights.includes('1234px') ? window.__heights : null;",
        )
        .await?;
    assert!(
        !heights.to_string().contains("5000"),
        "a message not from the frame was believed: {heights}"
    );

    browser.client.enter_frame(0).await?;
    browser.click_button("Back to the introduction").await?;
    browser.client.enter_parent_frame().await?;
    let back = frame_height_other_than(&browser, section).await?;
    assert!(back < section, "shrinks again: {section} -> {back}");

    // The host page reloads; the answer is still there (storage of the embedded origin).
    browser.client.refresh().await?;
    frame_height_other_than(&browser, 300).await?;
    browser.client.enter_frame(0).await?;
    let note = browser.wait_for_css(".resume-note").await?.text().await?;
    assert!(note.contains("1 of 40"), "{note}");
    browser.client.enter_parent_frame().await?;
    browser.close().await
}

#[tokio::test]
async fn the_demo_page_embeds_the_widget_with_its_own_colours() -> TestResult {
    for phone in [false, true] {
        let browser = if phone {
            Browser::start_phone().await
        } else {
            Browser::start().await
        };
        browser
            .client
            .goto(&browser.server.url("/embed-demo.html"))
            .await?;
        frame_height_other_than(&browser, 760).await?;
        let snippet = browser.text("#snippet").await?;
        assert!(
            snippet.contains(&format!("{}/embed.js", browser.server.origin)),
            "{snippet}"
        );
        browser.client.enter_frame(0).await?;
        browser.wait_for_app().await?;
        browser.wait_for_css("#welcome-heading").await?;
        let accent = browser
            .js("return getComputedStyle(document.documentElement).getPropertyValue('--colour-accent').trim();")
            .await?;
        assert_eq!(accent, json!("#0b6e4f"));
        browser.client.enter_parent_frame().await?;
        browser
            .js("document.querySelector('iframe').scrollIntoView();")
            .await?;
        browser
            .screenshot(if phone {
                "embed-demo-phone"
            } else {
                "embed-demo-desktop"
            })
            .await?;
        browser.close().await?;
    }
    Ok(())
}

#[tokio::test]
async fn hostile_settings_are_ignored_and_a_dim_accent_stays_readable() -> TestResult {
    let browser = Browser::start().await;
    let long = "n".repeat(10_000);
    let cases = [
        // Markup in a name is shown as text.
        ("name=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E", Some("<img src=x onerror=\"window.pwned=1\">")),
        (&format!("name={long}") as &str, None),
        ("name=Ok&accent=red%3Bbackground%3Aurl(https%3A%2F%2Fevil.example)&welcome=%3Cb%3E&sharing=maybe", Some("Ok")),
    ];
    for (index, (query, shown)) in cases.iter().enumerate() {
        browser.open(&format!("/?{query}&case={index}")).await?;
        let name = browser
            .js("const e = document.querySelector('[data-testid=org-name]'); return e && e.textContent;")
            .await?;
        assert_eq!(name, json!(shown.map(|s| format!(" \u{b7} {s}"))));
        assert_eq!(browser.js("return window.pwned === undefined && document.querySelectorAll('img').length === 0;").await?, json!(true));
        // The bad accent changed nothing; the welcome page and sharing stay as usual.
        assert_eq!(
            browser
                .js("return getComputedStyle(document.documentElement).getPropertyValue('--colour-accent').trim() + '|' + document.documentElement.style.cssText;")
                .await?,
            json!("#1d5f8a|")
        );
        browser.wait_for_app().await?;
        browser.wait_for_css("#welcome-heading").await?;
    }

    // A pale yellow accent is adjusted until text on it, and it on the page, stay readable.
    browser.open("/?accent=%23ffdd00&welcome=false").await?;
    browser
        .wait_for_text("#progress-text", "Section 1 of 6 \u{b7} 0 of 40 answered")
        .await?;
    assert_eq!(
        browser
            .js("return [...document.querySelectorAll('button')].some(b => b.textContent.includes('Back to the introduction'));")
            .await?,
        json!(false),
        "no introduction to go back to"
    );
    for scheme in ["light", "dark"] {
        browser.set_colour_scheme(scheme).await?;
        browser
            .assert_accessible(&format!("yellow accent ({scheme})"))
            .await?;
    }
    browser.close().await
}

#[tokio::test]
async fn sharing_can_be_switched_off() -> TestResult {
    let browser = Browser::start().await;
    browser.open("/?sharing=false").await?;
    complete_by_clicking(&browser).await?;
    assert_eq!(
        browser
            .js("return document.querySelector('.share') === null && document.querySelector('[data-testid=share-link]') === null;")
            .await?,
        json!(true)
    );
    // No comparison page either; the person's own results stay.
    browser.js("location.hash = 'compare=';").await?;
    browser
        .wait_until(
            "the hash to be handled",
            "return document.querySelector('[data-testid=compare-empty]') === null && document.querySelector('[data-testid=overall-score]') !== null;",
        )
        .await?;
    assert_scores(&browser).await?;
    browser.close().await
}

#[tokio::test]
async fn a_sandboxed_frame_runs_in_memory_and_says_so() -> TestResult {
    let browser = Browser::start_with_server(cors()).await;
    let dir = Profile::new();
    let host = host_page(
        &dir,
        &format!(
            "<iframe sandbox=\"allow-scripts\" title=\"Readiness\" style=\"width:100%;height:900px;border:0\" src=\"{}/\"></iframe>",
            widget_origin(&browser)
        ),
    )?;
    browser.client.goto(&host.url("/")).await?;
    browser.client.enter_frame(0).await?;
    let notice = browser
        .wait_for_css("[data-testid=notice-storage-unavailable]")
        .await?
        .text()
        .await?;
    assert!(notice.contains("will not be kept"), "{notice}");
    browser.click_button("Start the assessment").await?;
    browser.click("label[for='commitment-11-sa']").await?;
    browser
        .wait_for_text("#progress-text", "Section 1 of 6 \u{b7} 1 of 40 answered")
        .await?;
    // Answers kept only in memory survive a visit to the comparison page and back.
    browser.js("location.hash = 'compare=';").await?;
    browser.wait_for_css("[data-testid=compare-empty]").await?;
    browser.click_button("Take the assessment yourself").await?;
    browser
        .wait_for_text("#progress-text", "Section 1 of 6 \u{b7} 1 of 40 answered")
        .await?;
    assert_eq!(
        browser
            .js("return document.getElementById('commitment-11-sa').checked;")
            .await?,
        json!(true)
    );
    browser.client.enter_parent_frame().await?;
    browser.screenshot("sandboxed-frame").await?;
    browser.close().await
}

#[tokio::test]
async fn the_hosting_kits_headers_allow_a_full_assessment() -> TestResult {
    // Every end-to-end server of the widget sends the kit's headers (docs/hosting/_headers);
    // here they are checked as the browser received them, then the whole journey runs.
    let browser = Browser::start().await;
    browser.open("/").await?;
    let received = browser
        .js("return fetch('./').then(r => ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy'].map(n => r.headers.get(n)));")
        .await?;
    let expected: Vec<Option<String>> = [
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Permissions-Policy",
    ]
    .iter()
    .map(|name| {
        kit::headers_for("/")
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    })
    .collect();
    assert_eq!(received, json!(expected));
    assert!(received[0].as_str().is_some_and(
        |csp| csp.starts_with("default-src 'none'") && csp.contains("frame-ancestors")
    ));
    let downloads = browser.allow_downloads().await?;
    browser
        .before_page_scripts(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));",
        )
        .await?;
    browser.open("/").await?;
    complete_by_clicking(&browser).await?;
    browser.open_sharing().await?;
    browser.click_button("Download chart (PNG)").await?;
    browser.wait_for_download(&downloads, ".png").await?;
    assert_eq!(browser.js("return window.__violations;").await?, json!([]));
    // The policy is really in force: an inline script is refused and reported.
    browser
        .js("const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.appendChild(s);")
        .await?;
    browser
        .wait_until(
            "the refusal to be reported",
            "return window.__violations.length > 0;",
        )
        .await?;
    assert_eq!(browser.js("return window.inlineRan;").await?, json!(null));
    browser.close().await
}

#[tokio::test]
async fn the_same_files_work_under_a_sub_path() -> TestResult {
    let browser = Browser::start_with_server(ServerOptions {
        prefix: "/tools/readiness".into(),
        ..ServerOptions::default()
    })
    .await;
    browser.open("/tools/readiness/").await?;
    browser.click_button("Start the assessment").await?;
    answer_section_by_clicking(&browser, 0).await?;
    let requested = browser.server.requests.lock().unwrap().clone();
    assert!(
        requested.iter().any(|p| p.ends_with(".wasm")),
        "{requested:?}"
    );
    assert!(
        requested.iter().all(|p| p.starts_with("/tools/readiness/")),
        "{requested:?}"
    );
    browser.close().await
}

/// sha384 of a file as Subresource Integrity writes it.
fn integrity(file: &std::path::Path) -> Result<String, Box<dyn std::error::Error>> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha384::digest(std::fs::read(file)?);
    Ok(format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    ))
}

#[tokio::test]
async fn embed_js_frames_only_its_own_origin_unless_another_is_named() -> TestResult {
    let browser = Browser::start().await;
    let widget = widget_origin(&browser);
    // The same files under another origin (127.0.0.1 instead of localhost).
    let elsewhere = browser.server.url("/index.html");
    let sri = integrity(&support::dist_dir().join("embed.js"))?;
    let dir = Profile::new();
    let host = host_page(
        &dir,
        &format!(
            "<script>window.__errors = []; const e = console.error; console.error = (...a) => {{ window.__errors.push(a.join(' ')); e(...a); }};</script>\
             <div id=\"refused\" data-partnership-readiness data-src=\"{elsewhere}\"></div>\
             <div id=\"named\" data-partnership-readiness data-src=\"{elsewhere}\" data-origin=\"{}\"></div>\
             <div id=\"script-url\" data-partnership-readiness data-src=\"javascript:alert(1)\"></div>\
             <script src=\"{widget}/embed.js\" integrity=\"{sri}\" crossorigin=\"anonymous\" defer></script>",
            browser.server.origin
        ),
    )?;
    browser.client.goto(&host.url("/")).await?;
    // Loaded with integrity and crossorigin: the kit's CORS header for embed.js makes that work.
    browser
        .wait_until(
            "the named origin to be framed",
            "return document.querySelector('#named iframe') ? true : null;",
        )
        .await?;
    assert_eq!(
        browser
            .js("return [document.querySelector('#refused iframe'), document.querySelector('#script-url iframe')];")
            .await?,
        json!([null, null])
    );
    let errors = browser.js("return window.__errors;").await?.to_string();
    assert!(
        errors.contains("refusing to frame") && errors.contains("data-origin"),
        "{errors}"
    );
    assert!(errors.contains("http(s) address"), "{errors}");
    // The frame it did make works and sizes itself.
    frame_height_other_than(&browser, 760).await?;
    browser.close().await
}

#[tokio::test]
async fn the_frame_posts_its_height_only_to_an_origin_it_has_confirmed() -> TestResult {
    let browser = Browser::start().await;
    let dir = Profile::new();
    // A page that frames the widget without embed.js and records, in order, every message it
    // hears; beside it a second frame of the same page's origin, which will try to pass itself
    // off as the page.
    let host = host_page(
        &dir,
        &format!(
            "<script>window.__heard = []; addEventListener('message', e => window.__heard.push(e.data && e.data.type));</script>\
             <iframe src=\"{}/index.html\" title=\"widget\" style=\"width:100%;height:600px\"></iframe>\
             <iframe src=\"/sibling.html\" title=\"sibling\"></iframe>",
            widget_origin(&browser)
        ),
    )?;
    std::fs::write(
        dir.0.join("sibling.html"),
        "<!doctype html><title>sibling</title><p>sibling</p>",
    )?;
    browser.client.goto(&host.url("/")).await?;
    browser
        .wait_until(
            "the widget to ask for a hello",
            "return window.__heard.includes('partnership-readiness:ready') ? true : null;",
        )
        .await?;
    // The sibling claims the page's own origin, which is its origin too: only the check that
    // a hello comes from the window around the widget stops it.
    browser
        .js("const sibling = document.querySelectorAll('iframe')[1].contentWindow; sibling.eval(\"parent.frames[0].postMessage({ type: 'partnership-readiness:hello', origin: location.origin }, '*'); parent.__forged = true;\"); return true;")
        .await?;
    browser
        .wait_until("the forged hello sent", "return window.__forged === true;")
        .await?;
    // A hello that lies about where it comes from is not believed either.
    browser
        .js("document.querySelector('iframe').contentWindow.postMessage({ type: 'partnership-readiness:hello', origin: 'https://attacker.example' }, '*'); return true;")
        .await?;
    assert!(
        !browser
            .js("return window.__heard.includes('partnership-readiness:height');")
            .await?
            .as_bool()
            .unwrap_or(true),
        "a height before any true hello"
    );
    // The true hello: heights follow, sent to this page's origin.
    browser
        .js("window.__heard.push('true hello sent'); document.querySelector('iframe').contentWindow.postMessage({ type: 'partnership-readiness:hello', origin: location.origin }, '*'); return true;")
        .await?;
    let heard = browser
        .wait_until(
            "a height after the true hello",
            "return window.__heard.includes('partnership-readiness:height') ? window.__heard : null;",
        )
        .await?;
    let order: Vec<&str> = heard
        .as_array()
        .map(|all| all.iter().filter_map(|t| t.as_str()).collect())
        .unwrap_or_default();
    let sent = order.iter().position(|t| *t == "true hello sent");
    let first_height = order
        .iter()
        .position(|t| *t == "partnership-readiness:height");
    assert!(
        sent.is_some() && first_height > sent,
        "heights only after the true hello: {order:?}"
    );
    browser.close().await
}
