//! One quotation passage read in its article: its words, its speaker, its evidence.

use super::*;
use std::borrow::Cow;

/// One passage of an article with what is around it.
pub(super) struct Context<'a, 't> {
    pub(super) a: &'t Article,
    /// The article's sentences tokenized.
    pub(super) tokens: &'a Tokens<'t>,
    pub(super) passages: &'a [marks::Passage],
    pub(super) k: usize,
    pub(super) si: usize,
    /// The paragraph, counting prose paragraphs only.
    pub(super) para: usize,
    /// Offsets of the body's line breaks.
    pub(super) line_ends: &'a [u32],
}

impl<'t> Context<'_, 't> {
    /// The quote of this passage with its speaker, noting who spoke in `d`.
    pub(super) fn quote(&self, people: &People, d: &mut Discourse) -> (Option<Found>, bool) {
        let (a, p) = (self.a, &self.passages[self.k]);
        let seg = &a.segments[self.si];
        let para = self.para;
        let r = read(a, p);
        let Some(first) = r.pieces.first() else {
            return (None, false);
        };
        let lower_start = a.body[first.clone()].starts_with(char::is_lowercase);
        let prev_close = self
            .k
            .checked_sub(1)
            .map_or(0, |j| self.passages[j].close());
        let before_from = seg.span.start.max(prev_close).min(p.open());
        let after_to = self.after_end();
        let (before_ws, before_base) = self.words_of(self.si, before_from..p.open());
        // "A show called "...", a title written as one: a name, not speech.
        if r.title || attribution::names_what_follows(&before_ws) {
            return (None, false);
        }
        let outside = std::cell::OnceCell::new();
        let closes_in = sentence_at(a, p.close()).unwrap_or(self.si);
        let (after_ws, after_base) = self.words_of(closes_in, p.close()..after_to);
        let named = |ws: &[Word], base: usize, f: &attribution::Found| {
            let who = match &f.cue {
                Cue::Phrase(range) => {
                    speaker::classify(ws, range.clone(), people, d, &shown(a, base, ws))
                }
                Cue::Subject(clause) => {
                    // Words that open after an earlier quote of the sentence ("... said he
                    // was "interested" in ending the war but stressed ...") hold no
                    // subject of their own at their start: the sentence's is read.
                    let opens = ws.first().map_or(base, |w| base + w.span().start);
                    let mid_sentence = clause.start == 0
                        && a.body
                            .get(seg.span.start..opens)
                            .is_some_and(|t| t.contains(char::is_alphanumeric));
                    let in_clause =
                        ws.get(clause.clone())
                            .filter(|_| !mid_sentence)
                            .and_then(|c| {
                                let r = attribution::subject(c, c.len())?;
                                let r = clause.start + r.start..clause.start + r.end;
                                speaker::classify(ws, r, people, d, &shown(a, base, ws))
                            });
                    // The sentence's subject, its quotes left out; when it opens with a
                    // quote, that quote's speaker.
                    in_clause
                        .or_else(|| {
                            let (text, from) = self.outside_quotes(seg.span.start, p.open())?;
                            let ws = words(&text);
                            let r = attribution::subject(&ws, ws.len())?;
                            let show = shown(a, from, &ws);
                            speaker::classify(&ws, r, people, d, &show)
                        })
                        .or_else(|| d.last_in(para))
                }
            };
            // "Her daughter, Jane Doe, said": an aside when it names the person.
            let aside = f.aside.iter().find_map(|range| {
                speaker::classify(ws, range.clone(), people, d, &shown(a, base, ws))
                    .filter(|w| matches!(w, Who::Person(_)))
            });
            // A subject read from elsewhere in the sentence yields to an aside by the
            // verb ("One who did not, Jane Doe, said").
            let from_subject = matches!(f.cue, Cue::Subject(_));
            match who {
                Some(Who::Person(_)) if !(from_subject && aside.is_some()) => who,
                _ => aside.or(who),
            }
        };
        let (who, adjacent) = if let Some(f) = attribution::after(&after_ws, r.sentence_end) {
            (named(&after_ws, after_base, &f), f.adjacent)
        } else if let Some(f) = attribution::before(&before_ws) {
            (named(&before_ws, before_base, &f), f.adjacent)
        } else if let Some((f, ws, base)) = outside
            .get_or_init(|| self.outside_quotes(before_from.saturating_sub(REACH), before_from))
            .as_ref()
            .and_then(|(text, base)| {
                let ws = words(text);
                attribution::before(&ws).map(|f| (f, ws, *base))
            })
        {
            // The verb before an earlier quote of the sentence: "He said he saw the
            // "dark side" of it "flex its muscles"".
            (named(&ws, base, &f), false)
        } else if let Some(range) = attribution::according(&after_ws) {
            let show = shown(a, after_base, &after_ws);
            let who = speaker::classify(&after_ws, range, people, d, &show);
            (who, false)
        } else {
            // No cue: the speaker of the paragraph carries on, for a quote that stands as
            // its own sentence or follows another quote of the paragraph.
            let own_sentence = p.open() <= seg.span.start + 1;
            let carried = d
                .last_in(para)
                .or_else(|| own_sentence.then(|| d.carried(para)).flatten())
                .filter(|_| !lower_start);
            (carried, false)
        };
        // A short quote is speech when its verb stands right by it and it reads as an
        // utterance: a capital, a final stop or comma ("I played well," Kim said).
        let speech = adjacent && r.speech_end && !lower_start;
        let long_enough = r.words >= MIN_QUOTE_WORDS || (speech && r.words >= MIN_SPEECH_WORDS);
        let Some(who) = who else {
            return (None, false);
        };
        if !(long_enough || speech) {
            return (None, false);
        }
        d.spoke(&who, para, true);
        // Most quotes are one piece: its text as it is.
        let text = match r.pieces.as_slice() {
            [one] => a.written(one.clone()),
            pieces => pieces
                .iter()
                .map(|x| a.written(x.clone()))
                .collect::<Vec<_>>()
                .join(" "),
        };
        let found = Found {
            speaker: who,
            text,
            article: a.id,
            sentence: self.evidence(before_from, after_to),
            clause: before_from..after_to,
            marks: p.open()..p.close(),
            // Too short to list alone ("Yes," he said), but a part a next quote may go on with.
            fragment: !long_enough,
        };
        (Some(found), true)
    }

    /// The words of body range `range` and the body offset their spans count from: the
    /// token table's words of sentence `s` when the range lies in it and cuts no word,
    /// else the range read again (a word it cuts, "said:" of `said:"We`, is a word of its
    /// own there).
    fn words_of(&self, s: usize, range: Range<usize>) -> (Cow<'_, [Word<'t>]>, usize) {
        let a = self.a;
        let table = a.segments.get(s).and_then(|seg| {
            let start = seg.span.start;
            let inside = start <= range.start && range.end <= seg.span.end;
            let t = self
                .tokens
                .sentence(SentenceId::new(a.id, s))
                .filter(|_| inside)?;
            Some((
                words_within(&t.words, range.start - start..range.end - start)?,
                start,
            ))
        });
        match table {
            Some((ws, start)) => (Cow::Borrowed(ws), start),
            None => {
                let text = a.body.get(range.clone()).unwrap_or("");
                (Cow::Owned(words(text)), range.start)
            }
        }
    }

    /// The sentence from `from` to `to` ([`REACH`] bytes at most) with its earlier quotes
    /// blanked out, offsets kept, and the body offset it starts at: where a speech verb
    /// or a subject outside those quotes is looked for.
    fn outside_quotes(&self, from: usize, to: usize) -> Option<(String, usize)> {
        let seg = &self.a.segments[self.si];
        let body = &self.a.body;
        let from = ceil_boundary(body, seg.span.start.max(from));
        let to = floor_boundary(body, to.min(from + REACH));
        if from >= to {
            return None;
        }
        let mut text = body[from..to].to_string();
        // Only the quotes between `from` and `to`: a sentence of many quotes stays linear.
        let overlapping = self.passages[..self.k].partition_point(|q| q.open() < to);
        for q in self.passages[..overlapping]
            .iter()
            .rev()
            .take_while(|q| q.close() > from)
        {
            let (s, e) = (q.open().max(from), q.close().min(to));
            if s < e {
                text.replace_range(s - from..e - from, &" ".repeat(e - s));
            }
        }
        Some((text, from))
    }

    /// Where the words after the passage that may attribute it end: the end of the
    /// sentence it closes in, the next passage, or the paragraph's end.
    fn after_end(&self) -> usize {
        let (a, p) = (self.a, &self.passages[self.k]);
        let line_end = self
            .line_ends
            .get(
                self.line_ends
                    .partition_point(|&e| (e as usize) < p.close()),
            )
            .map_or(a.body.len(), |&e| e as usize);
        // The sentence the passage closes in; when a question or exclamation ends it, the
        // next sentence too ("...?" Kim asked.).
        let asks =
            a.body[..floor_boundary(&a.body, p.close().saturating_sub(1))].ends_with(['?', '!']);
        let sentence_end = sentence_at(a, p.close().saturating_sub(1)).map_or(line_end, |i| {
            let s = &a.segments[i];
            match a.segments.get(i + 1) {
                Some(n) if asks && s.span.end <= p.close() + 1 && n.paragraph == s.paragraph => {
                    n.span.end
                }
                _ => s.span.end,
            }
        });
        let next_open = self
            .passages
            .get(self.k + 1)
            .map_or(a.body.len(), |n| n.open());
        line_end.min(sentence_end).min(next_open).max(p.close())
    }

    /// The quote in its clause, as written: from `from` to `to` of the body, cut to
    /// [`CONTEXT`] bytes either side of the quote and to the quote's first paragraph.
    fn evidence(&self, from: usize, to: usize) -> Evidence {
        let (a, p) = (self.a, &self.passages[self.k]);
        // A quote over paragraphs is shown in its first one.
        let first_line_end = match p.first_piece() {
            Some(first) if p.pieces().len() > 1 => first.end,
            _ => a.body.len(),
        };
        let to = to.min(first_line_end.max(p.open()));
        a.evidence_around(from..to, p.open()..p.close(), CONTEXT)
    }
}
