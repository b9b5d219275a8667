//! CPython's "struct sequences" (`sys.version_info`, `os.stat_result`, `time.struct_time`, ...):
//! tuple subclasses whose items are also named attributes. The first `n_sequence_fields` fields
//! are the tuple's items; any further fields are attributes only (`st_atime` as a float, say).

use crate::error::*;
use crate::object::*;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::cell::RefCell;

/// Create a struct-sequence class named `qualname` ("module.Name") with `fields`, of which the
/// first `n_seq` are tuple items.
pub fn structseq_class(vm: &mut Vm, qualname: &str, fields: &[&str], n_seq: usize) -> ObjRef {
    let (module, name) = qualname.rsplit_once('.').unwrap_or(("builtins", qualname));
    let cls = crate::vm::new_class_obj(name, vec![vm.types.tuple.clone()], Layout::Tuple, true);
    let mro = crate::types::class::compute_mro(vm, &cls).unwrap_or_default();
    if let Obj::Class(c) = &*cls {
        *c.mro.borrow_mut() = mro;
    }
    vm.set_class_attr(&cls, "__module__", Value::str(module));
    vm.set_class_attr(&cls, "__pyrite_structseq__", Value::str(qualname));
    let names = vm.new_tuple(fields[..n_seq].iter().map(|f| Value::str(f)).collect());
    vm.set_class_attr(&cls, "__match_args__", names);
    let all = vm.new_tuple(fields.iter().map(|f| Value::str(f)).collect());
    vm.set_class_attr(&cls, "__pyrite_fields__", all);
    vm.set_class_attr(&cls, "n_fields", Value::Int(fields.len() as i64));
    vm.set_class_attr(&cls, "n_sequence_fields", Value::Int(n_seq as i64));
    vm.set_class_attr(&cls, "n_unnamed_fields", Value::Int(0));
    vm.add_method(&cls, "__repr__", structseq_repr);
    vm.add_method(&cls, "__reduce__", structseq_reduce);
    vm.add_staticmethod(&cls, "__new__", structseq_new_py);
    cls
}

/// An instance of a struct-sequence class from the values of all its fields (missing trailing
/// values are None).
pub fn structseq_new(vm: &mut Vm, cls: &ObjRef, mut values: Vec<Value>) -> Value {
    let fields = field_names(vm, cls);
    let n_seq = n_sequence(vm, cls);
    values.resize(fields.len().max(values.len()), Value::None);
    let d = new_dict_obj();
    for (f, v) in fields.iter().zip(values.iter()) {
        let k = vm.intern(f);
        crate::vm::dict_set_str(&d, k, v.clone());
    }
    values.truncate(n_seq);
    let t = vm.new_tuple(values);
    Value::obj(Obj::Instance(Instance {
        class: RefCell::new(cls.clone()),
        dict: Some(d),
        exc: None,
        base: RefCell::new(t),
    }))
}

fn field_names(vm: &mut Vm, cls: &ObjRef) -> Vec<String> {
    let v = crate::types::class::lookup(vm, cls, "__pyrite_fields__").unwrap_or(Value::None);
    match v.as_obj() {
        Some(Obj::Tuple(t)) => t.iter().map(|x| x.as_str().unwrap_or("").to_string()).collect(),
        _ => Vec::new(),
    }
}

fn n_sequence(vm: &mut Vm, cls: &ObjRef) -> usize {
    match crate::types::class::lookup(vm, cls, "n_sequence_fields") {
        Some(Value::Int(n)) => n as usize,
        _ => 0,
    }
}

/// `cls(sequence)`: CPython's constructor, from a sequence of n_sequence_fields..n_fields items.
fn structseq_new_py(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = match p.first() {
        Some(Value::Obj(c)) if matches!(&**c, Obj::Class(_)) => c.clone(),
        _ => return Err(type_error("structseq.__new__(X): X is not a type object")),
    };
    let seq = p.get(1).or(args.kwarg("sequence")).cloned().unwrap_or(Value::None);
    let items = vm.iterate(&seq)?;
    let qual = crate::types::class::lookup(vm, &cls, "__pyrite_structseq__").unwrap_or(Value::None);
    let qual = qual.as_str().unwrap_or("structseq").to_string();
    let n_seq = n_sequence(vm, &cls);
    let n_all = field_names(vm, &cls).len();
    if items.len() < n_seq {
        let what = if n_seq == n_all { "" } else { "at least " };
        return Err(type_error(format!(
            "{} takes {}a {}-sequence ({}-sequence given)",
            qual,
            what,
            n_seq,
            items.len()
        )));
    }
    if items.len() > n_all {
        let what = if n_seq == n_all { "" } else { "at most " };
        return Err(type_error(format!(
            "{} takes {}a {}-sequence ({}-sequence given)",
            qual,
            what,
            n_all,
            items.len()
        )));
    }
    Ok(structseq_new(vm, &cls, items))
}

fn structseq_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos().first().cloned() else {
        return Err(type_error("descriptor '__repr__' needs an argument"));
    };
    let cls = vm.class_of(&v);
    let full = crate::types::class::lookup(vm, &cls, "__pyrite_structseq__").unwrap_or(Value::None);
    let fields = crate::types::class::lookup(vm, &cls, "__match_args__").unwrap_or(Value::None);
    let fields = vm.iterate(&fields)?;
    let items = vm.iterate(&vm.unwrap_builtin(&v))?;
    let mut parts = Vec::new();
    for (f, x) in fields.iter().zip(items.iter()) {
        parts.push(format!("{}={}", f.as_str().unwrap_or("?"), vm.repr_string(x)?));
    }
    Ok(Value::string(format!(
        "{}({})",
        full.as_str().unwrap_or("structseq"),
        parts.join(", ")
    )))
}

fn structseq_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    let cls = vm.class_of(&v);
    let t = vm.unwrap_builtin(&v);
    let d = vm.new_dict();
    let inner = vm.new_tuple(vec![t]);
    Ok(vm.new_tuple(vec![Value::Obj(cls), inner, d]))
}
