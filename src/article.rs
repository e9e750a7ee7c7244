//! Articles: an input turned into a normalized body with its title and segments.

use crate::clean::bytes::{ascii_range, equal_bytes, every_byte, flagged, HIGH_BITS};
use crate::error::Error;
use crate::ids::{ArticleId, SentenceId};
use crate::model::{ArticleInput, Evidence};
use crate::normalize::normalize_mapped;
use crate::offsets::{ceil_boundary, floor_boundary, OffsetMap, Utf16Index};
use crate::segment::{segment, Kind, Segment};
use crate::{extract, MAX_INPUT_BYTES};
use std::ops::Range;

/// Fewest words a heading needs to serve as the article's title.
const TITLE_MIN_WORDS: usize = 3;
/// How many leading paragraphs are searched for a title.
const TITLE_SEARCH_PARAGRAPHS: usize = 3;
/// Words kept when the title is cut from the first sentence.
const TITLE_FALLBACK_WORDS: usize = 12;

/// One article, ready for the later stages.
#[derive(Debug, Clone)]
pub struct Article {
    /// Its place in the input; `sources` name it by [`ArticleId::source_id`].
    pub id: ArticleId,
    /// The headline, or the first words of the body.
    pub title: String,
    /// The outlet's name, when known.
    pub outlet: String,
    /// File name or URL.
    pub source: String,
    /// The normalized text: what the stages read and compare.
    pub body: String,
    /// The text as given (or as extracted from the page), which `body` was derived from;
    /// none when it starts with `body` unchanged, offset for offset (plain text without
    /// curly quotes or runs of spaces): then `body` serves, and a large text is not held
    /// twice. Read by [`Article::source_text`].
    written: Option<String>,
    /// Where each byte of `body` came from in the text as given.
    pub map: OffsetMap,
    /// Headings and sentences of `body`, in order.
    pub segments: Vec<Segment>,
    /// Index in `segments` of the heading used as title, if any.
    pub title_segment: Option<usize>,
    /// The wire datelines taken off the start of paragraphs ("LONDON (Reuters) -"): the
    /// offset in `body` where the paragraph now starts, and the dateline as written.
    pub datelines: Vec<(usize, String)>,
    /// UTF-16 offsets of `written`, for evidence ranges.
    pub utf16: Utf16Index,
}

impl Article {
    /// Reads `input`, the article `id` of the input.
    pub fn read(input: &ArticleInput, id: ArticleId) -> Result<Article, Error> {
        // Errors number the articles from 1, as a reader counts them.
        let index = id.index();
        if looks_binary(&input.text) {
            return Err(Error::NotText {
                index: index + 1,
                source: input.source.clone(),
            });
        }
        let (raw, page) = if input.html {
            let page = extract::extract(&input.text).map_err(|_| Error::NoArticleInPage {
                index: index + 1,
                source: input.source.clone(),
            })?;
            (page.story(), Some(page.metadata))
        } else {
            (input.text.clone(), None)
        };
        let (normalized, to_raw) = normalize_mapped(&raw);
        let cleaned = crate::clean::clean_full(&normalized);
        let (body, map) = (cleaned.text, cleaned.map.then(&to_raw));
        let datelines = cleaned
            .datelines
            .into_iter()
            .map(|(at, span)| (at, as_written(&raw, &to_raw, span)))
            .collect();
        if !body.chars().any(char::is_alphabetic) {
            return Err(Error::EmptyArticle {
                index: index + 1,
                source: input.source.clone(),
            });
        }
        if body.len() > MAX_INPUT_BYTES {
            return Err(Error::TooLarge {
                limit: MAX_INPUT_BYTES,
            });
        }
        let segments = segment(&body);
        if !segments.iter().any(|s| s.kind == Kind::Sentence) {
            return Err(Error::NoSentences {
                index: index + 1,
                source: input.source.clone(),
            });
        }
        let title_segment = find_title(&body, &segments);
        let page_title = page.as_ref().and_then(|m| m.title.clone());
        let title = match (page_title, title_segment) {
            (Some(t), _) => t.split_whitespace().collect::<Vec<_>>().join(" "),
            (None, Some(i)) => as_written(&raw, &map, segments[i].span.clone()),
            (None, None) => fallback_title(&raw, &map, &segments),
        };
        let outlet = input
            .outlet
            .clone()
            .or_else(|| page.and_then(|m| m.site_name))
            .unwrap_or_default();
        let utf16 = Utf16Index::new(&raw);
        // Every span of `body` maps to the same span of `raw`: the text as given is not
        // kept apart.
        let same = map.is_identity() && raw.starts_with(body.as_str());
        Ok(Article {
            id,
            title,
            outlet,
            source: input.source.clone(),
            body,
            written: (!same).then_some(raw),
            map,
            segments,
            title_segment,
            datelines,
            utf16,
        })
    }

    /// The text of segment `i`.
    pub fn text(&self, i: usize) -> &str {
        self.segments
            .get(i)
            .and_then(|s| self.body.get(s.span.clone()))
            .unwrap_or("")
    }

    /// The text as given (or as extracted from the page), which `body` was derived from,
    /// as far as `body` reads it (see [`Article::map`]).
    pub fn source_text(&self) -> &str {
        self.written.as_deref().unwrap_or(&self.body)
    }

    /// The input's own text of `span` of `body`: its characters as written (quotes,
    /// dashes, accents), runs of white space shown as one space.
    pub fn written(&self, span: Range<usize>) -> String {
        as_written(self.source_text(), &self.map, span)
    }

    /// The input's own text of segment `i`.
    pub fn shown(&self, i: usize) -> String {
        self.segments
            .get(i)
            .map(|s| self.written(s.span.clone()))
            .unwrap_or_default()
    }

    /// Segment `i` as evidence: this article's id, the segment's text as written (see
    /// [`Article::shown`]) and where it lies in the text as given, in UTF-16 code units,
    /// white space at either end left out.
    pub fn evidence(&self, i: usize) -> Evidence {
        match self.segments.get(i) {
            Some(s) => self.evidence_span(s.span.clone()),
            None => Evidence {
                source: self.id.source_id(),
                ..Evidence::default()
            },
        }
    }

    /// `span` of `body` as evidence, like [`Article::evidence`]: a clause or a quote in
    /// its sentence.
    pub fn evidence_span(&self, span: Range<usize>) -> Evidence {
        let at = self.map.span(span);
        let written = self.source_text();
        let (shown, start, end) = match written.get(at.clone()) {
            Some(text) => {
                let trimmed = text.trim();
                let lead = text.len() - text.trim_start().len();
                let start = self.utf16.units(written, at.start + lead);
                (
                    one_spaced(text, trimmed),
                    Some(start),
                    Some(start + crate::offsets::utf16_len(trimmed)),
                )
            }
            None => (String::new(), None, None),
        };
        Evidence {
            source: self.id.source_id(),
            text: shown,
            start,
            end,
        }
    }

    /// `core` of `body` with up to `context` bytes either side, within `limits` and cut at
    /// word boundaries, as evidence: a quote in its clause, a name in its sentence.
    pub fn evidence_around(
        &self,
        limits: Range<usize>,
        core: Range<usize>,
        context: usize,
    ) -> Evidence {
        let body = &self.body;
        let core =
            core.start.clamp(limits.start, limits.end)..core.end.clamp(limits.start, limits.end);
        let mut start = ceil_boundary(body, limits.start.max(core.start.saturating_sub(context)));
        if start > limits.start {
            start = body
                .get(start..core.start)
                .and_then(|t| t.find(' '))
                .map_or(core.start, |i| start + i + 1);
        }
        let mut end = floor_boundary(body, limits.end.min(core.end + context));
        if end < limits.end {
            if let Some(i) = body.get(core.end..end).and_then(|t| t.rfind(' ')) {
                end = core.end + i;
            }
        }
        self.evidence_span(start..end.max(start))
    }

    /// The dateline taken off the paragraph that segment `i` opens, if any.
    pub fn dateline_before(&self, i: usize) -> Option<&str> {
        let start = self.segments.get(i)?.span.start;
        let at = self
            .datelines
            .partition_point(|(offset, _)| *offset < start);
        match self.datelines.get(at) {
            Some((offset, text)) if *offset == start => Some(text),
            _ => None,
        }
    }

    /// Indices of the prose sentences, headings left out.
    pub fn sentence_indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.segments.len()).filter(|&i| self.segments[i].kind == Kind::Sentence)
    }

    /// The prose sentences as ids, headings left out.
    pub fn sentence_ids(&self) -> impl Iterator<Item = SentenceId> + '_ {
        self.sentence_indices().map(|i| SentenceId::new(self.id, i))
    }

    /// Words in the body, the title line left out.
    pub fn word_count(&self) -> usize {
        let title_words = self
            .title_segment
            .map_or(0, |i| crate::clean::bytes::word_count(self.text(i)));
        crate::clean::bytes::word_count(&self.body) - title_words
    }
}

/// The article `id` among `articles` (read articles in input order, copies perhaps left
/// out).
pub fn by_id(articles: &[Article], id: ArticleId) -> Option<&Article> {
    let i = articles.binary_search_by_key(&id, |a| a.id).ok()?;
    articles.get(i)
}

/// One past the largest id of `articles`: the length of a table indexed by article id.
pub fn id_bound(articles: &[Article]) -> usize {
    articles.iter().map(|a| a.id.index() + 1).max().unwrap_or(0)
}

/// The first heading of a few words among the leading paragraphs, before any prose; never
/// a byline, a time stamp, a dateline or a caption.
fn find_title(body: &str, segments: &[Segment]) -> Option<usize> {
    segments
        .iter()
        .take_while(|s| s.kind == Kind::Heading && s.paragraph < TITLE_SEARCH_PARAGRAPHS)
        .position(|s| {
            let text = &body[s.span.clone()];
            crate::clean::bytes::word_count(text) >= TITLE_MIN_WORDS
                && !crate::clean::is_never_title(text)
        })
}

/// Share of the characters, white space left out, that may be replacement or control
/// characters before a text reads as binary data (1 in `BINARY_SHARE`).
const BINARY_SHARE: usize = 5;

/// Bytes of ASCII that [`looks_binary`] counts at once (its counts fit in a byte).
const ASCII_BLOCK: usize = 64;

/// True when `text` is mostly replacement or control characters: binary data read as
/// text (a file with NUL bytes is refused before it gets here).
fn looks_binary(text: &str) -> bool {
    // A text without one such character, nearly every text, is not counted.
    holds_odd(text) && odd_share_binary(text)
}

/// True for a replacement, control or private-use character that is not white space:
/// what [`looks_binary`] counts against a text.
fn is_odd(c: char) -> bool {
    !c.is_whitespace()
        && (c == '\u{fffd}' || c.is_control() || ('\u{e000}'..='\u{f8ff}').contains(&c))
}

/// True when `text` holds a character [`is_odd`] holds for. Every such character starts
/// with an ASCII control byte (below a space, or DEL) or with 0xC2 (U+0080 to U+009F),
/// 0xEE or 0xEF (U+E000 to U+FFFF): those bytes are found eight at a time (see
/// `clean::bytes`), and only their characters decoded.
fn holds_odd(text: &str) -> bool {
    let opens_odd = |v: u64| {
        // ASCII bytes below a space: their seven low bits plus 0x60 stay under 0x80.
        let controls = !(((v & !HIGH_BITS) + every_byte(0x60)) | v) & HIGH_BITS;
        controls
            | equal_bytes(v, 0x7F)
            | equal_bytes(v, 0xC2)
            | equal_bytes(v | every_byte(1), 0xEF)
    };
    flagged(text.as_bytes(), opens_odd).any(|at| {
        text.get(at..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(is_odd)
    })
}

/// [`looks_binary`] of a text, its characters counted: at least one in [`BINARY_SHARE`]
/// of those other than white space [`is_odd`].
fn odd_share_binary(text: &str) -> bool {
    let (mut odd, mut all) = (0usize, 0usize);
    let bytes = text.as_bytes();
    let mut i = 0;
    // ASCII, nearly all of an article, is judged a block at a time, its counts summed in
    // a byte (which the compiler does sixteen bytes at once); other characters decoded.
    // A block that holds another character has its ASCII before it counted the same way,
    // and is read again from after that character.
    while i < bytes.len() {
        let block = &bytes[i..bytes.len().min(i + ASCII_BLOCK)];
        let ascii = if block.is_ascii() {
            block
        } else {
            &block[..block.iter().position(|&b| b >= 0x80).unwrap_or(block.len())]
        };
        let space = crate::clean::bytes::is_ascii_space;
        let seen = ascii.iter().fold(0u8, |n, &b| n + u8::from(!space(b)));
        let control = ascii.iter().fold(0u8, |n, &b| {
            n + u8::from((b < 0x20 || b == 0x7f) && !space(b))
        });
        all += usize::from(seen);
        odd += usize::from(control);
        i += ascii.len();
        if ascii.len() == block.len() {
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        all += 1;
        odd += usize::from(is_odd(c));
    }
    all > 0 && odd * BINARY_SHARE >= all
}

/// The first words of the first sentence, when no heading serves as title.
fn fallback_title(raw: &str, map: &OffsetMap, segments: &[Segment]) -> String {
    // The words of the first sentence as written, read where they stand.
    let first = match segments.first() {
        Some(s) => raw.get(map.span(s.span.clone())).unwrap_or(""),
        None => raw,
    };
    // One word past the limit tells whether the title is cut.
    let words: Vec<&str> = first
        .split_whitespace()
        .take(TITLE_FALLBACK_WORDS + 1)
        .collect();
    if words.len() <= TITLE_FALLBACK_WORDS {
        return words.join(" ");
    }
    format!(
        "{}\u{2026}",
        words[..TITLE_FALLBACK_WORDS]
            .join(" ")
            .trim_end_matches([',', ';', ':'])
    )
}

/// The text of `raw` that `span` of the derived text maps to, white space runs as one
/// space. Empty when the map points outside `raw` (it never should).
fn as_written(raw: &str, map: &OffsetMap, span: Range<usize>) -> String {
    let span = map.span(span);
    let Some(text) = raw.get(span) else {
        return String::new();
    };
    one_spaced(text, text.trim())
}

/// `text` with its runs of white space as one space, `trimmed` being `text.trim()`.
fn one_spaced(text: &str, trimmed: &str) -> String {
    if single_spaced(trimmed) {
        // Most spans: the words already stand one space apart, and are copied at once.
        return trimmed.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// True when the only white space of `text` is single spaces: its words joined by one
/// space are the text itself. Read eight bytes at a time, ASCII or not (the tests of
/// `clean::bytes` hold for any byte); every white space character above ASCII starts with
/// one of four bytes, and only those are decoded.
fn single_spaced(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = false;
    let mut i = 0;
    while i < bytes.len() {
        // The last few bytes padded with zero bytes, which no test holds for.
        let mut v = [0u8; 8];
        match bytes.get(i..i + 8) {
            Some(eight) => v.copy_from_slice(eight),
            None => {
                let rest = bytes.get(i..).unwrap_or_default();
                v[..rest.len()].copy_from_slice(rest);
            }
        }
        let v = u64::from_le_bytes(v);
        let spaces = equal_bytes(v, b' ');
        let doubled = spaces & ((spaces << 8) | (u64::from(after_space) << 7));
        if doubled != 0 || ascii_range(v, b'\t', b'\r') != 0 {
            return false;
        }
        if v & HIGH_BITS != 0 {
            // 0xC2 and 0xE0 to 0xE3 (0xE0 opens no white space, and is decoded for nothing).
            let mut leads = equal_bytes(v, 0xC2) | equal_bytes(v & every_byte(0xFC), 0xE0);
            while leads != 0 {
                if spaced_above_ascii(text, i + (leads.trailing_zeros() / 8) as usize) {
                    return false;
                }
                leads &= leads - 1;
            }
        }
        after_space = spaces >> 63 != 0;
        i += 8;
    }
    true
}

/// True when a white space character above ASCII starts at byte `at` of `text`: one of
/// four bytes first, and the character decoded.
fn spaced_above_ascii(text: &str, at: usize) -> bool {
    matches!(text.as_bytes().get(at), Some(0xC2 | 0xE1..=0xE3))
        && text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_whitespace)
}

/// Reads `texts` as articles, one each, named "0.txt", "1.txt", …: the input of the
/// stages' own tests. Panics with the text on an article that cannot be read.
#[cfg(test)]
pub(crate) fn read_texts(texts: &[&str]) -> Vec<Article> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Article::read(
                &crate::model::ArticleInput::text(*t, format!("{i}.txt")),
                ArticleId::new(i),
            )
            .unwrap_or_else(|e| panic!("{e}: {t:?}"))
        })
        .collect()
}

#[cfg(test)]
mod tests;
