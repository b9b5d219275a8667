//! Attribute access: CPython's lookup order (data descriptors, instance dict, non-data
//! descriptors and class attributes, `__getattr__`), plus setting and deleting.

use crate::error::*;
use crate::object::*;
use crate::types::class::{lookup, lookup_with_owner};
use crate::value::{ObjRef, Value};
use crate::vm::{class_name, Vm};
use std::rc::Rc;

impl Vm {
    pub fn has_attr(&mut self, obj: &Value, name: &str) -> bool {
        let n = self.intern(name);
        self.getattr(obj, &n).is_ok()
    }

    /// Attribute lookup that reports a missing attribute as `None` instead of building an
    /// AttributeError (for `hasattr` and `getattr` with a default).
    pub fn getattr_opt(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj);
        let simple = match obj {
            Value::Obj(o) if matches!(&**o, Obj::Instance(_)) => {
                crate::types::class::class_flags(self, &cls) & CF_CUSTOM_GETATTRIBUTE == 0
                    && !crate::types::class::class_info(self, &cls).has_getattr
            }
            _ => true,
        };
        let r = if simple {
            self.generic_getattr(obj, name, &cls)
        } else {
            self.getattr(obj, name).map(Some)
        };
        match r {
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
            other => other,
        }
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let cls = self.class_of(obj);
        // fast path: an instance of a class with no data descriptors and no custom
        // __getattribute__ finds its own attributes in its __dict__ first
        if let Value::Obj(o) = obj {
            if let Obj::Instance(inst) = &**o {
                let flags = crate::types::class::class_flags(self, &cls);
                if flags & (CF_CUSTOM_GETATTRIBUTE | CF_DATA_DESCRIPTORS) == 0 {
                    if let (Some(d), Some(ps)) = (inst.dict_cell(), name.as_pystr()) {
                        if let Some(v) = d.borrow().get_str_hashed(ps.as_str(), ps.hash()) {
                            return Ok(v.clone());
                        }
                    }
                }
            }
        }
        // custom __getattribute__
        if let Value::Obj(o) = obj {
            if let Obj::Instance(_) = &**o {
                if crate::types::class::class_flags(self, &cls) & CF_CUSTOM_GETATTRIBUTE == 0 {
                    // plain lookup below
                } else if let Some(ga) = lookup(self, &cls, "__getattribute__") {
                    if !self.is_native_named(&ga, "object.__getattribute__") {
                        let r = self.call_value(&ga, &[obj.clone(), name.clone()]);
                        return match r {
                            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => {
                                match lookup(self, &cls, "__getattr__") {
                                    Some(g) => self.call_value(&g, &[obj.clone(), name.clone()]),
                                    None => Err(e),
                                }
                            }
                            other => other,
                        };
                    }
                }
            }
        }
        match self.generic_getattr(obj, name, &cls)? {
            Some(v) => Ok(v),
            None => {
                if let Value::Obj(o) = obj {
                    if matches!(&**o, Obj::Instance(_)) {
                        if let Some(g) = lookup(self, &cls, "__getattr__") {
                            return self.call_value(&g, &[obj.clone(), name.clone()]);
                        }
                    }
                }
                Err(self.attribute_error(obj, name))
            }
        }
    }

    pub fn attribute_error(&mut self, obj: &Value, name: &Value) -> PyErr {
        let n = name.as_str().unwrap_or("?");
        let msg = match obj {
            Value::Obj(o) => match &**o {
                Obj::Module(m) => format!("module '{}' has no attribute '{}'", m.name.borrow(), n),
                Obj::Class(c) => format!("type object '{}' has no attribute '{}'", c.name.borrow(), n),
                _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), n),
            },
            _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), n),
        };
        let exc = self.new_exception(ExcKind::AttributeError, vec![Value::string(msg)]);
        let _ = self.generic_setattr(&exc, &Value::str("name"), name.clone());
        let _ = self.generic_setattr(&exc, &Value::str("obj"), obj.clone());
        PyErr::Obj(exc)
    }

    /// object.__getattribute__ semantics; None when not found.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Value, cls: &ObjRef) -> PyResult<Option<Value>> {
        let nm = name.as_str().unwrap_or("");
        if let Value::Obj(o) = obj {
            match &**o {
                Obj::Class(_) => return self.class_getattr(o, name),
                Obj::Module(m) => {
                    let found = match (&*m.dict, name.as_pystr()) {
                        (Obj::Dict(d), Some(ps)) => d.borrow().get_str_hashed(nm, ps.hash()).cloned(),
                        _ => crate::vm::dict_get_str(&m.dict, nm),
                    };
                    if let Some(v) = found {
                        return Ok(Some(v));
                    }
                    if nm == "__dict__" {
                        return Ok(Some(Value::Obj(m.dict.clone())));
                    }
                    if let Some(g) = crate::vm::dict_get_str(&m.dict, "__getattr__") {
                        return self.call_value(&g, &[name.clone()]).map(Some);
                    }
                    return Ok(None);
                }
                Obj::Super(..) => return crate::types::object::super_getattr(self, obj, name),
                _ => {}
            }
        }
        let descr = if matches!(&**cls, Obj::Class(_)) {
            crate::types::class::lookup_cached(self, cls, name)
        } else {
            lookup(self, cls, nm)
        };
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, obj, cls).map(Some);
            }
        }
        // instance dict / builtin attributes
        if let Value::Obj(o) = obj {
            if let Obj::Instance(inst) = &**o {
                if let Some(d) = inst.dict_cell() {
                    let found = match name.as_pystr() {
                        Some(ps) => d.borrow().get_str_hashed(nm, ps.hash()).cloned(),
                        None => d.borrow().get_str(nm).cloned(),
                    };
                    if let Some(v) = found {
                        return Ok(Some(v.clone()));
                    }
                }
            }
        }
        if let Some(v) = crate::types::builtin_attr(self, obj, nm)? {
            return Ok(Some(v));
        }
        match descr {
            Some(d) => self.descr_get(&d, obj, cls).map(Some),
            None => Ok(None),
        }
    }

    fn class_getattr(&mut self, cls: &ObjRef, name: &Value) -> PyResult<Option<Value>> {
        let nm = name.as_str().unwrap_or("");
        let meta = self.class_of(&Value::Obj(cls.clone()));
        let meta_descr = lookup(self, &meta, nm);
        if let Some(d) = &meta_descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, &Value::Obj(cls.clone()), &meta).map(Some);
            }
        }
        if let Some(v) = crate::types::class::class_special_attr(self, cls, nm)? {
            return Ok(Some(v));
        }
        if let Some((v, _owner)) = lookup_with_owner(cls, nm) {
            // descriptors on the class itself: __get__(None, cls)
            if let Value::Obj(vo) = &v {
                match &**vo {
                    Obj::Function(_) | Obj::Native(_) => return Ok(Some(v)),
                    Obj::StaticMethod(f) => return Ok(Some(f.clone())),
                    Obj::ClassMethod(f) => {
                        return Ok(Some(Value::obj(Obj::BoundMethod(Value::Obj(cls.clone()), f.clone()))))
                    }
                    Obj::Property(_) => return Ok(Some(v)),
                    Obj::Instance(_) => {
                        let vc = self.class_of(&v);
                        if let Some(get) = lookup(self, &vc, "__get__") {
                            return self
                                .call_value(&get, &[v.clone(), Value::None, Value::Obj(cls.clone())])
                                .map(Some);
                        }
                    }
                    _ => {}
                }
            }
            return Ok(Some(v));
        }
        if let Some(d) = meta_descr {
            return self.descr_get(&d, &Value::Obj(cls.clone()), &meta).map(Some);
        }
        if !Rc::ptr_eq(&meta, &self.types.type_) {
            if let Some(g) = lookup(self, &meta, "__getattr__") {
                return self.call_value(&g, &[Value::Obj(cls.clone()), name.clone()]).map(Some);
            }
        }
        Ok(None)
    }

    pub fn is_data_descriptor(&mut self, d: &Value) -> bool {
        match d {
            Value::Obj(o) => match &**o {
                Obj::Property(_) => true,
                Obj::Instance(_) => {
                    let c = self.class_of(d);
                    lookup(self, &c, "__set__").is_some() || lookup(self, &c, "__delete__").is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Apply the descriptor protocol to a class attribute found for `obj`.
    pub fn descr_get(&mut self, d: &Value, obj: &Value, cls: &ObjRef) -> PyResult<Value> {
        if let Value::Obj(o) = d {
            match &**o {
                Obj::Function(_) => return Ok(Value::obj(Obj::BoundMethod(obj.clone(), d.clone()))),
                Obj::Native(n) => {
                    // methods of builtin classes bind; plain builtin functions (len, time.time)
                    // stored on a class do not, as in CPython
                    if n.bound.is_none() && n.owner.is_some() {
                        return Ok(Value::obj(Obj::BoundMethod(obj.clone(), d.clone())));
                    }
                    return Ok(d.clone());
                }
                Obj::StaticMethod(f) => return Ok(f.clone()),
                Obj::ClassMethod(f) => return Ok(Value::obj(Obj::BoundMethod(Value::Obj(cls.clone()), f.clone()))),
                Obj::Property(p) => {
                    let g = p.fget.borrow().clone();
                    if g.is_none() {
                        let pname = self.property_name(p);
                        return Err(attribute_error(format!(
                            "property {}of '{}' object has no getter",
                            pname,
                            self.type_name(obj)
                        )));
                    }
                    return self.call_value(&g, &[obj.clone()]);
                }
                Obj::Instance(_) => {
                    let c = self.class_of(d);
                    if let Some(get) = lookup(self, &c, "__get__") {
                        return self.call_value(&get, &[d.clone(), obj.clone(), Value::Obj(cls.clone())]);
                    }
                }
                _ => {}
            }
        }
        Ok(d.clone())
    }

    fn property_name(&mut self, p: &Property) -> String {
        let f = p.fget.borrow().clone();
        let f = if f.is_none() { p.fset.borrow().clone() } else { f };
        match self.getattr(&f, &Value::str("__name__")) {
            Ok(n) => format!("'{}' ", n.as_str().unwrap_or("")),
            Err(_) => String::new(),
        }
    }

    /// For LoadMethod: (function, true) when it can be called with obj prepended, else (attr, false).
    pub fn get_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Value, bool)> {
        let cls = self.class_of(obj);
        let nm = name.as_str().unwrap_or("");
        let plain = match obj {
            Value::Obj(o) => match &**o {
                Obj::Instance(i) => {
                    let custom_ga = crate::types::class::class_flags(self, &cls) & CF_CUSTOM_GETATTRIBUTE != 0;
                    !custom_ga && !i.dict_cell().map(|d| d.borrow().get_str(nm).is_some()).unwrap_or(false)
                }
                Obj::Class(_) | Obj::Module(_) | Obj::Super(..) => false,
                _ => true,
            },
            _ => true,
        };
        if plain {
            if let Some(d) = crate::types::class::lookup_cached(self, &cls, name) {
                if let Value::Obj(o) = &d {
                    match &**o {
                        Obj::Function(_) => return Ok((d, true)),
                        Obj::Native(n) if n.bound.is_none() && n.owner.is_some() => {
                            if crate::types::builtin_attr_shadows(obj, nm) {
                                // fall through to full lookup
                            } else {
                                return Ok((d, true));
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        Ok((self.getattr(obj, name)?, false))
    }

    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let cls = self.class_of(obj);
        if let Value::Obj(o) = obj {
            if let Obj::Instance(_) = &**o {
                if crate::types::class::class_flags(self, &cls) & CF_CUSTOM_SETATTR == 0 {
                    return self.generic_setattr(obj, name, value);
                }
                if let Some(sa) = lookup(self, &cls, "__setattr__") {
                    if !self.is_native_named(&sa, "object.__setattr__") {
                        self.call_value(&sa, &[obj.clone(), name.clone(), value])?;
                        return Ok(());
                    }
                }
            }
            // a class whose metaclass defines __setattr__ (enum members are read-only)
            if let Obj::Class(_) = &**o {
                if !Rc::ptr_eq(&cls, &self.types.type_) {
                    if let Some(sa) = lookup(self, &cls, "__setattr__") {
                        if matches!(sa.as_obj(), Some(Obj::Function(_))) {
                            self.call_value(&sa, &[obj.clone(), name.clone(), value])?;
                            return Ok(());
                        }
                    }
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let cls = self.class_of(obj);
        let nm = name.as_str().unwrap_or("");
        let Value::Obj(o) = obj else {
            return Err(self.no_attr_set(obj, nm));
        };
        match &**o {
            Obj::Instance(inst) => {
                let flags = crate::types::class::class_flags(self, &cls);
                let descr = if flags & CF_DATA_DESCRIPTORS != 0 {
                    crate::types::class::lookup_cached(self, &cls, name)
                } else {
                    None
                };
                if let Some(d) = descr {
                    if let Value::Obj(dobj) = &d {
                        match &**dobj {
                            Obj::Property(p) => {
                                let s = p.fset.borrow().clone();
                                if s.is_none() {
                                    let pname = self.property_name(p);
                                    return Err(attribute_error(format!(
                                        "property {}of '{}' object has no setter",
                                        pname,
                                        self.type_name(obj)
                                    )));
                                }
                                self.call_value(&s, &[obj.clone(), value])?;
                                return Ok(());
                            }
                            Obj::Instance(_) => {
                                let dc = self.class_of(&d);
                                if let Some(set) = lookup(self, &dc, "__set__") {
                                    self.call_value(&set, &[d.clone(), obj.clone(), value])?;
                                    return Ok(());
                                }
                            }
                            _ => {}
                        }
                    }
                }
                if nm == "__class__" {
                    if let Value::Obj(c) = &value {
                        if matches!(&**c, Obj::Class(_)) {
                            *inst.class.borrow_mut() = c.clone();
                            return Ok(());
                        }
                    }
                    return Err(type_error(format!(
                        "__class__ must be set to a class, not '{}' object",
                        self.type_name(&value)
                    )));
                }
                if let Some(exc) = &inst.exc {
                    match nm {
                        "__cause__" => {
                            let mut e = exc.borrow_mut();
                            e.cause = value;
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            exc.borrow_mut().context = value;
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            exc.borrow_mut().suppress_context = matches!(value, Value::Bool(true));
                            return Ok(());
                        }
                        "args" => {
                            let t = self.iterate(&value)?;
                            exc.borrow_mut().args = self.new_tuple(t);
                            return Ok(());
                        }
                        "__traceback__" => {
                            exc.borrow_mut().tb_override = Some(value);
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                let info = if flags & CF_SLOTS != 0 {
                    Some(crate::types::class::class_info(self, &cls))
                } else {
                    None
                };
                if let Some(allowed) = info.as_ref().and_then(|i| i.slot_names.as_ref()) {
                    if !allowed.iter().any(|n| &**n == nm) {
                        return Err(attribute_error(format!(
                            "'{}' object has no attribute '{}'",
                            self.type_name(obj),
                            nm
                        )));
                    }
                }
                match inst.dict_cell() {
                    Some(d) => {
                        let key = if name.as_pystr().is_some() {
                            name.clone()
                        } else {
                            self.intern(nm)
                        };
                        d.borrow_mut().set_str(key, value);
                        Ok(())
                    }
                    None => {
                        if let Obj::Class(c) = &*cls {
                            let _ = c;
                        }
                        Err(attribute_error(format!(
                            "'{}' object has no attribute '{}'",
                            self.type_name(obj),
                            nm
                        )))
                    }
                }
            }
            Obj::Class(c) => {
                if c.builtin {
                    return Err(type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        nm,
                        c.name.borrow()
                    )));
                }
                // metaclass data descriptors
                let meta = self.class_of(obj);
                if let Some(d) = lookup(self, &meta, nm) {
                    if let Value::Obj(dobj) = &d {
                        if let Obj::Property(p) = &**dobj {
                            let s = p.fset.borrow().clone();
                            if !s.is_none() {
                                self.call_value(&s, &[obj.clone(), value])?;
                                return Ok(());
                            }
                        }
                    }
                }
                match nm {
                    "__name__" => {
                        *c.name.borrow_mut() = Rc::from(value.as_str().unwrap_or(""));
                        return Ok(());
                    }
                    "__qualname__" => {
                        *c.qualname.borrow_mut() = Rc::from(value.as_str().unwrap_or(""));
                        return Ok(());
                    }
                    _ => {}
                }
                let key = self.intern(nm);
                c.dict.borrow_mut().set_str(key, value);
                if let Value::Obj(o) = obj {
                    crate::types::class::invalidate_class(o);
                }
                Ok(())
            }
            Obj::Module(m) => {
                let key = self.intern(nm);
                crate::vm::dict_set_str(&m.dict, key, value);
                Ok(())
            }
            Obj::Function(f) => crate::types::function::function_setattr(self, f, nm, value),
            _ => Err(self.no_attr_set(obj, nm)),
        }
    }

    fn no_attr_set(&mut self, obj: &Value, nm: &str) -> PyErr {
        let tn = self.type_name(obj);
        // data attributes of builtin objects (int.real, slice.start, ...) are read-only
        if !matches!(obj, Value::Obj(o) if matches!(&**o, Obj::Instance(_))) {
            if let Ok(Some(_)) = crate::types::builtin_attr(self, obj, nm) {
                return attribute_error(format!("attribute '{}' of '{}' objects is not writable", nm, tn));
            }
        }
        let cls = self.class_of(obj);
        let builtin_has = lookup(self, &cls, nm).is_some();
        if builtin_has {
            attribute_error(format!("'{}' object attribute '{}' is read-only", tn, nm))
        } else {
            attribute_error(format!("'{}' object has no attribute '{}'", tn, nm))
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let cls = self.class_of(obj);
        let nm = name.as_str().unwrap_or("");
        if let Value::Obj(o) = obj {
            if matches!(&**o, Obj::Class(_)) && !Rc::ptr_eq(&cls, &self.types.type_) {
                if let Some(da) = lookup(self, &cls, "__delattr__") {
                    if matches!(da.as_obj(), Some(Obj::Function(_))) {
                        self.call_value(&da, &[obj.clone(), name.clone()])?;
                        return Ok(());
                    }
                }
            }
            match &**o {
                Obj::Instance(inst) => {
                    if let Some(da) = lookup(self, &cls, "__delattr__") {
                        if !self.is_native_named(&da, "object.__delattr__") {
                            self.call_value(&da, &[obj.clone(), name.clone()])?;
                            return Ok(());
                        }
                    }
                    if let Some(d) = lookup(self, &cls, nm) {
                        if let Value::Obj(dobj) = &d {
                            match &**dobj {
                                Obj::Property(p) => {
                                    let f = p.fdel.borrow().clone();
                                    if f.is_none() {
                                        let pname = self.property_name(p);
                                        return Err(attribute_error(format!(
                                            "property {}of '{}' object has no deleter",
                                            pname,
                                            self.type_name(obj)
                                        )));
                                    }
                                    self.call_value(&f, &[obj.clone()])?;
                                    return Ok(());
                                }
                                Obj::Instance(_) => {
                                    let dc = self.class_of(&d);
                                    if let Some(del) = lookup(self, &dc, "__delete__") {
                                        self.call_value(&del, &[d.clone(), obj.clone()])?;
                                        return Ok(());
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                    if let Some(d) = inst.dict_cell() {
                        if d.borrow_mut().remove_str(nm).is_some() {
                            return Ok(());
                        }
                    }
                    return Err(attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        self.type_name(obj),
                        nm
                    )));
                }
                Obj::Class(c) => {
                    if c.builtin {
                        return Err(type_error(format!(
                            "cannot delete '{}' attribute of immutable type '{}'",
                            nm,
                            c.name.borrow()
                        )));
                    }
                    if c.dict.borrow_mut().remove_str(nm).is_some() {
                        crate::types::class::invalidate_class(o);
                        return Ok(());
                    }
                    return Err(attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        c.name.borrow(),
                        nm
                    )));
                }
                Obj::Module(m) => {
                    if let Obj::Dict(d) = &*m.dict {
                        if d.borrow_mut().remove_str(nm).is_some() {
                            return Ok(());
                        }
                    }
                    return Err(attribute_error(format!(
                        "module '{}' has no attribute '{}'",
                        m.name.borrow(),
                        nm
                    )));
                }
                Obj::Function(f) => {
                    if let Some(d) = &*f.dict.borrow() {
                        if let Obj::Dict(dd) = &**d {
                            if dd.borrow_mut().remove_str(nm).is_some() {
                                return Ok(());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let _ = class_name(&cls);
        Err(attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            nm
        )))
    }
}
