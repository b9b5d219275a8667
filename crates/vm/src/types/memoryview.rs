//! `memoryview`: a minimal byte-format (`'B'`) view over bytes and bytearray.
//!
//! A memoryview is an instance of the builtin `memoryview` class whose wrapped value (`base`)
//! is the viewed object; a released view wraps None.

use std::cell::RefCell;

use crate::error::*;
use crate::object::*;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn is_memoryview_class(cls: &ObjRef) -> bool {
    matches!(&**cls, Obj::Class(c) if c.builtin && &**c.name.borrow() == "memoryview")
}

/// The viewed object of a memoryview argument `v`, or the appropriate error.
fn viewed(vm: &Vm, v: &Value, what: &str) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Obj::Instance(i) = &**o {
            if is_memoryview_class(&i.class.borrow()) {
                let b = i.base.borrow().clone();
                if b.is_none() || b.is_null() {
                    return Err(value_error("operation forbidden on released memoryview object"));
                }
                return Ok(b);
            }
        }
    }
    Err(type_error(format!(
        "descriptor '{}' for 'memoryview' objects doesn't apply to a '{}' object",
        what,
        vm.type_name(v)
    )))
}

fn data_of(vm: &Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    let b = viewed(vm, v, what)?;
    Ok(crate::types::bytes::bytes_like(&b).unwrap_or_default())
}

fn new_view(vm: &Vm, obj: Value) -> Value {
    let cls = memoryview_class(vm);
    Value::obj(Obj::Instance(Instance {
        class: RefCell::new(cls),
        dict: None,
        exc: None,
        base: RefCell::new(obj),
    }))
}

fn mv_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1..];
    let obj = match (p.first(), args.kwarg("object")) {
        (Some(o), None) if p.len() == 1 => o.clone(),
        (None, Some(o)) => o.clone(),
        (None, None) => return Err(type_error("memoryview() missing required argument 'object' (pos 1)")),
        _ => {
            return Err(type_error(format!(
                "memoryview() takes at most 1 argument ({} given)",
                p.len() + args.kwnames.len()
            )))
        }
    };
    for (k, _) in args.kw() {
        if k != "object" {
            return Err(type_error(format!(
                "memoryview() got an unexpected keyword argument '{}'",
                k
            )));
        }
    }
    let inner = vm.unwrap_builtin(&obj);
    match &inner {
        Value::Obj(o) if matches!(&**o, Obj::Bytes(_) | Obj::ByteArray(_)) => Ok(new_view(vm, inner.clone())),
        Value::Obj(o) if matches!(&**o, Obj::Instance(_)) && viewed(vm, &obj, "").is_ok() => {
            let b = viewed(vm, &obj, "")?;
            Ok(new_view(vm, b))
        }
        _ => Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(&obj)
        ))),
    }
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(data_of(vm, &args.pos()[0], "__len__")?.len() as i64))
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data_of(vm, &args.pos()[0], "__iter__")?;
    let items: Vec<Value> = d.into_iter().map(|b| Value::Int(b as i64)).collect();
    let l = vm.new_list(items);
    vm.get_iter(&l)
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = data_of(vm, &p[0], "__getitem__")?;
    let key = p.get(1).cloned().unwrap_or(Value::None);
    if let Value::Obj(k) = &key {
        if let Obj::Slice(s) = &**k {
            let part = crate::types::slice::slice_items(vm, s, &d)?;
            return Ok(new_view(vm, Value::obj(Obj::Bytes(part.into_boxed_slice()))));
        }
    }
    if matches!(&key, Value::Obj(k) if matches!(&**k, Obj::Tuple(_))) {
        return Err(type_error("memoryview: invalid slice key"));
    }
    let i = crate::types::slice::seq_index(vm, &key, d.len(), "memoryview").map_err(|e| match e {
        PyErr::Lazy(ExcKind::TypeError, _) => type_error("memoryview: invalid slice key"),
        PyErr::Lazy(ExcKind::IndexError, m) if m.ends_with("out of range") => {
            index_error("index out of bounds on dimension 1")
        }
        e => e,
    })?;
    Ok(Value::Int(d[i] as i64))
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let b = viewed(vm, &p[0], "__setitem__")?;
    let Value::Obj(bo) = &b else {
        return Err(type_error("cannot modify read-only memory"));
    };
    let Obj::ByteArray(cell) = &**bo else {
        return Err(type_error("cannot modify read-only memory"));
    };
    let len = cell.borrow().len();
    // m[a:b] = bytes-like of the same length
    if let Some(Obj::Slice(sl)) = p[1].as_obj() {
        let (start, _stop, step, count) = crate::types::slice::slice_indices(vm, sl, len)?;
        let src = crate::types::bytes::bytes_like(&vm.unwrap_builtin(&p[2])).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&p[2])
            ))
        })?;
        if src.len() != count {
            return Err(value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut data = cell.borrow_mut();
        let mut i = start as i64;
        for byte in src {
            if let Some(slot) = data.get_mut(i as usize) {
                *slot = byte;
            }
            i += step;
        }
        return Ok(Value::None);
    }
    let i = crate::types::slice::seq_index(vm, &p[1], len, "memoryview").map_err(|e| match e {
        PyErr::Lazy(ExcKind::IndexError, _) => index_error("index out of bounds on dimension 1"),
        e => e,
    })?;
    let v = vm
        .index_value(&p[2])
        .map_err(|_| type_error("memoryview: invalid type for format 'B'"))?;
    if !(0..=255).contains(&v) {
        return Err(value_error("memoryview: invalid value for format 'B'"));
    }
    if let Some(slot) = cell.borrow_mut().get_mut(i) {
        *slot = v as u8;
    }
    Ok(Value::None)
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let released = viewed(vm, v, "__repr__").is_err();
    Ok(Value::string(format!(
        "<{}memory at {:#x}>",
        if released { "released " } else { "" },
        v.id()
    )))
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data_of(vm, &args.pos()[0], "tobytes")?;
    Ok(Value::obj(Obj::Bytes(d.into_boxed_slice())))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data_of(vm, &args.pos()[0], "tolist")?;
    Ok(vm.new_list(d.into_iter().map(|b| Value::Int(b as i64)).collect()))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data_of(vm, &args.pos()[0], "hex")?;
    Ok(Value::string(
        d.iter().map(|b| format!("{:02x}", b)).collect::<String>(),
    ))
}

fn mv_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = vm;
    if let Value::Obj(o) = &args.pos()[0] {
        if let Obj::Instance(i) = &**o {
            *i.base.borrow_mut() = Value::None;
        }
    }
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    viewed(vm, &args.pos()[0], "__enter__")?;
    Ok(args.pos()[0].clone())
}

fn mv_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mv_release(vm, args)?;
    Ok(Value::Bool(false))
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p[0].is(&p[1]) {
        return Ok(Value::Bool(true));
    }
    let Ok(a) = data_of(vm, &p[0], "__eq__") else {
        return Ok(Value::Bool(false));
    };
    let other = vm.unwrap_builtin(&p[1]);
    match crate::types::bytes::bytes_like(&other) {
        Some(b) => Ok(Value::Bool(a == b)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn mv_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = mv_eq(vm, args)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = viewed(vm, &args.pos()[0], "__hash__")?;
    if matches!(&b, Value::Obj(o) if matches!(&**o, Obj::ByteArray(_))) {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    Ok(Value::Int(vm.hash(&b)?))
}

fn prop_obj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    viewed(vm, &args.pos()[0], "obj")
}
fn prop_nbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(data_of(vm, &args.pos()[0], "nbytes")?.len() as i64))
}
fn prop_readonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = viewed(vm, &args.pos()[0], "readonly")?;
    Ok(Value::Bool(
        !matches!(&b, Value::Obj(o) if matches!(&**o, Obj::ByteArray(_))),
    ))
}
fn prop_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    viewed(vm, &args.pos()[0], "format")?;
    Ok(Value::str("B"))
}
fn prop_one(vm: &mut Vm, args: Args) -> PyResult<Value> {
    viewed(vm, &args.pos()[0], "itemsize")?;
    Ok(Value::Int(1))
}
fn prop_shape(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = data_of(vm, &args.pos()[0], "shape")?.len();
    Ok(vm.new_tuple(vec![Value::Int(n as i64)]))
}

pub fn init(vm: &mut Vm) {
    let object = vm.types.object.clone();
    let c = crate::vm::new_class_obj("memoryview", vec![object], Layout::Other, true);
    if let Ok(mro) = crate::types::class::compute_mro(vm, &c) {
        if let Obj::Class(cl) = &*c {
            *cl.mro.borrow_mut() = mro;
        }
    }
    vm.add_staticmethod(&c, "__new__", mv_new);
    vm.add_method(&c, "__len__", mv_len);
    vm.add_method(&c, "__iter__", mv_iter);
    vm.add_method(&c, "__getitem__", mv_getitem);
    vm.add_method(&c, "__setitem__", mv_setitem);
    vm.add_method(&c, "__repr__", mv_repr);
    vm.add_method(&c, "__eq__", mv_eq);
    vm.add_method(&c, "__ne__", mv_ne);
    vm.add_method(&c, "__hash__", mv_hash);
    vm.add_method(&c, "__enter__", mv_enter);
    vm.add_method(&c, "__exit__", mv_exit);
    vm.add_method(&c, "__bytes__", mv_tobytes);
    vm.add_method(&c, "tobytes", mv_tobytes);
    vm.add_method(&c, "tolist", mv_tolist);
    vm.add_method(&c, "hex", mv_hex);
    vm.add_method(&c, "release", mv_release);
    let props: [(&'static str, NativeFn); 8] = [
        ("obj", prop_obj),
        ("nbytes", prop_nbytes),
        ("readonly", prop_readonly),
        ("format", prop_format),
        ("itemsize", prop_one),
        ("ndim", prop_one),
        ("shape", prop_shape),
        ("c_contiguous", prop_readonly_true),
    ];
    for (name, f) in props {
        let getter = Value::obj(Obj::Native(Native {
            name,
            owner: Some("memoryview"),
            func: f,
            bound: None,
        }));
        let prop = Value::obj(Obj::Property(Box::new(Property {
            fget: RefCell::new(getter),
            fset: RefCell::new(Value::None),
            fdel: RefCell::new(Value::None),
            doc: RefCell::new(Value::None),
        })));
        vm.set_class_attr(&c, name, prop);
    }
    MEMORYVIEW_CLASS.with(|m| *m.borrow_mut() = Some(c.clone()));
    vm.set_builtin("memoryview", Value::Obj(c));
}

fn prop_readonly_true(vm: &mut Vm, args: Args) -> PyResult<Value> {
    viewed(vm, &args.pos()[0], "c_contiguous")?;
    Ok(Value::Bool(true))
}

thread_local! {
    static MEMORYVIEW_CLASS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

fn memoryview_class(vm: &Vm) -> ObjRef {
    MEMORYVIEW_CLASS
        .with(|c| c.borrow().clone())
        .unwrap_or_else(|| vm.types.object.clone())
}
