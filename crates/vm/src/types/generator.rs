//! Generator and coroutine methods: send, throw, close, iteration, `__await__`.

use crate::error::*;
use crate::frame::Frame;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when a suspended generator with pending cleanup (try/finally, with) was dropped; the
/// interpreter then closes it at its next safe point (`run_pending_finalizers`).
pub static PENDING_FLAG: AtomicBool = AtomicBool::new(false);

struct Pending {
    frame: Box<Frame>,
    name: Value,
    qualname: Value,
    code: Rc<crate::code::Code>,
}

thread_local! {
    static PENDING: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    /// Revived instances waiting for their `__del__`.
    static PENDING_DEL: RefCell<Vec<Rc<Obj>>> = const { RefCell::new(Vec::new()) };
    /// Addresses of revived instances whose `__del__` has run (they are not revived again).
    static FINALIZED: RefCell<std::collections::HashSet<usize>> = RefCell::new(std::collections::HashSet::new());
}

/// Queue a revived instance for its `__del__`.
pub fn queue_del(obj: Rc<Obj>) {
    let _ = PENDING_DEL.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.push(obj);
            PENDING_FLAG.store(true, Ordering::Relaxed);
        }
    });
}

/// Whether the instance at `addr` already had its `__del__` called (forgets it: the address
/// may be reused).
pub fn was_finalized(addr: usize) -> bool {
    FINALIZED
        .try_with(|f| f.try_borrow_mut().map(|mut f| f.remove(&addr)).unwrap_or(true))
        .unwrap_or(true)
}

fn run_del(vm: &mut Vm, obj: Rc<Obj>) {
    if let Obj::Instance(i) = &*obj {
        let addr = i as *const Instance as usize;
        let _ = FINALIZED.try_with(|f| f.borrow_mut().insert(addr));
    }
    let v = Value::Obj(obj);
    let cls = vm.class_of(&v);
    let Some(del) = crate::types::class::lookup(vm, &cls, "__del__") else {
        return;
    };
    if let Err(e) = vm.call_value(&del, &[v.clone()]) {
        let exc = vm.normalize(e);
        let r = vm.repr_string(&del).unwrap_or_default();
        let text = format!("Exception ignored in: {}\n{}", r, vm.format_exception_unchained(&exc));
        crate::io::flush_all();
        let err = vm.stderr.clone();
        let target = vm.sys_attr("stderr").unwrap_or(err);
        if crate::io::write_to(vm, &target, &text).is_err() {
            eprint!("{}", text);
        }
    }
    drop(v);
}

impl Drop for Generator {
    fn drop(&mut self) {
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if self.kind != GenKind::Generator || frame.pc == 0 || frame.blocks.is_empty() || self.finalized.get() {
            return;
        }
        let p = Pending {
            frame,
            name: std::mem::take(self.name.get_mut()),
            qualname: std::mem::take(self.qualname.get_mut()),
            code: self.code.clone(),
        };
        let _ = PENDING.try_with(|q| {
            if let Ok(mut q) = q.try_borrow_mut() {
                q.push(p);
                PENDING_FLAG.store(true, Ordering::Relaxed);
            }
        });
    }
}

/// Close the generators dropped while suspended inside a try/finally or with block (CPython
/// closes a generator when it is deallocated). Errors are reported as "Exception ignored".
#[inline(always)]
pub fn maybe_finalize(vm: &mut Vm) {
    if PENDING_FLAG.load(Ordering::Relaxed) {
        run_pending_finalizers(vm);
    }
}

#[inline(never)]
pub fn run_pending_finalizers(vm: &mut Vm) {
    PENDING_FLAG.store(false, Ordering::Relaxed);
    loop {
        let next = PENDING_DEL.with(|q| {
            let mut q = q.borrow_mut();
            if q.is_empty() {
                None
            } else {
                Some(q.remove(0))
            }
        });
        let Some(obj) = next else { break };
        run_del(vm, obj);
    }
    loop {
        let next = PENDING.with(|q| q.borrow_mut().pop());
        let Some(p) = next else { break };
        let g = Rc::new(Obj::Generator(Box::new(Generator {
            frame: RefCell::new(None),
            running: Cell::new(false),
            name: RefCell::new(p.name),
            qualname: RefCell::new(p.qualname),
            kind: GenKind::Generator,
            code: p.code,
            yield_from: RefCell::new(Value::None),
            finalized: Cell::new(true),
        })));
        let mut frame = p.frame;
        frame.generator = Some(Rc::downgrade(&g));
        if let Obj::Generator(gen) = &*g {
            *gen.frame.borrow_mut() = Some(frame);
        }
        let gv = Value::Obj(g);
        let args = [gv.clone()];
        if let Err(e) = gen_close(vm, Args::new(&args)) {
            let exc = vm.normalize(e);
            let r = gen_repr(vm, Args::new(&args))
                .ok()
                .and_then(|r| r.as_str().map(String::from))
                .unwrap_or_default();
            let text = format!("Exception ignored in: {}\n{}", r, vm.format_exception_unchained(&exc));
            crate::io::flush_all();
            let err = vm.stderr.clone();
            let target = vm.sys_attr("stderr").unwrap_or(err);
            if crate::io::write_to(vm, &target, &text).is_err() {
                eprint!("{}", text);
            }
        }
    }
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = args.pos()[0].clone();
    match vm.gen_resume(&g, Value::None, None)? {
        Ok(v) => Ok(v),
        Err(r) => Err(stop_iteration(r)),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let g = p[0].clone();
    let v = p.get(1).cloned().unwrap_or(Value::None);
    match vm.gen_resume(&g, v, None)? {
        Ok(v) => Ok(v),
        Err(r) => Err(stop_iteration(r)),
    }
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let g = p[0].clone();
    let typ = p.get(1).cloned().unwrap_or(Value::None);
    let val = p.get(2).cloned().unwrap_or(Value::None);
    let exc = match &typ {
        Value::Obj(o) if matches!(&**o, Obj::Class(_)) => {
            if val.is_none() {
                vm.call_value(&typ, &[])?
            } else if crate::interp::exc_data(&val).is_some() {
                val
            } else {
                vm.call_value(&typ, &[val])?
            }
        }
        _ => {
            if crate::interp::exc_data(&typ).is_none() {
                return Err(type_error(
                    "exceptions must be classes or instances deriving from BaseException, not ".to_string()
                        + &vm.type_name(&typ),
                ));
            }
            typ
        }
    };
    match vm.gen_resume(&g, Value::None, Some(PyErr::Obj(exc)))? {
        Ok(v) => Ok(v),
        Err(r) => Err(stop_iteration(r)),
    }
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = args.pos()[0].clone();
    let Value::Obj(o) = &g else { return Ok(Value::None) };
    let Obj::Generator(gen) = &**o else {
        return Ok(Value::None);
    };
    let started = gen.frame.borrow().as_ref().map(|f| f.pc > 0);
    match started {
        None => return Ok(Value::None),
        Some(false) => {
            gen.frame.borrow_mut().take();
            return Ok(Value::None);
        }
        Some(true) => {}
    }
    let exc = vm.new_exception(ExcKind::GeneratorExit, vec![]);
    match vm.gen_resume(&g, Value::None, Some(PyErr::Obj(exc))) {
        Ok(Ok(_)) => Err(runtime_error("generator ignored GeneratorExit")),
        Ok(Err(_)) => Ok(Value::None),
        Err(e) => {
            if vm.err_matches(&e, ExcKind::GeneratorExit) || vm.err_matches(&e, ExcKind::StopIteration) {
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn gen_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = &args.pos()[0];
    let Value::Obj(o) = g else { return Ok(Value::None) };
    let Obj::Generator(gen) = &**o else {
        return Ok(Value::None);
    };
    let kind = crate::call::gen_kind_name(gen.kind).replace(' ', "_");
    let qn = gen.qualname.borrow().as_str().unwrap_or("").to_string();
    let _ = vm;
    Ok(Value::string(format!("<{} object {} at {:#x}>", kind, qn, g.id())))
}

pub fn init(vm: &mut Vm) {
    for t in [vm.types.generator.clone(), vm.types.coroutine.clone()] {
        vm.add_method(&t, "send", gen_send);
        vm.add_method(&t, "throw", gen_throw);
        vm.add_method(&t, "close", gen_close);
        vm.add_method(&t, "__repr__", gen_repr);
    }
    let t = vm.types.generator.clone();
    vm.add_method(&t, "__next__", gen_next);
    vm.add_method(&t, "__iter__", gen_iter);
    let t = vm.types.coroutine.clone();
    vm.add_method(&t, "__await__", gen_iter);
}
