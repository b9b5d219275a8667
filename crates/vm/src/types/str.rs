//! `str`: indexing and slicing by code point, and the string methods.

use super::slice::{seq_index, slice_indices};
use crate::error::*;
use crate::object::*;
use crate::types::str_methods::self_str;
use crate::value::Value;
use crate::vm::Vm;

pub fn str_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let s = obj.as_pystr().unwrap();
    if let Value::Obj(k) = key {
        if let Obj::Slice(sl) = &**k {
            let (start, _stop, step, count) = slice_indices(vm, sl, s.char_len())?;
            if count == 0 {
                return Ok(vm.intern(""));
            }
            if step == 1 {
                let a = s.byte_offset(start as usize);
                let b = if s.is_ascii() {
                    a + count
                } else {
                    a + s.as_str()[a..]
                        .char_indices()
                        .nth(count)
                        .map(|(i, _)| i)
                        .unwrap_or(s.as_str().len() - a)
                };
                return Ok(Value::str(&s.as_str()[a..b]));
            }
            if s.is_ascii() {
                let bytes = s.as_str().as_bytes();
                let mut out = String::with_capacity(count);
                let mut i = start;
                for _ in 0..count {
                    out.push(bytes[i as usize] as char);
                    i += step;
                }
                return Ok(Value::string(out));
            }
            let chars: Vec<char> = s.as_str().chars().collect();
            let mut out = String::with_capacity(count);
            let mut i = start;
            for _ in 0..count {
                out.push(chars[i as usize]);
                i += step;
            }
            return Ok(Value::string(out));
        }
    }
    let ok_key = match key {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => match &**o {
            Obj::BigInt(_) => true,
            Obj::Instance(_) => vm.has_attr(key, "__index__"),
            _ => false,
        },
        _ => false,
    };
    if !ok_key {
        return Err(type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(key)
        )));
    }
    let i = seq_index(vm, key, s.char_len(), "string")?;
    let c = s.char_at(i);
    let mut buf = [0u8; 4];
    Ok(vm.intern(c.encode_utf8(&mut buf)))
}

/// The str value of self (also for str subclass instances).
pub fn this_str(vm: &Vm, args: &Args, name: &str) -> PyResult<String> {
    match args.pos().first() {
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.to_string()),
            None => match vm.unwrap_builtin(v).as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(type_error(format!(
                    "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                    name,
                    vm.type_name(v)
                ))),
            },
        },
        None => Err(type_error(format!("unbound method str.{}() needs an argument", name))),
    }
}

pub fn arg_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| type_error(format!("{} must be str, not {}", what, vm.type_name(v))))
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::types::str_methods::kw_args(&args, "str", &["object", "encoding", "errors"])?;
    let text_arg = |i: usize, what: &str| -> PyResult<Option<String>> {
        match &a[i] {
            None => Ok(None),
            Some(v) => match crate::types::str_methods::str_value(vm, v) {
                Some(s) => Ok(Some(s.as_str().unwrap_or("").to_string())),
                None => Err(type_error(format!(
                    "str() argument '{}' must be str, not {}",
                    what,
                    vm.type_name(v)
                ))),
            },
        }
    };
    let encoding = text_arg(1, "encoding")?;
    let errors = text_arg(2, "errors")?;
    let s = match &a[0] {
        None => vm.intern(""),
        Some(o) => {
            if encoding.is_some() || errors.is_some() {
                let enc = encoding.unwrap_or_else(|| "utf-8".to_string());
                let errs = errors.unwrap_or_else(|| "strict".to_string());
                match crate::types::bytes::bytes_like(&vm.unwrap_builtin(o)) {
                    Some(b) => crate::types::bytes::decode(vm, &b, &enc, &errs)?,
                    None => {
                        if crate::types::str_methods::str_value(vm, o).is_some() {
                            return Err(type_error("decoding str is not supported"));
                        }
                        return Err(type_error(format!(
                            "decoding to str: need a bytes-like object, {} found",
                            vm.type_name(o)
                        )));
                    }
                }
            } else {
                let r = vm.str(o)?;
                match crate::types::str_methods::str_value(vm, &r) {
                    Some(plain) if !r.is(&plain) => plain,
                    _ => r,
                }
            }
        }
    };
    if let Value::Obj(c) = &args.pos()[0] {
        if !std::rc::Rc::ptr_eq(c, &vm.types.str) {
            let inst = crate::types::object::new_instance(vm, c);
            if let Value::Obj(io) = &inst {
                if let Obj::Instance(i) = &**io {
                    *i.base.borrow_mut() = s;
                }
            }
            return Ok(inst);
        }
    }
    Ok(s)
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sepv = crate::types::str_methods::self_str(vm, &args, "join")?;
    if args.has_kw() {
        return Err(type_error("str.join() takes no keyword arguments"));
    }
    let p = &args.pos()[1..];
    if p.len() != 1 {
        return Err(type_error(format!(
            "str.join() takes exactly one argument ({} given)",
            p.len()
        )));
    }
    let sep = sepv.as_str().unwrap();
    let iterable = &p[0];
    let owned;
    let items: &[Value] = match iterable {
        Value::Obj(o) => match &**o {
            Obj::Tuple(t) => t,
            Obj::List(l) => {
                owned = l.borrow().clone();
                &owned
            }
            _ => {
                if !vm.has_iter(iterable) {
                    return Err(type_error("can only join an iterable"));
                }
                owned = vm.iterate(iterable)?;
                &owned
            }
        },
        _ => return Err(type_error("can only join an iterable")),
    };
    let mut total = 0usize;
    for (i, it) in items.iter().enumerate() {
        match it.as_str() {
            Some(s) => total += s.len(),
            None => match crate::types::str_methods::str_value(vm, it) {
                Some(s) => total += s.as_str().unwrap().len(),
                None => {
                    return Err(type_error(format!(
                        "sequence item {}: expected str instance, {} found",
                        i,
                        vm.type_name(it)
                    )))
                }
            },
        }
    }
    if items.len() == 1 {
        if let Some(s) = items[0].as_pystr() {
            let _ = s;
            return Ok(items[0].clone());
        }
    }
    let mut out = String::with_capacity(total + sep.len() * items.len().saturating_sub(1));
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match it.as_str() {
            Some(s) => out.push_str(s),
            None => {
                if let Some(s) = crate::types::str_methods::str_value(vm, it) {
                    out.push_str(s.as_str().unwrap());
                }
            }
        }
    }
    Ok(Value::string(out))
}

fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = crate::types::str_methods::self_str(vm, &args, "__len__")?;
    Ok(Value::Int(s.as_pystr().map(|p| p.char_len()).unwrap_or(0) as i64))
}

/// The single argument of a slot wrapper like `__getitem__` ("expected 1 argument, got N").
fn wrapper_arg<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    let p = args.pos();
    if p.len() != 2 || args.has_kw() {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    Ok(&p[1])
}

fn str_getitem_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "__getitem__")?;
    let k = wrapper_arg(&args)?;
    str_getitem(vm, &s, k)
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_str(vm, &args, "__str__")
}

fn str_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "__repr__")?;
    Ok(Value::string(crate::repr::str_repr(s.as_str().unwrap_or(""))))
}

fn str_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "__hash__")?;
    Ok(Value::Int(s.as_pystr().map(|p| p.hash()).unwrap_or(0)))
}

fn str_format_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "format")?;
    crate::format::str_format(vm, s.as_str().unwrap_or(""), &args.pos()[1..], args)
}

fn str_dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "__format__")?;
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "__format__() takes exactly one argument ({} given)",
            p.len().saturating_sub(1)
        )));
    }
    let spec = match crate::types::str_methods::str_value(vm, &p[1]) {
        Some(v) => v,
        None => {
            return Err(type_error(format!(
                "__format__() argument must be str, not {}",
                vm.type_name(&p[1])
            )))
        }
    };
    vm.format(&s, spec.as_str().unwrap_or(""))
}

fn str_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "__iter__")?;
    vm.get_iter(&s)
}

fn str_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "__contains__")?;
    let x = wrapper_arg(&args)?;
    match crate::types::str_methods::str_value(vm, x) {
        Some(sub) => Ok(Value::Bool(
            s.as_str().unwrap_or("").contains(sub.as_str().unwrap_or("")),
        )),
        None => Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(x)
        ))),
    }
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_str(vm, &args, "__getnewargs__")?;
    let s = Value::str(s.as_str().unwrap_or(""));
    Ok(vm.new_tuple(vec![s]))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    vm.add_staticmethod(&t, "__new__", str_new);
    vm.add_method(&t, "join", join);
    vm.add_method(&t, "format", str_format_m);
    vm.add_method(&t, "__len__", str_len);
    vm.add_method(&t, "__getitem__", str_getitem_m);
    vm.add_method(&t, "__str__", str_str);
    vm.add_method(&t, "__repr__", str_repr);
    vm.add_method(&t, "__hash__", str_hash);
    vm.add_method(&t, "__format__", str_dunder_format);
    vm.add_method(&t, "__iter__", str_iter);
    vm.add_method(&t, "__contains__", str_contains);
    vm.add_method(&t, "__getnewargs__", str_getnewargs);
    crate::types::str_methods::init(vm);
}
