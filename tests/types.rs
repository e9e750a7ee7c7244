//! The TypeScript declarations of the digest JSON (`types/digest.d.ts`) are generated from
//! the Rust types that serialize it (`src/model.rs`, and `src/extract` for `extract()`), so
//! they cannot drift: this test generates them again and fails when the file differs.
//! `UPDATE_TYPES=1 cargo test --test types` rewrites the file.
//!
//! It reads the structs' source (fields, doc comments, serde attributes) rather than
//! deriving anything, so the model stays free of TypeScript concerns; a serde attribute it
//! does not know fails the test instead of being skipped.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

/// The sources read, in the order their types are written out.
const SOURCES: [&str; 3] = [
    "src/model.rs",
    "src/extract/metadata.rs",
    "src/extract/mod.rs",
];

struct Field {
    name: String,
    ty: String,
    docs: Vec<String>,
    optional: bool,
    flatten: bool,
}

struct Struct {
    name: String,
    docs: Vec<String>,
    fields: Vec<Field>,
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The TypeScript type of a Rust field type.
fn ts_type(rust: &str, known: &[String]) -> String {
    let rust = rust.trim();
    if let Some(inner) = rust
        .strip_prefix("Option<")
        .and_then(|r| r.strip_suffix('>'))
    {
        return format!("{} | null", ts_type(inner, known));
    }
    if let Some(inner) = rust.strip_prefix("Vec<").and_then(|r| r.strip_suffix('>')) {
        let item = ts_type(inner, known);
        return if item.contains(' ') {
            format!("Array<{item}>")
        } else {
            format!("{item}[]")
        };
    }
    match rust {
        "String" | "&str" | "&'static str" => "string".into(),
        "bool" => "boolean".into(),
        "usize" | "u8" | "u16" | "u32" | "u64" | "i32" | "i64" | "f32" | "f64" => "number".into(),
        named if known.iter().any(|k| k == named) => named.into(),
        other => panic!(
            "tests/types.rs does not know how to write the Rust type `{other}` in TypeScript"
        ),
    }
}

/// The words of a `#[serde(...)]` attribute, e.g. `["rename_all = \"camelCase\"", "default"]`.
fn serde_words(line: &str) -> Option<Vec<String>> {
    let inner = line.trim().strip_prefix("#[serde(")?.strip_suffix(")]")?;
    Some(
        inner
            .split(',')
            .map(|w| w.trim().to_string())
            .filter(|w| !w.is_empty())
            .collect(),
    )
}

/// The serialized structs of `source`: those deriving `Serialize`.
fn structs(source: &str) -> Vec<Struct> {
    let mut out = Vec::new();
    let mut docs: Vec<String> = Vec::new();
    let mut attrs: Vec<String> = Vec::new();
    let mut current: Option<(Struct, bool)> = None; // the struct, and whether its fields default
    for line in source.lines() {
        let t = line.trim();
        if let Some(doc) = t.strip_prefix("///") {
            docs.push(doc.trim().to_string());
        } else if t.starts_with("#[") {
            attrs.push(t.to_string());
        } else if let Some(rest) = t.strip_prefix("pub struct ") {
            let serialized = attrs
                .iter()
                .any(|a| a.starts_with("#[derive(") && a.contains("Serialize"));
            let name = rest.trim_end_matches(['{', ' ']).to_string();
            let mut defaults = false;
            for a in &attrs {
                for w in serde_words(a).unwrap_or_default() {
                    match w.as_str() {
                        "rename_all = \"camelCase\"" => {}
                        "default" => defaults = true,
                        other => panic!(
                            "struct {name}: serde attribute `{other}` unknown to tests/types.rs"
                        ),
                    }
                }
            }
            if serialized && rest.ends_with('{') {
                current = Some((
                    Struct {
                        name,
                        docs: std::mem::take(&mut docs),
                        fields: Vec::new(),
                    },
                    defaults,
                ));
            }
            docs.clear();
            attrs.clear();
        } else if let (Some((s, defaults)), Some(rest)) = (current.as_mut(), t.strip_prefix("pub "))
        {
            let (name, ty) = rest
                .trim_end_matches(',')
                .split_once(':')
                .expect("a field `name: Type`");
            let mut field = Field {
                name: camel(name.trim()),
                ty: ty.trim().to_string(),
                docs: std::mem::take(&mut docs),
                optional: *defaults,
                flatten: false,
            };
            let mut skipped = false;
            for a in attrs.drain(..) {
                for w in serde_words(&a).unwrap_or_default() {
                    match w.as_str() {
                        // Always written out; a reader of older JSON may miss it, a writer may leave it out.
                        "default" => {}
                        "flatten" => field.flatten = true,
                        "skip" => skipped = true,
                        w if w.starts_with("skip_serializing_if") => field.optional = true,
                        w if w.starts_with("rename = ") => {
                            field.name = w[9..].trim_matches('"').to_string()
                        }
                        other => panic!(
                            "field {}.{name}: serde attribute `{other}` unknown to tests/types.rs",
                            s.name
                        ),
                    }
                }
            }
            if !skipped {
                s.fields.push(field);
            }
        } else if t == "}" {
            if let Some((s, _)) = current.take() {
                out.push(s);
            }
            docs.clear();
            attrs.clear();
        } else if !t.is_empty() && !t.starts_with("//") {
            docs.clear();
            attrs.clear();
        }
    }
    out
}

/// A doc comment for TypeScript: rustdoc links written as code.
fn doc(lines: &[String], indent: &str) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let text = lines
        .join(" ")
        .replace("[`", "`")
        .replace("`]", "`")
        .replace("crate::", "");
    format!("{indent}/** {} */\n", text.trim())
}

fn read_all(root: &Path) -> Vec<Struct> {
    SOURCES
        .iter()
        .flat_map(|p| structs(&std::fs::read_to_string(root.join(p)).expect("source file")))
        .collect()
}

/// The Markdown tables of docs/api.md's JSON section: one per type, one row per field.
fn tables(all: &[Struct]) -> String {
    let known: Vec<String> = all.iter().map(|s| s.name.clone()).collect();
    let mut out = String::new();
    for s in all {
        let text = doc(&s.docs, "");
        let text = text
            .trim()
            .trim_start_matches("/** ")
            .trim_end_matches(" */");
        out.push_str(&format!(
            "\n### `{}`\n\n{text}\n\n| field | type | meaning |\n| --- | --- | --- |\n",
            s.name
        ));
        for f in &s.fields {
            let meaning = doc(&f.docs, "");
            let meaning = meaning
                .trim()
                .trim_start_matches("/** ")
                .trim_end_matches(" */");
            let (name, ty) = if f.flatten {
                (
                    "*(flattened)*".to_string(),
                    format!("the fields of `{}`", ts_type(&f.ty, &known)),
                )
            } else {
                (
                    format!("`{}`", f.name),
                    format!("`{}`", ts_type(&f.ty, &known).replace('|', "\\|")),
                )
            };
            let optional = if f.optional { " (optional)" } else { "" };
            out.push_str(&format!(
                "| {name} | {ty}{optional} | {} |\n",
                meaning.replace('|', "\\|")
            ));
        }
    }
    out
}

fn generate(all: &[Struct]) -> String {
    let known: Vec<String> = all.iter().map(|s| s.name.clone()).collect();
    let mut out = String::from(
        "// The digest JSON and the engine's inputs as TypeScript types, generated from the Rust\n\
         // types that serialize them (src/model.rs, src/extract) by tests/types.rs, which fails\n\
         // when this file differs. Regenerate: UPDATE_TYPES=1 cargo test --test types\n",
    );
    for s in all {
        let parents: Vec<String> = s
            .fields
            .iter()
            .filter(|f| f.flatten)
            .map(|f| ts_type(&f.ty, &known))
            .collect();
        let extends = if parents.is_empty() {
            String::new()
        } else {
            format!(" extends {}", parents.join(", "))
        };
        out.push('\n');
        out.push_str(&doc(&s.docs, ""));
        out.push_str(&format!("export interface {}{extends} {{\n", s.name));
        for f in s.fields.iter().filter(|f| !f.flatten) {
            out.push_str(&doc(&f.docs, "  "));
            let q = if f.optional { "?" } else { "" };
            out.push_str(&format!("  {}{q}: {};\n", f.name, ts_type(&f.ty, &known)));
        }
        out.push_str("}\n");
    }
    out
}

#[test]
fn typescript_declarations_match_the_rust_model() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = generate(&read_all(root));
    for name in [
        "Digest",
        "ArticleInput",
        "Options",
        "Takeaway",
        "Evidence",
        "Extracted",
        "Metadata",
    ] {
        assert!(
            generated.contains(&format!("export interface {name}")),
            "{name} missing from\n{generated}"
        );
    }
    let path = root.join("types/digest.d.ts");
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::write(&path, &generated).expect("write types/digest.d.ts");
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "types/digest.d.ts differs from the Rust model: run UPDATE_TYPES=1 cargo test --test types\n--- generated:\n{generated}"
    );
}

#[test]
fn api_reference_lists_every_json_field() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = root.join("docs/api.md");
    let doc = std::fs::read_to_string(&path).expect("docs/api.md");
    let (start, end) = ("<!-- json:start -->\n", "<!-- json:end -->");
    let (head, rest) = doc
        .split_once(start)
        .expect("docs/api.md has a json:start marker");
    let (_, tail) = rest
        .split_once(end)
        .expect("docs/api.md has a json:end marker");
    let section = tables(&read_all(root));
    let wanted = format!("{head}{start}{}{end}{tail}", section.trim_start());
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::write(&path, &wanted).expect("write docs/api.md");
    }
    assert!(
        std::fs::read_to_string(&path).unwrap_or_default() == wanted,
        "docs/api.md's JSON tables differ from the Rust model: run UPDATE_TYPES=1 cargo test --test types\n{section}"
    );
}

#[test]
fn rust_types_are_written_as_typescript() {
    let known = vec!["Evidence".to_string()];
    let cases = [
        ("String", "string"),
        ("Option<String>", "string | null"),
        ("Vec<String>", "string[]"),
        ("Vec<Evidence>", "Evidence[]"),
        ("Vec<Option<usize>>", "Array<number | null>"),
        ("bool", "boolean"),
    ];
    for (rust, ts) in cases {
        assert_eq!(ts_type(rust, &known), ts, "Rust type {rust}");
    }
    assert_eq!(camel("sentence_count"), "sentenceCount");
    let parsed = structs(
        "/// A thing.\n#[derive(Serialize)]\n#[serde(rename_all = \"camelCase\", default)]\npub struct Thing {\n    /// Its word count.\n    pub word_count: usize,\n    #[serde(skip)]\n    pub hidden: bool,\n}\n",
    );
    assert_eq!(parsed.len(), 1);
    assert_eq!(parsed[0].docs, ["A thing."]);
    let names: Vec<(&str, bool)> = parsed[0]
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.optional))
        .collect();
    assert_eq!(
        names,
        [("wordCount", true)],
        "container default makes fields optional; skip drops one"
    );
}
