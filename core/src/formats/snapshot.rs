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
//! id in UTF-8); 4 the respondent's role (one byte, `Role::code`; third edition on); 5 per criterion, one byte: how many "Strongly
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

use crate::assess::compare::Response;
use crate::assess::scoring::{Assessment, CriterionScore, Disagreement};
use crate::questions::role::Role;
use crate::questions::rules::Rules;
use crate::questions::set::{
    rules_of_edition, QuestionSet, Stage, CRITERION_IDS, FIRST_EDITION_STATEMENTS,
};
use crate::text::calendar::Day;
use crate::text::clean::clean_label;

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
/// The respondent's role, one byte (`Role::code`).
const FIELD_ROLE: u8 = 4;
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
    pub set_id: String,
    pub set_edition: u8,
    pub day: Day,
    pub label: String,
    /// How far along the person placed the partnership, if they said.
    pub stage: Option<Stage>,
    /// Who answered, if they said (tag 4).
    pub role: Option<Role>,
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
    OtherQuestionSet,
    /// Well formed, but with values no result can have.
    Impossible,
}

impl SnapshotError {
    /// A short name for the kind of problem (used in tests and the page's data attributes).
    pub fn key(&self) -> &'static str {
        match self {
            SnapshotError::Empty => "empty",
            SnapshotError::TooLong => "too-long",
            SnapshotError::Garbled => "garbled",
            SnapshotError::Truncated => "truncated",
            SnapshotError::Altered => "altered",
            SnapshotError::NewerFormat => "newer-format",
            SnapshotError::OtherQuestionSet => "other-questionnaire",
            SnapshotError::Impossible => "impossible",
        }
    }
}

/// For logs and developers: the kind of problem (a person reads `words::problems`).
impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "result link: {}", self.key())
    }
}

impl std::error::Error for SnapshotError {}

impl Snapshot {
    /// The snapshot of an assessment of `set` made on `day`.
    pub fn of(
        set: &QuestionSet,
        assessment: &Assessment,
        day: Day,
        label: &str,
        stage: Option<Stage>,
    ) -> Snapshot {
        Snapshot {
            set_id: set.id().to_string(),
            set_edition: u8::try_from(set.edition()).unwrap_or(u8::MAX),
            day,
            label: clean_label(label),
            stage,
            role: None,
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
            && self.set_edition == other.set_edition
    }

    /// Whether this build can show the snapshot beside its own results: the same questionnaire,
    /// this edition or an earlier one (they share the six criteria).
    pub fn fits(&self, set: &QuestionSet) -> bool {
        self.set_id == set.id()
            && u32::from(self.set_edition) <= set.edition()
            && self.question_set.is_none()
    }

    /// Reads a link code to show on its own page with `set`: a well-formed result that does
    /// not fit the question set (another questionnaire, a later edition, a question set of its own) is
    /// reported as made with a different questionnaire.
    pub fn decode_for(set: &QuestionSet, code: &str) -> Result<Snapshot, SnapshotError> {
        let snapshot = Snapshot::decode(code)?;
        if snapshot.fits(set) {
            Ok(snapshot)
        } else {
            Err(SnapshotError::OtherQuestionSet)
        }
    }

    /// The edition of the questionnaire the result was made with.
    pub fn edition(&self) -> u32 {
        u32::from(self.set_edition)
    }

    /// This result as a response to compare (`assess::compare`).
    pub fn response(&self) -> Response {
        Response {
            result: self.assessment(),
            stage: self.stage,
            role: self.role,
            edition: self.edition(),
            knows_disagreements: self.disagreement.is_some(),
        }
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
            .find(|(_, id)| *id == self.set_id)
            .map_or(0, |(code, _)| *code);
        let day = u16::try_from(self.day.0).unwrap_or(u16::MAX);
        let mut bytes = Vec::with_capacity(HEADER + 64);
        bytes.extend([FORMAT, 0, 0, code, self.set_edition]);
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
        if let Some(role) = self.role {
            push_field(&mut bytes, FIELD_ROLE, &[role.code()]).ok();
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
            set_id: set_named(body[1])?,
            set_edition: body[2],
            day: Day(u32::from(u16::from_le_bytes([body[3], body[4]]))),
            label,
            stage: None,
            role: None,
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
            set_id: set_named(body[3])?,
            set_edition: body[4],
            day: Day(u32::from(u16::from_le_bytes([body[5], body[6]]))),
            label: String::new(),
            stage: None,
            role: None,
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
                FIELD_ROLE => {
                    // A role a later build added is left out rather than refusing the result.
                    snapshot.role = match value {
                        [code] => Role::from_code(*code),
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

fn set_named(code: u8) -> Result<String, SnapshotError> {
    QUESTIONNAIRES
        .iter()
        .find(|(known, _)| *known == code)
        .map(|(_, id)| id.to_string())
        .ok_or(SnapshotError::OtherQuestionSet)
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
pub(crate) mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;
