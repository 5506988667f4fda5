//! The page around a view that brings its own frame (a routed view's "not in this version", a
//! part's place while it loads): the title line above, the view in `main`.

use yew::prelude::*;

use crate::ui::components::app_title::AppTitle;
use crate::ui::content::use_content;

#[derive(Properties, PartialEq)]
pub struct PageFrameProps {
    pub children: Html,
}

#[component]
pub fn PageFrame(props: &PageFrameProps) -> Html {
    let content = use_content();
    html! {
        <div class="app" lang={content.language.tag()}>
            <header class="app-header"><AppTitle /></header>
            <main id="main" class="app-main">{ props.children.clone() }</main>
        </div>
    }
}
