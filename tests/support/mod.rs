//! What the end-to-end tests need around the browser: a static server for the release dist/,
//! a ChromeDriver process, a Chromium session with a fresh profile, and bounded polling.
//! Every process and temporary profile is removed when its owner is dropped.

#![allow(dead_code)]

pub mod engine;
pub mod frames;
pub mod journey;
pub mod kit;
pub mod trees;

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Child;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use engine::Engine;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// Longest any single condition is polled for. Generous because CI shares two cores.
pub const WAIT: Duration = Duration::from_secs(20);

/// The running app's own assessment. `<html data-prc-live>` is set by the app once it is on
/// screen (ui::loading::finished), so this never matches anything index.html shows before the
/// app starts, such as a prerendered first screen.
pub const APP: &str = "html[data-prc-live] #app .app";

/// True in a page once the app itself is on screen (any view).
pub const LIVE_JS: &str = "document.documentElement.hasAttribute('data-prc-live')";
pub(crate) const POLL: Duration = Duration::from_millis(50);
const PHONE_WIDTH: u32 = 360;
/// Chromium will not make a window narrower than this; narrower viewports are emulated.
const MIN_WINDOW_WIDTH: u32 = 500;
const PHONE_HEIGHT: u32 = 740;
/// Longest a navigation may take, including the WebAssembly download and compile.
const PAGE_LOAD: Duration = Duration::from_secs(60);

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

/// The release build the tests drive, made by `cargo xtask test` (or `cargo xtask dist`).
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("PRC_DIST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no release build at {}: run `cargo xtask test`, which builds it before the end-to-end tests",
        dir.display()
    );
    dir
}

/// The test-only build that has the pseudo-language (`cargo xtask test` makes it with the
/// `pseudo-language` feature; a release build does not know `qps`). A real build with other
/// glue than dist/'s, so it also stands in for the next release.
pub fn pseudo_dist_dir() -> PathBuf {
    let dir = std::env::var_os("PRC_PSEUDO_DIST_DIR")
        .map(PathBuf::from)
        .expect("PRC_PSEUDO_DIST_DIR names the pseudo-language build (`cargo xtask test` sets it)");
    assert!(
        dir.join("index.html").is_file(),
        "no build at {}",
        dir.display()
    );
    dir
}

/// A host page on its own origin, written into `dir`, with `body` as its content: a site that
/// embeds the widget.
pub fn host_page(dir: &Profile, body: &str) -> Result<StaticServer, Box<dyn std::error::Error>> {
    std::fs::write(
        dir.0.join("index.html"),
        format!("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title></head><body style=\"margin:0\"><h1>Anytown</h1>{body}</body></html>"),
    )?;
    Ok(StaticServer::start(dir.0.clone()))
}

/// The release build's wasm, by its hashed name below dist/ (as index.html names it).
pub fn wasm_path() -> String {
    let html = std::fs::read_to_string(dist_dir().join("index.html")).expect("dist/index.html");
    let start = html
        .find("data-wasm=\"")
        .expect("index.html names the wasm")
        + "data-wasm=\"".len();
    let name = &html[start..start + html[start..].find('"').expect("a closed attribute")];
    name.trim_start_matches("./").to_string()
}

pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// Serves a directory on 127.0.0.1 with the content types browsers insist on for WebAssembly and
/// modules, and records every path requested. It runs on its own thread and runtime so it keeps
/// answering while a test's runtime is blocked on WebDriver.
pub struct StaticServer {
    pub origin: String,
    pub requests: Arc<Mutex<Vec<String>>>,
    /// The `held` paths let through so far.
    released: tokio::sync::watch::Sender<Vec<String>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<thread::JoinHandle<()>>,
}

/// How a `StaticServer` serves: under a path prefix, and with extra response headers.
#[derive(Clone, Default)]
pub struct ServerOptions {
    /// e.g. "/tools/readiness": files are found only below it, as on a site that hosts the
    /// widget under a sub-path.
    pub prefix: String,
    /// Sent with every file, after the kit's.
    pub headers: Vec<(String, String)>,
    /// Send the hosting kit's headers (docs/hosting/_headers), as a site following it would.
    /// The widget's server always does; host pages do not.
    pub kit: bool,
    /// Files served beside dist/'s, by path below the prefix ("lang/qps.json"): what a test
    /// needs that no build ships, such as the pseudo-language.
    pub extra_files: Vec<(String, Vec<u8>)>,
    /// Paths below the prefix that are never answered: the connection stays open and silent,
    /// as on a stalled mobile network or a hanging CDN edge.
    pub stalled: Vec<String>,
    /// The build to serve instead of the release dist/ (the test-only pseudo-language build).
    pub dist: Option<PathBuf>,
    /// Paths below the prefix whose answer waits until `StaticServer::release` (a slow network
    /// held still, so a test can look at the page as it is before the file arrives).
    pub held: Vec<String>,
    /// Paths below the prefix answered with 503 Service Unavailable until
    /// `StaticServer::release_path` (a server failing, then back).
    pub failing: Vec<String>,
    /// The Content-Type sent for `.wasm` files instead of `application/wasm` (a host that does
    /// not know the type).
    pub wasm_type: Option<String>,
}

impl StaticServer {
    pub fn start(root: PathBuf) -> StaticServer {
        Self::start_with(root, ServerOptions::default())
    }

    pub fn start_with(root: PathBuf, options: ServerOptions) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind static server");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let port = listener.local_addr().expect("local address").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let (released, gate) = tokio::sync::watch::channel(Vec::new());
        let thread = {
            let requests = Arc::clone(&requests);
            thread::spawn(move || serve(listener, root, options, requests, stopped, gate))
        };
        StaticServer {
            origin: format!("http://127.0.0.1:{port}"),
            requests,
            released,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// How many requests the page made for a path ending with `/{path}`.
    pub fn requests_for(&self, path: &str) -> usize {
        let requests = self.requests.lock().unwrap();
        let suffix = format!("/{path}");
        requests.iter().filter(|r| r.ends_with(&suffix)).count()
    }

    /// Answers every `held` path: the requests waiting now and any made later.
    pub fn release(&self) {
        self.released.send_modify(|paths| paths.push("*".into()));
    }

    /// Answers one `held` path (as listed in `held`), now and later.
    pub fn release_path(&self, path: &str) {
        self.released.send_modify(|paths| paths.push(path.into()));
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    pub fn port(&self) -> u16 {
        self.origin
            .rsplit(':')
            .next()
            .and_then(|port| port.parse().ok())
            .expect("a port")
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(
    listener: TcpListener,
    root: PathBuf,
    options: ServerOptions,
    requests: Arc<Mutex<Vec<String>>>,
    mut stopped: tokio::sync::oneshot::Receiver<()>,
    gate: tokio::sync::watch::Receiver<Vec<String>>,
) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("server runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
        let root = Arc::new(root);
        let options = Arc::new(options);
        loop {
            let stream = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok((stream, _)) => stream,
                    Err(_) => continue,
                },
                _ = &mut stopped => break,
            };
            let root = Arc::clone(&root);
            let options = Arc::clone(&options);
            let requests = Arc::clone(&requests);
            let gate = gate.clone();
            let service = hyper::service::service_fn(move |request| {
                // The whole request target, query included, so tests can see all a page sent.
                requests.lock().unwrap().push(request.uri().to_string());
                // The path below the prefix, as `stalled` and `held` name files.
                let relative = request
                    .uri()
                    .path()
                    .strip_prefix(options.prefix.as_str())
                    .map(|path| path.trim_start_matches('/').to_string());
                let stalled = relative
                    .as_ref()
                    .is_some_and(|path| options.stalled.contains(path));
                let failing = relative.as_ref().is_some_and(|path| {
                    options.failing.contains(path)
                        && !gate.borrow().iter().any(|p| p == "*" || p == path)
                });
                let held = relative.filter(|path| options.held.contains(path));
                let accepted = accepted_encodings(request.headers());
                let response = match failing {
                    true => hyper::Response::builder()
                        .status(503)
                        .body(Body::default())
                        .expect("status response"),
                    false => respond(&root, &options, request.uri().path(), &accepted),
                };
                let mut gate = gate.clone();
                async move {
                    if stalled {
                        std::future::pending::<()>().await;
                    }
                    if let Some(path) = held {
                        let _ = gate
                            .wait_for(|released| released.iter().any(|p| p == "*" || *p == path))
                            .await;
                    }
                    Ok::<_, std::convert::Infallible>(response)
                }
            });
            tokio::spawn(async move {
                let connection = hyper_util::rt::TokioIo::new(stream);
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(connection, service)
                    .await;
            });
        }
    });
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

type Body = http_body_util::Full<bytes::Bytes>;

/// The content codings a request accepts, in the server's order of preference: brotli, then
/// gzip (a `q=0` refuses one).
fn accepted_encodings(headers: &hyper::HeaderMap) -> Vec<&'static str> {
    let offered: Vec<String> = headers
        .get_all(hyper::header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|coding| coding.trim().to_ascii_lowercase().replace(' ', ""))
        .collect();
    ["br", "gzip"]
        .into_iter()
        .filter(|coding| {
            offered.iter().any(|o| {
                o.split(';').next() == Some(coding) && !o.ends_with("q=0") && !o.ends_with("q=0.0")
            })
        })
        .collect()
}

/// Answers as a static host following the hosting kit does: the file, or its precompressed copy
/// (`<file>.br`, `<file>.gz`, written by `cargo xtask post-build`) when the request accepts it,
/// with the original file's type and the kit's headers; for a missing path below the prefix,
/// the build's 404.html with status 404, as most static hosts send their 404.html.
fn respond(
    root: &Path,
    options: &ServerOptions,
    path: &str,
    accepted: &[&str],
) -> hyper::Response<Body> {
    let status = |code: u16| {
        hyper::Response::builder()
            .status(code)
            .body(Body::default())
            .expect("status response")
    };
    let Some(below_prefix) = path.strip_prefix(options.prefix.as_str()) else {
        return status(404);
    };
    let relative = below_prefix.trim_start_matches('/');
    if relative.split('/').any(|part| part == "..") {
        return status(400);
    }
    let file = if relative.is_empty() || relative.ends_with('/') {
        root.join(relative).join("index.html")
    } else {
        root.join(relative)
    };
    let extra = options
        .extra_files
        .iter()
        .find(|(path, _)| path == relative)
        .map(|(_, bytes)| bytes.clone());
    // A test's own file is sent as it is, never a copy of the file it stands in for.
    let from_disk = extra.is_none();
    let (code, relative, file, bytes) = match extra.map_or_else(|| std::fs::read(&file), Ok) {
        Ok(bytes) => (200, relative.to_string(), file, bytes),
        Err(_) => match std::fs::read(root.join("404.html")) {
            Ok(page) => (404, "404.html".to_string(), root.join("404.html"), page),
            Err(_) => return status(404),
        },
    };
    // The precompressed copy the request accepts, if post-build wrote one.
    let (encoding, bytes) = accepted
        .iter()
        .filter(|_| from_disk || code == 404)
        .find_map(|coding| {
            let suffix = if *coding == "br" { "br" } else { "gz" };
            let mut name = file.clone().into_os_string();
            name.push(format!(".{suffix}"));
            std::fs::read(name).ok().map(|copy| (Some(*coding), copy))
        })
        .unwrap_or((None, bytes));
    let wasm_type = options.wasm_type.as_deref().filter(|_| {
        file.extension()
            .is_some_and(|extension| extension == "wasm")
    });
    let mut kit = if options.kit {
        kit::headers_for(&format!("/{relative}"))
    } else {
        Vec::new()
    };
    // A host that does not know the wasm type sends its own instead of the kit's.
    if wasm_type.is_some() {
        kit.retain(|(name, _)| !name.eq_ignore_ascii_case("content-type"));
    }
    let mut response = hyper::Response::builder().status(code);
    if !kit
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("content-type"))
    {
        response = response.header("Content-Type", wasm_type.unwrap_or(content_type(&file)));
    }
    if let Some(encoding) = encoding {
        response = response.header("Content-Encoding", encoding);
    }
    for (name, value) in kit.iter().chain(&options.headers) {
        response = response.header(name.as_str(), value.as_str());
    }
    response.body(Body::from(bytes)).expect("file response")
}

/// A WebDriver server (ChromeDriver, geckodriver or WebKitWebDriver) on a free loopback port,
/// stopped on drop, with the virtual display WebKit needs.
pub struct Driver {
    child: Child,
    pub url: String,
    _display: Option<engine::Display>,
}

/// Waits until something listens on 127.0.0.1:`port`.
pub(crate) fn wait_for_port(port: u16, what: &str) {
    let deadline = Instant::now() + WAIT;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "{what} did not start on port {port}"
        );
        thread::sleep(POLL);
    }
}

impl Driver {
    pub fn start() -> Driver {
        Self::start_for(Engine::Chromium)
    }

    pub fn start_for(engine: Engine) -> Driver {
        let port = free_port();
        let mut command = engine.driver_command(port);
        let display = (engine == Engine::WebKit).then(engine::Display::start);
        if let Some(display) = &display {
            command.env("DISPLAY", &display.name);
        }
        if engine == Engine::Chromium {
            // PRC_CHROMEDRIVER_LOG=/tmp/driver writes a verbose log per test, for hangs.
            command.args(driver_log_args(port));
        }
        let child = engine::spawn_listening(command, port, engine.name());
        Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
            _display: display,
        }
    }
}

fn driver_log_args(port: u16) -> Vec<String> {
    match std::env::var("PRC_CHROMEDRIVER_LOG") {
        Ok(prefix) => vec![format!("--log-path={prefix}.{port}"), "--verbose".into()],
        Err(_) => Vec::new(),
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A temporary Chromium profile directory, removed on drop.
pub struct Profile(pub PathBuf);

impl Profile {
    pub fn new() -> Profile {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "prc-e2e-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("profile dir");
        Profile(dir)
    }
}

impl Drop for Profile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One browser at a time: several Chromiums starting at once on a two-core CI machine starve
/// each other until their renderers time out, so tests queue here instead of in ChromeDriver.
/// Each test has its own runtime, so the lock must be async-aware and runtime-agnostic.
static ONE_BROWSER_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A viewport emulated through DevTools.
#[derive(Clone, Copy)]
struct Viewport {
    width: u32,
    height: u32,
    scale: u32,
    mobile: bool,
}

/// One real Chromium with its own fresh profile, a ChromeDriver and a server for dist/.
pub struct Browser {
    pub client: Client,
    pub server: StaticServer,
    pub engine: Engine,
    _driver: Driver,
    _profile: Profile,
    /// The viewport DevTools currently emulates, so a screenshot can put it back.
    emulated: std::sync::Mutex<Option<Viewport>>,
    // Declared last so it is released only after the browser and its driver are gone.
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

/// Clicks the summary of each closed `<details>` around the element the CSS selector
/// `arguments[0]` finds, outermost first.
const OPEN_DISCLOSURES: &str = "const el = document.querySelector(arguments[0]); const closed = []; for (let d = el && el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) { if (!d.open) closed.unshift(d); } for (const d of closed) d.querySelector(':scope > summary').click(); return !!el;";

impl Browser {
    pub async fn start() -> Browser {
        Self::start_with_size(1280, 900).await
    }

    /// A 360 x 740 phone viewport. Chromium windows cannot be narrower than 500 px, so the
    /// phone is emulated through DevTools rather than by resizing the window.
    pub async fn start_phone() -> Browser {
        let browser = Self::start_with_size(MIN_WINDOW_WIDTH, PHONE_HEIGHT).await;
        browser
            .set_viewport(PHONE_WIDTH, PHONE_HEIGHT)
            .await
            .expect("phone emulation");
        browser
    }

    pub async fn start_with_size(width: u32, height: u32) -> Browser {
        Self::start_serving(width, height, ServerOptions::default()).await
    }

    /// A desktop browser whose dist/ server serves with `options`.
    pub async fn start_with_server(options: ServerOptions) -> Browser {
        Self::start_serving(1280, 900, options).await
    }

    async fn start_serving(width: u32, height: u32, options: ServerOptions) -> Browser {
        Self::start_engine(Engine::Chromium, width, height, options).await
    }

    /// A desktop window of `engine` with a fresh profile.
    pub async fn start_in(engine: Engine) -> Browser {
        Self::start_engine(engine, 1280, 900, ServerOptions::default()).await
    }

    pub async fn start_engine(
        engine: Engine,
        width: u32,
        height: u32,
        options: ServerOptions,
    ) -> Browser {
        // Unlike std's, this lock is not poisoned when a test fails while holding it.
        let turn = ONE_BROWSER_AT_A_TIME.lock().await;
        let server = StaticServer::start_with(
            options.dist.clone().unwrap_or_else(dist_dir),
            ServerOptions {
                kit: true,
                ..options
            },
        );
        let driver = Driver::start_for(engine);
        let profile = Profile::new();
        let Value::Object(capabilities) = engine.capabilities(&profile.0, width, height) else {
            unreachable!()
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&driver.url)
            .await
            .unwrap_or_else(|e| panic!("a {} session: {e}", engine.name()));
        // WebDriver's default page-load limit is 5 minutes; a stuck load should fail sooner.
        client
            .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
                Some(Duration::from_secs(30)),
                Some(PAGE_LOAD),
                Some(Duration::ZERO),
            ))
            .await
            .expect("WebDriver timeouts");
        if engine != Engine::Chromium {
            // Chromium takes its size from its arguments; the others are asked.
            let _ = client.set_window_size(width, height).await;
        }
        Browser {
            client,
            server,
            engine,
            _driver: driver,
            _profile: profile,
            emulated: std::sync::Mutex::new(None),
            _turn: turn,
        }
    }

    /// Opens the widget and waits until the app has replaced the loading text.
    pub async fn open(&self, path: &str) -> TestResult {
        self.client.goto(&self.server.url(path)).await?;
        self.wait_for_app().await
    }

    /// Waits until the app's own assessment is on screen, drawn by the running app (after a
    /// `goto`, a reload or entering a frame).
    pub async fn wait_for_app(&self) -> TestResult {
        self.wait_for_css(APP).await?;
        Ok(())
    }

    pub async fn close(self) -> TestResult {
        self.client.close().await?;
        Ok(())
    }

    pub async fn js(&self, script: &str) -> Result<Value, Box<dyn std::error::Error>> {
        Ok(self.client.execute(script, vec![]).await?)
    }

    /// Polls `script` (a JS function body returning a value) until it returns something truthy
    /// and returns that value; fails with `what` after `WAIT`.
    pub async fn wait_until(
        &self,
        what: &str,
        script: &str,
    ) -> Result<Value, Box<dyn std::error::Error>> {
        let deadline = Instant::now() + WAIT;
        loop {
            let value = self.client.execute(script, vec![]).await?;
            let truthy = match &value {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::String(s) => !s.is_empty(),
                Value::Number(n) => n.as_f64() != Some(0.0),
                _ => true,
            };
            if truthy {
                return Ok(value);
            }
            if Instant::now() > deadline {
                return Err(format!("timed out waiting for {what}").into());
            }
            tokio::time::sleep(POLL).await;
        }
    }

    pub async fn wait_for_css(
        &self,
        selector: &str,
    ) -> Result<fantoccini::elements::Element, Box<dyn std::error::Error>> {
        self.wait_for_element(Locator::Css(selector)).await
    }

    /// Polls for the element `locator` finds until `WAIT` runs out. Unlike fantoccini's own
    /// wait, this also retries a lookup that WebKitWebDriver answers with "Could not parse
    /// element info": it says so when the page reloads or re-renders during the lookup (the
    /// script that finds the element returns nothing), which is a moment, not a failure.
    async fn wait_for_element(
        &self,
        locator: Locator<'_>,
    ) -> Result<fantoccini::elements::Element, Box<dyn std::error::Error>> {
        let deadline = Instant::now() + WAIT;
        loop {
            match self.client.find(locator).await {
                Ok(element) => return Ok(element),
                Err(error) if is_transient_lookup_failure(&error) && Instant::now() < deadline => {
                    tokio::time::sleep(POLL).await;
                }
                Err(error) => return Err(error.into()),
            }
        }
    }

    /// Waits until the element matching `selector` has exactly `expected` as its text.
    pub async fn wait_for_text(&self, selector: &str, expected: &str) -> TestResult {
        let script = format!(
            "const e = document.querySelector({}); return e !== null && e.textContent.trim() === {};",
            json!(selector),
            json!(expected)
        );
        self.wait_until(&format!("{selector} to read {expected:?}"), &script)
            .await
            .map(|_| ())
            .map_err(|e| format!("{e}").into())
    }

    pub async fn text(&self, selector: &str) -> Result<String, Box<dyn std::error::Error>> {
        Ok(self
            .client
            .find(Locator::Css(selector))
            .await?
            .text()
            .await?)
    }

    pub async fn click(&self, selector: &str) -> TestResult {
        self.wait_for_css(selector).await?.click().await?;
        Ok(())
    }

    /// Clicks the button whose visible text is exactly `label`.
    pub async fn click_button(&self, label: &str) -> TestResult {
        let xpath = format!("//button[normalize-space(.)={}]", xpath_literal(label));
        let button = self.wait_for_element(Locator::XPath(&xpath)).await?;
        button.click().await?;
        Ok(())
    }

    /// Opens every closed disclosure (`<details>`) holding the element `selector` finds, by
    /// clicking its summary, as a person would before using what is inside.
    pub async fn reveal(&self, selector: &str) -> TestResult {
        self.wait_for_css(selector).await?;
        self.client
            .execute(OPEN_DISCLOSURES, vec![json!(selector)])
            .await?;
        Ok(())
    }

    /// Opens the "Share or save this result" panel.
    pub async fn open_sharing(&self) -> TestResult {
        self.reveal("[data-testid=share-panel] > summary + *").await
    }

    /// Sends keys to whatever has focus, as a keyboard user would.
    pub async fn press(&self, keys: &str) -> TestResult {
        self.client.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    pub async fn local_storage(
        &self,
        key: &str,
    ) -> Result<Option<String>, Box<dyn std::error::Error>> {
        let value = self
            .js(&format!(
                "return window.localStorage.getItem({});",
                json!(key)
            ))
            .await?;
        Ok(value.as_str().map(str::to_string))
    }

    /// Runs axe-core over the page as it is now and fails, listing each problem, on any
    /// violation of WCAG 2.2 A/AA or axe's best practices. `view` names the state in the message.
    pub async fn assert_accessible(&self, view: &str) -> TestResult {
        // Colours caught mid-transition (after a scheme switch, say) are not the ones people read.
        self.wait_until(
            "transitions to finish",
            "return document.getAnimations().every(a => a.playState !== 'running');",
        )
        .await?;
        if self.js("return typeof window.axe;").await? != json!("object") {
            self.js(&format!("{}\nreturn true;", axe_source())).await?;
        }
        let violations = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {
                     runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
                     resultTypes: ['violations'],
                 }).then(
                     r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help}; at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)),
                     e => done([`axe failed: ${e}`]));",
                vec![],
            )
            .await?;
        let violations = violations.as_array().cloned().unwrap_or_default();
        if violations.is_empty() {
            Ok(())
        } else {
            let list: Vec<String> = violations.iter().map(|v| format!("  - {v}")).collect();
            Err(format!("accessibility violations in {view}:\n{}", list.join("\n")).into())
        }
    }

    /// `assert_accessible` in the light and then the dark colour scheme (left in dark).
    pub async fn assert_accessible_in_both_schemes(&self, view: &str) -> TestResult {
        for scheme in ["light", "dark"] {
            self.set_colour_scheme(scheme).await?;
            self.assert_accessible(&format!("{view} ({scheme})"))
                .await?;
        }
        Ok(())
    }

    /// Switches the page between the light and dark colour schemes, as the system setting would.
    pub async fn set_colour_scheme(&self, scheme: &str) -> TestResult {
        self.devtools(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        )
        .await?;
        Ok(())
    }

    /// Lets the page save files, into a folder of this browser's own profile, and returns it.
    pub async fn allow_downloads(&self) -> Result<PathBuf, Box<dyn std::error::Error>> {
        let dir = self._profile.0.join("downloads");
        std::fs::create_dir_all(&dir)?;
        self.devtools(
            "Browser.setDownloadBehavior",
            json!({ "behavior": "allow", "downloadPath": dir.display().to_string() }),
        )
        .await?;
        Ok(dir)
    }

    /// Waits until `dir` holds a finished file whose name ends with `suffix`, and returns its
    /// bytes. Chromium writes to a ".crdownload" name first and renames when done.
    pub async fn wait_for_download(
        &self,
        dir: &Path,
        suffix: &str,
    ) -> Result<(String, Vec<u8>), Box<dyn std::error::Error>> {
        let deadline = Instant::now() + WAIT;
        loop {
            let found = std::fs::read_dir(dir)?
                .filter_map(Result::ok)
                .map(|entry| entry.file_name().to_string_lossy().to_string())
                .find(|name| name.ends_with(suffix));
            if let Some(name) = found {
                let bytes = std::fs::read(dir.join(&name))?;
                if !bytes.is_empty() {
                    return Ok((name, bytes));
                }
            }
            if Instant::now() > deadline {
                return Err(format!("no {suffix} file arrived in {}", dir.display()).into());
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// How many elements matching `selector` are laid out and displayed (not `display: none`).
    pub async fn count_shown(&self, selector: &str) -> Result<u64, Box<dyn std::error::Error>> {
        let count = self
            .client
            .execute(
                "return [...document.querySelectorAll(arguments[0])].filter(e => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0).length;",
                vec![json!(selector)],
            )
            .await?;
        Ok(count.as_u64().unwrap_or_default())
    }

    /// Lays the page out for `media` ("print" or "screen"), as printing would.
    pub async fn emulate_media(&self, media: &str) -> TestResult {
        self.devtools("Emulation.setEmulatedMedia", json!({ "media": media }))
            .await?;
        Ok(())
    }

    /// Prints the page to PDF as the browser's own "Save as PDF" does (print media, the page
    /// size from CSS `@page`), returning the file's bytes. Chromium only.
    pub async fn print_to_pdf(&self) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
        use base64::Engine as _;
        let printed = self
            .devtools(
                "Page.printToPDF",
                json!({ "preferCSSPageSize": true, "printBackground": true }),
            )
            .await?;
        let data = printed["data"].as_str().ok_or("no PDF data")?;
        Ok(base64::engine::general_purpose::STANDARD.decode(data)?)
    }

    /// Grants or denies this page the clipboard, as a person's browser settings would.
    pub async fn set_clipboard_permission(&self, allowed: bool) -> TestResult {
        let setting = if allowed { "granted" } else { "denied" };
        for name in ["clipboard-write", "clipboard-read"] {
            self.devtools(
                "Browser.setPermission",
                json!({ "permission": { "name": name }, "setting": setting, "origin": self.server.origin }),
            )
            .await?;
        }
        Ok(())
    }

    /// Runs `source` in every page and frame before the page's own scripts.
    pub async fn before_page_scripts(&self, source: &str) -> TestResult {
        self.devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": source }),
        )
        .await?;
        Ok(())
    }

    /// Runs a Chrome DevTools Protocol command through ChromeDriver and returns its result.
    pub async fn devtools(
        &self,
        command: &'static str,
        params: Value,
    ) -> Result<Value, Box<dyn std::error::Error>> {
        if self.engine != Engine::Chromium {
            return Err(format!(
                "{command} is a Chromium DevTools command; {} has no equivalent in WebDriver",
                self.engine.name()
            )
            .into());
        }
        Ok(self
            .client
            .issue_cmd(DevToolsCommand { command, params })
            .await?)
    }

    /// Emulates a viewport of exactly `width` x `height` CSS pixels, as a phone would have.
    pub async fn set_viewport(&self, width: u32, height: u32) -> TestResult {
        self.emulate(Some(Viewport {
            width,
            height,
            scale: 1,
            mobile: true,
        }))
        .await
    }

    /// Back to the window's own size, with no emulated viewport.
    pub async fn reset_viewport(&self) -> TestResult {
        self.emulate(None).await
    }

    /// Emulates a 1280 x 800 desktop window zoomed to `percent`: browser zoom shrinks the
    /// viewport in CSS pixels and raises the device pixel ratio by the same factor.
    pub async fn zoom(&self, percent: u32) -> TestResult {
        self.emulate(Some(Viewport {
            width: 1280 * 100 / percent,
            height: 800 * 100 / percent,
            scale: percent / 100,
            mobile: false,
        }))
        .await
    }

    async fn emulate(&self, viewport: Option<Viewport>) -> TestResult {
        match viewport {
            Some(v) => {
                self.devtools(
                    "Emulation.setDeviceMetricsOverride",
                    json!({ "width": v.width, "height": v.height, "deviceScaleFactor": v.scale, "mobile": v.mobile }),
                )
                .await?;
            }
            None => {
                self.devtools("Emulation.clearDeviceMetricsOverride", json!({}))
                    .await?;
            }
        }
        *self.emulated.lock().unwrap() = viewport;
        Ok(())
    }

    /// With PRC_SCREENSHOT_DIR set, saves a PNG of the whole page (not just the viewport) as it
    /// is laid out at the current width, for people to look at.
    pub async fn screenshot(&self, name: &str) -> TestResult {
        let Some(dir) = std::env::var_os("PRC_SCREENSHOT_DIR") else {
            return Ok(());
        };
        let page_height = self
            .js("return document.documentElement.scrollHeight;")
            .await?
            .as_u64()
            .unwrap_or(0) as u32;
        // Stretch the viewport to the page so one capture shows everything, then restore it.
        let before = *self.emulated.lock().unwrap();
        let width = match before {
            Some(viewport) => viewport.width,
            None => self
                .js("return window.innerWidth;")
                .await?
                .as_u64()
                .unwrap_or(0) as u32,
        };
        let stretched = Viewport {
            width,
            height: page_height.clamp(1, 8000),
            ..before.unwrap_or(Viewport {
                width,
                height: 0,
                scale: 1,
                mobile: false,
            })
        };
        let png = if self.engine == Engine::Chromium {
            self.emulate(Some(stretched)).await?;
            let png = self.client.screenshot().await;
            self.emulate(before).await?;
            png
        } else {
            // No device emulation outside Chromium: the window itself is stretched.
            let (width, height) = self.client.get_window_size().await?;
            let _ = self
                .client
                .set_window_size(width as u32, stretched.height + 150)
                .await;
            let png = self.client.screenshot().await;
            let _ = self
                .client
                .set_window_size(width as u32, height as u32)
                .await;
            png
        };
        std::fs::create_dir_all(&dir)?;
        std::fs::write(Path::new(&dir).join(format!("{name}.png")), png?)?;
        Ok(())
    }
}

/// ChromeDriver's endpoint for Chrome DevTools Protocol commands, which WebDriver lacks
/// (device emulation, CPU throttling).
#[derive(Debug)]
struct DevToolsCommand {
    command: &'static str,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for DevToolsCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// axe-core's browser bundle, installed by `cargo xtask test` and named by PRC_AXE_JS.
fn axe_source() -> String {
    let path = std::env::var_os("PRC_AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("target/tools/node_modules/axe-core/axe.min.js")
        });
    std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!(
            "cannot read axe-core at {} ({error}): run `cargo xtask test`, which installs it",
            path.display()
        )
    })
}

fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

/// Whether a failed element lookup may succeed if tried again: the element is not there yet, or
/// WebKitWebDriver lost the page's answer to a reload (see `Browser::wait_for_element`).
fn is_transient_lookup_failure(error: &fantoccini::error::CmdError) -> bool {
    use fantoccini::error::{CmdError, ErrorStatus};
    match error {
        CmdError::Standard(e) => match e.error {
            ErrorStatus::NoSuchElement => true,
            ErrorStatus::UnknownError => e.message.contains("element info"),
            _ => false,
        },
        _ => false,
    }
}

/// Pages in a PDF that Chromium printed: one `/Type /Page` object each.
pub fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type /Page")
        .filter(|(at, _)| !text[at + 11..].starts_with('s'))
        .count()
}

/// Prints the page, keeps the PDF beside the screenshots, and returns its number of pages.
pub async fn printed_pages(
    browser: &Browser,
    name: &str,
) -> Result<usize, Box<dyn std::error::Error>> {
    let pdf = browser.print_to_pdf().await?;
    if let Some(dir) = std::env::var_os("PRC_SCREENSHOT_DIR") {
        std::fs::write(std::path::Path::new(&dir).join(format!("{name}.pdf")), &pdf)?;
    }
    Ok(pdf_pages(&pdf))
}
