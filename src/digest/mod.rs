//! The digest stage: the lists of the digest built from the read articles.

mod delegations;
mod takeaways;

use crate::article::Article;
use crate::model::{ArticleSummary, Digest, Options};

/// Builds the digest of `articles`.
pub fn build(articles: &[Article], options: &Options) -> Digest {
    let people = crate::people::find_people(articles);
    Digest {
        articles: articles.iter().map(summary).collect(),
        delegations: delegations::build(articles, &people),
        takeaways: takeaways::lead_sentences(articles, options.max_takeaways),
        ..Digest::default()
    }
}

fn summary(a: &Article) -> ArticleSummary {
    ArticleSummary {
        id: a.id.clone(),
        title: a.title.clone(),
        outlet: a.outlet.clone(),
        source: a.source.clone(),
        word_count: a.word_count(),
        sentence_count: a.sentence_indices().count(),
    }
}
