//! Reading amoCRM-style query strings and form bodies: `filter[id][]=1`,
//! `filter[id][0]=1`, `settings[phones][504141]=1039`: the bracket syntax
//! PHP and jQuery's `$.param` use, which neither `web::Query` nor
//! serde_urlencoded reads. No actix here, so it is unit-tested alone.

use percent_encoding::percent_decode_str;
use serde_json::{Map, Value};

/// `a=1&b=x+y` → `[("a","1"), ("b","x y")]`, keys and values decoded.
pub fn pairs(raw: &str) -> Vec<(String, String)> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// `filter[id][]` → `["filter", "id", ""]`; `page` → `["page"]`.
pub fn key_path(key: &str) -> Vec<&str> {
    let Some(open) = key.find('[') else {
        return vec![key];
    };
    let mut parts = vec![&key[..open]];
    let mut rest = &key[open..];
    while let Some(inner) = rest.strip_prefix('[') {
        let Some(close) = inner.find(']') else {
            break;
        };
        parts.push(&inner[..close]);
        rest = &inner[close + 1..];
    }
    parts
}

/// Decoded pairs as nested JSON, as PHP would read a form: `a[b]=1` →
/// `{"a": {"b": "1"}}`, `a[]=1&a[]=2` → `{"a": ["1", "2"]}`. Every value
/// is a string.
pub fn nested(pairs: &[(String, String)]) -> Map<String, Value> {
    let mut root = Value::Object(Map::new());
    for (key, value) in pairs {
        insert(&mut root, &key_path(key), Value::String(value.clone()));
    }
    match root {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

fn insert(node: &mut Value, path: &[&str], value: Value) {
    let Some((first, rest)) = path.split_first() else {
        *node = value;
        return;
    };
    if first.is_empty() {
        if !node.is_array() {
            *node = Value::Array(Vec::new());
        }
        let items = node.as_array_mut().expect("just made an array");
        items.push(Value::Null);
        let last = items.last_mut().expect("just pushed");
        insert(last, rest, value);
        return;
    }
    if !node.is_object() {
        *node = Value::Object(Map::new());
    }
    let map = node.as_object_mut().expect("just made an object");
    let child = map.entry(first.to_string()).or_insert(Value::Null);
    insert(child, rest, value);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_brackets_as_php_does() {
        let p = pairs("filter%5Bid%5D%5B%5D=1&filter[id][]=2&settings[phones][504141]=10+39&x=");
        assert_eq!(
            Value::Object(nested(&p)),
            json!({"filter": {"id": ["1", "2"]}, "settings": {"phones": {"504141": "10 39"}}, "x": ""})
        );
        assert_eq!(key_path("page"), vec!["page"]);
        assert_eq!(key_path("filter[id][0]"), vec!["filter", "id", "0"]);
    }
}
