//! The `builtins` module: builtin functions and the names of the builtin types and exceptions.

use crate::error::*;
use crate::object::*;
use crate::types::class::{is_subclass, lookup};
use crate::value::Value;
use crate::vm::Vm;
use pyrite_compiler::{BinOp, CmpOp};
use std::cell::RefCell;

fn arity(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos().len();
    if n < min || n > max {
        if min == max {
            return Err(type_error(format!(
                "{}() takes exactly one argument ({} given)",
                name, n
            )));
        }
        if n < min {
            return Err(type_error(format!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                if min == 1 { "" } else { "s" },
                n
            )));
        }
        return Err(type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(())
}

/// Validate a native method's arguments like CPython's method wrappers: `self` plus between
/// `min` and `max` positional arguments and no keywords. `qual` is "type.method".
pub fn method_args(args: &Args, qual: &str, min: usize, max: usize) -> PyResult<()> {
    let pos = args.pos();
    if pos.is_empty() {
        return Err(type_error(format!("unbound method {}() needs an argument", qual)));
    }
    if args.has_kw() {
        return Err(type_error(format!("{}() takes no keyword arguments", qual)));
    }
    let n = pos.len() - 1;
    if n >= min && n <= max {
        return Ok(());
    }
    let short = qual.rsplit('.').next().unwrap_or(qual);
    let s = |k: usize| if k == 1 { "" } else { "s" };
    Err(type_error(if max == 0 {
        format!("{}() takes no arguments ({} given)", qual, n)
    } else if min == 1 && max == 1 {
        format!("{}() takes exactly one argument ({} given)", qual, n)
    } else if min == max {
        format!("{} expected {} argument{}, got {}", short, min, s(min), n)
    } else if n < min {
        format!("{} expected at least {} argument{}, got {}", short, min, s(min), n)
    } else {
        format!("{} expected at most {} argument{}, got {}", short, max, s(max), n)
    }))
}

/// Validate the arguments of a slot wrapper (`__len__`, `__setitem__`, ...): `self` plus
/// exactly `n` positional arguments.
pub fn slot_args(args: &Args, qual: &str, n: usize) -> PyResult<()> {
    let pos = args.pos();
    if pos.is_empty() {
        return Err(type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            qual.rsplit('.').next().unwrap_or(qual),
            qual.split('.').next().unwrap_or(qual)
        )));
    }
    if args.has_kw() {
        return Err(type_error(format!(
            "wrapper {}() takes no keyword arguments",
            qual.rsplit('.').next().unwrap_or(qual)
        )));
    }
    if pos.len() - 1 != n {
        return Err(type_error(format!(
            "expected {} argument{}, got {}",
            n,
            if n == 1 { "" } else { "s" },
            pos.len() - 1
        )));
    }
    Ok(())
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kw() {
        match k {
            "sep" => {
                if !v.is_none() {
                    sep = v
                        .as_str()
                        .ok_or_else(|| type_error(format!("sep must be None or a string, not {}", vm.type_name(v))))?
                        .to_string();
                }
            }
            "end" => {
                if !v.is_none() {
                    end = v
                        .as_str()
                        .ok_or_else(|| type_error(format!("end must be None or a string, not {}", vm.type_name(v))))?
                        .to_string();
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.is_true(v)?,
            other => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for print()",
                    other
                )))
            }
        }
    }
    let file = if file.is_none() {
        vm.sys_attr("stdout").unwrap_or(Value::None)
    } else {
        file
    };
    if file.is_none() {
        return Ok(Value::None);
    }
    if !matches!(file.as_obj(), Some(Obj::File(_))) {
        // a Python-level file: one write() per piece, as CPython does
        let write = vm.getattr(&file, &Value::str("write"))?;
        for (i, a) in args.pos().iter().enumerate() {
            if i > 0 {
                vm.call_value(&write, &[Value::string(sep.clone())])?;
            }
            let s = match a.as_str() {
                Some(_) => a.clone(),
                None => Value::string(vm.str_string(a)?),
            };
            vm.call_value(&write, &[s])?;
        }
        vm.call_value(&write, &[Value::string(end)])?;
        if flush {
            vm.call_method(&file, "flush", &[])?;
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a.as_str() {
            Some(s) => out.push_str(s),
            None => out.push_str(&vm.str_string(a)?),
        }
    }
    out.push_str(&end);
    crate::io::write_to(vm, &file, &out)?;
    if flush {
        crate::io::flush_file(vm, &file)?;
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.pos()[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("repr", &args, 1, 1)?;
    vm.repr(&args.pos()[0])
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("ascii", &args, 1, 1)?;
    vm.ascii(&args.pos()[0])
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!("isinstance expected 2 arguments, got {}", p.len())));
    }
    Ok(Value::Bool(vm.isinstance(&p[0], &p[1])?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!("issubclass expected 2 arguments, got {}", p.len())));
    }
    Ok(Value::Bool(vm.issubclass(&p[0], &p[1])?))
}

impl Vm {
    pub fn isinstance(&mut self, obj: &Value, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Obj(o) => match &**o {
                Obj::Class(_) => {
                    let meta = self.class_of(cls);
                    if !std::rc::Rc::ptr_eq(&meta, &self.types.type_) {
                        if let Some(f) = lookup(self, &meta, "__instancecheck__") {
                            if !self.is_native_named(&f, "type.__instancecheck__") {
                                let r = self.call_value(&f, &[cls.clone(), obj.clone()])?;
                                return self.is_true(&r);
                            }
                        }
                    }
                    let c = self.class_of(obj);
                    if is_subclass(&c, o) {
                        return Ok(true);
                    }
                    // __class__ may be overridden (proxies, mocks with spec)
                    if let Obj::Class(cc) = &*c {
                        if !cc.builtin {
                            if let Some((_, owner)) = crate::types::class::lookup_with_owner(&c, "__class__") {
                                if !std::rc::Rc::ptr_eq(&owner, &self.types.object) {
                                    if let Ok(Value::Obj(k)) = self.getattr(obj, &Value::str("__class__")) {
                                        if matches!(&*k, Obj::Class(_)) && !std::rc::Rc::ptr_eq(&k, &c) {
                                            return Ok(is_subclass(&k, o));
                                        }
                                    }
                                }
                            }
                        }
                    }
                    Ok(false)
                }
                Obj::Tuple(t) => {
                    for x in t.to_vec() {
                        if self.isinstance(obj, &x)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                Obj::Instance(_) => {
                    // types.UnionType (int | str) and generic aliases
                    if let Ok(args) = self.getattr(cls, &Value::str("__args__")) {
                        if self.has_attr(cls, "__pyrite_union__") {
                            return self.isinstance(obj, &args);
                        }
                    }
                    // any object whose class defines __instancecheck__ (typing's special forms)
                    let meta = self.class_of(cls);
                    if let Some(f) = lookup(self, &meta, "__instancecheck__") {
                        let r = self.call_special(&f, cls, &[obj.clone()])?;
                        return self.is_true(&r);
                    }
                    Err(type_error(
                        "isinstance() arg 2 must be a type, a tuple of types, or a union",
                    ))
                }
                _ => Err(type_error(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union",
                )),
            },
            _ => Err(type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        }
    }

    pub fn issubclass(&mut self, sub: &Value, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Obj(o) => match &**o {
                Obj::Class(_) => {
                    let meta = self.class_of(cls);
                    if !std::rc::Rc::ptr_eq(&meta, &self.types.type_) {
                        if let Some(f) = lookup(self, &meta, "__subclasscheck__") {
                            if !self.is_native_named(&f, "type.__subclasscheck__") {
                                let r = self.call_value(&f, &[cls.clone(), sub.clone()])?;
                                return self.is_true(&r);
                            }
                        }
                    }
                    match sub {
                        Value::Obj(s) if matches!(&**s, Obj::Class(_)) => Ok(is_subclass(s, o)),
                        _ => Err(type_error("issubclass() arg 1 must be a class")),
                    }
                }
                Obj::Tuple(t) => {
                    for x in t.to_vec() {
                        if self.issubclass(sub, &x)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                Obj::Instance(_) if is_union(self, cls) => {
                    for x in union_args(self, cls) {
                        if self.issubclass(sub, &x)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                _ => {
                    let meta = self.class_of(cls);
                    if let Some(f) = lookup(self, &meta, "__subclasscheck__") {
                        let r = self.call_special(&f, cls, &[sub.clone()])?;
                        return self.is_true(&r);
                    }
                    Err(type_error(
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                    ))
                }
            },
            _ => Err(type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )),
        }
    }
}

/// The attribute name argument of getattr/setattr/delattr/hasattr (a str or str subclass).
fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.as_str().is_some() {
        // any exact str works as a name: lookups compare text when pointers differ
        return Ok(v.clone());
    }
    let u = vm.unwrap_builtin(v);
    match u.as_str() {
        Some(s) => Ok(vm.intern(s)),
        None => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn getattr_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() < 2 || p.len() > 3 {
        return Err(type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            p.len()
        )));
    }
    let name = attr_name(vm, &p[1])?;
    if p.len() == 3 {
        return Ok(vm.getattr_opt(&p[0], &name)?.unwrap_or_else(|| p[2].clone()));
    }
    vm.getattr(&p[0], &name)
}

fn setattr_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 3 {
        return Err(type_error(format!("setattr expected 3 arguments, got {}", p.len())));
    }
    let name = attr_name(vm, &p[1])?;
    vm.setattr(&p[0], &name, p[2].clone())?;
    Ok(Value::None)
}

fn delattr_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!("delattr expected 2 arguments, got {}", p.len())));
    }
    let name = attr_name(vm, &p[1])?;
    vm.delattr(&p[0], &name)?;
    Ok(Value::None)
}

fn hasattr_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!("hasattr expected 2 arguments, got {}", p.len())));
    }
    let name = attr_name(vm, &p[1])?;
    Ok(Value::Bool(vm.getattr_opt(&p[0], &name)?.is_some()))
}

fn id_b(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(args.pos()[0].id()))
}

fn hash_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.pos()[0])?))
}

fn iter_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    match p.len() {
        1 => vm.get_iter(&p[0]),
        2 => {
            if !is_callable(vm, &p[0]) {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            Ok(crate::types::iter::new_iter(IterState::Callable {
                func: p[0].clone(),
                sentinel: p[1].clone(),
            }))
        }
        n => Err(type_error(format!("iter expected at most 2 arguments, got {}", n))),
    }
}

fn next_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(type_error(format!(
            "next expected at least 1 argument, got {}",
            p.len()
        )));
    }
    let it = &p[0];
    let is_iter = match it {
        Value::Obj(o) => {
            matches!(&**o, Obj::Iter(_) | Obj::Generator(_)) || {
                let c = vm.class_of(it);
                lookup(vm, &c, "__next__").is_some()
            }
        }
        _ => false,
    };
    if !is_iter {
        return Err(type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match p.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let v = vm.take_stop_value();
                Err(stop_iteration(v))
            }
        },
    }
}

pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Function(_) | Obj::Native(_) | Obj::BoundMethod(..) | Obj::Class(_) => true,
            _ => {
                let c = vm.class_of(v);
                lookup(vm, &c, "__call__").is_some()
            }
        },
        _ => false,
    }
}

fn callable_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args.pos()[0])))
}

fn abs_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("abs", &args, 1, 1)?;
    let v = &args.pos()[0];
    match v {
        Value::Int(i) => Ok(i
            .checked_abs()
            .map(Value::Int)
            .unwrap_or_else(|| crate::ops::big_to_value(num_bigint::BigInt::from(*i).magnitude().clone().into()))),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Obj(o) => match &**o {
            Obj::BigInt(b) => Ok(crate::ops::big_to_value(num_traits::Signed::abs(b))),
            Obj::Complex(..) => vm.call_dunder(v, "__abs__", &[]).map(|r| r.unwrap_or(Value::None)),
            _ => match vm.call_dunder(v, "__abs__", &[])? {
                Some(r) => Ok(r),
                None => Err(type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
            },
        },
        _ => Err(type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

fn round_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let number = p
        .first()
        .or(args.kwarg("number"))
        .cloned()
        .ok_or_else(|| type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = p.get(1).or(args.kwarg("ndigits")).cloned();
    let cls = vm.class_of(&number);
    match lookup(vm, &cls, "__round__") {
        Some(f) => match nd {
            Some(n) => vm.call_value(&f, &[number, n]),
            None => vm.call_value(&f, &[number]),
        },
        None => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&number)
        ))),
    }
}

fn divmod_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!("divmod expected 2 arguments, got {}", p.len())));
    }
    if crate::ops::to_num(&p[0]).is_some() && crate::ops::to_num(&p[1]).is_some() {
        if let (Value::Float(_), _) | (_, Value::Float(_)) = (&p[0], &p[1]) {
            let a = crate::types::float::float_from_value(vm, &p[0])?;
            let b = crate::types::float::float_from_value(vm, &p[1])?;
            if b == 0.0 {
                return Err(zero_division("float divmod()"));
            }
            let (q, r) = crate::ops::float_divmod(a, b);
            return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
        let q = vm.binary_op(&p[0], &p[1], BinOp::FloorDiv)?;
        let r = vm.binary_op(&p[0], &p[1], BinOp::Mod)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    if let Some(r) = vm.call_dunder(&p[0], "__divmod__", &[p[1].clone()])? {
        if !crate::protocol::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = vm.call_dunder(&p[1], "__rdivmod__", &[p[0].clone()])? {
        if !crate::protocol::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(&p[0]),
        vm.type_name(&p[1])
    )))
}

fn pow_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let base = p
        .first()
        .or(args.kwarg("base"))
        .cloned()
        .ok_or_else(|| type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = p
        .get(1)
        .or(args.kwarg("exp"))
        .cloned()
        .ok_or_else(|| type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let m = p.get(2).or(args.kwarg("mod")).cloned().unwrap_or(Value::None);
    if m.is_none() {
        return vm.binary_op(&base, &exp, BinOp::Pow);
    }
    // a user class's __pow__(exp, mod) (three-argument pow never uses __rpow__)
    if let Value::Obj(o) = &base {
        if matches!(&**o, Obj::Instance(_)) {
            let cls = vm.class_of(&base);
            if let Some(f) = crate::types::class::lookup(vm, &cls, "__pow__") {
                if !matches!(&f, Value::Obj(fo) if matches!(&**fo, Obj::Native(_))) {
                    let r = vm.call_value(&f, &[base.clone(), exp.clone(), m.clone()])?;
                    if !crate::protocol::is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
        }
    }
    let is_num = |vm: &Vm, v: &Value| crate::ops::to_num(&vm.unwrap_builtin(v)).is_some();
    if !(is_num(vm, &base) && is_num(vm, &exp) && is_num(vm, &m)) {
        return Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(&base),
            vm.type_name(&exp),
            vm.type_name(&m)
        )));
    }
    let (Some(b), Some(e), Some(md)) = (
        crate::types::int::to_big(vm, &base),
        crate::types::int::to_big(vm, &exp),
        crate::types::int::to_big(vm, &m),
    ) else {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    crate::ops::int_pow_mod(&b, &e, &md)
}

fn min_max(vm: &mut Vm, args: Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let p = args.pos();
    let mut key = Value::None;
    let mut default = None;
    for (k, v) in args.kw() {
        match k {
            "key" => key = v.clone(),
            "default" => default = Some(v.clone()),
            other => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    other, name
                )))
            }
        }
    }
    let items = match p.len() {
        0 => return Err(type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => vm.iterate(&p[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            p.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{}() arg is an empty sequence", name))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = if key.is_none() {
        best.clone()
    } else {
        vm.call_value(&key, &[best.clone()])?
    };
    for it in items.into_iter().skip(1) {
        let k = if key.is_none() {
            it.clone()
        } else {
            vm.call_value(&key, &[it.clone()])?
        };
        let op = if is_max { CmpOp::Gt } else { CmpOp::Lt };
        let r = vm.compare(&k, &best_key, op)?;
        if vm.is_true(&r)? {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn max_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, true)
}

fn min_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, false)
}

fn sum_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() {
        return Err(type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let mut acc = p.get(1).or(args.kwarg("start")).cloned().unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Value::Obj(o) = &acc {
        match &**o {
            Obj::Bytes(_) => return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
            Obj::ByteArray(_) => return Err(type_error("sum() can't sum bytearray [use b''.join(seq) instead]")),
            _ => {}
        }
    }
    let it = vm.get_iter(&p[0])?;
    // float sums use compensated summation like CPython
    let mut fsum: Option<(f64, f64)> = None;
    while let Some(x) = vm.next(&it)? {
        if let (Value::Float(a), Value::Float(b)) = (&acc, &x) {
            let (s, c) = fsum.unwrap_or((*a, 0.0));
            let y = b - c;
            let t = s + y;
            let _ = t;
            fsum = Some((s + b, 0.0));
            acc = Value::Float(s + b);
            continue;
        }
        fsum = None;
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(r) => Value::Int(r),
                None => vm.binary_op(&acc, &x, BinOp::Add)?,
            },
            _ => vm.binary_op(&acc, &x, BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn any_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("any", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos()[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.is_true(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("all", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos()[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.is_true(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn sorted_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", p.len())));
    }
    let items = vm.iterate(&p[0])?;
    let l = vm.new_list(items);
    let mut all = vec![l.clone()];
    let mut names = vec![];
    for (k, v) in args.kw() {
        all.push(v.clone());
        names.push(Value::str(k));
    }
    let sort = lookup(vm, &vm.types.list.clone(), "sort").unwrap();
    vm.call_value_kw(&sort, &all, &names)?;
    Ok(l)
}

fn chr_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("chr", &args, 1, 1)?;
    let v = &args.pos()[0];
    if let Value::Float(_) = v {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index_value(v).map_err(|e| {
        if vm.err_matches(&e, ExcKind::IndexError) {
            overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    if !(0..=0x10ffff).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Ok(Value::string(format!("\\ud{:03x}", n & 0xfff))),
    }
}

fn ord_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("ord", &args, 1, 1)?;
    let v = &args.pos()[0];
    if let Some(s) = v.as_str() {
        let n = s.chars().count();
        if n != 1 {
            return Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                n
            )));
        }
        return Ok(Value::Int(s.chars().next().unwrap() as i64));
    }
    if let Some(b) = crate::types::bytes::bytes_like(v) {
        if b.len() != 1 {
            return Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(Value::Int(b[0] as i64));
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    )))
}

fn radix(vm: &mut Vm, args: Args, ty: char) -> PyResult<Value> {
    arity(
        match ty {
            'b' => "bin",
            'o' => "oct",
            _ => "hex",
        },
        &args,
        1,
        1,
    )?;
    let n = vm.index_big(&args.pos()[0])?;
    let spec = crate::format::Spec {
        alt: true,
        ty: Some(ty),
        ..Default::default()
    };
    Ok(Value::string(crate::format::format_int(&n, &spec)?))
}

fn bin_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, 'b')
}
fn oct_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, 'o')
}
fn hex_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, 'x')
}

fn format_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(type_error(format!(
            "format expected at least 1 argument, got {}",
            p.len()
        )));
    }
    let spec = match p.get(1) {
        Some(s) => s
            .as_str()
            .ok_or_else(|| type_error(format!("format() argument 2 must be str, not {}", vm.type_name(s))))?
            .to_string(),
        None => String::new(),
    };
    vm.format(&p[0], &spec)
}

pub fn dir_names(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |d: &crate::dict::Dict, names: &mut Vec<String>| {
        for e in d.iter() {
            if let Some(s) = e.key.as_str() {
                names.push(s.to_string());
            }
        }
    };
    match v {
        Value::Obj(o) => match &**o {
            Obj::Module(m) => {
                if let Obj::Dict(d) = &*m.dict {
                    add_dict(&d.borrow(), &mut names);
                }
            }
            Obj::Class(_) => {
                for c in crate::types::class::mro_of(o) {
                    if let Obj::Class(cc) = &*c {
                        add_dict(&cc.dict.borrow(), &mut names);
                    }
                }
            }
            _ => {
                if let Obj::Instance(i) = &**o {
                    if let Some(d) = i.dict_cell() {
                        add_dict(&d.borrow(), &mut names);
                    }
                }
                let cls = vm.class_of(v);
                for c in crate::types::class::mro_of(&cls) {
                    if let Obj::Class(cc) = &*c {
                        add_dict(&cc.dict.borrow(), &mut names);
                    }
                }
            }
        },
        _ => {
            let cls = vm.class_of(v);
            for c in crate::types::class::mro_of(&cls) {
                if let Obj::Class(cc) = &*c {
                    add_dict(&cc.dict.borrow(), &mut names);
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(names.into_iter().map(Value::string).collect())
}

fn dir_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() {
        let fr = vm.frames.last().ok_or_else(|| runtime_error("no frame"))?;
        let ns = fr.locals.clone().unwrap_or_else(|| fr.globals.clone());
        let mut names: Vec<String> = match &*ns {
            Obj::Dict(d) => d
                .borrow()
                .iter()
                .filter_map(|e| e.key.as_str().map(String::from))
                .collect(),
            _ => vec![],
        };
        if fr.locals.is_none() {
            let code = fr.code.clone();
            names = code
                .co
                .varnames
                .iter()
                .enumerate()
                .filter(|(i, _)| !fr.fast[*i].is_null())
                .map(|(_, n)| n.to_string())
                .collect();
        }
        names.sort();
        return Ok(vm.new_list(names.into_iter().map(Value::string).collect()));
    }
    let v = p[0].clone();
    let cls = vm.class_of(&v);
    if let Some(f) = lookup(vm, &cls, "__dir__") {
        if !vm.is_native_named(&f, "object.__dir__") {
            let r = vm.call_value(&f, &[v])?;
            let mut items = vm.iterate(&r)?;
            let l = vm.new_list(vec![]);
            items = crate::types::list::sort_values(vm, items, &Value::None, false)?;
            let _ = l;
            return Ok(vm.new_list(items));
        }
    }
    let names = dir_names(vm, &v)?;
    Ok(vm.new_list(names))
}

fn vars_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() {
        return locals_b(vm, args);
    }
    match vm.getattr(&p[0], &Value::str("__dict__")) {
        Ok(d) => Ok(d),
        Err(_) => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

fn globals_b(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let fr = vm.frames.last().ok_or_else(|| runtime_error("no frame"))?;
    Ok(Value::Obj(fr.globals.clone()))
}

fn locals_b(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let fr = vm.frames.last().ok_or_else(|| runtime_error("no frame"))?;
    if let Some(l) = &fr.locals {
        return Ok(Value::Obj(l.clone()));
    }
    let code = fr.code.clone();
    let mut pairs = Vec::new();
    for (i, n) in code.co.varnames.iter().enumerate() {
        if !fr.fast[i].is_null() {
            pairs.push((Value::str(n), fr.fast[i].clone()));
        }
    }
    let ncell = code.co.cellvars.len();
    for (i, n) in code.co.cellvars.iter().chain(code.co.freevars.iter()).enumerate() {
        if let Some(c) = fr.cells.get(i) {
            let v = crate::interp::cell_get(c);
            if !v.is_null() && (i < ncell || true) {
                pairs.push((Value::str(n), v));
            }
        }
    }
    let d = vm.new_dict();
    for (k, v) in pairs {
        vm.dict_set(&d, k, v)?;
    }
    Ok(d)
}

fn exec_or_eval(vm: &mut Vm, args: Args, mode: pyrite_compiler::Mode) -> PyResult<Value> {
    let p = args.pos();
    let name = if mode == pyrite_compiler::Mode::Eval {
        "eval"
    } else {
        "exec"
    };
    let src = p
        .first()
        .cloned()
        .ok_or_else(|| type_error(format!("{} expected at least 1 argument, got 0", name)))?;
    let globals = p.get(1).or(args.kwarg("globals")).cloned().unwrap_or(Value::None);
    let locals = p.get(2).or(args.kwarg("locals")).cloned().unwrap_or(Value::None);
    let code = match &src {
        Value::Obj(o) => match &**o {
            Obj::Code(c) => c.clone(),
            Obj::Str(s) => {
                let text = s.as_str().to_string();
                vm.compile(&text, "<string>", mode)?
            }
            Obj::Bytes(b) => {
                let text = String::from_utf8_lossy(b).to_string();
                vm.compile(&text, "<string>", mode)?
            }
            _ => {
                return Err(type_error(format!(
                    "{}() arg 1 must be a string, bytes or code object",
                    name
                )))
            }
        },
        _ => {
            return Err(type_error(format!(
                "{}() arg 1 must be a string, bytes or code object",
                name
            )))
        }
    };
    let fr = vm.frames.last().ok_or_else(|| runtime_error("no frame"))?;
    let (g, l) = if globals.is_none() {
        let g = fr.globals.clone();
        let l = match &fr.locals {
            Some(l) => Some(l.clone()),
            None => match locals_b(vm, Args::new(&[]))? {
                Value::Obj(o) => Some(o),
                _ => None,
            },
        };
        (g, l)
    } else {
        let Value::Obj(g) = &globals else {
            return Err(type_error(format!(
                "{}() globals must be a dict, not {}",
                name,
                vm.type_name(&globals)
            )));
        };
        if !matches!(&**g, Obj::Dict(_)) {
            return Err(type_error(format!(
                "{}() globals must be a dict, not {}",
                name,
                vm.type_name(&globals)
            )));
        }
        if crate::vm::dict_get_str(g, "__builtins__").is_none() {
            let k = vm.intern("__builtins__");
            crate::vm::dict_set_str(g, k, Value::Obj(vm.builtins.clone()));
        }
        let l = match &locals {
            Value::Obj(o) => Some(o.clone()),
            _ => Some(g.clone()),
        };
        (g.clone(), l)
    };
    let custom_builtins = match crate::vm::dict_get_str(&g, "__builtins__") {
        Some(Value::Obj(b)) if !std::rc::Rc::ptr_eq(&b, &vm.builtins) => match &*b {
            Obj::Dict(_) => Some(b.clone()),
            Obj::Module(m) if !std::rc::Rc::ptr_eq(&m.dict, &vm.builtins) => Some(m.dict.clone()),
            _ => None,
        },
        _ => None,
    };
    let mut frame = vm.new_frame(code, g, l);
    frame.builtins = custom_builtins;
    let r = vm.run_frame(frame)?;
    Ok(if mode == pyrite_compiler::Mode::Eval {
        r
    } else {
        Value::None
    })
}

fn exec_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, pyrite_compiler::Mode::Exec)
}

fn eval_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, pyrite_compiler::Mode::Eval)
}

fn compile_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let src = p
        .first()
        .or(args.kwarg("source"))
        .cloned()
        .ok_or_else(|| type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = p
        .get(1)
        .or(args.kwarg("filename"))
        .and_then(|v| v.as_str())
        .unwrap_or("<string>")
        .to_string();
    let mode = p
        .get(2)
        .or(args.kwarg("mode"))
        .and_then(|v| v.as_str())
        .unwrap_or("exec")
        .to_string();
    let mode = match mode.as_str() {
        "exec" => pyrite_compiler::Mode::Exec,
        "eval" => pyrite_compiler::Mode::Eval,
        "single" => pyrite_compiler::Mode::Single,
        _ => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = match &src {
        Value::Obj(o) => match &**o {
            Obj::Str(s) => s.as_str().to_string(),
            Obj::Bytes(b) => String::from_utf8_lossy(b).to_string(),
            Obj::Code(_) => return Ok(src.clone()),
            _ => return Err(type_error("compile() arg 1 must be a string, bytes or AST object")),
        },
        _ => return Err(type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let code = vm.compile(&text, &filename, mode)?;
    Ok(Value::obj(Obj::Code(code)))
}

fn input_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(prompt) = args.pos().first() {
        let s = vm.str_string(prompt)?;
        let out = vm.sys_attr("stdout").unwrap_or(Value::None);
        crate::io::write_to(vm, &out, &s)?;
        crate::io::flush_file(vm, &out)?;
    }
    let stdin = vm.sys_attr("stdin").unwrap_or(Value::None);
    let line = crate::io::readline_from(vm, &stdin)?;
    let s = line.as_str().unwrap_or("").to_string();
    if s.is_empty() {
        return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"));
    }
    Ok(Value::string(s.strip_suffix('\n').unwrap_or(&s).to_string()))
}

fn import_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let name = p
        .first()
        .cloned()
        .ok_or_else(|| type_error("__import__() missing required argument 'name' (pos 1)"))?;
    let globals = match p.get(1).or(args.kwarg("globals")) {
        Some(Value::Obj(g)) => g.clone(),
        _ => vm
            .frames
            .last()
            .map(|f| f.globals.clone())
            .unwrap_or_else(|| vm.builtins.clone()),
    };
    let fromlist = p.get(3).or(args.kwarg("fromlist")).cloned().unwrap_or(Value::None);
    let level = p.get(4).or(args.kwarg("level")).cloned().unwrap_or(Value::Int(0));
    vm.import(&name, &fromlist, &level, &globals)
}

fn exit_b(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = args.pos().first().cloned().unwrap_or(Value::None);
    Err(PyErr::LazyArgs(
        ExcKind::SystemExit,
        if code.is_none() && args.pos().is_empty() {
            vec![]
        } else {
            vec![code]
        },
    ))
}

fn open_b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::io::open(vm, args)
}

fn breakpoint_b(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

// ----- types.UnionType (`int | str`) -----

fn union_class(vm: &mut Vm) -> crate::value::ObjRef {
    if let Some(Value::Obj(c)) = crate::vm::dict_get_str(&vm.builtins, "__pyrite_union_type__") {
        return c;
    }
    let cls = crate::vm::new_class_obj("UnionType", vec![vm.types.object.clone()], Layout::Object, true);
    let mro = crate::types::class::compute_mro(vm, &cls).unwrap_or_default();
    if let Obj::Class(c) = &*cls {
        *c.mro.borrow_mut() = mro;
    }
    vm.set_class_attr(&cls, "__module__", Value::str("types"));
    vm.set_class_attr(&cls, "__pyrite_union__", Value::Bool(true));
    vm.add_method(&cls, "__repr__", union_repr);
    vm.add_method(&cls, "__or__", union_or);
    vm.add_method(&cls, "__ror__", union_ror);
    vm.add_method(&cls, "__eq__", union_eq);
    vm.add_method(&cls, "__hash__", union_hash);
    vm.set_builtin("__pyrite_union_type__", Value::Obj(cls.clone()));
    cls
}

fn is_union(vm: &mut Vm, v: &Value) -> bool {
    if !matches!(v, Value::Obj(o) if matches!(&**o, Obj::Instance(_))) {
        return false;
    }
    let c = vm.class_of(v);
    let u = union_class(vm);
    std::rc::Rc::ptr_eq(&c, &u)
}

fn union_args(vm: &mut Vm, v: &Value) -> Vec<Value> {
    match vm.getattr(v, &Value::str("__args__")) {
        Ok(t) => crate::types::tuple::tuple_items(&t)
            .map(|t| t.to_vec())
            .unwrap_or_default(),
        Err(_) => vec![],
    }
}

/// The members an operand of `|` contributes to a union, or None if it cannot take part.
fn union_members(vm: &mut Vm, v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::None => Some(vec![Value::Obj(vm.types.none.clone())]),
        Value::Obj(o) => match &**o {
            Obj::Class(_) => Some(vec![v.clone()]),
            Obj::Instance(_) if is_union(vm, v) => Some(union_args(vm, v)),
            Obj::Instance(_) => {
                // generic aliases (list[int]) can be union members
                let ga = vm.generic_alias_class();
                let c = vm.class_of(v);
                if std::rc::Rc::ptr_eq(&c, &ga) {
                    Some(vec![v.clone()])
                } else {
                    None
                }
            }
            _ => None,
        },
        _ => None,
    }
}

fn make_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(ma), Some(mb)) = (union_members(vm, a), union_members(vm, b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let mut all: Vec<Value> = Vec::new();
    for m in ma.into_iter().chain(mb) {
        if !all.iter().any(|x| x.is(&m)) {
            all.push(m);
        }
    }
    if all.len() == 1 {
        return Ok(all.pop().unwrap_or(Value::None));
    }
    let cls = union_class(vm);
    let t = vm.new_tuple(all);
    let d = new_dict_obj();
    let k = vm.intern("__args__");
    crate::vm::dict_set_str(&d, k, t);
    Ok(Value::obj(Obj::Instance(Instance {
        class: RefCell::new(cls),
        dict: Some(d),
        exc: None,
        base: RefCell::new(Value::Null),
    })))
}

fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    make_union(vm, &p[0], &p[1])
}

fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    make_union(vm, &p[1], &p[0])
}

fn union_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_or(vm, args)
}

fn union_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    type_ror(vm, args)
}

fn union_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    let mut parts = Vec::new();
    for a in union_args(vm, &v) {
        let s = match &a {
            Value::Obj(o) if std::rc::Rc::ptr_eq(o, &vm.types.none) => "None".to_string(),
            Value::Obj(o) if matches!(&**o, Obj::Class(_)) => {
                let module = vm
                    .getattr(&a, &Value::str("__module__"))
                    .ok()
                    .and_then(|m| m.as_str().map(String::from));
                let qual = vm
                    .getattr(&a, &Value::str("__qualname__"))
                    .ok()
                    .and_then(|m| m.as_str().map(String::from))
                    .unwrap_or_default();
                match module.as_deref() {
                    Some("builtins") | None => qual,
                    Some(m) => format!("{}.{}", m, qual),
                }
            }
            _ => vm.repr_string(&a)?,
        };
        parts.push(s);
    }
    Ok(Value::string(parts.join(" | ")))
}

fn union_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    if !is_union(vm, &p[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let a = union_args(vm, &p[0]);
    let b = union_args(vm, &p[1]);
    let same = a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| y.is(x)));
    Ok(Value::Bool(same))
}

fn union_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    let mut h: i64 = 0x345678;
    for a in union_args(vm, &v) {
        h ^= vm.hash(&a)?;
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

pub fn init(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("getattr", getattr_b),
        ("setattr", setattr_b),
        ("delattr", delattr_b),
        ("hasattr", hasattr_b),
        ("id", id_b),
        ("hash", hash_b),
        ("iter", iter_b),
        ("next", next_b),
        ("callable", callable_b),
        ("abs", abs_b),
        ("round", round_b),
        ("divmod", divmod_b),
        ("pow", pow_b),
        ("max", max_b),
        ("min", min_b),
        ("sum", sum_b),
        ("any", any_b),
        ("all", all_b),
        ("sorted", sorted_b),
        ("chr", chr_b),
        ("ord", ord_b),
        ("bin", bin_b),
        ("oct", oct_b),
        ("hex", hex_b),
        ("format", format_b),
        ("dir", dir_b),
        ("vars", vars_b),
        ("globals", globals_b),
        ("locals", locals_b),
        ("exec", exec_b),
        ("eval", eval_b),
        ("compile", compile_b),
        ("input", input_b),
        ("__import__", import_b),
        ("__build_class__", crate::types::class::build_class),
        ("exit", exit_b),
        ("quit", exit_b),
        ("open", open_b),
        ("breakpoint", breakpoint_b),
    ];
    for (name, f) in fns {
        vm.add_builtin(name, *f);
    }
    let tt = vm.types.type_.clone();
    vm.add_method(&tt, "__or__", type_or);
    vm.add_method(&tt, "__ror__", type_ror);
    for (name, cls) in crate::types::iter::builtin_iter_classes(vm) {
        vm.set_builtin(name, Value::Obj(cls));
    }
    let t = &vm.types;
    let types: Vec<(&str, crate::value::ObjRef)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("classmethod", t.classmethod.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("super", t.super_.clone()),
    ];
    for (n, c) in types {
        vm.set_builtin(n, Value::Obj(c));
    }
    for (i, (name, _)) in EXC_TABLE.iter().enumerate() {
        let c = vm.types.exceptions[i].clone();
        vm.set_builtin(name, Value::Obj(c));
    }
    vm.set_builtin("EnvironmentError", Value::Obj(vm.exc_class(ExcKind::OSError)));
    vm.set_builtin("IOError", Value::Obj(vm.exc_class(ExcKind::OSError)));
    vm.set_builtin("None", Value::None);
    vm.set_builtin("True", Value::Bool(true));
    vm.set_builtin("False", Value::Bool(false));
    vm.set_builtin("NotImplemented", vm.not_implemented.clone());
    vm.set_builtin("Ellipsis", vm.ellipsis.clone());
    vm.set_builtin("__debug__", Value::Bool(true));
    vm.set_builtin("__name__", Value::str("builtins"));
    let _ = RefCell::new(0);
}
