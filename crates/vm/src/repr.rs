//! `repr()`, `str()` and `ascii()` for every value, with CPython's formats and recursion guards.

use crate::error::*;
use crate::object::*;
use crate::types::class::lookup;
use crate::value::Value;
use crate::vm::Vm;

/// Python's repr of a str: prefers single quotes, escapes control and non-printable characters.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => out.push_str(&escape_char(c)),
        }
    }
    out.push(quote);
    out
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` escape for a character.
pub fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// `str.isprintable` for one character (Unicode 14 data, as CPython 3.11).
pub fn is_printable(c: char) -> bool {
    crate::types::str_methods::uni::is_printable(c)
}

pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(prefix);
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        Ok(Value::string(self.repr_string(v)?))
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Null => "None".to_string(),
            Value::Bool(true) => "True".to_string(),
            Value::Bool(false) => "False".to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => crate::format::float_repr(*f),
            Value::Obj(o) => match &**o {
                Obj::Str(s) => str_repr(s.as_str()),
                Obj::BigInt(b) => crate::types::int::big_to_decimal(b)?,
                Obj::Complex(r, i) => crate::format::complex_repr(*r, *i),
                Obj::Bytes(b) => bytes_repr(b, "b"),
                Obj::ByteArray(b) => format!("bytearray({})", bytes_repr(&b.borrow(), "b")),
                Obj::List(l) => {
                    let items = l.borrow().clone();
                    self.seq_repr(v, &items, "[", "]")?
                }
                Obj::Tuple(t) => {
                    if t.len() == 1 {
                        let items = t.to_vec();
                        self.seq_repr(v, &items, "(", ",)")?
                    } else {
                        let items = t.to_vec();
                        self.seq_repr(v, &items, "(", ")")?
                    }
                }
                Obj::Dict(d) => {
                    let id = v.id() as usize;
                    if self.repr_stack.contains(&id) {
                        return Ok("{...}".to_string());
                    }
                    if self.repr_stack.len() > self.recursion_limit {
                        return Err(recursion_error(
                            "maximum recursion depth exceeded while getting the repr of an object",
                        ));
                    }
                    let items: Vec<(Value, Value)> =
                        d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                    self.repr_stack.push(id);
                    let mut parts = Vec::with_capacity(items.len());
                    let mut res = Ok(());
                    for (k, val) in items {
                        match (self.repr_string(&k), self.repr_string(&val)) {
                            (Ok(a), Ok(b)) => parts.push(format!("{}: {}", a, b)),
                            (Err(e), _) | (_, Err(e)) => {
                                res = Err(e);
                                break;
                            }
                        }
                    }
                    self.repr_stack.pop();
                    res?;
                    format!("{{{}}}", parts.join(", "))
                }
                Obj::Set(s) => {
                    let items: Vec<Value> = s.borrow().iter().cloned().collect();
                    if items.is_empty() {
                        "set()".to_string()
                    } else {
                        self.seq_repr(v, &items, "{", "}")?
                    }
                }
                Obj::FrozenSet(s) => {
                    let items: Vec<Value> = s.iter().cloned().collect();
                    if items.is_empty() {
                        "frozenset()".to_string()
                    } else {
                        format!("frozenset({})", self.seq_repr(v, &items, "{", "}")?)
                    }
                }
                Obj::Range(r) => crate::types::range::range_repr(r),
                Obj::Slice(s) => {
                    let s = s.clone();
                    format!(
                        "slice({}, {}, {})",
                        self.repr_string(&s[0])?,
                        self.repr_string(&s[1])?,
                        self.repr_string(&s[2])?
                    )
                }
                Obj::Function(f) => format!(
                    "<function {} at {:#x}>",
                    f.qualname.borrow().as_str().unwrap_or("?"),
                    v.id()
                ),
                Obj::BoundMethod(s, f) => {
                    let s = s.clone();
                    match f {
                        Value::Obj(fo) if matches!(&**fo, Obj::Native(_)) => {
                            let Obj::Native(n) = &**fo else { unreachable!() };
                            format!(
                                "<built-in method {} of {} object at {:#x}>",
                                n.name,
                                self.type_name(&s),
                                s.id()
                            )
                        }
                        _ => {
                            let qn = self
                                .getattr(f, &Value::str("__qualname__"))
                                .ok()
                                .and_then(|q| q.as_str().map(String::from))
                                .unwrap_or_default();
                            format!("<bound method {} of {}>", qn, self.repr_string(&s)?)
                        }
                    }
                }
                Obj::Native(n) => match (&n.bound, n.owner) {
                    (Some(b), _) => format!(
                        "<built-in method {} of {} object at {:#x}>",
                        n.name,
                        self.type_name(b),
                        b.id()
                    ),
                    (None, Some(owner)) => format!("<method '{}' of '{}' objects>", n.name, owner),
                    (None, None) => format!("<built-in function {}>", n.name),
                },
                Obj::Module(m) => {
                    let file = crate::vm::dict_get_str(&m.dict, "__file__");
                    match file {
                        Some(f) if !f.is_none() => {
                            format!("<module '{}' from {}>", m.name.borrow(), self.repr_string(&f)?)
                        }
                        _ => format!("<module '{}' (built-in)>", m.name.borrow()),
                    }
                }
                Obj::Cell(c) => {
                    let inner = c.borrow().clone();
                    if inner.is_null() {
                        format!("<cell at {:#x}: empty>", v.id())
                    } else {
                        format!(
                            "<cell at {:#x}: {} object at {:#x}>",
                            v.id(),
                            self.type_name(&inner),
                            inner.id()
                        )
                    }
                }
                Obj::Code(c) => format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.co.name,
                    v.id(),
                    c.co.filename,
                    c.co.first_line
                ),
                Obj::NotImplemented => "NotImplemented".to_string(),
                Obj::Ellipsis => "Ellipsis".to_string(),
                Obj::Property(_) => format!("<property object at {:#x}>", v.id()),
                Obj::ClassMethod(_) => format!("<classmethod object at {:#x}>", v.id()),
                Obj::StaticMethod(_) => format!("<staticmethod object at {:#x}>", v.id()),
                Obj::Super(t, o) => {
                    let (t, o) = (t.clone(), o.clone());
                    format!(
                        "<super: {}, {}>",
                        self.repr_string(&t)?,
                        if o.is_none() {
                            "NULL".to_string()
                        } else {
                            format!("<{} object>", self.type_name(&o))
                        }
                    )
                }
                Obj::Traceback(_) => format!("<traceback object at {:#x}>", v.id()),
                Obj::Iter(_) => format!("<{} object at {:#x}>", crate::types::iter::iter_type_name(v), v.id()),
                Obj::File(_) | Obj::Opaque(_) | Obj::Generator(_) | Obj::Class(_) | Obj::Instance(_) => {
                    return self.repr_via_dunder(v)
                }
            },
        })
    }

    fn repr_via_dunder(&mut self, v: &Value) -> PyResult<String> {
        let cls = self.class_of(v);
        match lookup(self, &cls, "__repr__") {
            Some(f) if self.is_native_named(&f, "object.__repr__") && !self.unwrap_builtin(v).is(v) => {
                let b = self.unwrap_builtin(v);
                self.repr_string(&b)
            }
            Some(f) => {
                let r = self.call_special(&f, v, &[])?;
                match r.as_str() {
                    Some(s) => Ok(s.to_string()),
                    None => match self.unwrap_builtin(&r).as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&r)
                        ))),
                    },
                }
            }
            None => Ok(crate::types::object::default_repr(self, v)),
        }
    }

    fn seq_repr(&mut self, v: &Value, items: &[Value], open: &str, close: &str) -> PyResult<String> {
        if self.repr_stack.len() > self.recursion_limit {
            return Err(recursion_error(
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        let id = v.id() as usize;
        if self.repr_stack.contains(&id) {
            return Ok(format!("{}...{}", open, close.trim_start_matches(',')));
        }
        self.repr_stack.push(id);
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            match self.repr_string(it) {
                Ok(s) => parts.push(s),
                Err(e) => {
                    self.repr_stack.pop();
                    return Err(e);
                }
            }
        }
        self.repr_stack.pop();
        Ok(format!("{}{}{}", open, parts.join(", "), close))
    }

    pub fn str(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Obj(o) => match &**o {
                Obj::Str(_) => Ok(v.clone()),
                Obj::Instance(_) | Obj::Class(_) => {
                    let cls = self.class_of(v);
                    match lookup(self, &cls, "__str__") {
                        Some(f) if !self.is_native_named(&f, "object.__str__") => {
                            let r = self.call_special(&f, v, &[])?;
                            if r.as_str().is_some() {
                                Ok(r)
                            } else {
                                match self.unwrap_builtin(&r).as_str() {
                                    Some(s) => Ok(Value::str(s)),
                                    None => Err(type_error(format!(
                                        "__str__ returned non-string (type {})",
                                        self.type_name(&r)
                                    ))),
                                }
                            }
                        }
                        _ => self.repr(v),
                    }
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let s = self.str(v)?;
        Ok(s.as_str().unwrap_or("").to_string())
    }

    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let r = self.repr_string(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            if c.is_ascii() {
                out.push(c);
            } else {
                out.push_str(&escape_char(c));
            }
        }
        Ok(Value::string(out))
    }
}
