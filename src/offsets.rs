//! Offset maps: where each byte of a derived text came from in the text it was derived
//! from. Normalization folds quotes and dashes and cleaning drops lines, so the text the
//! stages read differs from what the user gave; an [`OffsetMap`] takes a span of the
//! former back to the same words of the latter, so everything shown is the input's own
//! characters.

use std::ops::Range;

/// A monotone map from byte offsets of a derived text to byte offsets of its source.
///
/// Stored as anchors `(derived, source)` where the difference between the two changes;
/// between anchors the map is a plain shift, so text copied as it stands costs nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    anchors: Vec<(u32, u32)>,
}

impl OffsetMap {
    /// The identity map.
    pub fn identity() -> Self {
        Self::default()
    }

    /// True when every derived offset is its source offset (no anchor was needed).
    pub fn is_identity(&self) -> bool {
        self.anchors.is_empty()
    }

    /// Records that derived offset `derived` comes from source offset `source`. Calls come
    /// in increasing `derived` order; an anchor that changes nothing is not stored.
    pub fn anchor(&mut self, derived: usize, source: usize) {
        let (d, s) = (to_u32(derived), to_u32(source));
        // At or after the last anchor (every call, in order), the map there is the last
        // anchor's shift: no search.
        let now = match self.anchors.last() {
            Some(&(ad, as_)) if ad <= d => as_ as usize + (d - ad) as usize,
            Some(_) => self.get(derived),
            None => derived,
        };
        if now == source {
            return;
        }
        match self.anchors.last_mut() {
            Some(last) if last.0 == d => last.1 = s,
            _ => self.anchors.push((d, s)),
        }
    }

    /// The source offset of derived offset `derived`.
    pub fn get(&self, derived: usize) -> usize {
        let d = to_u32(derived);
        let at = self.anchors.partition_point(|a| a.0 <= d);
        match at.checked_sub(1).and_then(|i| self.anchors.get(i)) {
            Some(&(ad, as_)) => as_ as usize + (d - ad) as usize,
            None => derived,
        }
    }

    /// The source span of derived span `span`.
    pub fn span(&self, span: Range<usize>) -> Range<usize> {
        let start = self.get(span.start);
        start..self.get(span.end).max(start)
    }

    /// This map followed by `inner`: derived offsets of `self` to source offsets of
    /// `inner`, where `self`'s source is `inner`'s derived text.
    pub fn then(&self, inner: &OffsetMap) -> OffsetMap {
        // The composed map changes its shift only at anchors of `self` and where a piece
        // of `self` (a plain shift) crosses an anchor of `inner`.
        let mut pieces: Vec<(u32, u32)> = Vec::with_capacity(self.anchors.len() + 1);
        if self.anchors.first().is_none_or(|a| a.0 > 0) {
            pieces.push((0, 0));
        }
        pieces.extend_from_slice(&self.anchors);
        let mut points: Vec<u32> = Vec::with_capacity(pieces.len() + inner.anchors.len());
        for (i, &(d, m)) in pieces.iter().enumerate() {
            points.push(d);
            let len = pieces.get(i + 1).map_or(u32::MAX - d, |next| next.0 - d);
            let m_end = u64::from(m) + u64::from(len);
            let from = inner.anchors.partition_point(|a| a.0 < m);
            for &(im, _) in inner.anchors[from..]
                .iter()
                .take_while(|a| u64::from(a.0) < m_end)
            {
                points.push(d + (im - m));
            }
        }
        points.sort_unstable();
        points.dedup();
        let mut out = OffsetMap::default();
        for p in points {
            out.anchor(p as usize, inner.get(self.get(p as usize)));
        }
        out
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The largest char boundary of `s` at or before `i`.
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after `i`.
pub fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// UTF-16 offsets of a text's byte offsets, each found in constant time: the count at
/// every 256th byte is kept, and at most that many bytes are counted
/// after it. The browser's strings count UTF-16 code units, so evidence ranges are given
/// in them.
#[derive(Debug, Clone, Default)]
pub struct Utf16Index {
    /// UTF-16 units before byte `k * STEP`, or empty for ASCII text (units are bytes).
    marks: Vec<usize>,
}

impl Utf16Index {
    /// Bytes between two kept counts.
    const STEP: usize = 256;

    /// The index of `text`.
    pub fn new(text: &str) -> Utf16Index {
        if text.is_ascii() {
            return Utf16Index::default();
        }
        // A count at every step up to the last character's start, each the units of the
        // characters that start before it.
        let last = (0..text.len())
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let bytes = text.as_bytes();
        let mut marks = Vec::with_capacity(last / Self::STEP + 1);
        let mut units = 0;
        for chunk in bytes.chunks(Self::STEP).take(last / Self::STEP + 1) {
            marks.push(units);
            units += utf16_units(chunk);
        }
        Utf16Index { marks }
    }

    /// UTF-16 units of `text` (the text indexed) before byte `at`, a char boundary.
    pub fn units(&self, text: &str, at: usize) -> usize {
        let at = at.min(text.len());
        if self.marks.is_empty() {
            return at;
        }
        let k = (at / Self::STEP).min(self.marks.len() - 1);
        // The first char boundary at or after the kept byte: the mark counts the chars
        // that start before it.
        let mut from = k * Self::STEP;
        while from < at && !text.is_char_boundary(from) {
            from += 1;
        }
        self.marks[k] + text.get(from..at).map_or(0, utf16_len)
    }
}

/// The UTF-16 code units of `text`: what `text.encode_utf16().count()` gives.
pub fn utf16_len(text: &str) -> usize {
    utf16_units(text.as_bytes())
}

/// The UTF-16 code units of the characters whose first byte is in `bytes`: one for each
/// byte that starts a character, two for a character of four bytes. Counted byte by byte,
/// without decoding, in blocks whose count fits in a byte: a sum of bytes is one the
/// compiler makes sixteen bytes at a time, where a sum of `usize` took several
/// instructions a byte.
fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .chunks(UNITS_BLOCK)
        .map(|block| {
            let units = block.iter().fold(0u8, |n, &b| {
                n + u8::from((b as i8) >= -0x40) + u8::from(b >= 0xF0)
            });
            usize::from(units)
        })
        .sum()
}

/// Bytes counted by [`utf16_units`] in one byte: at most two units each.
const UNITS_BLOCK: usize = 127;

#[cfg(test)]
mod tests {
    #[test]
    fn utf16_offsets_match_counting_from_the_start() {
        let text = "a\u{e9}\u{1f389}b ".repeat(300) + "Ky\u{ef}v \u{201c}x\u{201d}";
        let index = super::Utf16Index::new(&text);
        for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert_eq!(
                index.units(&text, at),
                text[..at].encode_utf16().count(),
                "{at}"
            );
        }
        for text in [
            "\u{1f389}".repeat(200),
            "\u{e9}x".repeat(300),
            "y".repeat(600),
        ] {
            assert_eq!(super::utf16_len(&text), text.encode_utf16().count());
        }
        let ascii = "plain text";
        assert_eq!(super::Utf16Index::new(ascii).units(ascii, 5), 5);
    }

    use super::OffsetMap;

    #[test]
    fn identity_maps_every_offset_to_itself() {
        let m = OffsetMap::identity();
        assert_eq!(m.get(0), 0);
        assert_eq!(m.get(17), 17);
        assert_eq!(m.span(3..9), 3..9);
    }

    #[test]
    fn anchors_shift_the_offsets_after_them() {
        // Source "“Hi” he" (curly quotes, 3 bytes each) derived as "\"Hi\" he".
        let mut m = OffsetMap::default();
        m.anchor(0, 0);
        m.anchor(1, 3);
        m.anchor(3, 5);
        m.anchor(4, 8);
        assert_eq!(m.span(0..4), 0..8);
        assert_eq!(m.span(1..3), 3..5);
        assert_eq!(m.span(5..7), 9..11);
    }

    #[test]
    fn composition_equals_looking_up_twice() {
        let mut inner = OffsetMap::default();
        for (d, s) in [(2, 4), (5, 10), (9, 20), (14, 27)] {
            inner.anchor(d, s);
        }
        let mut outer = OffsetMap::default();
        for (d, s) in [(0, 3), (4, 12), (6, 1)] {
            outer.anchor(d, s);
        }
        let both = outer.then(&inner);
        for p in 0..20 {
            assert_eq!(both.get(p), inner.get(outer.get(p)), "offset {p}");
        }
    }
}
