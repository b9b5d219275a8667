//! Classes: C3 method resolution order, attribute lookup through the MRO, `type` itself
//! (type(name, bases, ns), `__build_class__`, metaclasses), and class special attributes.

use crate::dict::Dict;
use crate::error::*;
use crate::object::*;
use crate::value::{ObjRef, Value};
use crate::vm::{class_name, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub fn compute_mro(_vm: &mut Vm, cls: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let Obj::Class(c) = &**cls else { return Ok(vec![]) };
    let bases = c.bases.borrow().clone();
    let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
    for b in &bases {
        if let Obj::Class(bc) = &**b {
            let m = bc.mro.borrow().clone();
            seqs.push(if m.is_empty() { vec![b.clone()] } else { m });
        }
    }
    seqs.push(bases.clone());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head))) {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = class_name(&s[0]);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c.clone());
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
    }
}

/// The cached `ClassInfo` of a class (computed on first use after a change).
pub fn class_info(vm: &mut Vm, cls: &ObjRef) -> Rc<ClassInfo> {
    let Obj::Class(c) = &**cls else {
        unreachable!("class_info of a non-class")
    };
    if let Some(i) = &*c.info.borrow() {
        return i.clone();
    }
    let custom = |vm: &Vm, name: &str, native: &str| match lookup(vm, cls, name) {
        Some(f) => !vm.is_native_named(&f, native),
        None => false,
    };
    let custom_getattribute = custom(vm, "__getattribute__", "object.__getattribute__");
    let custom_setattr = custom(vm, "__setattr__", "object.__setattr__");
    let has_getattr = lookup(vm, cls, "__getattr__").is_some();
    let mut has_data_descriptors = false;
    for m in mro_of(cls) {
        if let Obj::Class(mc) = &*m {
            let vals: Vec<Value> = mc.dict.borrow().iter().map(|e| e.value.clone()).collect();
            for v in vals {
                if vm.is_data_descriptor(&v) {
                    has_data_descriptors = true;
                }
            }
        }
    }
    let slot_names = crate::types::object::slot_names(cls);
    let fast_init = {
        let new_ok = matches!(lookup(vm, cls, "__new__"), Some(n) if vm.is_native_named(&n, "object.__new__"));
        let meta_plain = c.metaclass.borrow().is_none();
        match lookup(vm, cls, "__init__") {
            Some(init @ Value::Obj(_)) if new_ok && meta_plain && !has_abstract_methods(vm, cls) => {
                let is_py =
                    matches!(&init, Value::Obj(o) if matches!(&**o, Obj::Function(f) if !f.code.co.is_generator()));
                if is_py {
                    Some(init)
                } else {
                    None
                }
            }
            _ => None,
        }
    };
    let info = Rc::new(ClassInfo {
        custom_getattribute,
        custom_setattr,
        has_getattr,
        has_data_descriptors,
        slot_names,
        fast_init,
        lookups: RefCell::new(Default::default()),
    });
    let mut flags = CF_VALID;
    if info.custom_getattribute {
        flags |= CF_CUSTOM_GETATTRIBUTE;
    }
    if info.custom_setattr {
        flags |= CF_CUSTOM_SETATTR;
    }
    if info.has_data_descriptors {
        flags |= CF_DATA_DESCRIPTORS;
    }
    if info.slot_names.is_some() {
        flags |= CF_SLOTS;
    }
    if lookup(vm, cls, "__del__").is_some() {
        flags |= CF_HAS_DEL;
    }
    c.flags.set(flags);
    *c.info.borrow_mut() = Some(info.clone());
    info
}

/// The `CF_*` bits of a class (computing its info on first use).
#[inline]
pub fn class_flags(vm: &mut Vm, cls: &ObjRef) -> u32 {
    if let Obj::Class(c) = &**cls {
        let f = c.flags.get();
        if f != 0 {
            return f;
        }
        class_info(vm, cls);
        return c.flags.get();
    }
    0
}

/// MRO lookup of a str name value, memoised per class until the class (or a base) changes.
#[inline]
pub fn lookup_cached(vm: &mut Vm, cls: &ObjRef, name: &Value) -> Option<Value> {
    let Some(ps) = name.as_pystr() else { return None };
    let key = ps.as_str().as_ptr() as usize;
    let info = class_info(vm, cls);
    if let Some((_, v)) = info.lookups.borrow().get(&key) {
        return v.clone();
    }
    let found = lookup_with_owner(cls, ps.as_str()).map(|(v, _)| v);
    let mut cache = info.lookups.borrow_mut();
    if cache.len() < 512 {
        cache.insert(key, (name.clone(), found.clone()));
    }
    found
}

/// Forget cached facts of a class and all its subclasses (after its dict changed).
pub fn invalidate_class(cls: &ObjRef) {
    if let Obj::Class(c) = &**cls {
        c.info.borrow_mut().take();
        c.flags.set(0);
        let subs: Vec<ObjRef> = c.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
        for s in subs {
            invalidate_class(&s);
        }
    }
}

pub fn mro_of(cls: &ObjRef) -> Vec<ObjRef> {
    match &**cls {
        Obj::Class(c) => c.mro.borrow().clone(),
        _ => vec![],
    }
}

pub fn is_subclass(sub: &ObjRef, sup: &ObjRef) -> bool {
    if Rc::ptr_eq(sub, sup) {
        return true;
    }
    match &**sub {
        Obj::Class(c) => c.mro.borrow().iter().any(|m| Rc::ptr_eq(m, sup)),
        _ => false,
    }
}

pub fn mro_has_name(cls: &ObjRef, name: &str) -> bool {
    mro_of(cls).iter().any(|c| class_name(c) == name)
}

/// Find `name` in the class's MRO dicts.
#[inline]
pub fn lookup(_vm: &Vm, cls: &ObjRef, name: &str) -> Option<Value> {
    lookup_with_owner(cls, name).map(|(v, _)| v)
}

pub fn lookup_with_owner(cls: &ObjRef, name: &str) -> Option<(Value, ObjRef)> {
    let Obj::Class(c) = &**cls else { return None };
    let hash = crate::hash::hash_str(name);
    for m in c.mro.borrow().iter() {
        if let Obj::Class(mc) = &**m {
            if let Some(v) = mc.dict.borrow().get_str_hashed(name, hash) {
                return Some((v.clone(), m.clone()));
            }
        }
    }
    None
}

pub fn has_abstract_methods(vm: &Vm, cls: &ObjRef) -> bool {
    match lookup(vm, cls, "__abstractmethods__") {
        Some(Value::Obj(o)) => match &*o {
            Obj::FrozenSet(s) => !s.is_empty(),
            Obj::Set(s) => !s.borrow().is_empty(),
            Obj::Tuple(t) => !t.is_empty(),
            _ => false,
        },
        _ => false,
    }
}

/// `__name__`, `__mro__`, `__dict__`, ... on class objects.
pub fn class_special_attr(vm: &mut Vm, cls: &ObjRef, name: &str) -> PyResult<Option<Value>> {
    let Obj::Class(c) = &**cls else { return Ok(None) };
    Ok(Some(match name {
        "__name__" => Value::str(&c.name.borrow()),
        "__qualname__" => Value::str(&c.qualname.borrow()),
        "__mro__" => vm.new_tuple(c.mro.borrow().iter().map(|m| Value::Obj(m.clone())).collect()),
        "__bases__" => vm.new_tuple(c.bases.borrow().iter().map(|m| Value::Obj(m.clone())).collect()),
        "__base__" => match c.bases.borrow().first() {
            Some(b) => Value::Obj(b.clone()),
            None => Value::None,
        },
        "__dict__" => {
            // a snapshot (CPython returns a read-only mappingproxy)
            let d = c.dict.borrow().clone();
            Value::obj(Obj::Dict(RefCell::new(d)))
        }
        "__class__" => Value::Obj(vm.class_of(&Value::Obj(cls.clone()))),
        "__module__" if c.builtin => match c.dict.borrow().get_str("__module__") {
            Some(m) => m.clone(),
            None => Value::str("builtins"),
        },
        "__doc__" => match c.dict.borrow().get_str("__doc__") {
            Some(v) => v.clone(),
            None => Value::None,
        },
        "__annotations__" if !c.builtin => match c.dict.borrow().get_str("__annotations__") {
            Some(v) => v.clone(),
            None => {
                let d = vm.new_dict();
                let k = vm.intern("__annotations__");
                c.dict.borrow_mut().set_str(k, d.clone());
                d
            }
        },
        _ => return Ok(None),
    }))
}

fn layout_of_bases(vm: &Vm, bases: &[ObjRef]) -> Layout {
    for b in bases {
        if let Obj::Class(c) = &**b {
            if c.layout != Layout::Object {
                return c.layout;
            }
        }
    }
    let _ = vm;
    Layout::Object
}

/// Create a class object: the core of `type.__new__`.
pub fn new_class(vm: &mut Vm, meta: &ObjRef, name: &str, bases: Vec<ObjRef>, ns: &Dict) -> PyResult<ObjRef> {
    let bases = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases
    };
    for b in &bases {
        if let Obj::Class(bc) = &**b {
            let final_types = [
                &vm.types.bool_,
                &vm.types.range,
                &vm.types.slice,
                &vm.types.function,
                &vm.types.none,
            ];
            if final_types.iter().any(|t| Rc::ptr_eq(t, b)) {
                return Err(type_error(format!(
                    "type '{}' is not an acceptable base type",
                    bc.name.borrow()
                )));
            }
        } else {
            return Err(type_error("bases must be types"));
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            return Err(type_error(format!("duplicate base class {}", class_name(b))));
        }
    }
    let layout = layout_of_bases(vm, &bases);
    let slots = match ns.get_str("__slots__") {
        Some(s) => {
            let items = match s.as_str() {
                Some(one) => vec![Value::str(one)],
                None => vm.iterate(&s.clone())?,
            };
            Some(
                items
                    .iter()
                    .filter_map(|v| v.as_str().map(Rc::from))
                    .collect::<Vec<Rc<str>>>(),
            )
        }
        None => None,
    };
    let qualname: Rc<str> = match ns.get_str("__qualname__") {
        Some(q) => Rc::from(q.as_str().unwrap_or(name)),
        None => Rc::from(name),
    };
    let mut dict = ns.clone();
    dict.remove_str("__qualname__");
    let cls = Rc::new(Obj::Class(Box::new(Class {
        name: RefCell::new(Rc::from(name)),
        qualname: RefCell::new(qualname),
        bases: RefCell::new(bases),
        mro: RefCell::new(vec![]),
        dict: RefCell::new(dict),
        metaclass: RefCell::new(if Rc::ptr_eq(meta, &vm.types.type_) {
            None
        } else {
            Some(meta.clone())
        }),
        layout,
        builtin: false,
        slots,
        subclasses: RefCell::new(Vec::new()),
        info: RefCell::new(None),
        flags: std::cell::Cell::new(0),
    })));
    let mro = compute_mro(vm, &cls)?;
    if let Obj::Class(c) = &*cls {
        *c.mro.borrow_mut() = mro;
        for b in c.bases.borrow().iter() {
            if let Obj::Class(bc) = &**b {
                bc.subclasses.borrow_mut().push(Rc::downgrade(&cls));
            }
        }
        // a class without a docstring has __doc__ None (instances do not see a base's)
        if c.dict.borrow().get_str("__doc__").is_none() {
            let k = vm.intern("__doc__");
            c.dict.borrow_mut().set_str(k, Value::None);
        }
        // __eq__ without __hash__ makes instances unhashable
        let d = c.dict.borrow();
        let sets_eq = d.get_str("__eq__").is_some();
        let sets_hash = d.get_str("__hash__").is_some();
        drop(d);
        if sets_eq && !sets_hash {
            let k = vm.intern("__hash__");
            c.dict.borrow_mut().set_str(k, Value::None);
        }
        // implicit classmethod/staticmethod for special methods
        for special in ["__init_subclass__", "__class_getitem__"] {
            let f = c.dict.borrow().get_str(special).cloned();
            if let Some(f @ Value::Obj(_)) = f {
                if matches!(&f, Value::Obj(o) if matches!(&**o, Obj::Function(_))) {
                    let k = vm.intern(special);
                    c.dict.borrow_mut().set_str(k, Value::obj(Obj::ClassMethod(f)));
                }
            }
        }
        let f = c.dict.borrow().get_str("__new__").cloned();
        if let Some(f) = f {
            if matches!(&f, Value::Obj(o) if matches!(&**o, Obj::Function(_))) {
                let k = vm.intern("__new__");
                c.dict.borrow_mut().set_str(k, Value::obj(Obj::StaticMethod(f)));
            }
        }
    }
    Ok(cls)
}

/// `__set_name__` and `__init_subclass__` hooks after class creation.
pub fn finish_class(vm: &mut Vm, cls: &ObjRef, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let Obj::Class(c) = &**cls else { return Ok(()) };
    let items: Vec<(Value, Value)> = c
        .dict
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in items {
        if let Value::Obj(o) = &v {
            if let Obj::Instance(_) = &**o {
                let vc = vm.class_of(&v);
                if let Some(sn) = lookup(vm, &vc, "__set_name__") {
                    if let Err(err) = vm.call_value(&sn, &[v.clone(), Value::Obj(cls.clone()), k.clone()]) {
                        // CPython 3.11 reports the failure as a RuntimeError caused by the original
                        let cause = vm.normalize(err);
                        let key = k.as_str().unwrap_or("").to_string();
                        let msg = format!(
                            "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                            class_name(&vc),
                            key,
                            c.name.borrow()
                        );
                        let wrapped = vm.normalize(runtime_error(msg));
                        if let Some(d) = crate::types::exc_data(&wrapped) {
                            let mut d = d.borrow_mut();
                            d.cause = cause;
                            d.suppress_context = true;
                        }
                        return Err(PyErr::Obj(wrapped));
                    }
                }
            }
        }
    }
    // super().__init_subclass__ on the parent
    let mro = c.mro.borrow().clone();
    for parent in mro.iter().skip(1) {
        if let Obj::Class(pc) = &**parent {
            let f = pc.dict.borrow().get_str("__init_subclass__").cloned();
            if let Some(f) = f {
                let func = match &f {
                    Value::Obj(o) => match &**o {
                        Obj::ClassMethod(inner) => inner.clone(),
                        _ => f.clone(),
                    },
                    _ => f.clone(),
                };
                let mut args = vec![Value::Obj(cls.clone())];
                let mut names = vec![];
                for (k, v) in kwargs {
                    args.push(v.clone());
                    names.push(k.clone());
                }
                vm.call_value_kw(&func, &args, &names)?;
                return Ok(());
            }
        }
    }
    Ok(())
}

/// builtins.__build_class__(func, name, *bases, metaclass=None, **kwds)
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let body = pos[0].clone();
    let name = pos[1]
        .as_str()
        .ok_or_else(|| type_error("__build_class__: name is not a string"))?
        .to_string();
    let mut bases: Vec<ObjRef> = Vec::new();
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    let mut resolved_any = false;
    for b in &orig_bases {
        match b {
            Value::Obj(o) if matches!(&**o, Obj::Class(_)) => bases.push(o.clone()),
            other => {
                // __mro_entries__ (generic aliases)
                // looked up on the object itself, like CPython (typing.NamedTuple is a function
                // carrying __mro_entries__)
                if let Some(me) = vm.getattr_opt(other, &Value::str("__mro_entries__"))? {
                    let t = vm.new_tuple(orig_bases.clone());
                    let r = vm.call_value(&me, &[t])?;
                    for x in vm.iterate(&r)? {
                        if let Value::Obj(o) = x {
                            bases.push(o);
                        }
                    }
                    resolved_any = true;
                } else {
                    return Err(type_error("bases must be types"));
                }
            }
        }
    }
    let mut meta: Option<Value> = None;
    let mut kwargs: Vec<(Value, Value)> = Vec::new();
    for (k, v) in args.kw() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwargs.push((Value::str(k), v.clone()));
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => {
            // the most derived metaclass of the bases
            let mut m = vm.types.type_.clone();
            for b in &bases {
                let bm = vm.class_of(&Value::Obj(b.clone()));
                if is_subclass(&bm, &m) {
                    m = bm;
                } else if !is_subclass(&m, &bm) {
                    return Err(type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
                }
            }
            Value::Obj(m)
        }
    };
    // __prepare__
    let ns = match vm.lookup_class_attr_value(&meta, "__prepare__")? {
        Some(p) if !vm.is_native_named(&p, "type.__prepare__") => {
            let bt = vm.new_tuple(bases.iter().map(|b| Value::Obj(b.clone())).collect());
            let mut a = vec![Value::str(&name), bt];
            let mut names = vec![];
            for (k, v) in &kwargs {
                a.push(v.clone());
                names.push(k.clone());
            }
            vm.call_value_kw(&p, &a, &names)?
        }
        _ => vm.new_dict(),
    };
    // run the body with ns as its locals
    let Value::Obj(bo) = &body else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let Obj::Function(f) = &**bo else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let mut frame = vm.bind_args(bo, f, None, &[], &[])?;
    let Value::Obj(nso) = &ns else {
        return Err(type_error("__prepare__() must return a mapping"));
    };
    frame.locals = Some(nso.clone());
    let cell = vm.run_frame(frame)?;
    if resolved_any {
        let ob = vm.new_tuple(orig_bases.clone());
        vm.setitem(&ns, Value::str("__orig_bases__"), ob)?;
    }
    let bt = vm.new_tuple(bases.iter().map(|b| Value::Obj(b.clone())).collect());
    let mut a = vec![Value::str(&name), bt, ns.clone()];
    let mut names = vec![];
    for (k, v) in &kwargs {
        a.push(v.clone());
        names.push(k.clone());
    }
    let cls = vm.call_value_kw(&meta, &a, &names)?;
    if let Value::Obj(c) = &cell {
        if let Obj::Cell(cc) = &**c {
            *cc.borrow_mut() = cls.clone();
        }
    }
    Ok(cls)
}

/// type.__new__(meta, name, bases, ns, **kw)
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(Value::Obj(vm.class_of(&pos[1])));
    }
    if pos.len() != 4 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let Value::Obj(meta) = &pos[0] else {
        return Err(type_error("type.__new__(X): X is not a type object"));
    };
    let name = pos[1]
        .as_str()
        .ok_or_else(|| {
            type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(&pos[1])
            ))
        })?
        .to_string();
    let bases: Vec<ObjRef> = vm
        .iterate(&pos[2])?
        .into_iter()
        .filter_map(|b| if let Value::Obj(o) = b { Some(o) } else { None })
        .collect();
    let ns = match &pos[3] {
        Value::Obj(o) => match &**o {
            Obj::Dict(d) => d.borrow().clone(),
            _ => {
                let d = vm.new_dict();
                vm.dict_update_from(&d, &pos[3], false)?;
                match &d {
                    Value::Obj(o) => match &**o {
                        Obj::Dict(dd) => dd.borrow().clone(),
                        _ => Dict::new(),
                    },
                    _ => Dict::new(),
                }
            }
        },
        _ => return Err(type_error("type.__new__() argument 3 must be dict")),
    };
    let mut ns = ns;
    if ns.get_str("__module__").is_none() {
        // like CPython: the module of the code calling type()
        if let Some(fr) = vm.frames.last() {
            if let Some(m) = crate::vm::dict_get_str(&fr.globals.clone(), "__name__") {
                let k = vm.intern("__module__");
                ns.set_str(k, m);
            }
        }
    }
    let cls = new_class(vm, meta, &name, bases, &ns)?;
    let kw: Vec<(Value, Value)> = args.kw().map(|(k, v)| (Value::str(k), v.clone())).collect();
    finish_class(vm, &cls, &kw)?;
    Ok(Value::Obj(cls))
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(cls)) = pos.first() else {
        return Err(type_error("descriptor '__call__' requires a 'type' object"));
    };
    let n = pos.len() - 1;
    let rest: Vec<Value> = args.all[1..].to_vec();
    let _ = n;
    vm.type_call(cls, &rest, args.kwnames)
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos().first() {
        Some(Value::Obj(c)) => {
            let m = mro_of(c);
            Ok(vm.new_list(m.into_iter().map(Value::Obj).collect()))
        }
        _ => Err(type_error("mro() needs a type")),
    }
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    let Value::Obj(o) = &v else {
        return Ok(Value::str("<class '?'>"));
    };
    let Obj::Class(c) = &**o else {
        return Ok(Value::str("<class '?'>"));
    };
    let module = match c.dict.borrow().get_str("__module__") {
        Some(m) => m.as_str().unwrap_or("?").to_string(),
        None => "builtins".to_string(),
    };
    let _ = vm;
    if module == "builtins" {
        Ok(Value::string(format!("<class '{}'>", c.qualname.borrow())))
    } else {
        Ok(Value::string(format!("<class '{}.{}'>", module, c.qualname.borrow())))
    }
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut out = Vec::new();
    if let Some(Value::Obj(o)) = args.pos().first() {
        if let Obj::Class(c) = &**o {
            for w in c.subclasses.borrow().iter() {
                if let Some(s) = w.upgrade() {
                    out.push(Value::Obj(s));
                }
            }
        }
    }
    Ok(vm.new_list(out))
}

fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_dict())
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let c = vm.class_of(&p[1]);
    match &p[0] {
        Value::Obj(o) => Ok(Value::Bool(is_subclass(&c, o))),
        _ => Ok(Value::Bool(false)),
    }
}

fn type_subclasscheck(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    match (&p[0], &p[1]) {
        (Value::Obj(a), Value::Obj(b)) => Ok(Value::Bool(is_subclass(b, a))),
        _ => Ok(Value::Bool(false)),
    }
}

/// `type.__setattr__(cls, name, value)`: set a class attribute (what a metaclass's
/// `super().__setattr__` reaches).
fn type_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 3 {
        return Err(type_error("expected 2 arguments"));
    }
    vm.generic_setattr(&p[0], &p[1], p[2].clone())?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (Some(Value::Obj(cls)), Some(name)) = (p.first(), p.get(1)) else {
        return Err(type_error("expected 1 argument"));
    };
    let nm = name.as_str().unwrap_or("").to_string();
    if let Obj::Class(c) = &**cls {
        if c.builtin {
            return Err(type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                nm,
                c.name.borrow()
            )));
        }
        let removed = c.dict.borrow_mut().remove_str(&nm).is_some();
        if !removed {
            return Err(attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                c.name.borrow(),
                nm
            )));
        }
        invalidate_class(cls);
    }
    let _ = vm;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    vm.add_method(&t, "__setattr__", type_setattr);
    vm.add_method(&t, "__delattr__", type_delattr);
    vm.add_staticmethod(&t, "__new__", type_new);
    vm.add_method(&t, "__init__", type_init);
    vm.add_method(&t, "__call__", type_call_native);
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__repr__", type_repr);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    vm.add_classmethod(&t, "__prepare__", type_prepare);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
}
