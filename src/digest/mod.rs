//! The digest stage: the lists of the digest built from the read articles.

mod claims;
mod concepts;
mod corpus;
mod cue_sense;
mod delegations;
mod discrepancies;
mod duplicates;
mod figures;
mod numerals;
mod phrases;
mod places;
mod porter2;
mod quotes;
mod similarity;
mod standalone;
mod takeaways;
pub(crate) mod terms;
mod topic;
mod unresolved;

use crate::article::Article;
use crate::ids::ArticleId;
use crate::model::{ArticleSummary, Digest, Options};

/// Items of a gathered list beyond which [`kept`] moves it rather than copying it.
const LONG: usize = 4096;

/// The list gathered in `scratch`, to keep: copied at its length, so that `scratch` is
/// reused for the next one, unless long (a sentence of thousands of words), which is
/// moved, not copied.
fn kept(scratch: &mut Vec<u32>) -> Vec<u32> {
    if scratch.len() >= LONG {
        std::mem::take(scratch)
    } else {
        scratch.as_slice().into()
    }
}

/// Most takeaways of a single article: its gist, not half of it.
const ONE_ARTICLE_TAKEAWAYS: usize = 5;

/// Builds the digest of `articles`. An article that copies an earlier one is listed as
/// such and left out of the lists, so that it counts as no extra source.
pub fn build(all: &[Article], options: &Options) -> Digest {
    let copies = duplicates::find(all);
    let mut digest = if copies.iter().all(Option::is_none) {
        lists(all, options)
    } else {
        let originals: Vec<Article> = all
            .iter()
            .zip(&copies)
            .filter(|(_, copy)| copy.is_none())
            .map(|(a, _)| a.clone())
            .collect();
        lists(&originals, options)
    };
    digest.articles = all
        .iter()
        .zip(&copies)
        .map(|(a, copy)| ArticleSummary {
            duplicate_of: copy.map(ArticleId::source_id),
            ..summary(a)
        })
        .collect();
    digest
}

/// The digest lists of `articles`, none of which copies another.
fn lists(articles: &[Article], options: &Options) -> Digest {
    let mut tokens = crate::tokens::Tokens::new(articles);
    let people = crate::people::find_people_in(articles, &mut tokens);
    let quoted = quotes::find(articles, &people, &tokens);
    let delegations = delegations::build(articles, &people, &tokens);
    // The stages above are the token table's only readers: its words are let go before
    // the corpus is made.
    drop(tokens);
    let lowered = crate::tokens::Lowered::new(articles);
    let corpus = corpus::Corpus::new(articles, &lowered);
    let (unresolved, open_statements) = unresolved::build(&corpus);
    let takeaways = takeaways::build(
        &corpus,
        &delegations.list_sentences,
        &open_statements,
        takeaways::Budget {
            count: options.max_takeaways.min(if articles.len() == 1 {
                ONE_ARTICLE_TAKEAWAYS
            } else {
                usize::MAX
            }),
            words: options.words,
        },
    );
    let discrepancies = discrepancies::build(&corpus, &quoted, &people);
    let quotes = quotes::entries(&quoted, &people);
    Digest {
        articles: Vec::new(),
        delegations: delegations.sides,
        takeaways,
        unresolved,
        discrepancies,
        quotes,
    }
}

fn summary(a: &Article) -> ArticleSummary {
    ArticleSummary {
        id: a.id.source_id(),
        title: a.title.clone(),
        outlet: a.outlet.clone(),
        source: a.source.clone(),
        word_count: a.word_count(),
        sentence_count: a.sentence_indices().count(),
        duplicate_of: None,
    }
}
