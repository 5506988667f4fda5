//! The person's own results: the page, sharing and earlier results (the parts a shared result
//! shows too are in `ui::components::result_parts`).

pub mod history;
pub mod page;
pub mod share;

use yew::prelude::*;

/// Draws the view: what its lazily loaded part hands to `ui::parts::LazyView`, so that only
/// code in this part names the view's components.
pub fn render(props: &page::ResultsProps) -> Html {
    html! { <page::ResultsView ..props.clone() /> }
}
