//! The WebAssembly export in a real browser (`wasm-pack test --headless --chrome`): the JS
//! object the wasm `digest` returns for the seed articles equals the native CLI's JSON
//! (tests/golden/seeds/expected.json), and bad input throws instead of panicking. On real
//! pages parsed into documents by the browser, the live-DOM reader gives the text the
//! string parser gives, and every piece of evidence leads to a DOM Range over its sentence.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use newsdigest::ArticleInput;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEEDS: [(&str, &str); 5] = [
    (
        "000_4f784b4cfed49461.txt",
        include_str!("fixtures/seeds/000_4f784b4cfed49461.txt"),
    ),
    (
        "001_6c718804cc038f68.txt",
        include_str!("fixtures/seeds/001_6c718804cc038f68.txt"),
    ),
    (
        "002_a385af989d155fce.txt",
        include_str!("fixtures/seeds/002_a385af989d155fce.txt"),
    ),
    (
        "003_4d437da7fb1250dd.txt",
        include_str!("fixtures/seeds/003_4d437da7fb1250dd.txt"),
    ),
    (
        "004_7cbec37ae3e3c58b.txt",
        include_str!("fixtures/seeds/004_7cbec37ae3e3c58b.txt"),
    ),
];

/// `v` as the plain JS object its JSON gives.
fn to_js<T: serde::Serialize>(v: &T) -> JsValue {
    js_sys::JSON::parse(&serde_json::to_string(v).unwrap()).unwrap()
}

/// The value a plain JS object stands for, read through its JSON.
fn from_js<T: serde::de::DeserializeOwned>(v: JsValue) -> T {
    let json: String = js_sys::JSON::stringify(&v).unwrap().into();
    serde_json::from_str(&json).unwrap()
}

#[wasm_bindgen_test]
fn wasm_digest_of_the_seeds_equals_the_native_json() {
    let inputs: Vec<ArticleInput> = SEEDS
        .iter()
        .map(|(name, text)| ArticleInput::text(*text, *name))
        .collect();
    let result = newsdigest::wasm::digest(to_js(&inputs), JsValue::UNDEFINED)
        .unwrap_or_else(|_| panic!("digest failed"));
    let got: serde_json::Value = from_js(result);
    let want: serde_json::Value =
        serde_json::from_str(include_str!("golden/seeds/expected.json")).unwrap();
    assert_eq!(got, want);
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_not_a_panic() {
    let empty: Vec<ArticleInput> = Vec::new();
    assert!(newsdigest::wasm::digest(to_js(&empty), JsValue::UNDEFINED).is_err());
    assert!(
        newsdigest::wasm::digest(JsValue::from_str("not an array"), JsValue::UNDEFINED).is_err()
    );
    let blank = vec![ArticleInput::text("  \n  ", "blank")];
    assert!(newsdigest::wasm::digest(to_js(&blank), JsValue::NULL).is_err());
}

/// The message of the `Error` a failed call throws.
fn message(err: wasm_bindgen::JsError) -> String {
    let v: JsValue = err.into();
    String::from(js_sys::Error::from(v).message())
}

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn arguments_are_read_from_plain_objects_with_clear_errors() {
    let story = "The ministers met in Geneva on Monday for talks on the water treaty. They agreed to meet again in May. The talks ended without a deal on the dam.";
    let one = format!(r#"[{{"text": {story:?}, "source": "a.txt", "outlet": null}}]"#);
    let d = newsdigest::wasm::digest(js(&one), js(r#"{"words": 12}"#)).unwrap();
    let d: newsdigest::Digest = from_js(d);
    assert_eq!(d.articles[0].source, "a.txt");
    let words: usize = d
        .takeaways
        .iter()
        .map(|t| t.text.split_whitespace().count())
        .sum();
    assert!(words <= 14, "a 12-word budget: {:?}", d.takeaways);
    let cases = [
        ("\"text\"", "null", "not an array"),
        ("[1]", "null", "item 1 is not an object"),
        (r#"[{"source": "x"}]"#, "null", "item 1 has no text string"),
        (
            r#"[{"text": "A b c.", "outlet": 3}]"#,
            "null",
            "outlet that is not a string",
        ),
        (
            r#"[{"text": "A b c.", "html": "yes"}]"#,
            "null",
            "html that is not true or false",
        ),
        (&one, r#"{"words": -1}"#, "words must be a whole number"),
        (
            &one,
            r#"{"maxTakeaways": 2.5}"#,
            "maxTakeaways must be a whole number",
        ),
        (&one, "7", "bad options: not an object"),
    ];
    for (articles, options, want) in cases {
        let err = newsdigest::wasm::digest(js(articles), js(options))
            .err()
            .unwrap_or_else(|| panic!("{articles} {options}: no error"));
        let got = message(err);
        assert!(got.contains(want), "{articles} {options}: {got:?}");
    }
}

/// Real pages of Mozilla Readability's test suite (tests/fixtures/readability-pages).
const PAGES: [(&str, &str); 3] = [
    (
        "herald-sun-1",
        include_str!("fixtures/readability-pages/herald-sun-1/source.html"),
    ),
    (
        "la-nacion",
        include_str!("fixtures/readability-pages/la-nacion/source.html"),
    ),
    (
        "wapo-1",
        include_str!("fixtures/readability-pages/wapo-1/source.html"),
    ),
];

/// `html` parsed by the browser into a document (as a page the widget sits on).
fn document(html: &str) -> web_sys::Document {
    web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .unwrap()
}

fn read(root: &web_sys::Node, whole: bool) -> newsdigest::wasm::page::Page {
    newsdigest::wasm::page::read_page(root, whole)
        .unwrap_or_else(|_| panic!("no text read from the page"))
}

/// Token F1 of `got` against `want` (words, lowercased, counted with repeats).
fn f1(got: &str, want: &str) -> f64 {
    let tokens = |s: &str| {
        let mut v: Vec<String> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        v.sort();
        v
    };
    let (g, w) = (tokens(got), tokens(want));
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < g.len() && j < w.len() {
        match g[i].cmp(&w[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (
        common as f64 / g.len() as f64,
        common as f64 / w.len() as f64,
    );
    2.0 * p * r / (p + r)
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

#[wasm_bindgen_test]
fn the_live_dom_reads_as_the_parsed_page() {
    for (name, html) in PAGES {
        let doc = document(html);
        let page = read(&doc.document_element().unwrap(), true);
        let live: serde_json::Value = from_js(page.article().ok().unwrap());
        let parsed = newsdigest::extract(html).unwrap();
        let text = live["text"].as_str().unwrap_or_default();
        let score = f1(text, &parsed.text);
        assert!(
            score >= 0.99,
            "{name}: F1 {score}\n{text}\n---\n{}",
            parsed.text
        );
        assert_eq!(
            live["title"].as_str(),
            parsed.metadata.title.as_deref(),
            "{name}"
        );
        assert_eq!(
            page.text(),
            parsed.story(),
            "{name}: the story leaves the captions out"
        );
    }
}

/// Every piece of evidence of the digest of `page`'s text, as (sentence, start, end).
fn evidence_of(page: &newsdigest::wasm::page::Page) -> Vec<(String, Option<usize>, Option<usize>)> {
    let d = newsdigest::digest(
        &[ArticleInput::text(page.text(), "page")],
        &Default::default(),
    )
    .unwrap();
    let mut out = Vec::new();
    let lists = d
        .takeaways
        .iter()
        .flat_map(|t| &t.evidence)
        .chain(d.unresolved.iter().flat_map(|u| &u.evidence))
        .chain(d.quotes.iter().flat_map(|q| &q.evidence));
    for e in lists {
        out.push((e.text.clone(), e.start, e.end));
    }
    out
}

#[wasm_bindgen_test]
fn evidence_offsets_lead_to_ranges_over_the_very_sentence() {
    for (name, html) in PAGES {
        let doc = document(html);
        let whole = read(&doc.document_element().unwrap(), true);
        // The article element read as it stands, as the widget reads a marked article.
        let marked = doc
            .get_elements_by_tag_name("article")
            .item(0)
            .map(|a| read(&a, false));
        for page in std::iter::once(&whole).chain(marked.as_ref()) {
            let evidence = evidence_of(page);
            assert!(!evidence.is_empty(), "{name}: no evidence");
            for (sentence, start, end) in evidence {
                let ranges = match (start, end) {
                    (Some(s), Some(e)) => page.ranges(s, e),
                    _ => page.find(&sentence),
                };
                assert!(!ranges.is_empty(), "{name}: no range for {sentence:?}");
                let got: String = ranges.iter().map(|r| String::from(r.to_string())).collect();
                assert_eq!(squeeze(&got), squeeze(&sentence), "{name}");
            }
        }
        assert!(
            whole.ranges(0, 1_000_000_000).is_empty(),
            "{name}: out of range"
        );
        assert!(whole
            .find("words that are not on the page at all")
            .is_empty());
    }
}
