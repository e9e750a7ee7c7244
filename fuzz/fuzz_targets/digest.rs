//! The whole digest over one to four articles cut from the input at NUL bytes; the first
//! byte says which of them are HTML. It returns a digest or a clear error, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsdigest::{digest, ArticleInput, Options};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let inputs: Vec<ArticleInput> = rest
        .split(|&b| b == 0)
        .take(4)
        .enumerate()
        .map(|(i, part)| ArticleInput {
            text: newsdigest::decode_page(part),
            source: format!("fuzz{i}"),
            outlet: None,
            html: flags & (1 << i) != 0,
        })
        .collect();
    match digest(&inputs, &Options::default()) {
        Ok(d) => {
            assert_eq!(d.articles.len(), inputs.len());
            assert!(d.takeaways.len() <= Options::default().max_takeaways);
        }
        Err(e) => assert!(!e.to_string().contains('\n'), "one-line error: {e}"),
    }
});
