//! The WebAssembly export in a real browser (`wasm-pack test --headless --chrome`): the JS
//! object the wasm `digest` returns for the seed articles equals the native CLI's JSON
//! (tests/golden/seeds/expected.json), and bad input throws instead of panicking.
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

fn to_js<T: serde::Serialize>(v: &T) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap()
}

#[wasm_bindgen_test]
fn wasm_digest_of_the_seeds_equals_the_native_json() {
    let inputs: Vec<ArticleInput> = SEEDS
        .iter()
        .map(|(name, text)| ArticleInput::text(*text, *name))
        .collect();
    let result = newsdigest::wasm::digest(to_js(&inputs), JsValue::UNDEFINED)
        .unwrap_or_else(|_| panic!("digest failed"));
    let got: serde_json::Value = serde_wasm_bindgen::from_value(result).unwrap();
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
