//! Takeaways: for now, the lead sentence of each article, the same sentence from
//! several articles merged into one entry with all their sources.

use crate::article::Article;
use crate::model::Takeaway;

/// The first sentence of each article, in input order, at most `max` of them.
pub fn lead_sentences(articles: &[Article], max: usize) -> Vec<Takeaway> {
    let mut out: Vec<Takeaway> = Vec::new();
    for a in articles {
        let Some(i) = a.sentence_indices().next() else {
            continue;
        };
        let text = a.text(i).to_string();
        match out.iter_mut().find(|t| t.text == text) {
            Some(t) => t.sources.push(a.id.clone()),
            None => out.push(Takeaway {
                text,
                sources: vec![a.id.clone()],
            }),
        }
    }
    out.truncate(max);
    out
}
