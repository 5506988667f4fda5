//! Sorting the handful of items the widget ever orders (six criteria, a few kept copies).
//!
//! `slice::sort_by` is a general-purpose stable sort whose code is copied into the wasm for
//! every element type it is used with: about 3-4 KB each, measured with twiggy (four uses were
//! 15.6 KB of the module). For lists of at most a dozen items an insertion sort is as fast and
//! a few hundred bytes.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (stable), like
/// `slice::sort_by`. Quadratic: meant for short lists only.
pub fn sort_small_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for next in 1..items.len() {
        let mut at = next;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let original = [
            (3, 'a'),
            (1, 'b'),
            (3, 'c'),
            (2, 'd'),
            (1, 'e'),
            (0, 'f'),
            (3, 'g'),
        ];
        let mut ours = original;
        sort_small_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut standard = original;
        standard.sort_by_key(|a| a.0);
        assert_eq!(ours, standard);
        let mut empty: [u8; 0] = [];
        sort_small_by(&mut empty, |a, b| a.cmp(b));
    }
}
