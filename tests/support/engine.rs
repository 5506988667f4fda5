//! The three browser engines the end-to-end tests drive: Chromium (Chrome, Edge), Firefox and
//! WebKit (the engine of Safari, here as WebKitGTK's MiniBrowser). Each has its own WebDriver
//! server and capabilities; the journeys themselves are shared (tests/engines.rs).
//!
//! What only Chromium can do in automation (its DevTools protocol: device emulation, CPU
//! throttling, print emulation, clipboard permission, colour-scheme emulation, download folder)
//! stays Chromium-only; `Browser::devtools` says so in the error when another engine asks.

use std::path::Path;
use std::process::{Child, Command, Stdio};

use serde_json::{json, Value};

use super::wait_for_port;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::WebKit => "WebKit",
        }
    }

    fn env_or(name: &str, default: &str) -> String {
        std::env::var(name).unwrap_or_else(|_| default.to_string())
    }

    /// The WebDriver server's program and its arguments for `port`.
    pub(super) fn driver_command(self, port: u16) -> Command {
        match self {
            Engine::Chromium => {
                let mut command = Command::new(Self::env_or("CHROMEDRIVER", "chromedriver"));
                command.arg(format!("--port={port}"));
                command
            }
            Engine::Firefox => {
                let mut command = Command::new(Self::env_or("GECKODRIVER", "geckodriver"));
                command.args(["--port", &port.to_string(), "--host", "127.0.0.1"]);
                command
            }
            Engine::WebKit => {
                let mut command =
                    Command::new(Self::env_or("WEBKIT_DRIVER", "/usr/bin/WebKitWebDriver"));
                command.arg(format!("--port={port}"));
                command
            }
        }
    }

    /// The session's capabilities: a fresh profile in `profile`, a window of `width` x `height`.
    pub(super) fn capabilities(self, profile: &Path, width: u32, height: u32) -> Value {
        match self {
            Engine::Chromium => json!({
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": Self::env_or("CHROMIUM", "/usr/bin/chromium"),
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-extensions",
                        "--disable-default-apps", "--metrics-recording-only",
                        // Any host but loopback fails at once, so nothing can leave the machine.
                        // (localhost too: it is the second origin of the embedding tests.)
                        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
                        format!("--window-size={width},{height}"),
                        format!("--user-data-dir={}", profile.display()),
                    ]
                }
            }),
            Engine::Firefox => json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": Self::env_or("PRC_FIREFOX", "/usr/bin/firefox-esr"),
                    "args": ["-headless", "-profile", profile.display().to_string(),
                             "-width", width.to_string(), "-height", height.to_string()],
                    "prefs": {
                        // Nothing may leave the machine: no update, telemetry or captive-portal
                        // checks, no prefetching, and every name but loopback fails at once.
                        "app.update.enabled": false,
                        "datareporting.policy.dataSubmissionEnabled": false,
                        "toolkit.telemetry.enabled": false,
                        "network.captive-portal-service.enabled": false,
                        "network.connectivity-service.enabled": false,
                        "network.dns.disablePrefetch": true,
                        "network.prefetch-next": false,
                        "browser.safebrowsing.malware.enabled": false,
                        "browser.safebrowsing.phishing.enabled": false,
                        "extensions.update.enabled": false,
                        "browser.shell.checkDefaultBrowser": false,
                        // Downloads go to the profile's folder without asking.
                        "browser.download.folderList": 2,
                        "browser.download.dir": profile.join("downloads").display().to_string(),
                        "browser.download.useDownloadDir": true,
                        "browser.download.always_ask_before_handling_new_types": false,
                    }
                }
            }),
            Engine::WebKit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": {
                    "binary": Self::env_or("PRC_MINIBROWSER", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"),
                    "args": ["--automation", format!("--geometry={width}x{height}")]
                }
            }),
        }
    }
}

/// A virtual display for WebKit's MiniBrowser, which cannot run headless; stopped on drop.
pub struct Display {
    child: Child,
    pub name: String,
}

impl Display {
    pub fn start() -> Display {
        use std::io::BufRead as _;
        let xvfb = std::env::var("PRC_XVFB").unwrap_or_else(|_| "Xvfb".into());
        // Xvfb picks a free display itself and writes its number to the pipe once it is ready,
        // so two test runs (or another X server) never share one.
        let mut child = Command::new(&xvfb)
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1920x1200x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {xvfb} ({e}): run `cargo xtask test`"));
        let mut number = String::new();
        let pipe = child.stdout.take().expect("Xvfb's output");
        std::io::BufReader::new(pipe)
            .read_line(&mut number)
            .expect("Xvfb's display number");
        let number = number.trim();
        assert!(
            !number.is_empty() && child.try_wait().ok().flatten().is_none(),
            "Xvfb did not start"
        );
        Display {
            child,
            name: format!(":{number}"),
        }
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `command` and waits until it listens on `port`.
pub(super) fn spawn_listening(mut command: Command, port: u16, what: &str) -> Child {
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start {what} ({e}): run `cargo xtask test`, which installs it")
        });
    wait_for_port(port, what);
    child
}
