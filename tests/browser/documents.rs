//! The same storage cases for every stored document: blocked storage, a full store, corrupt,
//! newer and other tabs' data, kept copies and "Delete my answers". The session and the history
//! list run them here; a document added later runs them by implementing `DocumentUnderTest` and
//! naming itself in `every_document_case!` in its own file (as `third_document.rs` does).

use partnership_readiness::core::assess::session::Session;
use partnership_readiness::core::formats::history::testing::snapshot;
use partnership_readiness::core::formats::history::History;
use partnership_readiness::core::formats::stored::keys::{
    kept_copy_key, KeyRegistry, DELETING_KEY, KEPT_COPY_KEY_PREFIX,
};
use partnership_readiness::core::formats::stored::StoredDocument;
use partnership_readiness::core::questions::set::{built_in_set, Answer, QuestionSet};
use partnership_readiness::ui::storage::{Loaded, Saved, StorageError, Store, KEEP_COPIES};

use super::{block_storage, clear_storage, fill_storage, storage, unblock_storage, unfill_storage};

/// What the cases need to make documents of a kind.
pub trait DocumentUnderTest: StoredDocument<Context: 'static> {
    fn context() -> &'static Self::Context;
    /// A document holding one item for each of `items` (distinct numbers give distinct items).
    fn with_items(items: &[u32]) -> Self;
    /// A text a newer build of the widget would write, in format `version`.
    fn newer_text(version: u64) -> String;
}

impl DocumentUnderTest for Session {
    fn context() -> &'static QuestionSet {
        built_in_set()
    }

    fn with_items(items: &[u32]) -> Session {
        let set = built_in_set();
        let mut session = Session::new(set, 1.0);
        let ids: Vec<String> = set.statements().map(|(_, s)| s.id().to_string()).collect();
        for &item in items {
            session.answer(&ids[item as usize], Answer::Agree, 2.0 + f64::from(item));
        }
        session
    }

    fn newer_text(version: u64) -> String {
        format!(r#"{{"app":"partnership-readiness","version":{version},"anything":[]}}"#)
    }
}

impl DocumentUnderTest for History {
    fn context() -> &'static () {
        &()
    }

    fn with_items(items: &[u32]) -> History {
        History {
            entries: items
                .iter()
                .map(|&item| snapshot(40 + item as u8, 100 + item))
                .collect(),
        }
    }

    fn newer_text(version: u64) -> String {
        format!(r#"{{"app":"partnership-readiness","version":{version},"results":[]}}"#)
    }
}

fn stored<D: StoredDocument>() -> Option<String> {
    storage().get_item(D::KEY).unwrap()
}

fn kept_texts() -> Vec<String> {
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|key| key.starts_with(KEPT_COPY_KEY_PREFIX))
        .map(|key| storage.get_item(&key).unwrap().unwrap())
        .collect()
}

fn written<D: StoredDocument>(saved: Saved<D>) -> (D, String, bool) {
    match saved {
        Saved::Written {
            document,
            raw,
            merged,
        } => (document, raw, merged),
        other => panic!("{} was not written: {other:?}", D::KIND),
    }
}

pub fn blocked_storage_is_reported_never_a_panic<D: DocumentUnderTest>() {
    clear_storage();
    block_storage();
    let store = Store::open();
    let loaded = store.load::<D>(D::context(), 1.0);
    let saved = store.save(D::context(), None, &D::with_items(&[1]), 1.0);
    let deleted = store.delete_all(&KeyRegistry::widget().with_document::<D>());
    unblock_storage();
    assert_eq!(loaded, Err(StorageError::Unavailable));
    assert_eq!(saved, Saved::Failed(StorageError::Unavailable));
    assert_eq!(deleted, Err(StorageError::Unavailable));

    // Storage revoked while the page is open: the store that had it reports the same.
    let store = Store::open();
    block_storage();
    let saved = store.save(D::context(), None, &D::with_items(&[1]), 1.0);
    unblock_storage();
    assert_eq!(saved, Saved::Failed(StorageError::Unavailable));
    assert_eq!(stored::<D>(), None);
}

pub fn a_full_store_is_reported_and_nothing_half_written<D: DocumentUnderTest>() {
    clear_storage();
    let store = Store::open();
    fill_storage();
    let saved = store.save(D::context(), None, &D::with_items(&[1, 2]), 1.0);
    unfill_storage();
    assert_eq!(saved, Saved::Failed(StorageError::Full));
    assert_eq!(stored::<D>(), None);
    assert_eq!(store.load::<D>(D::context(), 2.0), Ok(Loaded::Nothing));
}

pub fn corrupt_text_is_kept_aside_once_and_never_written_over_unkept<D: DocumentUnderTest>() {
    clear_storage();
    storage().set_item(D::KEY, "{not json").unwrap();
    let store = Store::open();
    let loaded = store.load::<D>(D::context(), 42.0).unwrap();
    let Loaded::Unreadable { backup, raw, .. } = loaded else {
        panic!("corrupt {} is reported, got {loaded:?}", D::KIND);
    };
    assert_eq!(raw, "{not json");
    assert_eq!(backup, Ok(kept_copy_key(D::KIND, 42.0)));
    assert_eq!(
        stored::<D>().as_deref(),
        Some("{not json"),
        "loading wrote over it"
    );
    // Loading again reuses the copy instead of piling up another.
    let again = store.load::<D>(D::context(), 99.0).unwrap();
    assert!(
        matches!(again, Loaded::Unreadable { backup: Ok(ref key), .. } if *key == kept_copy_key(D::KIND, 42.0))
    );
    assert_eq!(kept_texts(), vec!["{not json".to_string()]);

    // A tab that never saw the corrupt text keeps it aside (the same copy) before writing.
    let ours = D::with_items(&[1]);
    let (document, raw, merged) = written(store.save(D::context(), None, &ours, 100.0));
    assert_eq!((document, merged), (ours, false));
    assert_eq!(stored::<D>(), Some(raw));
    assert_eq!(kept_texts(), vec!["{not json".to_string()]);
    let listed = store.kept_copies::<D>(D::context());
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].what, D::KIND);
    assert_eq!(
        listed[0].restorable_answers, None,
        "junk cannot be put back"
    );
}

pub fn a_newer_builds_document_is_never_written_over<D: DocumentUnderTest>() {
    clear_storage();
    let newer = D::newer_text(90);
    storage().set_item(D::KEY, &newer).unwrap();
    let store = Store::open();
    assert_eq!(
        store.load::<D>(D::context(), 1.0),
        Ok(Loaded::Newer {
            version: 90,
            raw: newer.clone()
        })
    );
    let ours = D::with_items(&[1]);
    assert_eq!(store.save(D::context(), None, &ours, 2.0), Saved::Newer(90));
    assert_eq!(
        store.save(D::context(), Some(&ours.to_stored()), &ours, 2.0),
        Saved::Newer(90)
    );
    assert_eq!(
        store.put_back(D::context(), &ours, D::with_items(&[2]), 3.0),
        Saved::Newer(90)
    );
    // Keeping this tab's document after a clear, over a newer build's: it is kept aside instead.
    assert_eq!(
        store.keep_after_clear(D::context(), &ours, 4.0),
        Saved::Newer(90)
    );
    assert_eq!(stored::<D>(), Some(newer));
    assert_eq!(kept_texts(), vec![ours.to_stored()]);
}

pub fn another_tabs_writes_are_merged_and_a_clear_is_not_written_back<D: DocumentUnderTest>() {
    clear_storage();
    let store = Store::open();
    let first = D::with_items(&[1]);
    let (_, seen, _) = written(store.save(D::context(), None, &first, 10.0));
    // Another tab, from the same start, added item 2 and saved.
    storage()
        .set_item(D::KEY, &D::with_items(&[1, 2]).to_stored())
        .unwrap();
    // This tab, not yet told, added item 3.
    let ours = D::with_items(&[1, 3]);
    let (document, raw, merged) = written(store.save(D::context(), Some(&seen), &ours, 20.0));
    assert!(merged, "another tab's write is merged, not written over");
    assert_eq!(document.items(), 3, "{document:?}");
    assert_eq!(stored::<D>(), Some(raw.clone()));
    assert_eq!(
        store.load::<D>(D::context(), 30.0),
        Ok(Loaded::Restored {
            document,
            raw: raw.clone()
        })
    );

    // Someone else removed it: nothing is written back without asking.
    storage().remove_item(D::KEY).unwrap();
    assert_eq!(
        store.save(
            D::context(),
            Some(&raw),
            &D::with_items(&[1, 2, 3, 4]),
            40.0
        ),
        Saved::Cleared
    );
    assert_eq!(stored::<D>(), None);
    // The person chose to keep what this tab holds: written on top of what is there.
    let (document, _, _) =
        written(store.keep_after_clear(D::context(), &D::with_items(&[1, 2, 3, 4]), 50.0));
    assert_eq!(document.items(), 4);
}

pub fn kept_copies_are_bounded_listed_and_can_be_put_back<D: DocumentUnderTest>() {
    clear_storage();
    let store = Store::open();
    for n in 0..5 {
        store
            .keep_aside(&format!("damaged {n}"), D::KIND, f64::from(n) * 10.0)
            .unwrap();
    }
    let texts: Vec<String> = store
        .kept_copies::<D>(D::context())
        .into_iter()
        .map(|copy| copy.raw)
        .collect();
    assert_eq!(texts.len(), KEEP_COPIES);
    assert_eq!(texts, ["damaged 4", "damaged 3", "damaged 2"]);

    // A readable copy says how much it holds, and can be put back.
    let earlier = D::with_items(&[5, 6]);
    store
        .keep_aside(&earlier.to_stored(), D::KIND, 100.0)
        .unwrap();
    let copies = store.kept_copies::<D>(D::context());
    assert_eq!(copies[0].restorable_answers, Some(2));
    let current = D::with_items(&[1]);
    let (_, _, _) = written(store.save(D::context(), None, &current, 110.0));
    let (document, raw, _) =
        written(store.put_back(D::context(), &current, earlier.clone(), 120.0));
    assert_eq!(document, earlier);
    assert_eq!(stored::<D>(), Some(raw));
    let replaced = store
        .kept_copies::<D>(D::context())
        .into_iter()
        .find(|copy| copy.what == "replaced")
        .expect("what it replaced was kept aside first");
    assert_eq!(replaced.raw, current.to_stored());
}

pub fn delete_my_answers_removes_it_and_its_kept_copies<D: DocumentUnderTest>() {
    clear_storage();
    let store = Store::open();
    written(store.save(D::context(), None, &D::with_items(&[1]), 1.0));
    store.keep_aside("junk", D::KIND, 2.0).unwrap();
    storage().set_item("another-tool:data", "theirs").unwrap();
    let registry = KeyRegistry::widget().with_document::<D>();
    assert!(registry.holds(D::KEY));
    assert_eq!(store.delete_all(&registry), Ok(()));
    assert_eq!(stored::<D>(), None);
    assert!(kept_texts().is_empty());
    assert_eq!(storage().get_item(DELETING_KEY).unwrap(), None);
    assert_eq!(
        storage().get_item("another-tool:data").unwrap().as_deref(),
        Some("theirs"),
        "only this tool's keys are removed"
    );
}

/// Runs every case above for `$document`, in a module of its own.
#[macro_export]
macro_rules! every_document_case {
    ($document:ty) => {
        use wasm_bindgen_test::wasm_bindgen_test;
        use $crate::documents as cases;

        #[wasm_bindgen_test]
        fn blocked_storage_is_reported_never_a_panic() {
            cases::blocked_storage_is_reported_never_a_panic::<$document>();
        }

        #[wasm_bindgen_test]
        fn a_full_store_is_reported_and_nothing_half_written() {
            cases::a_full_store_is_reported_and_nothing_half_written::<$document>();
        }

        #[wasm_bindgen_test]
        fn corrupt_text_is_kept_aside_once_and_never_written_over_unkept() {
            cases::corrupt_text_is_kept_aside_once_and_never_written_over_unkept::<$document>();
        }

        #[wasm_bindgen_test]
        fn a_newer_builds_document_is_never_written_over() {
            cases::a_newer_builds_document_is_never_written_over::<$document>();
        }

        #[wasm_bindgen_test]
        fn another_tabs_writes_are_merged_and_a_clear_is_not_written_back() {
            cases::another_tabs_writes_are_merged_and_a_clear_is_not_written_back::<$document>();
        }

        #[wasm_bindgen_test]
        fn kept_copies_are_bounded_listed_and_can_be_put_back() {
            cases::kept_copies_are_bounded_listed_and_can_be_put_back::<$document>();
        }

        #[wasm_bindgen_test]
        fn delete_my_answers_removes_it_and_its_kept_copies() {
            cases::delete_my_answers_removes_it_and_its_kept_copies::<$document>();
        }
    };
}

mod session {
    every_document_case!(partnership_readiness::core::assess::session::Session);
}

mod history {
    every_document_case!(partnership_readiness::core::formats::history::History);
}
