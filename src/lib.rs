//! Partnership Readiness Check: an anonymous partnership self-assessment that runs entirely in
//! the browser. `core` is the pure core crate (readiness-core: questions, scoring, formats,
//! wording, no browser types); `ui` is the Yew app and the browser adapters.

/// The pure core, by the name the widget's code and tests use for it.
pub use readiness_core as core;
pub mod ui;

pub use ui::app::App;
pub use ui::root::Root;

/// Mounts the app into the page's `#app` element (or `<body>` if the host page has none).
pub fn mount() {
    yew::set_custom_panic_hook(Box::new(ui::stopped::on_panic));
    // The built-in English, made from its static tables now (the first render would otherwise),
    // timed for the benchmark.
    ui::timing::measure(
        &ui::timing::content_measure(core::text::language::Language::English.code()),
        core::questions::content::Content::english,
    );
    // Before anything reads the address: a result link whose `#` a mail filter encoded.
    ui::web::restore_mail_rewritten_fragment();
    // Everything the first render needs, read from the browser once (ui::boot).
    let boot = std::rc::Rc::new(ui::boot::Boot::from_browser());
    ui::embed::apply_accent(&boot.settings);
    let words_at_start = boot.words_at_start();
    let props = ui::root::RootProps { boot: Some(boot) };
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            // The loading line (in the loader's language) stays on screen until the first view
            // has its words: it moves out of the way of Yew, which Root removes then. So does a
            // prerendered first screen, which goes as the app's own first screen is drawn: now,
            // in the same task as the first render, when its words are at hand (English, built
            // in); else once the language's file has arrived (ui::root).
            ui::loading::keep_beside(&root);
            ui::prerender::set_aside(&root);
            root.set_inner_html("");
            yew::Renderer::<Root>::with_root_and_props(root, props).render();
            if words_at_start {
                ui::prerender::remove();
            }
        }
        None => {
            yew::Renderer::<Root>::with_props(props).render();
            ui::prerender::remove();
        }
    }
}
