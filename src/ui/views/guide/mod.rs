//! The printable facilitator's guide.

pub mod page;

use yew::prelude::*;

/// Draws the view: what its lazily loaded part hands to `ui::parts::LazyView`, so that only
/// code in this part names the view's components.
pub fn render(props: &page::GuideProps) -> Html {
    html! { <page::GuidePage ..props.clone() /> }
}
