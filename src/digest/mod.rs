//! The digest stage: the lists of the digest built from the read articles.

mod corpus;
mod delegations;
mod discrepancies;
mod phrases;
mod quotes;
mod similarity;
mod standalone;
mod takeaways;
mod unresolved;

use crate::article::Article;
use crate::model::{ArticleSummary, Digest, Options};

/// Builds the digest of `articles`.
pub fn build(articles: &[Article], options: &Options) -> Digest {
    let tokens = crate::people::tokens::Tokens::new(articles);
    let people = crate::people::find_people_in(articles, &tokens);
    let lowered = corpus::Lowered::new(articles);
    let corpus = corpus::Corpus::new(articles, &lowered);
    let quoted = quotes::find(articles, &people, &tokens);
    let delegations = delegations::build(articles, &people, &tokens);
    let (unresolved, open_statements) = unresolved::build(&corpus);
    Digest {
        articles: articles.iter().map(summary).collect(),
        delegations: delegations.sides,
        takeaways: takeaways::build(
            &corpus,
            &delegations.list_sentences,
            &open_statements,
            options.max_takeaways,
        ),
        unresolved,
        discrepancies: discrepancies::build(&corpus, &quoted, &people),
        quotes: quotes::entries(&quoted, &people, |a| corpus.ids(a)),
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
