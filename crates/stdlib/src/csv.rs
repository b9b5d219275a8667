//! `_csv`: the native CSV reader and writer behind `csv` (lib/csv.py), with CPython's dialect
//! checks, parsing state machine semantics, quoting rules and error messages.

use pyrite_vm::error::*;
use pyrite_vm::object::{Obj, Opaque};
use pyrite_vm::{Args, ObjRef, PyResult, Value, Vm};
use std::cell::Cell;

pub const QUOTE_MINIMAL: i64 = 0;
pub const QUOTE_ALL: i64 = 1;
pub const QUOTE_NONNUMERIC: i64 = 2;
pub const QUOTE_NONE: i64 = 3;

thread_local! {
    static FIELD_LIMIT: Cell<i64> = const { Cell::new(128 * 1024) };
}

#[derive(Clone)]
pub struct Dialect {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    skipinitialspace: bool,
    lineterminator: String,
    quoting: i64,
    strict: bool,
}

impl Default for Dialect {
    fn default() -> Dialect {
        Dialect {
            delimiter: ',',
            quotechar: Some('"'),
            escapechar: None,
            doublequote: true,
            skipinitialspace: false,
            lineterminator: "\r\n".into(),
            quoting: QUOTE_MINIMAL,
            strict: false,
        }
    }
}

fn csv_error(vm: &mut Vm, msg: String) -> PyErr {
    let cls = vm.cached_classes.get("_csv.Error").cloned();
    match cls {
        Some(c) => match vm.call_value(&Value::Obj(c), &[Value::string(msg)]) {
            Ok(e) => PyErr::Obj(e),
            Err(e) => e,
        },
        None => value_error(msg),
    }
}

/// A one-character dialect attribute (`None` allowed when `optional`).
fn char_attr(vm: &mut Vm, name: &str, v: &Value, optional: bool) -> PyResult<Option<char>> {
    if v.is_none() && optional {
        return Ok(None);
    }
    match v.as_str() {
        Some(s) if s.chars().count() == 1 => Ok(s.chars().next()),
        Some(_) => Err(type_error(format!("\"{}\" must be a 1-character string", name))),
        None => {
            let t = vm.type_name(v);
            Err(type_error(format!(
                "\"{}\" must be string{}, not {}",
                name,
                if optional { " or None" } else { "" },
                t
            )))
        }
    }
}

fn bool_attr(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    vm.is_true(v)
}

/// Build a dialect from `dialect` (a registered name, a Dialect object or class, or None)
/// overridden by keyword parameters.
fn make_dialect(vm: &mut Vm, dialect: Option<&Value>, kw: &[(String, Value)]) -> PyResult<Dialect> {
    let mut base = match dialect {
        None | Some(Value::None) => None,
        Some(v) => {
            if let Some(name) = v.as_str() {
                Some(get_registered(vm, name)?)
            } else {
                Some(v.clone())
            }
        }
    };
    // a native Dialect object: start from its settings
    let mut d = Dialect::default();
    let mut from_native = false;
    if let Some(b) = &base {
        if let Some(Obj::Opaque(o)) = b.as_obj() {
            if let Some(nd) = o.data.borrow().downcast_ref::<Dialect>() {
                d = nd.clone();
                from_native = true;
            }
        }
    }
    if from_native {
        base = None;
    }
    let names = [
        "delimiter",
        "quotechar",
        "escapechar",
        "doublequote",
        "skipinitialspace",
        "lineterminator",
        "quoting",
        "strict",
    ];
    let mut given: Vec<(&str, Value)> = Vec::new();
    for n in names {
        if let Some((_, v)) = kw.iter().find(|(k, _)| k == n) {
            given.push((n, v.clone()));
        } else if let Some(b) = &base {
            if let Some(v) = vm.getattr_opt(b, &Value::str(n))? {
                given.push((n, v));
            }
        }
    }
    for (k, _) in kw {
        if !names.contains(&k.as_str()) {
            return Err(type_error(format!(
                "'{}' is an invalid keyword argument for this function",
                k
            )));
        }
    }
    let mut quotechar_given = false;
    for (n, v) in &given {
        match *n {
            "delimiter" => {
                d.delimiter = match v.as_str() {
                    Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(','),
                    Some(_) => return Err(type_error("\"delimiter\" must be a 1-character string")),
                    None => {
                        return Err(type_error(format!(
                            "\"delimiter\" must be string, not {}",
                            vm.type_name(v)
                        )))
                    }
                }
            }
            "quotechar" => {
                quotechar_given = true;
                d.quotechar = char_attr(vm, "quotechar", v, true)?;
            }
            "escapechar" => d.escapechar = char_attr(vm, "escapechar", v, true)?,
            "doublequote" => d.doublequote = bool_attr(vm, v)?,
            "skipinitialspace" => d.skipinitialspace = bool_attr(vm, v)?,
            "strict" => d.strict = bool_attr(vm, v)?,
            "lineterminator" => {
                if v.is_none() {
                    return Err(type_error("lineterminator must be set"));
                }
                d.lineterminator = match v.as_str() {
                    Some(s) => s.to_string(),
                    None => return Err(type_error("\"lineterminator\" must be a string")),
                }
            }
            "quoting" => {
                let q = match v {
                    Value::Int(i) => *i,
                    _ => return Err(type_error("\"quoting\" must be an integer")),
                };
                if !(0..=3).contains(&q) {
                    return Err(type_error("bad \"quoting\" value"));
                }
                d.quoting = q;
            }
            _ => {}
        }
    }
    let _ = quotechar_given;
    Ok(d)
}

fn get_registered(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let reg = registry(vm);
    match pyrite_vm::vm::dict_get_str(&reg, name) {
        Some(v) => Ok(v),
        None => Err(csv_error(vm, "unknown dialect".into())),
    }
}

fn registry(vm: &mut Vm) -> ObjRef {
    if let Some(r) = vm.cached_classes.get("_csv._dialects") {
        return r.clone();
    }
    let d = pyrite_vm::object::new_dict_obj();
    vm.cached_classes.insert("_csv._dialects", d.clone());
    d
}

fn kwargs(args: &Args) -> Vec<(String, Value)> {
    args.kw()
        .filter(|(k, _)| *k != "dialect")
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

fn dialect_value(vm: &mut Vm, d: Dialect) -> Value {
    let cls = vm
        .cached_classes
        .get("_csv.Dialect")
        .cloned()
        .unwrap_or(vm.types.object.clone());
    Opaque::new_value(cls, d)
}

fn dialect_of(v: &Value) -> Option<Dialect> {
    match v.as_obj() {
        Some(Obj::Opaque(o)) => {
            let b = o.data.borrow();
            if let Some(d) = b.downcast_ref::<Dialect>() {
                return Some(d.clone());
            }
            if let Some(r) = b.downcast_ref::<Reader>() {
                return Some(r.dialect.clone());
            }
            b.downcast_ref::<Writer>().map(|w| w.dialect.clone())
        }
        _ => None,
    }
}

/// `_csv.Dialect(dialect=None, **fmtparams)`
fn dialect_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let dialect = p.get(1).or(args.kwarg("dialect"));
    let mut kw = kwargs(&args);
    let order = [
        "delimiter",
        "doublequote",
        "escapechar",
        "lineterminator",
        "quotechar",
        "quoting",
        "skipinitialspace",
        "strict",
    ];
    for (i, v) in p.iter().skip(2).enumerate() {
        if let Some(n) = order.get(i) {
            kw.push((n.to_string(), v.clone()));
        }
    }
    if kw.is_empty() && p.len() <= 2 {
        if let Some(d) = dialect {
            if let Some(Obj::Opaque(o)) = d.as_obj() {
                let native = vm.cached_classes.get("_csv.Dialect").cloned();
                if native.map(|n| std::rc::Rc::ptr_eq(&n, &o.cls)).unwrap_or(false) {
                    return Ok(d.clone());
                }
            }
        }
    }
    let d = make_dialect(vm, dialect, &kw)?;
    let cls = match p.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(type_error("Dialect.__new__ needs a type")),
    };
    let native = vm.cached_classes.get("_csv.Dialect").cloned();
    if native.as_ref().map(|n| std::rc::Rc::ptr_eq(n, &cls)).unwrap_or(false) {
        return Ok(dialect_value(vm, d));
    }
    Ok(Opaque::new_value(cls, d))
}

fn d_get(vm: &mut Vm, args: Args, f: fn(&Dialect) -> Value) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    match dialect_of(&me) {
        Some(d) => Ok(f(&d)),
        None => Err(type_error(format!(
            "descriptor requires a '_csv.Dialect' object, not {}",
            vm.type_name(&me)
        ))),
    }
}

fn ch(c: Option<char>) -> Value {
    match c {
        Some(c) => Value::string(c.to_string()),
        None => Value::None,
    }
}

fn p_delimiter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    d_get(vm, a, |d| Value::string(d.delimiter.to_string()))
}
fn p_quotechar(vm: &mut Vm, a: Args) -> PyResult<Value> {
    d_get(vm, a, |d| ch(d.quotechar))
}
fn p_escapechar(vm: &mut Vm, a: Args) -> PyResult<Value> {
    d_get(vm, a, |d| ch(d.escapechar))
}
fn p_doublequote(vm: &mut Vm, a: Args) -> PyResult<Value> {
    d_get(vm, a, |d| Value::Bool(d.doublequote))
}
fn p_skipinitialspace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    d_get(vm, a, |d| Value::Bool(d.skipinitialspace))
}
fn p_lineterminator(vm: &mut Vm, a: Args) -> PyResult<Value> {
    d_get(vm, a, |d| Value::string(d.lineterminator.clone()))
}
fn p_quoting(vm: &mut Vm, a: Args) -> PyResult<Value> {
    d_get(vm, a, |d| Value::Int(d.quoting))
}
fn p_strict(vm: &mut Vm, a: Args) -> PyResult<Value> {
    d_get(vm, a, |d| Value::Bool(d.strict))
}

// ---------------------------------------------------------------- reader

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

struct Reader {
    input: Value,
    dialect: Dialect,
    line_num: i64,
    state: State,
    field: String,
    field_quoted: bool,
    fields: Vec<Value>,
    /// characters in `field` (for the size limit)
    field_len: usize,
    /// per field: to be converted with float() (QUOTE_NONNUMERIC)
    numeric: Vec<bool>,
}

impl Reader {
    fn save_field(&mut self) -> Result<(), String> {
        let text = std::mem::take(&mut self.field);
        // QUOTE_NONNUMERIC: unquoted, non-empty fields become floats (converted by the caller)
        let numeric = self.dialect.quoting == QUOTE_NONNUMERIC && !self.field_quoted && !text.is_empty();
        self.fields.push(Value::string(text));
        self.numeric.push(numeric);
        self.field_quoted = false;
        self.field_len = 0;
        Ok(())
    }

    /// Whether every character with a meaning (delimiter, quote, escape) is ASCII, so runs of
    /// other bytes can be copied without decoding.
    fn plain_chars(&self) -> bool {
        let d = &self.dialect;
        d.delimiter.is_ascii()
            && d.quotechar.map_or(true, |c| c.is_ascii())
            && d.escapechar.map_or(true, |c| c.is_ascii())
    }

    #[inline]
    fn is_special(&self, b: u8) -> bool {
        let d = &self.dialect;
        b == b'\r'
            || b == b'\n'
            || b as u32 == d.delimiter as u32
            || d.quotechar.map_or(false, |c| c as u32 == b as u32)
            || d.escapechar.map_or(false, |c| c as u32 == b as u32)
    }

    /// Append a run of ordinary characters.
    fn add_str(&mut self, s: &str) -> Result<(), String> {
        let n = if s.is_ascii() { s.len() } else { s.chars().count() };
        let limit = FIELD_LIMIT.with(|l| l.get());
        if (self.field_len + n) as i64 > limit {
            return Err(format!("field larger than field limit ({})", limit));
        }
        self.field.push_str(s);
        self.field_len += n;
        Ok(())
    }

    fn add(&mut self, c: char) -> Result<(), String> {
        let limit = FIELD_LIMIT.with(|l| l.get());
        if self.field_len as i64 >= limit {
            return Err(format!("field larger than field limit ({})", limit));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    fn step(&mut self, c: Option<char>) -> Result<(), String> {
        let d = &self.dialect;
        let (delim, quote, esc) = (d.delimiter, d.quotechar, d.escapechar);
        let quoting_on = d.quoting != QUOTE_NONE;
        let is_nl = |c: Option<char>| matches!(c, Some('\n') | Some('\r'));
        match self.state {
            State::StartRecord => {
                if c.is_none() {
                    return Ok(());
                }
                if is_nl(c) {
                    self.state = State::EatCrnl;
                    return Ok(());
                }
                self.state = State::StartField;
                self.step(c)
            }
            State::StartField => {
                if c.is_none() || is_nl(c) {
                    self.save_field()?;
                    self.state = if c.is_none() {
                        State::StartRecord
                    } else {
                        State::EatCrnl
                    };
                } else if c == quote && quoting_on {
                    self.field_quoted = true;
                    self.state = State::InQuotedField;
                } else if c == esc && esc.is_some() {
                    self.state = State::EscapedChar;
                } else if c == Some(' ') && self.dialect.skipinitialspace {
                } else if c == Some(delim) {
                    self.save_field()?;
                } else {
                    if self.dialect.quoting == QUOTE_NONNUMERIC {
                        // numeric conversion happens on save
                    }
                    self.add(c.unwrap_or('\0'))?;
                    self.state = State::InField;
                }
                Ok(())
            }
            State::EscapedChar => {
                match c {
                    Some('\n') | Some('\r') => {
                        self.add(c.unwrap_or('\n'))?;
                        self.state = State::AfterEscapedCrnl;
                    }
                    None => {
                        self.add('\n')?;
                        self.state = State::InField;
                    }
                    Some(ch) => {
                        self.add(ch)?;
                        self.state = State::InField;
                    }
                }
                Ok(())
            }
            State::AfterEscapedCrnl => {
                if c.is_none() {
                    return Ok(());
                }
                self.state = State::InField;
                self.step(c)
            }
            State::InField => {
                if c.is_none() || is_nl(c) {
                    self.save_field()?;
                    self.state = if c.is_none() {
                        State::StartRecord
                    } else {
                        State::EatCrnl
                    };
                } else if c == esc && esc.is_some() {
                    self.state = State::EscapedChar;
                } else if c == Some(delim) {
                    self.save_field()?;
                    self.state = State::StartField;
                } else {
                    self.add(c.unwrap_or('\0'))?;
                }
                Ok(())
            }
            State::InQuotedField => {
                if c.is_none() {
                } else if c == esc && esc.is_some() {
                    self.state = State::EscapeInQuotedField;
                } else if c == quote && quoting_on {
                    self.state = if self.dialect.doublequote {
                        State::QuoteInQuotedField
                    } else {
                        State::InField
                    };
                } else {
                    self.add(c.unwrap_or('\0'))?;
                }
                Ok(())
            }
            State::EscapeInQuotedField => {
                self.add(c.unwrap_or('\n'))?;
                self.state = State::InQuotedField;
                Ok(())
            }
            State::QuoteInQuotedField => {
                if quoting_on && c == quote {
                    self.add(c.unwrap_or('"'))?;
                    self.state = State::InQuotedField;
                } else if c == Some(delim) {
                    self.save_field()?;
                    self.state = State::StartField;
                } else if c.is_none() || is_nl(c) {
                    self.save_field()?;
                    self.state = if c.is_none() {
                        State::StartRecord
                    } else {
                        State::EatCrnl
                    };
                } else if !self.dialect.strict {
                    self.add(c.unwrap_or('\0'))?;
                    self.state = State::InField;
                } else {
                    return Err(format!("'{}' expected after '{}'", delim, quote.unwrap_or('"')));
                }
                Ok(())
            }
            State::EatCrnl => {
                if is_nl(c) {
                } else if c.is_none() {
                    self.state = State::StartRecord;
                } else {
                    return Err(
                        "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?"
                            .into(),
                    );
                }
                Ok(())
            }
        }
    }
}

/// The fields of a finished row, with QUOTE_NONNUMERIC conversions done by float().
fn finish_row(vm: &mut Vm, me: &Value, fields: Vec<Value>) -> PyResult<Value> {
    let numeric = with_reader(me, |r| std::mem::take(&mut r.numeric))?;
    let mut out = Vec::with_capacity(fields.len());
    for (i, f) in fields.into_iter().enumerate() {
        if numeric.get(i).copied().unwrap_or(false) {
            out.push(Value::Float(pyrite_vm::types::float::float_from_value(vm, &f)?));
        } else {
            out.push(f);
        }
    }
    Ok(vm.new_list(out))
}

fn reader_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let src = p
        .first()
        .or(args.kwarg("csvfile"))
        .cloned()
        .ok_or_else(|| type_error(" expected at least 1 argument, got 0"))?;
    let input = vm
        .get_iter(&src)
        .map_err(|_| type_error("argument 1 must be an iterator"))?;
    let dialect = make_dialect(vm, p.get(1).or(args.kwarg("dialect")), &kwargs(&args))?;
    let cls = vm
        .cached_classes
        .get("_csv.reader")
        .cloned()
        .unwrap_or(vm.types.object.clone());
    Ok(Opaque::new_value(
        cls,
        Reader {
            input,
            dialect,
            line_num: 0,
            state: State::StartRecord,
            field: String::new(),
            field_quoted: false,
            fields: Vec::new(),
            field_len: 0,
            numeric: Vec::new(),
        },
    ))
}

fn with_reader<T>(v: &Value, f: impl FnOnce(&mut Reader) -> T) -> PyResult<T> {
    match v.as_obj() {
        Some(Obj::Opaque(o)) => {
            let mut b = o.data.borrow_mut();
            match b.downcast_mut::<Reader>() {
                Some(r) => Ok(f(r)),
                None => Err(type_error("expected a _csv.reader")),
            }
        }
        _ => Err(type_error("expected a _csv.reader")),
    }
}

fn reader_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn reader_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    let input = with_reader(&me, |r| {
        r.fields.clear();
        r.numeric.clear();
        r.field.clear();
        r.field_len = 0;
        r.field_quoted = false;
        r.state = State::StartRecord;
        r.input.clone()
    })?;
    loop {
        let line = match vm.next(&input)? {
            Some(l) => l,
            None => {
                // end of input: a pending field ends the record (or is an error when strict)
                let r = with_reader(&me, |r| {
                    if !r.field.is_empty() || r.state == State::InQuotedField {
                        if r.dialect.strict {
                            return Err("unexpected end of data".to_string());
                        }
                        r.save_field()?;
                        return Ok(Some(std::mem::take(&mut r.fields)));
                    }
                    Ok(None)
                })?;
                return match r {
                    Ok(Some(fields)) => finish_row(vm, &me, fields),
                    Ok(None) => Err(stop_iteration(Value::None)),
                    Err(m) => Err(csv_error(vm, m)),
                };
            }
        };
        let owned = if line.as_str().is_some() {
            line.clone()
        } else {
            vm.unwrap_builtin(&line)
        };
        let text = match owned.as_str() {
            Some(s) => s,
            None => {
                let t = vm.type_name(&line);
                let msg = format!(
                    "iterator should return strings, not {} (the file should be opened in text mode)",
                    t
                );
                return Err(csv_error(vm, msg));
            }
        };
        let res = with_reader(&me, |r| {
            r.line_num += 1;
            let plain = r.plain_chars();
            let b = text.as_bytes();
            let mut i = 0;
            while i < b.len() {
                // runs of ordinary characters inside an unquoted or quoted field go in at once
                if plain && matches!(r.state, State::InField | State::InQuotedField) {
                    let start = i;
                    while i < b.len() && !r.is_special(b[i]) {
                        i += 1;
                    }
                    if i > start {
                        r.add_str(&text[start..i])?;
                        continue;
                    }
                }
                let c = text[i..].chars().next().unwrap_or('\0');
                i += c.len_utf8();
                if let Err(m) = r.step(Some(c)) {
                    return Err(m);
                }
            }
            if let Err(m) = r.step(None) {
                return Err(m);
            }
            if r.state == State::StartRecord {
                return Ok(Some(std::mem::take(&mut r.fields)));
            }
            Ok(None)
        })?;
        match res {
            Ok(Some(fields)) => return finish_row(vm, &me, fields),
            Ok(None) => continue,
            Err(m) => {
                if m.starts_with("could not convert") {
                    return Err(value_error(m));
                }
                return Err(csv_error(vm, m));
            }
        }
    }
}

fn reader_line_num(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_reader(&args.pos()[0], |r| Value::Int(r.line_num))
}

fn any_dialect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    match dialect_of(&me) {
        Some(d) => Ok(dialect_value(vm, d)),
        None => Err(type_error("no dialect")),
    }
}

// ---------------------------------------------------------------- writer

struct Writer {
    write: Value,
    dialect: Dialect,
}

fn writer_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let f = p
        .first()
        .or(args.kwarg("fileobj"))
        .cloned()
        .ok_or_else(|| type_error(" expected at least 1 argument, got 0"))?;
    if p.len() > 2 {
        return Err(type_error(format!(" expected at most 2 arguments, got {}", p.len())));
    }
    let write = match vm.getattr_opt(&f, &Value::str("write"))? {
        Some(w) if pyrite_vm::builtins::is_callable(vm, &w) => w,
        _ => return Err(type_error("argument 1 must have a \"write\" method")),
    };
    let dialect = make_dialect(vm, p.get(1).or(args.kwarg("dialect")), &kwargs(&args))?;
    let cls = vm
        .cached_classes
        .get("_csv.writer")
        .cloned()
        .unwrap_or(vm.types.object.clone());
    Ok(Opaque::new_value(cls, Writer { write, dialect }))
}

fn writer_parts(v: &Value) -> PyResult<(Value, Dialect)> {
    match v.as_obj() {
        Some(Obj::Opaque(o)) => match o.data.borrow().downcast_ref::<Writer>() {
            Some(w) => Ok((w.write.clone(), w.dialect.clone())),
            None => Err(type_error("expected a _csv.writer")),
        },
        _ => Err(type_error("expected a _csv.writer")),
    }
}

/// Append one field to the output line, quoting/escaping it as the dialect says.
fn join_field(out: &mut String, text: &str, d: &Dialect, quote_it: bool, only_field: bool) -> Result<(), String> {
    let mut quoted = quote_it;
    let mut body = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        let special =
            c == d.delimiter || Some(c) == d.escapechar || Some(c) == d.quotechar || d.lineterminator.contains(c);
        if special {
            let mut want_escape = false;
            if d.quoting == QUOTE_NONE {
                want_escape = true;
            } else {
                if Some(c) == d.quotechar {
                    if d.doublequote {
                        body.push(c);
                    } else {
                        want_escape = true;
                    }
                } else if Some(c) == d.escapechar {
                    want_escape = true;
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape {
                match d.escapechar {
                    Some(e) => body.push(e),
                    None => return Err("need to escape, but no escapechar set".into()),
                }
            }
        }
        body.push(c);
    }
    if text.is_empty() && only_field {
        if d.quoting == QUOTE_NONE {
            return Err("single empty field record must be quoted".into());
        }
        quoted = true;
    }
    if quoted {
        let q = d.quotechar.unwrap_or('"');
        out.push(q);
        out.push_str(&body);
        out.push(q);
    } else {
        out.push_str(&body);
    }
    Ok(())
}

fn format_row(vm: &mut Vm, d: &Dialect, row: &Value) -> PyResult<String> {
    let it = match vm.get_iter(row) {
        Ok(it) => it,
        Err(_) => {
            let t = vm.type_name(row);
            return Err(csv_error(vm, format!("iterable expected, not {}", t)));
        }
    };
    let mut fields = Vec::new();
    while let Some(f) = vm.next(&it)? {
        fields.push(f);
    }
    let mut out = String::new();
    let n = fields.len();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(d.delimiter);
        }
        let u = vm.unwrap_builtin(f);
        let mut numeric = matches!(u, Value::Int(_) | Value::Float(_) | Value::Bool(_))
            || matches!(u.as_obj(), Some(Obj::BigInt(_)) | Some(Obj::Complex(..)));
        if !numeric && matches!(f.as_obj(), Some(Obj::Instance(_))) && u.is(f) {
            let cls = vm.class_of(f);
            numeric = ["__index__", "__int__", "__float__", "__complex__"]
                .iter()
                .any(|n| pyrite_vm::types::class::lookup(vm, &cls, n).is_some());
        }
        let text = match (f, &u) {
            (Value::None, _) => String::new(),
            (Value::Float(x), _) => pyrite_vm::format::float_repr(*x),
            (_, v) if v.as_str().is_some() => v.as_str().unwrap_or("").to_string(),
            _ => vm.str_string(f)?,
        };
        let quote_it = match d.quoting {
            QUOTE_ALL => true,
            QUOTE_NONNUMERIC => !numeric,
            _ => false,
        };
        if let Err(m) = join_field(&mut out, &text, d, quote_it, n == 1) {
            return Err(csv_error(vm, m));
        }
    }
    out.push_str(&d.lineterminator);
    Ok(out)
}

fn writer_writerow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (write, d) = writer_parts(&p[0])?;
    let row = p
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("writerow() takes exactly one argument (0 given)"))?;
    let line = format_row(vm, &d, &row)?;
    vm.call_value(&write, &[Value::string(line)])
}

fn writer_writerows(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (write, d) = writer_parts(&p[0])?;
    let rows = p
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("writerows() takes exactly one argument (0 given)"))?;
    let it = vm.get_iter(&rows)?;
    while let Some(row) = vm.next(&it)? {
        let line = format_row(vm, &d, &row)?;
        vm.call_value(&write, &[Value::string(line)])?;
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------- module functions

fn register_dialect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let name = p
        .first()
        .cloned()
        .ok_or_else(|| type_error(" expected at least 1 argument, got 0"))?;
    if p.len() > 2 {
        return Err(type_error(format!(" expected at most 2 arguments, got {}", p.len())));
    }
    if name.as_str().is_none() {
        return Err(type_error("dialect name must be a string"));
    }
    let d = make_dialect(vm, p.get(1), &kwargs(&args))?;
    let reg = registry(vm);
    let v = dialect_value(vm, d);
    vm.dict_set(&Value::Obj(reg), name, v)?;
    Ok(Value::None)
}

fn unregister_dialect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args.pos().first().and_then(|v| v.as_str()).unwrap_or("").to_string();
    let reg = registry(vm);
    let removed = match &*reg {
        Obj::Dict(d) => d.borrow_mut().remove_str(&name).is_some(),
        _ => false,
    };
    if !removed {
        return Err(csv_error(vm, "unknown dialect".into()));
    }
    Ok(Value::None)
}

fn get_dialect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(name) = args.pos().first().or(args.kwarg("name")) else {
        return Err(type_error("get_dialect() missing required argument 'name' (pos 1)"));
    };
    let name = name.as_str().unwrap_or("").to_string();
    get_registered(vm, &name)
}

fn list_dialects(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let reg = registry(vm);
    let keys = match &*reg {
        Obj::Dict(d) => d.borrow().keys(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(keys))
}

fn field_size_limit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let old = FIELD_LIMIT.with(|l| l.get());
    if args.pos().len() > 1 {
        return Err(type_error(format!(
            "field_size_limit expected at most 1 argument, got {}",
            args.pos().len()
        )));
    }
    if let Some((k, _)) = args.kw().find(|(k, _)| *k != "new_limit") {
        return Err(type_error(format!(
            "'{}' is an invalid keyword argument for field_size_limit()",
            k
        )));
    }
    let new = args.pos().first().or(args.kwarg("new_limit"));
    if let Some(v) = new {
        let n = match v {
            Value::Int(i) => *i,
            _ => return Err(type_error("limit must be an integer")),
        };
        FIELD_LIMIT.with(|l| l.set(n));
    }
    let _ = vm;
    Ok(Value::Int(old))
}

fn property(vm: &mut Vm, cls: &ObjRef, name: &'static str, f: pyrite_vm::NativeFn) {
    let g = vm.new_native(name, f);
    let p = Value::obj(Obj::Property(Box::new(pyrite_vm::object::Property {
        fget: std::cell::RefCell::new(g),
        fset: std::cell::RefCell::new(Value::None),
        fdel: std::cell::RefCell::new(Value::None),
        doc: std::cell::RefCell::new(Value::None),
    })));
    vm.set_class_attr(cls, name, p);
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_csv");
    let d = vm.module_dict(&m);
    let set = |vm: &mut Vm, n: &str, v: Value| {
        let k = vm.intern(n);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    };
    // _csv.Error(Exception)
    let exc = vm.exc_class(ExcKind::Exception);
    let bases = vm.new_tuple(vec![Value::Obj(exc)]);
    let ns = vm.new_dict();
    let err = vm.call_value(&Value::Obj(vm.types.type_.clone()), &[Value::str("Error"), bases, ns])?;
    if let Value::Obj(c) = &err {
        vm.set_class_attr(c, "__module__", Value::str("_csv"));
        vm.cached_classes.insert("_csv.Error", c.clone());
    }
    set(vm, "Error", err);

    let dialect = crate::posix::native_class(vm, "Dialect", "_csv");
    vm.add_staticmethod(&dialect, "__new__", dialect_new);
    for (n, f) in [
        ("delimiter", p_delimiter as pyrite_vm::NativeFn),
        ("quotechar", p_quotechar),
        ("escapechar", p_escapechar),
        ("doublequote", p_doublequote),
        ("skipinitialspace", p_skipinitialspace),
        ("lineterminator", p_lineterminator),
        ("quoting", p_quoting),
        ("strict", p_strict),
    ] {
        property(vm, &dialect, n, f);
    }
    vm.cached_classes.insert("_csv.Dialect", dialect.clone());
    set(vm, "Dialect", Value::Obj(dialect));

    let reader = crate::posix::native_class(vm, "reader", "_csv");
    vm.add_method(&reader, "__iter__", reader_iter);
    vm.add_method(&reader, "__next__", reader_next);
    property(vm, &reader, "line_num", reader_line_num);
    property(vm, &reader, "dialect", any_dialect);
    vm.cached_classes.insert("_csv.reader", reader);
    let writer = crate::posix::native_class(vm, "writer", "_csv");
    vm.add_method(&writer, "writerow", writer_writerow);
    vm.add_method(&writer, "writerows", writer_writerows);
    property(vm, &writer, "dialect", any_dialect);
    vm.cached_classes.insert("_csv.writer", writer);

    let fns: &[(&'static str, pyrite_vm::NativeFn)] = &[
        ("reader", reader_new),
        ("writer", writer_new),
        ("register_dialect", register_dialect),
        ("unregister_dialect", unregister_dialect),
        ("get_dialect", get_dialect),
        ("list_dialects", list_dialects),
        ("field_size_limit", field_size_limit),
    ];
    for (name, f) in fns {
        let v = vm.new_native(name, *f);
        set(vm, name, v);
    }
    for (n, v) in [
        ("QUOTE_MINIMAL", QUOTE_MINIMAL),
        ("QUOTE_ALL", QUOTE_ALL),
        ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC),
        ("QUOTE_NONE", QUOTE_NONE),
    ] {
        set(vm, n, Value::Int(v));
    }
    set(vm, "__version__", Value::str("1.0"));
    Ok(m)
}
