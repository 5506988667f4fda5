//! The page's DOM as a canonical tree, to tell whether two renders of a screen are the same:
//! the prerendered welcome in index.html (the server renderer's HTML, parsed by the browser) and
//! the app's own render of it (the browser's DOM calls).

use serde_json::{json, Value};

use super::{Browser, TestResult};

/// One canonical tree per child of the element `arguments[0]` finds: tag, attributes sorted
/// by name, children with comments dropped and adjacent text joined. A form control's `value`
/// and `checked` are read as properties, never attributes: the server renderer writes them as
/// attributes, the browser's renderer sets the properties, and a person sees the properties.
pub const CANONICAL_TREE: &str = r#"
    const canon = (node) => {
        const control = ['INPUT', 'TEXTAREA', 'SELECT'].includes(node.tagName);
        const out = { tag: node.tagName.toLowerCase(), attributes: {}, children: [] };
        [...node.attributes]
            .filter(a => !(control && (a.name === 'value' || a.name === 'checked')))
            .sort((a, b) => (a.name < b.name ? -1 : 1))
            .forEach(a => { out.attributes[a.name] = a.value; });
        if (control) { out.checked = !!node.checked; out.value = node.value; }
        let text = '';
        for (const child of node.childNodes) {
            if (child.nodeType === Node.TEXT_NODE) { text += child.data; continue; }
            if (child.nodeType !== Node.ELEMENT_NODE) { continue; }
            if (text) { out.children.push(text); text = ''; }
            out.children.push(canon(child));
        }
        if (text) { out.children.push(text); }
        return out;
    };
    const root = document.querySelector(arguments[0]);
    return root ? [...root.children].map(canon) : null;
"#;

pub async fn tree(browser: &Browser, selector: &str) -> Result<Value, Box<dyn std::error::Error>> {
    let tree = browser
        .client
        .execute(CANONICAL_TREE, vec![json!(selector)])
        .await?;
    if tree.is_null() {
        return Err(format!("nothing matches {selector}").into());
    }
    Ok(tree)
}

/// The JSON path of the first difference between two trees, or None when they are equal.
pub fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|key| {
                first_difference(
                    x.get(key).unwrap_or(&Value::Null),
                    y.get(key).unwrap_or(&Value::Null),
                    &format!("{path}.{key}"),
                )
            })
        }
        (Value::Array(x), Value::Array(y)) => (0..x.len().max(y.len())).find_map(|i| {
            first_difference(
                x.get(i).unwrap_or(&Value::Null),
                y.get(i).unwrap_or(&Value::Null),
                &format!("{path}[{i}]"),
            )
        }),
        _ if a == b => None,
        _ => Some(format!("{path}: {a} != {b}")),
    }
}

pub fn assert_same_tree(prerender: &Value, app: &Value) -> TestResult {
    match first_difference(prerender, app, "") {
        None => Ok(()),
        Some(difference) => Err(format!(
            "the prerendered screen differs from the app's first render at {difference}"
        )
        .into()),
    }
}
