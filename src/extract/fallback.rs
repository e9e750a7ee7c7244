//! What a page gives when no block scores as an article: the densest block of text (the
//! element whose own paragraphs hold the most text outside links), else all the visible
//! text, so that a reader always gets the words the page shows.

use super::dom::Dom;
use super::layout::{lay_out, Laid};
use super::prep::Prepared;
use super::stats::Stats;

/// Elements that hold running text directly.
const PARAGRAPHS: &[&str] = &["p", "pre", "blockquote", "li", "td", "dd", "h2", "h3", "h4"];

fn prose(st: &Stats) -> f32 {
    st.prose()
}

/// The block whose paragraph children hold the most text outside links, with that amount.
fn densest(dom: &Dom, prep: &Prepared, base: &[Stats]) -> Option<(usize, f32)> {
    let mut best: Option<(usize, f32)> = None;
    let mut stack = vec![prep.body];
    while let Some(n) = stack.pop() {
        if prep.dead[n] || dom.is_text(n) || dom.name(n) == "a" {
            continue;
        }
        stack.extend(dom.children[n].iter().copied());
        if base[n].link_density() > 0.5 {
            continue;
        }
        let amount: f32 = dom.children[n]
            .iter()
            .filter(|&&c| !prep.dead[c] && (dom.is_text(c) || PARAGRAPHS.contains(&dom.name(c))))
            .map(|&c| prose(&base[c]))
            .sum();
        if amount > 0.0 && best.is_none_or(|(_, b)| amount > b) {
            best = Some((n, amount));
        }
    }
    best
}

/// The text to give when the best attempt found little (`found`: its blocks, what it set
/// aside and its text outside links; `whole_page`: nothing scored and it read the whole
/// body): the attempt's own text unless the densest block holds twice as much prose, and
/// when the attempt holds no prose, the whole page; `None` when the
/// page shows no text outside links. The second item names the fallback taken; `starts`
/// is passed on to [`lay_out`].
pub fn weak(
    dom: &Dom,
    prep: &Prepared,
    base: &[Stats],
    found: (&[usize], &[bool], f32),
    whole_page: bool,
    starts: Option<&[u32]>,
) -> Option<(Laid, Option<&'static str>)> {
    let (roots, gone, found_prose) = found;
    if let Some((block, amount)) = densest(dom, prep, base) {
        if amount > 2.0 * found_prose {
            let laid = lay_out(dom, &[block], &prep.dead, starts);
            return Some((laid, Some("densest-block")));
        }
    }
    if found_prose >= 1.0 {
        let laid = lay_out(dom, roots, gone, starts);
        return Some((laid, whole_page.then_some("page")));
    }
    if prose(&base[prep.body]) < 1.0 {
        return None;
    }
    let laid = lay_out(dom, &[prep.body], &prep.dead, starts);
    Some((laid, Some("page")))
}
