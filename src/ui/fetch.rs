//! Fetching one of the widget's own files (a language's catalogue; later, an organisation's
//! question set) so that it can never hang the page or fill its memory: the request is given up
//! after a time limit, and a body larger than a size limit is refused while it arrives, whatever
//! the server says its length is.

use std::fmt;

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How long a fetch may take and how large its body may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub time_ms: i32,
    pub bytes: usize,
}

/// Why a file could not be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchProblem {
    /// Nothing, or not all of it, arrived within the time limit.
    TimedOut,
    /// The body is larger than the size limit.
    TooLarge,
    /// The server answered with this status (404: the file is not on the server).
    Status(u16),
    /// The body is not UTF-8 text.
    NotText,
    /// The browser could not make the request (offline, refused), in its own words.
    Failed(String),
}

impl fmt::Display for FetchProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchProblem::TimedOut => write!(f, "no answer within the time limit"),
            FetchProblem::TooLarge => write!(f, "the file is larger than the size limit"),
            FetchProblem::Status(status) => write!(f, "the server answered {status}"),
            FetchProblem::NotText => write!(f, "the file is not UTF-8 text"),
            FetchProblem::Failed(detail) => write!(f, "the request failed: {detail}"),
        }
    }
}

/// Aborts the request when the time limit passes; dropped (the timer cleared) once done.
struct Deadline {
    window: web_sys::Window,
    timer: i32,
    controller: web_sys::AbortController,
    _on_time_up: Closure<dyn FnMut()>,
}

impl Deadline {
    fn start(window: &web_sys::Window, time_ms: i32) -> Result<Deadline, FetchProblem> {
        let controller = web_sys::AbortController::new().map_err(describe)?;
        let on_time_up = {
            let controller = controller.clone();
            Closure::<dyn FnMut()>::new(move || controller.abort())
        };
        let timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                on_time_up.as_ref().unchecked_ref(),
                time_ms,
            )
            .map_err(describe)?;
        Ok(Deadline {
            window: window.clone(),
            timer,
            controller,
            _on_time_up: on_time_up,
        })
    }

    fn passed(&self) -> bool {
        self.controller.signal().aborted()
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        self.window.clear_timeout_with_handle(self.timer);
    }
}

fn describe(error: JsValue) -> FetchProblem {
    FetchProblem::Failed(
        error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| error.as_string())
            .unwrap_or_else(|| format!("{error:?}")),
    )
}

/// Fetches `path` (relative to the page) as text within `limits`.
pub async fn fetch_text(path: &str, limits: Limits) -> Result<String, FetchProblem> {
    fetch_text_with(path, limits, web_sys::RequestCache::Default).await
}

/// As `fetch_text`, but always asks the server (revalidating any cached copy): for a file
/// whose name does not change with its content, such as the page itself.
pub async fn fetch_fresh_text(path: &str, limits: Limits) -> Result<String, FetchProblem> {
    fetch_text_with(path, limits, web_sys::RequestCache::NoCache).await
}

async fn fetch_text_with(
    path: &str,
    limits: Limits,
    cache: web_sys::RequestCache,
) -> Result<String, FetchProblem> {
    let window = web_sys::window().ok_or(FetchProblem::Failed("no window".into()))?;
    let deadline = Deadline::start(&window, limits.time_ms)?;
    let outcome = fetch_within(&window, path, limits, cache, &deadline).await;
    // An abort shows as a failed request or read: say it was the time limit.
    match outcome {
        Err(FetchProblem::Failed(_)) if deadline.passed() => Err(FetchProblem::TimedOut),
        other => other,
    }
}

async fn fetch_within(
    window: &web_sys::Window,
    path: &str,
    limits: Limits,
    cache: web_sys::RequestCache,
    deadline: &Deadline,
) -> Result<String, FetchProblem> {
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&deadline.controller.signal()));
    init.set_cache(cache);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    if !response.ok() {
        return Err(FetchProblem::Status(response.status()));
    }
    // A declared length over the limit is refused before anything is read; the body is still
    // counted as it arrives, since the header can be absent (chunked) or untrue.
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.trim().parse::<u64>().ok());
    if declared.is_some_and(|length| length > limits.bytes as u64) {
        deadline.controller.abort();
        return Err(FetchProblem::TooLarge);
    }
    let bytes = match response.body() {
        Some(body) => read_bounded(&body, limits.bytes, deadline).await?,
        // No body at all (a 204, or a browser without streams): an empty file.
        None => Vec::new(),
    };
    String::from_utf8(bytes).map_err(|_| FetchProblem::NotText)
}

/// Reads a body chunk by chunk, giving up as soon as it passes `limit` bytes.
async fn read_bounded(
    body: &web_sys::ReadableStream,
    limit: usize,
    deadline: &Deadline,
) -> Result<Vec<u8>, FetchProblem> {
    let reader: web_sys::ReadableStreamDefaultReader = body
        .get_reader()
        .dyn_into()
        .map_err(|reader: js_sys::Object| describe(reader.into()))?;
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(describe)?;
        let done = Reflect::get(&chunk, &"done".into())
            .map_err(describe)?
            .is_truthy();
        if done {
            return Ok(bytes);
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .map_err(describe)?
            .dyn_into()
            .map_err(describe)?;
        if bytes.len() + value.length() as usize > limit {
            deadline.controller.abort();
            let _ = reader.cancel();
            return Err(FetchProblem::TooLarge);
        }
        let start = bytes.len();
        bytes.resize(start + value.length() as usize, 0);
        value.copy_to(&mut bytes[start..]);
    }
}
