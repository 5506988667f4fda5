//! Chooses between the person's own assessment and a shared result from the address's
//! fragment, following it as it changes (a pasted link, a history entry, the Back button).

use gloo_events::EventListener;
use yew::prelude::*;

use std::rc::Rc;

use crate::core::assess::compare::code_in_compare_fragment;
use crate::core::assess::session::SESSION_KEY;
use crate::core::formats::snapshot::code_in_fragment;
use crate::core::host::settings::Settings;
use crate::core::questions::guide::is_guide_fragment;
use crate::core::text::language::Language;

use super::app::App;
use super::components::compare::ComparePage;
use super::components::guide::GuidePage;
use super::components::language_switch::LanguageSwitch;
use super::components::snapshot::SnapshotPage;
use super::content::{english, ContentRef};
use super::embed::{apply_accent, settings_from_address, use_report_height};
use super::language;
use super::loading;
use super::storage::Store;
use super::web;

#[component]
pub fn Root() -> Html {
    // Read once: the address's settings do not change while the page is open.
    let settings = use_memo((), |_| {
        let settings = settings_from_address();
        apply_accent(&settings);
        settings
    });
    use_report_height();
    let languages = use_languages();
    let fragment = use_state(web::fragment);
    let app_started = use_state(|| false);
    {
        let fragment = fragment.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    fragment.set(web::fragment())
                })
            });
            move || drop(listener)
        });
    }
    let on_leave = {
        let fragment = fragment.clone();
        Callback::from(move |()| {
            web::clear_fragment();
            fragment.set(String::new());
        })
    };
    // Shared pages only read storage, to offer the way back to the visitor's own answers.
    let has_own_answers = || matches!(Store::open().read(SESSION_KEY), Ok(Some(_)));
    let shared_page = if let Some(code) = code_in_fragment(&fragment) {
        let code = AttrValue::from(code.to_string());
        Some(
            html! { <SnapshotPage {code} has_own_answers={has_own_answers()} on_leave={on_leave.clone()} /> },
        )
    } else if let Some(code) = code_in_compare_fragment(&fragment).filter(|_| settings.sharing) {
        // A new comparison link (pasted into the address bar) starts a new comparison.
        let key = code.to_string();
        let code = AttrValue::from(code.to_string());
        Some(
            html! { <ComparePage {key} {code} has_own_answers={has_own_answers()} on_leave={on_leave.clone()} /> },
        )
    } else if is_guide_fragment(&fragment) {
        Some(html! { <GuidePage on_leave={on_leave.clone()} /> })
    } else {
        None
    };
    // Once the person's own assessment has started it stays mounted, only hidden while a shared
    // page is open: answers kept only in memory (no storage) must survive a look at a history
    // entry or a comparison. Until then it is not mounted at all, so opening a shared link never
    // reads (or copies aside) the visitor's saved data.
    let showing_own = shared_page.is_none();
    {
        let app_started = app_started.clone();
        use_effect_with(showing_own, move |showing_own| {
            if *showing_own && !*app_started {
                app_started.set(true);
            }
        });
    }
    let app = (*app_started || showing_own).then(|| {
        html! { <div class="own-assessment" hidden={!showing_own}><App /></div> }
    });
    // Until the first language has arrived there is nothing to show in it: index.html's
    // loading line stays on screen (ui::loading) until then.
    let Some(content) = languages.content else {
        return Html::default();
    };
    // The shared page comes first, so lookups by id find its elements, not the hidden ones.
    html! {
        <ContextProvider<ContentRef> context={content}>
        <ContextProvider<Rc<Settings>> context={settings}>
            <LanguageSwitch current={content.language} loading={languages.loading}
                on_choose={languages.choose.clone()} failed={languages.failed}
                failed_at_start={languages.failed_at_start} />
            { for shared_page }
            { for app }
        </ContextProvider<Rc<Settings>>>
        </ContextProvider<ContentRef>>
    }
}

/// The content in the current language, and how to change it.
struct Languages {
    /// None only until the first language's catalogue has arrived.
    content: Option<ContentRef>,
    loading: bool,
    /// A language whose catalogue could not be fetched or read; the page stays as it was.
    failed: Option<Language>,
    /// Whether that was the language the visit started in (the page is in English instead).
    failed_at_start: bool,
    choose: Callback<Language>,
}

#[hook]
fn use_languages() -> Languages {
    let initial = use_memo((), |_| language::initial_language());
    let content = use_state(|| (*initial == Language::English).then(english));
    let loading = use_state(|| false);
    let failed = use_state(|| None::<Language>);
    let failed_at_start = use_state(|| false);
    // Fetches `wanted`'s file; a choice the person made is remembered only once it has loaded,
    // so a file that never arrives is not waited for again at every visit.
    let fetch = {
        let (content, loading, failed, failed_at_start) = (
            content.clone(),
            loading.clone(),
            failed.clone(),
            failed_at_start.clone(),
        );
        Callback::from(move |(wanted, remember): (Language, bool)| {
            let (content, loading, failed, failed_at_start) = (
                content.clone(),
                loading.clone(),
                failed.clone(),
                failed_at_start.clone(),
            );
            loading.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match language::load(wanted).await {
                    Ok(loaded) => {
                        if remember {
                            language::remember(wanted);
                        }
                        failed.set(None);
                        content.set(Some(loaded));
                    }
                    Err(error) => {
                        web_sys::console::warn_1(
                            &format!("Partnership Readiness Check: the {} language file could not be used: {error}", wanted.code()).into(),
                        );
                        failed.set(Some(wanted));
                        // A first visit whose language never arrived carries on in English.
                        if content.is_none() {
                            failed_at_start.set(true);
                            content.set(Some(english()));
                        }
                    }
                }
                loading.set(false);
            });
        })
    };
    {
        let fetch = fetch.clone();
        let initial = *initial;
        use_effect_with((), move |_| {
            if initial != Language::English {
                fetch.emit((initial, false));
            }
        });
    }
    use_effect_with(content.as_ref().map(|c| c.language), {
        let content = content.clone();
        move |_| {
            if let Some(content) = content.as_ref() {
                language::apply_to_document(content);
                loading::finished();
            }
        }
    });
    let choose = {
        let (content, failed_at_start) = (content.clone(), failed_at_start.clone());
        Callback::from(move |wanted: Language| {
            failed_at_start.set(false);
            if content.as_ref().map(|c| c.language) == Some(wanted) {
                language::remember(wanted);
            } else {
                fetch.emit((wanted, true));
            }
        })
    };
    Languages {
        content: (*content),
        loading: *loading,
        failed: *failed,
        failed_at_start: *failed_at_start,
        choose,
    }
}
