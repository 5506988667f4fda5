//! A third stored document that exists only for this test: a list of notes. It implements the
//! stored-document trait and nothing else, and passes every case the session and the history list
//! pass (`documents.rs`). That the widget's store, planner and "Delete my answers" needed no change
//! for it is the point: a real third document (an action plan) will be added the same way.

use partnership_readiness::core::formats::stored::{Reading, StoredDocument};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::documents::DocumentUnderTest;

/// The format version this test document is written in.
const NOTES_VERSION: u64 = 1;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Notes {
    notes: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct NotesDocument {
    app: String,
    version: u64,
    notes: Vec<Value>,
}

/// Why a text is not a notes document.
#[derive(Debug, Clone, PartialEq)]
pub enum NotesProblem {
    NotOurs,
}

impl StoredDocument for Notes {
    type Context = ();
    type Problem = NotesProblem;
    const KEY: &'static str = "partnership-readiness:test-notes";
    const KIND: &'static str = "test-notes";

    fn read(raw: &str, _: &(), _: Option<f64>) -> Reading<Notes> {
        let Ok(document) = serde_json::from_str::<NotesDocument>(raw) else {
            return Reading::Unreadable(NotesProblem::NotOurs);
        };
        if document.app != "partnership-readiness" {
            return Reading::Unreadable(NotesProblem::NotOurs);
        }
        if document.version > NOTES_VERSION {
            return Reading::Newer(document.version);
        }
        let total = document.notes.len();
        let notes: Vec<String> = document
            .notes
            .into_iter()
            .filter_map(|note| note.as_str().map(str::to_string))
            .collect();
        match total - notes.len() {
            0 => Reading::Read(Notes { notes }),
            lost => Reading::Damaged {
                kept: Notes { notes },
                lost,
            },
        }
    }

    fn to_stored(&self) -> String {
        serde_json::to_string(&NotesDocument {
            app: "partnership-readiness".into(),
            version: NOTES_VERSION,
            notes: self.notes.iter().cloned().map(Value::String).collect(),
        })
        .expect("notes serialise")
    }

    fn merge(_: &(), base: Option<&Notes>, ours: &Notes, mut theirs: Notes) -> Notes {
        for note in &ours.notes {
            let new_here = base.is_none_or(|base| !base.notes.contains(note));
            if new_here && !theirs.notes.contains(note) {
                theirs.notes.push(note.clone());
            }
        }
        theirs
    }

    fn items(&self) -> usize {
        self.notes.len()
    }
}

impl DocumentUnderTest for Notes {
    fn context() -> &'static () {
        &()
    }

    fn with_items(items: &[u32]) -> Notes {
        Notes {
            notes: items.iter().map(|item| format!("note {item}")).collect(),
        }
    }

    fn newer_text(version: u64) -> String {
        format!(r#"{{"app":"partnership-readiness","version":{version},"notes":[]}}"#)
    }
}

crate::every_document_case!(Notes);

/// Partly damaged: the readable notes are kept, the text is copied aside first.
#[wasm_bindgen_test]
fn a_partly_damaged_list_keeps_what_can_be_read() {
    use partnership_readiness::ui::storage::{Loaded, Store};
    crate::clear_storage();
    let raw = r#"{"app":"partnership-readiness","version":1,"notes":["kept",7]}"#;
    crate::storage().set_item(Notes::KEY, raw).unwrap();
    let loaded = Store::open().load::<Notes>(&(), 5.0).unwrap();
    let Loaded::Damaged {
        kept, lost, backup, ..
    } = loaded
    else {
        panic!("a partly damaged list, got {loaded:?}");
    };
    assert_eq!(
        (kept.notes.as_slice(), lost),
        (&["kept".to_string()][..], 1)
    );
    assert!(backup.is_ok());
}
