//! Component and storage tests in headless Chromium (wasm-bindgen-test). They render the real
//! app into the test page and break the browser's storage in the ways real browsers do.

#![cfg(target_arch = "wasm32")]

use partnership_readiness::core::assess::scoring::{assess, Answers};
use partnership_readiness::core::assess::session::Session;
use partnership_readiness::core::formats::snapshot::Snapshot;
use partnership_readiness::core::formats::stored::history::HISTORY_KEY;
use partnership_readiness::core::formats::stored::session::SESSION_KEY;
use partnership_readiness::core::questions::set::{built_in_set, Answer};
use partnership_readiness::core::text::calendar::Day;
use partnership_readiness::ui::storage::{
    HistoryProblem, Loaded, SessionSaved, StorageError, Store,
};
use partnership_readiness::{App, Root};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The cases every stored document passes, and a test-only third document passing them.
#[path = "browser/documents.rs"]
mod documents;
#[path = "browser/third_document.rs"]
mod third_document;

fn js(code: &str) {
    js_sys::eval(code).expect("test script runs");
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Makes `window.localStorage` throw, as in a sandboxed iframe or with storage disabled.
fn block_storage() {
    js(
        "window.__prcSaved = Object.getOwnPropertyDescriptor(window, 'localStorage') \
        || Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage'); \
        Object.defineProperty(window, 'localStorage', { configurable: true, \
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    );
}

fn unblock_storage() {
    js("Object.defineProperty(window, 'localStorage', window.__prcSaved);");
}

/// Makes every write fail as a full store does.
fn fill_storage() {
    js("window.__prcSetItem = Storage.prototype.setItem; \
        Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };");
}

fn unfill_storage() {
    js("Storage.prototype.setItem = window.__prcSetItem;");
}

struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl Mounted {
    async fn new() -> Mounted {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<App>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        Mounted {
            root,
            handle: Some(handle),
        }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .unwrap_or_else(|| panic!("{selector} is on the page"))
            .text_content()
            .unwrap_or_default()
    }

    async fn click(&self, selector: &str) {
        self.find(selector)
            .unwrap_or_else(|| panic!("{selector} is on the page"))
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }

    async fn click_button(&self, label: &str) {
        let buttons = self.root.query_selector_all("button").unwrap();
        let button = (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .find(|b| b.text_content().unwrap_or_default().trim() == label)
            .unwrap_or_else(|| panic!("a button labelled {label:?}"));
        button.dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
    }

    fn checked(&self, id: &str) -> bool {
        self.find(&format!("#{id}"))
            .unwrap()
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .checked()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

fn clear_storage() {
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn store_reports_blocked_storage_instead_of_panicking() {
    block_storage();
    let store = Store::open();
    unblock_storage();
    assert!(!store.is_available());
    assert_eq!(store.read(SESSION_KEY), Err(StorageError::Unavailable));
    assert_eq!(
        store.write(SESSION_KEY, "x"),
        Err(StorageError::Unavailable)
    );
    assert_eq!(
        store.load::<Session>(built_in_set(), 1.0),
        Err(StorageError::Unavailable)
    );
}

#[wasm_bindgen_test]
fn store_keeps_a_corrupt_value_aside() {
    clear_storage();
    storage().set_item(SESSION_KEY, "{not json").unwrap();
    let loaded = Store::open().load::<Session>(built_in_set(), 42.0).unwrap();
    let Loaded::Unreadable { backup, .. } = loaded else {
        panic!("corrupt data is reported, got {loaded:?}");
    };
    let key = backup.expect("a backup was written");
    assert_eq!(key, "partnership-readiness:backup:session:42");
    assert_eq!(
        storage().get_item(&key).unwrap().as_deref(),
        Some("{not json")
    );
    assert_eq!(
        storage().get_item(SESSION_KEY).unwrap().as_deref(),
        Some("{not json"),
        "the original is not overwritten by loading"
    );
    let again = Store::open().load::<Session>(built_in_set(), 99.0).unwrap();
    assert!(
        matches!(again, Loaded::Unreadable { backup: Ok(ref k), .. } if k == &key),
        "a second load reuses the copy: {again:?}"
    );
}

#[wasm_bindgen_test]
fn store_reports_a_full_store() {
    clear_storage();
    fill_storage();
    let store = Store::open();
    let result = store.save(
        built_in_set(),
        None,
        &Session::new(built_in_set(), 1.0),
        1.0,
    );
    let backup = store.load::<Session>(built_in_set(), 7.0);
    unfill_storage();
    assert_eq!(result, SessionSaved::Failed(StorageError::Full));
    assert_eq!(backup, Ok(Loaded::Nothing));
}

#[wasm_bindgen_test]
async fn app_walks_from_welcome_to_a_saved_answer() {
    clear_storage();
    let app = Mounted::new().await;
    assert_eq!(
        app.text("#welcome-heading"),
        "How ready is your partnership?"
    );
    assert!(
        app.find("#progress-text").is_none(),
        "no progress on the welcome screen"
    );

    app.click_button("Start the assessment").await;
    assert!(app.text("#section-heading").contains("Commitment"));
    assert_eq!(
        app.text("#progress-text"),
        "Section 1 of 6 · 0 of 40 answered"
    );
    assert_eq!(
        app.root
            .query_selector_all("fieldset.statement")
            .unwrap()
            .length(),
        7
    );
    assert_eq!(
        app.root
            .query_selector_all("fieldset.statement input[type=radio]")
            .unwrap()
            .length(),
        42,
        "six options per statement"
    );

    app.click("#commitment-11-a").await;
    assert!(app.checked("commitment-11-a"));
    assert_eq!(
        app.text("#progress-text"),
        "Section 1 of 6 · 1 of 40 answered"
    );
    let saved = storage()
        .get_item(SESSION_KEY)
        .unwrap()
        .expect("saved at once");
    assert!(saved.contains("\"commitment-11\":4"), "{saved}");

    app.click("#commitment-11-sd").await;
    assert!(app.checked("commitment-11-sd") && !app.checked("commitment-11-a"));
    assert_eq!(
        app.text("#progress-text"),
        "Section 1 of 6 · 1 of 40 answered"
    );

    app.click_button("Next: Clarity of purpose").await;
    assert!(app.text("#section-heading").contains("Clarity of purpose"));
    app.click(".nav-step").await;
    assert!(app.text("#section-heading").contains("Commitment"));
    assert!(
        app.checked("commitment-11-sd"),
        "answers survive moving around"
    );
}

#[wasm_bindgen_test]
async fn live_chart_and_results_follow_the_answers() {
    clear_storage();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    let desc = || app.text(".live-chart svg desc");
    assert!(desc().contains("Commitment: not enough answers"));
    for id in [
        "commitment-11-sa",
        "commitment-6-a",
        "commitment-7-n",
        "commitment-9-dk",
    ] {
        app.click(&format!("#{id}")).await;
    }
    assert!(
        desc().contains("Commitment: 75 out of 100, strength"),
        "{}",
        desc()
    );

    app.click(".section-nav li:last-child .nav-step").await;
    assert_eq!(app.text("[data-testid=score-commitment]"), "75");
    assert_eq!(app.text("[data-testid=score-trust]"), "not enough answers");
    // One criterion scored is no overall figure: it needs five of the six.
    assert_eq!(app.text("[data-testid=overall-score]"), "Not yet");
    assert!(app
        .text("[data-testid=overall-why]")
        .contains("at least 5 of the six criteria scored; 1 is so far"));
    assert!(app
        .text("[data-testid=missing-note]")
        .starts_with("36 statements are unanswered"));
    assert!(app.find(".results svg[role=img] title").is_some());
}

#[wasm_bindgen_test]
async fn blocked_storage_runs_in_memory_with_a_notice() {
    block_storage();
    let app = Mounted::new().await;
    assert!(app
        .find("[data-testid=notice-storage-unavailable]")
        .is_some());
    app.click_button("Start the assessment").await;
    app.click(".section-nav li:nth-child(4) .nav-step").await;
    app.click("#trust-6-a").await;
    unblock_storage();
    // The answer is kept in memory even though nothing could be stored.
    app.click(".section-nav li:nth-child(1) .nav-step").await;
    app.click(".section-nav li:nth-child(4) .nav-step").await;
    assert!(app.checked("trust-6-a"));
    assert_eq!(
        app.text("#progress-text"),
        "Section 4 of 6 · 1 of 40 answered"
    );
}

#[wasm_bindgen_test]
async fn corrupt_saved_data_is_reported_and_a_fresh_start_offered() {
    clear_storage();
    storage().set_item(SESSION_KEY, "{damaged").unwrap();
    let app = Mounted::new().await;
    let notice = app.text("[data-testid=notice-unreadable]");
    assert!(notice.contains("damaged"), "{notice}");
    assert!(notice.contains("Saved data kept aside"), "{notice}");
    assert_eq!(
        app.text("#welcome-heading"),
        "How ready is your partnership?"
    );
    // The copy is listed at the foot of the page, to download (it cannot be put back).
    assert!(app
        .text("[data-testid=kept-copies] summary")
        .contains("(1)"));
    assert!(app.find("[data-testid=kept-copy] button").is_some());
    app.click_button("Dismiss").await;
    assert!(app.find("[data-testid=notice-unreadable]").is_none());
}

const NEWER_DOCUMENT: &str = r#"{"app":"partnership-readiness","version":99,"answers":{"x":1}}"#;

#[wasm_bindgen_test]
async fn answers_saved_by_a_newer_version_are_never_overwritten() {
    clear_storage();
    storage().set_item(SESSION_KEY, NEWER_DOCUMENT).unwrap();
    let app = Mounted::new().await;
    let notice = app.text("[data-testid=notice-newer-data]");
    assert!(notice.contains("older than the answers"), "{notice}");
    app.click_button("Start the assessment").await;
    app.click("#commitment-11-a").await;
    assert!(app.checked("commitment-11-a"), "kept in memory");
    assert_eq!(
        storage().get_item(SESSION_KEY).unwrap().as_deref(),
        Some(NEWER_DOCUMENT)
    );
    assert!(backups().is_empty(), "nothing to copy aside: it stays");
}

#[wasm_bindgen_test]
async fn a_newer_version_arriving_from_another_tab_stops_saving() {
    clear_storage();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    app.click("#commitment-11-a").await;
    // Another tab, running a newer build, saved its document.
    storage().set_item(SESSION_KEY, NEWER_DOCUMENT).unwrap();
    storage_event(Some(SESSION_KEY), Some(NEWER_DOCUMENT)).await;
    assert!(app.find("[data-testid=notice-newer-data]").is_some());
    app.click("#commitment-6-a").await;
    assert_eq!(
        storage().get_item(SESSION_KEY).unwrap().as_deref(),
        Some(NEWER_DOCUMENT)
    );
    assert!(app.checked("commitment-6-a"));
}

/// What the browser fires in this tab when another tab of the origin changes storage
/// (`key` None: it cleared everything).
async fn storage_event(key: Option<&str>, new_value: Option<&str>) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(key);
    init.set_new_value(new_value);
    init.set_storage_area(Some(&storage()));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_clear_by_another_page_is_not_written_back_without_asking() {
    clear_storage();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    app.click("#commitment-11-a").await;
    assert!(storage().get_item(SESSION_KEY).unwrap().is_some());
    // A sign-out script on the same page: no storage event reaches this page.
    storage().clear().unwrap();
    app.click("#commitment-6-a").await;
    let notice = app.text("[data-testid=notice-cleared-elsewhere]");
    assert!(notice.contains("2 answers"), "{notice}");
    assert_eq!(storage().length().unwrap(), 0, "nothing written back");
    app.click("#commitment-7-a").await;
    assert_eq!(storage().length().unwrap(), 0, "still nothing");
    app.click_button("Keep my answers on this device").await;
    let saved = storage().get_item(SESSION_KEY).unwrap().unwrap();
    assert!(saved.contains("\"commitment-7\":4"), "{saved}");
    assert!(app.find("[data-testid=notice-cleared-elsewhere]").is_none());
}

#[wasm_bindgen_test]
async fn a_clear_of_another_storage_or_before_anything_was_saved_changes_nothing() {
    clear_storage();
    let app = Mounted::new().await;
    // Nothing saved yet: a clear elsewhere takes nothing from this tab.
    storage_event(None, None).await;
    assert!(app.find("[data-testid=notice-cleared-elsewhere]").is_none());
    app.click_button("Start the assessment").await;
    app.click("#commitment-11-a").await;
    // sessionStorage.clear() in another document of the origin: not our storage.
    let init = web_sys::StorageEventInit::new();
    init.set_key(None);
    let session_storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    init.set_storage_area(Some(&session_storage));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    assert!(app.find("[data-testid=notice-cleared-elsewhere]").is_none());
    app.click("#commitment-6-a").await;
    assert!(storage()
        .get_item(SESSION_KEY)
        .unwrap()
        .unwrap()
        .contains("commitment-6"));
}

#[wasm_bindgen_test]
async fn a_clear_in_another_tab_is_reported_and_starting_afresh_is_the_persons_choice() {
    clear_storage();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    app.click("#commitment-11-a").await;
    storage().clear().unwrap();
    storage_event(None, None).await;
    assert!(app.find("[data-testid=notice-cleared-elsewhere]").is_some());
    assert!(app.checked("commitment-11-a"), "the answers are still here");
    app.click_button("Start afresh").await;
    assert!(app.find("[data-testid=notice-cleared-elsewhere]").is_none());
    app.click_button("Start the assessment").await;
    assert!(!app.checked("commitment-11-a"));
    app.click("#commitment-6-a").await;
    let saved = storage().get_item(SESSION_KEY).unwrap().unwrap();
    assert!(!saved.contains("commitment-11") && saved.contains("commitment-6"));
}

#[wasm_bindgen_test]
async fn storage_revoked_in_the_middle_of_a_session_never_panics() {
    clear_storage();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    app.click("#commitment-11-a").await;
    block_storage();
    app.click("#commitment-6-a").await;
    app.click_button("Delete my answers").await;
    app.click_button("Yes, delete everything").await;
    unblock_storage();
    // Nothing could be removed, and the page says so rather than claiming it was deleted.
    assert!(app.find("[data-testid=notice-delete-failed]").is_some());
    assert!(app.find("[data-testid=notice-deleted]").is_none());
}

#[wasm_bindgen_test]
async fn kept_copies_are_bounded_and_one_can_be_put_back() {
    clear_storage();
    let store = Store::open();
    for n in 0..5 {
        store
            .keep_aside(&format!("damaged {n}"), "session", f64::from(n) * 10.0)
            .unwrap();
    }
    let kept: Vec<String> = store
        .kept_copies::<Session>(built_in_set())
        .into_iter()
        .map(|c| c.raw)
        .collect();
    assert_eq!(kept, ["damaged 4", "damaged 3", "damaged 2"]);

    // A copy this build can read (kept aside by an older build, say) can become the answers.
    let mut earlier = Session::new(built_in_set(), 1.0);
    earlier.answer("trust-6", Answer::Agree, 2.0);
    earlier.answer("trust-11", Answer::Agree, 3.0);
    store
        .keep_aside(&earlier.to_json(), "session", 100.0)
        .unwrap();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    app.click("#commitment-11-a").await;
    app.click_button("Use these 2 answers").await;
    let question = app.text("#confirm-text");
    assert!(question.contains("kept aside first"), "{question}");
    app.click_button("Yes, use the kept answers").await;
    assert!(app.find("[data-testid=notice-restored]").is_some());
    let saved = storage().get_item(SESSION_KEY).unwrap().unwrap();
    assert!(
        saved.contains("trust-11") && !saved.contains("commitment-11"),
        "{saved}"
    );
    let replaced = store
        .kept_copies::<Session>(built_in_set())
        .into_iter()
        .find(|c| c.what == "replaced")
        .expect("the answers it replaced were kept aside");
    assert!(replaced.raw.contains("commitment-11"));
}

#[wasm_bindgen_test]
async fn a_result_whose_history_entry_failed_is_saved_once_storage_works() {
    clear_storage();
    let set = built_in_set();
    let mut session = Session::new(set, 1.0);
    for statement in set.criteria().iter().flat_map(|c| c.statements()) {
        session.answer(statement.id(), Answer::Agree, 2.0);
    }
    storage().set_item(SESSION_KEY, &session.to_json()).unwrap();
    let app = Mounted::new().await;
    fill_storage();
    app.click_button("Continue the assessment").await;
    unfill_storage();
    assert!(app.find("[data-testid=notice-save-failed]").is_some());
    assert!(storage().get_item(HISTORY_KEY).unwrap().is_none());
    // Any later save carries the result that is still missing.
    app.click(".section-nav li:nth-child(1) .nav-step").await;
    let history = storage().get_item(HISTORY_KEY).unwrap().expect("saved now");
    assert_eq!(
        partnership_readiness::core::formats::history::History::parse(&history)
            .unwrap()
            .entries
            .len(),
        1
    );
}

#[wasm_bindgen_test]
async fn a_full_store_gives_a_notice_and_keeps_answers() {
    clear_storage();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    fill_storage();
    app.click("#commitment-6-a").await;
    unfill_storage();
    let notice = app.text("[data-testid=notice-save-failed]");
    assert!(notice.contains("full"), "{notice}");
    assert!(app.checked("commitment-6-a"));
    // The next successful save clears the warning.
    app.click("#commitment-7-a").await;
    assert!(app.find("[data-testid=notice-save-failed]").is_none());
    let saved = storage().get_item(SESSION_KEY).unwrap().unwrap();
    assert!(saved.contains("\"commitment-6\":4") && saved.contains("\"commitment-7\":4"));
}

fn backups() -> Vec<String> {
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|key| key.starts_with("partnership-readiness:backup:"))
        .map(|key| storage.get_item(&key).unwrap().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn unreadable_history_is_kept_aside_once_and_reported() {
    clear_storage();
    storage().set_item(HISTORY_KEY, "[damaged").unwrap();
    let store = Store::open();
    let loaded = store.load_history(5_000.0);
    let (history, problem) = (loaded.history, loaded.problem);
    assert!(history.entries.is_empty());
    assert_eq!(
        problem,
        Some(HistoryProblem::Unreadable { kept_aside: true })
    );
    assert_eq!(backups(), vec!["[damaged".to_string()]);

    let app = Mounted::new().await;
    let notice = app.text("[data-testid=notice-history]");
    assert!(notice.contains("could not be read"), "{notice}");
    // Reloading does not pile up copies of the same damaged text.
    drop(app);
    let _ = store.load_history(9_000.0);
    assert_eq!(backups().len(), 1);
}

#[wasm_bindgen_test]
async fn a_shared_result_page_only_reads_storage() {
    clear_storage();
    storage().set_item(SESSION_KEY, "not json").unwrap();
    let before = storage().length().unwrap();
    let set = built_in_set();
    let mut answers = Answers::new();
    for statement in set.criteria().iter().flat_map(|c| c.statements()) {
        answers.insert(statement.id().to_string(), Answer::Agree);
    }
    let code = Snapshot::of(set, &assess(set, &answers), Day(20_780), "Board view", None).encode();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&format!("result={code}"))
        .unwrap();

    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<Root>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let title = root
        .query_selector("[data-testid=snapshot-title]")
        .unwrap()
        .expect("the shared result is shown")
        .text_content()
        .unwrap();
    assert_eq!(title, "Board view");
    // Damaged saved data would be copied aside by the app; the shared page must not do that.
    assert_eq!(storage().length().unwrap(), before);
    assert_eq!(
        storage().get_item(SESSION_KEY).unwrap().as_deref(),
        Some("not json")
    );
    handle.destroy();
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
fn a_damaged_session_and_history_are_both_kept_aside_in_the_same_moment() {
    clear_storage();
    storage().set_item(SESSION_KEY, "{bad session").unwrap();
    storage().set_item(HISTORY_KEY, "[bad history").unwrap();
    let store = Store::open();
    let _ = store.load::<Session>(built_in_set(), 7.0);
    let problem = store.load_history(7.0).problem;
    assert_eq!(
        problem,
        Some(HistoryProblem::Unreadable { kept_aside: true })
    );
    let mut kept = backups();
    kept.sort();
    assert_eq!(
        kept,
        vec!["[bad history".to_string(), "{bad session".to_string()]
    );
}

#[wasm_bindgen_test]
fn the_stopped_notice_can_be_shown_by_the_panic_hook() {
    let document = web_sys::window().unwrap().document().unwrap();
    let notice = document.create_element("div").unwrap();
    notice.set_id(partnership_readiness::ui::stopped::NOTICE_ID);
    notice.set_attribute("hidden", "").unwrap();
    document.body().unwrap().append_child(&notice).unwrap();
    partnership_readiness::ui::stopped::show_notice();
    assert!(!notice.has_attribute("hidden"));
    notice.remove();
}

#[wasm_bindgen_test]
fn only_a_hello_that_names_its_own_origin_is_believed() {
    use partnership_readiness::ui::embed::confirmed_host_origin;
    let hello = |origin: &str| {
        let message = js_sys::Object::new();
        js_sys::Reflect::set(
            &message,
            &"type".into(),
            &"partnership-readiness:hello".into(),
        )
        .unwrap();
        js_sys::Reflect::set(&message, &"origin".into(), &origin.into()).unwrap();
        message.into()
    };
    assert_eq!(
        confirmed_host_origin(&hello("https://council.example"), "https://council.example"),
        Some("https://council.example".to_string())
    );
    assert_eq!(
        confirmed_host_origin(
            &hello("https://council.example"),
            "https://attacker.example"
        ),
        None
    );
    assert_eq!(confirmed_host_origin(&hello("null"), "null"), None);
    assert_eq!(
        confirmed_host_origin(&"partnership-readiness:hello".into(), "https://a.example"),
        None
    );
}

#[wasm_bindgen_test]
async fn a_kept_copy_is_never_put_back_over_a_newer_versions_answers() {
    clear_storage();
    let mut earlier = Session::new(built_in_set(), 1.0);
    earlier.answer("trust-6", Answer::Agree, 2.0);
    Store::open()
        .keep_aside(&earlier.to_json(), "session", 100.0)
        .unwrap();
    storage().set_item(SESSION_KEY, NEWER_DOCUMENT).unwrap();
    let app = Mounted::new().await;
    assert!(app.find("[data-testid=notice-newer-data]").is_some());
    assert!(
        app.find("[data-testid=kept-copy]").is_some(),
        "still listed, to download"
    );
    let buttons = app.text("[data-testid=kept-copy]");
    assert!(!buttons.contains("Use these"), "{buttons}");
    assert_eq!(
        storage().get_item(SESSION_KEY).unwrap().as_deref(),
        Some(NEWER_DOCUMENT)
    );
}

/// The answers this page holds after a `clear()` elsewhere, with the question asked.
async fn asking_after_a_clear() -> Mounted {
    clear_storage();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    app.click("#commitment-11-a").await;
    storage().clear().unwrap();
    storage_event(None, None).await;
    assert!(app.find("[data-testid=notice-cleared-elsewhere]").is_some());
    app
}

#[wasm_bindgen_test]
async fn keeping_answers_after_a_clear_never_writes_over_a_newer_document() {
    let app = asking_after_a_clear().await;
    // A newer build's tab saved after the clear; its event has not reached this page (yet).
    storage().set_item(SESSION_KEY, NEWER_DOCUMENT).unwrap();
    app.click_button("Keep my answers on this device").await;
    assert_eq!(
        storage().get_item(SESSION_KEY).unwrap().as_deref(),
        Some(NEWER_DOCUMENT),
        "the newer document stays"
    );
    let kept = backups();
    assert!(
        kept.iter().any(|copy| copy.contains("\"commitment-11\":4")),
        "this page's answers are kept aside: {kept:?}"
    );
    assert!(app.find("[data-testid=notice-newer-data]").is_some());
    assert!(app.find("[data-testid=notice-cleared-elsewhere]").is_none());
}

#[wasm_bindgen_test]
async fn keeping_answers_after_a_clear_keeps_junk_aside_and_another_tabs_answers() {
    let app = asking_after_a_clear().await;
    storage().set_item(SESSION_KEY, "not json").unwrap();
    app.click_button("Keep my answers on this device").await;
    assert_eq!(
        backups(),
        vec!["not json".to_string()],
        "copied aside first"
    );
    let saved = storage().get_item(SESSION_KEY).unwrap().unwrap();
    assert!(saved.contains("\"commitment-11\":4"), "{saved}");

    // Cleared again, then another tab saved answers this page has not taken in.
    storage().clear().unwrap();
    storage_event(None, None).await;
    let mut theirs = Session::new(built_in_set(), js_sys::Date::now());
    theirs.answer("trust-1", Answer::Disagree, js_sys::Date::now());
    storage().set_item(SESSION_KEY, &theirs.to_json()).unwrap();
    app.click_button("Keep my answers on this device").await;
    let saved = storage().get_item(SESSION_KEY).unwrap().unwrap();
    assert!(
        saved.contains("\"commitment-11\":4") && saved.contains("\"trust-1\":2"),
        "both tabs' answers: {saved}"
    );
}

const DELETING_MARKER: &str = "partnership-readiness:deleting";

#[wasm_bindgen_test]
async fn another_pages_removal_of_the_answers_is_asked_about_not_taken_as_a_delete() {
    clear_storage();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    app.click("#commitment-11-a").await;
    // A sign-out step elsewhere on the site removes keys one by one.
    storage().remove_item(SESSION_KEY).unwrap();
    storage_event(Some(SESSION_KEY), None).await;
    assert!(
        app.find("[data-testid=notice-cleared-elsewhere]").is_some(),
        "asked first"
    );
    assert!(app.find("[data-testid=notice-deleted-elsewhere]").is_none());
    assert!(app.checked("commitment-11-a"), "the answers are still here");
    app.click_button("Keep my answers on this device").await;
    let saved = storage().get_item(SESSION_KEY).unwrap().unwrap();
    assert!(saved.contains("\"commitment-11\":4"), "{saved}");

    // The person's own "Delete my answers" in another tab announces itself: that is not asked.
    storage_event(Some(DELETING_MARKER), Some("1")).await;
    storage().remove_item(SESSION_KEY).unwrap();
    storage_event(Some(SESSION_KEY), None).await;
    storage_event(Some(DELETING_MARKER), None).await;
    assert!(app.find("[data-testid=notice-deleted-elsewhere]").is_some());
    assert!(app.find("[data-testid=notice-cleared-elsewhere]").is_none());
    assert!(
        app.find("#commitment-11-a").is_none(),
        "this tab starts afresh, at the welcome"
    );

    // After it, a removal is again someone else's.
    app.click_button("Start the assessment").await;
    app.click("#commitment-6-a").await;
    storage().remove_item(SESSION_KEY).unwrap();
    storage_event(Some(SESSION_KEY), None).await;
    assert!(app.find("[data-testid=notice-cleared-elsewhere]").is_some());
}

#[wasm_bindgen_test]
async fn delete_my_answers_marks_itself_for_other_tabs() {
    clear_storage();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    app.click("#commitment-11-a").await;
    js("window.__prcLog = []; \
        window.__prcSet = Storage.prototype.setItem; window.__prcRemove = Storage.prototype.removeItem; \
        Storage.prototype.setItem = function (k, v) { window.__prcLog.push('set ' + k); return window.__prcSet.call(this, k, v); }; \
        Storage.prototype.removeItem = function (k) { window.__prcLog.push('remove ' + k); return window.__prcRemove.call(this, k); };");
    app.click_button("Delete my answers").await;
    app.click_button("Yes, delete everything").await;
    js("Storage.prototype.setItem = window.__prcSet; Storage.prototype.removeItem = window.__prcRemove;");
    let log: Vec<String> = js_sys::eval("window.__prcLog")
        .unwrap()
        .dyn_into::<js_sys::Array>()
        .unwrap()
        .iter()
        .filter_map(|entry| entry.as_string())
        .collect();
    assert_eq!(
        log.first().map(String::as_str),
        Some("set partnership-readiness:deleting"),
        "{log:?}"
    );
    assert_eq!(
        log.last().map(String::as_str),
        Some("remove partnership-readiness:deleting"),
        "{log:?}"
    );
    assert!(log.contains(&format!("remove {SESSION_KEY}")), "{log:?}");
    assert_eq!(storage().get_item(DELETING_MARKER).unwrap(), None);
}

#[wasm_bindgen_test]
fn a_session_saved_more_than_a_day_ahead_is_kept_aside_not_obeyed() {
    clear_storage();
    let now = js_sys::Date::now();
    let mut future = Session::new(built_in_set(), now);
    future.answer("trust-1", Answer::Agree, now + 3.0 * 86_400_000.0);
    storage().set_item(SESSION_KEY, &future.to_json()).unwrap();
    let loaded = Store::open().load::<Session>(built_in_set(), now).unwrap();
    assert!(
        matches!(loaded, Loaded::Unreadable { backup: Ok(_), .. }),
        "{loaded:?}"
    );
    assert_eq!(backups(), vec![future.to_json()]);
}

#[wasm_bindgen_test]
fn kept_copies_of_kinds_this_build_does_not_write_are_pruned_too() {
    clear_storage();
    for n in 0..5 {
        storage()
            .set_item(
                &format!("partnership-readiness:backup:planted:{n}"),
                &format!("planted {n}"),
            )
            .unwrap();
    }
    let store = Store::open();
    store.keep_aside("damaged", "session", 100.0).unwrap();
    let kinds: Vec<String> = store
        .kept_copies::<Session>(built_in_set())
        .into_iter()
        .map(|c| c.raw)
        .collect();
    assert_eq!(kinds, ["damaged", "planted 4", "planted 3", "planted 2"]);
}

#[wasm_bindgen_test]
async fn answers_beside_a_first_edition_tabs_session_are_merged_into_this_edition() {
    const FIRST_EDITION: &str = include_str!("../core/src/fixtures/first-edition-session.json");
    clear_storage();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    app.click("#commitment-11-a").await;
    // A tab still running the first-edition build saves its session (older than this one's,
    // so no event changes this page).
    storage().set_item(SESSION_KEY, FIRST_EDITION).unwrap();
    app.click("#commitment-6-a").await;
    let saved: serde_json::Value =
        serde_json::from_str(&storage().get_item(SESSION_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(
        saved["questionnaire"]["version"],
        built_in_set().edition(),
        "{saved}"
    );
    let first: serde_json::Value = serde_json::from_str(FIRST_EDITION).unwrap();
    for (id, answer) in first["answers"].as_object().unwrap() {
        if id != "commitment-6" {
            assert_eq!(&saved["answers"][id], answer, "{id}");
        }
    }
    assert_eq!(saved["answers"]["commitment-11"], 4);
    assert_eq!(saved["answers"]["commitment-6"], 4);
}

#[wasm_bindgen_test]
fn thousands_of_planted_copies_list_only_the_newest() {
    clear_storage();
    for n in 0..2_000 {
        storage()
            .set_item(&format!("partnership-readiness:backup:planted:{n}"), "x")
            .unwrap();
    }
    let kept = Store::open().kept_copies::<Session>(built_in_set());
    assert_eq!(kept.len(), 64);
    assert_eq!(kept[0].key, "partnership-readiness:backup:planted:1999");
    assert_eq!(kept[63].key, "partnership-readiness:backup:planted:1936");
    clear_storage();
}

/// One answer re-renders the statement answered, the progress line, the section strip and the
/// chart, and nothing else: every other component gets equal props (callbacks made once).
#[cfg(feature = "render-count")]
#[wasm_bindgen_test]
async fn one_answer_re_renders_the_statement_progress_strip_and_chart_only() {
    use partnership_readiness::ui::render_count;
    clear_storage();
    let app = Mounted::new().await;
    app.click_button("Start the assessment").await;
    let set = built_in_set();
    let ids: Vec<&str> = set.criteria()[0]
        .statements()
        .iter()
        .map(|s| s.id())
        .collect();
    // Three answers give Commitment a score, so the fourth moves the chart.
    for id in &ids[..3] {
        app.click(&format!("label[for='{id}-a']")).await;
    }
    let _ = render_count::take();
    app.click(&format!("label[for='{}-sa']", ids[3])).await;
    assert!(app.checked(&format!("{}-sa", ids[3])));
    let renders = render_count::take();
    let expected: std::collections::BTreeMap<&str, u32> = [
        // Once for the answer; the save that follows changes nothing on screen.
        ("App", 1),
        ("Progress", 1),
        ("RadarView", 1),
        ("SectionNav", 1),
        ("SectionView", 1),
        ("StatementItem", 1),
    ]
    .into_iter()
    .collect();
    assert_eq!(renders, expected, "renders after one answer");

    // An answer that leaves every score as it was (a "Don't know" on a criterion still below
    // its scoring threshold) leaves the chart alone.
    app.click_button(&format!(
        "Next: {}",
        partnership_readiness::core::questions::content::Content::english()
            .questions
            .criteria[1]
            .name
    ))
    .await;
    let second = set.criteria()[1].statements()[0].id();
    let _ = render_count::take();
    app.click(&format!("label[for='{second}-dk']")).await;
    let renders = render_count::take();
    assert_eq!(renders.get("StatementItem"), Some(&1), "{renders:?}");
    assert_eq!(
        renders.get("RadarView"),
        None,
        "the chart did not change: {renders:?}"
    );
    assert_eq!(renders.get("Footer"), None, "{renders:?}");
}

/// Start-up work is timed as a User Timing measure the benchmark reads by name, and the work's
/// own result comes back unchanged.
#[wasm_bindgen_test]
fn start_up_work_is_measured_under_its_name_for_the_benchmark() {
    use partnership_readiness::ui::timing;
    let name = timing::content_measure("xx");
    assert_eq!(name, "prc-content-xx");
    assert_eq!(timing::measure(&name, || 42), 42);
    let performance = web_sys::window().unwrap().performance().unwrap();
    assert_eq!(performance.get_entries_by_name(&name).length(), 1);
}
