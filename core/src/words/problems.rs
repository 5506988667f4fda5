//! What a person is told about a problem, in their language: a link that cannot be read, an entry
//! a comparison could not add, a file's problems, saved answers that cannot be used, and a
//! comparison's privacy notes. The formats and statistics name each problem as a typed value (and
//! give developers a short `Debug`/`Display`); its words are here, with the other wording.

use crate::assess::compare::PrivacyNote;
use crate::formats::comparison_link::{EntryProblem, MAX_ENTRIES_READ, MAX_RESPONSES};
use crate::formats::export::{answer_word, ImportProblem, EXPORT_FORMAT, EXPORT_VERSION};
use crate::formats::snapshot::SnapshotError;
use crate::formats::stored::session::{Damage, DocumentError};
use crate::questions::content::Content;
use crate::questions::set::{Answer, Stage};
use crate::text::numbers::thousands;

/// A problem a person is told about.
pub trait Worded {
    /// What the person reads, and what to do about it, in the content's language.
    fn message(&self, content: &Content) -> String;
}

/// Why a result link cannot be opened.
impl Worded for SnapshotError {
    fn message(&self, content: &Content) -> String {
        content.text(match self {
            SnapshotError::Empty => "link-error-empty",
            SnapshotError::TooLong => "link-error-too-long",
            SnapshotError::Garbled => "link-error-garbled",
            SnapshotError::Truncated => "link-error-truncated",
            SnapshotError::Altered => "link-error-altered",
            SnapshotError::NewerFormat => "link-error-newer-format",
            SnapshotError::OtherQuestionSet => "link-error-other-questionnaire",
            SnapshotError::Impossible => "link-error-impossible",
        })
    }
}

/// Why an entry was not added to a comparison.
impl Worded for EntryProblem {
    fn message(&self, content: &Content) -> String {
        match self {
            EntryProblem::Unreadable(error) => error.message(content),
            EntryProblem::Duplicate(n) => {
                content.format("compare-problem-duplicate", &[("response", (*n).into())])
            }
            EntryProblem::OtherVersion => content.text("compare-problem-other-version"),
            EntryProblem::TooMany => {
                content.format("compare-problem-too-many", &[("max", MAX_RESPONSES.into())])
            }
        }
    }
}

/// What is wrong with a file being imported.
impl Worded for ImportProblem {
    fn message(&self, content: &Content) -> String {
        let none = || content.text("export-problem-none");
        match self {
            ImportProblem::TooLarge { bytes } => content.format(
                "export-problem-too-large",
                &[("size", ((*bytes as f64 / 1024.0).round() as u64).into())],
            ),
            ImportProblem::NotJson { line, column } => content.format(
                "export-problem-not-json",
                &[("line", (*line).into()), ("column", (*column).into())],
            ),
            ImportProblem::NotAnObject => content.text("export-problem-not-an-object"),
            ImportProblem::NotAnExport => content.format(
                "export-problem-not-an-export",
                &[("format", EXPORT_FORMAT.into())],
            ),
            ImportProblem::NewerVersion(version) => content.format(
                "export-problem-newer-version",
                &[
                    ("version", (*version).into()),
                    ("latest", EXPORT_VERSION.into()),
                ],
            ),
            ImportProblem::BadVersion => content.format(
                "export-problem-bad-version",
                &[("latest", EXPORT_VERSION.into())],
            ),
            ImportProblem::OtherQuestionSet {
                id,
                edition,
                expected_id,
                expected_edition,
            } => {
                let id = id.clone().unwrap_or_else(none);
                // The message calls the edition the file's "version", as people do.
                let version = edition.map_or_else(none, |v| v.to_string());
                content.format(
                    "export-problem-other-questionnaire",
                    &[
                        ("id", id.as_str().into()),
                        ("version", version.as_str().into()),
                        ("expected-id", expected_id.as_str().into()),
                        ("latest", (*expected_edition).into()),
                    ],
                )
            }
            ImportProblem::BadStage(value) => {
                let allowed = Stage::ALL
                    .map(Stage::id)
                    .join(&content.text("list-separator"));
                content.format(
                    "export-problem-bad-stage",
                    &[
                        ("value", value.as_str().into()),
                        ("allowed", allowed.as_str().into()),
                    ],
                )
            }
            ImportProblem::BadLabel => content.text("export-problem-bad-label"),
            ImportProblem::NoAnswers => content.text("export-problem-no-answers"),
            ImportProblem::UnknownStatements { listed, more } => {
                let statements = listed.join(&content.text("list-separator"));
                let key = if *more == 0 {
                    "export-problem-unknown-statements"
                } else {
                    "export-problem-unknown-statements-more"
                };
                content.format(
                    key,
                    &[
                        ("statements", statements.as_str().into()),
                        ("count", (*more).into()),
                        (
                            "more",
                            crate::text::numbers::thousands(*more).as_str().into(),
                        ),
                    ],
                )
            }
            ImportProblem::BadAnswer { statement, value } => {
                let allowed = Answer::ALL
                    .map(answer_word)
                    .join(&content.text("list-separator"));
                content.format(
                    "export-problem-bad-answer",
                    &[
                        ("statement", statement.as_str().into()),
                        ("value", value.as_str().into()),
                        ("allowed", allowed.as_str().into()),
                    ],
                )
            }
            ImportProblem::Unreadable(reason) => content.format(
                "export-problem-unreadable",
                &[("reason", reason.as_str().into())],
            ),
        }
    }
}

/// Why the saved answers cannot be used, as the person is told after "Reason: ".
impl Worded for DocumentError {
    fn message(&self, content: &Content) -> String {
        match self {
            DocumentError::NotJson => content.text("storage-reason-not-json"),
            DocumentError::NotOurs => content.text("storage-reason-not-ours"),
            DocumentError::NewerVersion(version) => {
                content.format("storage-reason-newer", &[("version", (*version).into())])
            }
            DocumentError::UnknownVersion(version) => content.format(
                "storage-reason-unknown-version",
                &[("version", (*version).into())],
            ),
            DocumentError::Invalid(Damage::NoFormatVersion) => {
                content.text("storage-reason-no-version")
            }
            DocumentError::Invalid(Damage::Timestamps) => content.text("storage-reason-timestamps"),
            DocumentError::Invalid(Damage::NoSuchSection(index)) => {
                content.format("storage-reason-no-section", &[("index", (*index).into())])
            }
            DocumentError::Invalid(Damage::Fields(detail)) => {
                content.format("storage-reason-invalid", &[("detail", detail.into())])
            }
            DocumentError::Invalid(Damage::NoSuchEdition(edition)) => content.format(
                "storage-reason-no-edition",
                &[("edition", (*edition).into())],
            ),
            DocumentError::Invalid(Damage::FutureTime) => content.text("storage-reason-future"),
            DocumentError::OtherQuestionSet(id) => {
                content.format("storage-reason-other-questionnaire", &[("id", id.into())])
            }
        }
    }
}

/// Why a comparison hides some of what it could show.
impl Worded for PrivacyNote {
    fn message(&self, content: &Content) -> String {
        match self {
            PrivacyNote::FewResponses(count) => {
                content.format("compare-privacy-few", &[("count", (*count).into())])
            }
            PrivacyNote::GroupView => content.text("compare-privacy-group-view"),
        }
    }
}

/// The summary of entries left unread: "And 9,988 more lines were not read …".
pub fn unread_message(content: &Content, unread: usize) -> Option<String> {
    (unread > 0).then(|| {
        content.format(
            "compare-unread",
            &[
                ("count", unread.into()),
                ("lines", thousands(unread).as_str().into()),
                ("read", MAX_ENTRIES_READ.into()),
                ("max", MAX_RESPONSES.into()),
            ],
        )
    })
}
