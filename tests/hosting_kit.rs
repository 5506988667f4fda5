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
            assert!(
                sends(&config, names, value),
                "{file} does not send {name}: {value}"
            );
        }
    }
}

/// Whether `config` sends a header named one of `names` with exactly `value`: the name and the
/// value on one line, or (nginx) `add_header <name> $variable` with the value on a line of that
/// variable's `map` block.
fn sends(config: &str, names: &[&str], value: &str) -> bool {
    let has_word = |line: &str, word: &str| {
        line.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_' || c == '$'))
            .any(|w| w == word)
    };
    let direct = config
        .lines()
        .any(|line| line.contains(value) && names.iter().any(|n| has_word(line, n)));
    let mapped = config.lines().any(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        let [add_header, name, variable, ..] = words[..] else {
            return false;
        };
        add_header == "add_header"
            && names.contains(&name)
            && variable.starts_with('$')
            && map_block(config, variable).is_some_and(|block| {
                block
                    .lines()
                    .any(|line| line.contains(&format!("\"{value}\"")))
            })
    });
    direct || mapped
}

/// The body of nginx's `map <source> <variable> { ... }` block.
fn map_block<'a>(config: &'a str, variable: &str) -> Option<&'a str> {
    let start = config.lines().position(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        words.first() == Some(&"map") && words.get(2) == Some(&variable)
    })?;
    let offset: usize = config.lines().take(start).map(|line| line.len() + 1).sum();
    let rest = &config[offset..];
    Some(&rest[..rest.find("\n}")?])
}

#[test]
fn an_nginx_header_may_come_through_a_map() {
    let config = "map $uri $cc {\n    \"~x\"   \"public, immutable\";\n    default \"no-cache\";\n}\nserver {\n  add_header Cache-Control $cc always;\n}\n";
    assert!(sends(config, &["Cache-Control"], "public, immutable"));
    assert!(sends(config, &["Cache-Control"], "no-cache"));
    assert!(!sends(config, &["Cache-Control"], "max-age=1"));
    assert!(!sends(config, &["Vary"], "no-cache"));
}

/// Hashed names: Trunk's `<name>-<hex hash>.js|.css` and `<name>-<hex hash>_bg.wasm` (the hash
/// is a u64 in hexadecimal, so sometimes shorter than 16 digits), and the language files
/// `lang/<code>.<16 hex digits>.json`.
fn is_hashed(path: &str) -> bool {
    let hex = |text: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    if let Some(file) = path
        .strip_prefix("/lang/")
        .and_then(|f| f.strip_suffix(".json"))
    {
        return file.split_once('.').is_some_and(|(code, fp)| {
            code.bytes().all(|b| b.is_ascii_lowercase()) && hex(fp, 16..=16)
        });
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = ["_bg.wasm", ".js", ".css"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix));
    stem.and_then(|stem| stem.rsplit_once('-'))
        .is_some_and(|(_, hash)| hex(hash, 8..=16))
}

#[test]
fn hashed_names_are_told_from_fixed_ones() {
    for hashed in [
        "/partnership-readiness-7e21715299238fd0_bg.wasm",
        "/partnership-readiness-7e21715299238fd0.js",
        "/questionnaire-ed11f1666ec1730.css",
        "/lang/cy.441f90f09255abec.json",
    ] {
        assert!(is_hashed(hashed), "{hashed}");
    }
    for fixed in [
        "/",
        "/index.html",
        "/loader.js",
        "/embed.js",
        "/embed-demo.css",
        "/link-fallback.js",
        "/lang/loader-cy.js",
        "/lang/cy.json",
        "/version.txt",
    ] {
        assert!(!is_hashed(fixed), "{fixed}");
    }
}

/// Every file of the build gets exactly one Cache-Control from `_headers` (hosts join the values
/// of rules that overlap): a year and immutable when its name is hashed, no-cache otherwise. A
/// stylesheet or host file added without a rule fails here.
#[test]
fn every_file_of_the_build_has_one_cache_rule_immutable_exactly_when_hashed() {
    let dist = support::dist_dir();
    let mut paths = vec!["/".to_string()];
    paths.extend(
        files_under(&dist)
            .into_iter()
            .map(|file| format!("/{}", file.strip_prefix(&dist).unwrap().to_string_lossy()))
            .filter(|path| !path.ends_with(".br") && !path.ends_with(".gz")),
    );
    for path in &paths {
        let rules: Vec<String> = kit::headers_for(path)
            .into_iter()
            .filter(|(name, _)| name == "Cache-Control")
            .map(|(_, value)| value)
            .collect();
        let expected = if is_hashed(path) {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        assert_eq!(rules, [expected], "{path}");
        assert_eq!(
            kit::headers_for(path)
                .into_iter()
                .filter(|(name, _)| name == "Vary")
                .collect::<Vec<_>>(),
            [("Vary".to_string(), "Accept-Encoding".to_string())],
            "{path}"
        );
    }
    assert!(paths.iter().any(|p| p.ends_with("_bg.wasm")), "{paths:?}");
}

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// A link whose `#` a mail system encoded is answered with the fallback page by every form of
/// the kit, for any fragment key, and by nothing else.
#[test]
fn every_server_configuration_serves_the_fallback_for_an_encoded_fragment() {
    for path in [
        "/%23result=AbC-_1",
        "/%2523compare=AAAA.BBBB",
        "/%23facilitator-guide",
    ] {
        let rule =
            kit::redirect_for(path).unwrap_or_else(|| panic!("no _redirects rule for {path}"));
        assert_eq!(
            (rule.to.as_str(), rule.status),
            ("/404.html", 200),
            "{path}"
        );
    }
    assert_eq!(kit::redirect_for("/index.html"), None);
    assert_eq!(kit::redirect_for("/missing"), None);
    // The same key rule as link-fallback.js: lower-case letters and hyphens, then "=" or the end.
    let script = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/host/link-fallback.js"),
    )
    .unwrap();
    assert!(
        script.contains("/%(25)?23[a-z-]+(=|$)/"),
        "link-fallback.js changed its rule"
    );
    let nginx = read("nginx.conf");
    assert!(nginx.contains(r#"location ~ "^(?<prc_folder>.*/)[^/]*(#|%23)[a-z-]+(=|$)" {"#));
    assert!(nginx.contains("access_log off;"));
    assert!(nginx.contains(r#""~%(25)?23[a-z-]+(=|$)"                       0;"#));
    assert!(nginx.contains("error_page 404 /404.html;"));
    let apache = read("apache.conf");
    assert!(apache.contains(r#"SetEnvIf Request_URI "(#|%23)[a-z-]+(=|$)" prc_encoded_fragment"#));
    assert!(apache.contains("env=!prc_encoded_fragment"));
    assert!(apache.contains(r#"RewriteRule "^(.*/)?[^/]*(#|%23)[a-z-]+(=|$)" "$1404.html" [L]"#));
    assert!(apache.contains("ErrorDocument 404 /404.html"));
    let caddy = read("Caddyfile");
    assert!(caddy.contains("@encodedfragment path_regexp encoded ^(.*/)[^/]*(#|%23)[a-z-]+(=|$)"));
    assert!(caddy.contains("log_skip @encodedfragment"));
    assert!(caddy.contains(r#"@encodedquery expression `{query}.matches("%(25)?23[a-z-]+(=|$)")`"#));
    assert!(caddy.contains("log_skip @encodedquery"));
    assert!(apache.contains(r#"SetEnvIf Query_String "%(25)?23[a-z-]+(=|$)" prc_encoded_fragment"#));
    assert!(caddy.contains("handle_errors 404"));
}

/// Each server sends the precompressed copies post-build writes.
#[test]
fn every_server_configuration_sends_the_precompressed_copies() {
    let nginx = read("nginx.conf");
    assert!(nginx.contains("brotli_static on;") && nginx.contains("gzip_static on;"));
    let apache = read("apache.conf");
    for encoding in ["br", "gzip"] {
        assert!(apache.contains(&format!(
            "Header always set Content-Encoding \"{encoding}\""
        )));
    }
    assert!(apache.contains("[T=application/wasm,E=no-gzip:1,E=no-brotli:1]"));
    let caddy = read("Caddyfile");
    assert_eq!(caddy.matches("precompressed br gzip").count(), 2);
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
