//! Async generators as `async for` sees them: `__aiter__`, `__anext__`, `asend`, `athrow` and
//! `aclose` return awaitables that drive the generator's frame. While the frame is suspended
//! in an `await` (a `yield from` of the awaited object), the values it yields pass through to
//! whoever drives the awaitable (the event loop); a plain `yield v` in the generator instead
//! completes the awaitable with `v` (StopIteration(v)), and the end of the generator raises
//! StopAsyncIteration.

use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Send,
    Throw,
    Close,
}

struct Step {
    agen: Value,
    /// The value to send or the exception to throw on the first step.
    first: Value,
    mode: Mode,
    started: bool,
    done: bool,
}

fn step_class(vm: &mut Vm) -> crate::value::ObjRef {
    if let Some(c) = vm.cached_classes.get("async_generator_asend") {
        return c.clone();
    }
    let cls = crate::vm::new_class_obj(
        "async_generator_asend",
        vec![vm.types.object.clone()],
        Layout::Object,
        true,
    );
    let mro = crate::types::class::compute_mro(vm, &cls).unwrap_or_default();
    if let Obj::Class(c) = &*cls {
        *c.mro.borrow_mut() = mro;
    }
    vm.add_method(&cls, "__await__", step_self);
    vm.add_method(&cls, "__iter__", step_self);
    vm.add_method(&cls, "__next__", step_next);
    vm.add_method(&cls, "send", step_send);
    vm.add_method(&cls, "throw", step_throw);
    vm.add_method(&cls, "close", step_close);
    vm.cached_classes.insert("async_generator_asend", cls.clone());
    cls
}

fn new_step(vm: &mut Vm, agen: Value, first: Value, mode: Mode) -> Value {
    let cls = step_class(vm);
    Opaque::new_value(
        cls,
        Step {
            agen,
            first,
            mode,
            started: false,
            done: false,
        },
    )
}

fn with_step<T>(v: &Value, f: impl FnOnce(&mut Step) -> T) -> PyResult<T> {
    match v.as_obj() {
        Some(Obj::Opaque(o)) => match o.data.borrow_mut().downcast_mut::<Step>() {
            Some(s) => Ok(f(s)),
            None => Err(type_error("expected an async generator awaitable")),
        },
        _ => Err(type_error("expected an async generator awaitable")),
    }
}

fn is_awaiting(agen: &Value) -> bool {
    match agen.as_obj() {
        Some(Obj::Generator(g)) => !g.yield_from.borrow().is_none(),
        _ => false,
    }
}

fn exc_err(vm: &mut Vm, e: &Value) -> PyErr {
    // an exception class is instantiated, an instance is raised as is
    if let Some(Obj::Class(_)) = e.as_obj() {
        match vm.call_value(e, &[]) {
            Ok(x) => PyErr::Obj(x),
            Err(x) => x,
        }
    } else {
        PyErr::Obj(e.clone())
    }
}

/// Resume the generator for one step of the awaitable.
fn advance(vm: &mut Vm, me: &Value, sent: Value, thrown: Option<PyErr>) -> PyResult<Value> {
    let (agen, first, mode, started, done) = with_step(me, |s| {
        let r = (s.agen.clone(), s.first.clone(), s.mode, s.started, s.done);
        s.started = true;
        r
    })?;
    if done {
        return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let (value, throw) = if !started {
        match mode {
            Mode::Send => (if thrown.is_some() { Value::None } else { first }, thrown),
            Mode::Throw => (Value::None, Some(exc_err(vm, &first))),
            Mode::Close => (Value::None, Some(PyErr::LazyArgs(ExcKind::GeneratorExit, vec![]))),
        }
    } else {
        (sent, thrown)
    };
    let r = vm.gen_resume(&agen, value, throw);
    match r {
        Ok(Ok(yielded)) => {
            if is_awaiting(&agen) {
                return Ok(yielded);
            }
            with_step(me, |s| s.done = true)?;
            if mode == Mode::Close {
                return Err(runtime_error("async generator ignored GeneratorExit"));
            }
            Err(stop_iteration(yielded))
        }
        Ok(Err(_ret)) => {
            with_step(me, |s| s.done = true)?;
            if mode == Mode::Close {
                return Err(stop_iteration(Value::None));
            }
            Err(PyErr::LazyArgs(ExcKind::StopAsyncIteration, vec![]))
        }
        Err(e) => {
            with_step(me, |s| s.done = true)?;
            if mode == Mode::Close
                && (vm.err_matches(&e, ExcKind::GeneratorExit) || vm.err_matches(&e, ExcKind::StopAsyncIteration))
            {
                return Err(stop_iteration(Value::None));
            }
            Err(e)
        }
    }
}

fn step_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn step_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    advance(vm, &me, Value::None, None)
}

fn step_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    let v = args.pos().get(1).cloned().unwrap_or(Value::None);
    advance(vm, &me, v, None)
}

fn step_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    let e = args.pos().get(1).cloned().unwrap_or(Value::None);
    let err = match args.pos().get(2) {
        Some(v) if !v.is_none() => match vm.call_value(&e, &[v.clone()]) {
            Ok(x) => PyErr::Obj(x),
            Err(x) => x,
        },
        _ => exc_err(vm, &e),
    };
    advance(vm, &me, Value::None, Some(err))
}

fn step_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    with_step(&me, |s| s.done = true)?;
    Ok(Value::None)
}

fn agen_aiter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    Ok(new_step(vm, me, Value::None, Mode::Send))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    let v = args.pos().get(1).cloned().unwrap_or(Value::None);
    Ok(new_step(vm, me, v, Mode::Send))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    let e = args.pos().get(1).cloned().unwrap_or(Value::None);
    let e = match args.pos().get(2) {
        Some(v) if !v.is_none() => vm.call_value(&e, &[v.clone()])?,
        _ => e,
    };
    Ok(new_step(vm, me, e, Mode::Throw))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    Ok(new_step(vm, me, Value::None, Mode::Close))
}

/// `anext(aiterator[, default])`.
pub fn anext_builtin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let it = p
        .first()
        .cloned()
        .ok_or_else(|| type_error("anext expected at least 1 argument, got 0"))?;
    let cls = vm.class_of(&it);
    let Some(f) = crate::types::class::lookup(vm, &cls, "__anext__") else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(&it)
        )));
    };
    let aw = vm.call_special(&f, &it, &[])?;
    if p.len() > 1 {
        // with a default: an awaitable that turns StopAsyncIteration into the default
        let helper = vm.getattr(
            &Value::Obj(vm.builtins.clone()),
            &Value::str("__pyrite_anext_default__"),
        );
        if let Ok(h) = helper {
            return vm.call_value(&h, &[aw, p[1].clone()]);
        }
    }
    Ok(aw)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.async_generator.clone();
    vm.add_method(&t, "__aiter__", agen_aiter);
    vm.add_method(&t, "__anext__", agen_anext);
    vm.add_method(&t, "asend", agen_asend);
    vm.add_method(&t, "athrow", agen_athrow);
    vm.add_method(&t, "aclose", agen_aclose);
    vm.add_builtin("anext", anext_builtin);
}
