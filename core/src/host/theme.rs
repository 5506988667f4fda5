//! An organisation's accent colour turned into the widget's accent tokens for the light and dark
//! schemes, adjusted until every use keeps WCAG AA contrast: text on the accent (dark or light
//! text, whichever reads better), accent-coloured text on the page, and accent borders.

/// A colour as red, green and blue bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
const NEAR_BLACK: Rgb = Rgb(0x11, 0x17, 0x1f);
/// The surfaces the accent sits on (see styles/tokens.css).
const LIGHT_SURFACE_ALT: Rgb = Rgb(0xee, 0xf2, 0xf6);
const DARK_SURFACE: Rgb = Rgb(0x1a, 0x21, 0x2b);
const DARK_SURFACE_ALT: Rgb = Rgb(0x22, 0x2b, 0x37);

/// Text needs 4.5:1; borders, focus rings and chart lines 3:1 (WCAG 1.4.3, 1.4.11).
const TEXT_CONTRAST: f64 = 4.5;
const GRAPHIC_CONTRAST: f64 = 3.0;

impl Rgb {
    /// `#1d5f8a`, `#f60` (with or without the `#`). Anything else is `None`.
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#').unwrap_or(text.trim());
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(
                u8::from_str_radix(&hex[0..2], 16).ok()?,
                u8::from_str_radix(&hex[2..4], 16).ok()?,
                u8::from_str_radix(&hex[4..6], 16).ok()?,
            )),
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// `amount` (0-1) of the way towards `other`.
    fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let blend =
            |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
        Rgb(
            blend(self.0, other.0),
            blend(self.1, other.1),
            blend(self.2, other.2),
        )
    }
}

/// WCAG contrast ratio, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Moves `colour` towards `towards` in small steps until it has `ratio` against every one of
/// `backgrounds`.
fn until_contrast_on(colour: Rgb, towards: Rgb, backgrounds: &[Rgb], ratio: f64) -> Rgb {
    (0..=50)
        .map(|step| colour.mix(towards, f64::from(step) / 50.0))
        .find(|c| backgrounds.iter().all(|b| contrast(*c, *b) >= ratio))
        .unwrap_or(towards)
}

fn until_contrast(colour: Rgb, towards: Rgb, background: Rgb, ratio: f64) -> Rgb {
    until_contrast_on(colour, towards, &[background], ratio)
}

/// The accent tokens of one colour scheme.
#[derive(Debug, Clone, PartialEq)]
pub struct AccentTokens {
    /// Buttons, the progress bar, chart fills, borders.
    pub accent: Rgb,
    /// Accent-coloured text and hover states.
    pub strong: Rgb,
    /// Tinted backgrounds.
    pub soft: Rgb,
    /// Text on the accent.
    pub on_accent: Rgb,
}

/// Light and dark tokens from one accent colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub light: AccentTokens,
    pub dark: AccentTokens,
}

fn tokens(accent: Rgb, surface: Rgb, surface_alt: Rgb, away: Rgb) -> AccentTokens {
    // Visible as a border or a line on the page.
    let accent = until_contrast(accent, away, surface, GRAPHIC_CONTRAST);
    // Whichever text reads better on it; then the accent moves until that text reaches AA.
    let on_accent = if contrast(WHITE, accent) >= contrast(NEAR_BLACK, accent) {
        WHITE
    } else {
        NEAR_BLACK
    };
    let accent = if on_accent == WHITE {
        until_contrast(accent, NEAR_BLACK, WHITE, TEXT_CONTRAST)
    } else {
        until_contrast(accent, WHITE, NEAR_BLACK, TEXT_CONTRAST)
    };
    let soft = accent.mix(surface, 0.88);
    AccentTokens {
        accent,
        strong: until_contrast_on(accent, away, &[surface, surface_alt, soft], TEXT_CONTRAST),
        soft,
        on_accent,
    }
}

/// The theme for an organisation's accent colour.
pub fn theme(accent: Rgb) -> Theme {
    Theme {
        light: tokens(accent, WHITE, LIGHT_SURFACE_ALT, NEAR_BLACK),
        dark: tokens(accent, DARK_SURFACE, DARK_SURFACE_ALT, WHITE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_colours_parse_and_anything_else_does_not() {
        assert_eq!(Rgb::parse_hex("#1d5f8a"), Some(Rgb(0x1d, 0x5f, 0x8a)));
        assert_eq!(Rgb::parse_hex("F60"), Some(Rgb(0xff, 0x66, 0x00)));
        for bad in [
            "",
            "#",
            "#12",
            "#12345",
            "#1234567",
            "red",
            "#ggg",
            "#1d5f8a;x",
            "é12",
        ] {
            assert_eq!(Rgb::parse_hex(bad), None, "{bad}");
        }
        assert_eq!(Rgb(0x1d, 0x5f, 0x8a).hex(), "#1d5f8a");
    }

    #[test]
    fn contrast_matches_known_ratios() {
        assert!((contrast(WHITE, Rgb(0, 0, 0)) - 21.0).abs() < 0.01);
        assert!((contrast(WHITE, Rgb(0x76, 0x76, 0x76)) - 4.54).abs() < 0.01);
    }

    #[test]
    fn every_accent_keeps_aa_contrast_in_both_schemes() {
        let samples = [
            "#ffff00", "#ffdd00", "#777777", "#808080", "#00ff00", "#0000ff", "#ff0000", "#1d5f8a",
            "#000000", "#ffffff", "#f60", "#7f7fff", "#102030",
        ];
        for hex in samples {
            let theme = theme(Rgb::parse_hex(hex).unwrap());
            for (scheme, tokens, surface, surface_alt) in [
                ("light", &theme.light, WHITE, LIGHT_SURFACE_ALT),
                ("dark", &theme.dark, DARK_SURFACE, DARK_SURFACE_ALT),
            ] {
                let check = |what: &str, ratio: f64, needed: f64| {
                    assert!(
                        ratio >= needed,
                        "{hex} {scheme}: {what} {ratio:.2} < {needed}"
                    );
                };
                check(
                    "text on accent",
                    contrast(tokens.on_accent, tokens.accent),
                    4.5,
                );
                check("accent on surface", contrast(tokens.accent, surface), 3.0);
                check(
                    "strong text on surface",
                    contrast(tokens.strong, surface),
                    4.5,
                );
                check(
                    "strong text on alt surface",
                    contrast(tokens.strong, surface_alt),
                    4.5,
                );
                check(
                    "strong text on soft",
                    contrast(tokens.strong, tokens.soft),
                    4.5,
                );
            }
        }
    }

    #[test]
    fn a_good_accent_is_left_as_it_is() {
        let theme = theme(Rgb(0x1d, 0x5f, 0x8a));
        assert_eq!(theme.light.accent, Rgb(0x1d, 0x5f, 0x8a));
        assert_eq!(theme.light.on_accent, WHITE);
    }
}
