//! The current time in milliseconds since the Unix epoch. The browser's clock in the widget; the
//! system clock natively, so code that records timestamps also runs in native builds and tests.

#[cfg(target_arch = "wasm32")]
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0)
}

/// Today in the person's own time zone: a result finished at 00:30 in London in summer, or in
/// the morning in Sydney, carries the local date, not the UTC one.
pub fn local_day(now_ms: f64) -> crate::core::text::calendar::Day {
    crate::core::text::calendar::Day::from_ms(now_ms - utc_offset_ms(now_ms))
}

/// How far UTC is ahead of local time at `now_ms` (JavaScript's getTimezoneOffset, in ms).
#[cfg(target_arch = "wasm32")]
fn utc_offset_ms(now_ms: f64) -> f64 {
    js_sys::Date::new(&now_ms.into()).get_timezone_offset() * 60_000.0
}

#[cfg(not(target_arch = "wasm32"))]
fn utc_offset_ms(_now_ms: f64) -> f64 {
    0.0
}
