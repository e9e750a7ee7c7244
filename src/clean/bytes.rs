//! Lines read eight bytes at a time: a byte test made on one 64-bit number holding eight
//! bytes of a line, so that a long paragraph is searched for a rare byte, or has its
//! words counted, without a branch per byte.
//!
//! Eight bytes are read as one little-endian number: the first byte is the lowest. A test
//! answers with the high bit of each byte it holds for, the others clear.

/// The high bit of each of eight bytes.
pub const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The seven low bits of each of eight bytes.
const LOW_BITS: u64 = !HIGH_BITS;

/// Eight bytes, each a copy of `b`.
pub const fn every_byte(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// The bytes of `v` that are zero. No byte's sum carries into the next: the seven low
/// bits plus 0x7F stay under 0x100.
fn zero_bytes(v: u64) -> u64 {
    !(((v & LOW_BITS) + LOW_BITS) | v) & HIGH_BITS
}

/// The bytes of `v` equal to `b`.
pub fn equal_bytes(v: u64, b: u8) -> u64 {
    zero_bytes(v ^ every_byte(b))
}

/// The bytes of `v` (any bytes) from `low` to `high`, both ASCII.
pub fn ascii_range(v: u64, low: u8, high: u8) -> u64 {
    // The seven low bits plus 0x80 − n reach the high bit when they are at least n.
    let at_least = |n: u8| (v & LOW_BITS) + every_byte(0x80 - n);
    at_least(low) & !at_least(high + 1) & !v & HIGH_BITS
}

/// True for a byte that is ASCII white space as `char::is_whitespace` has it: a space, or
/// tab to carriage return (with the vertical tab, which `u8::is_ascii_whitespace` leaves
/// out).
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// The bytes of `v` that are ASCII white space as [`is_ascii_space`] has it.
pub fn ascii_spaces(v: u64) -> u64 {
    equal_bytes(v, b' ') | ascii_range(v, b'\t', b'\r')
}

/// How many bytes of `flags` have their high bit set, `flags` holding no other bits (the
/// answer of a test): the bytes' bits, moved to the low bit, summed into the top byte by
/// one multiplication, which a target without a population count does faster.
pub fn flag_count(flags: u64) -> usize {
    ((flags >> 7).wrapping_mul(every_byte(1)) >> 56) as usize
}

/// The eight bytes of `bytes` from offset `i` as one number, when there are eight and all
/// are ASCII: what a reader tests at once before it falls back to reading byte by byte.
pub fn ascii_eight(bytes: &[u8], i: usize) -> Option<u64> {
    let eight = <[u8; 8]>::try_from(bytes.get(i..i.checked_add(8)?)?).ok()?;
    let v = u64::from_le_bytes(eight);
    (v & HIGH_BITS == 0).then_some(v)
}

/// The words of `text` apart by white space, as `text.split_whitespace().count()` counts
/// them: eight ASCII bytes at a time where the text is ASCII (nearly all of an article's
/// normalized text), character by character elsewhere.
pub fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut n, mut after_space, mut i) = (0, true, 0);
    while i < bytes.len() {
        if let Some(v) = ascii_eight(bytes, i) {
            let spaces = ascii_spaces(v);
            // Each byte's left neighbour: before the first, the last character read.
            let before = (spaces << 8) | (u64::from(after_space) << 7);
            // A word starts at a byte not a space whose left neighbour is one.
            n += (!spaces & before & HIGH_BITS).count_ones() as usize;
            after_space = spaces >> 63 != 0;
            i += 8;
            continue;
        }
        // Eight ASCII bytes were read at a time up to `i`: it is a character boundary.
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let space = c.is_whitespace();
        n += usize::from(after_space && !space);
        after_space = space;
        i += c.len_utf8();
    }
    n
}

/// True when `test` holds for any byte of `text`. Every byte is tested and the answers
/// or-ed, without a branch, which the compiler does sixteen bytes at once: for a line
/// searched for a byte it most often lacks, faster than stopping at the first.
pub fn any_byte(text: &str, test: impl Fn(u8) -> bool) -> bool {
    text.bytes().fold(0u8, |n, b| n | u8::from(test(b))) != 0
}

/// The offsets in `bytes`, in order, of the bytes that `test` holds for, `test` being
/// asked about eight bytes at a time (the last few padded with zero bytes, which are
/// never reported).
pub fn flagged<'a>(
    bytes: &'a [u8],
    test: impl Fn(u64) -> u64 + 'a,
) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    let mut found = 0u64;
    std::iter::from_fn(move || {
        while found == 0 {
            let block = bytes.get(from..)?;
            if block.is_empty() {
                return None;
            }
            if let Some(eight) = block.get(..8).and_then(|e| <[u8; 8]>::try_from(e).ok()) {
                // Eight bytes to read: taken as they stand, not copied into a padded block.
                found = test(u64::from_le_bytes(eight));
            } else {
                let mut eight = [0u8; 8];
                let n = block.len().min(8);
                eight[..n].copy_from_slice(&block[..n]);
                found = test(u64::from_le_bytes(eight)) & ((1u64 << (8 * n)) - 1);
            }
            from += 8;
        }
        let at = from - 8 + (found.trailing_zeros() / 8) as usize;
        found &= found - 1;
        Some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_ascii_bytes_are_read_at_once_and_others_not() {
        let text = "abcdefgh ijk\u{e9}lmnop".as_bytes();
        assert_eq!(ascii_eight(text, 0), Some(u64::from_le_bytes(*b"abcdefgh")));
        // A byte above ASCII among the eight, fewer than eight left, or an offset past the end.
        assert_eq!(ascii_eight(text, 6), None);
        assert_eq!(ascii_eight(text, text.len() - 3), None);
        assert_eq!(ascii_eight(text, usize::MAX), None);
    }

    /// Each test of eight bytes, against the same test of each byte alone.
    #[test]
    fn eight_byte_tests_agree_with_each_byte() {
        let all: Vec<u8> = (0..=255).collect();
        for block in all
            .chunks(8)
            .chain([&[0x80, 0x7f, 0xff, 0x20, 0x00, 0x09, 0x0d, 0x0e][..]])
        {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(block);
            let v = u64::from_le_bytes(eight);
            let at = |mask: u64, i: usize| mask >> (8 * i + 7) & 1 == 1;
            for (i, &b) in block.iter().enumerate() {
                let want_space = b.is_ascii() && char::from(b).is_whitespace();
                if b.is_ascii() {
                    assert_eq!(at(ascii_spaces(v), i), want_space, "space {b:#x}");
                }
                assert_eq!(at(equal_bytes(v, b'('), i), b == b'(', "( {b:#x}");
                assert_eq!(at(equal_bytes(v, 0xe2), i), b == 0xe2, "e2 {b:#x}");
                assert_eq!(
                    at(ascii_range(v, b'0', b'9'), i),
                    b.is_ascii_digit(),
                    "{b:#x}"
                );
            }
        }
    }

    #[test]
    fn flags_are_counted_as_their_bits() {
        for n in 0..=255u64 {
            // Byte i of the flags set when bit i of `n` is.
            let flags = (0..8).fold(0u64, |f, i| f | ((n >> i & 1) << (8 * i + 7)));
            assert_eq!(flag_count(flags), flags.count_ones() as usize, "{flags:#x}");
        }
    }

    #[test]
    fn an_ascii_space_is_what_char_is_whitespace_calls_one() {
        for b in 0..128u8 {
            assert_eq!(is_ascii_space(b), char::from(b).is_whitespace(), "{b:#04x}");
        }
    }

    #[test]
    fn words_are_counted_as_white_space_parts_them() {
        for text in [
            "",
            "   ",
            "one",
            " We will win,\tshe said. ",
            "a\nb\r\nc\x0bd\x0ce",
            "caf\u{e9} au\u{a0}lait \u{2003}ici",
            "\x1c not a space \x1f",
            "\u{2014}\u{a0}x\u{3000}\u{3000}y \u{85}z",
        ] {
            assert_eq!(
                word_count(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
        // Every cut of a long text: words and runs of spaces across the eight-byte steps,
        // and characters beyond ASCII at every offset of a step.
        let long =
            "We will  win, she\tsaid.\n\nAnd   we will keep\u{a0}on \u{2014} winning caf\u{e9}s \
                    until\u{2003}the end\x0b.  ";
        for start in 0..long.len() {
            for end in start..=long.len() {
                if let Some(text) = long.get(start..end) {
                    assert_eq!(
                        word_count(text),
                        text.split_whitespace().count(),
                        "{text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn any_byte_answers_as_a_search_stopping_at_the_first() {
        for text in [
            "",
            "a",
            "abc|def",
            "x".repeat(40).as_str(),
            "caf\u{e9} 2019 \u{2014}",
        ] {
            for probe in [b'|', b'2', 0xE2, 0xC3, b'z'] {
                let want = text.bytes().any(|b| b == probe);
                assert_eq!(any_byte(text, |b| b == probe), want, "{text:?} {probe}");
            }
        }
    }

    #[test]
    fn flagged_offsets_are_those_of_a_byte_by_byte_search() {
        let text = "a|b|c d(e) | 1999, 2000|||\u{2022}|end|";
        for len in 0..=text.len() {
            let bytes = &text.as_bytes()[..len];
            let want: Vec<usize> = (0..len).filter(|&i| bytes[i] == b'|').collect();
            let got: Vec<usize> = flagged(bytes, |v| equal_bytes(v, b'|')).collect();
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(bytes));
        }
        let zeros: Vec<usize> = flagged(b"ab\0", |v| equal_bytes(v, 0)).collect();
        assert_eq!(
            zeros,
            [2],
            "a zero byte of the text is found, the padding is not"
        );
    }
}
