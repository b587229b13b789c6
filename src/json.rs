//! A small JSON writer for query results.
//!
//! Results cross into JavaScript as one JSON string that the browser parses
//! natively: this keeps serde's generic serialisation code out of the wasm
//! module, where it cost more than everything else together. The same
//! writer serves the native command, so both sides emit identical JSON.
//!
//! ```
//! use news_timeline::json::{Json, ToJson};
//! let mut j = Json::new();
//! j.object(|o| {
//!     o.field("name", &"Kalın \"MIT\"");
//!     o.field("count", &3u32);
//!     o.field("none", &None::<String>);
//! });
//! assert_eq!(j.finish(), r#"{"name":"Kalın \"MIT\"","count":3,"none":null}"#);
//! ```

/// The JSON text being written.
#[derive(Debug, Default)]
pub struct Json(String);

/// Something that writes itself as one JSON value.
pub trait ToJson {
    fn to_json(&self, j: &mut Json);
}

impl Json {
    pub fn new() -> Json {
        Json(String::new())
    }

    pub fn finish(self) -> String {
        self.0
    }

    /// A JSON string with every character JSON requires escaped.
    pub fn string(&mut self, s: &str) {
        self.0.push('"');
        for c in s.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\t' => self.0.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let n = c as usize;
                    self.0.push_str("\\u00");
                    self.0.push(char::from(HEX[n >> 4]));
                    self.0.push(char::from(HEX[n & 15]));
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    /// A whole number, written without the formatting machinery.
    pub fn integer(&mut self, n: i64) {
        if n < 0 {
            self.0.push('-');
        }
        let mut digits = [0u8; 20];
        let mut len = 0;
        let mut m = n.unsigned_abs();
        loop {
            digits[len] = b'0' + (m % 10) as u8;
            len += 1;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        for &d in digits[..len].iter().rev() {
            self.0.push(char::from(d));
        }
    }

    pub fn raw(&mut self, text: &str) {
        self.0.push_str(text);
    }

    pub fn object(&mut self, fill: impl FnOnce(&mut Object<'_>)) {
        self.0.push('{');
        let mut o = Object {
            json: self,
            first: true,
        };
        fill(&mut o);
        self.0.push('}');
    }

    pub fn array<T: ToJson>(&mut self, items: &[T]) {
        self.0.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            item.to_json(self);
        }
        self.0.push(']');
    }
}

/// An object being written: fields in the order given.
pub struct Object<'a> {
    json: &'a mut Json,
    first: bool,
}

impl Object<'_> {
    pub fn field(&mut self, name: &str, value: &dyn ToJson) {
        if !self.first {
            self.json.0.push(',');
        }
        self.first = false;
        self.json.string(name);
        self.json.0.push(':');
        value.to_json(self.json);
    }
}

impl ToJson for str {
    fn to_json(&self, j: &mut Json) {
        j.string(self);
    }
}

impl ToJson for String {
    fn to_json(&self, j: &mut Json) {
        j.string(self);
    }
}

impl ToJson for &str {
    fn to_json(&self, j: &mut Json) {
        j.string(self);
    }
}

impl ToJson for bool {
    fn to_json(&self, j: &mut Json) {
        j.raw(if *self { "true" } else { "false" });
    }
}

impl ToJson for u32 {
    fn to_json(&self, j: &mut Json) {
        j.integer(i64::from(*self));
    }
}

impl ToJson for i32 {
    fn to_json(&self, j: &mut Json) {
        j.integer(i64::from(*self));
    }
}

impl ToJson for usize {
    fn to_json(&self, j: &mut Json) {
        j.integer(*self as i64);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self, j: &mut Json) {
        match self {
            Some(v) => v.to_json(j),
            None => j.raw("null"),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, j: &mut Json) {
        j.array(self);
    }
}

/// Writes any value as a JSON string.
pub fn to_string(value: &dyn ToJson) -> String {
    let mut j = Json::new();
    value.to_json(&mut j);
    j.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_json_requires() {
        assert_eq!(
            to_string(&"a\"b\\c\nd\u{1}e</script>"),
            r#""a\"b\\c\nd\u0001e</script>""#
        );
    }

    #[test]
    fn integers_without_fmt() {
        for n in [0i64, 7, -7, 10, 1234567890, i64::MIN + 1, i64::MAX] {
            let mut j = Json::new();
            j.integer(n);
            assert_eq!(j.finish(), n.to_string());
        }
    }

    #[test]
    fn nested_values() {
        let v: Vec<Option<u32>> = vec![Some(1), None];
        assert_eq!(to_string(&v), "[1,null]");
    }
}
