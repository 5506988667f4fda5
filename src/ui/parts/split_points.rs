//! The split points: one `#[wasm_split]` function per part. Each returns a function of its part
//! (a view's `render`, the chart's drawing); the splitter moves the body, and all code only it
//! reaches, into the part's file. With the `split` feature the call loads that file first
//! (`fallible`: a failed load is an `Err`, never a panic, which would stop the whole app);
//! without it the call is immediate.

use std::sync::OnceLock;

use super::{Loading, Part, PartError};

/// Declares a part: its marker type, its split function and its `Part`.
macro_rules! part {
    ($(#[$doc:meta])* $part:ident, $split:ident, $given:ty, $function:expr) => {
        $(#[$doc])*
        pub struct $part;

        // The split name becomes the part's file name (letters only).
        #[cfg_attr(feature = "split", wasm_split_helpers::wasm_split($split, fallible))]
        fn $split() -> Result<$given, PartError> {
            Ok($function)
        }

        impl Part for $part {
            type Given = $given;
            fn slot() -> &'static OnceLock<$given> {
                static SLOT: OnceLock<$given> = OnceLock::new();
                &SLOT
            }
            #[cfg(feature = "split")]
            fn load() -> Loading {
                Box::pin(async {
                    let given = $split().await?;
                    let _ = Self::slot().set(given);
                    Ok(())
                })
            }
            #[cfg(not(feature = "split"))]
            fn load() -> Loading {
                let loaded = $split().map(|given| {
                    let _ = Self::slot().set(given);
                });
                Box::pin(std::future::ready(loaded))
            }
        }
    };
}

/// Declares a part that is a whole view (`LazyView` shows it): its split function hands over a
/// function drawing the view's component, so only code in the part names the component.
#[cfg(later_views)]
macro_rules! view_part {
    ($(#[$doc:meta])* $part:ident, $split:ident, $props:ty, $component:path) => {
        part!($(#[$doc])* $part, $split, super::Render<$props>, {
            fn render(props: &$props) -> yew::Html {
                yew::html! { <$component ..props.clone() /> }
            }
            render
        });

        impl super::LazyPart for $part {
            type Props = $props;
            fn show(render: Self::Given, props: &$props) -> yew::Html {
                render(props)
            }
        }
    };
}

/// Draws a radar chart as SVG (or says why it could not).
pub type DrawChart = fn(&crate::core::words::radar::RadarChart) -> Result<String, String>;

part!(
    /// The radar chart's drawing (plotters): the live chart beside the questions may arrive a
    /// moment after the first statement can be answered.
    ChartPart,
    chart,
    DrawChart,
    crate::core::words::radar::render
);

#[cfg(feature = "guide")]
view_part!(
    /// The facilitator's guide.
    GuidePart,
    guide,
    crate::ui::views::guide::page::GuideProps,
    crate::ui::views::guide::page::GuidePage
);

#[cfg(feature = "comparison")]
view_part!(
    /// The comparison of partners' results.
    ComparePart,
    compare,
    crate::ui::views::comparison::compare::CompareProps,
    crate::ui::views::comparison::compare::ComparePage
);

#[cfg(feature = "shared-result")]
view_part!(
    /// A result someone shared as a link.
    SharedResultPart,
    shared,
    crate::ui::views::shared_result::snapshot::SnapshotProps,
    crate::ui::views::shared_result::snapshot::SnapshotPage
);

#[cfg(feature = "results")]
view_part!(
    /// The person's own results, with sharing and their earlier results.
    ResultsPart,
    results,
    crate::ui::views::results::page::ResultsProps,
    crate::ui::views::results::page::ResultsView
);
