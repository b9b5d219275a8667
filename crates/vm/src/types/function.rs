//! Function objects' attributes, property/classmethod/staticmethod, and small helper types.

use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

pub fn function_attr(vm: &mut Vm, f: &Function, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => f.name.borrow().clone(),
        "__qualname__" => f.qualname.borrow().clone(),
        "__doc__" => f.doc.borrow().clone(),
        "__module__" => f.module.borrow().clone(),
        "__defaults__" => f.defaults.borrow().clone(),
        "__kwdefaults__" => f.kwdefaults.borrow().clone(),
        "__globals__" => Value::Obj(f.globals.clone()),
        "__code__" => Value::obj(Obj::Code(f.code.clone())),
        "__closure__" => {
            if f.closure.is_empty() {
                Value::None
            } else {
                vm.new_tuple(f.closure.iter().map(|c| Value::Obj(c.clone())).collect())
            }
        }
        "__annotations__" => {
            let a = f.annotations.borrow().clone();
            if a.is_null() {
                let d = vm.new_dict();
                *f.annotations.borrow_mut() = d.clone();
                d
            } else {
                a
            }
        }
        "__dict__" => {
            let mut d = f.dict.borrow_mut();
            if d.is_none() {
                *d = Some(new_dict_obj());
            }
            Value::Obj(d.clone().unwrap())
        }
        _ => {
            let d = f.dict.borrow();
            let dict = d.as_ref()?;
            return crate::vm::dict_get_str(dict, name);
        }
    })
}

pub fn function_setattr(vm: &mut Vm, f: &Function, name: &str, value: Value) -> PyResult<()> {
    match name {
        "__name__" => {
            if value.as_str().is_none() {
                return Err(type_error("__name__ must be set to a string object"));
            }
            *f.name.borrow_mut() = value
        }
        "__qualname__" => *f.qualname.borrow_mut() = value,
        "__doc__" => *f.doc.borrow_mut() = value,
        "__module__" => *f.module.borrow_mut() = value,
        "__defaults__" => *f.defaults.borrow_mut() = value,
        "__kwdefaults__" => *f.kwdefaults.borrow_mut() = value,
        "__annotations__" => *f.annotations.borrow_mut() = value,
        "__dict__" => {
            if let Value::Obj(o) = value {
                *f.dict.borrow_mut() = Some(o);
            }
        }
        _ => {
            let mut d = f.dict.borrow_mut();
            if d.is_none() {
                *d = Some(new_dict_obj());
            }
            let key = vm.intern(name);
            crate::vm::dict_set_str(d.as_ref().unwrap(), key, value);
        }
    }
    Ok(())
}

/// A minimal `types.GenericAlias` for `list[int]` etc.: an instance of a private class with
/// `__origin__`/`__args__` and CPython's repr.
pub fn make_generic_alias(vm: &mut Vm, origin: &Value, args: &Value) -> Value {
    let cls = vm.generic_alias_class();
    let inst = crate::types::object::new_instance(vm, &cls);
    let argst = match args {
        Value::Obj(o) if matches!(&**o, Obj::Tuple(_)) => args.clone(),
        _ => vm.new_tuple(vec![args.clone()]),
    };
    let _ = vm.generic_setattr(&inst, &Value::str("__origin__"), origin.clone());
    let _ = vm.generic_setattr(&inst, &Value::str("__args__"), argst);
    inst
}

/// `tb.tb_frame`: a frame snapshot of traceback entry `index` (entries outermost first) with
/// f_code, f_lineno, f_globals, f_back (the previous entry's frame; None for the outermost)
/// and an empty f_locals (locals are not kept with tracebacks).
pub fn frame_info(vm: &mut Vm, entries: &[TbEntry], index: usize) -> Value {
    let cls = crate::sysmodule::frame_class(vm);
    let mut back = Value::None;
    for e in &entries[..=index.min(entries.len().saturating_sub(1))] {
        let line = e.code.co.locations.get(e.lasti as usize).map(|l| l.line).unwrap_or(0);
        let d = new_dict_obj();
        let globals = match &e.globals {
            Some(g) => Value::Obj(g.clone()),
            None => vm.new_dict(),
        };
        let locals = vm.new_dict();
        let builtins = Value::Obj(vm.builtins.clone());
        for (k, v) in [
            ("f_code", Value::obj(Obj::Code(e.code.clone()))),
            ("f_lineno", Value::Int(line as i64)),
            ("f_globals", globals),
            ("f_locals", locals),
            ("f_back", back.clone()),
            ("f_builtins", builtins),
            ("f_lasti", Value::Int(e.lasti as i64 * 2)),
            ("f_trace", Value::None),
        ] {
            let k = vm.intern(k);
            crate::vm::dict_set_str(&d, k, v);
        }
        back = Value::obj(Obj::Instance(Instance {
            class: RefCell::new(cls.clone()),
            dict: Some(d),
            exc: None,
            base: RefCell::new(Value::Null),
        }));
    }
    back
}

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = &args.pos()[1..];
    let get = |i: usize, name: &str| {
        p.get(i)
            .cloned()
            .or_else(|| args.kwarg(name).cloned())
            .unwrap_or(Value::None)
    };
    let fget = get(0, "fget");
    let doc = get(3, "doc");
    let doc = if doc.is_none() && !fget.is_none() {
        vm.getattr(&fget, &Value::str("__doc__")).unwrap_or(Value::None)
    } else {
        doc
    };
    Ok(Value::obj(Obj::Property(Box::new(Property {
        fget: RefCell::new(fget),
        fset: RefCell::new(get(1, "fset")),
        fdel: RefCell::new(get(2, "fdel")),
        doc: RefCell::new(doc),
    }))))
}

fn prop_copy(v: &Value, which: usize, f: Value) -> PyResult<Value> {
    let Value::Obj(o) = v else {
        return Err(type_error("expected property"));
    };
    let Obj::Property(p) = &**o else {
        return Err(type_error("expected property"));
    };
    let mut parts = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    parts[which] = f;
    let [a, b, c] = parts;
    Ok(Value::obj(Obj::Property(Box::new(Property {
        fget: RefCell::new(a),
        fset: RefCell::new(b),
        fdel: RefCell::new(c),
        doc: RefCell::new(p.doc.borrow().clone()),
    }))))
}

fn prop_getter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy(&args.pos()[0], 0, args.pos()[1].clone())
}
fn prop_setter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy(&args.pos()[0], 1, args.pos()[1].clone())
}
fn prop_deleter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    prop_copy(&args.pos()[0], 2, args.pos()[1].clone())
}

fn prop_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p[1].is_none() {
        return Ok(p[0].clone());
    }
    let cls = vm.class_of(&p[1]);
    vm.descr_get(&p[0], &p[1], &cls)
}

fn prop_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Value::Obj(o) = &p[0] else { return Ok(Value::None) };
    let Obj::Property(pr) = &**o else {
        return Ok(Value::None);
    };
    let s = pr.fset.borrow().clone();
    if s.is_none() {
        return Err(attribute_error("can't set attribute"));
    }
    vm.call_value(&s, &[p[1].clone(), p[2].clone()])?;
    Ok(Value::None)
}

fn classmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = args
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("classmethod expected 1 argument, got 0"))?;
    Ok(Value::obj(Obj::ClassMethod(f)))
}

fn staticmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = args
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("staticmethod expected 1 argument, got 0"))?;
    Ok(Value::obj(Obj::StaticMethod(f)))
}

fn staticmethod_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.all[0] else {
        return Ok(Value::None);
    };
    let Obj::StaticMethod(f) = &**o else {
        return Ok(Value::None);
    };
    let f = f.clone();
    vm.call_value_kw(&f, &args.all[1..], args.kwnames)
}

/// `f.__call__(...)` for functions, bound methods and builtins (also makes `'__call__' in
/// type(f).__dict__` true, which `collections.abc.Callable` checks).
fn callable_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = args.all[0].clone();
    vm.call_value_kw(&f, &args.all[1..], args.kwnames)
}

fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() < 2 || p[1].is_none() {
        return Ok(p[0].clone());
    }
    let cls = vm.class_of(&p[1]);
    vm.descr_get(&p[0], &p[1], &cls)
}

fn method_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = vm;
    Ok(args.pos()[0].clone())
}

fn cm_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Value::Obj(o) = &p[0] else { return Ok(Value::None) };
    let Obj::ClassMethod(f) = &**o else {
        return Ok(Value::None);
    };
    let owner = match p.get(2) {
        Some(c) if !c.is_none() => c.clone(),
        _ => Value::Obj(vm.class_of(&p[1])),
    };
    Ok(Value::obj(Obj::BoundMethod(owner, f.clone())))
}

fn sm_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos()[0] else {
        return Ok(Value::None);
    };
    let Obj::StaticMethod(f) = &**o else {
        return Ok(Value::None);
    };
    Ok(f.clone())
}

fn ga_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    let origin = vm.getattr(&v, &Value::str("__origin__"))?;
    let a = vm.getattr(&v, &Value::str("__args__"))?;
    let on = match &origin {
        Value::Obj(o) if matches!(&**o, Obj::Class(_)) => {
            let r = vm.repr_string(&origin)?;
            let inner = r.trim_start_matches("<class '").trim_end_matches("'>").to_string();
            inner.strip_prefix("builtins.").unwrap_or(&inner).to_string()
        }
        _ => vm.repr_string(&origin)?,
    };
    let mut parts = Vec::new();
    for x in vm.iterate(&a)? {
        let s = match &x {
            Value::Obj(o) if matches!(&**o, Obj::Class(_)) => {
                let r = vm.repr_string(&x)?;
                let inner = r.trim_start_matches("<class '").trim_end_matches("'>").to_string();
                inner.strip_prefix("builtins.").unwrap_or(&inner).to_string()
            }
            Value::Obj(o) if matches!(&**o, Obj::Ellipsis) => "...".to_string(),
            _ => vm.repr_string(&x)?,
        };
        parts.push(s);
    }
    Ok(Value::string(format!("{}[{}]", on, parts.join(", "))))
}

fn ga_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let origin = vm.getattr(&args.all[0], &Value::str("__origin__"))?;
    vm.call_value_kw(&origin, &args.all[1..], args.kwnames)
}

/// `GenericAlias(origin, args)`, as `classmethod(GenericAlias)` in `__class_getitem__` uses it.
fn ga_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 3 || args.has_kw() {
        return Err(type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            p.len().saturating_sub(1)
        )));
    }
    Ok(make_generic_alias(vm, &p[1], &p[2]))
}

/// GenericAlias equality: same origin and same arguments.
fn ga_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (a, b) = (p[0].clone(), p.get(1).cloned().unwrap_or(Value::None));
    let ga = vm.generic_alias_class();
    let bc = vm.class_of(&b);
    if !std::rc::Rc::ptr_eq(&bc, &ga) {
        return Ok(vm.not_implemented.clone());
    }
    let oa = vm.getattr(&a, &Value::str("__origin__"))?;
    let ob = vm.getattr(&b, &Value::str("__origin__"))?;
    if !vm.eq(&oa, &ob)? {
        return Ok(Value::Bool(false));
    }
    let xa = vm.getattr(&a, &Value::str("__args__"))?;
    let xb = vm.getattr(&b, &Value::str("__args__"))?;
    Ok(Value::Bool(vm.eq(&xa, &xb)?))
}

fn ga_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos()[0].clone();
    let o = vm.getattr(&a, &Value::str("__origin__"))?;
    let x = vm.getattr(&a, &Value::str("__args__"))?;
    let h = vm.hash(&o)? ^ vm.hash(&x)?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn ga_mro_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let origin = vm.getattr(&args.pos()[0], &Value::str("__origin__"))?;
    Ok(vm.new_tuple(vec![origin]))
}

impl Vm {
    /// The private class used for generic aliases and frame stand-ins.
    pub fn generic_alias_class(&mut self) -> crate::value::ObjRef {
        if let Some(Value::Obj(c)) = crate::vm::dict_get_str(&self.builtins, "__pyrite_generic_alias__") {
            return c;
        }
        let cls = crate::vm::new_class_obj("GenericAlias", vec![self.types.object.clone()], Layout::Object, false);
        let mro = crate::types::class::compute_mro(self, &cls).unwrap_or_default();
        if let Obj::Class(c) = &*cls {
            *c.mro.borrow_mut() = mro;
            let k = self.intern("__module__");
            c.dict.borrow_mut().set_str(k, Value::str("types"));
        }
        self.add_method(&cls, "__repr__", ga_repr);
        self.add_method(&cls, "__call__", ga_call);
        self.add_method(&cls, "__mro_entries__", ga_mro_entries);
        self.add_method(&cls, "__eq__", ga_eq);
        self.add_method(&cls, "__hash__", ga_hash);
        self.add_staticmethod(&cls, "__new__", ga_new);
        self.set_builtin("__pyrite_generic_alias__", Value::Obj(cls.clone()));
        cls
    }
}

/// `code.co_positions()`: (line, end_line, column, end_column) of each instruction, columns as
/// UTF-8 byte offsets like CPython's.
fn code_positions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = match args.pos().first().and_then(|v| v.as_obj()) {
        Some(Obj::Code(c)) => c.clone(),
        _ => return Err(type_error("descriptor 'co_positions' requires a 'code' object")),
    };
    let items: Vec<Value> =
        c.co.locations
            .iter()
            .map(|l| {
                let opt = |n: u32, missing: bool| if missing { Value::None } else { Value::Int(n as i64) };
                let none = l.line == 0;
                vm.new_tuple(vec![
                    opt(l.line, none),
                    opt(l.end_line, none),
                    opt(l.col, none),
                    opt(l.end_col, none),
                ])
            })
            .collect();
    let list = vm.new_list(items);
    vm.get_iter(&list)
}

/// `types.ModuleType(name, doc=None)`: a new, empty module.
fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let name = p.get(1).or(args.kwarg("name")).cloned().unwrap_or(Value::None);
    let Some(n) = name.as_str() else {
        return Err(type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    };
    let m = vm.new_module(n);
    let doc = p.get(2).or(args.kwarg("doc")).cloned().unwrap_or(Value::None);
    let d = vm.module_dict(&m);
    let k = vm.intern("__doc__");
    crate::vm::dict_set_str(&d, k, doc);
    for key in ["__package__", "__loader__", "__spec__"] {
        let k = vm.intern(key);
        crate::vm::dict_set_str(&d, k, Value::None);
    }
    Ok(Value::Obj(m))
}

fn module_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) {
    let module_cls = vm.types.module.clone();
    vm.add_staticmethod(&module_cls, "__new__", module_new);
    vm.add_method(&module_cls, "__init__", module_init);
    let code_cls = vm.types.code.clone();
    vm.add_method(&code_cls, "co_positions", code_positions);
    let t = vm.types.property.clone();
    vm.add_staticmethod(&t, "__new__", property_new);
    vm.add_method(&t, "getter", prop_getter);
    vm.add_method(&t, "setter", prop_setter);
    vm.add_method(&t, "deleter", prop_deleter);
    vm.add_method(&t, "__get__", prop_get);
    vm.add_method(&t, "__set__", prop_set);
    let t = vm.types.classmethod.clone();
    vm.add_staticmethod(&t, "__new__", classmethod_new);
    vm.add_method(&t, "__get__", cm_get);
    let t = vm.types.staticmethod.clone();
    vm.add_staticmethod(&t, "__new__", staticmethod_new);
    vm.add_method(&t, "__get__", sm_get);
    vm.add_method(&t, "__call__", staticmethod_call);
    let t = vm.types.function.clone();
    vm.add_method(&t, "__get__", function_get);
    vm.add_method(&t, "__call__", callable_call);
    let t = vm.types.builtin_function.clone();
    vm.add_method(&t, "__call__", callable_call);
    let t = vm.types.method.clone();
    vm.add_method(&t, "__get__", method_get);
    vm.add_method(&t, "__call__", callable_call);
}
