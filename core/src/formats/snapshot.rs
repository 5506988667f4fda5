//! A snapshot of one result, small enough to travel in a link's fragment.
//!
//! Two binary layouts, each then URL-safe base64 without padding. Format 2 is written; format 1
//! (first-edition links) is still read, and gives exactly the result it gave.
//!
//! Format 2 has a fixed part and then tagged fields, so later work (question sets, action plans)
//! adds a field rather than a third reader:
//!
//! | bytes  | meaning                                                                |
//! |--------|------------------------------------------------------------------------|
//! | 0      | format, 2                                                              |
//! | 1-2    | length of everything before the check code, little-endian              |
//! | 3      | questionnaire code (1 = "partnership-readiness")                        |
//! | 4      | questionnaire edition (its version)                                    |
//! | 5-6    | day of the result, days since 1970-01-01, little-endian                |
//! | 7      | overall score 0-100, 255 = no overall figure                           |
//! | 8-13   | each criterion's score 0-100, 255 = not enough answers                 |
//! | 14-19  | each criterion's answered count (high 4 bits) and "don't know" count    |
//! | 20-22  | each criterion's number of statements, two to a byte (high 4 bits first) |
//! | 23-    | fields: a tag byte, a length byte, that many bytes of value             |
//! | last 4 | CRC-32 of everything before it, little-endian                          |
//!
//! Field tags: 1 the label (UTF-8, at most 160 bytes); 2 the stage (one byte, `Stage::code`);
//! 3 a question set other than the built-in one (a 4-byte fingerprint, little-endian, then its
//! id in UTF-8); 4 kept for the respondent's role; 5 per criterion, one byte: how many "Strongly
//! disagree" (high 4 bits) and "Disagree" (low 4 bits) answers it had (counts, never which
//! statements; a link without it makes no claim about disagreement). Fields are written in tag order, each at most once. A reader skips a field with
//! a tag below 128 that it does not know; a tag of 128 or more means "you must understand this
//! to show the result", and an older reader reports the link as made by a newer version.
//!
//! Format 1 (first edition): | 0 format 1 | 1 questionnaire code | 2 version | 3-4 day |
//! 5 overall | 6-11 scores | 12-17 counts | 18 label length | 19- label | last 4 CRC-32 |, every
//! criterion with five statements.
//!
//! The length (format 2) and the label length (format 1) tell a link cut short from one edited.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use crate::assess::scoring::{Assessment, CriterionScore, Disagreement};
use crate::questions::questionnaire::{
    rules_of_edition, Questionnaire, Stage, CRITERION_IDS, FIRST_EDITION_STATEMENTS,
};
use crate::questions::rules::Rules;
use crate::text::calendar::Day;
use crate::text::clean::clean_label;
use crate::text::content::Content;

/// The format this build writes.
pub const FORMAT: u8 = 2;
const FIRST_FORMAT: u8 = 1;
/// The fragment key: `#result=<code>`.
pub const FRAGMENT_KEY: &str = "result";
/// Anything longer cannot be one of our links (the longest is about 240 characters).
pub const MAX_CODE_CHARS: usize = 400;

const NO_SCORE: u8 = 255;
/// Formats 1 and 2 carry results of the built-in questionnaire, whose criteria are scored from
/// this many answers: a link that says otherwise was changed.
const MIN_SCORED: usize = Rules::second_edition().min_scored_answers;
const CRITERIA: usize = CRITERION_IDS.len();
/// Format 1: everything before the label.
const HEADER_V1: usize = 6 + 2 * CRITERIA + 1;
/// Format 2: everything before the fields.
const HEADER: usize = 8 + 2 * CRITERIA + CRITERIA / 2;
const CHECKSUM: usize = 4;
const FIELD_LABEL: u8 = 1;
const FIELD_STAGE: u8 = 2;
const FIELD_QUESTION_SET: u8 = 3;
/// Tag 4 is kept for the respondent's role (docs/sharing.md).
/// Per criterion, one byte: "Strongly disagree" answers (high 4 bits) and "Disagree" (low).
const FIELD_DISAGREEMENT: u8 = 5;
/// Fields with tags from here up must be understood to show the result.
const FIELD_MUST_UNDERSTAND: u8 = 128;
/// A question set id in a link is at most this many bytes.
pub const MAX_QUESTION_SET_ID_BYTES: usize = 60;
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
    /// How many statements the criterion had (1-15).
    pub statements: u8,
    pub answered: u8,
    pub dont_know: u8,
}

/// A question set other than the built-in one, as a link names it: its id and a fingerprint of
/// its statements, so a result is never shown against a different set of the same name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionSetRef {
    pub id: String,
    pub fingerprint: u32,
}

/// The result as it is shared: no answers, only what the result page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub questionnaire_id: String,
    pub questionnaire_version: u8,
    pub day: Day,
    pub label: String,
    /// How far along the person placed the partnership, if they said.
    pub stage: Option<Stage>,
    /// `None` for the built-in questions.
    pub question_set: Option<QuestionSetRef>,
    pub overall: Option<u8>,
    pub criteria: Vec<CriterionSnapshot>,
    /// Per criterion ("Strongly disagree", "Disagree") counts; `None` in links made before
    /// they were carried (tag 5), which then make no claim about disagreement.
    pub disagreement: Option<Vec<(u8, u8)>>,
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
    /// What the person reads, and what to do about it, in the content's language.
    pub fn message(&self, content: &Content) -> String {
        content.text(match self {
            SnapshotError::Empty => "link-error-empty",
            SnapshotError::TooLong => "link-error-too-long",
            SnapshotError::Garbled => "link-error-garbled",
            SnapshotError::Truncated => "link-error-truncated",
            SnapshotError::Altered => "link-error-altered",
            SnapshotError::NewerFormat => "link-error-newer-format",
            SnapshotError::OtherQuestionnaire => "link-error-other-questionnaire",
            SnapshotError::Impossible => "link-error-impossible",
        })
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

/// For logs and developers: the English message.
impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Content::english()))
    }
}

impl std::error::Error for SnapshotError {}

impl Snapshot {
    /// The snapshot of an assessment of `bank` made on `day`.
    pub fn of(
        bank: &Questionnaire,
        assessment: &Assessment,
        day: Day,
        label: &str,
        stage: Option<Stage>,
    ) -> Snapshot {
        Snapshot {
            questionnaire_id: bank.id.clone(),
            questionnaire_version: u8::try_from(bank.version).unwrap_or(u8::MAX),
            day,
            label: clean_label(label),
            stage,
            question_set: None,
            overall: assessment.overall(),
            criteria: assessment
                .criteria
                .iter()
                .map(|c| CriterionSnapshot {
                    score: c.score(),
                    statements: c.statements.min(15) as u8,
                    answered: c.answered.min(15) as u8,
                    dont_know: c.dont_know.min(15) as u8,
                })
                .collect(),
            disagreement: assessment
                .criteria
                .iter()
                .map(|c| {
                    c.disagreement
                        .map(|d| (d.strongly.min(15) as u8, d.disagree.min(15) as u8))
                })
                .collect(),
        }
    }

    /// Whether two snapshots show the same result, whatever their dates and names.
    pub fn same_scores(&self, other: &Snapshot) -> bool {
        self.overall == other.overall
            && self.criteria == other.criteria
            && self.disagreement == other.disagreement
            && self.questionnaire_version == other.questionnaire_version
    }

    /// Whether this build can show the snapshot beside its own results: the same questionnaire,
    /// this edition or an earlier one (they share the six criteria).
    pub fn fits(&self, bank: &Questionnaire) -> bool {
        self.questionnaire_id == bank.id
            && u32::from(self.questionnaire_version) <= bank.version
            && self.question_set.is_none()
    }

    /// Reads a link code to show on its own page with `bank`: a well-formed result that does
    /// not fit the bank (another questionnaire, a later edition, a question set of its own) is
    /// reported as made with a different questionnaire.
    pub fn decode_for(bank: &Questionnaire, code: &str) -> Result<Snapshot, SnapshotError> {
        let snapshot = Snapshot::decode(code)?;
        if snapshot.fits(bank) {
            Ok(snapshot)
        } else {
            Err(SnapshotError::OtherQuestionnaire)
        }
    }

    /// The edition of the questionnaire the result was made with.
    pub fn edition(&self) -> u32 {
        u32::from(self.questionnaire_version)
    }

    /// The snapshot as an assessment, shown by the rules of the edition it was made with.
    pub fn assessment(&self) -> Assessment {
        let criteria = self
            .criteria
            .iter()
            .enumerate()
            .map(|(index, c)| CriterionScore {
                criterion: index,
                statements: usize::from(c.statements),
                answered: usize::from(c.answered),
                scored: usize::from(c.answered - c.dont_know),
                dont_know: usize::from(c.dont_know),
                mean: c.score.map(f64::from),
                disagreement: self
                    .disagreement
                    .as_ref()
                    .and_then(|all| all.get(index))
                    .map(|&(strongly, disagree)| Disagreement {
                        strongly: usize::from(strongly),
                        disagree: usize::from(disagree),
                    }),
            })
            .collect();
        Assessment::from_criteria(
            criteria,
            self.overall.map(f64::from),
            rules_of_edition(self.edition()),
        )
    }

    /// The link code: URL-safe base64 of format 2 (see the module comment).
    pub fn encode(&self) -> String {
        let code = QUESTIONNAIRES
            .iter()
            .find(|(_, id)| *id == self.questionnaire_id)
            .map_or(0, |(code, _)| *code);
        let day = u16::try_from(self.day.0).unwrap_or(u16::MAX);
        let mut bytes = Vec::with_capacity(HEADER + 64);
        bytes.extend([FORMAT, 0, 0, code, self.questionnaire_version]);
        bytes.extend(day.to_le_bytes());
        bytes.push(self.overall.unwrap_or(NO_SCORE));
        bytes.extend(self.criteria.iter().map(|c| c.score.unwrap_or(NO_SCORE)));
        bytes.extend(
            self.criteria
                .iter()
                .map(|c| (c.answered.min(15) << 4) | c.dont_know.min(15)),
        );
        bytes.extend(
            self.criteria
                .chunks(2)
                // Two counts a byte; an odd count of criteria leaves the last half empty.
                .map(|pair| {
                    (pair[0].statements.min(15) << 4)
                        | pair.get(1).map_or(0, |second| second.statements.min(15))
                }),
        );
        // Every field below is bounded far under 255 bytes; one that were not would be
        // left out (`.ok()`) rather than written with a wrapped length.
        let label = clean_label(&self.label);
        if !label.is_empty() {
            push_field(&mut bytes, FIELD_LABEL, label.as_bytes()).ok();
        }
        if let Some(stage) = self.stage {
            push_field(&mut bytes, FIELD_STAGE, &[stage.code()]).ok();
        }
        if let Some(set) = &self.question_set {
            let mut value = set.fingerprint.to_le_bytes().to_vec();
            value.extend(truncate_utf8(&set.id, MAX_QUESTION_SET_ID_BYTES).as_bytes());
            push_field(&mut bytes, FIELD_QUESTION_SET, &value).ok();
        }
        if let Some(counts) = &self.disagreement {
            let value: Vec<u8> = counts
                .iter()
                .map(|(strongly, disagree)| (strongly.min(&15) << 4) | disagree.min(&15))
                .collect();
            push_field(&mut bytes, FIELD_DISAGREEMENT, &value).ok();
        }
        let length = u16::try_from(bytes.len()).unwrap_or(u16::MAX);
        bytes[1..3].copy_from_slice(&length.to_le_bytes());
        let checksum = CHECK_CODE.checksum(&bytes);
        bytes.extend(checksum.to_le_bytes());
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// Reads a link code of either format. Never panics: every input gives a snapshot or a
    /// specific error.
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
        let format = match bytes.first() {
            Some(&format @ (FIRST_FORMAT | FORMAT)) => format,
            // Formats are numbered one by one; a first byte far beyond ours is noise, not news.
            Some(&format) if (FORMAT + 1..=FORMAT + 15).contains(&format) => {
                return Err(SnapshotError::NewerFormat)
            }
            _ => return Err(SnapshotError::Garbled),
        };
        let expected = declared_length(&bytes).ok_or(SnapshotError::Truncated)?;
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
        if format == FIRST_FORMAT {
            Self::from_first_format(body)
        } else {
            Self::from_checked_body(body)
        }
    }

    /// Format 1: the first edition's links.
    fn from_first_format(body: &[u8]) -> Result<Snapshot, SnapshotError> {
        let counts = |index: usize| (FIRST_EDITION_STATEMENTS as u8, body[6 + CRITERIA + index]);
        let criteria = read_criteria(&body[6..6 + CRITERIA], counts)?;
        let label = read_label(&body[HEADER_V1..])?;
        Self::checked(Snapshot {
            questionnaire_id: questionnaire_named(body[1])?,
            questionnaire_version: body[2],
            day: Day(u32::from(u16::from_le_bytes([body[3], body[4]]))),
            label,
            stage: None,
            question_set: None,
            disagreement: None,
            overall: read_score(body[5])?,
            criteria,
        })
    }

    /// Format 2.
    fn from_checked_body(body: &[u8]) -> Result<Snapshot, SnapshotError> {
        let counts = |index: usize| {
            let pair = body[20 + index / 2];
            let statements = if index.is_multiple_of(2) {
                pair >> 4
            } else {
                pair & 0x0F
            };
            (statements, body[14 + index])
        };
        let criteria = read_criteria(&body[8..8 + CRITERIA], counts)?;
        let mut snapshot = Snapshot {
            questionnaire_id: questionnaire_named(body[3])?,
            questionnaire_version: body[4],
            day: Day(u32::from(u16::from_le_bytes([body[5], body[6]]))),
            label: String::new(),
            stage: None,
            question_set: None,
            disagreement: None,
            overall: read_score(body[7])?,
            criteria,
        };
        let mut last_tag = 0;
        for (tag, value) in fields(&body[HEADER..]).ok_or(SnapshotError::Impossible)? {
            // In tag order and each once: anything else was not written by us.
            if tag <= last_tag {
                return Err(SnapshotError::Impossible);
            }
            last_tag = tag;
            match tag {
                FIELD_LABEL => snapshot.label = read_label(value)?,
                FIELD_STAGE => {
                    // A stage a later build added is left out rather than refusing the result.
                    snapshot.stage = match value {
                        [code] => Stage::from_code(*code),
                        _ => return Err(SnapshotError::Impossible),
                    };
                }
                FIELD_QUESTION_SET => {
                    let (fingerprint, id) = value
                        .split_first_chunk::<4>()
                        .ok_or(SnapshotError::Impossible)?;
                    let id = std::str::from_utf8(id).map_err(|_| SnapshotError::Impossible)?;
                    if id.is_empty() || id.chars().any(char::is_control) {
                        return Err(SnapshotError::Impossible);
                    }
                    snapshot.question_set = Some(QuestionSetRef {
                        id: id.to_string(),
                        fingerprint: u32::from_le_bytes(*fingerprint),
                    });
                }
                FIELD_DISAGREEMENT => {
                    // One byte per criterion, neither count above the criterion's answers.
                    if value.len() != snapshot.criteria.len() {
                        return Err(SnapshotError::Impossible);
                    }
                    let counts: Vec<(u8, u8)> = value.iter().map(|b| (b >> 4, b & 0x0F)).collect();
                    if counts
                        .iter()
                        .zip(&snapshot.criteria)
                        .any(|((s, d), c)| s + d > c.answered - c.dont_know)
                    {
                        return Err(SnapshotError::Impossible);
                    }
                    snapshot.disagreement = Some(counts);
                }
                FIELD_MUST_UNDERSTAND.. => return Err(SnapshotError::NewerFormat),
                _ => {}
            }
        }
        Self::checked(snapshot)
    }

    /// The rules every result obeys: an overall figure exactly when the edition's rules give one.
    fn checked(snapshot: Snapshot) -> Result<Snapshot, SnapshotError> {
        let scored = snapshot
            .criteria
            .iter()
            .filter(|c| c.score.is_some())
            .count();
        let needed =
            rules_of_edition(snapshot.edition()).criteria_for_overall(snapshot.criteria.len());
        let overall_expected = scored > 0 && scored >= needed;
        if snapshot.overall.is_some() != overall_expected {
            return Err(SnapshotError::Impossible);
        }
        Ok(snapshot)
    }
}

/// Appends a tagged field, or refuses one whose length would not fit its length byte (255: a
/// wrapped length would make every later field unreadable). Nothing written today comes near:
/// a label is at most 160 bytes, a question set 64, disagreement counts 2 per criterion.
fn push_field(bytes: &mut Vec<u8>, tag: u8, value: &[u8]) -> Result<(), FieldTooLong> {
    let length = u8::try_from(value.len()).map_err(|_| FieldTooLong { tag })?;
    bytes.push(tag);
    bytes.push(length);
    bytes.extend(value);
    Ok(())
}

/// A field over `MAX_FIELD_BYTES`, left out of the link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FieldTooLong {
    tag: u8,
}

/// The longest start of `text` that fits in `max` bytes without splitting a character.
fn truncate_utf8(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The tagged fields of a format 2 body, or `None` when one runs past the end.
fn fields(mut rest: &[u8]) -> Option<Vec<(u8, &[u8])>> {
    let mut found = Vec::new();
    while let [tag, length, tail @ ..] = rest {
        let value = tail.get(..usize::from(*length))?;
        found.push((*tag, value));
        rest = &tail[value.len()..];
    }
    rest.is_empty().then_some(found)
}

/// How long a link of this format says it is, check code included; `None` when it is too short
/// to say.
fn declared_length(bytes: &[u8]) -> Option<usize> {
    match bytes.first()? {
        &FIRST_FORMAT => bytes
            .get(HEADER_V1 - 1)
            .map(|label| HEADER_V1 + usize::from(*label) + CHECKSUM),
        _ => {
            let length = usize::from(u16::from_le_bytes([*bytes.get(1)?, *bytes.get(2)?]));
            // A length shorter than the fixed part cannot be ours: treat it as an edit.
            Some(length.max(HEADER) + CHECKSUM)
        }
    }
}

fn questionnaire_named(code: u8) -> Result<String, SnapshotError> {
    QUESTIONNAIRES
        .iter()
        .find(|(known, _)| *known == code)
        .map(|(_, id)| id.to_string())
        .ok_or(SnapshotError::OtherQuestionnaire)
}

fn read_score(byte: u8) -> Result<Option<u8>, SnapshotError> {
    match byte {
        NO_SCORE => Ok(None),
        0..=100 => Ok(Some(byte)),
        _ => Err(SnapshotError::Impossible),
    }
}

/// The criteria from their score bytes and, for each index, (statements, packed counts).
fn read_criteria(
    scores: &[u8],
    counts: impl Fn(usize) -> (u8, u8),
) -> Result<Vec<CriterionSnapshot>, SnapshotError> {
    (0..CRITERIA)
        .map(|index| {
            let (statements, packed) = counts(index);
            let criterion = CriterionSnapshot {
                score: read_score(scores[index])?,
                statements,
                answered: packed >> 4,
                dont_know: packed & 0x0F,
            };
            let scored = criterion.answered.checked_sub(criterion.dont_know);
            let consistent = match (scored, criterion.score) {
                (None, _) => false,
                _ if statements == 0 || criterion.answered > statements => false,
                (Some(scored), Some(_)) => usize::from(scored) >= MIN_SCORED,
                (Some(scored), None) => usize::from(scored) < MIN_SCORED,
            };
            consistent
                .then_some(criterion)
                .ok_or(SnapshotError::Impossible)
        })
        .collect()
}

/// A label's bytes as text. Invisible characters are dropped and the spaces around them tidied,
/// so a link an earlier build made with them still opens; control characters, which no typed
/// label could hold, mean the link was made by hand.
fn read_label(bytes: &[u8]) -> Result<String, SnapshotError> {
    let label = std::str::from_utf8(bytes).map_err(|_| SnapshotError::Impossible)?;
    if label.chars().any(char::is_control) {
        return Err(SnapshotError::Impossible);
    }
    Ok(clean_label(label))
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
            match declared_length(&bytes) {
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
pub(crate) mod tests {
    use super::*;
    use crate::assess::scoring::{assess, every_statement, Answers};
    use crate::questions::questionnaire::{default_bank, Answer};
    use crate::questions::rules::Band;
    use crate::text::clean::*;

    #[test]
    fn a_field_too_long_for_its_length_byte_is_refused_not_wrapped() {
        let mut bytes = Vec::new();
        assert_eq!(push_field(&mut bytes, 9, &[7; 255]), Ok(()));
        assert_eq!(bytes.len(), 257);
        assert_eq!(bytes[1], 255);
        assert_eq!(
            push_field(&mut bytes, 9, &[7; 256]),
            Err(FieldTooLong { tag: 9 })
        );
        assert_eq!(bytes.len(), 257, "nothing written");
    }

    #[test]
    fn a_result_of_an_odd_number_of_criteria_encodes_without_panicking() {
        let mut snapshot = Snapshot::decode(FIRST_EDITION_LINK).unwrap();
        snapshot.criteria.truncate(5);
        assert!(!snapshot.encode().is_empty());
        snapshot.criteria.truncate(3);
        assert!(!snapshot.encode().is_empty());
    }

    fn finished() -> Snapshot {
        let bank = default_bank();
        Snapshot::of(
            bank,
            &assess(bank, &finished_answers()),
            Day(20_780),
            "Housing team view",
            Some(Stage::OneToThree),
        )
    }

    /// Real links made by the first-edition build (commit ef2cc0a), with what that build showed.
    pub(crate) const FIRST_EDITION_LINK: &str =
        "AQEBLFEzWjgZ_0EUUFFSU1BQEUhvdXNpbmcgdGVhbSB2aWV3hHk0QQ";

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
            stage: None,
            ..snapshot
        };
        // Issue 20: the disagreement counts (tag 5, eight bytes) make it 47 characters; a link
        // without them is still the 36 it was.
        let code = unlabelled.encode();
        assert_eq!(code.len(), 47, "{code}");
        assert_eq!(Snapshot::decode(&code), Ok(unlabelled.clone()));
        let without = Snapshot {
            disagreement: None,
            ..unlabelled
        };
        let code = without.encode();
        assert_eq!(code.len(), 36, "{code}");
        assert_eq!(Snapshot::decode(&code), Ok(without));
    }

    /// R1 in a shared link: the counts of "Strongly disagree" and "Disagree" travel (tag 5), so
    /// the shared page applies the same rules as the person's own results.
    #[test]
    fn r1_a_shared_link_carries_the_disagreement_counts() {
        let bank = default_bank();
        let mut answers = every_statement(bank, Answer::StronglyAgree);
        answers.insert("trust-10".into(), Answer::StronglyDisagree);
        let result = assess(bank, &answers);
        let snapshot = Snapshot::of(bank, &result, Day(20_790), "", None);
        let back = Snapshot::decode(&snapshot.encode()).unwrap();
        assert_eq!(back.disagreement.as_ref().unwrap()[3], (1, 0));
        let shown = back.assessment();
        assert_eq!(shown.strong_disagreement(3), Some(true));
        assert!(!shown.all_strengths());
        assert_eq!(shown.strongly_disagreed(), [3]);
        // A link without the field (every link made before) makes no claim.
        let old = Snapshot {
            disagreement: None,
            ..back
        };
        let old = Snapshot::decode(&old.encode()).unwrap();
        assert_eq!(old.disagreement, None);
        assert_eq!(old.assessment().any_disagreement(), None);
        assert!(!old.assessment().all_strengths());
    }

    #[test]
    fn disagreement_counts_that_cannot_be_are_refused() {
        let base = Snapshot {
            label: String::new(),
            stage: None,
            disagreement: None,
            ..finished()
        };
        let with = |value: &[u8]| {
            let mut body = body_of(&base);
            body.extend([FIELD_DISAGREEMENT, value.len() as u8]);
            body.extend(value);
            Snapshot::decode(&signed(body))
        };
        assert!(with(&[0; 6]).is_ok());
        assert_eq!(
            with(&[0; 5]),
            Err(SnapshotError::Impossible),
            "one per criterion"
        );
        assert_eq!(
            with(&[0xF0, 0, 0, 0, 0, 0]),
            Err(SnapshotError::Impossible),
            "more disagreements than scored answers"
        );
    }

    #[test]
    fn a_question_set_and_unknown_fields_are_read_as_designed() {
        let custom = Snapshot {
            question_set: Some(QuestionSetRef {
                id: "Cyngor Sir – partneriaeth".into(),
                fingerprint: 0xDEAD_BEEF,
            }),
            ..finished()
        };
        let back = Snapshot::decode(&custom.encode()).unwrap();
        assert_eq!(back, custom);
        assert!(
            !back.fits(default_bank()),
            "an unknown set is not ours to score"
        );

        // A later build's optional field (tag 9) is skipped; a must-understand one (tag 200)
        // means "made by a newer version".
        let mut body = body_of(&finished());
        body.extend([9, 2, 0xAB, 0xCD]);
        assert_eq!(Snapshot::decode(&signed(body)), Ok(finished()));
        let mut body = body_of(&finished());
        body.extend([200, 1, 7]);
        assert_eq!(
            Snapshot::decode(&signed(body)),
            Err(SnapshotError::NewerFormat)
        );
        // Fields out of order or repeated were not written by us.
        let mut body = body_of(&finished());
        body.extend([FIELD_LABEL, 1, b'x']);
        assert_eq!(
            Snapshot::decode(&signed(body)),
            Err(SnapshotError::Impossible)
        );
    }

    /// The examples docs/sharing.md gives: `PATTERN`'s second-edition result, named and placed
    /// at "less than a year", and without a name or stage.
    #[test]
    fn the_documented_format_2_examples_are_what_this_build_writes() {
        let named = "Ai0AAQIsUTNaOBn_QRRhYmNTYWFmZWYBEUhvdXNpbmcgdGVhbSB2aWV3AgEC4r_b6Q";
        let bare = "AhcAAQIsUTNaOBn_QRRhYmNTYWFmZWYwfF9l";
        let snapshot = Snapshot::decode(named).unwrap();
        assert_eq!(snapshot.label, "Housing team view");
        assert_eq!(snapshot.stage, Some(Stage::FirstYear));
        assert_eq!(snapshot.overall, Some(51));
        assert_eq!(snapshot.encode(), named);
        let unnamed = Snapshot {
            label: String::new(),
            stage: None,
            ..snapshot
        };
        assert_eq!(unnamed.encode(), bare);
        assert_eq!(bare.len(), 36);
        let document = include_str!("../../../docs/sharing.md");
        assert!(document.contains(named) && document.contains(bare));
        assert!(document.contains(FIRST_EDITION_LINK));
    }

    #[test]
    fn a_first_edition_link_opens_with_exactly_the_result_it_had() {
        let snapshot = Snapshot::decode(FIRST_EDITION_LINK).expect("first-edition links open");
        assert_eq!(snapshot.edition(), 1);
        assert_eq!(snapshot.label, "Housing team view");
        assert_eq!(snapshot.stage, None);
        let scores: Vec<Option<u8>> = snapshot.criteria.iter().map(|c| c.score).collect();
        assert_eq!(
            scores,
            [Some(90), Some(56), Some(25), None, Some(65), Some(20)]
        );
        let shown = snapshot.assessment();
        assert_eq!(shown.rules, Rules::first_edition());
        // What the first edition showed: overall 51, Developing, with a Priority criterion.
        assert_eq!(shown.overall(), Some(51));
        assert_eq!(shown.overall_band(), Some(Band::Developing));
        // Issue 20 changes the lists (they were the top two, [0, 4], and the bottom two, [5, 2]):
        // strengths are every Strength-band criterion and every criterion below Strength is
        // listed to work on, weakest first (R4). A first-edition link carries no disagreement
        // counts, so it makes no claim about disagreement.
        assert_eq!(shown.strengths, [0]);
        assert_eq!(shown.priorities, [5, 2, 1, 4]);
        assert_eq!(shown.any_disagreement(), None);
        assert!(snapshot.fits(default_bank()));
        // Kept in history, it is written in the new format and still reads the same.
        assert_eq!(Snapshot::decode(&snapshot.encode()), Ok(snapshot));
    }

    #[test]
    fn the_snapshot_shows_the_same_result_as_the_answers() {
        let bank = default_bank();
        let answers = finished_answers();
        let original = assess(bank, &answers);
        let shown = Snapshot::of(bank, &original, Day(20_780), "", None).assessment();
        assert_eq!(shown.overall_band(), original.overall_band());
        assert_eq!(shown.overall(), original.overall());
        assert_eq!(shown.strengths, original.strengths);
        assert_eq!(shown.priorities, original.priorities);
        for (back, score) in shown.criteria.iter().zip(&original.criteria) {
            assert_eq!(back.score(), score.score());
            assert_eq!(back.band(&shown.rules), score.band(&original.rules));
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
            ("Aw", SnapshotError::NewerFormat),
            ("Ag", SnapshotError::Truncated),
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

    /// Re-signs a body (setting a format 2 body's length) so that only the value checks can
    /// catch it.
    fn signed(mut body: Vec<u8>) -> String {
        if body[0] == FORMAT {
            let length = body.len() as u16;
            body[1..3].copy_from_slice(&length.to_le_bytes());
        }
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
        let base = body_of(&Snapshot {
            label: String::new(),
            stage: None,
            ..finished()
        });
        let with = |at: usize, byte: u8| {
            let mut body = base.clone();
            body[at] = byte;
            body
        };
        let field = |tag: u8, value: &[u8]| {
            let mut body = base.clone();
            body.extend([tag, value.len() as u8]);
            body.extend(value);
            body
        };
        let mut cut_field = base.clone();
        cut_field.extend([FIELD_LABEL, 9, b'a']);
        for (body, expected) in [
            (with(3, 9), SnapshotError::OtherQuestionnaire),
            (with(8, 101), SnapshotError::Impossible),
            (with(14, 0x90), SnapshotError::Impossible),
            (with(14, 0x35), SnapshotError::Impossible),
            (with(14, 0x00), SnapshotError::Impossible),
            (with(20, 0x06), SnapshotError::Impossible),
            (with(7, NO_SCORE), SnapshotError::Impossible),
            (field(FIELD_LABEL, b"\n\t"), SnapshotError::Impossible),
            (field(FIELD_LABEL, &[0xFF]), SnapshotError::Impossible),
            (field(FIELD_STAGE, &[1, 2]), SnapshotError::Impossible),
            (
                field(FIELD_QUESTION_SET, &[1, 2]),
                SnapshotError::Impossible,
            ),
            (cut_field, SnapshotError::Impossible),
        ] {
            assert_eq!(
                Snapshot::decode(&signed(body.clone())),
                Err(expected),
                "{body:?}"
            );
        }
        // A second-edition result with only four criteria scored has no overall figure.
        let mut four = base.clone();
        four[8 + 4] = NO_SCORE;
        four[8 + 5] = NO_SCORE;
        four[14 + 4] = 0x20;
        four[14 + 5] = 0x20;
        assert_eq!(
            Snapshot::decode(&signed(four.clone())),
            Err(SnapshotError::Impossible)
        );
        four[7] = NO_SCORE;
        assert!(Snapshot::decode(&signed(four)).is_ok());
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

    /// A format 1 link as the first-edition build wrote it, for a first-edition snapshot.
    fn first_format(snapshot: &Snapshot, label: &str) -> String {
        let mut bytes = vec![FIRST_FORMAT, 1, 1];
        bytes.extend((snapshot.day.0 as u16).to_le_bytes());
        bytes.push(snapshot.overall.unwrap_or(NO_SCORE));
        bytes.extend(
            snapshot
                .criteria
                .iter()
                .map(|c| c.score.unwrap_or(NO_SCORE)),
        );
        bytes.extend(
            snapshot
                .criteria
                .iter()
                .map(|c| (c.answered << 4) | c.dont_know),
        );
        bytes.push(label.len() as u8);
        bytes.extend(label.as_bytes());
        let check = CHECK_CODE.checksum(&bytes);
        bytes.extend(check.to_le_bytes());
        URL_SAFE_NO_PAD.encode(bytes)
    }

    #[test]
    fn a_link_made_with_invisible_characters_in_its_label_still_opens_without_them() {
        // Built by hand as an earlier build (or a hostile page) could: the label bytes carry
        // U+FFFF and U+202E, and the checksum is right.
        let first = Snapshot::decode(FIRST_EDITION_LINK).unwrap();
        let decoded =
            Snapshot::decode(&first_format(&first, "Team\u{FFFF} \u{202E} view\u{3164}")).unwrap();
        assert_eq!(decoded.label, "Team view");
        let second = Snapshot {
            label: "Team\u{FFFF} \u{202E} view\u{3164}".into(),
            ..finished()
        };
        let mut body = body_of(&Snapshot {
            label: String::new(),
            stage: None,
            disagreement: None,
            ..finished()
        });
        body.extend([FIELD_LABEL, second.label.len() as u8]);
        body.extend(second.label.as_bytes());
        assert_eq!(Snapshot::decode(&signed(body)).unwrap().label, "Team view");
    }

    #[test]
    fn a_first_edition_link_cut_or_edited_is_still_told_apart() {
        let code = FIRST_EDITION_LINK;
        assert_eq!(
            Snapshot::decode(&code[..code.len() - 3]),
            Err(SnapshotError::Truncated)
        );
        let mut edited: Vec<char> = code.chars().collect();
        edited[14] = if edited[14] == 'A' { 'B' } else { 'A' };
        assert_eq!(
            Snapshot::decode(&edited.into_iter().collect::<String>()),
            Err(SnapshotError::Altered)
        );
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
    fn results_of_this_and_earlier_editions_fit_the_bank() {
        let bank = default_bank();
        let snapshot = finished();
        assert!(snapshot.fits(bank));
        let first = Snapshot {
            questionnaire_version: 1,
            ..snapshot.clone()
        };
        assert!(first.fits(bank));
        let newer = Snapshot {
            questionnaire_version: 3,
            ..snapshot
        };
        assert!(!newer.fits(bank));
    }

    #[test]
    fn a_result_page_opens_only_links_that_fit_this_questionnaire() {
        let bank = default_bank();
        let snapshot = finished();
        assert_eq!(
            Snapshot::decode_for(bank, &snapshot.encode()),
            Ok(snapshot.clone())
        );
        let newer = Snapshot {
            questionnaire_version: 3,
            ..snapshot
        };
        assert!(Snapshot::decode(&newer.encode()).is_ok());
        assert_eq!(
            Snapshot::decode_for(bank, &newer.encode()),
            Err(SnapshotError::OtherQuestionnaire)
        );
        assert_eq!(Snapshot::decode_for(bank, ""), Err(SnapshotError::Empty));
    }

    #[test]
    fn every_link_error_has_its_own_message() {
        let en = Content::english();
        let errors = [
            SnapshotError::Empty,
            SnapshotError::TooLong,
            SnapshotError::Garbled,
            SnapshotError::Truncated,
            SnapshotError::Altered,
            SnapshotError::NewerFormat,
            SnapshotError::OtherQuestionnaire,
            SnapshotError::Impossible,
        ];
        let messages: Vec<String> = errors.iter().map(|e| e.message(en)).collect();
        for (error, message) in errors.iter().zip(&messages) {
            assert!(!message.starts_with("link-error-"), "{error:?} has no text");
            assert_eq!(
                messages.iter().filter(|m| *m == message).count(),
                1,
                "{message}"
            );
        }
        assert_eq!(
            SnapshotError::NewerFormat.message(en),
            "This link was made by a newer version of the Partnership Readiness Check than this one, which cannot read it."
        );
        assert_eq!(
            SnapshotError::Truncated.to_string(),
            SnapshotError::Truncated.message(en)
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_criterion() -> impl Strategy<Value = CriterionSnapshot> {
        (5u8..=6, 0u8..=6, 0u8..=6, 0u8..=100).prop_map(
            |(statements, answered, dont_know, score)| {
                let answered = answered.min(statements);
                let dont_know = dont_know.min(answered);
                let scored =
                    usize::from(answered - dont_know) >= Rules::second_edition().min_scored_answers;
                CriterionSnapshot {
                    score: scored.then_some(score),
                    statements,
                    answered,
                    dont_know,
                }
            },
        )
    }

    fn any_snapshot() -> impl Strategy<Value = Snapshot> {
        (
            0u32..=u32::from(u16::MAX),
            "\\PC{0,60}",
            0u8..=100,
            proptest::collection::vec(any_criterion(), CRITERIA),
            proptest::option::of(proptest::sample::select(Stage::ALL.to_vec())),
        )
            .prop_map(|(day, label, overall, criteria, stage)| {
                let scored = criteria.iter().filter(|c| c.score.is_some()).count();
                Snapshot {
                    questionnaire_id: "partnership-readiness".into(),
                    questionnaire_version: 2,
                    day: Day(day),
                    label: clean_label(&label),
                    stage,
                    question_set: None,
                    disagreement: None,
                    overall: (scored >= Rules::second_edition().criteria_for_overall(6))
                        .then_some(overall),
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
            // From the fifth character on: the first four hold the format number and the length,
            // which a reader must check before it knows where the check code is. Changed, the
            // link looks cut short (or overlong), and is reported so; still refused, with the
            // other message.
            let index = 4 + at.index(code.len() - 4);
            prop_assume!(code[index..index + 1] != replacement);
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
                Err(error) => prop_assert!(!error.message(Content::english()).is_empty()),
            }
        }
    }
}
