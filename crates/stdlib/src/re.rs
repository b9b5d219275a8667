//! `_re`: the bridge between `re.py` and the regex engine (`pyrite-regex`): compile patterns,
//! run one match, scan all matches, parse and apply replacement templates. Positions are code
//! point indices for str subjects and byte indices for bytes, as in Python.

use pyrite_regex::{Anchor, Pattern, Regex, TemplatePiece};
use pyrite_vm::error::*;
use pyrite_vm::object::{Obj, Opaque};
use pyrite_vm::{Args, ObjRef, PyResult, Value, Vm};

struct Compiled {
    re: Regex,
}

/// A subject as the engine sees it.
enum Subject {
    Ascii(Vec<u8>),
    Chars(Vec<char>),
    Bytes(Vec<u8>),
}

fn subject_of(vm: &mut Vm, v: &Value) -> PyResult<Subject> {
    let u = vm.unwrap_builtin(v);
    if let Some(ps) = u.as_pystr() {
        if ps.is_ascii() {
            return Ok(Subject::Ascii(ps.as_str().as_bytes().to_vec()));
        }
        return Ok(Subject::Chars(ps.as_str().chars().collect()));
    }
    if let Some(b) = pyrite_vm::types::bytes::bytes_like(&u) {
        return Ok(Subject::Bytes(b));
    }
    if let Some(Obj::Instance(_)) = u.as_obj() {
        // memoryview and other buffers: bytes(v)
        let bytes_cls = Value::Obj(vm.types.bytes.clone());
        if let Ok(b) = vm.call_value(&bytes_cls, &[v.clone()]) {
            if let Some(b) = pyrite_vm::types::bytes::bytes_like(&b) {
                return Ok(Subject::Bytes(b));
            }
        }
    }
    Err(type_error(format!(
        "expected string or bytes-like object, got '{}'",
        vm.type_name(v)
    )))
}

impl Subject {
    fn len(&self) -> usize {
        match self {
            Subject::Ascii(b) | Subject::Bytes(b) => b.len(),
            Subject::Chars(c) => c.len(),
        }
    }
    fn exec(&self, re: &Regex, pos: usize, end: usize, anchor: Anchor, adv: bool) -> Option<pyrite_regex::Match> {
        match self {
            Subject::Ascii(b) | Subject::Bytes(b) => re.exec(&b[..], pos, end, anchor, adv),
            Subject::Chars(c) => re.exec(&c[..], pos, end, anchor, adv),
        }
    }
    fn at(&self, i: usize) -> u32 {
        match self {
            Subject::Ascii(b) | Subject::Bytes(b) => b[i] as u32,
            Subject::Chars(c) => c[i] as u32,
        }
    }
}

fn compiled<'a>(v: &'a Value) -> PyResult<std::cell::Ref<'a, Box<dyn std::any::Any>>> {
    match v.as_obj() {
        Some(Obj::Opaque(o)) => {
            let b = o.data.borrow();
            if b.downcast_ref::<Compiled>().is_some() {
                return Ok(b);
            }
            Err(type_error("expected a compiled pattern"))
        }
        _ => Err(type_error("expected a compiled pattern")),
    }
}

fn raise_error(vm: &mut Vm, e: &pyrite_regex::Error, pattern: &Value) -> PyErr {
    use pyrite_regex::ErrorKind as K;
    match e.kind {
        K::Error => {
            let cls = vm.cached_classes.get("re.error").cloned();
            let (pos, pattern) = match e.pos {
                Some(p) => (Value::Int(p as i64), pattern.clone()),
                None => (Value::None, Value::None),
            };
            match cls {
                Some(c) => match vm.call_value(&Value::Obj(c), &[Value::string(e.msg.clone()), pattern, pos]) {
                    Ok(x) => PyErr::Obj(x),
                    Err(x) => x,
                },
                None => value_error(e.msg.clone()),
            }
        }
        K::Value => value_error(e.msg.clone()),
        K::Overflow => overflow_error(e.msg.clone()),
        K::Recursion => recursion_error(e.msg.clone()),
        K::Index => PyErr::LazyArgs(ExcKind::IndexError, vec![Value::string(e.msg.clone())]),
    }
}

fn pattern_text(v: &Value) -> Option<(Vec<u32>, bool)> {
    if let Some(s) = v.as_str() {
        return Some((s.chars().map(|c| c as u32).collect(), false));
    }
    pyrite_vm::types::bytes::bytes_like(v).map(|b| (b.iter().map(|&x| x as u32).collect(), true))
}

/// `_re.compile(pattern, flags)` -> (handle, groups, groupindex, warnings)
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let pattern = p.first().cloned().unwrap_or(Value::None);
    let flags = match p.get(1) {
        Some(v) => vm.index_value(v)? as u32,
        None => 0,
    };
    let u = vm.unwrap_builtin(&pattern);
    let r = if let Some(s) = u.as_str() {
        Regex::compile(Pattern::Str(s), flags)
    } else if let Some(b) = pyrite_vm::types::bytes::bytes_like(&u) {
        Regex::compile(Pattern::Bytes(&b), flags)
    } else {
        return Err(type_error("first argument must be string or compiled pattern"));
    };
    let re = match r {
        Ok(re) => re,
        Err(e) => return Err(raise_error(vm, &e, &pattern)),
    };
    let groups = re.groups() as i64;
    let gi = vm.new_dict();
    for (name, idx) in re.group_names() {
        vm.dict_set(&gi, Value::string(name.clone()), Value::Int(*idx as i64))?;
    }
    let warnings: Vec<Value> = re
        .warnings()
        .iter()
        .map(|w| {
            let cat = match w.category {
                pyrite_regex::WarningCategory::Future => "FutureWarning",
                pyrite_regex::WarningCategory::Deprecation => "DeprecationWarning",
            };
            vm.new_tuple(vec![Value::str(cat), Value::string(w.message.clone())])
        })
        .collect();
    let warnings = vm.new_list(warnings);
    let out_flags = re.flags() as i64;
    let cls = vm.types.object.clone();
    let handle = Opaque::new_value(cls, Compiled { re });
    Ok(vm.new_tuple(vec![handle, Value::Int(groups), gi, warnings, Value::Int(out_flags)]))
}

fn clamp(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(v) => {
            let n = vm.index_value(v)?;
            Ok(if n < 0 { 0 } else { (n as usize).min(len) })
        }
    }
}

fn spans_value(vm: &mut Vm, m: &pyrite_regex::Match, groups: usize) -> Value {
    let mut flat = Vec::with_capacity(2 * (groups + 1) + 1);
    for g in 0..=groups {
        match m.span(g) {
            Some((s, e)) => {
                flat.push(Value::Int(s as i64));
                flat.push(Value::Int(e as i64));
            }
            None => {
                flat.push(Value::Int(-1));
                flat.push(Value::Int(-1));
            }
        }
    }
    flat.push(match m.lastindex {
        Some(i) => Value::Int(i as i64),
        None => Value::None,
    });
    vm.new_tuple(flat)
}

/// `_re.exec(handle, string, pos, endpos, mode)` -> flat spans + lastindex, or None.
/// mode: 0 search, 1 match, 2 fullmatch.
fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let h = p.first().cloned().unwrap_or(Value::None);
    let subj = subject_of(vm, &p.get(1).cloned().unwrap_or(Value::None))?;
    let len = subj.len();
    let pos = clamp(vm, p.get(2), len, 0)?;
    let end = clamp(vm, p.get(3), len, len)?;
    let mode = match p.get(4) {
        Some(Value::Int(m)) => *m,
        _ => 0,
    };
    let anchor = match mode {
        1 => Anchor::Start,
        2 => Anchor::Full,
        _ => Anchor::Search,
    };
    let b = compiled(&h)?;
    let re = &b.downcast_ref::<Compiled>().unwrap().re;
    let groups = re.groups();
    let m = subj.exec(re, pos, end, anchor, false);
    drop(b);
    Ok(match m {
        Some(m) => spans_value(vm, &m, groups),
        None => Value::None,
    })
}

/// `_re.scan(handle, string, pos, endpos, limit)` -> list of flat span tuples of successive
/// matches (the sequence findall/finditer/split/sub use); limit 0 means all.
fn scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let h = p.first().cloned().unwrap_or(Value::None);
    let subj = subject_of(vm, &p.get(1).cloned().unwrap_or(Value::None))?;
    let len = subj.len();
    let pos = clamp(vm, p.get(2), len, 0)?;
    let end = clamp(vm, p.get(3), len, len)?;
    let limit = match p.get(4) {
        Some(v) if !v.is_none() => vm.index_value(v)?.max(0) as usize,
        _ => 0,
    };
    let b = compiled(&h)?;
    let re = &b.downcast_ref::<Compiled>().unwrap().re;
    let groups = re.groups();
    let matches = collect_matches(re, &subj, pos, end, limit);
    drop(b);
    let items: Vec<Value> = matches.iter().map(|m| spans_value(vm, m, groups)).collect();
    Ok(vm.new_list(items))
}

fn collect_matches(re: &Regex, subj: &Subject, pos: usize, end: usize, limit: usize) -> Vec<pyrite_regex::Match> {
    let mut out = Vec::new();
    let mut at = pos;
    let mut must_advance = false;
    while at <= end {
        if limit > 0 && out.len() >= limit {
            break;
        }
        let Some(m) = subj.exec(re, at, end, Anchor::Search, must_advance) else {
            break;
        };
        let (s, e) = m.range();
        must_advance = s == e;
        at = e;
        out.push(m);
    }
    out
}

fn build_text(is_str: bool, cps: &[u32]) -> Value {
    if is_str {
        Value::string(cps.iter().map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect())
    } else {
        Value::obj(Obj::Bytes(
            cps.iter().map(|&c| c as u8).collect::<Vec<u8>>().into_boxed_slice(),
        ))
    }
}

/// `_re.template(handle, repl)` -> list of pieces: str/bytes literals and int group numbers
/// (raises re.error/IndexError for a bad template).
fn template(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let h = p.first().cloned().unwrap_or(Value::None);
    let repl = p.get(1).cloned().unwrap_or(Value::None);
    let Some((text, is_bytes)) = pattern_text(&vm.unwrap_builtin(&repl)) else {
        return Err(type_error(format!(
            "expected str or bytes template, not {}",
            vm.type_name(&repl)
        )));
    };
    let b = compiled(&h)?;
    let re = &b.downcast_ref::<Compiled>().unwrap().re;
    let bytes_vec: Vec<u8>;
    let t = if is_bytes {
        bytes_vec = text.iter().map(|&c| c as u8).collect();
        re.parse_template(Pattern::Bytes(&bytes_vec))
    } else {
        re.parse_template(Pattern::Text(&text))
    };
    drop(b);
    let t = match t {
        Ok(t) => t,
        Err(e) => return Err(raise_error(vm, &e, &repl)),
    };
    let mut pieces = Vec::new();
    for piece in &t.pieces {
        pieces.push(match piece {
            TemplatePiece::Literal(cps) => build_text(!is_bytes, cps),
            TemplatePiece::Group(g) => Value::Int(*g as i64),
        });
    }
    let warnings: Vec<Value> = t.warnings.iter().map(|w| Value::string(w.message.clone())).collect();
    let pl = vm.new_list(pieces);
    let wl = vm.new_list(warnings);
    Ok(vm.new_tuple(vec![pl, wl]))
}

/// `_re.sub(handle, pieces, string, count)` -> (new string, number of substitutions) for a
/// template already parsed by `_re.template`.
fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let h = p.first().cloned().unwrap_or(Value::None);
    let pieces_v = p.get(1).cloned().unwrap_or(Value::None);
    let string = p.get(2).cloned().unwrap_or(Value::None);
    let count = match p.get(3) {
        Some(v) => vm.index_value(v)?.max(0) as usize,
        None => 0,
    };
    let subj = subject_of(vm, &string)?;
    let is_str = !matches!(subj, Subject::Bytes(_));
    enum Piece {
        Lit(Vec<u32>),
        Group(usize),
    }
    let mut pieces = Vec::new();
    for x in vm.iterate(&pieces_v)? {
        match x {
            Value::Int(g) => pieces.push(Piece::Group(g as usize)),
            other => {
                let (cps, _) = pattern_text(&other).unwrap_or_default();
                pieces.push(Piece::Lit(cps));
            }
        }
    }
    let b = compiled(&h)?;
    let re = &b.downcast_ref::<Compiled>().unwrap().re;
    let len = subj.len();
    let matches = collect_matches(re, &subj, 0, len, count);
    drop(b);
    let mut out: Vec<u32> = Vec::with_capacity(len);
    let mut last = 0;
    for m in &matches {
        let (s, e) = m.range();
        out.extend((last..s).map(|i| subj.at(i)));
        for piece in &pieces {
            match piece {
                Piece::Lit(cps) => out.extend_from_slice(cps),
                Piece::Group(g) => {
                    if let Some((gs, ge)) = m.span(*g) {
                        out.extend((gs..ge).map(|i| subj.at(i)));
                    }
                }
            }
        }
        last = e;
    }
    out.extend((last..len).map(|i| subj.at(i)));
    let n = matches.len() as i64;
    let text = build_text(is_str, &out);
    Ok(vm.new_tuple(vec![text, Value::Int(n)]))
}

/// `_re.set_error(cls)`: the class compile errors are raised as (re.error).
fn set_error(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Obj(c)) = args.pos().first() {
        vm.cached_classes.insert("re.error", c.clone());
    }
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_re");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, pyrite_vm::NativeFn)] = &[
        ("compile", compile),
        ("exec", exec),
        ("scan", scan),
        ("template", template),
        ("sub", sub),
        ("set_error", set_error),
    ];
    for (name, f) in fns {
        let v = vm.new_native(name, *f);
        let k = vm.intern(name);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    }
    Ok(m)
}
