//! Generator and coroutine methods: send, throw, close, iteration, `__await__`.

use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

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
                return Err(type_error("exceptions must be classes or instances deriving from BaseException, not ".to_string() + &vm.type_name(&typ)));
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
    let Obj::Generator(gen) = &**o else { return Ok(Value::None) };
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
    let Obj::Generator(gen) = &**o else { return Ok(Value::None) };
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
