//! "Cymraeg" / "English": the switch to the other language, on every view. Each language is
//! named in itself and marked with its own `lang`, so a screen reader says it properly.

use yew::prelude::*;

use crate::core::text::language::Language;
use crate::ui::content::use_content;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub current: Language,
    /// True while the chosen language's file is on its way.
    pub loading: bool,
    pub on_choose: Callback<Language>,
    /// A language whose file could not be fetched or read: said beside the switch.
    #[prop_or_default]
    pub failed: Option<Language>,
    /// Whether the failed language was the one the visit started in, so the page is in English
    /// rather than as it was.
    #[prop_or_default]
    pub failed_at_start: bool,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    crate::ui::render_count::note("LanguageSwitch");
    let content = use_content();
    html! {
        // A landmark of its own, so it is found like the rest of the page (and axe's region rule
        // holds for content outside the views).
        <nav class="language-bar" aria-label={content.text("language-switch-label")}>
            <ul class="language-switch">
                { for Language::SHIPPED.iter().filter(|l| **l != props.current).map(|language| {
                    let language = *language;
                    let on_choose = props.on_choose.clone();
                    html! {
                        <li>
                            <button type="button" class="link-button language-option" lang={language.tag()}
                                data-testid={format!("language-{}", language.code())}
                                data-early={format!("language-{}", language.code())}
                                disabled={props.loading}
                                onclick={move |_: MouseEvent| on_choose.emit(language)}>
                                { content.text(&format!("language-name-{}", language.code())) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if let Some(language) = props.failed {
                <p class="notice notice-warning language-failed" role="alert" data-testid="language-failed">
                    { content.format(
                        if props.failed_at_start { "language-load-failed-start" } else { "language-load-failed" },
                        &[("language", content.text(&format!("language-name-{}", language.code())).as_str().into())],
                    ) }
                </p>
            }
        </nav>
    }
}
