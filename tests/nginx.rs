//! The hosting kit's nginx configuration (docs/hosting/nginx.conf), run by Debian's nginx over
//! the release dist/: the precompressed copies go out with the original file's type, every file
//! gets the cache rule `_headers` gives it, and a link whose `#` a mail system encoded reaches the
//! fallback page with status 200 and leaves no line in the access log. `cargo xtask test` installs
//! nginx and its brotli module from Debian and names the binary in PRC_NGINX.
//!
//! The configuration is adapted mechanically, and each change is checked to apply, so an edit to
//! the kit that the test could no longer follow fails here rather than testing something else:
//! a loopback port instead of 443 with TLS, the build instead of /srv/readiness, the access log
//! in a folder of the test's own.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use support::{kit, TestResult, POLL, WAIT};

/// nginx over a folder of the test's own: its configuration, pid, logs and temporary files.
struct Nginx {
    child: Child,
    port: u16,
    dir: PathBuf,
}

impl Nginx {
    /// Serves `dist` at the site root and, as a site that publishes the widget under a path
    /// would, at /tools/readiness/.
    fn start(dist: &Path) -> Nginx {
        let binary = std::env::var_os("PRC_NGINX")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("/usr/sbin/nginx"));
        assert!(
            binary.is_file(),
            "no nginx at {}: run `cargo xtask test`, which installs Debian's nginx",
            binary.display()
        );
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "prc-nginx-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        let site = dir.join("site");
        std::fs::create_dir_all(site.join("tools")).expect("the test's folder");
        for entry in std::fs::read_dir(dist).expect("dist/") {
            let entry = entry.expect("a dist/ entry");
            std::os::unix::fs::symlink(entry.path(), site.join(entry.file_name()))
                .expect("a link to dist/");
        }
        std::os::unix::fs::symlink(dist, site.join("tools/readiness")).expect("the sub-path");
        // Debian's module files name their module relative to nginx's prefix, which `-p` moves.
        std::os::unix::fs::symlink("/usr/lib/nginx/modules", dir.join("modules"))
            .expect("the modules folder");
        let port = support::free_port();
        let kit = adapt(
            &std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/hosting/nginx.conf"),
            )
            .expect("docs/hosting/nginx.conf"),
            port,
            &site,
            &dir,
        );
        // As Debian's own /etc/nginx/nginx.conf: its modules (the brotli one among them) and
        // file types. Run as whoever runs the test; `daemon off` and `master_process off` keep nginx
        // one process, a child of the test, which ends it.
        let user = current_user();
        let d = dir.display();
        let config = format!(
            "daemon off;\nmaster_process off;\nworker_processes 1;\npid {d}/nginx.pid;\nerror_log {d}/error.log notice;\n\
             {}include /etc/nginx/modules-enabled/*.conf;\nevents {{ worker_connections 64; }}\n\
             http {{\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n    \
             client_body_temp_path {d}/body;\n    proxy_temp_path {d}/proxy;\n    fastcgi_temp_path {d}/fastcgi;\n    \
             uwsgi_temp_path {d}/uwsgi;\n    scgi_temp_path {d}/scgi;\n    access_log {d}/access.log;\n\n{kit}\n}}\n",
            if user == "root" { "user root;\n" } else { "" }
        );
        std::fs::write(dir.join("nginx.conf"), config).expect("nginx.conf");
        let config = dir.join("nginx.conf");
        let check = Command::new(&binary)
            .arg("-p")
            .arg(&dir)
            .arg("-e")
            .arg(dir.join("error.log"))
            .arg("-c")
            .arg(&config)
            .arg("-t")
            .output()
            .expect("nginx -t");
        assert!(
            check.status.success(),
            "nginx refuses the kit's configuration:\n{}",
            String::from_utf8_lossy(&check.stderr)
        );
        let child = Command::new(&binary)
            .arg("-p")
            .arg(&dir)
            .arg("-e")
            .arg(dir.join("error.log"))
            .arg("-c")
            .arg(&config)
            .stdin(Stdio::null())
            .spawn()
            .expect("nginx starts");
        support::wait_for_port(port, "nginx");
        Nginx { child, port, dir }
    }

    fn access_log(&self) -> String {
        std::fs::read_to_string(self.dir.join("access.log")).unwrap_or_default()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn current_user() -> String {
    Command::new("id")
        .arg("-un")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .unwrap_or_default()
}

/// The kit's server block, changed only where a test machine must differ.
fn adapt(kit: &str, port: u16, site: &Path, dir: &Path) -> String {
    let mut config = kit.to_string();
    let mut replace = |from: &str, to: &str| {
        assert!(config.contains(from), "nginx.conf no longer has `{from}`");
        config = config.replace(from, to);
    };
    replace("listen 443 ssl;", &format!("listen 127.0.0.1:{port};"));
    replace("listen [::]:443 ssl;", "");
    replace(
        "ssl_certificate     /etc/ssl/readiness.example.org/fullchain.pem;",
        "",
    );
    replace(
        "ssl_certificate_key /etc/ssl/readiness.example.org/privkey.pem;",
        "",
    );
    replace("root /srv/readiness;", &format!("root {};", site.display()));
    // The kit's own access log, if it names one; the test's http block logs to the same file.
    config.replace(
        "/var/log/nginx/access.log",
        &dir.join("access.log").display().to_string(),
    )
}

struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request, written out by hand so that the path goes out exactly as given
/// (`%23` stays `%23`) with exactly the Accept-Encoding given.
fn get(port: u16, path: &str, accept_encoding: Option<&str>) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect to nginx");
    stream.set_read_timeout(Some(WAIT)).expect("a read timeout");
    let encoding = accept_encoding
        .map(|e| format!("Accept-Encoding: {e}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: readiness.example.org\r\n{encoding}Connection: close\r\n\r\n"
    )
    .expect("send the request");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read the response");
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response head");
    let head = String::from_utf8_lossy(&raw[..end]).to_string();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    Response {
        status,
        headers,
        body: raw[end + 4..].to_vec(),
    }
}

fn wasm_name(dist: &Path) -> String {
    std::fs::read_dir(dist)
        .expect("dist/")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().to_string())
        .find(|name| name.ends_with("_bg.wasm"))
        .expect("a .wasm in dist/")
}

#[test]
fn the_kits_nginx_sends_precompressed_files_with_their_type_and_cache_rules() -> TestResult {
    let dist = support::dist_dir();
    let nginx = Nginx::start(&dist);
    let wasm = wasm_name(&dist);
    for (accepted, encoding, suffix) in [
        (Some("br"), Some("br"), ".br"),
        (Some("gzip, deflate, br"), Some("br"), ".br"),
        (Some("gzip"), Some("gzip"), ".gz"),
        (None, None, ""),
    ] {
        for path in [format!("/{wasm}"), format!("/tools/readiness/{wasm}")] {
            let response = get(nginx.port, &path, accepted);
            let what = format!("{path} with Accept-Encoding {accepted:?}");
            assert_eq!(response.status, 200, "{what}");
            assert_eq!(response.header("Content-Encoding"), encoding, "{what}");
            assert_eq!(
                response.header("Content-Type"),
                Some("application/wasm"),
                "{what}"
            );
            assert_eq!(
                response.header("Cache-Control"),
                Some("public, max-age=31536000, immutable"),
                "{what}"
            );
            assert_eq!(response.header("Vary"), Some("Accept-Encoding"), "{what}");
            // The very copy post-build wrote, not something compressed on the way.
            assert!(
                response.body == std::fs::read(dist.join(format!("{wasm}{suffix}")))?,
                "{what}: not the bytes of {wasm}{suffix}"
            );
        }
    }
    for path in ["/", "/index.html", "/tools/readiness/"] {
        let response = get(nginx.port, path, Some("br"));
        assert_eq!(response.status, 200, "{path}");
        assert_eq!(response.header("Cache-Control"), Some("no-cache"), "{path}");
        assert_eq!(response.header("Content-Type"), Some("text/html"), "{path}");
        assert_eq!(response.header("Content-Encoding"), Some("br"), "{path}");
    }
    // Every file of the build gets from nginx the cache rule `_headers` gives it (the e2e
    // server's headers), and the kit's other headers.
    for file in files_under(&dist) {
        let name = file.strip_prefix(&dist)?.to_string_lossy().to_string();
        if name.ends_with(".br") || name.ends_with(".gz") {
            continue;
        }
        let path = format!("/{name}");
        let response = get(nginx.port, &path, Some("gzip"));
        assert_eq!(response.status, 200, "{path}");
        for (header, value) in kit::headers_for(&path) {
            if header == "Content-Security-Policy" {
                // The placeholders are the kit's in nginx.conf and the tests' in headers_for.
                assert!(response.header(&header).is_some(), "{path}: no {header}");
            } else {
                assert_eq!(
                    response.header(&header),
                    Some(value.as_str()),
                    "{path}: {header}"
                );
            }
        }
    }
    Ok(())
}

#[test]
fn a_link_whose_hash_was_encoded_reaches_the_fallback_page_and_leaves_no_log_line() -> TestResult {
    let dist = support::dist_dir();
    let nginx = Nginx::start(&dist);
    let fallback = std::fs::read(dist.join("404.html"))?;
    let code = "AgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    for path in [
        format!("/%23result={code}"),
        format!("/%2523result={code}"),
        format!("/%23compare={code}.{code}"),
        "/%23facilitator-guide".to_string(),
        format!("/tools/readiness/%23result={code}"),
        format!("/tools/readiness/%2523compare={code}.{code}"),
    ] {
        let response = get(nginx.port, &path, None);
        assert_eq!(response.status, 200, "{path}");
        assert!(response.body == fallback, "{path}: not 404.html");
        assert_eq!(response.header("Cache-Control"), Some("no-cache"), "{path}");
        assert!(
            response.header("Content-Security-Policy").is_some(),
            "{path}: the page is sent with the kit's policy"
        );
    }
    // Any other missing path: the same page, as an error.
    let missing = get(nginx.port, "/tools/readiness/no-such-page", None);
    assert_eq!(missing.status, 404);
    assert!(missing.body == fallback, "the 404 page is 404.html");
    // An encoded "#" in a query value reaches the widget's own page, which repairs it itself.
    let query = get(nginx.port, &format!("/?lang=cy%23result={code}"), None);
    assert_eq!(query.status, 200);
    assert!(query.body == std::fs::read(dist.join("index.html"))?);

    // A request after them all; once its line is in the log, theirs would be too.
    assert_eq!(get(nginx.port, "/index.html?after=1", None).status, 200);
    let deadline = Instant::now() + WAIT;
    while !nginx.access_log().contains("/index.html?after=1") {
        assert!(
            Instant::now() < deadline,
            "nginx logged nothing: {}",
            nginx.access_log()
        );
        std::thread::sleep(POLL);
    }
    let log = nginx.access_log();
    assert!(log.contains("/tools/readiness/no-such-page"), "{log}");
    assert!(
        !log.contains(code) && !log.contains("%23") && !log.contains("%2523"),
        "the access log kept a result's code:\n{log}"
    );
    Ok(())
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}
