//! `bytes` and `bytearray`, plus text encoding/decoding (utf-8, ascii, latin-1).

use super::slice::{seq_index, slice_items};
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
    let data = bytes_like(obj).unwrap_or_default();
    if let Value::Obj(k) = key {
        if let Obj::Slice(s) = &**k {
            return Ok(new_like(obj, slice_items(vm, s, &data)?));
        }
    }
    let what = if matches!(obj, Value::Obj(o) if matches!(&**o, Obj::ByteArray(_))) { "bytearray" } else { "index" };
    let i = seq_index(vm, key, data.len(), what)?;
    Ok(Value::Int(data[i] as i64))
}

pub fn bytearray_setitem(vm: &mut Vm, obj: &Value, key: Value, value: Value) -> PyResult<()> {
    let Value::Obj(o) = obj else { unreachable!() };
    let Obj::ByteArray(b) = &**o else { unreachable!() };
    let n = b.borrow().len();
    let i = seq_index(vm, &key, n, "bytearray")?;
    let v = vm.index_value(&value)?;
    if !(0..256).contains(&v) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    b.borrow_mut()[i] = v as u8;
    Ok(())
}

pub fn bytearray_delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    let Value::Obj(o) = obj else { unreachable!() };
    let Obj::ByteArray(b) = &**o else { unreachable!() };
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
    let v = vm.index_value(item).map_err(|_| type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(item))))?;
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
            None => Err(type_error(format!("can't concat {} to {}", vm.type_name(b), vm.type_name(a)))),
        },
        BinOp::Mul => match b {
            Value::Int(n) => Ok(Some(new_like(a, data.repeat((*n).max(0) as usize)))),
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Value> {
    let enc = normalize_encoding(encoding);
    let data: Vec<u8> = match enc.as_str() {
        "utf-8" | "utf8" => s.as_bytes().to_vec(),
        "ascii" | "latin-1" => {
            let limit = if enc == "ascii" { 128 } else { 256 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        "backslashreplace" => out.extend(crate::repr::escape_char(c).into_bytes()),
                        "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).into_bytes()),
                        _ => {
                            let cname = if enc == "ascii" { "ascii" } else { "latin-1" };
                            let _ = vm;
                            return Err(PyErr::new(
                                ExcKind::UnicodeEncodeError,
                                format!("'{}' codec can't encode character '{}' in position {}: ordinal not in range({})", cname, crate::repr::escape_char(c), i, limit),
                            ));
                        }
                    }
                }
            }
            out
        }
        _ => return Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {}", encoding))),
    };
    Ok(Value::obj(Obj::Bytes(data.into_boxed_slice())))
}

pub fn normalize_encoding(e: &str) -> String {
    let l = e.to_ascii_lowercase().replace('_', "-");
    match l.as_str() {
        "utf8" | "utf-8" | "u8" => "utf-8".into(),
        "ascii" | "us-ascii" => "ascii".into(),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => "latin-1".into(),
        other => other.into(),
    }
}

pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let enc = normalize_encoding(encoding);
    let _ = vm;
    match enc.as_str() {
        "utf-8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => match errors {
                "replace" => Ok(Value::string(String::from_utf8_lossy(b).to_string())),
                "ignore" => {
                    let s = String::from_utf8_lossy(b).replace('\u{FFFD}', "");
                    Ok(Value::string(s))
                }
                _ => {
                    let pos = e.valid_up_to();
                    Err(PyErr::new(
                        ExcKind::UnicodeDecodeError,
                        format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", b[pos], pos),
                    ))
                }
            },
        },
        "ascii" => {
            let mut s = String::new();
            for (i, &c) in b.iter().enumerate() {
                if c < 128 {
                    s.push(c as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => s.push('\u{FFFD}'),
                        _ => {
                            return Err(PyErr::new(
                                ExcKind::UnicodeDecodeError,
                                format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", c, i),
                            ))
                        }
                    }
                }
            }
            Ok(Value::string(s))
        }
        "latin-1" => Ok(Value::string(b.iter().map(|&c| c as char).collect())),
        _ => Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {}", encoding))),
    }
}

fn bytes_from_args(vm: &mut Vm, args: &Args) -> PyResult<Vec<u8>> {
    let p = &args.pos()[1..];
    let src = p.first().cloned().or_else(|| args.kwarg("source").cloned());
    let enc = p.get(1).cloned().or_else(|| args.kwarg("encoding").cloned());
    let errors = p.get(2).cloned().or_else(|| args.kwarg("errors").cloned());
    match src {
        None => Ok(vec![]),
        Some(s) => {
            if let Some(text) = s.as_str() {
                let Some(e) = enc else { return Err(type_error("string argument without an encoding")) };
                let e = e.as_str().unwrap_or("utf-8").to_string();
                let errs = errors.as_ref().and_then(|x| x.as_str()).unwrap_or("strict").to_string();
                let r = encode(vm, text, &e, &errs)?;
                return Ok(bytes_like(&r).unwrap_or_default());
            }
            if let Some(b) = bytes_like(&s) {
                return Ok(b);
            }
            if let Value::Int(n) = s {
                if n < 0 {
                    return Err(value_error("negative count"));
                }
                return Ok(vec![0; n as usize]);
            }
            let mut out = Vec::new();
            for x in vm.iterate(&s)? {
                let v = vm.index_value(&x)?;
                if !(0..256).contains(&v) {
                    return Err(value_error("bytes must be in range(0, 256)"));
                }
                out.push(v as u8);
            }
            Ok(out)
        }
    }
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_from_args(vm, &args)?;
    Ok(Value::obj(Obj::Bytes(data.into_boxed_slice())))
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_from_args(vm, &args)?;
    Ok(Value::obj(Obj::ByteArray(RefCell::new(data))))
}

fn decode_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_like(&args.pos()[0]).unwrap_or_default();
    let p = args.pos();
    let enc = p.get(1).or(args.kwarg("encoding")).and_then(|v| v.as_str()).unwrap_or("utf-8").to_string();
    let errors = p.get(2).or(args.kwarg("errors")).and_then(|v| v.as_str()).unwrap_or("strict").to_string();
    decode(vm, &data, &enc, &errors)
}

fn hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_like(&args.pos()[0]).unwrap_or_default();
    Ok(Value::string(data.iter().map(|b| format!("{:02x}", b)).collect()))
}

fn b_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(bytes_like(&args.pos()[0]).unwrap_or_default().len() as i64))
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let v = vm.index_value(&p[1])?;
    if !(0..256).contains(&v) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    if let Value::Obj(o) = &p[0] {
        if let Obj::ByteArray(b) = &**o {
            b.borrow_mut().push(v as u8);
        }
    }
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.bytes.clone();
    vm.add_staticmethod(&t, "__new__", bytes_new);
    vm.add_method(&t, "decode", decode_m);
    vm.add_method(&t, "hex", hex);
    vm.add_method(&t, "__len__", b_len);
    let t = vm.types.bytearray.clone();
    vm.add_staticmethod(&t, "__new__", bytearray_new);
    vm.add_method(&t, "decode", decode_m);
    vm.add_method(&t, "hex", hex);
    vm.add_method(&t, "append", ba_append);
    vm.add_method(&t, "__len__", b_len);
    vm.set_class_attr(&t, "__hash__", Value::None);
}
