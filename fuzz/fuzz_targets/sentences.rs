//! Reading one plain-text article into its sentences (normalization, cleaning,
//! segmentation): a list or a one-line error, never a panic, and every sentence (or
//! dateline) listed is the input's own text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsdigest::{sentences, ArticleInput};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let list = match sentences(&ArticleInput::text(text.clone(), "fuzz.txt")) {
        Ok(list) => list,
        Err(e) => {
            assert!(!e.to_string().contains('\n'), "one-line error: {e}");
            return;
        }
    };
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (i, shown) in list.iter().enumerate() {
        assert!(
            flat.contains(shown.as_str()),
            "sentence {i} shown as written: {shown:?}"
        );
    }
});
