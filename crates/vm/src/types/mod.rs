//! The builtin types: each file registers one type's methods. This module wires them up and
//! answers the special (non-method) attributes builtin objects expose, like `f.__name__`.

pub mod asyncgen;
pub mod bytes;
pub mod class;
pub mod complex;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod object;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_methods;
pub mod structseq;
pub mod tuple;

use crate::error::*;
use crate::interp::exc_data;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

pub fn init_all(vm: &mut Vm) {
    object::init(vm);
    class::init(vm);
    int::init(vm);
    float::init(vm);
    complex::init(vm);
    str::init(vm);
    bytes::init(vm);
    list::init(vm);
    tuple::init(vm);
    dict::init(vm);
    set::init(vm);
    range::init(vm);
    slice::init(vm);
    function::init(vm);
    generator::init(vm);
    asyncgen::init(vm);
    exceptions::init(vm);
    iter::init(vm);
    memoryview::init(vm);
}

/// Whether a builtin attribute of `obj` named `name` must win over a class method of that name.
pub fn builtin_attr_shadows(_obj: &Value, _name: &str) -> bool {
    false
}

/// `list[int]` and friends: a minimal generic alias (prints like CPython's).
pub fn generic_alias(vm: &mut Vm, origin: &Value, args: &Value) -> Value {
    let _ = vm;
    crate::types::function::make_generic_alias(vm, origin, args)
}

/// Non-method attributes of builtin objects (and `__class__`/`__dict__` of instances).
pub fn builtin_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Obj(vm.class_of(obj))));
    }
    let Value::Obj(o) = obj else {
        return Ok(match (obj, name) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(Value::Int(int_of(obj))),
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            _ => None,
        });
    };
    let r = match (&**o, name) {
        (Obj::Instance(i), "__dict__") => {
            let cls = vm.class_of(obj);
            if crate::types::object::slot_names(&cls).is_some() {
                None
            } else {
                i.dict.clone().map(Value::Obj)
            }
        }
        (Obj::Instance(i), _) if i.exc.is_some() => {
            let d = exc_data(obj).unwrap();
            match name {
                "args" => Some(d.borrow().args.clone()),
                "__cause__" => Some(d.borrow().cause.clone()),
                "__context__" => Some(d.borrow().context.clone()),
                "__suppress_context__" => Some(Value::Bool(d.borrow().suppress_context)),
                "__traceback__" => Some(vm.traceback_of(obj)),
                _ => exceptions::slot_attr(vm, obj, name),
            }
        }
        (Obj::BigInt(_), "real" | "numerator") => Some(obj.clone()),
        (Obj::BigInt(_), "imag") => Some(Value::Int(0)),
        (Obj::BigInt(_), "denominator") => Some(Value::Int(1)),
        (Obj::Complex(r, _), "real") => Some(Value::Float(*r)),
        (Obj::Complex(_, i), "imag") => Some(Value::Float(*i)),
        (Obj::Function(f), _) => function::function_attr(vm, f, name),
        (Obj::BoundMethod(s, f), _) => match name {
            "__self__" => Some(s.clone()),
            "__func__" => Some(f.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => Some(vm.getattr(f, &Value::str(name))?),
            _ => {
                // other attributes come from the function
                match f {
                    Value::Obj(fo) if matches!(&**fo, Obj::Function(_)) => vm.getattr(f, &Value::str(name)).ok(),
                    _ => None,
                }
            }
        },
        (Obj::Native(n), _) => match name {
            "__name__" => Some(Value::str(n.name)),
            "__qualname__" => Some(Value::string(match n.owner {
                Some(o) => format!("{}.{}", o, n.name),
                None => n.name.to_string(),
            })),
            "__self__" => Some(n.bound.clone().unwrap_or(Value::None)),
            "__doc__" => Some(Value::None),
            "__module__" => Some(if n.owner.is_none() {
                Value::str("builtins")
            } else {
                Value::None
            }),
            _ => None,
        },
        (Obj::Range(r), _) => crate::types::range::range_attr(r, name),
        (Obj::Slice(s), _) => match name {
            "start" => Some(s[0].clone()),
            "stop" => Some(s[1].clone()),
            "step" => Some(s[2].clone()),
            _ => None,
        },
        (Obj::Generator(g), _) => match name {
            "__name__" => Some(g.name.borrow().clone()),
            "__qualname__" => Some(g.qualname.borrow().clone()),
            "gi_running" | "cr_running" => Some(Value::Bool(g.running.get())),
            "gi_frame" | "cr_frame" => Some(if g.frame.borrow().is_some() {
                Value::Bool(true)
            } else {
                Value::None
            }),
            "gi_code" | "cr_code" => Some(Value::obj(Obj::Code(g.code.clone()))),
            "gi_yieldfrom" | "cr_await" => Some(g.yield_from.borrow().clone()),
            "gi_suspended" => Some(Value::Bool(
                g.frame.borrow().as_ref().map(|f| f.pc > 0).unwrap_or(false),
            )),
            _ => None,
        },
        (Obj::Property(p), _) => match name {
            "fget" => Some(p.fget.borrow().clone()),
            "fset" => Some(p.fset.borrow().clone()),
            "fdel" => Some(p.fdel.borrow().clone()),
            "__doc__" => Some(p.doc.borrow().clone()),
            "__isabstractmethod__" => {
                let g = p.fget.borrow().clone();
                Some(
                    vm.getattr(&g, &Value::str("__isabstractmethod__"))
                        .unwrap_or(Value::Bool(false)),
                )
            }
            _ => None,
        },
        (Obj::ClassMethod(f) | Obj::StaticMethod(f), _) => match name {
            "__func__" | "__wrapped__" => Some(f.clone()),
            "__isabstractmethod__" => Some(
                vm.getattr(f, &Value::str("__isabstractmethod__"))
                    .unwrap_or(Value::Bool(false)),
            ),
            "__doc__" | "__name__" | "__qualname__" => vm.getattr(f, &Value::str(name)).ok(),
            _ => None,
        },
        (Obj::Cell(c), "cell_contents") => {
            let v = c.borrow().clone();
            if v.is_null() {
                return Err(value_error("Cell is empty"));
            }
            Some(v)
        }
        (Obj::Traceback(t), _) => match name {
            "tb_next" => {
                if t.index + 1 < t.entries.len() {
                    Some(Value::obj(Obj::Traceback(Traceback {
                        entries: t.entries.clone(),
                        index: t.index + 1,
                    })))
                } else {
                    Some(Value::None)
                }
            }
            "tb_lineno" => {
                let e = &t.entries[t.index];
                Some(Value::Int(
                    e.code.co.locations.get(e.lasti as usize).map(|l| l.line).unwrap_or(0) as i64,
                ))
            }
            "tb_lasti" => Some(Value::Int(t.entries[t.index].lasti as i64 * 2)),
            "tb_frame" => Some(crate::types::function::frame_info(vm, &t.entries, t.index)),
            _ => None,
        },
        (Obj::Code(c), _) => match name {
            "co_name" => Some(c.name.clone()),
            "co_qualname" => Some(c.qualname.clone()),
            "co_filename" => Some(Value::str(&c.co.filename)),
            "co_firstlineno" => Some(Value::Int(c.co.first_line as i64)),
            "co_argcount" => Some(Value::Int(c.co.argcount as i64)),
            "co_posonlyargcount" => Some(Value::Int(c.co.posonlyargcount as i64)),
            "co_kwonlyargcount" => Some(Value::Int(c.co.kwonlyargcount as i64)),
            "co_flags" => Some(Value::Int(c.co.flags as i64)),
            "co_varnames" => Some(vm.new_tuple(c.varnames.clone())),
            "co_nlocals" => Some(Value::Int(c.co.varnames.len() as i64)),
            "co_freevars" => Some(vm.new_tuple(c.co.freevars.iter().map(|s| Value::str(s)).collect())),
            "co_cellvars" => Some(vm.new_tuple(c.co.cellvars.iter().map(|s| Value::str(s)).collect())),
            _ => None,
        },
        (Obj::Module(m), "__name__") => Some(Value::str(&m.name.borrow())),
        _ => None,
    };
    Ok(r)
}

fn int_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => 0,
    }
}
