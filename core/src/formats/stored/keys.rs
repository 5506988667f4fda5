//! Every local-storage key and key prefix the widget uses, in one registry: "Delete my answers"
//! removes what it lists, and a test checks that every `partnership-readiness:` name in the host
//! scripts (`src/host/*.js`) is in it. The names are never changed: earlier builds' data is found
//! under them.

use super::StoredDocument;
use crate::assess::session::Session;
use crate::formats::history::History;

/// What every key below starts with. src/host/boot.js shows the prerendered first screen only
/// when storage holds no key with it, so a key added later hides it without touching that file
/// (a test holds every registered key and prefix to it).
pub const NAMESPACE: &str = "partnership-readiness:";

/// The person's choice of language, remembered for their next visit (written by the widget,
/// read before it starts by `src/host/loader.js`).
pub const LANGUAGE_KEY: &str = "partnership-readiness:language";
/// Set while "Delete my answers" removes this tool's keys, one by one, and removed after: other
/// tabs see it come and go (storage events arrive in order), so they can tell the person's own
/// delete from another page removing the keys (a sign-out step), which they ask about first.
pub const DELETING_KEY: &str = "partnership-readiness:deleting";
/// Prefix of the keys of kept copies: text kept aside because it could not be read, or was
/// replaced on the person's request. The rest of the key is the kind and a time
/// (`kept_copy_key`).
pub const KEPT_COPY_KEY_PREFIX: &str = "partnership-readiness:backup:";

/// The key under which a copy of `kind` ("session", "history", "replaced", "unsaved") is kept
/// aside; the time keeps two copies made in different milliseconds apart.
pub fn kept_copy_key(kind: &str, now_ms: f64) -> String {
    format!("{KEPT_COPY_KEY_PREFIX}{kind}:{}", now_ms.max(0.0) as u64)
}

/// The keys and key prefixes that hold what the person stored with this tool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRegistry {
    keys: Vec<&'static str>,
    prefixes: Vec<&'static str>,
}

impl KeyRegistry {
    /// Everything this build stores: its documents, the language choice and kept copies.
    pub fn widget() -> KeyRegistry {
        let mut registry = KeyRegistry {
            keys: Vec::new(),
            prefixes: vec![KEPT_COPY_KEY_PREFIX],
        }
        .with_document::<Session>()
        .with_document::<History>();
        registry.keys.push(LANGUAGE_KEY);
        registry
    }

    /// This registry with `D`'s key too.
    pub fn with_document<D: StoredDocument>(mut self) -> KeyRegistry {
        self.keys.push(D::KEY);
        self
    }

    /// The exact keys "Delete my answers" removes.
    pub fn keys(&self) -> &[&'static str] {
        &self.keys
    }

    /// The prefixes whose every key "Delete my answers" removes.
    pub fn prefixes(&self) -> &[&'static str] {
        &self.prefixes
    }

    /// Whether `key` is one of these, or the marker "Delete my answers" sets while it works.
    pub fn holds(&self, key: &str) -> bool {
        key == DELETING_KEY
            || self.keys.contains(&key)
            || self.prefixes.iter().any(|prefix| key.starts_with(prefix))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_and_prefix_starts_with_the_namespace() {
        let registry = KeyRegistry::widget();
        for name in registry
            .keys()
            .iter()
            .chain(registry.prefixes())
            .chain([&DELETING_KEY])
        {
            assert!(name.starts_with(NAMESPACE), "{name}");
            assert!(name.len() > NAMESPACE.len(), "{name}");
        }
        assert!(kept_copy_key("session", 1.0).starts_with(NAMESPACE));
    }

    #[test]
    fn the_registry_holds_every_key_this_build_writes() {
        let registry = KeyRegistry::widget();
        for key in [
            "partnership-readiness:session",
            "partnership-readiness:history",
            LANGUAGE_KEY,
            DELETING_KEY,
            &kept_copy_key("session", 42.0),
        ] {
            assert!(registry.holds(key), "{key}");
        }
        assert!(!registry.holds("partnership-readiness:height"));
        assert!(!registry.holds("someone-else:session"));
    }

    #[test]
    fn kept_copy_keys_are_namespaced() {
        assert_eq!(
            kept_copy_key("session", 1234.9),
            "partnership-readiness:backup:session:1234"
        );
        assert_ne!(kept_copy_key("session", 1.0), kept_copy_key("history", 1.0));
    }
}
