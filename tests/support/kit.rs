//! The hosting kit's headers (docs/hosting/_headers), read the way a Netlify-style host reads
//! them, so the end-to-end server sends exactly what the kit tells site owners to send: a change
//! that breaks the widget under those headers fails a test.

use std::path::Path;

/// The kit names the sites that may frame the widget with this placeholder.
pub const HOST_SITES_PLACEHOLDER: &str = "https://www.example.org";
/// What the tests put in its place: their host pages run on 127.0.0.1 with a random port.
pub const TEST_HOST_SITES: &str = "http://127.0.0.1:*";
/// The kit names the widget's own origin with this placeholder.
pub const WIDGET_ORIGIN_PLACEHOLDER: &str = "https://readiness.example.org";
/// The tests' widget runs on localhost with a random port (the host pages are on 127.0.0.1).
pub const TEST_WIDGET_ORIGIN: &str = "http://localhost:*";

/// One block of `_headers`: a path pattern and the headers for the paths it matches.
#[derive(Debug, Clone)]
pub struct Rule {
    pub pattern: String,
    pub headers: Vec<(String, String)>,
}

/// The kit's rules, as written.
pub fn rules() -> Vec<Rule> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/hosting/_headers");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse(&text)
}

/// `_headers` syntax: a path pattern at the start of a line, then indented `Name: value` lines;
/// `#` starts a comment.
pub fn parse(text: &str) -> Vec<Rule> {
    let mut rules: Vec<Rule> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            rules.push(Rule {
                pattern: line.trim().to_string(),
                headers: Vec::new(),
            });
        } else if let (Some(rule), Some((name, value))) = (rules.last_mut(), line.split_once(':')) {
            rule.headers
                .push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    rules
}

fn matches(pattern: &str, path: &str) -> bool {
    match pattern.split_once('*') {
        Some((start, end)) => {
            path.len() >= start.len() + end.len() && path.starts_with(start) && path.ends_with(end)
        }
        None => pattern == path,
    }
}

/// The headers the kit sends for `path` (relative to where the widget is published), with the
/// placeholders replaced for the tests' host pages and widget.
pub fn headers_for(path: &str) -> Vec<(String, String)> {
    rules()
        .into_iter()
        .filter(|rule| matches(&rule.pattern, path))
        .flat_map(|rule| rule.headers)
        .map(|(name, value)| {
            let value = value
                .replace(HOST_SITES_PLACEHOLDER, TEST_HOST_SITES)
                .replace(WIDGET_ORIGIN_PLACEHOLDER, TEST_WIDGET_ORIGIN);
            (name, value)
        })
        .collect()
}

/// One rule of `_redirects`: a path pattern (one `*` at the end at most), where to, the status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    pub from: String,
    pub to: String,
    pub status: u16,
}

/// The kit's `_redirects` rules, as written.
pub fn redirects() -> Vec<Redirect> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/hosting/_redirects");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            match words[..] {
                [from, to, status] => Redirect {
                    from: from.into(),
                    to: to.into(),
                    status: status.parse().expect("a status"),
                },
                _ => panic!("a _redirects line is `from to status`: {line}"),
            }
        })
        .collect()
}

/// The rule a Netlify-style host applies to the request path `path` (as sent, still encoded).
pub fn redirect_for(path: &str) -> Option<Redirect> {
    redirects()
        .into_iter()
        .find(|rule| match rule.from.strip_suffix('*') {
            Some(start) => path.starts_with(start),
            None => rule.from == path,
        })
}
