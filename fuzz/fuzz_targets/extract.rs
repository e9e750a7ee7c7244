//! The article extractor over any bytes read as a web page: an article or "no article
//! found", never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = newsdigest::decode_page(data);
    if let Ok(found) = newsdigest::extract(&page) {
        let _ = found.story();
    }
});
