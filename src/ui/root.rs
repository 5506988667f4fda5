//! Chooses between the person's own assessment and a shared page from the route (the address's
//! fragment, `core::formats::route`), following it as it changes (a pasted link, a history
//! entry, the Back button). It starts from `Boot`, read once before the first render, and reads
//! the browser again only in events, so it renders natively too.

use gloo_events::EventListener;
use yew::prelude::*;

use std::rc::Rc;

use crate::core::formats::route::Route;
use crate::core::text::language::Language;

use super::app::{own_assessment_from_storage, App};
use super::boot::{has_own_answers, with_early_choices, Boot};
use super::content::{english, ContentRef};
use super::embed::use_report_height;
use super::language;
use super::loading;
use super::prerender::{self, Early};
use super::question_set::QuestionSetRef;
use super::state::AppState;
use super::web;
use crate::ui::components::language_switch::LanguageSwitch;
#[cfg(feature = "comparison")]
use crate::ui::parts::ComparePart;
#[cfg(feature = "guide")]
use crate::ui::parts::GuidePart;
#[cfg(any(feature = "shared-result", feature = "comparison", feature = "guide"))]
use crate::ui::parts::LazyView;
#[cfg(feature = "shared-result")]
use crate::ui::parts::SharedResultPart;
#[cfg(feature = "comparison")]
use crate::ui::views::comparison::compare::CompareProps;
#[cfg(feature = "guide")]
use crate::ui::views::guide::page::GuideProps;
#[cfg(not(all(feature = "shared-result", feature = "comparison", feature = "guide")))]
use crate::ui::views::left_out::{LeftOut, LeftOutView};
#[cfg(feature = "shared-result")]
use crate::ui::views::shared_result::snapshot::SnapshotProps;

#[derive(Properties, PartialEq, Default)]
pub struct RootProps {
    /// What the first render needs (`Boot::from_browser` in `mount`); without it (a test
    /// mounting Root alone) it is read from the browser at the first render.
    #[prop_or_default]
    pub boot: Option<Rc<Boot>>,
}

/// What the page shows now: the route, and what the shared pages and the own assessment need
/// of storage, read when the route changes (an event), never while rendering.
struct Showing {
    route: Route,
    /// Only the shared result and the comparison offer "go to your own assessment" by it: a build
    /// without both never reads it.
    #[cfg_attr(
        not(any(feature = "shared-result", feature = "comparison")),
        allow(dead_code)
    )]
    has_own_answers: bool,
    /// The own assessment's starting state, once it is needed.
    own_assessment: Option<Rc<AppState>>,
    question_set: QuestionSetRef,
}

impl Reducible for Showing {
    type Action = Route;

    /// Follows a new route (dispatched from the `hashchange` event or a "leave" button).
    fn reduce(self: Rc<Self>, route: Route) -> Rc<Self> {
        // Going to the own assessment for the first time reads it from storage, now.
        let own_assessment = self.own_assessment.clone().or_else(|| {
            (!route.is_shared_page())
                .then(|| Rc::new(own_assessment_from_storage(self.question_set)))
        });
        Rc::new(Showing {
            has_own_answers: route.is_shared_page() && has_own_answers(),
            route,
            own_assessment,
            question_set: self.question_set,
        })
    }
}

#[component]
pub fn Root(props: &RootProps) -> Html {
    crate::ui::render_count::note("Root");
    let provided = props.boot.clone();
    let boot = use_memo((), move |_| {
        provided.unwrap_or_else(|| {
            // Mounted on its own (a browser test): read the browser now, as `mount` would.
            let boot = Boot::from_browser();
            super::embed::apply_accent(&boot.settings);
            Rc::new(boot)
        })
    });
    use_report_height();
    let languages = use_languages(boot.language, boot.content, boot.language_chosen);
    {
        // The control focused on the prerendered welcome, focused again in the app's.
        let focus = boot.focus_at_start.clone();
        use_effect_with(languages.content.is_some(), move |ready| {
            if *ready {
                prerender::focus_again(focus.as_deref());
                // The first screen is up: fetch the chart's drawing for the questions, and the
                // results while the questions are answered.
                crate::ui::parts::prefetch::<crate::ui::parts::ChartPart>();
                #[cfg(feature = "results")]
                crate::ui::parts::prefetch::<crate::ui::parts::ResultsPart>();
            }
        });
    }
    {
        // Clicks on the prerender while the first language's file was on its way: a language
        // chosen then is switched to, and the focus comes back (choices are in `initial` below).
        let (early, choose) = (languages.early.clone(), languages.choose.clone());
        let current = languages.content.as_ref().map(|c| c.language);
        use_effect_with(early, move |early| {
            if let Some(early) = early {
                if let Some(wanted) = early.language.filter(|l| Some(*l) != current) {
                    choose.emit(wanted);
                }
                if !early.start {
                    prerender::focus_again(early.focused.as_deref());
                }
            }
        });
    }
    let showing = use_reducer(|| Showing {
        route: boot.route.clone(),
        has_own_answers: boot.has_own_answers,
        own_assessment: boot.own_assessment.clone(),
        question_set: boot.question_set,
    });
    let follow = showing.dispatcher().to_callback();
    {
        let follow = follow.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    follow.emit(Route::from_fragment(&web::fragment()))
                })
            });
            move || drop(listener)
        });
    }
    let on_leave = {
        let follow = follow.clone();
        Callback::from(move |()| {
            web::clear_fragment();
            follow.emit(Route::OwnAssessment);
        })
    };
    // The one place a route becomes a view (or, in a build without it, says it is left out).
    let shared_page = match &showing.route {
        #[cfg(feature = "shared-result")]
        Route::SharedResult(code) => {
            let props = SnapshotProps {
                code: AttrValue::from(code.clone()),
                has_own_answers: showing.has_own_answers,
                on_leave: on_leave.clone(),
            };
            Some(html! { <LazyView<SharedResultPart> {props} whole_page=true /> })
        }
        #[cfg(not(feature = "shared-result"))]
        Route::SharedResult(_) => Some(
            html! { <LeftOut view={LeftOutView::SharedResult} whole_page=true on_back={on_leave.clone()} /> },
        ),
        // A new comparison link (pasted into the address bar) starts a new comparison.
        #[cfg(feature = "comparison")]
        Route::Comparison(code) if boot.settings.sharing => {
            let props = CompareProps {
                code: AttrValue::from(code.clone()),
                has_own_answers: showing.has_own_answers,
                on_leave: on_leave.clone(),
            };
            Some(html! { <LazyView<ComparePart> key={code.clone()} {props} whole_page=true /> })
        }
        #[cfg(not(feature = "comparison"))]
        Route::Comparison(_) if boot.settings.sharing => Some(
            html! { <LeftOut view={LeftOutView::Comparison} whole_page=true on_back={on_leave.clone()} /> },
        ),
        #[cfg(feature = "guide")]
        Route::FacilitatorGuide => {
            let props = GuideProps {
                on_leave: on_leave.clone(),
            };
            Some(html! { <LazyView<GuidePart> {props} whole_page=true /> })
        }
        #[cfg(not(feature = "guide"))]
        Route::FacilitatorGuide => Some(
            html! { <LeftOut view={LeftOutView::Guide} whole_page=true on_back={on_leave.clone()} /> },
        ),
        Route::OwnAssessment | Route::Comparison(_) => None,
    };
    // Once the person's own assessment has started it stays mounted, only hidden while a shared
    // page is open: answers kept only in memory (no storage) must survive a look at a history
    // entry or a comparison. Until then it is not mounted at all, so opening a shared link never
    // reads (or copies aside) the visitor's saved data.
    let showing_own = shared_page.is_none();
    // The own assessment as the app starts it: with the choices made on the prerender while
    // the first language's file was on its way (made once; App reads it on its first render).
    let initial = use_memo(
        (
            languages.early.clone(),
            showing
                .own_assessment
                .as_ref()
                .map(|s| Rc::as_ptr(s) as usize),
        ),
        {
            let own = showing.own_assessment.clone();
            move |(early, _)| {
                own.map(|state| match early {
                    Some(early) => Rc::new(with_early_choices((*state).clone(), early)),
                    None => state,
                })
            }
        },
    );
    let app = (*initial).clone().map(|initial| {
        html! { <div class="own-assessment" hidden={!showing_own}><App initial={Some(initial)} /></div> }
    });
    // Until the first language has arrived there is nothing to show in it: index.html's
    // loading line stays on screen (ui::loading) until then.
    let Some(content) = languages.content else {
        return Html::default();
    };
    // The shared page comes first, so lookups by id find its elements, not the hidden ones.
    html! {
        <ContextProvider<Rc<Boot>> context={(*boot).clone()}>
        <ContextProvider<ContentRef> context={content}>
            <LanguageSwitch current={content.language} loading={languages.loading}
                on_choose={languages.choose.clone()} failed={languages.failed}
                failed_at_start={languages.failed_at_start} />
            { for shared_page }
            { for app }
        </ContextProvider<ContentRef>>
        </ContextProvider<Rc<Boot>>>
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
    /// What was done on the prerendered welcome before it was replaced, when that happened only
    /// once the first language's file arrived.
    early: Option<Early>,
}

#[hook]
fn use_languages(initial: Language, preloaded: Option<ContentRef>, chosen: bool) -> Languages {
    let content = use_state(|| preloaded.or_else(|| (initial == Language::English).then(english)));
    let loading = use_state(|| false);
    let failed = use_state(|| None::<Language>);
    let failed_at_start = use_state(|| false);
    let early = use_state(|| None::<Early>);
    // Fetches `wanted`'s file; a choice the person made is remembered only once it has loaded,
    // so a file that never arrives is not waited for again at every visit.
    let fetch = {
        let (content, loading, failed, failed_at_start, early) = (
            content.clone(),
            loading.clone(),
            failed.clone(),
            failed_at_start.clone(),
            early.clone(),
        );
        Callback::from(move |(wanted, remember): (Language, bool)| {
            let (content, loading, failed, failed_at_start, early) = (
                content.clone(),
                loading.clone(),
                failed.clone(),
                failed_at_start.clone(),
                early.clone(),
            );
            loading.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match language::load(wanted).await {
                    Ok(loaded) => {
                        if remember {
                            language::remember(wanted);
                        }
                        failed.set(None);
                        // The app's first screen is drawn in this task: the prerendered one
                        // goes now, so no frame shows both or neither, and what was done on
                        // it meanwhile is kept.
                        if let Some(done) = prerender::hand_over() {
                            early.set(Some(done));
                        }
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
                            if let Some(done) = prerender::hand_over() {
                                early.set(Some(done));
                            }
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
        use_effect_with((), move |_| {
            if initial != Language::English && preloaded.is_none() {
                fetch.emit((initial, chosen));
            } else if chosen {
                language::remember(initial);
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
        early: (*early).clone(),
    }
}
