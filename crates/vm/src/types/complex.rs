//! `complex` numbers.

use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

fn parts(vm: &mut Vm, v: &Value) -> PyResult<(f64, f64)> {
    match v {
        Value::Int(i) => Ok((*i as f64, 0.0)),
        Value::Bool(b) => Ok((*b as i64 as f64, 0.0)),
        Value::Float(f) => Ok((*f, 0.0)),
        Value::Obj(o) => match &**o {
            Obj::Complex(r, i) => Ok((*r, *i)),
            Obj::BigInt(b) => Ok((crate::ops::big_to_f64(b)?, 0.0)),
            Obj::Str(s) => parse_complex(s.as_str()).ok_or_else(|| value_error("complex() arg is a malformed string")),
            _ => {
                if let Some(r) = vm.call_dunder(v, "__complex__", &[])? {
                    let ur = vm.unwrap_builtin(&r);
                    return match &ur {
                        Value::Obj(ro) if matches!(&**ro, Obj::Complex(..)) => parts(vm, &ur),
                        _ => Err(type_error(format!(
                            "__complex__ returned non-complex (type {})",
                            vm.type_name(&r)
                        ))),
                    };
                }
                let cls = vm.class_of(v);
                if crate::types::class::lookup(vm, &cls, "__float__").is_some()
                    || crate::types::class::lookup(vm, &cls, "__index__").is_some()
                {
                    return Ok((crate::types::float::float_from_value(vm, v)?, 0.0));
                }
                let b = vm.unwrap_builtin(v);
                if !b.is(v) {
                    return parts(vm, &b);
                }
                Err(type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    vm.type_name(v)
                )))
            }
        },
        _ => Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(v)
        ))),
    }
}

pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let s = s.trim();
    let s = s
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(s)
        .trim();
    if s.is_empty() {
        return None;
    }
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // find split point between real and imaginary parts
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("", body),
        };
        let imv = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => crate::types::float::parse_float(x)?,
        };
        let rev = if re.is_empty() {
            0.0
        } else {
            crate::types::float::parse_float(re)?
        };
        return Some((rev, imv));
    }
    Some((crate::types::float::parse_float(s)?, 0.0))
}

fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1..];
    let real = args.kwarg("real").or(p.first()).cloned();
    let imag = args.kwarg("imag").or(p.get(1)).cloned();
    if real.as_ref().map(|v| v.as_str().is_some()).unwrap_or(false) && imag.is_some() {
        return Err(type_error("complex() can't take second arg if first is a string"));
    }
    let (mut r, mut i) = match &real {
        Some(v) => parts(vm, v)?,
        None => (0.0, 0.0),
    };
    if let Some(im) = &imag {
        if im.as_str().is_some() {
            return Err(type_error("complex() second arg can't be a string"));
        }
        let (a, b) = parts(vm, im)?;
        let im_is_complex = matches!(im, Value::Obj(o) if matches!(&**o, Obj::Complex(..)));
        let re_is_complex = matches!(&real, Some(Value::Obj(o)) if matches!(&**o, Obj::Complex(..)));
        if im_is_complex {
            r -= b;
        }
        // the imaginary part is the second argument unless the first was itself complex
        i = if re_is_complex { i + a } else { a };
    }
    Ok(Value::obj(Obj::Complex(r, i)))
}

/// `complex.__complex__()`: the value as an exact complex.
fn complex_complex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = vm.unwrap_builtin(&args.pos()[0]);
    match v.as_obj() {
        Some(Obj::Complex(r, i)) => Ok(Value::obj(Obj::Complex(*r, *i))),
        _ => Ok(v),
    }
}

fn conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match &args.pos()[0] {
        Value::Obj(o) => match &**o {
            Obj::Complex(r, i) => Ok(Value::obj(Obj::Complex(*r, -i))),
            _ => Ok(args.pos()[0].clone()),
        },
        v => Ok(v.clone()),
    }
}

fn c_abs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match &args.pos()[0] {
        Value::Obj(o) => match &**o {
            Obj::Complex(r, i) => {
                let h = r.hypot(*i);
                if h.is_infinite() && r.is_finite() && i.is_finite() {
                    return Err(overflow_error("absolute value too large"));
                }
                Ok(Value::Float(h))
            }
            _ => Ok(Value::None),
        },
        _ => Ok(Value::None),
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    vm.add_staticmethod(&t, "__new__", complex_new);
    vm.add_method(&t, "conjugate", conjugate);
    vm.add_method(&t, "__complex__", complex_complex);
    vm.add_method(&t, "__abs__", c_abs);
}
