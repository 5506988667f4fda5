//! The hosting kit (docs/hosting/) tells site owners which headers to send, in four forms. The
//! end-to-end server sends the `_headers` form (tests/support/kit.rs); this checks that the
//! nginx, Apache and Caddy forms carry exactly the same headers, value for value, so that a
//! change to one that is not made to all of them fails here.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::Path;

use support::kit;

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/hosting")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[test]
fn every_server_configuration_sends_the_kits_headers() {
    let rules = kit::rules();
    assert!(
        rules.iter().any(|rule| rule.pattern == "/*"
            && rule
                .headers
                .iter()
                .any(|(name, _)| name == "Content-Security-Policy")),
        "{rules:?}"
    );
    for file in ["nginx.conf", "apache.conf", "Caddyfile"] {
        let config = read(file);
        for (name, value) in rules.iter().flat_map(|rule| &rule.headers) {
            // The name and the exact value on one line; a file type may instead be declared
            // the server's own way (nginx `types`, Apache `AddType`).
            let names: &[&str] = if name == "Content-Type" {
                &["Content-Type", "AddType", "types"]
            } else {
                &[name.as_str()]
            };
            let sent = config.lines().any(|line| {
                line.contains(value.as_str())
                    && names.iter().any(|n| {
                        line.split(|c: char| !(c.is_alphanumeric() || c == '-'))
                            .any(|word| word == *n)
                    })
            });
            assert!(sent, "{file} does not send {name}: {value}");
        }
    }
}

#[test]
fn the_policy_starts_from_nothing_and_allows_only_what_the_widget_uses() {
    let csp = kit::headers_for("/")
        .into_iter()
        .find(|(name, _)| name == "Content-Security-Policy")
        .map(|(_, value)| value)
        .expect("a policy for every page");
    let directives: Vec<&str> = csp.split(';').map(str::trim).collect();
    assert_eq!(directives[0], "default-src 'none'");
    for needed in [
        "script-src 'self' http://localhost:* 'wasm-unsafe-eval'",
        "style-src 'self' http://localhost:*",
        "connect-src 'self' http://localhost:*",
        "form-action 'none'",
        "base-uri 'none'",
    ] {
        assert!(directives.contains(&needed), "{csp} lacks {needed}");
    }
    assert!(directives
        .iter()
        .any(|d| d.starts_with("frame-ancestors 'self' ")));
    assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
    // The wasm type and the CORS header for the SRI-checked embed.js.
    assert!(kit::headers_for("/app-1234.wasm")
        .contains(&("Content-Type".into(), "application/wasm".into())));
    assert!(
        kit::headers_for("/embed.js").contains(&("Access-Control-Allow-Origin".into(), "*".into()))
    );
    assert!(!kit::headers_for("/index.html")
        .iter()
        .any(|(name, _)| name == "Access-Control-Allow-Origin"));
}

#[test]
fn the_headers_file_is_parsed_as_a_host_would() {
    let rules = kit::parse("# comment\n/*\n  A: b; c\n\n/x.js\n  D: e\n");
    assert_eq!(rules.len(), 2);
    assert_eq!(
        rules[0].headers,
        vec![("A".to_string(), "b; c".to_string())]
    );
    assert_eq!(rules[1].pattern, "/x.js");
}
