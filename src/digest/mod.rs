//! The digest stage: the lists of the digest built from the read articles.

mod takeaways;

use crate::article::Article;
use crate::model::{ArticleSummary, Digest, Options};

/// Builds the digest of `articles`.
pub fn build(articles: &[Article], options: &Options) -> Digest {
    Digest {
        articles: articles.iter().map(summary).collect(),
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
