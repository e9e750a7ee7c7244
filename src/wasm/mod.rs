//! The WebAssembly boundary: the only module that knows about wasm-bindgen, web-sys and
//! js-sys.
//!
//! Takes plain JS objects (read field by field, [`input`]) and returns them as JSON text
//! that the engine's `JSON.parse` reads (faster than building them call by call), so the
//! JS object equals the CLI's JSON. Errors reach JS as real `Error` objects. The host
//! page's DOM is read in place ([`live`], [`page`]).

mod input;
pub mod live;
pub mod page;

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Installs the panic hook once, when the module starts. The page's build aborts at once
/// on a panic and never runs a hook, so it carries none.
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(not(panic = "immediate-abort"))]
    console_error_panic_hook::set_once();
}

/// `digest(articles, options?)`: the digest of an array of `{text, source, outlet?, html?}`
/// objects. Throws an `Error` with a clear message on bad input.
#[wasm_bindgen]
pub fn digest(articles: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    to_js(&run(articles, options)?)
}

/// `digestMarkdown(articles, options?)`: the same digest as Markdown text.
#[wasm_bindgen(js_name = digestMarkdown)]
pub fn digest_markdown(articles: JsValue, options: JsValue) -> Result<String, JsError> {
    Ok(crate::render::to_markdown(&run(articles, options)?))
}

fn run(articles: JsValue, options: JsValue) -> Result<crate::Digest, JsError> {
    let articles = input::articles(&articles)?;
    let options = input::options(&options)?;
    crate::digest(&articles, &options).map_err(|e| JsError::new(&e.to_string()))
}

/// `extract(html)`: the article of an HTML page and its metadata, as
/// `{title, byline, siteName, publishedTime, lang, text, captions}` (`captions`: the
/// paragraphs of `text` that caption a figure). Throws an `Error` when the page has no
/// article.
#[wasm_bindgen]
pub fn extract(html: &str) -> Result<JsValue, JsError> {
    let page = crate::extract::extract(html).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&page)
}

pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&text)
        .map_err(|_| JsError::new("the digest could not be handed to the page"))
}
