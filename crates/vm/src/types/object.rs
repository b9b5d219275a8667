//! `object` (the root of every class), instance creation, and `super`.

use crate::error::*;
use crate::object::*;
use crate::types::class::{has_abstract_methods, lookup, mro_of};

/// For classes whose whole MRO declares `__slots__` (without `__dict__`): the allowed names.
pub fn slot_names(cls: &ObjRef) -> Option<Vec<std::rc::Rc<str>>> {
    let mut names = Vec::new();
    for m in mro_of(cls) {
        if let Obj::Class(mc) = &*m {
            if mc.builtin {
                // BaseException instances always have a __dict__
                if mc.layout == Layout::Exception {
                    return None;
                }
                continue;
            }
            match &mc.slots {
                Some(s) => {
                    if s.iter().any(|n| &**n == "__dict__") {
                        return None;
                    }
                    names.extend(s.iter().cloned());
                }
                None => return None,
            }
        }
    }
    Some(names)
}
use crate::value::{ObjRef, Value};
use crate::vm::{class_name, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// A new, empty instance of a user class (with a `__dict__` unless it uses `__slots__`).
pub fn new_instance(vm: &mut Vm, cls: &ObjRef) -> Value {
    let is_exc = matches!(&**cls, Obj::Class(c) if c.layout == Layout::Exception);
    // slotted instances keep their slot values in a dict too; `slot_names` restricts the names
    let has_dict = true;
    let _ = vm;
    Value::obj(Obj::Instance(Instance {
        class: RefCell::new(cls.clone()),
        dict: if has_dict || is_exc { Some(new_dict_obj()) } else { None },
        exc: if is_exc {
            Some(Box::new(RefCell::new(ExcData::default())))
        } else {
            None
        },
        base: RefCell::new(Value::Null),
    }))
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(cls)) = pos.first() else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    if !matches!(&**cls, Obj::Class(_)) {
        return Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(&pos[0])
        )));
    }
    if let Obj::Class(c) = &**cls {
        if c.builtin && !Rc::ptr_eq(cls, &vm.types.object) {
            let n = c.name.borrow().to_string();
            return Err(type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                n, n
            )));
        }
    }
    if pos.len() > 1 || args.has_kw() {
        // excess arguments are an error unless __init__ is overridden (and __new__ is not)
        let init = lookup(vm, cls, "__init__");
        let new = lookup(vm, cls, "__new__");
        let init_overridden = init
            .map(|f| !vm.is_native_named(&f, "object.__init__"))
            .unwrap_or(false);
        let new_overridden = new.map(|f| !matches!(&f, Value::Obj(o) if matches!(&**o, Obj::StaticMethod(s) if vm.is_native_named(s, "object.__new__")))).unwrap_or(false);
        if !init_overridden || new_overridden {
            return Err(type_error(format!("{}() takes no arguments", class_name(cls))));
        }
    }
    if has_abstract_methods(vm, cls) {
        let names = match lookup(vm, cls, "__abstractmethods__") {
            Some(v) => {
                let mut n: Vec<String> = vm
                    .iterate(&v)?
                    .iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect();
                n.sort();
                n
            }
            None => vec![],
        };
        return Err(type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            class_name(cls),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        )));
    }
    Ok(new_instance(vm, cls))
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 1 || args.has_kw() {
        let cls = vm.class_of(&pos[0]);
        let init = lookup(vm, &cls, "__init__");
        let new = lookup(vm, &cls, "__new__");
        let init_overridden = init
            .map(|f| !vm.is_native_named(&f, "object.__init__"))
            .unwrap_or(false);
        let new_overridden = new.map(|f| !matches!(&f, Value::Obj(o) if matches!(&**o, Obj::StaticMethod(s) if vm.is_native_named(s, "object.__new__")))).unwrap_or(false);
        if init_overridden || !new_overridden {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                class_name(&cls)
            )));
        }
    }
    Ok(Value::None)
}

pub fn default_repr(vm: &mut Vm, v: &Value) -> String {
    let cls = vm.class_of(v);
    let module = match &*cls {
        Obj::Class(c) => match c.dict.borrow().get_str("__module__") {
            Some(m) => m.as_str().unwrap_or("?").to_string(),
            None => "builtins".to_string(),
        },
        _ => "?".to_string(),
    };
    let qn = match &*cls {
        Obj::Class(c) => c.qualname.borrow().to_string(),
        _ => "?".to_string(),
    };
    if module == "builtins" {
        format!("<{} object at {:#x}>", qn, v.id())
    } else {
        format!("<{}.{} object at {:#x}>", module, qn, v.id())
    }
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    Ok(Value::string(default_repr(vm, &v)))
}

/// `__repr__` of builtin containers and numbers (`[x].__repr__()`): the builtin repr of the
/// (wrapped) value.
fn builtin_value_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = vm.unwrap_builtin(&args.pos()[0]);
    vm.repr(&v)
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    vm.repr(&v)
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p[0].is(&p[1]) {
        Ok(Value::Bool(true))
    } else {
        Ok(vm.not_implemented.clone())
    }
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() < 2 {
        return Err(type_error("expected 1 argument, got 0"));
    }
    // the object's own __eq__, inverted; NotImplemented passes through
    let r = match vm.call_dunder(&p[0], "__eq__", &[p[1].clone()])? {
        Some(r) => r,
        None => return Ok(vm.not_implemented.clone()),
    };
    if crate::protocol::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.is_true(&r)?))
}

fn object_cmp_ni(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(args.pos()[0].id() >> 4))
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = vm.class_of(&p[0]);
    match vm.generic_getattr(&p[0], &p[1], &cls)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&p[0], &p[1])),
    }
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    vm.generic_setattr(&p[0], &p[1], p[2].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let obj = p[0].clone();
    if let Value::Obj(o) = &obj {
        if let Obj::Instance(i) = &**o {
            if let Some(d) = i.dict_cell() {
                if d.borrow_mut().remove_str(p[1].as_str().unwrap_or("")).is_some() {
                    return Ok(Value::None);
                }
            }
        }
    }
    Err(attribute_error(format!(
        "'{}' object has no attribute '{}'",
        vm.type_name(&obj),
        p[1].as_str().unwrap_or("")
    )))
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls_name = match p.first() {
        Some(Value::Obj(o)) => match &**o {
            Obj::Class(c) => c.name.borrow().to_string(),
            _ => vm.type_name(&p[0]).to_string(),
        },
        _ => "object".to_string(),
    };
    if !args.kwnames.is_empty() {
        return Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            cls_name
        )));
    }
    if p.len() > 1 {
        return Err(type_error(format!(
            "{}.__init_subclass__() takes no arguments ({} given)",
            cls_name,
            p.len() - 1
        )));
    }
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let spec = p.get(1).and_then(|s| s.as_str()).unwrap_or("");
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&p[0])
        )));
    }
    vm.str(&p[0])
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    let names = crate::builtins::dir_names(vm, &v)?;
    Ok(vm.new_list(names))
}

fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    let cls = vm.class_of(&v);
    let d = match &v {
        Value::Obj(o) => match &**o {
            Obj::Instance(i) => match &i.dict {
                Some(d) => Value::Obj(d.clone()),
                None => Value::None,
            },
            _ => Value::None,
        },
        _ => Value::None,
    };
    let copyreg = vm.new_tuple(vec![Value::Obj(cls)]);
    Ok(vm.new_tuple(vec![Value::None, copyreg, d]))
}

fn object_sizeof(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(16))
}

// ----- super -----

fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let (ty, obj) = match pos.len() {
        1 => {
            // zero-argument form: the calling frame's __class__ cell and first argument
            let fr = vm
                .frames
                .last()
                .ok_or_else(|| runtime_error("super(): no current frame"))?;
            let co = &fr.code.co;
            let idx = co
                .freevars
                .iter()
                .position(|n| &**n == "__class__")
                .map(|i| i + co.cellvars.len());
            let Some(idx) = idx else {
                return Err(runtime_error("super(): __class__ cell not found"));
            };
            let cls = crate::interp::cell_get(&fr.cells[idx]);
            if cls.is_null() {
                return Err(runtime_error("super(): empty __class__ cell"));
            }
            if co.argcount == 0 && co.flags & pyrite_compiler::CO_VARARGS == 0 {
                return Err(runtime_error("super(): no arguments"));
            }
            let mut first = fr.fast.first().cloned().unwrap_or(Value::Null);
            if first.is_null() {
                // the first argument may live in a cell
                if let Some(ci) = co.cell2arg.iter().position(|a| *a == Some(0)) {
                    first = crate::interp::cell_get(&fr.cells[ci]);
                }
            }
            if first.is_null() {
                return Err(runtime_error("super(): arg[0] deleted"));
            }
            (cls, first)
        }
        3 => (pos[1].clone(), pos[2].clone()),
        2 => (pos[1].clone(), Value::None),
        _ => return Err(type_error("super() takes at most 2 arguments")),
    };
    if let Value::Obj(t) = &ty {
        if !matches!(&**t, Obj::Class(_)) {
            return Err(type_error(format!(
                "super() argument 1 must be a type, not {}",
                vm.type_name(&ty)
            )));
        }
        if !obj.is_none() {
            let oc = match &obj {
                Value::Obj(o) if matches!(&**o, Obj::Class(_)) => o.clone(),
                _ => vm.class_of(&obj),
            };
            let oc2 = vm.class_of(&obj);
            if !crate::types::class::is_subclass(&oc, t) && !crate::types::class::is_subclass(&oc2, t) {
                return Err(type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
        }
    }
    Ok(Value::obj(Obj::Super(ty, obj)))
}

pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &Value) -> PyResult<Option<Value>> {
    let Value::Obj(o) = sup else { return Ok(None) };
    let Obj::Super(ty, obj) = &**o else { return Ok(None) };
    let nm = name.as_str().unwrap_or("");
    if nm == "__class__" {
        return Ok(Some(Value::Obj(vm.types.super_.clone())));
    }
    let Value::Obj(t) = ty else { return Ok(None) };
    // the MRO of the object itself when it is a subclass of `ty` (super() in a classmethod),
    // else of the object's type (instances, and classes whose metaclass is `ty`)
    let class_mode =
        matches!(obj, Value::Obj(oo) if matches!(&**oo, Obj::Class(_)) && crate::types::class::is_subclass(oo, t));
    let start_cls = match obj {
        Value::Obj(oo) if class_mode => oo.clone(),
        _ => vm.class_of(obj),
    };
    let mro = mro_of(&start_cls);
    let pos = mro
        .iter()
        .position(|m| Rc::ptr_eq(m, t))
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    for m in &mro[pos..] {
        if let Obj::Class(mc) = &**m {
            let found = mc.dict.borrow().get_str(nm).cloned();
            if let Some(v) = found {
                if obj.is_none() {
                    return Ok(Some(v));
                }
                let is_class_obj = class_mode;
                if let Value::Obj(vo) = &v {
                    match &**vo {
                        Obj::ClassMethod(f) => {
                            let c = if is_class_obj {
                                obj.clone()
                            } else {
                                Value::Obj(vm.class_of(obj))
                            };
                            return Ok(Some(Value::obj(Obj::BoundMethod(c, f.clone()))));
                        }
                        Obj::StaticMethod(f) => return Ok(Some(f.clone())),
                        Obj::Function(_) | Obj::Native(_) => {
                            if is_class_obj && !matches!(&**vo, Obj::Native(_)) {
                                return Ok(Some(v));
                            }
                            if is_class_obj {
                                // type methods (type.__new__ etc.) on a class object
                                return Ok(Some(Value::obj(Obj::BoundMethod(obj.clone(), v.clone()))));
                            }
                            return Ok(Some(Value::obj(Obj::BoundMethod(obj.clone(), v.clone()))));
                        }
                        _ => {
                            let oc = vm.class_of(obj);
                            return vm.descr_get(&v, obj, &oc).map(Some);
                        }
                    }
                }
                return Ok(Some(v));
            }
        }
    }
    Err(attribute_error(format!("'super' object has no attribute '{}'", nm)))
}

pub fn init(vm: &mut Vm) {
    let o = vm.types.object.clone();
    vm.add_staticmethod(&o, "__new__", object_new);
    vm.add_method(&o, "__init__", object_init);
    vm.add_method(&o, "__repr__", object_repr);
    vm.add_method(&o, "__str__", object_str);
    vm.add_method(&o, "__eq__", object_eq);
    vm.add_method(&o, "__ne__", object_ne);
    vm.add_classmethod(&o, "__subclasshook__", object_cmp_ni);
    vm.add_method(&o, "__lt__", object_cmp_ni);
    vm.add_method(&o, "__le__", object_cmp_ni);
    vm.add_method(&o, "__gt__", object_cmp_ni);
    vm.add_method(&o, "__ge__", object_cmp_ni);
    vm.add_method(&o, "__hash__", object_hash);
    vm.add_method(&o, "__getattribute__", object_getattribute);
    vm.add_method(&o, "__setattr__", object_setattr);
    vm.add_method(&o, "__delattr__", object_delattr);
    vm.add_classmethod(&o, "__init_subclass__", object_init_subclass);
    vm.add_method(&o, "__format__", object_format);
    vm.add_method(&o, "__dir__", object_dir);
    vm.add_method(&o, "__reduce_ex__", object_reduce_ex);
    vm.add_method(&o, "__sizeof__", object_sizeof);
    let t = &vm.types;
    for cls in [
        t.list.clone(),
        t.tuple.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.complex.clone(),
        t.none.clone(),
    ] {
        let has = match &*cls {
            Obj::Class(c) => c.dict.borrow().get_str("__repr__").is_some(),
            _ => true,
        };
        if !has {
            vm.add_method(&cls, "__repr__", builtin_value_repr);
        }
    }
    let s = vm.types.super_.clone();
    vm.add_staticmethod(&s, "__new__", super_new);
    vm.set_class_attr(&o, "__doc__", Value::str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
}
