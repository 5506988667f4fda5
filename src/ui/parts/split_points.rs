//! The split points: one `#[wasm_split]` function per part. Each returns its view's `render`
//! function; the splitter moves the body, and all code only it reaches, into the part's file.
//! With the `split` feature the call loads that file first (`fallible`: a failed load is an
//! `Err`, never a panic, which would stop the whole app); without it the call is immediate.

use std::sync::OnceLock;

use super::{LazyPart, Loading, PartError, Render};

/// Declares a part: its marker type, its split function and its `LazyPart`.
macro_rules! part {
    ($(#[$doc:meta])* $part:ident, $split:ident, $props:ty, $render:path) => {
        $(#[$doc])*
        pub struct $part;

        // The split name becomes the part's file name (letters only).
        #[cfg_attr(feature = "split", wasm_split_helpers::wasm_split($split, fallible))]
        fn $split() -> Result<Render<$props>, PartError> {
            Ok($render)
        }

        impl LazyPart for $part {
            type Props = $props;
            fn slot() -> &'static OnceLock<Render<$props>> {
                static SLOT: OnceLock<Render<$props>> = OnceLock::new();
                &SLOT
            }
            #[cfg(feature = "split")]
            fn load() -> Loading {
                Box::pin(async {
                    let render = $split().await?;
                    let _ = Self::slot().set(render);
                    Ok(())
                })
            }
            #[cfg(not(feature = "split"))]
            fn load() -> Loading {
                let loaded = $split().map(|render| {
                    let _ = Self::slot().set(render);
                });
                Box::pin(std::future::ready(loaded))
            }
        }
    };
}

#[cfg(feature = "guide")]
part!(
    /// The facilitator's guide.
    GuidePart,
    guide,
    crate::ui::views::guide::page::GuideProps,
    crate::ui::views::guide::render
);

#[cfg(feature = "comparison")]
part!(
    /// The comparison of partners' results.
    ComparePart,
    compare,
    crate::ui::views::comparison::compare::CompareProps,
    crate::ui::views::comparison::render
);

#[cfg(feature = "shared-result")]
part!(
    /// A result someone shared as a link.
    SharedResultPart,
    shared,
    crate::ui::views::shared_result::snapshot::SnapshotProps,
    crate::ui::views::shared_result::render
);

#[cfg(feature = "results")]
part!(
    /// The person's own results, with sharing and their earlier results.
    ResultsPart,
    results,
    crate::ui::views::results::page::ResultsProps,
    crate::ui::views::results::render
);
