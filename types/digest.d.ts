// The digest JSON and the engine's inputs as TypeScript types, generated from the Rust
// types that serialize them (src/model.rs, src/extract) by tests/types.rs, which fails
// when this file differs. Regenerate: UPDATE_TYPES=1 cargo test --test types

/** One article handed to `digest`. */
export interface ArticleInput {
  /** The article: plain text, or an HTML document when `html` is true. */
  text?: string;
  /** Where it came from: a file name or URL. Shown with the article. */
  source?: string;
  /** The outlet's name when the user gave one. */
  outlet?: string | null;
  /** True when `text` is an HTML document rather than plain text. */
  html?: boolean;
}

/** Options of a digest run. */
export interface Options {
  /** The most takeaways to return (one article gives at most 5). */
  maxTakeaways?: number;
  /** The most words of all takeaways together. */
  words?: number;
}

/** The digest of a set of articles about one event. */
export interface Digest {
  /** The articles read, in input order; their `id`s are what `sources` name. */
  articles: ArticleSummary[];
  /** Key takeaways, most important first. */
  takeaways: Takeaway[];
  /** Who attended, one entry per side. */
  delegations: Delegation[];
  /** What was not agreed or remains open. */
  unresolved: Unresolved[];
  /** Direct quotes with their speakers. */
  quotes: Quote[];
  /** Checkable facts on which the outlets differ. */
  discrepancies: Discrepancy[];
}

/** What the digest reports of one article. */
export interface ArticleSummary {
  /** Short id (`a1`, `a2`, ...) used in `sources`. */
  id: string;
  /** The article's headline, or its first words when it has none. */
  title: string;
  /** The outlet, when the user or the page named it; else empty. */
  outlet: string;
  /** The file name or URL it came from. */
  source: string;
  /** Words in the article body. */
  wordCount: number;
  /** Sentences in the article body (headings not counted). */
  sentenceCount: number;
  /** When this article is a copy of an earlier one (the same text again, or wire copy with a few words changed): that article's id. A copy is one source with it, not two: the digest lists read only the first. */
  duplicateOf?: string | null;
}

/** Where an item comes from: the sentence of one article that states it. */
export interface Evidence {
  /** Id of the article (`a1`, ...). */
  source: string;
  /** The sentence of that article. */
  text: string;
  /** Where the sentence starts in that article's text as given (the `text` of its input), in UTF-16 code units, as JavaScript's `String.prototype.slice` counts; absent when not known. */
  start?: number | null;
  /** Where the sentence ends in that text (exclusive), in the same units. */
  end?: number | null;
}

/** One key takeaway with the articles that carry it. */
export interface Takeaway {
  /** The sentence that states it. */
  text: string;
  /** Ids of the articles that carry it. */
  sources: string[];
  /** The sentence each source states it in, for showing where it came from. */
  evidence: Evidence[];
}

/** The people one side sent. */
export interface Delegation {
  /** The side: a country, an international body or a group of countries. */
  side: string;
  /** Its members, the head first. */
  members: Member[];
  /** For a group of countries ("P5+1"), the countries in it that the articles name. */
  includes?: string[];
}

/** One person in a delegation. */
export interface Member {
  /** The fullest form of the name found. */
  name: string;
  /** The fullest title found. */
  title: string;
  /** True for the leader who heads the side. */
  head: boolean;
  /** Other spellings and short forms seen. */
  aliases: string[];
  /** Ids of the articles that list this person. */
  sources: string[];
  /** The sentence each source states it in, for showing where it came from. */
  evidence: Evidence[];
}

/** Something not agreed or still open. */
export interface Unresolved {
  /** A short label, e.g. "Tariffs". */
  topic: string;
  /** The sentence that says it. */
  text: string;
  /** Ids of the articles that say it. */
  sources: string[];
  /** The sentence each source states it in, for showing where it came from. */
  evidence: Evidence[];
}

/** A direct quote. */
export interface Quote {
  /** Who said it, by full name where known. */
  speaker: string;
  /** The quoted words. */
  text: string;
  /** Ids of the articles that carry it. */
  sources: string[];
  /** The sentence each source states it in, for showing where it came from. */
  evidence: Evidence[];
  /** True when the speaker is not a person the articles name: `speaker` is then how they describe the source ("a senior US official", "police", "the ministry"). */
  unnamed: boolean;
}

/** A fact the outlets state differently. */
export interface Discrepancy {
  /** What the claims are about. */
  topic: string;
  /** The differing claims, each with its sources. */
  claims: Claim[];
}

/** One side of a discrepancy. */
export interface Claim {
  /** The sentence that makes the claim. */
  text: string;
  /** Ids of the articles that make it. */
  sources: string[];
  /** The sentence each source states it in, for showing where it came from. */
  evidence: Evidence[];
}

/** The metadata of a page. */
export interface Metadata {
  /** The article's title. */
  title: string | null;
  /** Who wrote it. */
  byline: string | null;
  /** The site or outlet. */
  siteName: string | null;
  /** When it was published, as the page writes it. */
  publishedTime: string | null;
  /** The page's language code. */
  lang: string | null;
}

/** An extracted article. */
export interface Extracted extends Metadata {
  /** The body as plain text, paragraphs separated by blank lines. */
  text: string;
  /** The paragraphs of `text` that caption a figure: shown by a reader view, but they describe a picture rather than tell the story. */
  captions: string[];
  /** How the text was found when no block scored as an article: `"densest-block"` (the block with the most paragraph text) or `"page"` (all the visible text); absent when the article block was found. */
  fallback?: string | null;
}
