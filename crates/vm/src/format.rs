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
    if f.is_finite() && f != 0.0 {
        return crate::types::float::repr_digits(f);
    }
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
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
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
        let sign = if im.starts_with('-') || i.is_nan() && im.starts_with('-') {
            ""
        } else {
            "+"
        };
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
    format!(
        "{}0x{}.{}p{}{}",
        sign,
        lead,
        hex,
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
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
#[derive(Default, Debug, Clone)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn too_many_digits() -> PyErr {
    value_error("Too many decimal digits in format string")
}

/// Parses a format spec; `tyname` names the formatted object's type for error messages.
pub fn parse_spec_for(spec: &str, tyname: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let n = chars.len();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if n >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if n >= 1 && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < n && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < n && chars[i] == 'z' {
        s.no_neg_0 = true;
        i += 1;
    }
    if i < n && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if s.fill.is_none() && i < n && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let read_int = |i: &mut usize| -> PyResult<Option<usize>> {
        let start = *i;
        let mut acc: u64 = 0;
        while *i < n && chars[*i].is_ascii_digit() {
            let d = chars[*i] as u64 - '0' as u64;
            acc = acc
                .checked_mul(10)
                .and_then(|a| a.checked_add(d))
                .filter(|a| *a <= i64::MAX as u64)
                .ok_or_else(too_many_digits)?;
            *i += 1;
        }
        Ok(if *i > start { Some(acc as usize) } else { None })
    };
    s.width = read_int(&mut i)?;
    if i < n && chars[i] == ',' {
        s.grouping = Some(',');
        i += 1;
    }
    if i < n && chars[i] == '_' {
        if s.grouping.is_some() {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        s.grouping = Some('_');
        i += 1;
    }
    if i < n && chars[i] == ',' && s.grouping == Some('_') {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if i < n && chars[i] == '.' {
        i += 1;
        s.precision = read_int(&mut i)?;
        if s.precision.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
    }
    if n - i > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, tyname
        )));
    }
    if i < n {
        s.ty = Some(chars[i]);
    }
    if let Some(g) = s.grouping {
        let default_ty = match tyname {
            "str" => Some('s'),
            "int" | "bool" => Some('d'),
            _ => None,
        };
        let ok = match s.ty.or(default_ty) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            let t = s.ty.or(default_ty).unwrap_or(' ');
            let shown = if (t as u32) > 32 && (t as u32) < 127 || (t as u32) > 160 {
                t.to_string()
            } else {
                format!("\\x{:x}", t as u32)
            };
            return Err(value_error(format!("Cannot specify '{}' with '{}'.", g, shown)));
        }
    }
    Ok(s)
}

pub fn parse_spec(spec: &str) -> PyResult<Spec> {
    parse_spec_for(spec, "object")
}

fn check_width(w: usize) -> PyResult<()> {
    if w > (1usize << 31) {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(())
}

/// Pads `lead` (sign and prefix) and `body` to the width: `fill`/`align` are already resolved.
fn pad_with(fill: char, align: char, width: usize, lead: &str, body: &str) -> String {
    let len = lead.chars().count() + body.chars().count();
    if len >= width {
        return format!("{}{}", lead, body);
    }
    let n = width - len;
    let f = |k: usize| std::iter::repeat(fill).take(k).collect::<String>();
    match align {
        '<' => format!("{}{}{}", lead, body, f(n)),
        '>' => format!("{}{}{}", f(n), lead, body),
        '^' => format!("{}{}{}{}", f(n / 2), lead, body, f(n - n / 2)),
        _ => format!("{}{}{}", lead, f(n), body),
    }
}

/// Padding for non-numeric text (strings): default left alignment.
fn pad_text(spec: &Spec, body: &str) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or('<');
    pad_with(fill, align, spec.width.unwrap_or(0), "", body)
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

/// Lays out a number: `lead` is the sign and prefix, `digits` the integer digits (grouped here),
/// `rest` the fraction, exponent and suffix.
fn pad_number(spec: &Spec, lead: &str, digits: &str, rest: &str, every: usize) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec
        .align
        .unwrap_or(if spec.zero && spec.fill.is_none() { '=' } else { '>' });
    let width = spec.width.unwrap_or(0);
    if fill == '0' && align == '=' {
        let min = width.saturating_sub(lead.chars().count() + rest.chars().count());
        let body = match spec.grouping {
            Some(sep) => {
                let mut d = digits.to_string();
                let mut g = group(&d, sep, every);
                if g.len() < min {
                    // zeros are added to the digits and grouped with them
                    let missing_digits = {
                        // digits needed so that grouped length >= min
                        let mut k = d.len();
                        loop {
                            let glen = k + (k.max(1) - 1) / every;
                            if glen >= min {
                                break k;
                            }
                            k += 1;
                        }
                    };
                    d = format!("{}{}", "0".repeat(missing_digits - d.len()), d);
                    g = group(&d, sep, every);
                }
                g
            }
            None => {
                if digits.len() < min {
                    format!("{}{}", "0".repeat(min - digits.len()), digits)
                } else {
                    digits.to_string()
                }
            }
        };
        return format!("{}{}{}", lead, body, rest);
    }
    let g = match spec.grouping {
        Some(sep) => group(digits, sep, every),
        None => digits.to_string(),
    };
    pad_with(fill, align, width, lead, &format!("{}{}", g, rest))
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

fn unknown_code(t: char, tyname: &str) -> PyErr {
    if (t as u32) > 32 && (t as u32) < 128 {
        value_error(format!("Unknown format code '{}' for object of type '{}'", t, tyname))
    } else {
        value_error(format!(
            "Unknown format code '\\x{:x}' for object of type '{}'",
            t as u32, tyname
        ))
    }
}

pub fn format_int(n: &BigInt, spec: &Spec) -> PyResult<String> {
    format_int_named(n, spec, "int")
}

pub fn format_int_named(n: &BigInt, spec: &Spec, tyname: &str) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    let (digits, prefix, every) = match ty {
        'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {
            if spec.precision.is_some() {
                return Err(value_error("Precision not allowed in integer format specifier"));
            }
            if spec.no_neg_0 {
                return Err(value_error(
                    "Negative zero coercion (z) not allowed in integer format specifier",
                ));
            }
            let a = n.abs();
            match ty {
                'b' => (a.to_str_radix(2), "0b", 4),
                'o' => (a.to_str_radix(8), "0o", 4),
                'x' => (a.to_str_radix(16), "0x", 4),
                'X' => (a.to_str_radix(16).to_uppercase(), "0X", 4),
                'c' => {
                    if spec.sign.is_some() {
                        return Err(value_error("Sign not allowed with integer format specifier 'c'"));
                    }
                    if spec.alt {
                        return Err(value_error(
                            "Alternate form (#) not allowed with integer format specifier 'c'",
                        ));
                    }
                    if num_traits::ToPrimitive::to_i64(n).is_none() {
                        return Err(overflow_error("Python int too large to convert to C long"));
                    }
                    let cp = num_traits::ToPrimitive::to_u32(n)
                        .filter(|c| *c <= 0x10ffff)
                        .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
                    let c = char::from_u32(cp).unwrap_or('\u{fffd}');
                    if let Some(w) = spec.width {
                        check_width(w)?;
                    }
                    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
                    let align = spec
                        .align
                        .unwrap_or(if spec.zero && spec.fill.is_none() { '=' } else { '>' });
                    return Ok(pad_with(fill, align, spec.width.unwrap_or(0), "", &c.to_string()));
                }
                _ => (a.to_string(), "", 3),
            }
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = num_traits::ToPrimitive::to_f64(n)
                .filter(|f| f.is_finite())
                .ok_or_else(|| overflow_error("int too large to convert to float"))?;
            return format_float_named(f, spec, tyname);
        }
        other => return Err(unknown_code(other, tyname)),
    };
    if let Some(w) = spec.width {
        check_width(w)?;
    }
    let lead = format!(
        "{}{}",
        sign_str(n.is_negative(), spec),
        if spec.alt { prefix } else { "" }
    );
    Ok(pad_number(spec, &lead, &digits, "", every))
}

/// Fixed notation with `prec` decimals of a finite non-negative value (exact, like CPython).
fn fixed_digits(a: f64, prec: usize) -> String {
    if prec <= 1100 {
        format!("{:.*}", prec, a)
    } else {
        format!("{:.*}{}", 1100, a, "0".repeat(prec - 1100))
    }
}

/// Scientific notation: (mantissa digits without point, decimal exponent), `sig` significant digits.
fn sci_digits(a: f64, sig: usize) -> (String, i32) {
    let p = sig.max(1) - 1;
    let s = if p <= 800 {
        format!("{:.*e}", p, a)
    } else {
        format!("{:.*e}", 800, a)
    };
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let mut digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    if p > 800 {
        digits.push_str(&"0".repeat(p - 800));
    }
    (digits, e.parse().unwrap_or(0))
}

fn exp_suffix(e: i32) -> String {
    format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// The text of a finite non-negative float for types e/f/g/% and the repr-like no-type variant.
fn float_body(a: f64, ty: char, prec: usize, alt: bool, add_dot_0: bool) -> String {
    match ty {
        'f' | 'F' => {
            let s = fixed_digits(a, prec);
            if alt && prec == 0 {
                format!("{}.", s)
            } else {
                s
            }
        }
        '%' => {
            let s = fixed_digits(a * 100.0, prec);
            if alt && prec == 0 {
                format!("{}.%", s)
            } else {
                format!("{}%", s)
            }
        }
        'e' | 'E' => {
            let (d, e) = if a == 0.0 {
                ("0".repeat(prec + 1), 0)
            } else {
                sci_digits(a, prec + 1)
            };
            let mut m = d[..1].to_string();
            if prec > 0 || alt {
                m.push('.');
                m.push_str(&d[1..]);
            }
            format!("{}{}", m, exp_suffix(e))
        }
        _ => {
            // 'g' (and the no-type-with-precision variant when add_dot_0)
            let p = prec.max(1);
            let (mut d, e) = if a == 0.0 { ("0".repeat(p), 0) } else { sci_digits(a, p) };
            let decpt = e + 1;
            let threshold = if add_dot_0 { p as i32 - 1 } else { p as i32 };
            let use_exp = decpt <= -4 || decpt > threshold;
            if !alt {
                while d.len() > 1 && d.ends_with('0') {
                    d.pop();
                }
            }
            if use_exp {
                let mut m = d[..1].to_string();
                if d.len() > 1 || alt {
                    m.push('.');
                    m.push_str(&d[1..]);
                }
                format!("{}{}", m, exp_suffix(e))
            } else {
                let mut out = if decpt <= 0 {
                    format!("0.{}{}", "0".repeat((-decpt) as usize), d)
                } else if d.len() as i32 <= decpt {
                    format!("{}{}", d, "0".repeat((decpt - d.len() as i32) as usize))
                } else {
                    format!("{}.{}", &d[..decpt as usize], &d[decpt as usize..])
                };
                if !out.contains('.') && (alt || add_dot_0) {
                    out.push('.');
                    if add_dot_0 && !alt {
                        out.push('0');
                    }
                }
                out
            }
        }
    }
}

pub fn format_float(f: f64, spec: &Spec) -> PyResult<String> {
    format_float_named(f, spec, "float")
}

pub fn format_float_named(f: f64, spec: &Spec, tyname: &str) -> PyResult<String> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n') {
            return Err(unknown_code(t, tyname));
        }
    }
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err(value_error("precision too big"));
        }
    }
    if let Some(w) = spec.width {
        check_width(w)?;
    }
    let mut neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(ty, Some('E') | Some('F') | Some('G'));
    let body = if !a.is_finite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        let s = if upper { s.to_uppercase() } else { s.to_string() };
        if ty == Some('%') {
            format!("{}%", s)
        } else {
            s
        }
    } else {
        let b = match ty {
            Some('f') | Some('F') => float_body(a, 'f', spec.precision.unwrap_or(6), spec.alt, false),
            Some('%') => float_body(a, '%', spec.precision.unwrap_or(6), spec.alt, false),
            Some('e') | Some('E') => float_body(a, 'e', spec.precision.unwrap_or(6), spec.alt, false),
            Some('g') | Some('G') | Some('n') => float_body(a, 'g', spec.precision.unwrap_or(6), spec.alt, false),
            _ => match spec.precision {
                None => {
                    let r = float_repr(a);
                    if spec.alt && !r.contains('.') {
                        // '#' keeps a decimal point in exponent notation: 1.e+16
                        match r.split_once('e') {
                            Some((m, e)) => format!("{}.e{}", m, e),
                            None => r,
                        }
                    } else {
                        r
                    }
                }
                Some(p) => float_body(a, 'g', p, spec.alt, true),
            },
        };
        if upper {
            b.to_uppercase()
        } else {
            b
        }
    };
    if neg && spec.no_neg_0 && a.is_finite() && !body.chars().any(|c| c.is_ascii_digit() && c != '0') {
        neg = false;
    }
    let sign = sign_str(neg, spec);
    // split integer digits for grouping
    let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (body[..i].to_string(), body[i..].to_string()),
        None => (body.clone(), String::new()),
    };
    if !a.is_finite() {
        let sp = Spec {
            grouping: None,
            ..spec.clone()
        };
        return Ok(pad_number(&sp, sign, &int_part, &rest, 3));
    }
    Ok(pad_number(spec, sign, &int_part, &rest, 3))
}

pub fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(unknown_code(t, "str"));
        }
    }
    if let Some(sg) = spec.sign {
        return Err(value_error(if sg == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if spec.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alt {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    if let Some(w) = spec.width {
        check_width(w)?;
    }
    let body: std::borrow::Cow<str> = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((b, _)) => std::borrow::Cow::Borrowed(&s[..b]),
            None => std::borrow::Cow::Borrowed(s),
        },
        None => std::borrow::Cow::Borrowed(s),
    };
    Ok(pad_text(spec, &body))
}

fn format_complex(r: f64, i: f64, spec_s: &str) -> PyResult<String> {
    let sp = parse_spec_for(spec_s, "complex")?;
    if let Some(t) = sp.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(unknown_code(t, "complex"));
        }
    }
    if sp.zero || sp.fill == Some('0') {
        return Err(value_error("Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let bare = |x: f64, sign: Option<char>| -> PyResult<String> {
        match (sp.ty, sp.precision) {
            (None, None) => {
                let s = float_repr(x);
                let mut s = s.strip_suffix(".0").map(String::from).unwrap_or(s);
                if sp.alt && x.is_finite() && !s.contains('.') {
                    s = match s.split_once('e') {
                        Some((m, e)) => format!("{}.e{}", m, e),
                        None => format!("{}.", s),
                    };
                }
                Ok(match sign {
                    Some('+') if !s.starts_with('-') => format!("+{}", s),
                    Some(' ') if !s.starts_with('-') => format!(" {}", s),
                    _ => s,
                })
            }
            _ => {
                let ty = sp.ty.or(Some('g'));
                format_float(
                    x,
                    &Spec {
                        precision: sp.precision,
                        ty,
                        sign,
                        alt: sp.alt,
                        no_neg_0: sp.no_neg_0,
                        ..Default::default()
                    },
                )
            }
        }
    };
    let re_zero = r == 0.0 && r.is_sign_positive();
    let body = if sp.ty.is_none() && re_zero {
        format!("{}j", bare(i, sp.sign)?)
    } else {
        let re = bare(r, sp.sign)?;
        let im = bare(i, Some('+'))?;
        if sp.ty.is_none() {
            format!("({}{}j)", re, im)
        } else {
            format!("{}{}j", re, im)
        }
    };
    let fill = sp.fill.unwrap_or(' ');
    Ok(pad_with(
        fill,
        sp.align.unwrap_or('>'),
        sp.width.unwrap_or(0),
        "",
        &body,
    ))
}

impl Vm {
    /// `format(value, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        match v {
            Value::Int(i) => {
                if spec.is_empty() {
                    return Ok(Value::string(i.to_string()));
                }
                return Ok(Value::string(format_int(
                    &BigInt::from(*i),
                    &parse_spec_for(spec, "int")?,
                )?));
            }
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(Value::str(if *b { "True" } else { "False" }));
                }
                return Ok(Value::string(format_int_named(
                    &BigInt::from(*b as i64),
                    &parse_spec_for(spec, "bool")?,
                    "bool",
                )?));
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    return Ok(Value::string(float_repr(*f)));
                }
                return Ok(Value::string(format_float(*f, &parse_spec_for(spec, "float")?)?));
            }
            Value::Obj(o) => match &**o {
                Obj::Str(s) => {
                    if spec.is_empty() {
                        return Ok(v.clone());
                    }
                    return Ok(Value::string(format_str(s.as_str(), &parse_spec_for(spec, "str")?)?));
                }
                Obj::BigInt(b) => {
                    if spec.is_empty() {
                        return Ok(Value::string(b.to_string()));
                    }
                    return Ok(Value::string(format_int(b, &parse_spec_for(spec, "int")?)?));
                }
                Obj::Complex(r, i) => {
                    if spec.is_empty() {
                        return Ok(Value::string(complex_repr(*r, *i)));
                    }
                    return Ok(Value::string(format_complex(*r, *i, spec)?));
                }
                _ => {}
            },
            _ => {}
        }
        let cls = self.class_of(v);
        match lookup(self, &cls, "__format__") {
            Some(f) => {
                let r = self.call_special(&f, v, &[Value::str(spec)])?;
                if crate::types::str_methods::str_value(self, &r).is_none() {
                    return Err(type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&r)
                    )));
                }
                Ok(r)
            }
            None => {
                if !spec.is_empty() {
                    return Err(type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )));
                }
                self.str(v)
            }
        }
    }
}

// ----- str.format -----

/// Where `str.format` fields come from: positional and keyword arguments, or one mapping.
enum FieldSrc<'a> {
    Args(&'a [Value], Args<'a>),
    Map(Value),
}

pub fn str_format(vm: &mut Vm, fmt: &str, pos: &[Value], args: Args) -> PyResult<Value> {
    let mut auto = 0usize;
    let mut manual = false;
    let src = FieldSrc::Args(pos, args);
    let out = format_inner(vm, fmt, &src, &mut auto, &mut manual, 2)?;
    Ok(Value::string(out))
}

pub fn str_format_map(vm: &mut Vm, fmt: &str, map: Value) -> PyResult<Value> {
    let mut auto = 0usize;
    let mut manual = false;
    let src = FieldSrc::Map(map);
    let out = format_inner(vm, fmt, &src, &mut auto, &mut manual, 2)?;
    Ok(Value::string(out))
}

fn format_inner(
    vm: &mut Vm,
    fmt: &str,
    src: &FieldSrc,
    auto: &mut usize,
    manual: &mut bool,
    depth: i32,
) -> PyResult<String> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if c == '}' {
            if i + 1 < n && chars[i + 1] == '}' {
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
        if i + 1 < n && chars[i + 1] == '{' {
            out.push('{');
            i += 2;
            continue;
        }
        if i + 1 >= n {
            return Err(value_error("Single '{' encountered in format string"));
        }
        // parse the replacement field: name, then !conversion, then :spec
        let mut j = i + 1;
        let name_start = j;
        loop {
            if j >= n {
                return Err(value_error("expected '}' before end of string"));
            }
            match chars[j] {
                '[' => {
                    while j < n && chars[j] != ']' {
                        j += 1;
                    }
                    if j >= n {
                        return Err(value_error("expected '}' before end of string"));
                    }
                    j += 1;
                }
                '{' => return Err(value_error("unexpected '{' in field name")),
                '}' | ':' | '!' => break,
                _ => j += 1,
            }
        }
        let name: String = chars[name_start..j].iter().collect();
        let mut conv = None;
        let mut spec = String::new();
        if chars[j] == '!' {
            j += 1;
            if j >= n {
                return Err(value_error("end of string while looking for conversion specifier"));
            }
            conv = Some(chars[j]);
            j += 1;
            if j >= n {
                return Err(value_error("unmatched '{' in format spec"));
            }
            if chars[j] != '}' && chars[j] != ':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
        if chars[j] == ':' {
            j += 1;
            let spec_start = j;
            let mut level = 1;
            loop {
                if j >= n {
                    return Err(value_error("unmatched '{' in format spec"));
                }
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
            spec = chars[spec_start..j].iter().collect();
        }
        i = j + 1;
        let value = resolve_field(vm, &name, src, auto, manual)?;
        let value = match conv {
            None => value,
            Some('s') => vm.str(&value)?,
            Some('r') => vm.repr(&value)?,
            Some('a') => vm.ascii(&value)?,
            Some(c) => {
                return Err(value_error(if (c as u32) > 32 && (c as u32) < 127 {
                    format!("Unknown conversion specifier {}", c)
                } else {
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                }))
            }
        };
        let spec = if spec.contains('{') || spec.contains('}') {
            format_inner(vm, &spec, src, auto, manual, depth - 1)?
        } else {
            spec
        };
        let r = vm.format(&value, &spec)?;
        out.push_str(r.as_str().unwrap_or_else(|| ""));
        if r.as_str().is_none() {
            if let Some(sv) = crate::types::str_methods::str_value(vm, &r) {
                out.push_str(sv.as_str().unwrap_or(""));
            }
        }
    }
    Ok(out)
}

fn resolve_field(vm: &mut Vm, name: &str, src: &FieldSrc, auto: &mut usize, manual: &mut bool) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let is_index = !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit());
    let mut value = if first.is_empty() || is_index {
        let idx = if first.is_empty() {
            if *manual {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let idx = *auto;
            *auto += 1;
            idx
        } else {
            if *auto > 0 {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *manual = true;
            first
                .parse::<usize>()
                .map_err(|_| value_error("Too many decimal digits in format string"))?
        };
        match src {
            FieldSrc::Args(pos, _) => pos.get(idx).cloned().ok_or_else(|| {
                index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    idx
                ))
            })?,
            FieldSrc::Map(_) => return Err(value_error("Format string contains positional fields")),
        }
    } else {
        match src {
            FieldSrc::Args(_, args) => match args.kwarg(first) {
                Some(v) => v.clone(),
                None => return Err(key_error(Value::str(first))),
            },
            FieldSrc::Map(m) => {
                let m = m.clone();
                vm.getitem(&m, &Value::str(first))?
            }
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            value = vm.getattr(&value, &Value::str(attr))?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            if key.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            let k = if key.bytes().all(|b| b.is_ascii_digit()) {
                match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::str(key),
                }
            } else {
                Value::str(key)
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

/// True for objects CPython treats as mappings in `%` formatting (have `__getitem__`, not tuple/str).
fn pct_is_mapping(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Tuple(_) | Obj::Str(_) => false,
            Obj::Dict(_) | Obj::List(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Range(_) => true,
            Obj::Instance(_) => {
                let u = vm.unwrap_builtin(v);
                if !u.is(v) && matches!(&u, Value::Obj(b) if matches!(&**b, Obj::Tuple(_) | Obj::Str(_))) {
                    return false;
                }
                vm.has_attr(v, "__getitem__")
            }
            _ => false,
        },
        _ => false,
    }
}

pub fn percent_format(vm: &mut Vm, fmt_v: &Value, args: &Value) -> PyResult<Value> {
    let fmt = fmt_v.as_str().unwrap_or("").to_string();
    Ok(Value::string(percent_core(vm, &fmt, args, false)?))
}

/// `bytes % args`: the format and the result are bytes (handled as latin-1 text internally).
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let f: String = fmt.iter().map(|&b| b as char).collect();
    let out = percent_core(vm, &f, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn percent_core(vm: &mut Vm, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    // CPython's argument cursor: a tuple gives (len, 0); any other value (len -1, index -2).
    let tuple_items: Option<Vec<Value>> = match args {
        Value::Obj(o) => match &**o {
            Obj::Tuple(t) => Some(t.to_vec()),
            Obj::Instance(_) => match vm.unwrap_builtin(args) {
                Value::Obj(b) => match &*b {
                    Obj::Tuple(t) => Some(t.to_vec()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let mut single: Value = args.clone();
    let (mut arglen, mut argidx): (i64, i64) = match &tuple_items {
        Some(t) => (t.len() as i64, 0),
        None => (-1, -2),
    };
    let mapping = if pct_is_mapping(vm, args) {
        Some(args.clone())
    } else {
        None
    };
    let mut items: Vec<Value> = tuple_items.clone().unwrap_or_default();
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    macro_rules! next_arg {
        () => {{
            if argidx < arglen {
                let idx = argidx;
                argidx += 1;
                if arglen < 0 {
                    single.clone()
                } else {
                    items[idx as usize].clone()
                }
            } else {
                return Err(type_error("not enough arguments for format string"));
            }
        }};
    }
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
        if chars[i] == '(' {
            let Some(m) = mapping.clone() else {
                return Err(type_error("format requires a mapping"));
            };
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
            let key: String = chars[start..i - 1].iter().collect();
            let v = vm.getitem(&m, &Value::str(&key))?;
            single = v;
            items = Vec::new();
            arglen = -1;
            argidx = -2;
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
            let w = next_arg!();
            let w = match &w {
                Value::Int(n) => *n,
                Value::Bool(b) => *b as i64,
                _ => return Err(type_error("* wants int")),
            };
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
                let w: String = chars[s..i].iter().collect();
                spec.width = Some(w.parse().map_err(|_| value_error("width too big"))?);
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = next_arg!();
                let p = match &p {
                    Value::Int(n) => *n,
                    Value::Bool(b) => *b as i64,
                    _ => return Err(type_error("* wants int")),
                };
                spec.precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let s = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let p: String = chars[s..i].iter().collect();
                spec.precision = Some(if p.is_empty() {
                    0
                } else {
                    p.parse().map_err(|_| value_error("precision too big"))?
                });
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
        if conv == '%' && chars[i - 2] == '%' {
            out.push('%');
            continue;
        }
        if let Some(w) = spec.width {
            check_width(w)?;
        }
        let arg = next_arg!();
        if left {
            spec.zero = false;
        }
        let text = match conv {
            's' | 'b' if bytes_mode => {
                let data = match crate::types::bytes::bytes_like(&vm.unwrap_builtin(&arg)) {
                    Some(d) => d,
                    None => match vm.call_dunder(&arg, "__bytes__", &[])? {
                        Some(r) => crate::types::bytes::bytes_like(&r).unwrap_or_default(),
                        None => {
                            return Err(type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                vm.type_name(&arg)
                            )))
                        }
                    },
                };
                let s: String = data.iter().map(|&b| b as char).collect();
                let body: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                pct_pad(
                    &Spec {
                        width: spec.width,
                        ..Default::default()
                    },
                    "",
                    &body,
                    left,
                )
            }
            's' | 'r' | 'a' => {
                let s = match conv {
                    'r' if bytes_mode => vm.ascii(&arg)?.as_str().unwrap_or("").to_string(),
                    's' => vm.str_string(&arg)?,
                    'r' => vm.repr_string(&arg)?,
                    _ => vm.ascii(&arg)?.as_str().unwrap_or("").to_string(),
                };
                let body: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                pct_pad(
                    &Spec {
                        width: spec.width,
                        ..Default::default()
                    },
                    "",
                    &body,
                    left,
                )
            }
            'd' | 'i' | 'u' => {
                let n = percent_int(vm, &arg, if bytes_mode && conv == 'i' { 'd' } else { conv })?;
                let digits = n.abs().to_string();
                let digits = match spec.precision {
                    Some(p) if digits.len() < p => format!("{}{}", "0".repeat(p - digits.len()), digits),
                    _ => digits,
                };
                let sign = sign_str(n.is_negative(), &spec);
                pct_pad(&spec, sign, &digits, left)
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
                let prefix = if spec.alt {
                    match conv {
                        'o' => "0o",
                        'x' => "0x",
                        _ => "0X",
                    }
                } else {
                    ""
                };
                let sign = format!("{}{}", sign_str(n.is_negative(), &spec), prefix);
                pct_pad(&spec, &sign, &digits, left)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match &arg {
                    Value::Float(f) => *f,
                    _ => {
                        let msg = if bytes_mode {
                            "float argument required"
                        } else {
                            "must be real number"
                        };
                        if crate::types::str_methods::str_value(vm, &arg).is_some() {
                            return Err(type_error(format!("{}, not {}", msg, vm.type_name(&arg))));
                        }
                        crate::types::float::float_from_value(vm, &arg).map_err(|e| {
                            if vm.err_matches(&e, ExcKind::OverflowError) {
                                e
                            } else {
                                type_error(format!("{}, not {}", msg, vm.type_name(&arg)))
                            }
                        })?
                    }
                };
                let neg = f.is_sign_negative() && !f.is_nan();
                let a = f.abs();
                let prec = spec.precision.unwrap_or(6);
                let body = if !a.is_finite() {
                    let s = if a.is_nan() { "nan" } else { "inf" };
                    if conv.is_ascii_uppercase() {
                        s.to_uppercase()
                    } else {
                        s.to_string()
                    }
                } else {
                    let lc = conv.to_ascii_lowercase();
                    let b = float_body(a, lc, prec, spec.alt, false);
                    if conv.is_ascii_uppercase() {
                        b.to_uppercase()
                    } else {
                        b
                    }
                };
                let sign = sign_str(neg, &spec);
                pct_pad(&spec, sign, &body, left)
            }
            'c' if bytes_mode => {
                let ch = match crate::types::bytes::bytes_like(&arg) {
                    Some(d) if d.len() == 1 => d[0] as char,
                    Some(_) => return Err(type_error("%c requires an integer in range(256) or a single byte")),
                    None => {
                        let n = vm
                            .index_big(&arg)
                            .map_err(|_| type_error("%c requires an integer in range(256) or a single byte"))?;
                        let v = num_traits::ToPrimitive::to_u32(&n)
                            .filter(|c| *c < 256)
                            .ok_or_else(|| overflow_error("%c arg not in range(256)"))?;
                        v as u8 as char
                    }
                };
                pct_pad(
                    &Spec {
                        width: spec.width,
                        ..Default::default()
                    },
                    "",
                    &ch.to_string(),
                    left,
                )
            }
            'c' => {
                let s = match crate::types::str_methods::str_value(vm, &arg) {
                    Some(sv) => {
                        let s = sv.as_str().unwrap_or("");
                        if s.chars().count() != 1 {
                            return Err(type_error("%c requires int or char"));
                        }
                        s.to_string()
                    }
                    None => {
                        let n = match vm.index_big(&arg) {
                            Ok(n) => n,
                            Err(_) => return Err(type_error("%c requires int or char")),
                        };
                        let cp = num_traits::ToPrimitive::to_u32(&n)
                            .filter(|c| *c < 0x110000)
                            .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
                        char::from_u32(cp).unwrap_or('\u{fffd}').to_string()
                    }
                };
                pct_pad(
                    &Spec {
                        width: spec.width,
                        ..Default::default()
                    },
                    "",
                    &s,
                    left,
                )
            }
            other => {
                let shown = if (other as u32) > 32 && (other as u32) < 127 {
                    other.to_string()
                } else {
                    format!("\\x{:x}", other as u32)
                };
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown,
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&text);
    }
    if argidx < arglen && mapping.is_none() {
        return Err(type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
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
                if let Ok(b) = vm.index_big(v) {
                    return Ok(b);
                }
                return Err(type_error(format!(
                    "%{} format: a real number is required, not {}",
                    conv,
                    vm.type_name(v)
                )));
            }
            match vm.index_big(v) {
                Ok(b) => Ok(b),
                Err(_) => Err(type_error(format!(
                    "%{} format: an integer is required, not {}",
                    conv,
                    vm.type_name(v)
                ))),
            }
        }
    }
}
