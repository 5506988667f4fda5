//! `LazyView`: a part's view once the part is here; until then its place says what is
//! happening. Only the small shell is generic (one copy per part); loading and retrying
//! (`load::use_load`) and the words (`frame::PartFrame`) are compiled once.

use yew::prelude::*;

use super::{use_part, LazyPart, PartFrame};

#[derive(Properties, PartialEq)]
pub struct LazyViewProps<P: PartialEq> {
    /// The view's own props, passed on unchanged once its part is here.
    pub props: P,
    /// A routed view brings the page's frame with it; inside the assessment (the results) the
    /// frame is already there.
    #[prop_or_default]
    pub whole_page: bool,
}

#[component]
pub fn LazyView<T: LazyPart>(props: &LazyViewProps<T::Props>) -> Html {
    match use_part::<T>() {
        (Some(given), ..) => T::show(given, &props.props),
        (None, status, on_retry) => {
            html! { <PartFrame {status} {on_retry} whole_page={props.whole_page} /> }
        }
    }
}
