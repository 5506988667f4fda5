//! Partners' results side by side.

pub mod compare;

use yew::prelude::*;

/// Draws the view: what its lazily loaded part hands to `ui::parts::LazyView`, so that only
/// code in this part names the view's components.
pub fn render(props: &compare::CompareProps) -> Html {
    html! { <compare::ComparePage ..props.clone() /> }
}
