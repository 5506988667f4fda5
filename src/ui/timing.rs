//! Start-up work the benchmark times inside the page: a User Timing measure (`prc-…`) around it,
//! which `cargo xtask bench` reads with `performance.getEntriesByName`. Nothing else reads
//! them; they cost two marks and a measure once per page and language.

/// Runs `work`, recording its duration as the measure `name` where the browser has the
/// Performance API (in a test or a native build the work just runs).
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|window| window.performance());
    let (start, end) = (format!("{name}-start"), format!("{name}-end"));
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work();
    if let Some(performance) = &performance {
        let _ = performance.mark(&end);
        let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    }
    result
}

/// The measure for reading `code`'s language file into the widget's content.
pub fn content_measure(code: &str) -> String {
    format!("prc-content-{code}")
}
