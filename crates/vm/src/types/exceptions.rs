//! BaseException and the builtin exception classes' methods and special attributes.

use crate::error::*;
use crate::interp::exc_data;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

fn exc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Value::Obj(cls) = &p[0] else { return Err(type_error("BaseException.__new__(X): X is not a type object")) };
    let inst = crate::types::object::new_instance(vm, cls);
    if let Some(d) = exc_data(&inst) {
        d.borrow_mut().args = vm.new_tuple(p[1..].to_vec());
    }
    Ok(inst)
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some(d) = exc_data(&p[0]) {
        d.borrow_mut().args = vm.new_tuple(p[1..].to_vec());
    }
    let cls = vm.class_of(&p[0]);
    let name = crate::vm::class_name(&cls);
    // a few classes keep extra attributes from their arguments
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let _ = vm.generic_setattr(&p[0], &Value::str(k), v);
    };
    if crate::types::class::is_subclass(&cls, &vm.exc_class(ExcKind::OSError)) {
        if p.len() >= 3 {
            set(vm, "errno", p[1].clone());
            set(vm, "strerror", p[2].clone());
            set(vm, "filename", p.get(3).cloned().unwrap_or(Value::None));
        } else {
            set(vm, "errno", Value::None);
            set(vm, "strerror", Value::None);
            set(vm, "filename", Value::None);
        }
        set(vm, "filename2", Value::None);
    }
    if crate::types::class::is_subclass(&cls, &vm.exc_class(ExcKind::SystemExit)) {
        let code = match p.len() {
            1 => Value::None,
            2 => p[1].clone(),
            _ => vm.new_tuple(p[1..].to_vec()),
        };
        set(vm, "code", code);
    }
    if crate::types::class::is_subclass(&cls, &vm.exc_class(ExcKind::StopIteration)) {
        set(vm, "value", p.get(1).cloned().unwrap_or(Value::None));
    }
    if crate::types::class::is_subclass(&cls, &vm.exc_class(ExcKind::ImportError)) {
        set(vm, "name", args.kwarg("name").cloned().unwrap_or(Value::None));
        set(vm, "path", args.kwarg("path").cloned().unwrap_or(Value::None));
        set(vm, "msg", p.get(1).cloned().unwrap_or(Value::None));
    }
    if crate::types::class::is_subclass(&cls, &vm.exc_class(ExcKind::NameError)) {
        set(vm, "name", args.kwarg("name").cloned().unwrap_or(Value::None));
    }
    if crate::types::class::is_subclass(&cls, &vm.exc_class(ExcKind::AttributeError)) {
        set(vm, "name", args.kwarg("name").cloned().unwrap_or(Value::None));
        set(vm, "obj", args.kwarg("obj").cloned().unwrap_or(Value::None));
    }
    let _ = name;
    Ok(Value::None)
}

fn args_of(v: &Value) -> Vec<Value> {
    match exc_data(v) {
        Some(d) => match &d.borrow().args {
            Value::Obj(o) => match &**o {
                Obj::Tuple(t) => t.to_vec(),
                _ => vec![],
            },
            _ => vec![],
        },
        None => vec![],
    }
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let a = args_of(v);
    match a.len() {
        0 => Ok(Value::str("")),
        1 => vm.str(&a[0]),
        _ => {
            let t = vm.new_tuple(a);
            vm.str(&t)
        }
    }
}

fn key_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let a = args_of(v);
    if a.len() == 1 {
        return vm.repr(&a[0]);
    }
    exc_str(vm, args)
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let a = args_of(v);
    let name = vm.class_of(v);
    let name = match &*name {
        Obj::Class(c) => c.name.borrow().to_string(),
        _ => "?".into(),
    };
    if a.len() == 1 {
        return Ok(Value::string(format!("{}({})", name, vm.repr_string(&a[0])?)));
    }
    let t = vm.new_tuple(a);
    let r = vm.repr_string(&t)?;
    if r == "()" {
        return Ok(Value::string(format!("{}()", name)));
    }
    Ok(Value::string(format!("{}{}", name, r)))
}

fn with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some(d) = exc_data(&p[0]) {
        d.borrow_mut().tb_override = Some(p.get(1).cloned().unwrap_or(Value::None));
    }
    Ok(p[0].clone())
}

fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.get(1).and_then(|n| n.as_str()).is_none() {
        return Err(type_error("note must be a str"));
    }
    let notes = match vm.getattr(&p[0], &Value::str("__notes__")) {
        Ok(n) => n,
        Err(_) => {
            let l = vm.new_list(vec![]);
            vm.generic_setattr(&p[0], &Value::str("__notes__"), l.clone())?;
            l
        }
    };
    if let Value::Obj(o) = &notes {
        if let Obj::List(l) = &**o {
            l.borrow_mut().push(p[1].clone());
        }
    }
    Ok(Value::None)
}

fn exc_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let cls = Value::Obj(vm.class_of(v));
    let a = vm.new_tuple(args_of(v));
    Ok(vm.new_tuple(vec![cls, a]))
}

fn os_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    let errno = vm.getattr(&v, &Value::str("errno")).unwrap_or(Value::None);
    let strerror = vm.getattr(&v, &Value::str("strerror")).unwrap_or(Value::None);
    let filename = vm.getattr(&v, &Value::str("filename")).unwrap_or(Value::None);
    if !errno.is_none() && !strerror.is_none() {
        let se = vm.str(&strerror)?;
        if !filename.is_none() {
            let f = vm.repr_string(&filename)?;
            return Ok(Value::string(format!("[Errno {}] {}: {}", vm.str(&errno)?.as_str().unwrap_or(""), se.as_str().unwrap_or(""), f)));
        }
        return Ok(Value::string(format!("[Errno {}] {}", vm.str(&errno)?.as_str().unwrap_or(""), se.as_str().unwrap_or(""))));
    }
    exc_str(vm, args)
}

pub fn init(vm: &mut Vm) {
    let b = vm.exc_class(ExcKind::BaseException);
    vm.add_staticmethod(&b, "__new__", exc_new);
    vm.add_method(&b, "__init__", exc_init);
    vm.add_method(&b, "__str__", exc_str);
    vm.add_method(&b, "__repr__", exc_repr);
    vm.add_method(&b, "with_traceback", with_traceback);
    vm.add_method(&b, "add_note", add_note);
    vm.add_method(&b, "__reduce__", exc_reduce);
    let k = vm.exc_class(ExcKind::KeyError);
    vm.add_method(&k, "__str__", key_error_str);
    let o = vm.exc_class(ExcKind::OSError);
    vm.add_method(&o, "__str__", os_error_str);
    for (i, (name, _)) in crate::error::EXC_TABLE.iter().enumerate() {
        let c = vm.types.exceptions[i].clone();
        let _ = name;
        vm.set_class_attr(&c, "__module__", Value::str("builtins"));
    }
    vm.set_class_attr(&b, "__doc__", Value::str("Common base class for all exceptions"));
}
