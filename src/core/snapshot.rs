//! A snapshot of one result, small enough to travel in a link's fragment.
//!
//! Binary layout (format 1), then URL-safe base64 without padding:
//!
//! | bytes  | meaning                                                               |
//! |--------|-----------------------------------------------------------------------|
//! | 0      | format, 1                                                             |
//! | 1      | questionnaire code (1 = "partnership-readiness")                       |
//! | 2      | questionnaire version                                                 |
//! | 3-4    | day of the result, days since 1970-01-01, little-endian               |
//! | 5      | overall score 0-100, 255 = not enough answers                         |
//! | 6-11   | each criterion's score 0-100, 255 = not enough answers                |
//! | 12-17  | each criterion's answered count (high 4 bits) and "don't know" count   |
//! | 18     | label length in bytes (UTF-8), at most 160                            |
//! | 19-    | the label                                                             |
//! | last 4 | CRC-32 of everything before it, little-endian                         |
//!
//! Without a label that is 23 bytes, 31 characters. The checksum catches a link cut short when it
//! was copied or edited by hand; the label length byte tells the two apart.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use super::calendar::Day;
use super::questionnaire::{Questionnaire, CRITERION_IDS, STATEMENTS_PER_CRITERION};
use super::scoring::{Assessment, CriterionScore, MIN_SCORED_ANSWERS};

pub const FORMAT: u8 = 1;
/// The fragment key: `#result=<code>`.
pub const FRAGMENT_KEY: &str = "result";
pub const MAX_LABEL_CHARS: usize = 40;
/// Anything longer cannot be one of our links (the longest is about 240 characters).
pub const MAX_CODE_CHARS: usize = 400;

const NO_SCORE: u8 = 255;
const CRITERIA: usize = CRITERION_IDS.len();
const HEADER: usize = 6 + 2 * CRITERIA + 1;
const CHECKSUM: usize = 4;
/// CRC-32 (the ISO-HDLC one zip and PNG use), computed bit by bit: links are a few dozen bytes,
/// so a lookup table would only add size.
const CHECK_CODE: crc::Crc<u32, crc::NoTable> =
    crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);
/// Questionnaires a link can name, by a one-byte code.
const QUESTIONNAIRES: [(u8, &str); 1] = [(1, "partnership-readiness")];

/// One criterion's figures in a snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CriterionSnapshot {
    pub score: Option<u8>,
    pub answered: u8,
    pub dont_know: u8,
}

/// The result as it is shared: no answers, only what the result page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub questionnaire_id: String,
    pub questionnaire_version: u8,
    pub day: Day,
    pub label: String,
    pub overall: Option<u8>,
    pub criteria: Vec<CriterionSnapshot>,
}

/// Why a link could not be read. Each has its own message, so people know what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotError {
    Empty,
    TooLong,
    /// Characters no link of ours contains.
    Garbled,
    /// Shorter than it says it is: cut off when copied.
    Truncated,
    /// The check code does not match: changed after it was made.
    Altered,
    /// Made by a newer version of this tool.
    NewerFormat,
    /// Made with a questionnaire this version does not know.
    OtherQuestionnaire,
    /// Well formed, but with values no result can have.
    Impossible,
}

impl SnapshotError {
    /// What the person reads, and what to do about it.
    pub fn message(&self) -> &'static str {
        match self {
            SnapshotError::Empty => "This link has no result in it. It may have been cut off after the \u{201c}#\u{201d} when it was copied.",
            SnapshotError::TooLong => "This link is far longer than any result link, so it was not opened.",
            SnapshotError::Garbled => "This link contains characters a result link never has. It may have been changed, or mixed up with another link.",
            SnapshotError::Truncated => "This link is incomplete: the end of it is missing, probably cut off when it was copied or sent.",
            SnapshotError::Altered => "This link does not match its own check code, so part of it has been changed or lost. The scores in it cannot be trusted.",
            SnapshotError::NewerFormat => "This link was made by a newer version of the Partnership Readiness Check than this one, which cannot read it.",
            SnapshotError::OtherQuestionnaire => "This link was made with a different version of the questionnaire, so its scores cannot be shown here.",
            SnapshotError::Impossible => "This link holds values that no result can have, so it was not opened.",
        }
    }

    /// A short name for the kind of problem (used in tests and the page's data attributes).
    pub fn key(&self) -> &'static str {
        match self {
            SnapshotError::Empty => "empty",
            SnapshotError::TooLong => "too-long",
            SnapshotError::Garbled => "garbled",
            SnapshotError::Truncated => "truncated",
            SnapshotError::Altered => "altered",
            SnapshotError::NewerFormat => "newer-format",
            SnapshotError::OtherQuestionnaire => "other-questionnaire",
            SnapshotError::Impossible => "impossible",
        }
    }
}

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for SnapshotError {}

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

impl Snapshot {
    /// The snapshot of an assessment made on `day`.
    pub fn of(bank: &Questionnaire, assessment: &Assessment, day: Day, label: &str) -> Snapshot {
        Snapshot {
            questionnaire_id: bank.id.clone(),
            questionnaire_version: u8::try_from(bank.version).unwrap_or(u8::MAX),
            day,
            label: clean_label(label),
            overall: assessment.overall(),
            criteria: assessment
                .criteria
                .iter()
                .map(|c| CriterionSnapshot {
                    score: c.score(),
                    answered: c.answered.min(15) as u8,
                    dont_know: c.dont_know.min(15) as u8,
                })
                .collect(),
        }
    }

    /// Whether two snapshots show the same result, whatever their dates and names.
    pub fn same_scores(&self, other: &Snapshot) -> bool {
        self.overall == other.overall && self.criteria == other.criteria
    }

    /// Whether this snapshot belongs to `bank` (same questionnaire and version).
    pub fn fits(&self, bank: &Questionnaire) -> bool {
        self.questionnaire_id == bank.id && u32::from(self.questionnaire_version) == bank.version
    }

    /// The snapshot as an assessment, so the result views can show it like any other.
    pub fn assessment(&self) -> Assessment {
        let criteria = self
            .criteria
            .iter()
            .enumerate()
            .map(|(index, c)| CriterionScore {
                criterion: index,
                statements: STATEMENTS_PER_CRITERION,
                answered: usize::from(c.answered),
                scored: usize::from(c.answered - c.dont_know),
                dont_know: usize::from(c.dont_know),
                mean: c.score.map(f64::from),
            })
            .collect();
        Assessment::from_criteria(criteria, self.overall.map(f64::from))
    }

    /// The link code: URL-safe base64 of the layout in the module comment.
    pub fn encode(&self) -> String {
        let code = QUESTIONNAIRES
            .iter()
            .find(|(_, id)| *id == self.questionnaire_id)
            .map_or(0, |(code, _)| *code);
        let label = clean_label(&self.label);
        let day = u16::try_from(self.day.0).unwrap_or(u16::MAX);
        let mut bytes = Vec::with_capacity(HEADER + label.len() + CHECKSUM);
        bytes.extend([FORMAT, code, self.questionnaire_version]);
        bytes.extend(day.to_le_bytes());
        bytes.push(self.overall.unwrap_or(NO_SCORE));
        bytes.extend(self.criteria.iter().map(|c| c.score.unwrap_or(NO_SCORE)));
        bytes.extend(
            self.criteria
                .iter()
                .map(|c| (c.answered.min(15) << 4) | c.dont_know.min(15)),
        );
        bytes.push(label.len() as u8);
        bytes.extend(label.as_bytes());
        let checksum = CHECK_CODE.checksum(&bytes);
        bytes.extend(checksum.to_le_bytes());
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// Reads a link code. Never panics: every input gives a snapshot or a specific error.
    pub fn decode(code: &str) -> Result<Snapshot, SnapshotError> {
        let code = code.trim();
        if code.is_empty() {
            return Err(SnapshotError::Empty);
        }
        if code.len() > MAX_CODE_CHARS {
            return Err(SnapshotError::TooLong);
        }
        if !code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(SnapshotError::Garbled);
        }
        let bytes = decode_base64(code)?;
        match bytes.first() {
            Some(&FORMAT) => {}
            // Formats are numbered one by one; a first byte far beyond ours is noise, not news.
            Some(&format) if (FORMAT + 1..=FORMAT + 15).contains(&format) => {
                return Err(SnapshotError::NewerFormat)
            }
            _ => return Err(SnapshotError::Garbled),
        }
        if bytes.len() < HEADER + CHECKSUM {
            return Err(SnapshotError::Truncated);
        }
        let label_len = usize::from(bytes[HEADER - 1]);
        let expected = HEADER + label_len + CHECKSUM;
        if bytes.len() < expected {
            return Err(SnapshotError::Truncated);
        }
        if bytes.len() > expected {
            return Err(SnapshotError::Altered);
        }
        let (body, checksum) = bytes.split_at(expected - CHECKSUM);
        if CHECK_CODE.checksum(body).to_le_bytes() != checksum {
            return Err(SnapshotError::Altered);
        }
        Self::from_checked_body(body)
    }

    fn from_checked_body(body: &[u8]) -> Result<Snapshot, SnapshotError> {
        let questionnaire_id = QUESTIONNAIRES
            .iter()
            .find(|(code, _)| *code == body[1])
            .map(|(_, id)| id.to_string())
            .ok_or(SnapshotError::OtherQuestionnaire)?;
        let score = |byte: u8| match byte {
            NO_SCORE => Ok(None),
            0..=100 => Ok(Some(byte)),
            _ => Err(SnapshotError::Impossible),
        };
        let criteria = (0..CRITERIA)
            .map(|index| {
                let counts = body[6 + CRITERIA + index];
                let criterion = CriterionSnapshot {
                    score: score(body[6 + index])?,
                    answered: counts >> 4,
                    dont_know: counts & 0x0F,
                };
                let scored = criterion.answered.checked_sub(criterion.dont_know);
                let consistent = match (scored, criterion.score) {
                    (None, _) => false,
                    (Some(_), _) if usize::from(criterion.answered) > STATEMENTS_PER_CRITERION => {
                        false
                    }
                    (Some(scored), Some(_)) => usize::from(scored) >= MIN_SCORED_ANSWERS,
                    (Some(scored), None) => usize::from(scored) < MIN_SCORED_ANSWERS,
                };
                consistent
                    .then_some(criterion)
                    .ok_or(SnapshotError::Impossible)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let overall = score(body[5])?;
        if overall.is_some() != criteria.iter().any(|c| c.score.is_some()) {
            return Err(SnapshotError::Impossible);
        }
        let label = std::str::from_utf8(&body[HEADER..]).map_err(|_| SnapshotError::Impossible)?;
        // Invisible characters are dropped and the spaces around them tidied, so a link an
        // earlier build made with them still opens; control characters, which no typed label
        // could hold, mean the link was made by hand.
        if label.chars().any(char::is_control) {
            return Err(SnapshotError::Impossible);
        }
        let label = clean_label(label);
        Ok(Snapshot {
            questionnaire_id,
            questionnaire_version: body[2],
            day: Day(u32::from(u16::from_le_bytes([body[3], body[4]]))),
            label,
            overall,
            criteria,
        })
    }
}

/// Base64url without padding, telling a cut from an edit where the characters alone can: an
/// impossible length is a cut; leftover bits in the last character (which no encoder sets) are
/// a cut when the bytes before them are fewer than the header says, an edit otherwise.
fn decode_base64(code: &str) -> Result<Vec<u8>, SnapshotError> {
    use base64::engine::{GeneralPurpose, GeneralPurposeConfig};
    const LENIENT: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::URL_SAFE,
        GeneralPurposeConfig::new()
            .with_encode_padding(false)
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::RequireNone)
            .with_decode_allow_trailing_bits(true),
    );
    match URL_SAFE_NO_PAD.decode(code) {
        Ok(bytes) => Ok(bytes),
        Err(base64::DecodeError::InvalidLastSymbol(..)) => {
            let bytes = LENIENT.decode(code).map_err(|_| SnapshotError::Altered)?;
            let declared = bytes
                .get(HEADER - 1)
                .map(|label_len| HEADER + usize::from(*label_len) + CHECKSUM);
            match declared {
                Some(expected) if bytes.len() >= expected => Err(SnapshotError::Altered),
                _ => Err(SnapshotError::Truncated),
            }
        }
        Err(_) => Err(SnapshotError::Truncated),
    }
}

/// The code of a `#result=<code>` fragment (with or without the `#`), if it is one.
pub fn code_in_fragment(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .strip_prefix(FRAGMENT_KEY)
        .and_then(|rest| rest.strip_prefix('='))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::questionnaire::{default_bank, Answer};
    use crate::core::scoring::{assess, Answers};

    fn finished() -> Snapshot {
        let bank = default_bank();
        Snapshot::of(
            bank,
            &assess(bank, &finished_answers()),
            Day(20_780),
            "Housing team view",
        )
    }

    /// Every statement answered, with every kind of answer somewhere.
    fn finished_answers() -> Answers {
        let bank = default_bank();
        let mut answers = Answers::new();
        for (index, criterion) in bank.criteria.iter().enumerate() {
            for (offset, statement) in criterion.statements.iter().enumerate() {
                let answer = match (index + offset) % 6 {
                    0 => Answer::StronglyAgree,
                    1 => Answer::Agree,
                    2 => Answer::Neither,
                    3 => Answer::Disagree,
                    4 => Answer::StronglyDisagree,
                    _ => Answer::DontKnow,
                };
                answers.insert(statement.id.clone(), answer);
            }
        }
        answers
    }

    #[test]
    fn a_result_survives_the_round_trip_and_stays_short() {
        let snapshot = finished();
        let code = snapshot.encode();
        assert_eq!(Snapshot::decode(&code), Ok(snapshot.clone()));

        let unlabelled = Snapshot {
            label: String::new(),
            ..snapshot
        };
        let code = unlabelled.encode();
        assert_eq!(code.len(), 31, "{code}");
        assert_eq!(Snapshot::decode(&code), Ok(unlabelled));
    }

    #[test]
    fn the_snapshot_shows_the_same_result_as_the_answers() {
        let bank = default_bank();
        let answers = finished_answers();
        let original = assess(bank, &answers);
        let shown = Snapshot::of(bank, &original, Day(20_780), "").assessment();
        assert_eq!(shown.overall(), original.overall());
        assert_eq!(shown.strengths, original.strengths);
        assert_eq!(shown.priorities, original.priorities);
        for (back, score) in shown.criteria.iter().zip(&original.criteria) {
            assert_eq!(back.score(), score.score());
            assert_eq!(back.band(), score.band());
            assert_eq!(
                (back.answered, back.dont_know, back.scored, back.statements),
                (
                    score.answered,
                    score.dont_know,
                    score.scored,
                    score.statements
                )
            );
        }
    }

    #[test]
    fn each_kind_of_bad_link_has_its_own_error() {
        let code = finished().encode();
        let cases = [
            ("", SnapshotError::Empty),
            ("   ", SnapshotError::Empty),
            (&"A".repeat(5_000), SnapshotError::TooLong),
            ("<script>alert(1)</script>", SnapshotError::Garbled),
            ("abc def", SnapshotError::Garbled),
            (&code[..code.len() - 1], SnapshotError::Truncated),
            (&code[..code.len() - 6], SnapshotError::Truncated),
            (&code[..10], SnapshotError::Truncated),
            ("Ag", SnapshotError::NewerFormat),
            ("AA", SnapshotError::Garbled),
            ("8J-YgPCfmIA", SnapshotError::Garbled),
        ];
        for (input, expected) in cases {
            assert_eq!(Snapshot::decode(input), Err(expected), "{input}");
        }
        // One character changed in the middle.
        let mut altered: Vec<char> = code.chars().collect();
        altered[12] = if altered[12] == 'A' { 'B' } else { 'A' };
        let altered: String = altered.into_iter().collect();
        assert_eq!(Snapshot::decode(&altered), Err(SnapshotError::Altered));
        // The last character changed so that it carries bits no encoder writes.
        let last = code.chars().last().unwrap();
        let odd = if last == 'B' { 'C' } else { 'B' };
        let edited = format!("{}{odd}", &code[..code.len() - 1]);
        assert_eq!(
            Snapshot::decode(&edited),
            Err(SnapshotError::Altered),
            "{edited}"
        );
        // Extra characters on the end.
        assert_eq!(
            Snapshot::decode(&format!("{code}AAAA")),
            Err(SnapshotError::Altered)
        );
    }

    /// Re-signs a body so that only the value checks can catch it.
    fn signed(mut body: Vec<u8>) -> String {
        let checksum = CHECK_CODE.checksum(&body);
        body.extend(checksum.to_le_bytes());
        URL_SAFE_NO_PAD.encode(body)
    }

    fn body_of(snapshot: &Snapshot) -> Vec<u8> {
        let bytes = URL_SAFE_NO_PAD.decode(snapshot.encode()).unwrap();
        bytes[..bytes.len() - CHECKSUM].to_vec()
    }

    #[test]
    fn correctly_signed_nonsense_is_refused() {
        let base = body_of(&finished());
        let mut other_questionnaire = base.clone();
        other_questionnaire[1] = 9;
        let mut score_over_100 = base.clone();
        score_over_100[6] = 101;
        let mut more_answers_than_statements = base.clone();
        more_answers_than_statements[12] = 0x90;
        let mut more_dont_know_than_answers = base.clone();
        more_dont_know_than_answers[12] = 0x35;
        let mut score_without_answers = base.clone();
        score_without_answers[12] = 0x00;
        let mut markup_label = base[..HEADER].to_vec();
        markup_label[HEADER - 1] = 2;
        markup_label.extend(b"\n\t");
        let mut bad_utf8 = base[..HEADER].to_vec();
        bad_utf8[HEADER - 1] = 1;
        bad_utf8.push(0xFF);
        for (body, expected) in [
            (other_questionnaire, SnapshotError::OtherQuestionnaire),
            (score_over_100, SnapshotError::Impossible),
            (more_answers_than_statements, SnapshotError::Impossible),
            (more_dont_know_than_answers, SnapshotError::Impossible),
            (score_without_answers, SnapshotError::Impossible),
            (markup_label, SnapshotError::Impossible),
            (bad_utf8, SnapshotError::Impossible),
        ] {
            assert_eq!(Snapshot::decode(&signed(body)), Err(expected));
        }
    }

    #[test]
    fn a_hostile_label_is_kept_as_plain_text() {
        let snapshot = Snapshot {
            label: clean_label("<img src=x onerror=alert(1)>"),
            ..finished()
        };
        let back = Snapshot::decode(&snapshot.encode()).unwrap();
        assert_eq!(back.label, "<img src=x onerror=alert(1)>");
    }

    #[test]
    fn invisible_and_reversing_characters_leave_labels() {
        let typed =
            "Hous\u{FFFF}ing\u{202E} team\u{2066}\u{FEFF}\u{200B} view\u{FDD0}\u{1FFFE}\u{AD}";
        assert_eq!(clean_label(typed), "Housing team view");
        // Emoji sequences and scripts that need the joiners keep them, and the Welsh flag keeps
        // its tag characters.
        let family = "\u{1F469}\u{200D}\u{1F467}";
        assert_eq!(clean_label(family), family);
        assert_eq!(
            clean_label("\u{645}\u{200C}\u{6CC}"),
            "\u{645}\u{200C}\u{6CC}"
        );
        let wales = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}";
        assert_eq!(clean_label(wales), wales);
        assert_eq!(strip_invisible("keep  spaces \u{202D}"), "keep  spaces ");
    }

    #[test]
    fn a_link_made_with_invisible_characters_in_its_label_still_opens_without_them() {
        // Built by hand as an earlier build (or a hostile page) could: the label bytes carry
        // U+FFFF and U+202E, and the checksum is right.
        let clean = finished();
        let mut bytes = URL_SAFE_NO_PAD.decode(clean.encode()).unwrap();
        bytes.truncate(bytes.len() - CHECKSUM);
        let label = "Team\u{FFFF} \u{202E} view\u{3164}";
        bytes.truncate(HEADER - 1);
        bytes.push(label.len() as u8);
        bytes.extend(label.as_bytes());
        let check = CHECK_CODE.checksum(&bytes);
        bytes.extend(check.to_le_bytes());
        let decoded = Snapshot::decode(&URL_SAFE_NO_PAD.encode(bytes)).unwrap();
        assert_eq!(decoded.label, "Team view");
    }

    #[test]
    fn labels_are_tidied_and_limited() {
        assert_eq!(
            clean_label("  Housing\n\tteam   view "),
            "Housing team view"
        );
        assert_eq!(clean_label(&"é".repeat(60)).chars().count(), 40);
        assert_eq!(
            clean_label(&format!("{} x", "a".repeat(39))),
            "a".repeat(39)
        );
    }

    #[test]
    fn fragments_name_their_code() {
        assert_eq!(code_in_fragment("#result=abc"), Some("abc"));
        assert_eq!(code_in_fragment("result="), Some(""));
        assert_eq!(code_in_fragment("#results=abc"), None);
        assert_eq!(code_in_fragment(""), None);
    }

    #[test]
    fn the_questionnaire_must_match_the_bank() {
        let bank = default_bank();
        let snapshot = finished();
        assert!(snapshot.fits(bank));
        let newer = Snapshot {
            questionnaire_version: 2,
            ..snapshot
        };
        assert!(!newer.fits(bank));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_criterion() -> impl Strategy<Value = CriterionSnapshot> {
        (0u8..=5, 0u8..=5, 0u8..=100).prop_map(|(answered, dont_know, score)| {
            let dont_know = dont_know.min(answered);
            let scored = usize::from(answered - dont_know) >= MIN_SCORED_ANSWERS;
            CriterionSnapshot {
                score: scored.then_some(score),
                answered,
                dont_know,
            }
        })
    }

    fn any_snapshot() -> impl Strategy<Value = Snapshot> {
        (
            0u32..=u32::from(u16::MAX),
            "\\PC{0,60}",
            0u8..=100,
            proptest::collection::vec(any_criterion(), CRITERIA),
        )
            .prop_map(|(day, label, overall, criteria)| {
                let any_score = criteria.iter().any(|c| c.score.is_some());
                Snapshot {
                    questionnaire_id: "partnership-readiness".into(),
                    questionnaire_version: 1,
                    day: Day(day),
                    label: clean_label(&label),
                    overall: any_score.then_some(overall),
                    criteria,
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn any_valid_result_round_trips(snapshot in any_snapshot()) {
            let code = snapshot.encode();
            prop_assert!(code.len() <= MAX_CODE_CHARS);
            prop_assert_eq!(Snapshot::decode(&code), Ok(snapshot));
        }

        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
            if let Ok(snapshot) = Snapshot::decode(&text) {
                prop_assert_eq!(Snapshot::decode(&snapshot.encode()), Ok(snapshot));
            }
        }

        #[test]
        fn arbitrary_link_characters_never_panic(text in "[A-Za-z0-9_-]{0,120}") {
            if let Ok(snapshot) = Snapshot::decode(&text) {
                prop_assert_eq!(Snapshot::decode(&snapshot.encode()), Ok(snapshot));
            }
        }

        #[test]
        fn a_cut_link_is_called_truncated(snapshot in any_snapshot(), keep in any::<prop::sample::Index>()) {
            let code = snapshot.encode();
            let cut = &code[..keep.index(code.len() - 1) + 1];
            prop_assume!(cut.len() < code.len());
            prop_assert_eq!(Snapshot::decode(cut), Err(SnapshotError::Truncated));
        }

        #[test]
        fn an_edited_character_is_called_altered(
            snapshot in any_snapshot(),
            at in any::<prop::sample::Index>(),
            replacement in "[A-Za-z0-9_-]",
        ) {
            let code = snapshot.encode();
            // From the third character on: the first two also hold the format number, which a
            // reader must check before it knows where the check code is. Characters 24 and 25
            // hold the label's length: changed, the link looks cut short (or overlong), and is
            // reported so; still refused, with the other message.
            let index = 2 + at.index(code.len() - 2);
            prop_assume!(code[index..index + 1] != replacement);
            prop_assume!(index != 24 && index != 25);
            let edited = format!("{}{replacement}{}", &code[..index], &code[index + 1..]);
            prop_assert_eq!(Snapshot::decode(&edited), Err(SnapshotError::Altered));
        }

        #[test]
        fn mutated_links_give_an_error_or_a_valid_result(
            snapshot in any_snapshot(),
            edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<char>()), 1..4),
        ) {
            let mut chars: Vec<char> = snapshot.encode().chars().collect();
            for (at, kind, c) in edits {
                let index = at.index(chars.len().max(1));
                match kind {
                    0 if !chars.is_empty() => { chars.remove(index.min(chars.len() - 1)); }
                    1 => chars.insert(index.min(chars.len()), c),
                    2 if !chars.is_empty() => { let i = index.min(chars.len() - 1); chars[i] = c; }
                    _ => chars.truncate(index),
                }
            }
            let mutated: String = chars.into_iter().collect();
            match Snapshot::decode(&mutated) {
                Ok(decoded) => {
                    // Only a valid result may come back, and it must encode to the same link.
                    prop_assert_eq!(decoded.encode(), mutated.trim());
                }
                Err(error) => prop_assert!(!error.message().is_empty()),
            }
        }
    }
}
