//! Facts about HTML: named character references, void elements, block elements, and the
//! class and id words that mark page furniture or content (as Readability uses them).

use super::{Hashed, Words};

/// Named character references that news pages use.
pub const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("mdash", '\u{2014}'),
    ("ndash", '\u{2013}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201c}'),
    ("rdquo", '\u{201d}'),
    ("sbquo", '\u{201a}'),
    ("bdquo", '\u{201e}'),
    ("hellip", '\u{2026}'),
    ("copy", '\u{a9}'),
    ("reg", '\u{ae}'),
    ("trade", '\u{2122}'),
    ("laquo", '\u{ab}'),
    ("raquo", '\u{bb}'),
    ("middot", '\u{b7}'),
    ("bull", '\u{2022}'),
    ("deg", '\u{b0}'),
    ("euro", '\u{20ac}'),
    ("pound", '\u{a3}'),
    ("yen", '\u{a5}'),
    ("cent", '\u{a2}'),
    ("sect", '\u{a7}'),
    ("para", '\u{b6}'),
    ("times", '\u{d7}'),
    ("divide", '\u{f7}'),
    ("frac12", '\u{bd}'),
    ("frac14", '\u{bc}'),
    ("frac34", '\u{be}'),
    ("eacute", '\u{e9}'),
    ("egrave", '\u{e8}'),
    ("ecirc", '\u{ea}'),
    ("euml", '\u{eb}'),
    ("aacute", '\u{e1}'),
    ("agrave", '\u{e0}'),
    ("acirc", '\u{e2}'),
    ("auml", '\u{e4}'),
    ("aring", '\u{e5}'),
    ("atilde", '\u{e3}'),
    ("ccedil", '\u{e7}'),
    ("iacute", '\u{ed}'),
    ("iuml", '\u{ef}'),
    ("oacute", '\u{f3}'),
    ("ocirc", '\u{f4}'),
    ("ouml", '\u{f6}'),
    ("otilde", '\u{f5}'),
    ("oslash", '\u{f8}'),
    ("uacute", '\u{fa}'),
    ("ugrave", '\u{f9}'),
    ("uuml", '\u{fc}'),
    ("ntilde", '\u{f1}'),
    ("szlig", '\u{df}'),
    ("Eacute", '\u{c9}'),
    ("Auml", '\u{c4}'),
    ("Ouml", '\u{d6}'),
    ("Uuml", '\u{dc}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("zwnj", '\u{200c}'),
    ("zwj", '\u{200d}'),
    ("shy", '\u{ad}'),
    ("prime", '\u{2032}'),
    ("Prime", '\u{2033}'),
    ("minus", '\u{2212}'),
];

/// Elements that have no content and no end tag.
pub const VOID: Words = words![
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Elements whose opening tag closes an open paragraph (`<p>a<ul>`).
pub const CLOSES_PARAGRAPH: Words = words![
    "p",
    "div",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "nav",
    "form",
    "figure",
    "hr",
    "dl",
    "main",
];

/// Elements whose content is raw text up to their end tag.
pub const RAW_TEXT: Words = words![
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "noscript",
    "iframe",
    "noembed",
    "plaintext",
];

/// Elements whose text is never read: scripts, styles and the like.
pub const DEAD: Words = words!["script", "style", "noscript", "template", "head"];

/// Elements scored as paragraphs (with the `<div>`s that read as paragraphs).
pub const SCORED: Words = words!["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"];

/// Elements whose presence inside a `<div>` keeps it from reading as a paragraph.
pub const DIV_BLOCKS: Words = words![
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
];

/// Phrasing elements: they run on inside a paragraph.
pub static PHRASING: Hashed = Hashed::new(words![
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em",
    "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object",
    "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong",
    "sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "strike", "tt", "big",
]);

/// Elements removed from the chosen content outright.
pub const CLEANED: Words = words![
    "object", "embed", "footer", "link", "aside", "iframe", "input", "textarea", "select",
    "button",
];

/// ARIA roles of page furniture.
pub const FURNITURE_ROLES: Words = words![
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// Whole texts of a block that only holds an advertisement or a loading notice.
pub const AD_OR_LOADING: Words = words![
    "ad",
    "advertising",
    "advertisement",
    "pub",
    "publicité",
    "werb",
    "werbung",
    "广告",
    "реклама",
    "anuncio",
    "loading",
    "loading…",
    "loading...",
    "正在加载",
    "загрузка",
    "chargement",
    "cargando",
];

/// Hosts of embedded videos, which are kept.
pub const VIDEO_HOSTS: Words = words![
    "//www.youtube.com",
    "//youtube.com",
    "//www.youtube-nocookie.com",
    "//youtube-nocookie.com",
    "//player.vimeo.com",
    "//www.dailymotion.com",
    "//dailymotion.com",
    "//v.qq.com",
    "//archive.org",
    "//upload.wikimedia.org",
    "//player.twitch.tv",
];

/// Block elements: each starts a new paragraph of text.
pub static BLOCKS: Hashed = Hashed::new(words![
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "hr",
    "br",
    "address",
    "center",
    "details",
    "summary",
    "form",
    "fieldset",
    "caption",
]);

/// Class or id words of elements that are unlikely to be the article.
pub const UNLIKELY: Words = words![
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];

/// Class or id words that keep an element even when an unlikely word matches.
pub const MAYBE: Words = words!["and", "article", "body", "column", "content", "main", "shadow",];

/// Class or id words of content.
pub const POSITIVE: Words = words![
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

/// Class or id words of furniture.
pub const NEGATIVE: Words = words![
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];

/// Class or id words of a byline.
pub const BYLINE: Words = words!["byline", "author", "dateline", "writtenby", "p-author"];

/// Class or id words of a byline, dateline or timestamp block inside an article.
pub const BYLINE_BLOCK: Words = words![
    "byline",
    "author",
    "dateline",
    "timestamp",
    "pubdate",
    "publish-date",
    "published-date",
    "posted-on",
    "entry-meta",
    "post-meta",
    "article-meta",
    "article-date",
    "post-date",
];

/// Class or id words of a picture's caption or credit.
pub const CAPTION_MARKS: Words = words!["caption", "credit", "photo-source", "image-source"];

/// Lowercase phrases that mark a short block inside an article as page furniture:
/// prompts to subscribe, follow or share, advertising labels, notices.
pub const PROMPT_PHRASES: Words = words![
    "sign up for",
    "sign up to",
    "newsletter",
    "subscribe to",
    "subscribe now",
    "follow us",
    "share this",
    "share on",
    "continue reading",
    "advertisement",
    "all rights reserved",
    "we may earn",
];

/// Lowercase phrases that mark a short, linked block inside an article as a teaser for
/// other pages.
pub const TEASER_PHRASES: Words = words![
    "read more",
    "read next",
    "read also",
    "also read",
    "related:",
    "related stories",
    "related articles",
    "more stories",
    "recommended for you",
    "you may also like",
    "most popular",
    "click here",
];
