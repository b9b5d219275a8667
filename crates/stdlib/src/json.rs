//! `_json`: the native encoder and decoder behind the `json` package (lib/json/). The Python
//! side keeps CPython's public API (dumps/loads, JSONEncoder/JSONDecoder and their hooks); this
//! module does the work on whole documents, with CPython's output bytes and error messages.

use num_bigint::BigInt;
use pyrite_vm::error::*;
use pyrite_vm::object::Obj;
use pyrite_vm::{Args, ObjRef, PyResult, Value, Vm};

// ---------------------------------------------------------------- encoding

struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    default: Value,
    /// ids of the containers being encoded (circular reference check)
    stack: Vec<i64>,
    out: String,
    depth: usize,
    /// Messages of CPython's Python encoder (used when indenting) rather than its C one.
    python_messages: bool,
}

fn push_escaped(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c if ensure_ascii && (c as u32) > 0x7e => {
                let n = c as u32;
                if n > 0xFFFF {
                    let v = n - 0x10000;
                    out.push_str(&format!("\\u{:04x}\\u{:04x}", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)));
                } else {
                    out.push_str(&format!("\\u{:04x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    fn float_text(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(pyrite_vm::format::float_repr(f));
        }
        if !self.allow_nan {
            if !self.python_messages {
                return Err(value_error("Out of range float values are not JSON compliant"));
            }
            let r = if f.is_nan() {
                "nan"
            } else if f > 0.0 {
                "inf"
            } else {
                "-inf"
            };
            return Err(value_error(format!(
                "Out of range float values are not JSON compliant: {}",
                r
            )));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn newline_indent(&mut self) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, vm: &mut Vm, v: &Value, what: &str) -> PyResult<()> {
        if self.check_circular {
            let id = v.id();
            if self.stack.contains(&id) {
                return Err(value_error("Circular reference detected"));
            }
            self.stack.push(id);
        }
        self.depth += 1;
        if self.depth > vm.recursion_limit {
            return Err(recursion_error(format!(
                "maximum recursion depth exceeded while encoding a JSON {}",
                what
            )));
        }
        Ok(())
    }

    fn leave(&mut self) {
        if self.check_circular {
            self.stack.pop();
        }
        self.depth -= 1;
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::Float(f) => {
                let t = self.float_text(*f)?;
                self.out.push_str(&t);
            }
            Value::Obj(o) => match &**o {
                Obj::Str(s) => push_escaped(&mut self.out, s.as_str(), self.ensure_ascii),
                Obj::BigInt(b) => {
                    let t = pyrite_vm::types::int::big_to_decimal(b)?;
                    self.out.push_str(&t);
                }
                Obj::List(l) => {
                    let items = l.borrow().clone();
                    self.encode_seq(vm, v, &items)?;
                }
                Obj::Tuple(t) => {
                    let items = t.to_vec();
                    self.encode_seq(vm, v, &items)?;
                }
                Obj::Dict(d) => {
                    let items: Vec<(Value, Value)> =
                        d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                    self.encode_dict(vm, v, items)?;
                }
                Obj::Instance(_) => {
                    let base = vm.unwrap_builtin(v);
                    if !base.is_null() && !base.is(v) {
                        return match base.as_obj() {
                            Some(Obj::Dict(_)) => {
                                // dict subclasses: their items() (OrderedDict order, ...)
                                let items = vm.call_method(v, "items", &[])?;
                                let pairs = vm.iterate(&items)?;
                                let mut out = Vec::new();
                                for p in pairs {
                                    let kv = vm.iterate(&p)?;
                                    if kv.len() == 2 {
                                        out.push((kv[0].clone(), kv[1].clone()));
                                    }
                                }
                                self.encode_dict(vm, v, out)
                            }
                            Some(Obj::List(l)) => {
                                let items = l.borrow().clone();
                                self.encode_seq(vm, v, &items)
                            }
                            Some(Obj::Tuple(t)) => {
                                let items = t.to_vec();
                                self.encode_seq(vm, v, &items)
                            }
                            _ => self.encode(vm, &base),
                        };
                    }
                    self.encode_default(vm, v)?;
                }
                _ => self.encode_default(vm, v)?,
            },
            _ => self.encode_default(vm, v)?,
        }
        Ok(())
    }

    fn encode_default(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        if self.default.is_none() {
            return Err(type_error(format!(
                "Object of type {} is not JSON serializable",
                vm.type_name(v)
            )));
        }
        self.enter(vm, v, "object")?;
        let d = self.default.clone();
        let r = vm.call_value(&d, &[v.clone()])?;
        self.depth -= 1;
        let res = self.encode(vm, &r);
        if self.check_circular {
            self.stack.pop();
        }
        res
    }

    fn encode_seq(&mut self, vm: &mut Vm, v: &Value, items: &[Value]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, v, "array")?;
        self.out.push('[');
        self.newline_indent();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
                self.newline_indent();
            }
            self.encode(vm, x)?;
        }
        self.leave();
        self.newline_indent();
        self.out.push(']');
        Ok(())
    }

    fn key_text(&self, vm: &mut Vm, k: &Value) -> PyResult<Option<String>> {
        let k = vm.unwrap_builtin(k);
        Ok(Some(match &k {
            Value::None => "null".into(),
            Value::Bool(b) => if *b { "true" } else { "false" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => self.float_text(*f)?,
            Value::Obj(o) => match &**o {
                Obj::Str(s) => s.as_str().to_string(),
                Obj::BigInt(b) => pyrite_vm::types::int::big_to_decimal(b)?,
                _ => {
                    if self.skipkeys {
                        return Ok(None);
                    }
                    return Err(type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        vm.type_name(&k)
                    )));
                }
            },
            _ => return Ok(None),
        }))
    }

    fn encode_dict(&mut self, vm: &mut Vm, v: &Value, mut items: Vec<(Value, Value)>) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, v, "object")?;
        if self.sort_keys {
            let tuples: Vec<Value> = items
                .iter()
                .map(|(k, v)| vm.new_tuple(vec![k.clone(), v.clone()]))
                .collect();
            let sorted = pyrite_vm::types::list::sort_values(vm, tuples, &Value::None, false)?;
            items = sorted
                .iter()
                .filter_map(|t| match t.as_obj() {
                    Some(Obj::Tuple(p)) if p.len() == 2 => Some((p[0].clone(), p[1].clone())),
                    _ => None,
                })
                .collect();
        }
        self.out.push('{');
        self.newline_indent();
        let mut first = true;
        for (k, x) in items.iter() {
            let Some(key) = self.key_text(vm, k)? else { continue };
            if !first {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
                self.newline_indent();
            }
            first = false;
            push_escaped(&mut self.out, &key, self.ensure_ascii);
            let ks = self.key_sep.clone();
            self.out.push_str(&ks);
            self.encode(vm, x)?;
        }
        self.leave();
        self.newline_indent();
        self.out.push('}');
        Ok(())
    }
}

fn opt<'a>(args: &Args<'a>, name: &str) -> Option<&'a Value> {
    args.kwarg(name)
}

fn flag(vm: &mut Vm, args: &Args, name: &str, default: bool) -> PyResult<bool> {
    match opt(args, name) {
        Some(v) => vm.is_true(v),
        None => Ok(default),
    }
}

fn str_opt(args: &Args, name: &str, default: &str) -> String {
    opt(args, name).and_then(|v| v.as_str()).unwrap_or(default).to_string()
}

/// `_json.encode(obj, *, indent, item_separator, key_separator, sort_keys, skipkeys,
/// ensure_ascii, check_circular, allow_nan, default)` -> str
fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args
        .pos()
        .first()
        .cloned()
        .ok_or_else(|| type_error("encode() missing obj"))?;
    let indent = match opt(&args, "indent") {
        None | Some(Value::None) => None,
        Some(Value::Int(n)) => Some(" ".repeat((*n).max(0) as usize)),
        Some(v) => match v.as_str() {
            Some(s) => Some(s.to_string()),
            None => {
                let n = vm.index_value(v)?;
                Some(" ".repeat(n.max(0) as usize))
            }
        },
    };
    let mut enc = Encoder {
        indent,
        item_sep: str_opt(&args, "item_separator", ", "),
        key_sep: str_opt(&args, "key_separator", ": "),
        sort_keys: flag(vm, &args, "sort_keys", false)?,
        skipkeys: flag(vm, &args, "skipkeys", false)?,
        ensure_ascii: flag(vm, &args, "ensure_ascii", true)?,
        check_circular: flag(vm, &args, "check_circular", true)?,
        allow_nan: flag(vm, &args, "allow_nan", true)?,
        default: opt(&args, "default").cloned().unwrap_or(Value::None),
        stack: Vec::new(),
        out: String::new(),
        depth: 0,
        python_messages: flag(vm, &args, "python_messages", false)?,
    };
    enc.encode(vm, &obj)?;
    Ok(Value::string(enc.out))
}

/// `_json.encode_basestring_ascii(s)` / `encode_basestring(s)`.
fn encode_basestring_ascii(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.pos().first().and_then(|v| v.as_str()).unwrap_or("");
    let mut out = String::new();
    push_escaped(&mut out, s, true);
    Ok(Value::string(out))
}
fn encode_basestring(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.pos().first().and_then(|v| v.as_str()).unwrap_or("");
    let mut out = String::new();
    push_escaped(&mut out, s, false);
    Ok(Value::string(out))
}

// ---------------------------------------------------------------- decoding

struct Decoder<'a> {
    s: &'a str,
    b: &'a [u8],
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    strict: bool,
    depth: usize,
}

/// A decoding failure: message and byte position (converted to characters when raised).
struct Fail(&'static str, usize);

enum DErr {
    Json(Fail),
    Py(PyErr),
}

impl From<PyErr> for DErr {
    fn from(e: PyErr) -> DErr {
        DErr::Py(e)
    }
}

type DResult<T> = Result<T, DErr>;

fn fail<T>(msg: &'static str, pos: usize) -> DResult<T> {
    Err(DErr::Json(Fail(msg, pos)))
}

impl<'a> Decoder<'a> {
    fn ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && matches!(self.b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> DResult<(Value, usize)> {
        let Some(&c) = self.b.get(i) else {
            return fail("Expecting value", i);
        };
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::string(s), end))
            }
            b'{' => self.object(vm, i + 1),
            b'[' => self.array(vm, i + 1),
            b'n' if self.b[i..].starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if self.b[i..].starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if self.b[i..].starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if self.b[i..].starts_with(b"NaN") => Ok((self.constant(vm, "NaN")?, i + 3)),
            b'I' if self.b[i..].starts_with(b"Infinity") => Ok((self.constant(vm, "Infinity")?, i + 8)),
            b'-' if self.b[i..].starts_with(b"-Infinity") => Ok((self.constant(vm, "-Infinity")?, i + 9)),
            b'-' | b'0'..=b'9' => self.number(vm, i),
            _ => fail("Expecting value", i),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str) -> DResult<Value> {
        if !self.parse_constant.is_none() {
            let f = self.parse_constant.clone();
            return Ok(vm.call_value(&f, &[Value::str(name)])?);
        }
        Ok(Value::Float(match name {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            _ => f64::NEG_INFINITY,
        }))
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let b = self.b;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        if i >= b.len() || !b[i].is_ascii_digit() {
            return fail("Expecting value", start);
        }
        if b[i] == b'0' {
            i += 1;
        } else {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        let mut is_float = false;
        if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            is_float = true;
            i += 2;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
            let mut j = i + 1;
            if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
                j += 1;
            }
            if j < b.len() && b[j].is_ascii_digit() {
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let text = &self.s[start..i];
        if is_float {
            if !self.parse_float.is_none() {
                let f = self.parse_float.clone();
                return Ok((vm.call_value(&f, &[Value::str(text)])?, i));
            }
            return Ok((Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)), i));
        }
        if !self.parse_int.is_none() {
            let f = self.parse_int.clone();
            return Ok((vm.call_value(&f, &[Value::str(text)])?, i));
        }
        let v = match text.parse::<i64>() {
            Ok(n) => Value::Int(n),
            Err(_) => {
                if text.trim_start_matches('-').len() > 4300 {
                    return Err(DErr::Py(value_error(format!(
                        "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                        text.trim_start_matches('-').len()
                    ))));
                }
                let big: BigInt = text.parse().unwrap_or_default();
                pyrite_vm::ops::big_to_value(big)
            }
        };
        Ok((v, i))
    }

    /// A string body starting after its opening quote at `start`; returns the text and the
    /// index after the closing quote.
    fn string(&self, start: usize) -> DResult<(String, usize)> {
        let b = self.b;
        let mut out = String::new();
        let mut i = start;
        let mut run = start;
        loop {
            if i >= b.len() {
                return fail("Unterminated string starting at", start - 1);
            }
            let c = b[i];
            if c == b'"' {
                out.push_str(&self.s[run..i]);
                return Ok((out, i + 1));
            }
            if c == b'\\' {
                out.push_str(&self.s[run..i]);
                let Some(&e) = b.get(i + 1) else {
                    return fail("Unterminated string starting at", start - 1);
                };
                match e {
                    b'"' => out.push('"'),
                    b'\\' => out.push('\\'),
                    b'/' => out.push('/'),
                    b'b' => out.push('\u{8}'),
                    b'f' => out.push('\u{c}'),
                    b'n' => out.push('\n'),
                    b'r' => out.push('\r'),
                    b't' => out.push('\t'),
                    b'u' => {
                        let hi = self
                            .hex4(i + 2)
                            .ok_or(DErr::Json(Fail("Invalid \\uXXXX escape", i + 1)))?;
                        let mut consumed = 6;
                        let mut cp = hi;
                        if (0xD800..0xDC00).contains(&hi) && b.get(i + 6) == Some(&b'\\') && b.get(i + 7) == Some(&b'u')
                        {
                            if let Some(lo) = self.hex4(i + 8) {
                                if (0xDC00..0xE000).contains(&lo) {
                                    cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                                    consumed = 12;
                                }
                            } else {
                                return fail("Invalid \\uXXXX escape", i + 7);
                            }
                        }
                        // lone surrogates cannot be held by str yet
                        out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                        i += consumed;
                        run = i;
                        continue;
                    }
                    _ => return fail("Invalid \\escape", i),
                }
                i += 2;
                run = i;
                continue;
            }
            if c < 0x20 && self.strict {
                return fail("Invalid control character at", i);
            }
            i += 1;
        }
    }

    fn hex4(&self, i: usize) -> Option<u32> {
        let h = self.b.get(i..i + 4)?;
        let mut n = 0u32;
        for &c in h {
            n = n * 16 + (c as char).to_digit(16)?;
        }
        Some(n)
    }

    fn enter(&mut self, vm: &mut Vm, what: &str) -> DResult<()> {
        self.depth += 1;
        if self.depth > vm.recursion_limit {
            return Err(DErr::Py(recursion_error(format!(
                "maximum recursion depth exceeded while decoding a JSON {} from a unicode string",
                what
            ))));
        }
        Ok(())
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        self.enter(vm, "object")?;
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.ws(start);
        if self.b.get(i) == Some(&b'}') {
            self.depth -= 1;
            return Ok((self.finish_object(vm, pairs)?, i + 1));
        }
        loop {
            if self.b.get(i) != Some(&b'"') {
                return fail("Expecting property name enclosed in double quotes", i);
            }
            let (key, after) = self.string(i + 1)?;
            i = self.ws(after);
            if self.b.get(i) != Some(&b':') {
                return fail("Expecting ':' delimiter", i);
            }
            i = self.ws(i + 1);
            let (val, after) = self.value(vm, i)?;
            pairs.push((Value::string(key), val));
            i = self.ws(after);
            match self.b.get(i) {
                Some(b'}') => {
                    self.depth -= 1;
                    return Ok((self.finish_object(vm, pairs)?, i + 1));
                }
                Some(b',') => {
                    i = self.ws(i + 1);
                }
                _ => return fail("Expecting ',' delimiter", i),
            }
        }
    }

    fn finish_object(&mut self, vm: &mut Vm, pairs: Vec<(Value, Value)>) -> DResult<Value> {
        if !self.object_pairs_hook.is_none() {
            let list: Vec<Value> = pairs.into_iter().map(|(k, v)| vm.new_tuple(vec![k, v])).collect();
            let l = vm.new_list(list);
            let f = self.object_pairs_hook.clone();
            return Ok(vm.call_value(&f, &[l])?);
        }
        let d = vm.new_dict();
        for (k, v) in pairs {
            vm.dict_set(&d, k, v)?;
        }
        if !self.object_hook.is_none() {
            let f = self.object_hook.clone();
            return Ok(vm.call_value(&f, &[d])?);
        }
        Ok(d)
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        self.enter(vm, "array")?;
        let mut items = Vec::new();
        let mut i = self.ws(start);
        if self.b.get(i) == Some(&b']') {
            self.depth -= 1;
            return Ok((vm.new_list(items), i + 1));
        }
        loop {
            let (v, after) = self.value(vm, i)?;
            items.push(v);
            i = self.ws(after);
            match self.b.get(i) {
                Some(b']') => {
                    self.depth -= 1;
                    return Ok((vm.new_list(items), i + 1));
                }
                Some(b',') => i = self.ws(i + 1),
                _ => return fail("Expecting ',' delimiter", i),
            }
        }
    }
}

/// `_json.scan(s, idx, *, hooks..., error_class)` -> (value, end): one JSON value at idx
/// (JSONDecoder.raw_decode), positions in characters.
fn scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s_val = args.pos().first().cloned().unwrap_or(Value::None);
    let Some(ps) = s_val.as_pystr() else {
        return Err(type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(&s_val)
        )));
    };
    let idx = match args.pos().get(1) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let s = ps.as_str();
    let ascii = ps.is_ascii();
    let start = if idx < 0 {
        return Err(value_error("idx cannot be negative"));
    } else if ascii {
        idx as usize
    } else {
        ps.byte_offset(idx as usize)
    };
    let get = |n: &str| opt(&args, n).cloned().unwrap_or(Value::None);
    let errcls = get("error_class");
    let whole = match args.kwarg("whole") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut dec = Decoder {
        s,
        b: s.as_bytes(),
        object_hook: get("object_hook"),
        object_pairs_hook: get("object_pairs_hook"),
        parse_float: get("parse_float"),
        parse_int: get("parse_int"),
        parse_constant: get("parse_constant"),
        strict: match args.kwarg("strict") {
            Some(v) => vm.is_true(v)?,
            None => true,
        },
        depth: 0,
    };
    let char_pos = |b: usize| -> i64 {
        if ascii {
            b as i64
        } else {
            s[..b.min(s.len())].chars().count() as i64
        }
    };
    let r = if whole {
        let i = dec.ws(start);
        dec.value(vm, i).and_then(|(v, end)| {
            let e = dec.ws(end);
            if e != dec.b.len() {
                fail("Extra data", e)
            } else {
                Ok((v, e))
            }
        })
    } else {
        dec.value(vm, start)
    };
    match r {
        Ok((v, end)) => Ok(vm.new_tuple(vec![v, Value::Int(char_pos(end))])),
        Err(DErr::Py(e)) => Err(e),
        Err(DErr::Json(Fail(msg, pos))) => {
            if errcls.is_none() {
                return Err(value_error(msg));
            }
            let e = vm.call_value(&errcls, &[Value::str(msg), s_val.clone(), Value::Int(char_pos(pos))])?;
            Err(PyErr::Obj(e))
        }
    }
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_json");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, pyrite_vm::NativeFn)] = &[
        ("encode", encode),
        ("scan", scan),
        ("encode_basestring_ascii", encode_basestring_ascii),
        ("encode_basestring", encode_basestring),
    ];
    for (name, f) in fns {
        let v = vm.new_native(name, *f);
        let k = vm.intern(name);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    }
    Ok(m)
}
