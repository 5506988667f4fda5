//! Cleaning untrusted text: anything typed, passed in the address or read from a link or file
//! becomes one line of plain, visible text before it is shown, stored or drawn.

/// The most characters a result's name keeps: links, files and pictures carry at most this.
pub const MAX_LABEL_CHARS: usize = 40;

/// Trims, turns line breaks, tabs and other control characters into spaces, drops invisible
/// characters (see `is_invisible`), collapses runs of spaces and keeps at most
/// `MAX_LABEL_CHARS` characters.
pub fn clean_label(raw: &str) -> String {
    clean_text(raw, MAX_LABEL_CHARS)
}

/// One line of plain text from anything typed or passed in: control characters become spaces,
/// invisible characters go, runs of spaces collapse, and at most `max_chars` characters remain.
pub fn clean_text(raw: &str, max_chars: usize) -> String {
    let spaced: String = strip_invisible(raw)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(max_chars)
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// The first `max_chars` characters of `text`, with "…" when there was more: enough to
/// recognise a long piece of a file or of stored text by, without filling the page.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let short: String = text.chars().take(max_chars).collect();
    if short.len() < text.len() {
        format!("{short}\u{2026}")
    } else {
        short
    }
}

/// `raw` without the characters `is_invisible` names; spaces and everything visible stay, so
/// this is safe on text that is still being typed.
pub fn strip_invisible(raw: &str) -> String {
    raw.chars().filter(|&c| !is_invisible(c)).collect()
}

/// Characters that must never reach a label: Unicode noncharacters (U+FDD0-FDEF and the last
/// two code points of every plane, which XML forbids, so an SVG holding one is not a valid file),
/// the bidirectional embeddings, overrides and isolates (which can make a label read backwards
/// and disguise what it says), and the other invisible format characters (soft hyphen, zero-width
/// space, word joiner, byte-order mark and the like), and the Hangul fillers, which draw nothing
/// and are a known way to make a blank-looking name.
///
/// Kept on purpose: U+200C and U+200D (zero-width non-joiner and joiner, which emoji sequences
/// and scripts such as Persian and the Indic scripts need), and the tag characters
/// U+E0020-E007F, which spell the flags of Wales, Scotland and England.
pub fn is_invisible(c: char) -> bool {
    let code = u32::from(c);
    let noncharacter = (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE;
    let format = matches!(code,
        0x00AD
        | 0x0600..=0x0605
        | 0x061C
        | 0x06DD
        | 0x070F
        | 0x0890..=0x0891
        | 0x08E2
        | 0x115F..=0x1160
        | 0x180E
        | 0x200B
        | 0x200E..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x2064
        | 0x2066..=0x206F
        | 0x3164
        | 0xFEFF
        | 0xFFA0
        | 0xFFF9..=0xFFFB
        | 0x110BD
        | 0x110CD
        | 0x13430..=0x1343F
        | 0x1BCA0..=0x1BCA3
        | 0x1D173..=0x1D17A
        | 0xE0001);
    noncharacter || format
}
