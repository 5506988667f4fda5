//! Command-line parsing. Hand-written rather than using clap so xtask keeps few dependencies
//! and compiles in seconds; each command takes at most one option.

use crate::Result;

pub const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  serve [--port N]          build the widget and serve it on http://127.0.0.1:N (default 8080)
  dist [--public-url URL]   release build into dist/ (default \"./\": works under any path) and print sizes
  test                      fmt, clippy (native + wasm32), release build, native + e2e tests,
                            headless-browser component tests
  bench                     release build, then sizes (raw, gzip, brotli), start-up, answer-to-chart
                            latency and memory in headless Chromium, and the native chart render
                            time; a table, and JSON in target/bench/report.json
  post-build                what Trunk runs after each build (it reads TRUNK_STAGING_DIR; dist/ by
                            hand): the language files lang/<code>.<fingerprint>.json, 404.html
                            and link-fallback.js, version.txt, and a .br and .gz beside every
                            text and wasm file
  languages [--review]      only the language files of post-build; with --review, instead a
                            side-by-side sheet of every message (key, file, English, the other
                            language, the translator's note) for a language officer:
                            target/language-review/review-<code>.html and .csv
  wasm-bindgen ARGS         what Trunk runs as wasm-bindgen in xtask's builds: splits the later
                            views off into parts (the `split` feature), then runs wasm-bindgen
  help                      show this message

Missing build tools (wasm32 target, trunk, wasm-bindgen-cli, wasm-opt, and for `test`
Chromium + ChromeDriver) are installed at pinned versions on first use.";

const DEFAULT_PORT: u16 = 8080;
const DEFAULT_PUBLIC_URL: &str = "./";

#[derive(Debug, PartialEq, Eq)]
pub enum Task {
    Serve {
        port: u16,
    },
    Dist {
        public_url: String,
    },
    Test,
    Bench,
    PostBuild,
    /// `review`: the side-by-side sheet for a language officer instead of the language files.
    Languages {
        review: bool,
    },
    /// Trunk's wasm-bindgen call, passed on as it is (split.rs).
    WasmBindgen {
        args: Vec<String>,
    },
    Help,
}

/// Turns the arguments after `cargo xtask` into a task; unknown commands and options are errors.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Task> {
    let mut args = args.into_iter();
    let Some(command) = args.next() else {
        return Ok(Task::Help);
    };
    let rest: Vec<String> = args.collect();
    match command.as_str() {
        "serve" => {
            let port = match single_option(&rest, "--port")? {
                Some(text) => parse_port(&text)?,
                None => DEFAULT_PORT,
            };
            Ok(Task::Serve { port })
        }
        "dist" => {
            let public_url = single_option(&rest, "--public-url")?
                .unwrap_or_else(|| DEFAULT_PUBLIC_URL.to_string());
            Ok(Task::Dist { public_url })
        }
        "test" => {
            single_option(&rest, "")?;
            Ok(Task::Test)
        }
        "bench" => {
            single_option(&rest, "")?;
            Ok(Task::Bench)
        }
        "post-build" => {
            single_option(&rest, "")?;
            Ok(Task::PostBuild)
        }
        "languages" => match rest.as_slice() {
            [] => Ok(Task::Languages { review: false }),
            [flag] if flag == "--review" => Ok(Task::Languages { review: true }),
            _ => Err(format!("unexpected arguments `{}`", rest.join(" "))),
        },
        "wasm-bindgen" => Ok(Task::WasmBindgen { args: rest }),
        "help" | "-h" | "--help" => Ok(Task::Help),
        other => Err(format!("unknown command `{other}`")),
    }
}

/// Reads `name VALUE` or `name=VALUE` from `args`, rejecting anything else, so a typo fails
/// loudly instead of being silently ignored. An empty `name` means the command takes no options.
fn single_option(args: &[String], name: &str) -> Result<Option<String>> {
    match args {
        [] => Ok(None),
        [flag, value] if !name.is_empty() && flag == name => Ok(Some(value.clone())),
        [flag] if !name.is_empty() && flag == name => Err(format!("{name} needs a value")),
        [joined] if !name.is_empty() => match joined.strip_prefix(&format!("{name}=")) {
            Some(value) => Ok(Some(value.to_string())),
            None => Err(format!("unexpected argument `{joined}`")),
        },
        _ => Err(format!("unexpected arguments `{}`", args.join(" "))),
    }
}

fn parse_port(text: &str) -> Result<u16> {
    match text.parse::<u16>() {
        Ok(port) if port > 0 => Ok(port),
        _ => Err(format!(
            "--port must be a number from 1 to 65535, got `{text}`"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &str) -> Result<Task> {
        parse(words.split_whitespace().map(String::from))
    }

    #[test]
    fn no_command_or_help_shows_usage() {
        assert_eq!(parse_words(""), Ok(Task::Help));
        assert_eq!(parse_words("help"), Ok(Task::Help));
        assert_eq!(parse_words("bench"), Ok(Task::Bench));
        assert_eq!(parse_words("post-build"), Ok(Task::PostBuild));
        assert_eq!(
            parse_words("languages"),
            Ok(Task::Languages { review: false })
        );
    }

    #[test]
    fn languages_review_is_a_flag_without_a_value() {
        assert_eq!(
            parse_words("languages --review"),
            Ok(Task::Languages { review: true })
        );
        assert!(parse_words("languages --review cy").is_err());
        assert!(parse_words("languages --reviews").is_err());
        assert!(parse_words("languages review").is_err());
    }

    #[test]
    fn serve_defaults_to_port_8080_and_accepts_both_option_spellings() {
        assert_eq!(parse_words("serve"), Ok(Task::Serve { port: 8080 }));
        assert_eq!(
            parse_words("serve --port 9000"),
            Ok(Task::Serve { port: 9000 })
        );
        assert_eq!(
            parse_words("serve --port=9001"),
            Ok(Task::Serve { port: 9001 })
        );
        assert!(parse_words("serve --port").is_err());
        assert!(parse_words("serve --port 0").is_err());
        assert!(parse_words("serve --port http").is_err());
    }

    #[test]
    fn dist_defaults_to_root_public_url() {
        let dist = |url: &str| {
            Ok(Task::Dist {
                public_url: url.to_string(),
            })
        };
        assert_eq!(parse_words("dist"), dist("./"));
        assert_eq!(parse_words("dist --public-url /widget/"), dist("/widget/"));
        assert_eq!(parse_words("dist --public-url=/w/"), dist("/w/"));
    }

    #[test]
    fn unknown_commands_and_options_are_rejected() {
        assert!(parse_words("deploy").is_err());
        assert!(parse_words("test --fast").is_err());
        assert!(parse_words("dist --port 1").is_err());
    }
}
