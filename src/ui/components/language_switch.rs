//! "Cymraeg" / "English": the switch to the other language, on every view. Each language is
//! named in itself and marked with its own `lang`, so a screen reader says it properly.

use yew::prelude::*;

use crate::core::language::Language;
use crate::ui::content::use_content;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub current: Language,
    /// True while the chosen language's file is on its way.
    pub loading: bool,
    pub on_choose: Callback<Language>,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let content = use_content();
    html! {
        <div class="language-bar">
            <ul class="language-switch" aria-label={content.text("language-switch-label")}>
                { for Language::SHIPPED.iter().filter(|l| **l != props.current).map(|language| {
                    let language = *language;
                    let on_choose = props.on_choose.clone();
                    html! {
                        <li>
                            <button type="button" class="link-button language-option" lang={language.tag()}
                                data-testid={format!("language-{}", language.code())}
                                disabled={props.loading}
                                onclick={move |_: MouseEvent| on_choose.emit(language)}>
                                { content.text(&format!("language-name-{}", language.code())) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
