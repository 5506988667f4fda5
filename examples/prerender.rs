//! Renders a new visitor's first screen natively, with Yew's server renderer and the very
//! components the app runs, once per shipped language, for `cargo xtask post-build` to put into
//! index.html (ui::prerender says how the page shows it and the app replaces it). It links the
//! widget natively, as tests/server_render.rs does, through the native `ssr` dev-dependency: no
//! part of it reaches the wasm.
//!
//! Usage: `prerender --build <dir> --out <file.json>`
//! - `<dir>`: the build being made. Each language other than English is read from its
//!   `lang/<code>.<fingerprint>.json` there, by the fingerprint compiled into this widget: the
//!   file the browser will accept, so the prerender is made from exactly the words the app shows.
//! - `<file.json>`: `{"block": "<markup for #app>", "languages": ["en", "cy"]}`.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(error) = prerender::run(&args) {
        eprintln!("prerender: {error}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod prerender {
    use std::path::{Path, PathBuf};
    use std::rc::Rc;

    use partnership_readiness::core::host::durability::StorageRisk;
    use partnership_readiness::core::questions::content::{catalogue_path, Content};
    use partnership_readiness::core::text::language::Language;
    use partnership_readiness::ui::boot::Boot;
    use partnership_readiness::ui::prerender::{
        END_ID, ID_PREFIX, NAME_SENTINEL, SLOT_PREFIX, WORDS_PREFIX,
    };
    use partnership_readiness::ui::question_set::QuestionSetRef;
    use partnership_readiness::ui::root::RootProps;
    use partnership_readiness::ui::state::{AppState, Notice};
    use partnership_readiness::ui::storage::Store;
    use partnership_readiness::Root;

    /// The time the screen is rendered for. The welcome shows no date or time (the equality
    /// test in the browser proves the app's first render matches), and a fixed value keeps
    /// builds reproducible.
    const NOW_MS: f64 = 1_796_040_000_000.0;

    pub fn run(args: &[String]) -> Result<(), String> {
        let (build, out) = arguments(args)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|error| format!("no async runtime: {error}"))?;
        let mut block = String::new();
        let mut languages = Vec::new();
        // English first: it is the page's own language and needs no file.
        let mut shipped = Language::SHIPPED.to_vec();
        shipped.sort_by_key(|language| *language != Language::English);
        for language in shipped {
            let catalogue = match language {
                Language::English => None,
                other => Some(read(&build.join(catalogue_path(other)))?),
            };
            // Made here to report a wrong file clearly; the renderer makes its own copy.
            let words = content(language, catalogue.as_deref())?;
            let html = runtime.block_on(render(language, catalogue.clone(), Variant::Plain));
            check(language, &html)?;
            // A host's name: the app's markup for it, rendered around a placeholder that boot.js
            // replaces with the name as text. The rest of the screen must not change with it.
            let named = runtime.block_on(render(language, catalogue.clone(), Variant::Named));
            let title = html.find("class=\"app-title\"").ok_or("no title line")?;
            let title_end = title + html[title..].find("</p>").ok_or("an open title line")?;
            let name = added_markup(&html, &named, title_end)?;
            if name.matches(NAME_SENTINEL).count() != 1 {
                return Err(format!(
                    "the name's markup does not hold the name once: {name}"
                ));
            }
            block.push_str(&format!(
                "<template id=\"{SLOT_PREFIX}{}-name\">{name}</template>",
                language.code()
            ));
            // Where saved answers may not last, the app's first screen says so: its notice for
            // each reason, added where the app puts notices.
            let notices =
                html.find("class=\"notices\">").ok_or("no notices")? + "class=\"notices\">".len();
            for risk in [StorageRisk::ForeignFrame, StorageRisk::DeletedAfterAWeek] {
                let warned =
                    runtime.block_on(render(language, catalogue.clone(), Variant::Notice(risk)));
                block.push_str(&format!(
                    "<template id=\"{SLOT_PREFIX}{}-notice-{}\">{}</template>",
                    language.code(),
                    risk.key(),
                    added_markup(&html, &warned, notices)?
                ));
            }
            // Inert until boot.js chooses it: a template's content is not in the document, so
            // the languages' copies of one screen never meet (their radio buttons would be one
            // group, their ids the same), and a page whose script does not run shows none.
            block.push_str(&format!(
                "<template id=\"{ID_PREFIX}{}\" lang=\"{}\">{html}</template>",
                language.code(),
                language.tag()
            ));
            // What a click before the app starts says (boot.js puts the visit's own in a polite
            // live region when one happens).
            block.push_str(&format!(
                "<template id=\"{WORDS_PREFIX}{}\">{}</template>",
                language.code(),
                escape(&words.text("prerender-getting-ready"))
            ));
            languages.push(language.code());
        }
        // Marks the end of the prerendered markup: everything before it is parsed.
        block.push_str(&format!("<template id=\"{END_ID}\"></template>"));
        let json = serde_json::json!({ "block": block, "languages": languages });
        if let Some(folder) = out.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|error| format!("cannot create {}: {error}", folder.display()))?;
        }
        std::fs::write(&out, json.to_string())
            .map_err(|error| format!("cannot write {}: {error}", out.display()))
    }

    /// Text as HTML needs it between tags.
    fn escape(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    fn arguments(args: &[String]) -> Result<(PathBuf, PathBuf), String> {
        let (mut build, mut out) = (None, None);
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            let value = args.next().map(PathBuf::from);
            match flag.as_str() {
                "--build" => build = value,
                "--out" => out = value,
                other => return Err(format!("unknown argument {other}")),
            }
        }
        match (build, out) {
            (Some(build), Some(out)) => Ok((build, out)),
            _ => Err("usage: prerender --build <dir> --out <file.json>".into()),
        }
    }

    fn read(path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|error| {
            format!(
                "cannot read {} ({error}): the build's language file must be the one compiled into the widget",
                path.display()
            )
        })
    }

    /// The words of `language`: English from the widget itself; any other from the build's file,
    /// refused unless its fingerprint is the one the widget was compiled with.
    fn content(language: Language, catalogue: Option<&str>) -> Result<Content, String> {
        match catalogue {
            None => Ok(Content::english().clone()),
            Some(json) => Content::from_fetched_catalogue(language, json)
                .map_err(|error| format!("the {} language file: {error:?}", language.code())),
        }
    }

    /// A new visitor's first screen, as `Root` renders it from a `Boot` made without a browser.
    async fn render(language: Language, catalogue: Option<String>, variant: Variant) -> String {
        yew::ServerRenderer::<Root>::with_props(move || {
            let content = content(language, catalogue.as_deref()).expect("checked before");
            let mut boot = Boot::new_visitor(content, "./", NOW_MS);
            match variant {
                Variant::Plain => {}
                Variant::Named => boot.settings.name = Some(NAME_SENTINEL.to_string()),
                Variant::Notice(risk) => {
                    let mut state =
                        AppState::fresh(Store::in_memory(), QuestionSetRef::built_in(), NOW_MS);
                    state.notices.push(Notice::MayNotLast(risk));
                    boot.own_assessment = Some(Rc::new(state));
                }
            }
            RootProps {
                boot: Some(Rc::new(boot)),
            }
        })
        .hydratable(false)
        .render()
        .await
    }

    /// The first screens the build renders: the welcome, and the two things boot.js adds to it.
    #[derive(Clone, Copy)]
    enum Variant {
        Plain,
        /// With a host's name (the placeholder).
        Named,
        /// With the notice that saved answers may not last, for this reason.
        Notice(StorageRisk),
    }

    /// What `variant` adds to `plain`: the markup inserted at byte `at` and nowhere else, or an
    /// error (the build then fails rather than ship a screen boot.js would put together wrongly).
    fn added_markup(plain: &str, variant: &str, at: usize) -> Result<String, String> {
        let (before, after) = plain.split_at(at);
        if variant.len() <= plain.len() || !variant.starts_with(before) || !variant.ends_with(after)
        {
            return Err("a variant of the welcome changes more than one place".into());
        }
        Ok(variant[at..variant.len() - after.len()].to_string())
    }
    /// What a build must never ship: an empty render, hydration markers (the app replaces the
    /// prerender rather than hydrating it), or a screen other than the welcome.
    fn check(language: Language, html: &str) -> Result<(), String> {
        let code = language.code();
        if html.contains("<!--<[") {
            return Err(format!("the {code} render has hydration markers"));
        }
        if !html.contains("id=\"welcome-heading\"") {
            return Err(format!(
                "the {code} render is not the welcome (no #welcome-heading): {html}"
            ));
        }
        Ok(())
    }
}
