//! Formatting: float repr, the format-spec mini-language (`format()`, f-strings), `str.format`,
//! and `%`-formatting — all producing CPython's exact text.

use crate::error::*;
use crate::object::*;
use crate::types::class::lookup;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// Shortest digits and decimal exponent of a finite, non-zero float: value = 0.d1d2... * 10^(exp+1).
fn shortest_digits(f: f64) -> (String, i32) {
    let s = format!("{:e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap();
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap())
}

/// `repr(float)`: the shortest string that round-trips, in CPython's layout.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let (digits, exp) = shortest_digits(f);
    let sign = if f < 0.0 { "-" } else { "" };
    if (-4..16).contains(&exp) {
        format!("{}{}", sign, place_point(&digits, exp, true))
    } else {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        format!("{}{}e{}{:02}", sign, m, if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}

/// Lay out digits d1d2.. with the decimal exponent of d1 in fixed notation.
fn place_point(digits: &str, exp: i32, force_point: bool) -> String {
    if exp < 0 {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else {
        let e = exp as usize + 1;
        if digits.len() <= e {
            let mut s = format!("{}{}", digits, "0".repeat(e - digits.len()));
            if force_point {
                s.push_str(".0");
            }
            s
        } else {
            format!("{}.{}", &digits[..e], &digits[e..])
        }
    }
}

pub fn complex_repr(r: f64, i: f64) -> String {
    let fmt = |x: f64| -> String {
        let s = float_repr(x);
        s.strip_suffix(".0").map(String::from).unwrap_or(s)
    };
    if r == 0.0 && r.is_sign_positive() {
        format!("{}j", fmt(i))
    } else {
        let im = fmt(i);
        let sign = if im.starts_with('-') || i.is_nan() && im.starts_with('-') { "" } else { "+" };
        format!("({}{}{}j)", fmt(r), sign, im)
    }
}

/// round(x, ndigits) with correct rounding (half to even on the exact binary value).
pub fn round_float(f: f64, nd: i64) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    if nd > 330 {
        return f;
    }
    if nd < -330 {
        return 0.0f64.copysign(f);
    }
    if nd >= 0 {
        let s = format!("{:.*}", nd as usize, f);
        return s.parse().unwrap_or(f);
    }
    // negative ndigits: round to a multiple of 10^-nd
    let p = 10f64.powi((-nd) as i32);
    let q = f / p;
    let r = q.round_ties_even();
    let r = if (q - q.trunc()).abs() == 0.5 { r } else { q.round() };
    let v = r * p;
    if v.is_infinite() {
        return f;
    }
    v
}

pub fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let mut hex = format!("{:013x}", mant);
    while hex.len() > 1 && hex.ends_with('0') {
        hex.pop();
    }
    format!("{}0x{}.{}p{}{}", sign, lead, hex, if e >= 0 { "+" } else { "-" }, e.abs())
}

pub fn parse_hex_float(s: &str) -> Option<f64> {
    let t = s.trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    match t.as_str() {
        "inf" | "infinity" => return Some(if neg { f64::NEG_INFINITY } else { f64::INFINITY }),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    let t = t.strip_prefix("0x").unwrap_or(&t);
    let (mant, exp) = match t.split_once('p') {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (t, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in ip.chars() {
        v = v * 16.0 + c.to_digit(16)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in fp.chars() {
        v += c.to_digit(16)? as f64 * scale;
        scale /= 16.0;
    }
    let r = v * 2f64.powi(exp);
    Some(if neg { -r } else { r })
}

/// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(spec: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = Some(w.parse().map_err(|_| value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(value_error("Format specifier missing precision"));
        }
        let p: String = chars[start..i].iter().collect();
        s.precision = Some(p.parse().map_err(|_| value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(value_error("Invalid format specifier"));
    }
    Ok(s)
}

/// Pad `body` (with its sign/prefix separated for '=' alignment) to the spec's width.
fn pad(spec: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() { '=' } else { default_align });
    let len = sign.chars().count() + body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return format!("{}{}", sign, body);
    }
    let n = width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{}{}{}", sign, body, f(n)),
        '>' => format!("{}{}{}", f(n), sign, body),
        '^' => format!("{}{}{}{}", f(n / 2), sign, body, f(n - n / 2)),
        _ => format!("{}{}{}", sign, f(n), body),
    }
}

/// Insert a grouping separator every `every` digits of an integer digit string.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Zero-padding with grouping: CPython pads the digits (inserting separators into the padding).
fn pad_grouped(spec: &Spec, sign: &str, digits: &str, rest: &str, sep: Option<char>, every: usize) -> String {
    let zero_pad = (spec.zero && spec.align.is_none() && spec.fill.is_none()) || (spec.align == Some('=') && spec.fill == Some('0'));
    if let (true, Some(w)) = (zero_pad, spec.width) {
        let mut d = digits.to_string();
        loop {
            let g = match sep {
                Some(s) => group(&d, s, every),
                None => d.clone(),
            };
            if sign.chars().count() + g.chars().count() + rest.chars().count() >= w {
                return format!("{}{}{}", sign, g, rest);
            }
            d.insert(0, '0');
        }
    }
    let g = match sep {
        Some(s) => group(digits, s, every),
        None => digits.to_string(),
    };
    pad(spec, sign, &format!("{}{}", g, rest), '>')
}

fn sign_str(neg: bool, spec: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

pub fn format_int(n: &BigInt, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    if spec.precision.is_some() && !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    let neg = n.is_negative();
    let a = n.abs();
    let (digits, prefix, every) = match ty {
        'd' | 'n' => (a.to_string(), "", 3),
        'b' => (a.to_str_radix(2), "0b", 4),
        'o' => (a.to_str_radix(8), "0o", 4),
        'x' => (a.to_str_radix(16), "0x", 4),
        'X' => (a.to_str_radix(16).to_uppercase(), "0X", 4),
        'c' => {
            if spec.sign.is_some() {
                return Err(value_error("Sign not allowed with integer format specifier 'c'"));
            }
            let cp = num_traits::ToPrimitive::to_u32(n).filter(|c| *c <= 0x10ffff).ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
            let c = char::from_u32(cp).unwrap_or('\u{fffd}');
            return Ok(pad(spec, "", &c.to_string(), '<'));
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = num_traits::ToPrimitive::to_f64(n).unwrap_or(f64::INFINITY);
            return format_float(f, spec);
        }
        other => return Err(value_error(format!("Unknown format code '{}' for object of type 'int'", other))),
    };
    if spec.grouping == Some(',') && !matches!(ty, 'd' | 'n') {
        return Err(value_error(format!("Cannot specify ',' with '{}'.", ty)));
    }
    let sign = format!("{}{}", sign_str(neg, spec), if spec.alt { prefix } else { "" });
    Ok(pad_grouped(spec, &sign, &digits, "", spec.grouping, every))
}

pub fn format_float(f: f64, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n') {
            return Err(value_error(format!("Unknown format code '{}' for object of type 'float'", t)));
        }
    }
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let sign = sign_str(neg, spec);
    let upper = matches!(ty, Some('E') | Some('F') | Some('G'));
    if !a.is_finite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        let s = if upper { s.to_uppercase() } else { s.to_string() };
        let s = if ty == Some('%') { format!("{}%", s) } else { s };
        let sp = Spec { zero: false, fill: spec.fill, align: spec.align.or(if spec.zero { Some('>') } else { None }), width: spec.width, ..Default::default() };
        return Ok(pad(&sp, sign, &s, '>'));
    }
    let body = match ty {
        Some('f') | Some('F') => fixed(a, spec.precision.unwrap_or(6), spec.alt),
        Some('%') => format!("{}%", fixed(a * 100.0, spec.precision.unwrap_or(6), spec.alt)),
        Some('e') | Some('E') => {
            let s = sci(a, spec.precision.unwrap_or(6), spec.alt);
            if upper {
                s.to_uppercase()
            } else {
                s
            }
        }
        Some('g') | Some('G') | Some('n') => {
            let s = general(a, spec.precision.unwrap_or(6), spec.alt, false);
            if upper {
                s.to_uppercase()
            } else {
                s
            }
        }
        None => match spec.precision {
            None => {
                let r = float_repr(a);
                r
            }
            Some(p) => general(a, p, spec.alt, true),
        },
        _ => unreachable!(),
    };
    // split integer digits for grouping
    let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (body[..i].to_string(), body[i..].to_string()),
        None => (body.clone(), String::new()),
    };
    Ok(pad_grouped(spec, sign, &int_part, &rest, spec.grouping, 3))
}

fn fixed(a: f64, prec: usize, alt: bool) -> String {
    let s = format!("{:.*}", prec, a);
    if alt && prec == 0 {
        format!("{}.", s)
    } else {
        s
    }
}

fn sci(a: f64, prec: usize, alt: bool) -> String {
    let s = format!("{:.*e}", prec, a);
    let (m, e) = s.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    let m = if alt && prec == 0 { format!("{}.", m) } else { m.to_string() };
    format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
}

/// 'g' formatting; `repr_like` is the no-type-with-precision variant (keeps ".0").
fn general(a: f64, prec: usize, alt: bool, repr_like: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if a == 0.0 {
        let mut s = if alt { format!("0.{}", "0".repeat(p - 1)) } else { "0".to_string() };
        if repr_like && !alt {
            s = "0.0".into();
        }
        return s;
    }
    let s = format!("{:.*e}", p - 1, a);
    let (m, e) = s.split_once('e').unwrap();
    let exp: i32 = e.parse().unwrap();
    let digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    if exp >= -4 && exp < p as i32 {
        let mut out = place_point(&digits, exp, false);
        if !alt && out.contains('.') {
            while out.ends_with('0') {
                out.pop();
            }
            if out.ends_with('.') {
                out.pop();
            }
        } else if alt && !out.contains('.') {
            out.push('.');
        }
        if repr_like && !out.contains('.') {
            out.push_str(".0");
        }
        out
    } else {
        let mut mant = digits[..1].to_string();
        let mut frac = digits[1..].to_string();
        if !alt {
            while frac.ends_with('0') {
                frac.pop();
            }
        }
        if !frac.is_empty() || alt {
            mant.push('.');
            mant.push_str(&frac);
        }
        format!("{}e{}{:02}", mant, if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}

pub fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(value_error(format!("Unknown format code '{}' for object of type 'str'", t)));
        }
    }
    if spec.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if spec.alt {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    if spec.grouping.is_some() {
        return Err(value_error(format!("Cannot specify '{}' with 's'.", spec.grouping.unwrap())));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let sp = Spec { fill: spec.fill.or(if spec.zero { Some('0') } else { None }), align: spec.align, width: spec.width, ..Default::default() };
    Ok(pad(&sp, "", &body, '<'))
}

impl Vm {
    /// `format(value, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        match v {
            Value::Int(i) => return Ok(Value::string(format_int(&BigInt::from(*i), &parse_spec(spec)?).map_err(|e| fix_type(e, "int"))?)),
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(Value::str(if *b { "True" } else { "False" }));
                }
                return Ok(Value::string(format_int(&BigInt::from(*b as i64), &parse_spec(spec)?)?));
            }
            Value::Float(f) => return Ok(Value::string(format_float(*f, &parse_spec(spec)?)?)),
            Value::Obj(o) => match &**o {
                Obj::Str(s) => {
                    if spec.is_empty() {
                        return Ok(v.clone());
                    }
                    return Ok(Value::string(format_str(s.as_str(), &parse_spec(spec)?)?));
                }
                Obj::BigInt(b) => return Ok(Value::string(format_int(b, &parse_spec(spec)?)?)),
                Obj::Complex(r, i) => {
                    if spec.is_empty() {
                        return Ok(Value::string(complex_repr(*r, *i)));
                    }
                    let sp = parse_spec(spec)?;
                    let re = format_float(*r, &Spec { precision: sp.precision, ty: sp.ty, ..Default::default() })?;
                    let im = format_float(*i, &Spec { precision: sp.precision, ty: sp.ty, sign: Some('+'), ..Default::default() })?;
                    let body = if sp.ty.is_none() { format!("({}{}j)", re, im) } else { format!("{}{}j", re, im) };
                    return Ok(Value::string(pad(&Spec { fill: sp.fill, align: sp.align, width: sp.width, ..Default::default() }, "", &body, '>')));
                }
                _ => {}
            },
            _ => {}
        }
        let cls = self.class_of(v);
        match lookup(self, &cls, "__format__") {
            Some(f) => {
                let r = self.call_value(&f, &[v.clone(), Value::str(spec)])?;
                if r.as_str().is_none() {
                    return Err(type_error(format!("__format__ must return a str, not {}", self.type_name(&r))));
                }
                Ok(r)
            }
            None => {
                if !spec.is_empty() {
                    return Err(type_error(format!("unsupported format string passed to {}.__format__", self.type_name(v))));
                }
                self.str(v)
            }
        }
    }
}

fn fix_type(e: PyErr, _t: &str) -> PyErr {
    e
}

// ----- str.format -----

pub fn str_format(vm: &mut Vm, fmt: &str, pos: &[Value], args: Args) -> PyResult<Value> {
    let mut auto = 0usize;
    let mut manual = false;
    let out = format_inner(vm, fmt, pos, &args, &mut auto, &mut manual, 2)?;
    Ok(Value::string(out))
}

fn format_inner(vm: &mut Vm, fmt: &str, pos: &[Value], args: &Args, auto: &mut usize, manual: &mut bool, depth: u32) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if i + 1 < chars.len() && chars[i + 1] == '{' {
            out.push('{');
            i += 2;
            continue;
        }
        // parse a replacement field up to the matching '}'
        let mut j = i + 1;
        let mut level = 1;
        while j < chars.len() {
            match chars[j] {
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(value_error("expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        // split name!conv:spec (the name part may contain [..] with ':' or '!')
        let (mut name_end, mut in_bracket) = (field.len(), false);
        for (k, ch) in field.char_indices() {
            match ch {
                '[' => in_bracket = true,
                ']' => in_bracket = false,
                '!' | ':' if !in_bracket => {
                    name_end = k;
                    break;
                }
                _ => {}
            }
        }
        let name = &field[..name_end];
        let rest = &field[name_end..];
        let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
            let mut it = r.chars();
            let cv = it.next();
            let after: String = it.collect();
            if !after.is_empty() && !after.starts_with(':') {
                return Err(value_error("expected ':' after conversion specifier"));
            }
            (cv, after.strip_prefix(':').unwrap_or("").to_string())
        } else {
            (None, rest.strip_prefix(':').unwrap_or("").to_string())
        };
        let value = resolve_field(vm, name, pos, args, auto, manual)?;
        let value = match conv {
            None => value,
            Some('s') => vm.str(&value)?,
            Some('r') => vm.repr(&value)?,
            Some('a') => vm.ascii(&value)?,
            Some(c) => return Err(value_error(format!("Unknown conversion specifier {}", c))),
        };
        let spec = if spec.contains('{') {
            if depth == 0 {
                return Err(value_error("Max string recursion exceeded"));
            }
            format_inner(vm, &spec, pos, args, auto, manual, depth - 1)?
        } else {
            spec
        };
        let r = vm.format(&value, &spec)?;
        out.push_str(r.as_str().unwrap_or(""));
    }
    Ok(out)
}

fn resolve_field(vm: &mut Vm, name: &str, pos: &[Value], args: &Args, auto: &mut usize, manual: &mut bool) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if *manual {
            return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        let idx = *auto;
        *auto += 1;
        pos.get(idx).cloned().ok_or_else(|| index_error(format!("Replacement index {} out of range for positional args tuple", idx)))?
    } else if let Ok(idx) = first.parse::<usize>() {
        if *auto > 0 {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *manual = true;
        pos.get(idx).cloned().ok_or_else(|| index_error(format!("Replacement index {} out of range for positional args tuple", idx)))?
    } else {
        match args.kwarg(first) {
            Some(v) => v.clone(),
            None => {
                // format_map passes a mapping as the only positional argument with a marker
                if let Some(m) = args.kwarg("\0map") {
                    let m = m.clone();
                    vm.getitem(&m, &Value::str(first))?
                } else {
                    return Err(key_error(Value::str(first)));
                }
            }
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            value = vm.getattr(&value, &Value::str(attr))?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::str(key),
            };
            value = vm.getitem(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

// ----- %-formatting -----

pub fn percent_format(vm: &mut Vm, fmt_v: &Value, args: &Value) -> PyResult<Value> {
    let fmt = fmt_v.as_str().unwrap_or("").to_string();
    let (items, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Obj(o) => match &**o {
            Obj::Tuple(t) => (t.to_vec(), None),
            Obj::Dict(_) => (vec![args.clone()], Some(args.clone())),
            Obj::Instance(_) if vm.has_attr(args, "keys") && !vm.has_attr(args, "__len__") || (vm.has_attr(args, "__getitem__") && !matches!(vm.unwrap_builtin(args), Value::Obj(ref b) if matches!(&**b, Obj::Tuple(_) | Obj::Str(_)))) => {
                (vec![args.clone()], Some(args.clone()))
            }
            _ => (vec![args.clone()], None),
        },
        _ => (vec![args.clone()], None),
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut argi = 0;
    let mut used_mapping = false;
    let next_arg = |argi: &mut usize| -> PyResult<Value> {
        let v = items.get(*argi).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
        *argi += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let mut key: Option<String> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            key = Some(chars[start..i - 1].iter().collect());
        }
        let mut spec = Spec::default();
        let mut left = false;
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => left = true,
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => {}
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            let w = next_arg(&mut argi)?;
            let w = vm.index_value(&w)?;
            if w < 0 {
                left = true;
            }
            spec.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let s = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > s {
                spec.width = Some(chars[s..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = next_arg(&mut argi)?;
                spec.precision = Some(vm.index_value(&p)?.max(0) as usize);
                i += 1;
            } else {
                let s = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                spec.precision = Some(chars[s..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match &key {
            Some(k) => {
                used_mapping = true;
                let m = mapping.clone().ok_or_else(|| type_error("format requires a mapping"))?;
                vm.getitem(&m, &Value::str(k))?
            }
            None => next_arg(&mut argi)?,
        };
        if left {
            spec.align = Some('<');
            spec.zero = false;
        }
        let text = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.str_string(&arg)?,
                    'r' => vm.repr_string(&arg)?,
                    _ => vm.ascii(&arg)?.as_str().unwrap_or("").to_string(),
                };
                let body: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                pad(&Spec { align: Some(if left { '<' } else { '>' }), width: spec.width, ..Default::default() }, "", &body, '>')
            }
            'd' | 'i' | 'u' => {
                let n = percent_int(vm, &arg, conv)?;
                let sp = Spec { ty: Some('d'), precision: None, ..spec_clone(&spec) };
                let digits = n.abs().to_string();
                let digits = match spec.precision {
                    Some(p) if digits.len() < p => format!("{}{}", "0".repeat(p - digits.len()), digits),
                    _ => digits,
                };
                let sign = sign_str(n.is_negative(), &sp);
                pct_pad(&sp, sign, &digits, left)
            }
            'o' | 'x' | 'X' => {
                let n = percent_int(vm, &arg, conv)?;
                let mut digits = match conv {
                    'o' => n.abs().to_str_radix(8),
                    'x' => n.abs().to_str_radix(16),
                    _ => n.abs().to_str_radix(16).to_uppercase(),
                };
                if let Some(p) = spec.precision {
                    if digits.len() < p {
                        digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
                    }
                }
                let prefix = if spec.alt { match conv { 'o' => "0o", 'x' => "0x", _ => "0X" } } else { "" };
                let sign = format!("{}{}", sign_str(n.is_negative(), &spec), prefix);
                pct_pad(&spec, &sign, &digits, left)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match &arg {
                    Value::Float(f) => *f,
                    _ => {
                        if arg.as_str().is_some() {
                            return Err(type_error(format!("must be real number, not {}", vm.type_name(&arg))));
                        }
                        crate::types::float::float_from_value(vm, &arg).map_err(|_| type_error(format!("must be real number, not {}", vm.type_name(&arg))))?
                    }
                };
                let sp = Spec { ty: Some(conv), precision: Some(spec.precision.unwrap_or(6)), alt: spec.alt, sign: spec.sign, ..Default::default() };
                let body = format_float(f, &sp)?;
                let (sign, digits) = if let Some(b) = body.strip_prefix(['-', '+', ' ']) { (&body[..1], b.to_string()) } else { ("", body.clone()) };
                pct_pad(&spec, sign, &digits, left)
            }
            'c' => {
                let s = match &arg {
                    Value::Obj(o) if matches!(&**o, Obj::Str(_)) => {
                        let s = arg.as_str().unwrap();
                        if s.chars().count() != 1 {
                            return Err(type_error("%c requires int or char"));
                        }
                        s.to_string()
                    }
                    _ => {
                        let n = vm.index_value(&arg).map_err(|_| type_error("%c requires int or char"))?;
                        char::from_u32(n as u32).ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?.to_string()
                    }
                };
                pad(&Spec { align: Some(if left { '<' } else { '>' }), width: spec.width, ..Default::default() }, "", &s, '>')
            }
            other => {
                return Err(value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", other, other as u32, i - 1)));
            }
        };
        out.push_str(&text);
    }
    if argi < items.len() && mapping.is_none() && !used_mapping {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(Value::string(out))
}

fn spec_clone(s: &Spec) -> Spec {
    Spec { fill: s.fill, align: s.align, sign: s.sign, alt: s.alt, zero: s.zero, width: s.width, grouping: s.grouping, precision: s.precision, ty: s.ty }
}

fn pct_pad(spec: &Spec, sign: &str, digits: &str, left: bool) -> String {
    let width = spec.width.unwrap_or(0);
    let len = sign.chars().count() + digits.chars().count();
    if len >= width {
        return format!("{}{}", sign, digits);
    }
    let n = width - len;
    if left {
        format!("{}{}{}", sign, digits, " ".repeat(n))
    } else if spec.zero {
        format!("{}{}{}", sign, "0".repeat(n), digits)
    } else {
        format!("{}{}{}", " ".repeat(n), sign, digits)
    }
}

fn percent_int(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    match v {
        Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
            let r = crate::types::int::int_from_value(vm, &Value::Float(*f))?;
            Ok(crate::types::int::to_big(vm, &r).unwrap_or_else(BigInt::zero))
        }
        _ => {
            if let Some(b) = crate::types::int::to_big(vm, v) {
                return Ok(b);
            }
            if matches!(conv, 'd' | 'i' | 'u') {
                if let Some(r) = vm.call_dunder(v, "__int__", &[])? {
                    return Ok(crate::types::int::to_big(vm, &r).unwrap_or_else(BigInt::zero));
                }
                return Err(type_error(format!("%{} format: a real number is required, not {}", conv, vm.type_name(v))));
            }
            match vm.index_big(v) {
                Ok(b) => Ok(b),
                Err(_) => Err(type_error(format!("%{} format: an integer is required, not {}", conv, vm.type_name(v)))),
            }
        }
    }
}
