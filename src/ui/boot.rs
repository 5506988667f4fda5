//! Everything the first render needs, read from the browser once at start-up (`mount`) and
//! given to `Root`: which view the address opens, the host's settings, the visit's first
//! language, the page's address, the time, the browser's abilities the views adapt to, and the
//! person's own assessment as storage holds it. Nothing reads the browser or the clock while
//! rendering: later changes arrive through effects and events. So `Root` also renders natively,
//! from a `Boot` made by hand (`Boot::new_visitor`, the server-render test).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::assess::session::Position;
use crate::core::formats::route::Route;
use crate::core::host::settings::Settings;
use crate::core::questions::content::Content;
use crate::core::text::language::Language;

use super::app::own_assessment_from_storage;
use super::clock::now_ms;
use super::content::ContentRef;
use super::embed::settings_from_address;
use super::language;
use super::prerender::{self, Early};
use super::question_set::QuestionSetRef;
use super::state::{Action, AppState};
use super::storage::Store;
use super::web;

#[derive(Clone)]
pub struct Boot {
    pub route: Route,
    pub settings: Settings,
    /// The language the visit starts in (remembered, `?lang=`, the browser's languages, or a
    /// choice made on the prerendered welcome before the app started).
    pub language: Language,
    /// That language was chosen by the person (on the prerendered welcome): remembered once its
    /// file has loaded, as a choice made in the app is.
    pub language_chosen: bool,
    /// The control that had the keyboard focus on the prerendered welcome, focused again once
    /// the app has replaced it (unless a replayed Start moved on).
    pub focus_at_start: Option<String>,
    /// The page's address without its fragment, which share links are built on.
    pub address: String,
    /// When the page started (ms since 1970): the date the first views show.
    pub now_ms: f64,
    /// Room for the score table beside the chart (60rem and wider).
    pub wide_screen: bool,
    /// The browser has a system share sheet (`navigator.share`).
    pub can_share: bool,
    /// Saved answers exist; read only when the address opens a shared page, which offers the way
    /// back to them.
    pub has_own_answers: bool,
    /// The visit's language already read (a render without fetching: the server-render test
    /// and the prerender); `None` in the browser, where a language other than English is
    /// fetched after start-up.
    pub content: Option<ContentRef>,
    /// The question set the visit answers: the one place it is named (today the built-in
    /// questionnaire).
    pub question_set: QuestionSetRef,
    /// The own assessment as storage holds it; `None` when the address opens a shared page, so
    /// that opening one never reads (or copies aside) the visitor's saved data. Read then when
    /// the person first goes to their own assessment.
    pub own_assessment: Option<Rc<AppState>>,
}

/// One `Boot` is made per page: compared by identity (a deep comparison would only cost code).
impl PartialEq for Boot {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Boot {
    /// Reads the browser: once, before the first render.
    pub fn from_browser() -> Boot {
        // What the person did on the prerendered welcome so far. In English the app replaces it
        // now, so it is all replayed now; in another language the prerender stays until the
        // language's file arrives, and what was done by then is replayed then (ui::root).
        let early = prerender::read_early().unwrap_or_default();
        let language = early.language.unwrap_or_else(language::initial_language);
        let replay_now = words_at_start(language, None);
        let route = Route::from_fragment(&web::fragment());
        let question_set = QuestionSetRef::built_in();
        let own_assessment = (!route.is_shared_page()).then(|| {
            let state = own_assessment_from_storage(question_set);
            Rc::new(if replay_now {
                with_early_choices(state, &early)
            } else {
                state
            })
        });
        Boot {
            settings: settings_from_address(),
            language,
            language_chosen: early.language.is_some(),
            focus_at_start: early.focused.clone().filter(|_| replay_now && !early.start),
            address: web::address_without_fragment(),
            now_ms: now_ms(),
            wide_screen: web::is_wide_screen(),
            can_share: web::can_share(),
            // Only a shared page offers the way back: the own assessment reads storage anyway.
            has_own_answers: route.is_shared_page() && has_own_answers(),
            content: None,
            question_set,
            own_assessment,
            route,
        }
    }

    /// Whether the first language's words are at hand when the app mounts (English is built in;
    /// another language is fetched first): then the app's first screen replaces a prerendered
    /// one at once, and everything done on it is replayed at mount.
    pub fn words_at_start(&self) -> bool {
        words_at_start(self.language, self.content.as_ref())
    }

    /// A new visitor's first screen in `content`'s language, at `address`, at `now_ms`: what
    /// a page shows before anything is stored, made without a browser.
    pub fn new_visitor(content: Content, address: &str, now_ms: f64) -> Boot {
        Boot {
            route: Route::OwnAssessment,
            settings: Settings::default(),
            language: content.language,
            language_chosen: false,
            focus_at_start: None,
            content: Some(ContentRef::keep(content)),
            address: address.to_string(),
            now_ms,
            wide_screen: true,
            can_share: false,
            has_own_answers: false,
            question_set: QuestionSetRef::built_in(),
            own_assessment: Some(Rc::new(AppState::fresh(
                Store::in_memory(),
                QuestionSetRef::built_in(),
                now_ms,
            ))),
        }
    }
}

fn words_at_start(language: Language, content: Option<&ContentRef>) -> bool {
    language == Language::English || content.is_some()
}

/// The choices made on the prerendered welcome before the app started, replayed through the
/// reducer as the clicks would have been: the stage and role set, then Start (which saves, and
/// moves the focus to the first section's heading as a real Start does).
pub fn with_early_choices(state: AppState, early: &Early) -> AppState {
    let mut state = Rc::new(state);
    if let Some(stage) = early.stage {
        state = state.reduce(Action::SetStage(Some(stage)));
    }
    if let Some(role) = early.role {
        state = state.reduce(Action::SetRole(Some(role)));
    }
    if early.start {
        state = state.reduce(Action::GoTo(Position::Section { index: 0 }));
    }
    Rc::unwrap_or_clone(state)
}

/// Whether storage holds the person's own answers (read in events and at start-up only).
pub fn has_own_answers() -> bool {
    use crate::core::formats::stored::session::SESSION_KEY;
    matches!(Store::open().read(SESSION_KEY), Ok(Some(_)))
}

/// The start-up values `Root` provides. A component rendered on its own (the browser component
/// tests) reads them from the browser when it is first rendered.
#[hook]
pub fn use_boot() -> Rc<Boot> {
    let provided = use_context::<Rc<Boot>>();
    let own = use_memo((), move |_| {
        provided.unwrap_or_else(|| Rc::new(Boot::from_browser()))
    });
    (*own).clone()
}
