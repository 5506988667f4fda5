//! How often each component renders, counted in test builds only (feature `render-count`): the
//! browser test that one answer re-renders the statement, the progress line, the section strip
//! and the chart, not the whole page. Without the feature `note` is empty and its calls and
//! names are compiled out of the release.

#[cfg(feature = "render-count")]
thread_local! {
    static RENDERS: std::cell::RefCell<std::collections::BTreeMap<&'static str, u32>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// Called first in each component's body with the component's name.
#[inline(always)]
pub fn note(_component: &'static str) {
    #[cfg(feature = "render-count")]
    RENDERS.with(|renders| *renders.borrow_mut().entry(_component).or_default() += 1);
}

/// The renders counted since the last call, by component, and a fresh count from here.
#[cfg(feature = "render-count")]
pub fn take() -> std::collections::BTreeMap<&'static str, u32> {
    RENDERS.with(|renders| std::mem::take(&mut *renders.borrow_mut()))
}
