//! Calling: argument binding for Python functions (with CPython's error messages), calls
//! from native code, instantiation, generators and coroutines.

use crate::error::*;
use crate::frame::Frame;
use crate::interp::cell_set;
use crate::object::*;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use pyrite_compiler::{CO_VARARGS, CO_VARKEYWORDS};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

impl Vm {
    /// Bind call arguments to a new frame for function `f`.
    pub fn bind_args(
        &mut self,
        fobj: &ObjRef,
        f: &Function,
        first: Option<&Value>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Box<Frame>> {
        let _ = fobj;
        let code = f.code.clone();
        let co = &code.co;
        let mut frame = self.new_frame(code.clone(), f.globals.clone(), None);
        let npos_args = args.len() - kwnames.len();
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & CO_VARARGS != 0;
        let has_varkw = co.flags & CO_VARKEYWORDS != 0;
        let total_pos = npos_args + first.is_some() as usize;

        // fast path: exact positional call, no defaults/varargs needed
        if kwnames.is_empty() && total_pos == argcount && !has_varargs && !has_varkw && kwonly == 0 {
            let fast = &mut frame.fast;
            let mut i = 0;
            if let Some(s) = first {
                fast[0] = s.clone();
                i = 1;
            }
            for a in args {
                fast[i] = a.clone();
                i += 1;
            }
        } else {
            let mut extra = Vec::new();
            {
                let mut i = 0;
                let mut put = |v: &Value, frame: &mut Frame| {
                    if i < argcount {
                        frame.fast[i] = v.clone();
                    } else {
                        extra.push(v.clone());
                    }
                    i += 1;
                };
                if let Some(s) = first {
                    put(s, &mut frame);
                }
                for a in &args[..npos_args] {
                    put(a, &mut frame);
                }
            }
            if !extra.is_empty() && !has_varargs {
                return Err(self.too_many_positional(f, total_pos, kwnames, &frame));
            }
            let mut idx = argcount + kwonly;
            if has_varargs {
                frame.fast[idx] = Value::obj(Obj::Tuple(extra.into_boxed_slice()));
                idx += 1;
            }
            let kwdict = if has_varkw {
                let d = self.new_dict();
                frame.fast[idx] = d.clone();
                Some(d)
            } else {
                None
            };
            let mut posonly_passed: Vec<String> = Vec::new();
            for (k, name) in kwnames.iter().enumerate() {
                let value = &args[npos_args + k];
                let nm = name.as_str().unwrap_or("");
                let pos = co.varnames[..argcount + kwonly].iter().position(|v| &**v == nm);
                match pos {
                    Some(p) if p >= co.posonlyargcount as usize => {
                        if !frame.fast[p].is_null() {
                            return Err(type_error(format!(
                                "{}() got multiple values for argument '{}'",
                                self.qualname_of(f),
                                nm
                            )));
                        }
                        frame.fast[p] = value.clone();
                    }
                    other => {
                        if let Some(d) = &kwdict {
                            self.dict_set(d, name.clone(), value.clone())?;
                        } else {
                            // positional-only parameters given by keyword, in parameter order
                            for pname in co.varnames[..co.posonlyargcount as usize].iter() {
                                if kwnames.iter().any(|k| k.as_str() == Some(&**pname)) {
                                    posonly_passed.push(pname.to_string());
                                }
                            }
                            if other.is_none() && posonly_passed.is_empty() {
                                return Err(type_error(format!(
                                    "{}() got an unexpected keyword argument '{}'",
                                    self.qualname_of(f),
                                    nm
                                )));
                            }
                            break;
                        }
                    }
                }
            }
            if !posonly_passed.is_empty() {
                return Err(type_error(format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    self.qualname_of(f),
                    posonly_passed.join(", ")
                )));
            }
            // defaults
            let defaults: Vec<Value> = match &*f.defaults.borrow() {
                Value::Obj(o) => match &**o {
                    Obj::Tuple(t) => t.to_vec(),
                    _ => vec![],
                },
                _ => vec![],
            };
            let first_default = argcount - defaults.len().min(argcount);
            let mut missing = Vec::new();
            for i in 0..argcount {
                if frame.fast[i].is_null() {
                    if i >= first_default {
                        frame.fast[i] = defaults[i - first_default].clone();
                    } else {
                        missing.push(co.varnames[i].to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(type_error(format!(
                    "{}() missing {} required positional argument{}: {}",
                    self.qualname_of(f),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    name_list(&missing)
                )));
            }
            let kwdefaults = f.kwdefaults.borrow().clone();
            for i in argcount..argcount + kwonly {
                if frame.fast[i].is_null() {
                    let name = &co.varnames[i];
                    let d = match &kwdefaults {
                        Value::Obj(o) => match &**o {
                            Obj::Dict(d) => d.borrow().get_str(name).cloned(),
                            _ => None,
                        },
                        _ => None,
                    };
                    match d {
                        Some(v) => frame.fast[i] = v,
                        None => missing.push(name.to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(type_error(format!(
                    "{}() missing {} required keyword-only argument{}: {}",
                    self.qualname_of(f),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    name_list(&missing)
                )));
            }
        }
        // cells for parameters, then free variables from the closure
        for (ci, arg) in co.cell2arg.iter().enumerate() {
            if let Some(a) = arg {
                let v = frame.fast[*a as usize].clone();
                cell_set(&frame.cells[ci], v);
            }
        }
        frame.cells.extend(f.closure.iter().cloned());
        Ok(frame)
    }

    fn qualname_of(&self, f: &Function) -> String {
        f.qualname.borrow().as_str().unwrap_or("?").to_string()
    }

    fn too_many_positional(&self, f: &Function, given: usize, kwnames: &[Value], frame: &Frame) -> PyErr {
        let co = &f.code.co;
        let argcount = co.argcount as usize;
        let ndefaults = match &*f.defaults.borrow() {
            Value::Obj(o) => match &**o {
                Obj::Tuple(t) => t.len(),
                _ => 0,
            },
            _ => 0,
        };
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let kwonly_names = &co.varnames[argcount..argcount + co.kwonlyargcount as usize];
        let kwonly_given = kwnames
            .iter()
            .filter(|k| kwonly_names.iter().any(|n| Some(&**n) == k.as_str()))
            .count();
        let _ = frame;
        let given_s = if kwonly_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                given,
                if given == 1 { "" } else { "s" },
                kwonly_given,
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{} {} given", given, if given == 1 { "was" } else { "were" })
        };
        type_error(format!("{}() takes {} but {}", self.qualname_of(f), takes, given_s))
    }

    /// Call any callable from Rust with positional arguments.
    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let f = self.getattr(obj, &Value::str(name))?;
        self.call_value(&f, args)
    }

    pub fn call_value(&mut self, func: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_value_kw(func, args, &[])
    }

    /// Call any callable; the last `kwnames.len()` of `args` are keyword arguments.
    pub fn call_value_kw(&mut self, func: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let Value::Obj(o) = func else {
            return Err(type_error(format!("'{}' object is not callable", self.type_name(func))));
        };
        match &**o {
            Obj::Function(f) => {
                let frame = self.bind_args(o, f, None, args, kwnames)?;
                self.run_function_frame(o, f, frame)
            }
            Obj::Native(n) => {
                let r = if let Some(b) = &n.bound {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(b.clone());
                    all.extend_from_slice(args);
                    (n.func)(self, Args { all: &all, kwnames })
                } else {
                    (n.func)(self, Args { all: args, kwnames })
                };
                // a signal raised by the call (os.kill of ourselves) is handled right after it
                if crate::signals::take_interrupt() {
                    crate::signals::run_pending(self)?;
                }
                r
            }
            Obj::BoundMethod(slf, m) => {
                if let Value::Obj(mo) = m {
                    if let Obj::Function(f) = &**mo {
                        let frame = self.bind_args(mo, f, Some(slf), args, kwnames)?;
                        return self.run_function_frame(mo, f, frame);
                    }
                }
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(slf.clone());
                all.extend_from_slice(args);
                let m = m.clone();
                self.call_value_kw(&m, &all, kwnames)
            }
            Obj::Class(_) => self.call_class(o, args, kwnames),
            _ => {
                let cls = self.class_of(func);
                match crate::types::class::lookup(self, &cls, "__call__") {
                    Some(call) => {
                        if !matches!(call.as_obj(), Some(Obj::Function(_)) | Some(Obj::Native(_))) {
                            let bound = self.bind_special(&call, func)?;
                            return self.call_value_kw(&bound, args, kwnames);
                        }
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(func.clone());
                        all.extend_from_slice(args);
                        self.call_value_kw(&call, &all, kwnames)
                    }
                    None => Err(type_error(format!("'{}' object is not callable", self.type_name(func)))),
                }
            }
        }
    }

    fn run_function_frame(&mut self, fobj: &ObjRef, f: &Function, mut frame: Box<Frame>) -> PyResult<Value> {
        if f.code.co.is_generator() {
            return Ok(self.new_generator(fobj, f, frame));
        }
        frame.is_entry = true;
        self.run_frame(frame)
    }

    pub fn new_generator(&mut self, _fobj: &ObjRef, f: &Function, frame: Box<Frame>) -> Value {
        let kind = if f.code.co.flags & pyrite_compiler::CO_COROUTINE != 0 {
            GenKind::Coroutine
        } else if f.code.co.flags & pyrite_compiler::CO_ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let g = Rc::new(Obj::Generator(Box::new(Generator {
            frame: RefCell::new(None),
            running: Cell::new(false),
            name: RefCell::new(f.name.borrow().clone()),
            qualname: RefCell::new(f.qualname.borrow().clone()),
            kind,
            code: f.code.clone(),
            yield_from: RefCell::new(Value::None),
            finalized: Cell::new(false),
        })));
        let mut frame = frame;
        frame.generator = Some(Rc::downgrade(&g));
        if let Obj::Generator(gen) = &*g {
            *gen.frame.borrow_mut() = Some(frame);
        }
        Value::Obj(g)
    }

    /// Resume a generator with a sent value or a thrown exception.
    /// Ok(Ok(v)): it yielded v. Ok(Err(v)): it returned v (finished).
    pub fn gen_resume(&mut self, gen_v: &Value, value: Value, throw: Option<PyErr>) -> PyResult<Result<Value, Value>> {
        let Value::Obj(go) = gen_v else { unreachable!() };
        let Obj::Generator(g) = &**go else { unreachable!() };
        if g.running.get() {
            return Err(value_error(format!("{} already executing", gen_kind_name(g.kind))));
        }
        let frame = g.frame.borrow_mut().take();
        let Some(mut frame) = frame else {
            if let Some(e) = throw {
                return Err(e);
            }
            if g.kind == GenKind::Coroutine {
                return Err(runtime_error("cannot reuse already awaited coroutine"));
            }
            return Ok(Err(Value::None));
        };
        let started = frame.pc > 0;
        if !started && throw.is_none() && !value.is_none() {
            *g.frame.borrow_mut() = Some(frame);
            return Err(type_error(format!(
                "can't send non-None value to a just-started {}",
                gen_kind_name(g.kind)
            )));
        }
        // delegate to a sub-iterator in `yield from`
        if let Some(err) = throw {
            let sub = g.yield_from.borrow().clone();
            if !sub.is_none() && started {
                *g.frame.borrow_mut() = Some(frame);
                return self.gen_throw_delegate(gen_v, g, sub, err);
            }
            if started {
                frame.stack.push(Value::None);
            }
            frame.is_entry = true;
            g.running.set(true);
            self.frames.push(frame);
            self.native_depth += 1;
            // raise inside the frame at its current position
            let r = self.resume_with_error(err);
            self.native_depth -= 1;
            return self.finish_resume(g, r);
        }
        if started {
            frame.stack.push(value);
        }
        frame.is_entry = true;
        g.running.set(true);
        let r = self.run_frame(frame);
        self.finish_resume(g, r)
    }

    fn finish_resume(&mut self, g: &Generator, r: PyResult<Value>) -> PyResult<Result<Value, Value>> {
        g.running.set(false);
        match r {
            Ok(v) => match self.suspended.take() {
                Some(mut f) => {
                    // record the yield-from delegate: TOS of a frame suspended in a Send loop
                    let in_send = f.pc >= 2
                        && matches!(
                            f.code.co.instrs.get(f.pc.wrapping_sub(2)),
                            Some(pyrite_compiler::Instr::Send(_))
                        );
                    *g.yield_from.borrow_mut() = if in_send {
                        f.stack.last().cloned().unwrap_or(Value::None)
                    } else {
                        Value::None
                    };
                    f.is_entry = false;
                    *g.frame.borrow_mut() = Some(f);
                    Ok(Ok(v))
                }
                None => {
                    *g.yield_from.borrow_mut() = Value::None;
                    Ok(Err(v))
                }
            },
            Err(e) => {
                *g.yield_from.borrow_mut() = Value::None;
                // StopIteration raised inside a generator becomes RuntimeError
                if self.err_matches(&e, ExcKind::StopIteration) {
                    let exc = self.normalize(e);
                    let msg = match g.kind {
                        GenKind::Coroutine => "coroutine raised StopIteration",
                        GenKind::AsyncGenerator => "async generator raised StopIteration",
                        GenKind::Generator => "generator raised StopIteration",
                    };
                    let new = self.new_exception(ExcKind::RuntimeError, vec![Value::str(msg)]);
                    if let Some(d) = crate::interp::exc_data(&new) {
                        d.borrow_mut().cause = exc.clone();
                        d.borrow_mut().context = exc;
                    }
                    return Err(PyErr::Obj(new));
                }
                Err(e)
            }
        }
    }

    fn gen_throw_delegate(
        &mut self,
        gen_v: &Value,
        g: &Generator,
        sub: Value,
        err: PyErr,
    ) -> PyResult<Result<Value, Value>> {
        // GeneratorExit closes the delegate, then is raised in this generator.
        let is_exit = self.err_matches(&err, ExcKind::GeneratorExit);
        let r = if is_exit {
            if let Ok(close) = self.getattr(&sub, &Value::str("close")) {
                if let Err(e) = self.call_value(&close, &[]) {
                    return self.gen_resume_throw_plain(gen_v, g, e);
                }
            }
            return self.gen_resume_throw_plain(gen_v, g, err);
        } else if let Value::Obj(so) = &sub {
            if matches!(&**so, Obj::Generator(_)) {
                self.gen_resume(&sub, Value::None, Some(err))
            } else {
                match self.getattr(&sub, &Value::str("throw")) {
                    Ok(t) => {
                        let exc = self.normalize(err);
                        match self.call_value(&t, &[exc]) {
                            Ok(v) => Ok(Ok(v)),
                            Err(e) => {
                                if self.err_matches(&e, ExcKind::StopIteration) {
                                    let exc = self.normalize(e);
                                    Ok(Err(self.stop_iteration_value(&exc)))
                                } else {
                                    Err(e)
                                }
                            }
                        }
                    }
                    Err(_) => return self.gen_resume_throw_plain(gen_v, g, err),
                }
            }
        } else {
            return self.gen_resume_throw_plain(gen_v, g, err);
        };
        match r {
            Ok(Ok(v)) => Ok(Ok(v)), // the delegate yielded: we stay suspended
            Ok(Err(ret)) => {
                // delegate finished: resume ourselves past the Send with its value
                *g.yield_from.borrow_mut() = Value::None;
                let mut frame = g.frame.borrow_mut().take().expect("frame");
                // frame is suspended at the Jump after YieldValue; the Send loop expects the
                // sub-iterator on the stack: replace it by the result and jump to the exit.
                frame.stack.pop();
                frame.stack.push(ret);
                if let Some(pyrite_compiler::Instr::Send(t)) =
                    frame.code.co.instrs.get(frame.pc.wrapping_sub(2)).copied()
                {
                    frame.pc = t as usize;
                }
                frame.is_entry = true;
                g.running.set(true);
                let r = self.run_frame(frame);
                self.finish_resume(g, r)
            }
            Err(e) => self.gen_resume_throw_plain(gen_v, g, e),
        }
    }

    fn gen_resume_throw_plain(&mut self, _gen_v: &Value, g: &Generator, err: PyErr) -> PyResult<Result<Value, Value>> {
        *g.yield_from.borrow_mut() = Value::None;
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return Err(err);
        };
        // the frame is suspended after YieldValue; pop the delegate context is not needed
        frame.stack.push(Value::None);
        frame.is_entry = true;
        g.running.set(true);
        self.frames.push(frame);
        self.native_depth += 1;
        let r = self.resume_with_error(err);
        self.native_depth -= 1;
        self.finish_resume(g, r)
    }

    pub fn stop_iteration_value(&mut self, exc: &Value) -> Value {
        match crate::interp::exc_data(exc) {
            Some(d) => match &d.borrow().args {
                Value::Obj(o) => match &**o {
                    Obj::Tuple(t) => t.first().cloned().unwrap_or(Value::None),
                    _ => Value::None,
                },
                _ => Value::None,
            },
            None => Value::None,
        }
    }

    /// `next()`/`send()` on any iterator for `yield from`/`await`: Ok(Ok(yielded)) or Ok(Err(returned)).
    pub fn send_to(&mut self, sub: &Value, value: Value) -> PyResult<Result<Value, Value>> {
        if let Value::Obj(o) = sub {
            if matches!(&**o, Obj::Generator(_)) {
                return self.gen_resume(sub, value, None);
            }
        }
        let r = if value.is_none() {
            match self.next(sub) {
                Ok(Some(v)) => return Ok(Ok(v)),
                Ok(None) => return Ok(Err(self.take_stop_value())),
                Err(e) => Err(e),
            }
        } else {
            let send = self.getattr(sub, &Value::str("send"))?;
            self.call_value(&send, &[value])
        };
        match r {
            Ok(v) => Ok(Ok(v)),
            Err(e) => {
                if self.err_matches(&e, ExcKind::StopIteration) {
                    let exc = self.normalize(e);
                    Ok(Err(self.stop_iteration_value(&exc)))
                } else {
                    Err(e)
                }
            }
        }
    }

    pub fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if let Obj::Generator(g) = &**o {
                if g.kind == GenKind::Coroutine {
                    return Ok(v.clone());
                }
            }
        }
        let cls = self.class_of(v);
        match crate::types::class::lookup(self, &cls, "__await__") {
            Some(f) => {
                let it = self.call_special(&f, v, &[])?;
                Ok(it)
            }
            None => Err(type_error(format!(
                "object {} can't be used in 'await' expression",
                self.type_name(v)
            ))),
        }
    }

    /// Instantiate a class: `cls(*args, **kwargs)`.
    pub fn call_class(&mut self, cls: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        // a metaclass with its own __call__
        let meta = self.class_of(&Value::Obj(cls.clone()));
        if !Rc::ptr_eq(&meta, &self.types.type_) {
            if let Some(call) = crate::types::class::lookup(self, &meta, "__call__") {
                if !self.is_native_named(&call, "type.__call__") {
                    let mut all = vec![Value::Obj(cls.clone())];
                    all.extend_from_slice(args);
                    return self.call_value_kw(&call, &all, kwnames);
                }
            }
        }
        self.type_call(cls, args, kwnames)
    }

    pub fn is_native_named(&self, v: &Value, name: &str) -> bool {
        match v {
            Value::Obj(o) => match &**o {
                Obj::StaticMethod(f) | Obj::ClassMethod(f) => self.is_native_named(f, name),
                Obj::Native(n) => match (n.owner, name.split_once('.')) {
                    (Some(o), Some((want_owner, want_name))) => o == want_owner && n.name == want_name,
                    (None, None) => n.name == name,
                    _ => false,
                },
                _ => false,
            },
            _ => false,
        }
    }

    /// type.__call__: __new__ then __init__.
    pub fn type_call(&mut self, cls: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let clsv = Value::Obj(cls.clone());
        // type(x) with one argument
        if Rc::ptr_eq(cls, &self.types.type_) && args.len() == 1 && kwnames.is_empty() {
            return Ok(Value::Obj(self.class_of(&args[0])));
        }
        let new = crate::types::class::lookup(self, cls, "__new__").unwrap_or(Value::None);
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(clsv.clone());
        all.extend_from_slice(args);
        let new_f = match &new {
            Value::Obj(o) => match &**o {
                Obj::StaticMethod(f) => f.clone(),
                _ => new.clone(),
            },
            _ => new.clone(),
        };
        let inst = self.call_value_kw(&new_f, &all, kwnames)?;
        // __init__ only if __new__ returned an instance of cls
        let ic = self.class_of(&inst);
        if !crate::types::class::is_subclass(&ic, cls) {
            return Ok(inst);
        }
        if let Some(init) = crate::types::class::lookup(self, &ic, "__init__") {
            if !self.is_native_named(&init, "object.__init__") {
                all[0] = inst.clone();
                let r = self.call_value_kw(&init, &all, kwnames)?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            } else if args.len() > 0 && self.is_native_named(&new, "object.__new__") {
                // object.__init__ with arguments and no custom __new__/__init__
            }
        }
        Ok(inst)
    }

    /// Fast path for instantiating plain user classes from the interpreter: returns the new
    /// instance and its Python `__init__` when `__new__` is object's and there is no metaclass call.
    pub fn fast_new_instance(&mut self, cls: &ObjRef) -> PyResult<Option<(Value, Value)>> {
        let Obj::Class(c) = &**cls else { return Ok(None) };
        if c.builtin || c.layout != Layout::Object {
            return Ok(None);
        }
        let info = crate::types::class::class_info(self, cls);
        match &info.fast_init {
            Some(init) => {
                let init = init.clone();
                let inst = crate::types::object::new_instance(self, cls);
                Ok(Some((inst, init)))
            }
            None => Ok(None),
        }
    }

    /// Raise `err` inside the top frame (pushed by the caller) and run it.
    fn resume_with_error(&mut self, err: PyErr) -> PyResult<Value> {
        // Give the frame's handlers a chance: unwind starting at the top frame.
        let fr = self.frames.last_mut().unwrap();
        if fr.pc > 0 {
            fr.lasti = (fr.pc - 1) as u32;
        }
        self.resume_unwinding(err)
    }

    pub fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(mgr);
        let enter = crate::types::class::lookup(self, &cls, "__enter__");
        let exit = crate::types::class::lookup(self, &cls, "__exit__");
        let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
            let tn = self.type_name(mgr);
            let missing = if enter.is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol{}",
                tn, missing
            )));
        };
        let exit_b = self.bind_special(&exit, mgr)?;
        let enter_b = self.bind_special(&enter, mgr)?;
        Ok((exit_b, enter_b))
    }

    /// Call a special method found on `obj`'s class (`__add__`, `__iter__`, ...) with `obj` as
    /// its instance: functions and methods of builtin classes get `obj` prepended; anything else
    /// goes through the descriptor protocol (`__get__`) first, and plain callables without
    /// `__get__` (builtin functions, callable objects) are called without `obj`, as in CPython.
    pub fn call_special(&mut self, f: &Value, obj: &Value, rest: &[Value]) -> PyResult<Value> {
        if let Value::Obj(o) = f {
            match &**o {
                Obj::Function(_) => {}
                Obj::Native(n) if n.owner.is_some() && n.bound.is_none() => {}
                _ => {
                    let cls = self.class_of(obj);
                    let bound = self.descr_get(f, obj, &cls)?;
                    return self.call_value(&bound, rest);
                }
            }
        }
        let mut all = Vec::with_capacity(rest.len() + 1);
        all.push(obj.clone());
        all.extend_from_slice(rest);
        self.call_value(f, &all)
    }

    /// `bind_method` through the descriptor protocol (may run `__get__`).
    pub fn bind_special(&mut self, f: &Value, obj: &Value) -> PyResult<Value> {
        match f.as_obj() {
            Some(Obj::Function(_)) | Some(Obj::StaticMethod(_)) | Some(Obj::ClassMethod(_)) => {
                Ok(self.bind_method(f, obj))
            }
            Some(Obj::Native(n)) if n.owner.is_some() && n.bound.is_none() => Ok(self.bind_method(f, obj)),
            _ => {
                let cls = self.class_of(obj);
                self.descr_get(f, obj, &cls)
            }
        }
    }

    /// Bind a class attribute found by lookup to an instance (functions become methods).
    pub fn bind_method(&mut self, f: &Value, obj: &Value) -> Value {
        match f {
            Value::Obj(o) => match &**o {
                Obj::Function(_) | Obj::Native(_) => Value::obj(Obj::BoundMethod(obj.clone(), f.clone())),
                Obj::StaticMethod(s) => s.clone(),
                Obj::ClassMethod(c) => Value::obj(Obj::BoundMethod(Value::Obj(self.class_of(obj)), c.clone())),
                _ => f.clone(),
            },
            _ => f.clone(),
        }
    }

    pub fn display_hook(&mut self, v: &Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        if let Some(hook) = self.sys_attr("displayhook") {
            self.call_value(&hook, &[v.clone()])?;
        }
        Ok(())
    }

    pub fn take_stop_value(&mut self) -> Value {
        std::mem::replace(&mut self.stop_value, Value::None)
    }
}

pub fn gen_kind_name(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}
