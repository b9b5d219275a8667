//! `_weakref`: weak references over the interpreter's reference counting (`Rc::downgrade`).
//! `ref(obj)` gives an object that returns `obj` while something else keeps it alive and None
//! afterwards; hashing and equality follow the referent as in CPython. Callbacks are kept but
//! not called when the referent dies (the weakref module's containers clean up lazily).

use pyrite_vm::error::*;
use pyrite_vm::object::{Obj, Opaque};
use pyrite_vm::{Args, ObjRef, PyResult, Value, Vm};
use std::cell::Cell;
use std::rc::{Rc, Weak};

struct WeakRefData {
    target: Weak<Obj>,
    callback: Value,
    hash: Cell<Option<i64>>,
}

fn data(v: &Value) -> Option<(Option<Rc<Obj>>, Value, &Cell<Option<i64>>)> {
    let Some(Obj::Opaque(o)) = v.as_obj() else { return None };
    let b = o.data.borrow();
    let d = b.downcast_ref::<WeakRefData>()?;
    let cell: *const Cell<Option<i64>> = &d.hash;
    // SAFETY: the cell lives inside the opaque payload, which lives as long as `v`.
    Some((d.target.upgrade(), d.callback.clone(), unsafe { &*cell }))
}

fn weakrefable(o: &Obj) -> bool {
    matches!(
        o,
        Obj::Instance(_)
            | Obj::Function(_)
            | Obj::Class(_)
            | Obj::Module(_)
            | Obj::Generator(_)
            | Obj::Set(_)
            | Obj::FrozenSet(_)
            | Obj::Code(_)
            | Obj::File(_)
            | Obj::Opaque(_)
            | Obj::BoundMethod(..)
            | Obj::Property(_)
    )
}

fn ref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = match p.first() {
        Some(Value::Obj(c)) if matches!(&**c, Obj::Class(_)) => c.clone(),
        _ => return Err(type_error("weakref.__new__ needs a type")),
    };
    let target = p
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("__new__ expected at least 1 argument, got 0"))?;
    let callback = p.get(2).cloned().unwrap_or(Value::None);
    let rc = match &target {
        Value::Obj(o) if weakrefable(o) => o.clone(),
        _ => {
            return Err(type_error(format!(
                "cannot create weak reference to '{}' object",
                vm.type_name(&target)
            )))
        }
    };
    Ok(Opaque::new_value(
        cls,
        WeakRefData {
            target: Rc::downgrade(&rc),
            callback,
            hash: Cell::new(None),
        },
    ))
}

fn ref_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_call(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    match data(&me) {
        Some((Some(t), _, _)) => Ok(Value::Obj(t)),
        _ => Ok(Value::None),
    }
}

fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    let Some((t, _, cell)) = data(&me) else {
        return Err(type_error("not a weakref"));
    };
    if let Some(h) = cell.get() {
        return Ok(Value::Int(h));
    }
    match t {
        Some(t) => {
            let h = vm.hash(&Value::Obj(t))?;
            cell.set(Some(h));
            Ok(Value::Int(h))
        }
        None => Err(type_error("weak object has gone away")),
    }
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (a, b) = (p[0].clone(), p.get(1).cloned().unwrap_or(Value::None));
    let (Some((ta, _, _)), Some((tb, _, _))) = (data(&a), data(&b)) else {
        return Ok(vm.not_implemented.clone());
    };
    match (ta, tb) {
        (Some(x), Some(y)) => Ok(Value::Bool(vm.eq(&Value::Obj(x), &Value::Obj(y))?)),
        _ => Ok(Value::Bool(a.is(&b))),
    }
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = ref_eq(vm, args)?;
    if pyrite_vm::protocol::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.is_true(&r)?))
}

fn ref_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    let Some((t, _, _)) = data(&me) else {
        return Err(type_error("not a weakref"));
    };
    Ok(Value::string(match t {
        Some(t) => {
            let tv = Value::Obj(t);
            let name = vm.type_name(&tv);
            format!("<weakref at {:#x}; to '{}' at {:#x}>", me.id(), name, tv.id())
        }
        None => format!("<weakref at {:#x}; dead>", me.id()),
    }))
}

fn ref_callback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    Ok(data(&me).map(|(_, c, _)| c).unwrap_or(Value::None))
}

fn getweakrefcount(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match args.pos().first() {
        Some(Value::Obj(o)) => Rc::weak_count(o) as i64,
        _ => 0,
    }))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_weakref");
    let d = vm.module_dict(&m);
    let cls = crate::posix::native_class(vm, "ReferenceType", "weakref");
    vm.add_staticmethod(&cls, "__new__", ref_new);
    vm.add_method(&cls, "__init__", ref_init);
    vm.add_method(&cls, "__call__", ref_call);
    vm.add_method(&cls, "__hash__", ref_hash);
    vm.add_method(&cls, "__eq__", ref_eq);
    vm.add_method(&cls, "__ne__", ref_ne);
    vm.add_method(&cls, "__repr__", ref_repr);
    let g = vm.new_native("__callback__", ref_callback);
    let prop = Value::obj(Obj::Property(Box::new(pyrite_vm::object::Property {
        fget: std::cell::RefCell::new(g),
        fset: std::cell::RefCell::new(Value::None),
        fdel: std::cell::RefCell::new(Value::None),
        doc: std::cell::RefCell::new(Value::None),
    })));
    vm.set_class_attr(&cls, "__callback__", prop);
    for (name, v) in [
        ("ref", Value::Obj(cls.clone())),
        ("ReferenceType", Value::Obj(cls)),
        ("getweakrefcount", vm.new_native("getweakrefcount", getweakrefcount)),
    ] {
        let k = vm.intern(name);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    }
    Ok(m)
}
