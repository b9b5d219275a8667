//! `bytes` and `bytearray`, plus text encoding/decoding (utf-8, ascii, latin-1).

use super::slice::{seq_index, slice_indices, slice_items};
use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use pyrite_compiler::BinOp;
use std::cell::RefCell;

/// The bytes of a bytes-like value.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Bytes(b) => Some(b.to_vec()),
            Obj::ByteArray(b) => Some(b.borrow().clone()),
            _ => None,
        },
        _ => None,
    }
}

fn new_like(orig: &Value, data: Vec<u8>) -> Value {
    match orig {
        Value::Obj(o) if matches!(&**o, Obj::ByteArray(_)) => Value::obj(Obj::ByteArray(RefCell::new(data))),
        _ => Value::obj(Obj::Bytes(data.into_boxed_slice())),
    }
}

pub fn bytes_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    // an integer index reads one byte in place (no copy of the whole buffer)
    if !matches!(key.as_obj(), Some(Obj::Slice(_))) {
        if let Value::Obj(o) = obj {
            let what = if matches!(&**o, Obj::ByteArray(_)) {
                "bytearray"
            } else {
                "byte"
            };
            match &**o {
                Obj::Bytes(b) => {
                    let i = match seq_index(vm, key, b.len(), what) {
                        Ok(i) => i,
                        // CPython: "byte indices must be ..." but "index out of range"
                        Err(e) if e.kind() == Some(ExcKind::IndexError) => {
                            return Err(index_error("index out of range"))
                        }
                        Err(e) => return Err(e),
                    };
                    return Ok(Value::Int(b[i] as i64));
                }
                Obj::ByteArray(b) => {
                    let n = b.borrow().len();
                    let i = seq_index(vm, key, n, what)?;
                    let v = b.borrow().get(i).copied().unwrap_or(0);
                    return Ok(Value::Int(v as i64));
                }
                _ => {}
            }
        }
    }
    let data = bytes_like(obj).unwrap_or_default();
    if let Value::Obj(k) = key {
        if let Obj::Slice(s) = &**k {
            return Ok(new_like(obj, slice_items(vm, s, &data)?));
        }
    }
    let what = if matches!(obj, Value::Obj(o) if matches!(&**o, Obj::ByteArray(_))) {
        "bytearray"
    } else {
        "byte"
    };
    let i = seq_index(vm, key, data.len(), what)?;
    Ok(Value::Int(data[i] as i64))
}

pub fn bytearray_setitem(vm: &mut Vm, obj: &Value, key: Value, value: Value) -> PyResult<()> {
    let Value::Obj(o) = obj else {
        return Err(type_error("bytearray expected"));
    };
    let Obj::ByteArray(b) = &**o else {
        return Err(type_error("bytearray expected"));
    };
    if let Value::Obj(k) = &key {
        if let Obj::Slice(sl) = &**k {
            let items: Vec<u8> = if value.is(obj) {
                b.borrow().clone()
            } else if let Some(d) = bytes_like(&value) {
                d
            } else if let Value::Int(_) = value {
                return Err(type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            } else if value.as_str().is_some() {
                return Err(type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            } else {
                let mut out = Vec::new();
                for x in vm.iterate(&value)? {
                    out.push(byte_value(vm, &x)?);
                }
                out
            };
            let n = b.borrow().len();
            let (start, stop, step, count) = slice_indices(vm, sl, n)?;
            if step == 1 {
                let stop = stop.max(start);
                b.borrow_mut().splice(start as usize..stop as usize, items);
                return Ok(());
            }
            if items.len() != count {
                return Err(value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    items.len(),
                    count
                )));
            }
            let mut bb = b.borrow_mut();
            let mut i = start;
            for it in items {
                bb[i as usize] = it;
                i += step;
            }
            return Ok(());
        }
    }
    let n = b.borrow().len();
    let i = seq_index(vm, &key, n, "bytearray")?;
    let v = byte_value(vm, &value)?;
    b.borrow_mut()[i] = v;
    Ok(())
}

pub fn bytearray_delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    let Value::Obj(o) = obj else {
        return Err(type_error("bytearray expected"));
    };
    let Obj::ByteArray(b) = &**o else {
        return Err(type_error("bytearray expected"));
    };
    if let Value::Obj(k) = key {
        if let Obj::Slice(sl) = &**k {
            let n = b.borrow().len();
            let (start, _stop, step, count) = slice_indices(vm, sl, n)?;
            let mut doomed = vec![false; n];
            for j in 0..count {
                let i = start + j as i64 * step;
                if let Some(d) = doomed.get_mut(i as usize) {
                    *d = true;
                }
            }
            let old = std::mem::take(&mut *b.borrow_mut());
            *b.borrow_mut() = old
                .into_iter()
                .enumerate()
                .filter(|(i, _)| !doomed[*i])
                .map(|(_, c)| c)
                .collect();
            return Ok(());
        }
    }
    let n = b.borrow().len();
    let i = seq_index(vm, key, n, "bytearray")?;
    b.borrow_mut().remove(i);
    Ok(())
}

pub fn bytes_contains(vm: &mut Vm, obj: &Value, item: &Value) -> PyResult<bool> {
    let data = bytes_like(obj).unwrap_or_default();
    if let Some(sub) = bytes_like(item) {
        if sub.is_empty() {
            return Ok(true);
        }
        return Ok(data.windows(sub.len()).any(|w| w == &sub[..]));
    }
    let v = vm
        .index_value(item)
        .map_err(|_| type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(item))))?;
    if !(0..256).contains(&v) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    Ok(data.contains(&(v as u8)))
}

pub fn bytes_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let data = bytes_like(a).unwrap_or_default();
    match op {
        BinOp::Add => match bytes_like(b) {
            Some(other) => {
                let mut r = data;
                r.extend(other);
                Ok(Some(new_like(a, r)))
            }
            None => Err(type_error(format!(
                "can't concat {} to {}",
                vm.type_name(b),
                vm.type_name(a)
            ))),
        },
        BinOp::Mul => match b {
            Value::Int(_) | Value::Bool(_) => {
                let n = vm.index_value(b)?.max(0) as usize;
                crate::ops::check_repeat(data.len(), n, 1)?;
                Ok(Some(new_like(a, data.repeat(n))))
            }
            _ => Ok(None),
        },
        BinOp::Mod => {
            let out = crate::format::percent_format_bytes(vm, &data, b)?;
            Ok(Some(new_like(a, out)))
        }
        _ => Ok(None),
    }
}

fn unknown_encoding(encoding: &str) -> PyErr {
    PyErr::new(ExcKind::LookupError, format!("unknown encoding: {}", encoding))
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{}'", errors))
}

pub fn normalize_encoding(e: &str) -> String {
    let l: String = e
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    match l.as_str() {
        "utf8" | "utf-8" | "u8" | "utf" | "cp65001" => "utf-8".into(),
        "utf-8-sig" | "utf8-sig" => "utf-8-sig".into(),
        "ascii" | "us-ascii" | "646" | "us" => "ascii".into(),
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "iso-ir-100" => {
            "latin-1".into()
        }
        "utf16" | "utf-16" | "u16" => "utf-16".into(),
        "utf-16le" | "utf-16-le" | "utf16le" | "utf16-le" => "utf-16-le".into(),
        "utf-16be" | "utf-16-be" | "utf16be" | "utf16-be" => "utf-16-be".into(),
        "utf32" | "utf-32" | "u32" => "utf-32".into(),
        "utf-32le" | "utf-32-le" | "utf32le" | "utf32-le" => "utf-32-le".into(),
        "utf-32be" | "utf-32-be" | "utf32be" | "utf32-be" => "utf-32-be".into(),
        other => other.into(),
    }
}

fn encode_error(enc: &str, s: &str, start: usize, end: usize, reason: &str) -> PyErr {
    // UnicodeEncodeError(encoding, object, start, end, reason): str() is built from these
    PyErr::LazyArgs(
        ExcKind::UnicodeEncodeError,
        vec![
            Value::str(enc),
            Value::str(s),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Value> {
    let _ = vm;
    let enc = normalize_encoding(encoding);
    let data: Vec<u8> = match enc.as_str() {
        "utf-8" => s.as_bytes().to_vec(),
        "utf-8-sig" => {
            let mut out = b"\xef\xbb\xbf".to_vec();
            out.extend_from_slice(s.as_bytes());
            out
        }
        "ascii" | "latin-1" => {
            let limit = if enc == "ascii" { 128u32 } else { 256 };
            let chars: Vec<char> = s.chars().collect();
            let mut out = Vec::with_capacity(s.len());
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                    i += 1;
                    continue;
                }
                // the run of unencodable characters
                let mut j = i;
                while j < chars.len() && (chars[j] as u32) >= limit {
                    j += 1;
                }
                match errors {
                    "strict" => return Err(encode_error(&enc, s, i, j, &format!("ordinal not in range({})", limit))),
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat(b'?').take(j - i)),
                    "backslashreplace" => {
                        for &c in &chars[i..j] {
                            out.extend(crate::repr::escape_char(c).into_bytes());
                        }
                    }
                    "xmlcharrefreplace" => {
                        for &c in &chars[i..j] {
                            out.extend(format!("&#{};", c as u32).into_bytes());
                        }
                    }
                    "namereplace" | "surrogateescape" | "surrogatepass" => {
                        return Err(encode_error(&enc, s, i, j, &format!("ordinal not in range({})", limit)));
                    }
                    other => return Err(unknown_handler(other)),
                }
                i = j;
            }
            out
        }
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let be = enc == "utf-16-be";
            if enc == "utf-16" {
                out.extend([0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf) {
                    out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
                }
            }
            out
        }
        "utf-32" | "utf-32-le" | "utf-32-be" => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let be = enc == "utf-32-be";
            if enc == "utf-32" {
                out.extend([0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
        _ => return Err(unknown_encoding(encoding)),
    };
    Ok(Value::obj(Obj::Bytes(data.into_boxed_slice())))
}

fn decode_error(enc: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    // UnicodeDecodeError(encoding, object, start, end, reason): str() is built from these
    PyErr::LazyArgs(
        ExcKind::UnicodeDecodeError,
        vec![
            Value::str(enc),
            Value::obj(Obj::Bytes(b.to_vec().into_boxed_slice())),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// Applies a decode error handler to the bad bytes `b[start..end]`.
fn decode_handle(
    out: &mut String,
    enc: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(enc, b, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{:02x}", x));
            }
            Ok(())
        }
        "surrogatepass" if !reason.contains("surrogate") => Err(decode_error(enc, b, start, end, reason)),
        // lone surrogates cannot be represented; use the replacement character
        "surrogateescape" | "surrogatepass" => {
            for _ in start..end {
                out.push('\u{FFFD}');
            }
            Ok(())
        }
        other => Err(unknown_handler(other)),
    }
}

pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let enc = normalize_encoding(encoding);
    if enc == "utf-8-sig" {
        let body = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
        return decode(vm, body, "utf-8", errors);
    }
    match enc.as_str() {
        "utf-8" => {
            if let Ok(s) = std::str::from_utf8(b) {
                return Ok(Value::str(s));
            }
            let mut out = String::with_capacity(b.len());
            let mut pos = 0;
            while pos < b.len() {
                match std::str::from_utf8(&b[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or(""));
                        let start = pos + good;
                        let lead = b[start];
                        let valid_lead = matches!(lead, 0xc2..=0xf4);
                        let (end, reason) = match e.error_len() {
                            Some(n) => (
                                start + n,
                                if n == 1 && !valid_lead {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                },
                            ),
                            None => (b.len(), "unexpected end of data"),
                        };
                        decode_handle(&mut out, "utf-8", b, start, end, reason, errors)?;
                        pos = end;
                    }
                }
            }
            Ok(Value::string(out))
        }
        "ascii" => {
            let mut s = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 128 {
                    s.push(c as char);
                } else {
                    decode_handle(&mut s, "ascii", b, i, i + 1, "ordinal not in range(128)", errors)?;
                }
            }
            Ok(Value::string(s))
        }
        "latin-1" => Ok(Value::string(b.iter().map(|&c| c as char).collect())),
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let mut data = b;
            let mut be = enc == "utf-16-be";
            if enc == "utf-16" && data.len() >= 2 {
                if data[0] == 0xff && data[1] == 0xfe {
                    data = &data[2..];
                } else if data[0] == 0xfe && data[1] == 0xff {
                    data = &data[2..];
                    be = true;
                }
            }
            let off = b.len() - data.len();
            let enc = if be {
                "utf-16-be".to_string()
            } else {
                "utf-16-le".to_string()
            };
            let units: Vec<u16> = data
                .chunks_exact(2)
                .map(|c| {
                    if be {
                        u16::from_be_bytes([c[0], c[1]])
                    } else {
                        u16::from_le_bytes([c[0], c[1]])
                    }
                })
                .collect();
            let mut out = String::with_capacity(units.len());
            let mut i = 0;
            while i < units.len() {
                let u = units[i];
                if (0xd800..0xdc00).contains(&u) {
                    if i + 1 < units.len() && (0xdc00..0xe000).contains(&units[i + 1]) {
                        let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((units[i + 1] as u32) - 0xdc00);
                        out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                        i += 2;
                        continue;
                    }
                    let reason = if i + 1 < units.len() {
                        "illegal UTF-16 surrogate"
                    } else {
                        "unexpected end of data"
                    };
                    let end = if i + 1 < units.len() { off + 2 * i + 2 } else { b.len() };
                    decode_handle(&mut out, &enc, b, off + 2 * i, end, reason, errors)?;
                    i += 1;
                    continue;
                }
                if (0xdc00..0xe000).contains(&u) {
                    decode_handle(
                        &mut out,
                        &enc,
                        b,
                        off + 2 * i,
                        off + 2 * i + 2,
                        "illegal encoding",
                        errors,
                    )?;
                    i += 1;
                    continue;
                }
                out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
                i += 1;
            }
            if data.len() % 2 == 1 {
                decode_handle(&mut out, &enc, b, b.len() - 1, b.len(), "truncated data", errors)?;
            }
            Ok(Value::string(out))
        }
        "utf-32" | "utf-32-le" | "utf-32-be" => {
            let mut data = b;
            let mut be = enc == "utf-32-be";
            if enc == "utf-32" && data.len() >= 4 {
                if data[..4] == [0xff, 0xfe, 0, 0] {
                    data = &data[4..];
                } else if data[..4] == [0, 0, 0xfe, 0xff] {
                    data = &data[4..];
                    be = true;
                }
            }
            let off = b.len() - data.len();
            let enc = if be {
                "utf-32-be".to_string()
            } else {
                "utf-32-le".to_string()
            };
            let mut out = String::with_capacity(data.len() / 4);
            for (i, c) in data.chunks_exact(4).enumerate() {
                let u = if be {
                    u32::from_be_bytes([c[0], c[1], c[2], c[3]])
                } else {
                    u32::from_le_bytes([c[0], c[1], c[2], c[3]])
                };
                match char::from_u32(u) {
                    Some(ch) => out.push(ch),
                    None => decode_handle(
                        &mut out,
                        &enc,
                        b,
                        off + 4 * i,
                        off + 4 * i + 4,
                        "code point not in range(0x110000)",
                        errors,
                    )?,
                }
            }
            if data.len() % 4 != 0 {
                decode_handle(
                    &mut out,
                    &enc,
                    b,
                    b.len() - data.len() % 4,
                    b.len(),
                    "truncated data",
                    errors,
                )?;
            }
            Ok(Value::string(out))
        }
        _ => Err(unknown_encoding(encoding)),
    }
}

fn bytes_from_args(vm: &mut Vm, args: &Args, tname: &str) -> PyResult<Vec<u8>> {
    let a = kw(args, tname, &["source", "encoding", "errors"])?;
    let text = |i: usize, what: &str| -> PyResult<Option<String>> {
        match &a[i] {
            None => Ok(None),
            Some(v) => match crate::types::str_methods::str_value(vm, v) {
                Some(s) => Ok(Some(s.as_str().unwrap_or("").to_string())),
                None => Err(type_error(format!(
                    "{}() argument '{}' must be str, not {}",
                    tname,
                    what,
                    vm.type_name(v)
                ))),
            },
        }
    };
    let enc = text(1, "encoding")?;
    let errors = text(2, "errors")?;
    let Some(src) = a[0].clone() else {
        if enc.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(type_error("errors without a string argument"));
        }
        return Ok(vec![]);
    };
    if let Some(t) = crate::types::str_methods::str_value(vm, &src) {
        let Some(e) = enc else {
            return Err(type_error("string argument without an encoding"));
        };
        let errs = errors.unwrap_or_else(|| "strict".to_string());
        let r = encode(vm, t.as_str().unwrap_or(""), &e, &errs)?;
        return Ok(bytes_like(&r).unwrap_or_default());
    }
    if enc.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if tname == "bytes" {
        if let Value::Obj(o) = &src {
            if let Obj::Instance(_) = &**o {
                if let Some(r) = vm.call_dunder(&src, "__bytes__", &[])? {
                    return match bytes_like(&vm.unwrap_builtin(&r)) {
                        Some(b) if matches!(&vm.unwrap_builtin(&r), Value::Obj(ro) if matches!(&**ro, Obj::Bytes(_))) => {
                            Ok(b)
                        }
                        _ => Err(type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            vm.type_name(&r)
                        ))),
                    };
                }
            }
        }
    }
    if let Some(b) = bytes_like(&vm.unwrap_builtin(&src)) {
        return Ok(b);
    }
    let is_index = match &src {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => match &**o {
            Obj::BigInt(_) => true,
            Obj::Instance(_) => vm.has_attr(&src, "__index__"),
            _ => false,
        },
        _ => false,
    };
    if is_index {
        let n = match &src {
            Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => {
                return Err(overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => vm.index_value(&src)?,
        };
        if n < 0 {
            return Err(value_error("negative count"));
        }
        if n > (1i64 << 40) {
            return Err(PyErr::new(ExcKind::MemoryError, ""));
        }
        return Ok(vec![0; n as usize]);
    }
    if !vm.has_iter(&src) {
        return Err(type_error(format!(
            "cannot convert '{}' object to {}",
            vm.type_name(&src),
            tname
        )));
    }
    let mut out = Vec::new();
    for x in vm.iterate(&src)? {
        let v = match &x {
            Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => {
                return Err(value_error("bytes must be in range(0, 256)"))
            }
            _ => vm.index_value(&x)?,
        };
        if !(0..256).contains(&v) {
            return Err(value_error("bytes must be in range(0, 256)"));
        }
        out.push(v as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_from_args(vm, &args, "bytes")?;
    let b = Value::obj(Obj::Bytes(data.into_boxed_slice()));
    if let Some(Value::Obj(c)) = args.pos().first() {
        if matches!(&**c, Obj::Class(_)) && !std::rc::Rc::ptr_eq(c, &vm.types.bytes) {
            let inst = crate::types::object::new_instance(vm, c);
            if let Value::Obj(io) = &inst {
                if let Obj::Instance(i) = &**io {
                    *i.base.borrow_mut() = b;
                }
            }
            return Ok(inst);
        }
    }
    Ok(b)
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_from_args(vm, &args, "bytearray")?;
    Ok(Value::obj(Obj::ByteArray(RefCell::new(data))))
}

// ----- methods shared by bytes and bytearray -----

/// The bytes of self and whether self is a bytearray.
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<(Vec<u8>, bool)> {
    match args.pos().first() {
        Some(v) => {
            let u = vm.unwrap_builtin(v);
            match &u {
                Value::Obj(o) => match &**o {
                    Obj::Bytes(b) => Ok((b.to_vec(), false)),
                    Obj::ByteArray(b) => Ok((b.borrow().clone(), true)),
                    _ => Err(type_error(format!(
                        "descriptor '{}' requires a 'bytes' object but received a '{}'",
                        name,
                        vm.type_name(v)
                    ))),
                },
                _ => Err(type_error(format!(
                    "descriptor '{}' requires a 'bytes' object but received a '{}'",
                    name,
                    vm.type_name(v)
                ))),
            }
        }
        None => Err(type_error(format!("unbound method bytes.{}() needs an argument", name))),
    }
}

fn make(ba: bool, data: Vec<u8>) -> Value {
    if ba {
        Value::obj(Obj::ByteArray(RefCell::new(data)))
    } else {
        Value::obj(Obj::Bytes(data.into_boxed_slice()))
    }
}

/// A bytes-like argument (also instances of bytes subclasses).
fn bytes_arg(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    bytes_like(v).or_else(|| bytes_like(&vm.unwrap_builtin(v)))
}

fn need_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_arg(vm, v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn p_args<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let p = &args.pos()[1..];
    let n = p.len();
    if n < min || n > max {
        let (word, k) = if n < min { ("least", min) } else { ("most", max) };
        return Err(type_error(format!(
            "{}() takes at {} {} argument{} ({} given)",
            name,
            word,
            k,
            if k == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(p)
}

/// Positional-or-keyword arguments by name.
fn kw<'a>(args: &Args<'a>, name: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let p = &args.pos()[1..];
    let total = p.len() + args.kwnames.len();
    if total > names.len() {
        return Err(type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            name,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            total
        )));
    }
    let mut out: Vec<Option<Value>> = p.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in args.kw() {
        match names.iter().position(|n| *n == k) {
            Some(i) if i >= p.len() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    name,
                    k,
                    i + 1
                )))
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

fn is_bspace(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn find_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    if sub.len() > hay.len() {
        return None;
    }
    if sub.len() == 1 {
        return hay.iter().position(|&c| c == sub[0]);
    }
    hay.windows(sub.len()).position(|w| w == sub)
}

fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(hay.len());
    }
    if sub.len() > hay.len() {
        return None;
    }
    hay.windows(sub.len()).rposition(|w| w == sub)
}

fn count_sub(hay: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(j) = find_sub(&hay[i..], sub) {
        n += 1;
        i += j + sub.len();
    }
    n
}

fn split_on(s: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut n = 0;
    while maxsplit < 0 || n < maxsplit {
        match find_sub(rest, sep) {
            Some(i) => {
                out.push(rest[..i].to_vec());
                rest = &rest[i + sep.len()..];
                n += 1;
            }
            None => break,
        }
    }
    out.push(rest.to_vec());
    out
}

fn rsplit_on(s: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut n = 0;
    while maxsplit < 0 || n < maxsplit {
        match rfind_sub(rest, sep) {
            Some(i) => {
                out.push(rest[i + sep.len()..].to_vec());
                rest = &rest[..i];
                n += 1;
            }
            None => break,
        }
    }
    out.push(rest.to_vec());
    out.reverse();
    out
}

fn split_ws(s: &[u8], maxsplit: i64, rev: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    if !rev {
        let mut i = 0;
        let mut n = 0;
        loop {
            while i < s.len() && is_bspace(s[i]) {
                i += 1;
            }
            if i >= s.len() {
                break;
            }
            if maxsplit >= 0 && n >= maxsplit {
                out.push(s[i..].to_vec());
                break;
            }
            let st = i;
            while i < s.len() && !is_bspace(s[i]) {
                i += 1;
            }
            out.push(s[st..i].to_vec());
            n += 1;
        }
    } else {
        let mut i = s.len();
        let mut n = 0;
        loop {
            while i > 0 && is_bspace(s[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if maxsplit >= 0 && n >= maxsplit {
                out.push(s[..i].to_vec());
                break;
            }
            let en = i;
            while i > 0 && !is_bspace(s[i - 1]) {
                i -= 1;
            }
            out.push(s[i..en].to_vec());
            n += 1;
        }
        out.reverse();
    }
    out
}

fn list_of(vm: &Vm, ba: bool, parts: Vec<Vec<u8>>) -> Value {
    vm.new_list(parts.into_iter().map(|p| make(ba, p)).collect())
}

fn split_common(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<Value> {
    let (s, ba) = this(vm, args, name)?;
    let a = kw(args, name, &["sep", "maxsplit"])?;
    let maxsplit = match &a[1] {
        Some(m) => vm.index_value(m)?,
        None => -1,
    };
    let parts = match &a[0] {
        None | Some(Value::None) => split_ws(&s, maxsplit, rev),
        Some(v) => {
            let sep = need_bytes(vm, v)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if rev {
                rsplit_on(&s, &sep, maxsplit)
            } else {
                split_on(&s, &sep, maxsplit)
            }
        }
    };
    Ok(list_of(vm, ba, parts))
}

fn b_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, &args, "split", false)
}
fn b_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, &args, "rsplit", true)
}

fn b_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = this(vm, &args, "splitlines")?;
    let a = kw(&args, "splitlines", &["keepends"])?;
    let keep = match &a[0] {
        None => false,
        Some(v) => vm.is_true(v)?,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && end < s.len() && s[end] == b'\n' {
                end += 1;
            }
            out.push(if keep {
                s[start..end].to_vec()
            } else {
                s[start..i].to_vec()
            });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        out.push(s[start..].to_vec());
    }
    Ok(list_of(vm, ba, out))
}

fn b_partition_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<Value> {
    let (s, ba) = this(vm, args, name)?;
    let p = p_args(args, name, 1, 1)?;
    let sep = need_bytes(vm, &p[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if rev { rfind_sub(&s, &sep) } else { find_sub(&s, &sep) };
    let parts = match found {
        Some(i) => vec![s[..i].to_vec(), sep.clone(), s[i + sep.len()..].to_vec()],
        None => {
            if rev {
                vec![vec![], vec![], s]
            } else {
                vec![s, vec![], vec![]]
            }
        }
    };
    Ok(vm.new_tuple(parts.into_iter().map(|p| make(ba, p)).collect()))
}

fn b_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_partition_impl(vm, &args, "partition", false)
}
fn b_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_partition_impl(vm, &args, "rpartition", true)
}

fn b_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, ba) = this(vm, &args, "join")?;
    let p = p_args(&args, "join", 1, 1)?;
    if !vm.has_iter(&p[0]) {
        return Err(type_error("can only join an iterable"));
    }
    let items = vm.iterate(&p[0])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_arg(vm, it) {
            Some(b) => out.extend(b),
            None => {
                return Err(type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(it)
                )))
            }
        }
    }
    Ok(make(ba, out))
}

fn b_strip_impl(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, ba) = this(vm, args, name)?;
    let p = p_args(args, name, 0, 1)?;
    let chars: Option<Vec<u8>> = match p.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?),
    };
    let strip = |c: u8| match &chars {
        None => is_bspace(c),
        Some(cs) => cs.contains(&c),
    };
    let mut a = 0;
    let mut b = s.len();
    if left {
        while a < b && strip(s[a]) {
            a += 1;
        }
    }
    if right {
        while b > a && strip(s[b - 1]) {
            b -= 1;
        }
    }
    Ok(make(ba, s[a..b].to_vec()))
}

fn b_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_strip_impl(vm, &args, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_strip_impl(vm, &args, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_strip_impl(vm, &args, "rstrip", false, true)
}

fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if let Value::Obj(o) = v {
                if let Obj::BigInt(b) = &**o {
                    use num_traits::{Signed, ToPrimitive};
                    return Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
                        i64::MIN
                    } else {
                        i64::MAX
                    })));
                }
            }
            vm.index_value(v)
                .map(Some)
                .map_err(|_| type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

fn adjust(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    (s, e)
}

/// (self, sub, start, end) for find/count/index.
fn search(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Vec<u8>, Vec<u8>, i64, i64)> {
    let (s, _) = this(vm, args, name)?;
    let p = p_args(args, name, 1, 3)?;
    let sub = match bytes_arg(vm, &p[0]) {
        Some(b) => b,
        None => match &p[0] {
            Value::Int(_) | Value::Bool(_) => {
                let v = vm.index_value(&p[0])?;
                if !(0..256).contains(&v) {
                    return Err(value_error("byte must be in range(0, 256)"));
                }
                vec![v as u8]
            }
            Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => {
                return Err(value_error("byte must be in range(0, 256)"))
            }
            _ => {
                return Err(type_error(format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    vm.type_name(&p[0])
                )))
            }
        },
    };
    let st = opt_index(vm, p.get(1))?;
    let en = opt_index(vm, p.get(2))?;
    let (a, b) = adjust(st, en, s.len() as i64);
    Ok((s, sub, a, b))
}

fn find_range(s: &[u8], sub: &[u8], a: i64, b: i64, rev: bool) -> i64 {
    if b - a < sub.len() as i64 {
        return -1;
    }
    let hay = &s[a as usize..b as usize];
    let r = if rev { rfind_sub(hay, sub) } else { find_sub(hay, sub) };
    r.map(|i| i as i64 + a).unwrap_or(-1)
}

fn b_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = search(vm, &args, "find")?;
    Ok(Value::Int(find_range(&s, &sub, a, b, false)))
}
fn b_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = search(vm, &args, "rfind")?;
    Ok(Value::Int(find_range(&s, &sub, a, b, true)))
}
fn b_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = search(vm, &args, "index")?;
    match find_range(&s, &sub, a, b, false) {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn b_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = search(vm, &args, "rindex")?;
    match find_range(&s, &sub, a, b, true) {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn b_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = search(vm, &args, "count")?;
    if a > b || a > s.len() as i64 {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(count_sub(&s[a as usize..b as usize], &sub) as i64))
}

fn b_affix(vm: &mut Vm, args: &Args, name: &str, start: bool) -> PyResult<Value> {
    let (s, _) = this(vm, args, name)?;
    let p = p_args(args, name, 1, 3)?;
    let st = opt_index(vm, p.get(1))?;
    let en = opt_index(vm, p.get(2))?;
    let (a, b) = adjust(st, en, s.len() as i64);
    let check = |x: &[u8]| -> bool {
        let n = x.len() as i64;
        if b - n < a {
            return false;
        }
        let hay = &s[a as usize..b as usize];
        if start {
            hay.starts_with(x)
        } else {
            hay.ends_with(x)
        }
    };
    if let Value::Obj(o) = &p[0] {
        if let Obj::Tuple(items) = &**o {
            for x in items.iter() {
                let xb = need_bytes(vm, x)?;
                if check(&xb) {
                    return Ok(Value::Bool(true));
                }
            }
            return Ok(Value::Bool(false));
        }
    }
    match bytes_arg(vm, &p[0]) {
        Some(x) => Ok(Value::Bool(check(&x))),
        None => Err(type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            vm.type_name(&p[0])
        ))),
    }
}

fn b_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_affix(vm, &args, "startswith", true)
}
fn b_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_affix(vm, &args, "endswith", false)
}

fn b_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = this(vm, &args, "replace")?;
    let p = args.pos();
    if p.len() < 3 || p.len() > 4 {
        let n = p.len() - 1;
        return Err(type_error(if n < 2 {
            format!("replace expected at least 2 arguments, got {}", n)
        } else {
            format!("replace expected at most 3 arguments, got {}", n)
        }));
    }
    let old = need_bytes(vm, &p[1])?;
    let new = need_bytes(vm, &p[2])?;
    let count = match p.get(3) {
        Some(c) => vm.index_value(c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(s.len());
    let mut n = 0i64;
    if old.is_empty() {
        for (i, &c) in s.iter().enumerate() {
            if count < 0 || n < count {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
            let _ = i;
        }
        if count < 0 || n < count {
            out.extend_from_slice(&new);
        }
        return Ok(make(ba, out));
    }
    let mut rest = &s[..];
    while count < 0 || n < count {
        match find_sub(rest, &old) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(&new);
                rest = &rest[i + old.len()..];
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    Ok(make(ba, out))
}

fn b_pad(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let (s, ba) = this(vm, args, name)?;
    let p = args.pos();
    if p.len() < 2 || p.len() > 3 {
        let n = p.len() - 1;
        return Err(type_error(if n < 1 {
            format!("{} expected at least 1 argument, got {}", name, n)
        } else {
            format!("{} expected at most 2 arguments, got {}", name, n)
        }));
    }
    let width = vm.index_value(&p[1])?;
    let fill = match p.get(2) {
        None => b' ',
        Some(f) => match bytes_arg(vm, f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    vm.type_name(f)
                )))
            }
        },
    };
    let len = s.len() as i64;
    if width <= len {
        return Ok(make(ba, s));
    }
    let marg = (width - len) as usize;
    let (l, r) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&s);
    out.extend(std::iter::repeat(fill).take(r));
    Ok(make(ba, out))
}

fn b_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_pad(vm, &args, "center")
}
fn b_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_pad(vm, &args, "ljust")
}
fn b_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_pad(vm, &args, "rjust")
}

fn b_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = this(vm, &args, "zfill")?;
    let p = p_args(&args, "zfill", 1, 1)?;
    let width = vm.index_value(&p[0])?;
    if width <= s.len() as i64 {
        return Ok(make(ba, s));
    }
    let fill = width as usize - s.len();
    let mut out = Vec::with_capacity(width as usize);
    let rest = if s.first().map(|c| *c == b'+' || *c == b'-').unwrap_or(false) {
        out.push(s[0]);
        &s[1..]
    } else {
        &s[..]
    };
    out.extend(std::iter::repeat(b'0').take(fill));
    out.extend_from_slice(rest);
    Ok(make(ba, out))
}

fn b_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = this(vm, &args, "expandtabs")?;
    let a = kw(&args, "expandtabs", &["tabsize"])?;
    let tabsize = match &a[0] {
        None => 8,
        Some(v) => vm.index_value(v)?,
    };
    let mut out = Vec::with_capacity(s.len());
    let mut col = 0i64;
    for &c in &s {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat(b' ').take(n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(make(ba, out))
}

fn b_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = this(vm, &args, "removeprefix")?;
    let p = p_args(&args, "removeprefix", 1, 1)?;
    let pre = need_bytes(vm, &p[0])?;
    Ok(make(
        ba,
        s.strip_prefix(&pre[..]).map(|r| r.to_vec()).unwrap_or(s.clone()),
    ))
}

fn b_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = this(vm, &args, "removesuffix")?;
    let p = p_args(&args, "removesuffix", 1, 1)?;
    let suf = need_bytes(vm, &p[0])?;
    Ok(make(
        ba,
        s.strip_suffix(&suf[..]).map(|r| r.to_vec()).unwrap_or(s.clone()),
    ))
}

fn b_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = this(vm, &args, "translate")?;
    let a = kw(&args, "translate", &["table", "delete"])?;
    let table = match &a[0] {
        None => return Err(type_error("translate() takes at least 1 argument (0 given)")),
        Some(Value::None) => None,
        Some(t) => {
            let t = need_bytes(vm, t)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &a[1] {
        None => Vec::new(),
        Some(d) => need_bytes(vm, d)?,
    };
    let out: Vec<u8> = s
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map(|t| t[c as usize]).unwrap_or(c))
        .collect();
    Ok(make(ba, out))
}

fn b_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!("maketrans expected 2 arguments, got {}", p.len())));
    }
    let from = need_bytes(vm, &p[0])?;
    let to = need_bytes(vm, &p[1])?;
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (a, b) in from.iter().zip(to.iter()) {
        t[*a as usize] = *b;
    }
    Ok(Value::obj(Obj::Bytes(t.into_boxed_slice())))
}

fn map_bytes(vm: &mut Vm, args: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (s, ba) = this(vm, args, name)?;
    p_args(args, name, 0, 0)?;
    Ok(make(ba, f(&s)))
}

fn b_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, &args, "upper", |s| s.to_ascii_uppercase())
}
fn b_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, &args, "lower", |s| s.to_ascii_lowercase())
}
fn b_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, &args, "swapcase", |s| {
        s.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn b_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, &args, "title", |s| {
        let mut prev = false;
        s.iter()
            .map(|&c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}
fn b_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, &args, "capitalize", |s| {
        s.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn pred(vm: &mut Vm, args: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let (s, _) = this(vm, args, name)?;
    p_args(args, name, 0, 0)?;
    Ok(Value::Bool(f(&s)))
}

fn b_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "isalpha", |s| {
        !s.is_empty() && s.iter().all(|c| c.is_ascii_alphabetic())
    })
}
fn b_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "isalnum", |s| {
        !s.is_empty() && s.iter().all(|c| c.is_ascii_alphanumeric())
    })
}
fn b_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "isdigit", |s| {
        !s.is_empty() && s.iter().all(|c| c.is_ascii_digit())
    })
}
fn b_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "isspace", |s| {
        !s.is_empty() && s.iter().all(|&c| is_bspace(c))
    })
}
fn b_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "isascii", |s| s.is_ascii())
}
fn b_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "islower", |s| {
        s.iter().any(|c| c.is_ascii_lowercase()) && !s.iter().any(|c| c.is_ascii_uppercase())
    })
}
fn b_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "isupper", |s| {
        s.iter().any(|c| c.is_ascii_uppercase()) && !s.iter().any(|c| c.is_ascii_lowercase())
    })
}
fn b_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "istitle", |s| {
        let mut cased = false;
        let mut prev = false;
        for &c in s {
            if c.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
            } else {
                prev = false;
            }
        }
        cased
    })
}

fn decode_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (data, _) = this(vm, &args, "decode")?;
    let a = kw(&args, "decode", &["encoding", "errors"])?;
    let enc = match &a[0] {
        None => "utf-8".to_string(),
        Some(v) => match crate::types::str_methods::str_value(vm, v) {
            Some(s) => s.as_str().unwrap_or("").to_string(),
            None => {
                return Err(type_error(format!(
                    "decode() argument 'encoding' must be str, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let errors = match &a[1] {
        None => "strict".to_string(),
        Some(v) => match crate::types::str_methods::str_value(vm, v) {
            Some(s) => s.as_str().unwrap_or("").to_string(),
            None => {
                return Err(type_error(format!(
                    "decode() argument 'errors' must be str, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    decode(vm, &data, &enc, &errors)
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (data, _) = this(vm, &args, "hex")?;
    let a = kw(&args, "hex", &["sep", "bytes_per_sep"])?;
    let sep = match &a[0] {
        None => None,
        Some(v) => {
            let s = match crate::types::str_methods::str_value(vm, v) {
                Some(s) => s.as_str().unwrap_or("").to_string(),
                None => match bytes_arg(vm, v) {
                    Some(b) => String::from_utf8_lossy(&b).to_string(),
                    None => return Err(type_error(format!("sep must be str or bytes."))),
                },
            };
            if s.chars().count() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            Some(s)
        }
    };
    let per = match &a[1] {
        None => 1,
        Some(v) => vm.index_value(v)?,
    };
    let hexes: Vec<String> = data.iter().map(|b| format!("{:02x}", b)).collect();
    let Some(sep) = sep else {
        return Ok(Value::string(hexes.concat()));
    };
    if per == 0 {
        return Ok(Value::string(hexes.concat()));
    }
    let k = per.unsigned_abs() as usize;
    let n = hexes.len();
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // groups counted from the right
        let first = n % k;
        if first > 0 {
            groups.push(hexes[..first].concat());
        }
        let mut i = first;
        while i < n {
            groups.push(hexes[i..i + k].concat());
            i += k;
        }
    } else {
        let mut i = 0;
        while i < n {
            groups.push(hexes[i..(i + k).min(n)].concat());
            i += k;
        }
    }
    Ok(Value::string(groups.join(&sep)))
}

fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            p.len().saturating_sub(1)
        )));
    }
    let s = match crate::types::str_methods::str_value(vm, &p[1]) {
        Some(s) => s.as_str().unwrap_or("").to_string(),
        None => {
            return Err(type_error(format!(
                "fromhex() argument must be str, not {}",
                vm.type_name(&p[1])
            )))
        }
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| {
            value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i
            ))
        })?;
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16)).ok_or_else(|| {
            value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            ))
        })?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let is_ba = matches!(&p[0], Value::Obj(o) if std::rc::Rc::ptr_eq(o, &vm.types.bytearray));
    Ok(make(is_ba, out))
}

fn b_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = this(vm, &args, "__len__")?;
    Ok(Value::Int(s.len() as i64))
}

fn b_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = this(vm, &args, "__mod__")?;
    let p = p_args(&args, "__mod__", 1, 1)?;
    let out = crate::format::percent_format_bytes(vm, &s, &p[0])?;
    Ok(make(ba, out))
}

fn b_rmod(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn b_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = this(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![make(false, s)]))
}

fn b_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = this(vm, &args, "__bytes__")?;
    Ok(make(false, s))
}

// ----- bytearray mutation -----

fn ba_cell<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    if let Some(Value::Obj(o)) = args.pos().first() {
        if let Obj::ByteArray(b) = &**o {
            return Ok(b);
        }
    }
    Err(type_error(format!(
        "descriptor '{}' requires a 'bytearray' object",
        name
    )))
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::Obj(o) if matches!(&**o, Obj::BigInt(_)) => return Err(value_error("byte must be in range(0, 256)")),
        _ => vm.index_value(v)?,
    };
    if !(0..256).contains(&n) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "append")?;
    let p = p_args(&args, "append", 1, 1)?;
    let v = byte_value(vm, &p[0])?;
    b.borrow_mut().push(v);
    Ok(Value::None)
}

fn iter_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_arg(vm, v) {
        return Ok(b);
    }
    if crate::types::str_methods::str_value(vm, v).is_some() {
        return Err(type_error("expected iterable of integers; got: 'str'"));
    }
    if !vm.has_iter(v) {
        return Err(type_error(format!("can't extend bytearray with {}", vm.type_name(v))));
    }
    let mut out = Vec::new();
    for x in vm.iterate(v)? {
        out.push(byte_value(vm, &x)?);
    }
    Ok(out)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "extend")?;
    let p = p_args(&args, "extend", 1, 1)?;
    let data = iter_bytes(vm, &p[0])?;
    b.borrow_mut().extend(data);
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "insert")?;
    let p = args.pos();
    if p.len() != 3 {
        return Err(type_error(format!("insert expected 2 arguments, got {}", p.len() - 1)));
    }
    let i = vm.index_value(&p[1])?;
    let v = byte_value(vm, &p[2])?;
    let n = b.borrow().len() as i64;
    let idx = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.borrow_mut().insert(idx as usize, v);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "pop")?;
    let p = p_args(&args, "pop", 0, 1)?;
    let n = b.borrow().len() as i64;
    if n == 0 {
        return Err(index_error("pop from empty bytearray"));
    }
    let i = match p.first() {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(Value::Int(b.borrow_mut().remove(idx as usize) as i64))
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "remove")?;
    let p = p_args(&args, "remove", 1, 1)?;
    let v = byte_value(vm, &p[0])?;
    let pos = b.borrow().iter().position(|&c| c == v);
    match pos {
        Some(i) => {
            b.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "reverse")?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "clear")?;
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "copy")?;
    let data = b.borrow().clone();
    Ok(make(true, data))
}

fn ba_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "__iadd__")?;
    let p = p_args(&args, "__iadd__", 1, 1)?;
    match bytes_arg(vm, &p[0]) {
        Some(d) => {
            b.borrow_mut().extend(d);
            Ok(args.pos()[0].clone())
        }
        None => Err(type_error(format!("can't concat {} to bytearray", vm.type_name(&p[0])))),
    }
}

pub fn init(vm: &mut Vm) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("decode", decode_m),
        ("hex", hex),
        ("__len__", b_len),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("splitlines", b_splitlines),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("join", b_join),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("replace", b_replace),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("translate", b_translate),
        ("upper", b_upper),
        ("lower", b_lower),
        ("swapcase", b_swapcase),
        ("title", b_title),
        ("capitalize", b_capitalize),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isdigit", b_isdigit),
        ("isspace", b_isspace),
        ("isascii", b_isascii),
        ("islower", b_islower),
        ("isupper", b_isupper),
        ("istitle", b_istitle),
        ("__mod__", b_mod),
        ("__rmod__", b_rmod),
    ];
    let t = vm.types.bytes.clone();
    vm.add_staticmethod(&t, "__new__", bytes_new);
    for (name, f) in shared {
        vm.add_method(&t, name, *f);
    }
    vm.add_method(&t, "__getnewargs__", b_getnewargs);
    vm.add_method(&t, "__bytes__", b_bytes);
    vm.add_staticmethod(&t, "maketrans", b_maketrans);
    vm.add_classmethod(&t, "fromhex", fromhex);
    let t = vm.types.bytearray.clone();
    vm.add_staticmethod(&t, "__new__", bytearray_new);
    for (name, f) in shared {
        vm.add_method(&t, name, *f);
    }
    vm.add_staticmethod(&t, "maketrans", b_maketrans);
    vm.add_classmethod(&t, "fromhex", fromhex);
    vm.add_method(&t, "append", ba_append);
    vm.add_method(&t, "extend", ba_extend);
    vm.add_method(&t, "insert", ba_insert);
    vm.add_method(&t, "pop", ba_pop);
    vm.add_method(&t, "remove", ba_remove);
    vm.add_method(&t, "reverse", ba_reverse);
    vm.add_method(&t, "clear", ba_clear);
    vm.add_method(&t, "copy", ba_copy);
    vm.add_method(&t, "__iadd__", ba_iadd);
    vm.set_class_attr(&t, "__hash__", Value::None);
}
