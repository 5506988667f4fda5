//! A result opened from a link, read only.

pub mod snapshot;

use yew::prelude::*;

/// Draws the view: what its lazily loaded part hands to `ui::parts::LazyView`, so that only
/// code in this part names the view's components.
pub fn render(props: &snapshot::SnapshotProps) -> Html {
    html! { <snapshot::SnapshotPage ..props.clone() /> }
}
