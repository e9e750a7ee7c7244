//! The words of a sentence that may open an attendee cue, a meeting verb, an attendance
//! verb or the companion verb, found in one pass: each reader then looks at those words only, not at
//! every word of every sentence again.

use crate::digest::phrases::Openings;
use crate::lexicon::cues::{
    ATTENDANCE_VERBS, COMPANION_VERB, DELEGATION_CUES, HEAD_CUES, MEETING_NOUNS, MEETING_VERBS,
};
use crate::tokens::Word;
use std::sync::OnceLock;

/// The first two bytes and the lengths in bytes (one bit each) of the words opening a
/// cue, a meeting verb or the companion verb.
struct Filter {
    openings: Openings,
    lengths: u64,
}

/// The bit of a key's length in bytes (the last bit for any length from 63 on).
fn length_bit(key: &str) -> u64 {
    1 << key.len().min(63)
}

fn filter() -> &'static Filter {
    static FILTER: OnceLock<Filter> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut f = Filter {
            openings: Openings::default(),
            lengths: 0,
        };
        let phrases = DELEGATION_CUES
            .iter()
            .chain(HEAD_CUES.iter())
            .chain(MEETING_VERBS.iter())
            .chain(MEETING_NOUNS.iter())
            .chain(ATTENDANCE_VERBS.iter())
            .chain(std::iter::once(COMPANION_VERB));
        for first in phrases.filter_map(|p| p.split(' ').next()) {
            f.openings.add(first);
            f.lengths |= length_bit(first);
        }
        f
    })
}

/// Into `out` (emptied first), in order, the indices of the words of `ws` whose key may
/// open a cue, a meeting verb or the companion verb: no other word does.
pub fn openers(ws: &[Word], out: &mut Vec<usize>) {
    out.clear();
    let f = filter();
    out.extend((0..ws.len()).filter(|&i| {
        let key = ws[i].key();
        f.lengths & length_bit(key) != 0 && f.openings.may_open(key)
    }));
}
