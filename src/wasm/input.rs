//! The digest's arguments read from plain JS values: an array of `{text, source, outlet?,
//! html?}` objects and an optional `{maxTakeaways?, words?}`.
//!
//! Read field by field through `Reflect` rather than by a serde deserializer: the
//! deserializer's error paths carry float formatting and generic code that made about a
//! tenth of the page's download, for the same checks and clearer messages.

use crate::model::{ArticleInput, Options};
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsError, JsValue};

/// The articles in `value`, or an error naming what is wrong.
pub fn articles(value: &JsValue) -> Result<Vec<ArticleInput>, JsError> {
    let shape = "articles must be an array of {text, source} objects";
    let list: &Array = value
        .dyn_ref()
        .ok_or_else(|| JsError::new(&format!("{shape}: not an array")))?;
    let mut out = Vec::with_capacity(list.length() as usize);
    for (i, item) in list.iter().enumerate() {
        let n = i + 1;
        if !item.is_object() {
            return Err(JsError::new(&format!("{shape}: item {n} is not an object")));
        }
        let text = field(&item, "text")
            .as_string()
            .ok_or_else(|| JsError::new(&format!("{shape}: item {n} has no text string")))?;
        let source = optional_string(&item, "source", n, shape)?.unwrap_or_default();
        let outlet = optional_string(&item, "outlet", n, shape)?;
        let html = field(&item, "html");
        let html = if html.is_undefined() || html.is_null() {
            false
        } else {
            html.as_bool().ok_or_else(|| {
                JsError::new(&format!(
                    "{shape}: item {n} has an html that is not true or false"
                ))
            })?
        };
        out.push(ArticleInput {
            text,
            source,
            outlet,
            html,
        });
    }
    Ok(out)
}

/// The options in `value` (undefined or null for the defaults).
pub fn options(value: &JsValue) -> Result<Options, JsError> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() {
        return Err(JsError::new("bad options: not an object"));
    }
    if let Some(n) = count(value, "maxTakeaways")? {
        options.max_takeaways = n;
    }
    if let Some(n) = count(value, "words")? {
        options.words = n;
    }
    Ok(options)
}

fn field(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn optional_string(
    object: &JsValue,
    key: &str,
    n: usize,
    shape: &str,
) -> Result<Option<String>, JsError> {
    let v = field(object, key);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_string().map(Some).ok_or_else(|| {
        JsError::new(&format!(
            "{shape}: item {n} has a {key} that is not a string"
        ))
    })
}

/// A whole, non-negative number under `key`, if given.
fn count(object: &JsValue, key: &str) -> Result<Option<usize>, JsError> {
    let v = field(object, key);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    match v.as_f64() {
        Some(x) if x >= 0.0 && x.fract() == 0.0 && x <= u32::MAX as f64 => Ok(Some(x as usize)),
        _ => Err(JsError::new(&format!(
            "bad options: {key} must be a whole number of 0 or more"
        ))),
    }
}
