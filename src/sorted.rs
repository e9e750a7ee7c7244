//! Small ordered collections and a stable sort that compile to little code.
//!
//! The sets and maps the digest keeps are small (articles of a digest, the mentions of a
//! person), so a sorted vector serves them as well as a B-tree, with a fraction of the
//! WebAssembly a B-tree adds for every key type. Sorting goes through one non-generic
//! routine over indices, so that each call site adds a few instructions rather than a whole
//! sort implementation.

use std::cmp::Ordering;

/// The indices `0..n` in the stable order `cmp` gives them.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| cmp(a, b));
    idx
}

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let idx = {
        let items = &*v;
        order(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    permute(v, &idx);
}

/// Sorts `v` stably by the key `key` gives each item (computed once per item).
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl FnMut(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let keys: Vec<K> = v.iter().map(key).collect();
    let idx = order(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    permute(v, &idx);
}

/// Reorders `v` so that its `k`-th item is the old `idx[k]`-th.
fn permute<T>(v: &mut Vec<T>, idx: &[usize]) {
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        idx.iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// A set kept as a sorted vector without duplicates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedSet<T> {
    items: Vec<T>,
}

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet { items: Vec::new() }
    }
}

impl<T: Ord> SortedSet<T> {
    /// The empty set.
    pub fn new() -> Self {
        SortedSet::default()
    }

    /// Lets go of the room the set was given as it grew.
    pub fn shrink_to_fit(&mut self) {
        self.items.shrink_to_fit();
    }

    /// Makes room for `n` more items, and no more.
    pub fn reserve_exact(&mut self, n: usize) {
        self.items.reserve_exact(n);
    }

    /// Adds `item`; true when it was not there yet.
    pub fn insert(&mut self, item: T) -> bool {
        if self.items.last().is_none_or(|last| *last < item) {
            self.items.push(item);
            return true;
        }
        match self.items.binary_search(&item) {
            Ok(_) => false,
            Err(at) => {
                self.items.insert(at, item);
                true
            }
        }
    }

    /// Whether `item` is in the set.
    pub fn contains(&self, item: &T) -> bool {
        self.items.binary_search(item).is_ok()
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The items in ascending order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// The smallest item.
    pub fn first(&self) -> Option<&T> {
        self.items.first()
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = SortedSet::new();
        for item in iter {
            set.insert(item);
        }
        set
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SortedSet<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

/// A map kept as a vector of entries sorted by key.
#[derive(Debug, Clone, PartialEq)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap {
            entries: Vec::new(),
        }
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// The empty map.
    pub fn new() -> Self {
        SortedMap::default()
    }

    fn find(&self, key: &K) -> Result<usize, usize> {
        match self.entries.last() {
            Some((last, _)) if *last < *key => Err(self.entries.len()),
            None => Err(0),
            _ => self.entries.binary_search_by(|(k, _)| k.cmp(key)),
        }
    }

    /// The value of `key`, inserting `make()` first when the key is new.
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let at = match self.find(&key) {
            Ok(at) => at,
            Err(at) => {
                self.entries.insert(at, (key, make()));
                at
            }
        };
        &mut self.entries[at].1
    }

    /// The value of `key`, if any.
    pub fn get(&self, key: &K) -> Option<&V> {
        self.find(key).ok().map(|at| &self.entries[at].1)
    }

    /// The entries in ascending key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The keys in ascending order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values in ascending key order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl<K: Ord, V: Default> SortedMap<K, V> {
    /// The value of `key`, inserting the default first when the key is new.
    pub fn get_or_default(&mut self, key: K) -> &mut V {
        self.get_or_insert_with(key, V::default)
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for SortedMap<K, V> {
    fn from(entries: [(K, V); N]) -> Self {
        let mut map = SortedMap::new();
        for (k, v) in entries {
            map.get_or_insert_with(k, || v);
        }
        map
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_is_stable_and_ordered() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w = vec![5, 9, 1];
        sort_by(&mut w, |a, b| b.cmp(a));
        assert_eq!(w, vec![9, 5, 1]);
    }

    #[test]
    fn set_keeps_sorted_unique_items() {
        let mut s: SortedSet<usize> = [4, 1, 4, 3].into_iter().collect();
        assert!(!s.insert(3));
        assert!(s.insert(0));
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), vec![0, 1, 3, 4]);
        assert!(s.contains(&1) && !s.contains(&2));
        assert_eq!(s.first(), Some(&0));
    }

    #[test]
    fn map_keeps_first_value_and_key_order() {
        let mut m: SortedMap<usize, usize> = SortedMap::new();
        *m.get_or_insert_with(5, || 50) += 1;
        m.get_or_insert_with(5, || 99);
        *m.get_or_default(2) += 7;
        assert_eq!(m.get(&5), Some(&51));
        assert_eq!(m.keys().copied().collect::<Vec<_>>(), vec![2, 5]);
        assert_eq!(m.into_iter().collect::<Vec<_>>(), vec![(2, 7), (5, 51)]);
    }
}
