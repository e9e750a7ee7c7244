//! Reading one plain-text article: normalization, cleaning, segmentation. Every segment
//! lies in the body in order, and every sentence shown is the input's own text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsdigest::article::Article;
use newsdigest::ArticleInput;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    for r in newsdigest::segment::sentences::split(&text) {
        assert!(
            text.get(r).is_some(),
            "sentence span on character boundaries"
        );
    }
    let Ok(a) = Article::read(&ArticleInput::text(text.clone(), "fuzz.txt"), 0) else {
        return;
    };
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut end = 0;
    for (i, s) in a.segments.iter().enumerate() {
        assert!(
            s.span.start >= end && s.span.end <= a.body.len(),
            "segments in order"
        );
        assert!(
            a.body.get(s.span.clone()).is_some(),
            "segment on character boundaries"
        );
        end = s.span.end;
        let shown = a.shown(i);
        assert!(
            flat.contains(&shown),
            "segment {i} shown as written: {shown:?}"
        );
    }
});
