//! Links that mail security rewrote on the way.
//!
//! Result, comparison and guide links carry their code after `#`, so it never reaches a server.
//! Microsoft Defender's Safe Links (on by default in most Microsoft 365 organisations) and other
//! mail filters rewrite that `#` as `%23`, or as `%2523` when they encode twice: the code then
//! arrives in the path (`/readiness/%23result=…`, where the kit's fallback page puts it back) or
//! inside a query value (`?lang=cy%23result=…`, which the widget puts back itself). Either way the
//! link still opens. An encoded `#` is put back only before a fragment key the widget reads, so an
//! ordinary `%23` in some other value is left alone.

use std::borrow::Cow;

use crate::formats::route::Route;

/// `#` encoded once, then twice (`%` itself encoded as `%25`).
const ENCODED_HASHES: [(&str, usize); 2] = [("%23", 1), ("%2523", 2)];

/// Whether `fragment` is one the widget reads: a fragment key followed by `=` or nothing.
fn is_known_fragment(fragment: &str) -> bool {
    Route::FRAGMENT_KEYS.iter().any(|key| {
        fragment
            .get(..key.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(key))
            && matches!(fragment.as_bytes().get(key.len()), None | Some(b'='))
    })
}

/// The fragment of an encoded-`#` candidate: the text after the mark, decoded as many times as
/// the `#` was, up to the first `&` (no code of ours holds one; in a link copied from a Safe Links
/// wrapper the wrapper's own parameters follow it).
fn decoded_fragment(rest: &str, times: usize) -> String {
    let decoded = percent_decoded(rest, times);
    match decoded.find('&') {
        Some(end) => decoded[..end].to_string(),
        None => decoded,
    }
}

/// The first encoded `#` in `text` that stands before a fragment the widget reads: where the mark
/// starts, and the fragment.
fn encoded_hash(text: &str) -> Option<(usize, String)> {
    // Enough of what follows a mark to tell whether a key follows (each character of a key may
    // be encoded twice, `%25xx`), so a long text of other `%23`s is not decoded again and again.
    const LOOKAHEAD: usize = 5 * 24;
    text.match_indices('%').find_map(|(start, _)| {
        ENCODED_HASHES.iter().find_map(|(mark, times)| {
            let end = start + mark.len();
            let found = text
                .get(start..end)
                .is_some_and(|candidate| candidate.eq_ignore_ascii_case(mark));
            if !found {
                return None;
            }
            let rest = &text[end..];
            let mut preview_end = rest.len().min(LOOKAHEAD);
            while !rest.is_char_boundary(preview_end) {
                preview_end -= 1;
            }
            let preview = decoded_fragment(&rest[..preview_end], *times);
            let key_follows = is_known_fragment(&preview);
            key_follows.then(|| (start, decoded_fragment(rest, *times)))
        })
    })
}

/// Undoes percent-encoding `times` times. A fragment of ours is plain ASCII (base64url, `=`, `.`
/// and `-`), so only `%XX` for an ASCII byte is decoded and anything else is kept as it is. (Ten
/// lines here rather than a crate: the widget needs nothing else of one.)
fn percent_decoded(text: &str, times: usize) -> String {
    let mut text = text.to_string();
    for _ in 0..times {
        let bytes = text.as_bytes();
        let mut decoded = String::with_capacity(bytes.len());
        let mut index = 0;
        while index < bytes.len() {
            let escaped = bytes
                .get(index + 1..index + 3)
                .and_then(|hex| std::str::from_utf8(hex).ok())
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
                .filter(|byte| bytes[index] == b'%' && byte.is_ascii() && *byte != 0);
            match escaped {
                Some(byte) => {
                    decoded.push(char::from(byte));
                    index += 3;
                }
                None => {
                    let width = text[index..].chars().next().map_or(1, char::len_utf8);
                    decoded.push_str(&text[index..index + width]);
                    index += width;
                }
            }
        }
        text = decoded;
    }
    text
}

/// The fragment of a link or pasted text (without its `#`): after a real `#`, or after a `#`
/// that mail security encoded. None when it has neither.
pub fn fragment_of(text: &str) -> Option<Cow<'_, str>> {
    if let Some(hash) = text.find('#') {
        return Some(Cow::Borrowed(&text[hash + 1..]));
    }
    encoded_hash(text).map(|(_, fragment)| Cow::Owned(fragment))
}

/// An address whose fragment had been encoded into its path or query, put back together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The path and query before the encoded `#`.
    pub path_and_query: String,
    /// The fragment, without `#`.
    pub fragment: String,
}

/// Puts back a fragment that mail security encoded into `path_and_query` (a page's pathname
/// followed by its search, `?…` included), or None when there is none to put back.
pub fn restore_fragment(path_and_query: &str) -> Option<Restored> {
    let (mark, fragment) = encoded_hash(path_and_query)?;
    let mut before = &path_and_query[..mark];
    // `?lang=cy%23result=…` becomes `?lang=cy#result=…`; a query left empty (`?%23result=…`)
    // loses its `?`.
    if before.ends_with('?') {
        before = &before[..before.len() - 1];
    }
    Some(Restored {
        path_and_query: before.to_string(),
        fragment,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn restored(path_and_query: &str, fragment: &str) -> Option<Restored> {
        Some(Restored {
            path_and_query: path_and_query.to_string(),
            fragment: fragment.to_string(),
        })
    }

    #[test]
    fn a_hash_encoded_once_or_twice_in_the_path_is_put_back() {
        assert_eq!(
            restore_fragment("/%23result=AQID-_"),
            restored("/", "result=AQID-_")
        );
        assert_eq!(
            restore_fragment("/tools/readiness/%2523compare=AQ.Ag"),
            restored("/tools/readiness/", "compare=AQ.Ag")
        );
        assert_eq!(
            restore_fragment("/tools/readiness/%23facilitator-guide"),
            restored("/tools/readiness/", "facilitator-guide")
        );
        // Encoders differ in case.
        assert_eq!(
            restore_fragment("/%2523RESULT=abc"),
            restored("/", "RESULT=abc")
        );
    }

    #[test]
    fn a_hash_encoded_inside_a_query_value_is_put_back() {
        assert_eq!(
            restore_fragment("/?lang=cy%23result=AQID"),
            restored("/?lang=cy", "result=AQID")
        );
        assert_eq!(
            restore_fragment("/readiness/?%23result=AQID"),
            restored("/readiness/", "result=AQID")
        );
        // A twice-encoded link whose `=` was encoded too.
        assert_eq!(
            restore_fragment("/%2523result%253DAQID"),
            restored("/", "result=AQID")
        );
        assert_eq!(
            restore_fragment("/%2523result=AQ%2541"),
            restored("/", "result=AQA")
        );
    }

    #[test]
    fn other_encoded_hashes_and_plain_addresses_are_left_alone() {
        for address in [
            "/",
            "/tools/readiness/index.html?lang=cy",
            "/?q=%231",
            "/%23results-table",
            "/%23resultant=1",
            "/%2",
            "/%",
            "/%23",
            "/caf%C3%A9/%23",
        ] {
            assert_eq!(restore_fragment(address), None, "{address}");
        }
    }

    #[test]
    fn the_fragment_of_a_link_is_after_its_hash_or_its_encoded_hash() {
        assert_eq!(
            fragment_of("https://x.org/r/#result=AQ").as_deref(),
            Some("result=AQ")
        );
        assert_eq!(
            fragment_of("https://x.org/r/%23result=AQ").as_deref(),
            Some("result=AQ")
        );
        assert_eq!(
            fragment_of("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.org%2Fr%2F%2523compare%3DAQ.Ag&data=05").as_deref(),
            Some("compare=AQ.Ag"),
            "a link copied from a Safe Links wrapper"
        );
        assert_eq!(fragment_of("AQID").as_deref(), None);
    }

    #[test]
    fn decoding_never_panics_on_any_text() {
        for text in [
            "%",
            "%2",
            "%zz",
            "%€",
            "é%23result=é%",
            "%23result=%F0%9F%98%80",
        ] {
            let _ = restore_fragment(text);
            let _ = fragment_of(text);
        }
        assert_eq!(percent_decoded("a%41%e2%82%ac", 1), "aA%e2%82%ac");
    }
}
