//! Finds where a value sits in a JSON text, so that warnings found after
//! parsing (an unknown field type, a missing i18n key) can still point at
//! `path:line:column`. serde_json keeps no spans, and the documents here are
//! small, so a second light scan is cheaper than a spanned parser dependency.

use super::diagnostic::Position;

/// Returns the position of the value reached by following `path` (object keys;
/// array indices written as decimal strings) from the document root.
pub fn locate(source: &str, path: &[&str]) -> Option<Position> {
    let mut scanner = Scanner {
        bytes: source.as_bytes(),
        at: 0,
    };
    scanner.skip_ws();
    let offset = scanner.find(path)?;
    Some(position_of(source, offset))
}

/// Like [`locate`], but the byte offset of the value (for edits that must
/// leave the rest of the file byte-identical).
pub fn locate_offset(source: &str, path: &[&str]) -> Option<usize> {
    let mut scanner = Scanner {
        bytes: source.as_bytes(),
        at: 0,
    };
    scanner.skip_ws();
    scanner.find(path)
}

/// Converts a byte offset into a 1-based line and a 1-based column counted in
/// characters, as editors show it.
pub fn position_of(source: &str, offset: usize) -> Position {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    Position { line, column }
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Skips a member or element that is not the one sought, and the comma
    /// after it; `None` when none follows (the sought one is not there).
    fn skip_item(&mut self) -> Option<()> {
        self.skip_value()?;
        self.skip_ws();
        match self.peek()? {
            b',' => {
                self.at += 1;
                Some(())
            }
            _ => None,
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// With the cursor on a value, descends along `path`; returns the offset of
    /// the value the path ends at.
    fn find(&mut self, path: &[&str]) -> Option<usize> {
        let Some((head, rest)) = path.split_first() else {
            return Some(self.at);
        };
        match self.peek()? {
            b'{' => {
                self.at += 1;
                loop {
                    self.skip_ws();
                    if self.peek()? == b'}' {
                        return None;
                    }
                    let key = self.string()?;
                    self.skip_ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.at += 1;
                    self.skip_ws();
                    if key == *head {
                        return self.find(rest);
                    }
                    self.skip_item()?;
                }
            }
            b'[' => {
                let wanted: usize = head.parse().ok()?;
                self.at += 1;
                for index in 0.. {
                    self.skip_ws();
                    if self.peek()? == b']' {
                        return None;
                    }
                    if index == wanted {
                        return self.find(rest);
                    }
                    self.skip_item()?;
                }
                None
            }
            _ => None,
        }
    }

    /// Reads a string literal and returns its raw contents (escapes are kept
    /// as written, which is enough to compare plain keys).
    fn string(&mut self) -> Option<String> {
        if self.peek()? != b'"' {
            return None;
        }
        self.at += 1;
        let start = self.at;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => {
                    let raw = std::str::from_utf8(&self.bytes[start..self.at]).ok()?;
                    self.at += 1;
                    return Some(raw.to_owned());
                }
                _ => self.at += 1,
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.at += 1;
                loop {
                    self.skip_ws();
                    match self.peek()? {
                        c if c == close => {
                            self.at += 1;
                            return Some(());
                        }
                        b',' | b':' => self.at += 1,
                        _ => self.skip_value()?,
                    }
                }
            }
            _ => {
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.at += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"widget\": {\"name\": \"x\", \"list\": [1, {\"a\": true}]},\n  \"settings\": {\n    \"k\": {\"type\": \"checkbox\"}\n  }\n}";

    #[test]
    fn finds_nested_object_values() {
        let p = locate(DOC, &["settings", "k", "type"]).unwrap();
        assert_eq!((p.line, p.column), (4, 19));
    }

    #[test]
    fn finds_array_elements() {
        let p = locate(DOC, &["widget", "list", "1", "a"]).unwrap();
        assert_eq!((p.line, p.column), (2, 45));
    }

    #[test]
    fn missing_keys_give_none() {
        assert!(locate(DOC, &["settings", "nope"]).is_none());
        assert!(locate("{", &["a"]).is_none());
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let p = locate("{\"ключ\": 1, \"b\": 2}", &["b"]).unwrap();
        assert_eq!((p.line, p.column), (1, 18));
    }
}
