//! The text-processing methods of `str` (split, strip, find, replace, case mapping, ...), with
//! CPython's semantics and error messages, and the Unicode character properties they use.

use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use num_traits::{Signed, ToPrimitive};

#[path = "unicode_db.rs"]
pub mod unicode_db;

// ----- Unicode character properties (Unicode 14.0, as CPython 3.11) -----

pub mod uni {
    use super::unicode_db::*;

    #[inline]
    pub fn flags(c: char) -> u16 {
        let cp = c as u32;
        let idx = RANGE_STARTS.partition_point(|&s| s <= cp);
        RANGE_FLAGS[idx.saturating_sub(1)]
    }
    #[inline]
    pub fn has(c: char, f: u16) -> bool {
        flags(c) & f != 0
    }
    pub fn is_space(c: char) -> bool {
        if c.is_ascii() {
            matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f')
        } else {
            has(c, SPACE)
        }
    }
    pub fn is_alpha(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            has(c, ALPHA)
        }
    }
    pub fn is_decimal(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_digit()
        } else {
            has(c, DECIMAL)
        }
    }
    pub fn is_digit(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_digit()
        } else {
            has(c, DIGIT)
        }
    }
    pub fn is_numeric(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_digit()
        } else {
            has(c, NUMERIC)
        }
    }
    pub fn is_alnum(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            has(c, ALPHA | DECIMAL | DIGIT | NUMERIC)
        }
    }
    pub fn is_printable(c: char) -> bool {
        if c.is_ascii() {
            (' '..='~').contains(&c)
        } else {
            has(c, PRINTABLE)
        }
    }
    pub fn is_lower(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_lowercase()
        } else {
            has(c, LOWER)
        }
    }
    pub fn is_upper(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_uppercase()
        } else {
            has(c, UPPER)
        }
    }
    pub fn is_title(c: char) -> bool {
        !c.is_ascii() && has(c, TITLE)
    }
    pub fn is_cased(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            has(c, LOWER | UPPER | TITLE)
        }
    }
    pub fn is_case_ignorable(c: char) -> bool {
        has(c, CASE_IGNORABLE)
    }
    pub fn is_xid_start(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphabetic() || c == '_'
        } else {
            has(c, XID_START)
        }
    }
    pub fn is_xid_continue(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphanumeric() || c == '_'
        } else {
            has(c, XID_CONTINUE)
        }
    }
    pub fn is_linebreak(c: char) -> bool {
        matches!(
            c,
            '\n' | '\x0b' | '\x0c' | '\r' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    }

    pub fn push_upper(c: char, out: &mut String) {
        if c.is_ascii() {
            out.push(c.to_ascii_uppercase());
        } else if has(c, HAS_UPPER) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    /// Full lowercase mapping of one character (no final-sigma rule).
    pub fn push_lower(c: char, out: &mut String) {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if has(c, HAS_LOWER) {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    pub fn push_title(c: char, out: &mut String) {
        if c.is_ascii() {
            out.push(c.to_ascii_uppercase());
            return;
        }
        match TITLE_EXCEPTIONS.binary_search_by_key(&c, |e| e.0) {
            Ok(i) => out.push_str(TITLE_EXCEPTIONS[i].1),
            Err(_) => push_upper(c, out),
        }
    }
    pub fn push_fold(c: char, out: &mut String) {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            return;
        }
        match FOLD_EXCEPTIONS.binary_search_by_key(&c, |e| e.0) {
            Ok(i) => out.push_str(FOLD_EXCEPTIONS[i].1),
            Err(_) => push_lower(c, out),
        }
    }
    /// Lowercase of the character at `i` of `chars`, applying the final-sigma rule to 'Σ'.
    pub fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
        let c = chars[i];
        if c != '\u{3a3}' {
            push_lower(c, out);
            return;
        }
        let mut j = i;
        let mut final_sigma = false;
        while j > 0 {
            j -= 1;
            if !is_case_ignorable(chars[j]) {
                final_sigma = is_cased(chars[j]);
                break;
            }
        }
        if final_sigma {
            let mut k = i + 1;
            while k < chars.len() && is_case_ignorable(chars[k]) {
                k += 1;
            }
            final_sigma = k == chars.len() || !is_cased(chars[k]);
        }
        out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
    }
}

// ----- argument handling -----

/// The str value of self (also for instances of str subclasses), as a `Value` holding an `Obj::Str`.
pub fn self_str(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.pos().first() {
        Some(v) => {
            if v.as_pystr().is_some() {
                return Ok(v.clone());
            }
            let u = vm.unwrap_builtin(v);
            if u.as_pystr().is_some() {
                return Ok(u);
            }
            Err(type_error(format!(
                "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                name,
                vm.type_name(v)
            )))
        }
        None => Err(type_error(format!("unbound method str.{}() needs an argument", name))),
    }
}

/// A str argument (str or str subclass instance) as a str Value, or None.
pub fn str_value(vm: &Vm, v: &Value) -> Option<Value> {
    if v.as_pystr().is_some() {
        return Some(v.clone());
    }
    if let Value::Obj(o) = v {
        if let Obj::Instance(_) = &**o {
            let u = vm.unwrap_builtin(v);
            if u.as_pystr().is_some() {
                return Some(u);
            }
        }
    }
    None
}

/// A str argument or a TypeError "must be str, not T" (with an optional prefix).
fn need_str(vm: &Vm, v: &Value, prefix: &str) -> PyResult<Value> {
    str_value(vm, v).ok_or_else(|| type_error(format!("{}must be str, not {}", prefix, vm.type_name(v))))
}

#[derive(Clone, Copy)]
enum Style {
    /// `find() takes at least 1 argument (0 given)`
    Takes,
    /// `replace expected at least 2 arguments, got 1`
    Expected,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        "argument"
    } else {
        "arguments"
    }
}

/// Positional-only arguments after self.
fn pos_args<'a>(args: &Args<'a>, name: &str, min: usize, max: usize, style: Style) -> PyResult<&'a [Value]> {
    if args.has_kw() {
        return Err(type_error(format!("str.{}() takes no keyword arguments", name)));
    }
    let p = &args.pos()[1..];
    let n = p.len();
    if n < min || n > max {
        let (word, k) = if n < min { ("least", min) } else { ("most", max) };
        return Err(type_error(match style {
            Style::Takes => format!("{}() takes at {} {} {} ({} given)", name, word, k, plural(k), n),
            Style::Expected => format!("{} expected at {} {} {}, got {}", name, word, k, plural(k), n),
        }));
    }
    Ok(p)
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(type_error(format!("str.{}() takes no keyword arguments", name)));
    }
    let n = args.pos().len().saturating_sub(1);
    if n != 0 {
        return Err(type_error(format!("str.{}() takes no arguments ({} given)", name, n)));
    }
    Ok(())
}

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if args.has_kw() {
        return Err(type_error(format!("str.{}() takes no keyword arguments", name)));
    }
    let p = &args.pos()[1..];
    if p.len() != 1 {
        return Err(type_error(format!(
            "str.{}() takes exactly one argument ({} given)",
            name,
            p.len()
        )));
    }
    Ok(&p[0])
}

/// Arguments that may also be passed by keyword (`split(sep=None, maxsplit=-1)`).
pub(crate) fn kw_args(args: &Args, name: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let p = &args.pos()[1..];
    let total = p.len() + args.kwnames.len();
    if total > names.len() {
        return Err(type_error(format!(
            "{}() takes at most {} {} ({} given)",
            name,
            names.len(),
            plural(names.len()),
            total
        )));
    }
    let mut out: Vec<Option<Value>> = p.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in args.kw() {
        match names.iter().position(|n| *n == k) {
            Some(i) => {
                if i < p.len() {
                    return Err(type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        name,
                        k,
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k, name
                )))
            }
        }
    }
    Ok(out)
}

/// A Py_ssize_t argument (OverflowError for huge ints).
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Obj(o) = v {
        if let Obj::BigInt(_) = &**o {
            return Err(overflow_error("Python int too large to convert to C ssize_t"));
        }
    }
    match vm.index_value(v) {
        Ok(i) => Ok(i),
        Err(e) => {
            if vm.err_matches(&e, ExcKind::IndexError) {
                Err(overflow_error("Python int too large to convert to C ssize_t"))
            } else {
                Err(e)
            }
        }
    }
}

/// A slice-style index argument for find/count/startswith: None means absent; huge values saturate.
fn slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    let sat = |b: &num_bigint::BigInt| b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX });
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) => match &**o {
            Obj::BigInt(b) => Ok(Some(sat(b))),
            Obj::Instance(_) => {
                if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
                    return match &r {
                        Value::Int(i) => Ok(Some(*i)),
                        Value::Bool(b) => Ok(Some(*b as i64)),
                        Value::Obj(ro) => match &**ro {
                            Obj::BigInt(b) => Ok(Some(sat(b))),
                            _ => Err(type_error(format!(
                                "__index__ returned non-int (type {})",
                                vm.type_name(&r)
                            ))),
                        },
                        _ => Err(type_error(format!(
                            "__index__ returned non-int (type {})",
                            vm.type_name(&r)
                        ))),
                    };
                }
                Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
            _ => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
        _ => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// CPython's ADJUST_INDICES: end clamped to len, negatives wrapped and clamped to 0.
fn adjust(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e += len;
        if e < 0 {
            e = 0;
        }
    }
    if s < 0 {
        s += len;
        if s < 0 {
            s = 0;
        }
    }
    (s, e)
}

/// Byte offset of char index `i` (clamped to the end).
fn boff(s: &PyStr, i: i64) -> usize {
    if i <= 0 {
        0
    } else {
        s.byte_offset(i as usize)
    }
}

/// Char index of byte offset `b`.
fn char_index(s: &PyStr, b: usize) -> i64 {
    if s.is_ascii() {
        b as i64
    } else {
        s.as_str()[..b].chars().count() as i64
    }
}

fn new_str(s: String) -> Value {
    Value::string(s)
}

fn bool_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(x) => Ok(vm.index_value(x)? != 0),
    }
}

// ----- case mapping -----

fn map_chars(s: &str, f: fn(char, &mut String)) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        f(c, &mut out);
    }
    out
}

pub fn lower_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    if !s.contains('\u{3a3}') {
        return map_chars(s, uni::push_lower);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        uni::push_lower_at(&chars, i, &mut out);
    }
    out
}

pub fn upper_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    map_chars(s, uni::push_upper)
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "upper")?;
    no_args(&args, "upper")?;
    Ok(new_str(upper_str(sv.as_str().unwrap())))
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "lower")?;
    no_args(&args, "lower")?;
    Ok(new_str(lower_str(sv.as_str().unwrap())))
}

fn casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "casefold")?;
    no_args(&args, "casefold")?;
    let s = sv.as_str().unwrap();
    if s.is_ascii() {
        return Ok(new_str(s.to_ascii_lowercase()));
    }
    Ok(new_str(map_chars(s, uni::push_fold)))
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "swapcase")?;
    no_args(&args, "swapcase")?;
    let s = sv.as_str().unwrap();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if uni::is_upper(c) {
            uni::push_lower_at(&chars, i, &mut out);
        } else if uni::is_lower(c) {
            uni::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "title")?;
    no_args(&args, "title")?;
    let s = sv.as_str().unwrap();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            uni::push_lower_at(&chars, i, &mut out);
        } else {
            uni::push_title(c, &mut out);
        }
        prev_cased = uni::is_cased(c);
    }
    Ok(new_str(out))
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "capitalize")?;
    no_args(&args, "capitalize")?;
    let s = sv.as_str().unwrap();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            uni::push_title(chars[0], &mut out);
        } else {
            uni::push_lower_at(&chars, i, &mut out);
        }
    }
    Ok(new_str(out))
}

// ----- predicates -----

fn all_chars(vm: &mut Vm, args: &Args, name: &str, empty: bool, f: fn(char) -> bool) -> PyResult<Value> {
    let sv = self_str(vm, args, name)?;
    no_args(args, name)?;
    let s = sv.as_str().unwrap();
    if s.is_empty() {
        return Ok(Value::Bool(empty));
    }
    Ok(Value::Bool(s.chars().all(f)))
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isalpha", false, uni::is_alpha)
}
fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isalnum", false, uni::is_alnum)
}
fn isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isdecimal", false, uni::is_decimal)
}
fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isdigit", false, uni::is_digit)
}
fn isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isnumeric", false, uni::is_numeric)
}
fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isspace", false, uni::is_space)
}
fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isprintable", true, uni::is_printable)
}
fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "isascii")?;
    no_args(&args, "isascii")?;
    Ok(Value::Bool(sv.as_pystr().unwrap().is_ascii()))
}

fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "isidentifier")?;
    no_args(&args, "isidentifier")?;
    Ok(Value::Bool(is_identifier(sv.as_str().unwrap())))
}

pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if uni::is_xid_start(c) => it.all(uni::is_xid_continue),
        _ => false,
    }
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "isupper")?;
    no_args(&args, "isupper")?;
    let mut cased = false;
    for c in sv.as_str().unwrap().chars() {
        if uni::is_lower(c) || uni::is_title(c) {
            return Ok(Value::Bool(false));
        }
        if uni::is_upper(c) {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "islower")?;
    no_args(&args, "islower")?;
    let mut cased = false;
    for c in sv.as_str().unwrap().chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            return Ok(Value::Bool(false));
        }
        if uni::is_lower(c) {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "istitle")?;
    no_args(&args, "istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in sv.as_str().unwrap().chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if uni::is_lower(c) {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ----- strip / split / partition -----

fn strip_impl(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let sv = self_str(vm, args, name)?;
    let p = pos_args(args, name, 0, 1, Style::Expected)?;
    let s = sv.as_str().unwrap();
    let r = match p.first() {
        None | Some(Value::None) => {
            let mut t = s;
            if left {
                t = t.trim_start_matches(uni::is_space);
            }
            if right {
                t = t.trim_end_matches(uni::is_space);
            }
            t
        }
        Some(v) => {
            let cv = str_value(vm, v).ok_or_else(|| type_error(format!("{} arg must be None or str", name)))?;
            let cs: Vec<char> = cv.as_str().unwrap().chars().collect();
            let mut t = s;
            if left {
                t = t.trim_start_matches(|c| cs.contains(&c));
            }
            if right {
                t = t.trim_end_matches(|c| cs.contains(&c));
            }
            t
        }
    };
    if r.len() == s.len() && args.pos()[0].as_pystr().is_some() {
        return Ok(sv);
    }
    Ok(Value::str(r))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "strip", true, true)
}
fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "rstrip", false, true)
}

fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Option<Value>, i64)> {
    let sv = self_str(vm, args, name)?;
    let a = kw_args(args, name, &["sep", "maxsplit"])?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep =
                need_str(vm, v, "").map_err(|_| type_error(format!("must be str or None, not {}", vm.type_name(v))))?;
            if sep.as_str().unwrap().is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(sep)
        }
    };
    let maxsplit = match &a[1] {
        None => -1,
        Some(m) => ssize_arg(vm, m)?,
    };
    Ok((sv, sep, maxsplit))
}

pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(uni::is_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(Value::str(rest));
            break;
        }
        match rest.find(uni::is_space) {
            Some(i) => {
                out.push(Value::str(&rest[..i]));
                rest = rest[i..].trim_start_matches(uni::is_space);
                n += 1;
            }
            None => {
                out.push(Value::str(rest));
                break;
            }
        }
    }
    out
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sv, sep, maxsplit) = split_args(vm, &args, "split")?;
    let s = sv.as_str().unwrap();
    let parts: Vec<Value> = match sep {
        None => split_whitespace(s, maxsplit),
        Some(sep) => {
            let sep = sep.as_str().unwrap();
            if maxsplit < 0 {
                s.split(sep).map(Value::str).collect()
            } else {
                s.splitn((maxsplit as usize).saturating_add(1), sep)
                    .map(Value::str)
                    .collect()
            }
        }
    };
    Ok(vm.new_list(parts))
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sv, sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let s = sv.as_str().unwrap();
    let mut parts: Vec<Value> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(uni::is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                match rest.rfind(uni::is_space) {
                    Some(i) => {
                        let w = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                        out.push(Value::str(&rest[i + w..]));
                        rest = rest[..i].trim_end_matches(uni::is_space);
                        n += 1;
                    }
                    None => {
                        out.push(Value::str(rest));
                        break;
                    }
                }
            }
            out
        }
        Some(sep) => {
            let sep = sep.as_str().unwrap();
            if maxsplit < 0 {
                s.rsplit(sep).map(Value::str).collect()
            } else {
                s.rsplitn((maxsplit as usize).saturating_add(1), sep)
                    .map(Value::str)
                    .collect()
            }
        }
    };
    parts.reverse();
    Ok(vm.new_list(parts))
}

pub fn splitlines_str(s: &str, keepends: bool) -> Vec<Value> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if uni::is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(Value::str(if keepends { &s[start..end] } else { &s[start..i] }));
            start = end;
        }
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    out
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "splitlines")?;
    let a = kw_args(&args, "splitlines", &["keepends"])?;
    let keepends = bool_arg(vm, &a[0])?;
    let parts = splitlines_str(sv.as_str().unwrap(), keepends);
    Ok(vm.new_list(parts))
}

fn partition_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<Value> {
    let sv = self_str(vm, args, name)?;
    let sepv = one_arg(args, name)?;
    let sepv = need_str(vm, sepv, "")?;
    let sep = sepv.as_str().unwrap();
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let s = sv.as_str().unwrap();
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let empty = vm.intern("");
    let items = match found {
        Some(i) => vec![Value::str(&s[..i]), sepv.clone(), Value::str(&s[i + sep.len()..])],
        None => {
            if rev {
                vec![empty.clone(), empty, sv.clone()]
            } else {
                vec![sv.clone(), empty.clone(), empty]
            }
        }
    };
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, &args, "partition", false)
}
fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, &args, "rpartition", true)
}

// ----- searching -----

/// Parses (sub, start, end) and returns the self value, the sub value and the adjusted char range.
fn search_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Value, i64, i64)> {
    let sv = self_str(vm, args, name)?;
    let p = pos_args(args, name, 1, 3, Style::Takes)?;
    let sub = need_str(vm, &p[0], "")?;
    let st = slice_arg(vm, p.get(1))?;
    let en = slice_arg(vm, p.get(2))?;
    let len = sv.as_pystr().unwrap().char_len() as i64;
    let (a, b) = adjust(st, en, len);
    Ok((sv, sub, a, b))
}

fn find_in(sv: &Value, sub: &Value, a: i64, b: i64, rev: bool) -> i64 {
    let s = sv.as_pystr().unwrap();
    let subs = sub.as_pystr().unwrap();
    if b - a < subs.char_len() as i64 {
        return -1;
    }
    let (ba, bb) = (boff(s, a), boff(s, b));
    let hay = &s.as_str()[ba..bb];
    let found = if rev {
        hay.rfind(subs.as_str())
    } else {
        hay.find(subs.as_str())
    };
    match found {
        Some(i) => char_index(s, ba + i),
        None => -1,
    }
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sv, sub, a, b) = search_args(vm, &args, "find")?;
    Ok(Value::Int(find_in(&sv, &sub, a, b, false)))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sv, sub, a, b) = search_args(vm, &args, "rfind")?;
    Ok(Value::Int(find_in(&sv, &sub, a, b, true)))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sv, sub, a, b) = search_args(vm, &args, "index")?;
    match find_in(&sv, &sub, a, b, false) {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sv, sub, a, b) = search_args(vm, &args, "rindex")?;
    match find_in(&sv, &sub, a, b, true) {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sv, sub, a, b) = search_args(vm, &args, "count")?;
    let s = sv.as_pystr().unwrap();
    let subs = sub.as_str().unwrap();
    if a > b || (a > s.char_len() as i64) {
        return Ok(Value::Int(0));
    }
    if subs.is_empty() {
        return Ok(Value::Int(b - a + 1));
    }
    let hay = &s.as_str()[boff(s, a)..boff(s, b)];
    Ok(Value::Int(hay.matches(subs).count() as i64))
}

fn affix_check(vm: &mut Vm, args: &Args, name: &str, start: bool) -> PyResult<Value> {
    let sv = self_str(vm, args, name)?;
    let p = pos_args(args, name, 1, 3, Style::Takes)?;
    let st = slice_arg(vm, p.get(1))?;
    let en = slice_arg(vm, p.get(2))?;
    let s = sv.as_pystr().unwrap();
    let (a, b) = adjust(st, en, s.char_len() as i64);
    let check = |x: &PyStr| -> bool {
        let n = x.char_len() as i64;
        if b - n < a {
            return false;
        }
        if n == 0 {
            return true;
        }
        let hay = &s.as_str()[boff(s, a)..boff(s, b)];
        if start {
            hay.starts_with(x.as_str())
        } else {
            hay.ends_with(x.as_str())
        }
    };
    if let Value::Obj(o) = &p[0] {
        if let Obj::Tuple(items) = &**o {
            for x in items.iter() {
                let xv = str_value(vm, x).ok_or_else(|| {
                    type_error(format!(
                        "tuple for {} must only contain str, not {}",
                        name,
                        vm.type_name(x)
                    ))
                })?;
                if check(xv.as_pystr().unwrap()) {
                    return Ok(Value::Bool(true));
                }
            }
            return Ok(Value::Bool(false));
        }
    }
    match str_value(vm, &p[0]) {
        Some(x) => Ok(Value::Bool(check(x.as_pystr().unwrap()))),
        None => Err(type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            vm.type_name(&p[0])
        ))),
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_check(vm, &args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_check(vm, &args, "endswith", false)
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "removeprefix")?;
    let a = one_arg(&args, "removeprefix")?;
    let pv = need_str(vm, a, "removeprefix() argument ")?;
    let s = sv.as_str().unwrap();
    match s.strip_prefix(pv.as_str().unwrap()) {
        Some(r) if !pv.as_str().unwrap().is_empty() => Ok(Value::str(r)),
        _ => Ok(sv.clone()),
    }
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "removesuffix")?;
    let a = one_arg(&args, "removesuffix")?;
    let pv = need_str(vm, a, "removesuffix() argument ")?;
    let s = sv.as_str().unwrap();
    match s.strip_suffix(pv.as_str().unwrap()) {
        Some(r) if !pv.as_str().unwrap().is_empty() => Ok(Value::str(r)),
        _ => Ok(sv.clone()),
    }
}

// ----- replace / padding / tabs -----

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "replace")?;
    let p = pos_args(&args, "replace", 2, 3, Style::Expected)?;
    let old = need_str(vm, &p[0], "replace() argument 1 ")?;
    let new = need_str(vm, &p[1], "replace() argument 2 ")?;
    let count = match p.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let s = sv.as_str().unwrap();
    let (o, n) = (old.as_str().unwrap(), new.as_str().unwrap());
    if count == 0 || (!o.is_empty() && !s.contains(o)) {
        return Ok(sv);
    }
    if count < 0 {
        return Ok(new_str(s.replace(o, n)));
    }
    Ok(new_str(s.replacen(o, n, count as usize)))
}

fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => match str_value(vm, v) {
            Some(f) => {
                let f = f.as_pystr().unwrap();
                if f.char_len() != 1 {
                    return Err(type_error("The fill character must be exactly one character long"));
                }
                Ok(f.char_at(0))
            }
            None => Err(type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn pad_impl(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let sv = self_str(vm, args, name)?;
    let p = pos_args(args, name, 1, 2, Style::Expected)?;
    let width = ssize_arg(vm, &p[0])?;
    let fill = fill_char(vm, p.get(1))?;
    let s = sv.as_pystr().unwrap();
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(sv.clone());
    }
    let marg = (width - len) as usize;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    let mut out = String::with_capacity(s.as_str().len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat(fill).take(left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat(fill).take(right));
    Ok(new_str(out))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, &args, "center")
}
fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, &args, "ljust")
}
fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, &args, "rjust")
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "zfill")?;
    let w = one_arg(&args, "zfill")?;
    let width = ssize_arg(vm, w)?;
    let s = sv.as_pystr().unwrap();
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(sv.clone());
    }
    let fill = (width - len) as usize;
    let t = s.as_str();
    let mut out = String::with_capacity(t.len() + fill);
    let rest = if t.starts_with('+') || t.starts_with('-') {
        out.push_str(&t[..1]);
        &t[1..]
    } else {
        t
    };
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(rest);
    Ok(new_str(out))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "expandtabs")?;
    let a = kw_args(&args, "expandtabs", &["tabsize"])?;
    let tabsize = match &a[0] {
        None => 8,
        Some(v) => ssize_arg(vm, v)?,
    };
    let s = sv.as_str().unwrap();
    if !s.contains('\t') {
        return Ok(sv.clone());
    }
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    if out.len() as i64 + n > (isize::MAX as i64) / 2 {
                        return Err(overflow_error("result too long"));
                    }
                    out.extend(std::iter::repeat(' ').take(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

// ----- translate / maketrans -----

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "translate")?;
    let table = one_arg(&args, "translate")?.clone();
    let s = sv.as_str().unwrap();
    let mut out = String::with_capacity(s.len());
    let mut ascii_cache: [Option<Option<String>>; 128] = std::array::from_fn(|_| None);
    for c in s.chars() {
        let cp = c as usize;
        if cp < 128 {
            if let Some(r) = &ascii_cache[cp] {
                match r {
                    Some(t) => out.push_str(t),
                    None => {}
                }
                continue;
            }
        }
        let key = Value::Int(c as i64);
        let looked = if let Some(d) = crate::protocol::dict_cell(&table) {
            vm.dict_lookup(d, &key)?
        } else {
            match vm.getitem(&table, &key) {
                Ok(v) => Some(v),
                Err(e) => {
                    if vm.err_matches(&e, ExcKind::LookupError) {
                        None
                    } else {
                        return Err(e);
                    }
                }
            }
        };
        let mapped: Option<String> = match looked {
            None => Some(c.to_string()),
            Some(Value::None) => None,
            Some(v) => {
                if let Some(t) = str_value(vm, &v) {
                    Some(t.as_str().unwrap().to_string())
                } else {
                    match &v {
                        Value::Int(_) | Value::Bool(_) => {}
                        Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => {}
                        _ => return Err(type_error("character mapping must return integer, None or str")),
                    }
                    let n = crate::types::int::to_big(vm, &v).and_then(|b| b.to_i64()).unwrap_or(-1);
                    match (0..0x110000).contains(&n).then(|| char::from_u32(n as u32)).flatten() {
                        Some(ch) => Some(ch.to_string()),
                        None => {
                            if (0..0x110000).contains(&n) {
                                // a lone surrogate cannot be represented
                                Some('\u{fffd}'.to_string())
                            } else {
                                return Err(value_error("character mapping must be in range(0x110000)"));
                            }
                        }
                    }
                }
            }
        };
        if let Some(t) = &mapped {
            out.push_str(t);
        }
        if cp < 128 {
            ascii_cache[cp] = Some(mapped);
        }
    }
    Ok(new_str(out))
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(type_error("str.maketrans() takes no keyword arguments"));
    }
    // called as a staticmethod: no self
    let p = args.pos();
    if p.is_empty() || p.len() > 3 {
        let (word, k) = if p.is_empty() { ("least", 1) } else { ("most", 3) };
        return Err(type_error(format!(
            "maketrans expected at {} {} {}, got {}",
            word,
            k,
            plural(k),
            p.len()
        )));
    }
    let d = vm.new_dict();
    if p.len() == 1 {
        let x = &p[0];
        let Some(dc) = crate::protocol::dict_cell(x) else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let items: Vec<(Value, Value)> = dc.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
        for (k, v) in items {
            let key = if let Some(ks) = str_value(vm, &k) {
                let ks = ks.as_pystr().unwrap();
                if ks.char_len() != 1 {
                    return Err(value_error("string keys in translate table must be of length 1"));
                }
                Value::Int(ks.char_at(0) as i64)
            } else {
                match &k {
                    Value::Int(_) => k.clone(),
                    Value::Bool(b) => Value::Int(*b as i64),
                    Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => k.clone(),
                    _ => return Err(type_error("keys in translate table must be strings or integers")),
                }
            };
            vm.dict_set(&d, key, v)?;
        }
        return Ok(d);
    }
    let y = need_str(vm, &p[1], "maketrans() argument 2 ")?;
    let z = match p.get(2) {
        Some(z) => Some(need_str(vm, z, "maketrans() argument 3 ")?),
        None => None,
    };
    let x = str_value(vm, &p[0])
        .ok_or_else(|| type_error("first maketrans argument must be a string if there is a second argument"))?;
    let (xs, ys) = (x.as_pystr().unwrap(), y.as_pystr().unwrap());
    if xs.char_len() != ys.char_len() {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in xs.as_str().chars().zip(ys.as_str().chars()) {
        vm.dict_set(&d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.as_str().unwrap().chars() {
            vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

// ----- encode / format_map / operators -----

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "encode")?;
    let a = kw_args(&args, "encode", &["encoding", "errors"])?;
    let enc = match &a[0] {
        None => "utf-8".to_string(),
        Some(v) => need_str(vm, v, "encode() argument 'encoding' ")?
            .as_str()
            .unwrap()
            .to_string(),
    };
    let errors = match &a[1] {
        None => "strict".to_string(),
        Some(v) => need_str(vm, v, "encode() argument 'errors' ")?
            .as_str()
            .unwrap()
            .to_string(),
    };
    crate::types::bytes::encode(vm, sv.as_str().unwrap(), &enc, &errors)
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "format_map")?;
    let m = one_arg(&args, "format_map")?.clone();
    crate::format::str_format_map(vm, sv.as_str().unwrap(), m)
}

fn str_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "__add__")?;
    let p = pos_args(&args, "__add__", 1, 1, Style::Expected)?;
    match str_value(vm, &p[0]) {
        Some(o) => {
            let mut r = String::with_capacity(sv.as_str().unwrap().len() + o.as_str().unwrap().len());
            r.push_str(sv.as_str().unwrap());
            r.push_str(o.as_str().unwrap());
            Ok(new_str(r))
        }
        None => Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&p[0])
        ))),
    }
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "__mul__")?;
    let p = pos_args(&args, "__mul__", 1, 1, Style::Expected)?;
    let n = ssize_arg(vm, &p[0])?;
    let s = sv.as_str().unwrap();
    if n <= 0 || s.is_empty() {
        return Ok(vm.intern(""));
    }
    crate::ops::check_repeat(s.len(), n as usize, 1)?;
    Ok(new_str(s.repeat(n as usize)))
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "__mod__")?;
    let p = pos_args(&args, "__mod__", 1, 1, Style::Expected)?;
    crate::format::percent_format(vm, &sv, &p[0])
}

fn str_rmod(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn cmp_impl(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let sv = self_str(vm, args, name)?;
    let p = pos_args(args, name, 1, 1, Style::Expected)?;
    let Some(o) = str_value(vm, &p[0]) else {
        return Ok(vm.not_implemented.clone());
    };
    let (a, b) = (sv.as_str().unwrap(), o.as_str().unwrap());
    Ok(Value::Bool(match name {
        "__eq__" => a == b,
        "__ne__" => a != b,
        "__lt__" => a < b,
        "__le__" => a <= b,
        "__gt__" => a > b,
        _ => a >= b,
    }))
}

fn str_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, &args, "__eq__")
}
fn str_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, &args, "__ne__")
}
fn str_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, &args, "__lt__")
}
fn str_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, &args, "__le__")
}
fn str_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, &args, "__gt__")
}
fn str_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, &args, "__ge__")
}

fn str_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sv = self_str(vm, &args, "__sizeof__")?;
    let s = sv.as_str().unwrap();
    let maxc = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let n = sv.as_pystr().unwrap().char_len() as i64;
    Ok(Value::Int(if maxc < 128 {
        49 + n
    } else if maxc < 256 {
        73 + n
    } else if maxc < 0x10000 {
        74 + 2 * n
    } else {
        76 + 4 * n
    }))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isdecimal", isdecimal),
        ("isdigit", isdigit),
        ("isnumeric", isnumeric),
        ("isspace", isspace),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("isidentifier", isidentifier),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("partition", partition),
        ("rpartition", rpartition),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("replace", replace),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("translate", translate),
        ("encode", encode),
        ("format_map", format_map),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__sizeof__", str_sizeof),
    ];
    for (name, f) in methods {
        vm.add_method(&t, name, *f);
    }
    vm.add_staticmethod(&t, "maketrans", maketrans);
}
