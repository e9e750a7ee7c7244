//! The public types of the digest: the JSON contract shared by the CLI, the wasm
//! export and the widget. Field names are camelCase in JSON.

use serde::{Deserialize, Serialize};

/// One article handed to [`crate::digest`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ArticleInput {
    /// The article: plain text, or an HTML document when `html` is true.
    pub text: String,
    /// Where it came from: a file name or URL. Shown with the article.
    pub source: String,
    /// The outlet's name when the user gave one.
    pub outlet: Option<String>,
    /// True when `text` is an HTML document rather than plain text.
    pub html: bool,
}

impl ArticleInput {
    /// A plain-text article from `source`.
    pub fn text(text: impl Into<String>, source: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            source: source.into(),
            ..Self::default()
        }
    }
}

/// Options of a digest run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// The most takeaways to return (one article gives at most 5).
    pub max_takeaways: usize,
    /// The most words of all takeaways together.
    pub words: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            max_takeaways: 10,
            words: 250,
        }
    }
}

/// The digest of a set of articles about one event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Digest {
    /// The articles read, in input order; their `id`s are what `sources` name.
    pub articles: Vec<ArticleSummary>,
    /// Key takeaways, most important first.
    pub takeaways: Vec<Takeaway>,
    /// Who attended, one entry per side.
    pub delegations: Vec<Delegation>,
    /// What was not agreed or remains open.
    pub unresolved: Vec<Unresolved>,
    /// Direct quotes with their speakers.
    pub quotes: Vec<Quote>,
    /// Checkable facts on which the outlets differ.
    pub discrepancies: Vec<Discrepancy>,
}

/// What the digest reports of one article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleSummary {
    /// Short id (`a1`, `a2`, ...) used in `sources`.
    pub id: String,
    /// The article's headline, or its first words when it has none.
    pub title: String,
    /// The outlet, when the user or the page named it; else empty.
    pub outlet: String,
    /// The file name or URL it came from.
    pub source: String,
    /// Words in the article body.
    pub word_count: usize,
    /// Sentences in the article body (headings not counted).
    pub sentence_count: usize,
    /// When this article is a copy of an earlier one (the same text again, or wire copy
    /// with a few words changed): that article's id. A copy is one source with it, not
    /// two: the digest lists read only the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
}

/// Where an item comes from: the sentence of one article that states it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    /// Id of the article (`a1`, ...).
    pub source: String,
    /// The sentence of that article.
    pub text: String,
    /// Where the sentence starts in that article's text as given (the `text` of its
    /// input), in UTF-16 code units, as JavaScript's `String.prototype.slice` counts;
    /// absent when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// Where the sentence ends in that text (exclusive), in the same units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// One key takeaway with the articles that carry it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Takeaway {
    /// The sentence that states it.
    pub text: String,
    /// Ids of the articles that carry it.
    pub sources: Vec<String>,
    /// The sentence each source states it in, for showing where it came from.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// The people one side sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Delegation {
    /// The side: a country, an international body or a group of countries.
    pub side: String,
    /// Its members, the head first.
    pub members: Vec<Member>,
    /// For a group of countries ("P5+1"), the countries in it that the articles name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub includes: Vec<String>,
}

/// One person in a delegation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    /// The fullest form of the name found.
    pub name: String,
    /// The fullest title found.
    pub title: String,
    /// True for the leader who heads the side.
    pub head: bool,
    /// Other spellings and short forms seen.
    pub aliases: Vec<String>,
    /// Ids of the articles that list this person.
    pub sources: Vec<String>,
    /// The sentence each source states it in, for showing where it came from.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// Something not agreed or still open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Unresolved {
    /// A short label, e.g. "Tariffs".
    pub topic: String,
    /// The sentence that says it.
    pub text: String,
    /// Ids of the articles that say it.
    pub sources: Vec<String>,
    /// The sentence each source states it in, for showing where it came from.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// A direct quote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// Who said it, by full name where known.
    pub speaker: String,
    /// The quoted words.
    pub text: String,
    /// Ids of the articles that carry it.
    pub sources: Vec<String>,
    /// The sentence each source states it in, for showing where it came from.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// True when the speaker is not a person the articles name: `speaker` is then how they
    /// describe the source ("a senior US official", "police", "the ministry").
    #[serde(default)]
    pub unnamed: bool,
}

/// A fact the outlets state differently.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Discrepancy {
    /// What the claims are about.
    pub topic: String,
    /// The differing claims, each with its sources.
    pub claims: Vec<Claim>,
}

/// One side of a discrepancy.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    /// The sentence that makes the claim.
    pub text: String,
    /// Ids of the articles that make it.
    pub sources: Vec<String>,
    /// The sentence each source states it in, for showing where it came from.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}
