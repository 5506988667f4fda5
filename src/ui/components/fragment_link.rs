//! A link to another view of this page (`#result=…`, `#compare=…`) that replaces the current
//! entry of the browser's back/forward history instead of adding one. Those fragments carry
//! scores and a person's label; as entries of their own they would sit in the browser's
//! history (and in its history menu) long after "Delete my answers". The `href` stays, so
//! "open in a new tab" and copying the link still work.

use yew::prelude::*;

use crate::ui::web;

#[derive(Properties, PartialEq)]
pub struct FragmentLinkProps {
    /// Without the `#`, e.g. "result=AQEB…".
    pub fragment: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

#[component]
pub fn FragmentLink(props: &FragmentLinkProps) -> Html {
    let onclick = {
        let fragment = props.fragment.clone();
        Callback::from(move |event: MouseEvent| {
            // A click with a modifier (new tab, new window) is the browser's to handle.
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                return;
            }
            event.prevent_default();
            web::replace_with_fragment(&fragment);
        })
    };
    html! {
        <a class={props.class.clone()} href={format!("#{}", props.fragment)} {onclick}>{ props.children.clone() }</a>
    }
}
