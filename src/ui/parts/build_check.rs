//! Is the page on the server still this build? Asked only when a part fails to load: if the
//! server's page now loads different glue, the part this tab needs may be gone for good (a
//! host that deletes old files on deploy), and only a reload helps. Compares the glue named by
//! the loader's tag (`data-js`, a name that changes with the build's bytes) here and there.

use crate::ui::fetch::{fetch_fresh_text, Limits};
use crate::ui::web;

/// The page is a few KB; a slow answer means the connection, which "try again" covers.
const PAGE_LIMITS: Limits = Limits {
    time_ms: 10_000,
    bytes: 512 * 1024,
};

/// `Some(true)`: same build; `Some(false)`: the server has another; `None`: cannot tell
/// (offline, or a sandboxed frame whose host sends no CORS headers).
pub async fn same_build() -> Option<bool> {
    let ours = web_sys::window()?
        .document()?
        .get_element_by_id("prc-loader")?
        .get_attribute("data-js")?;
    let page = fetch_fresh_text(&web::address_without_fragment(), PAGE_LIMITS)
        .await
        .ok()?;
    let theirs = loader_glue(&page)?;
    Some(theirs == ours)
}

/// The loader tag's `data-js` in a page's HTML (as Trunk.toml's pattern_script writes it).
fn loader_glue(html: &str) -> Option<&str> {
    let tag_start = html.find("id=\"prc-loader\"")?;
    let tag = &html[tag_start..];
    let tag = &tag[..tag.find('>')?];
    let value = &tag[tag.find("data-js=\"")? + "data-js=\"".len()..];
    Some(&value[..value.find('"')?])
}

#[cfg(test)]
mod tests {
    use super::loader_glue;

    #[test]
    fn the_glue_is_read_from_the_loader_tag_only() {
        let page = r#"<link rel="modulepreload" href="./a-1.js"><script id="prc-loader" src="./loader.js" data-js="./partnership-readiness-0f.js" data-wasm="./x_bg.wasm" defer></script>"#;
        assert_eq!(loader_glue(page), Some("./partnership-readiness-0f.js"));
        assert_eq!(
            loader_glue(r#"<script id="prc-loader" src="l.js"></script> data-js="x""#),
            None
        );
        assert_eq!(loader_glue("<p>not the widget</p>"), None);
    }
}
