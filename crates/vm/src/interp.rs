//! The bytecode interpreter loop.
//!
//! `run_frame` pushes an entry frame and runs until it returns. Calls to Python functions push
//! a new frame and continue in the same loop; returns pop back to the caller. Exceptions unwind
//! through each frame's handler blocks, adding traceback entries as they pass.

use crate::error::*;
use crate::frame::{Block, Frame};
use crate::object::*;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use pyrite_compiler::{Instr, UnOp};
use std::cell::RefCell;
use std::rc::Rc;

enum Switch {
    /// The frame stack changed: reload the top frame.
    Continue,
    /// The entry frame finished with this value.
    Return(Value),
}

impl Vm {
    /// Run `frame` (and everything it calls) to completion.
    pub fn run_frame(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        frame.is_entry = true;
        if self.native_depth > self.recursion_limit.max(64) || self.frames.len() > self.recursion_limit + 50 {
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        self.native_depth += 1;
        let r = self.run_loop();
        self.native_depth -= 1;
        r
    }

    pub fn push_frame(&mut self, frame: Box<Frame>) -> PyResult<()> {
        if self.steps_left == 0 {
            return Err(runtime_error("pyrite step limit exceeded"));
        }
        self.steps_left -= 1;
        if crate::signals::take_interrupt() {
            crate::signals::run_pending(self)?;
        }
        if self.frames.len() >= self.recursion_limit {
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        Ok(())
    }

    /// Unwind `err` from the top frame (already pushed), then keep running.
    pub fn resume_unwinding(&mut self, err: PyErr) -> PyResult<Value> {
        match self.unwind(err) {
            Ok(()) => self.run_loop(),
            Err(e) => Err(e),
        }
    }

    fn run_loop(&mut self) -> PyResult<Value> {
        loop {
            let fr: *mut Frame = &mut **self.frames.last_mut().expect("frame");
            // SAFETY: frames are boxed, so the frame does not move while the stack vector changes;
            // it is only freed when popped, after which `fr` is not used again.
            let fr = unsafe { &mut *fr };
            let err = match self.exec(fr) {
                Ok(Switch::Continue) => continue,
                Ok(Switch::Return(v)) => return Ok(v),
                Err(e) => e,
            };
            if let Err(e) = self.unwind(err) {
                return Err(e);
            }
        }
    }

    /// Find a handler for `err`, starting in the top frame. Returns Err when the entry frame
    /// was left (the error propagates to the Rust caller).
    fn unwind(&mut self, err: PyErr) -> Result<(), PyErr> {
        let exc = self.normalize(err);
        let reraise = std::mem::replace(&mut self.reraising, false);
        if !reraise {
            self.attach_context(&exc);
        }
        let mut add_entry = !reraise;
        loop {
            let fr = self.frames.last_mut().expect("frame");
            if add_entry {
                // the failing instruction is the one before pc (pc moves only after fallible work)
                fr.lasti = fr.pc.saturating_sub(1) as u32;
                let entry = TbEntry {
                    code: fr.code.clone(),
                    lasti: fr.lasti,
                    globals: Some(fr.globals.clone()),
                };
                add_traceback(&exc, entry);
            }
            add_entry = true;
            if let Some(b) = fr.blocks.pop() {
                fr.stack.truncate(b.level as usize);
                fr.stack.push(exc);
                fr.pc = b.handler as usize;
                return Ok(());
            }
            let frame = self.frames.pop().expect("frame");
            let is_entry = frame.is_entry;
            if let Some(g) = frame.generator.as_ref().and_then(|w| w.upgrade()) {
                if let Obj::Generator(gen) = &*g {
                    gen.running.set(false);
                }
            }
            self.recycle_frame(frame);
            if is_entry {
                return Err(PyErr::Obj(exc));
            }
        }
    }

    /// Implicit exception chaining: a new exception raised while handling another.
    fn attach_context(&mut self, exc: &Value) {
        if self.handled.is_none() || self.handled.is(exc) {
            return;
        }
        if let Some(data) = exc_data(exc) {
            let mut d = data.borrow_mut();
            if d.context.is_none() {
                // avoid creating a cycle back to exc
                let mut cur = self.handled.clone();
                let mut n = 0;
                while let Some(cd) = exc_data(&cur) {
                    let next = cd.borrow().context.clone();
                    if next.is(exc) {
                        cd.borrow_mut().context = Value::None;
                        break;
                    }
                    cur = next;
                    n += 1;
                    if n > 100 {
                        break;
                    }
                }
                d.context = self.handled.clone();
            }
        }
    }

    #[inline(always)]
    fn exec(&mut self, fr: &mut Frame) -> PyResult<Switch> {
        let code = fr.code.clone();
        let instrs: &[Instr] = &code.co.instrs;
        loop {
            let pc = fr.pc;
            let instr = instrs[pc];
            fr.pc = pc + 1;
            match instr {
                Instr::Nop => {}
                Instr::LoadConst(i) => {
                    let v = fr.code.consts[i as usize].clone();
                    fr.stack.push(v);
                }
                Instr::LoadFast(i) => {
                    let v = &fr.fast[i as usize];
                    if v.is_null() {
                        let name = fr.code.co.varnames[i as usize].clone();
                        return Err(unbound_local(format!(
                            "cannot access local variable '{}' where it is not associated with a value",
                            name
                        )));
                    }
                    fr.stack.push(v.clone());
                }
                Instr::StoreFast(i) => {
                    let v = fr.stack.pop().unwrap();
                    fr.fast[i as usize] = v;
                    crate::types::generator::maybe_finalize(self);
                }
                Instr::DeleteFast(i) => {
                    if fr.fast[i as usize].is_null() {
                        let name = fr.code.co.varnames[i as usize].clone();
                        return Err(unbound_local(format!(
                            "cannot access local variable '{}' where it is not associated with a value",
                            name
                        )));
                    }
                    fr.fast[i as usize] = Value::Null;
                    crate::types::generator::maybe_finalize(self);
                }
                Instr::LoadDeref(i) => {
                    let v = cell_get(&fr.cells[i as usize]);
                    if v.is_null() {
                        return Err(self.unbound_deref(fr, i));
                    }
                    fr.stack.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = fr.stack.pop().unwrap();
                    cell_set(&fr.cells[i as usize], v);
                }
                Instr::DeleteDeref(i) => {
                    if cell_get(&fr.cells[i as usize]).is_null() {
                        return Err(self.unbound_deref(fr, i));
                    }
                    cell_set(&fr.cells[i as usize], Value::Null);
                }
                Instr::LoadClosure(i) => fr.stack.push(Value::Obj(fr.cells[i as usize].clone())),
                Instr::LoadClassDeref(i) => self.op_load_class_deref(fr, i)?,
                Instr::LoadName(i) => {
                    let name = &fr.code.names[i as usize];
                    let v = self.load_name(fr, name)?;
                    fr.stack.push(v);
                }
                Instr::StoreName(i) => self.op_store_name(fr, i)?,
                Instr::DeleteName(i) => self.op_delete_name(fr, i)?,
                Instr::LoadGlobal(i) => {
                    let name = &fr.code.names[i as usize];
                    // push straight from the dict entry (no Option<Value> temporary to move)
                    if let (Obj::Dict(d), Some(ps)) = (&*fr.globals, name.as_pystr()) {
                        if let Some(v) = d.borrow().get_str_hashed(ps.as_str(), ps.hash()) {
                            fr.stack.push(v.clone());
                            continue;
                        }
                    }
                    let v = self.load_global(fr, name)?;
                    fr.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let name = fr.code.names[i as usize].clone();
                    let v = fr.stack.pop().unwrap();
                    crate::vm::dict_set_str(&fr.globals, name, v);
                }
                Instr::DeleteGlobal(i) => self.op_delete_global(fr, i)?,
                Instr::LoadAttr(i) => {
                    let obj = fr.stack.pop().unwrap();
                    let name = &fr.code.names[i as usize];
                    if plain_instance_attr(self, &obj, name, &code.attr_cache[pc], &mut fr.stack).is_some() {
                        continue;
                    }
                    if let Some(v) = self.plain_class_attr(&obj, name) {
                        fr.stack.push(v);
                        continue;
                    }
                    // a property with a plain Python getter: run the getter as a normal call
                    if let Some(getter) = self.property_getter(&obj, name) {
                        if let Value::Obj(go) = &getter {
                            if let Obj::Function(f) = &**go {
                                let frame = self.bind_args(go, f, None, std::slice::from_ref(&obj), &[])?;
                                self.push_frame(frame)?;
                                return Ok(Switch::Continue);
                            }
                        }
                    }
                    let v = self.getattr(&obj, name)?;
                    fr.stack.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = fr.stack.pop().unwrap();
                    let v = fr.stack.pop().unwrap();
                    let name = &fr.code.names[i as usize];
                    if let Value::Obj(o) = &obj {
                        if let Obj::Instance(inst) = &**o {
                            let plain = match &**inst.class.borrow() {
                                Obj::Class(c) => {
                                    c.flags.get() & (CF_VALID | CF_CUSTOM_SETATTR | CF_DATA_DESCRIPTORS | CF_SLOTS)
                                        == CF_VALID
                                }
                                _ => false,
                            };
                            if plain && inst.exc.is_none() && name.as_str() != Some("__class__") {
                                if let Some(d) = inst.dict_cell() {
                                    let cache = &code.attr_cache[pc];
                                    let key = name.as_str().unwrap_or("");
                                    let mut d = d.borrow_mut();
                                    let idx = cache.get() as usize;
                                    if d.value_if_key_at(idx, key).is_some() {
                                        let old = d.set_at(idx, v);
                                        drop(d);
                                        drop(old);
                                        continue;
                                    }
                                    d.set_str(name.clone(), v);
                                    if let Some(ps) = name.as_pystr() {
                                        if let Some(i) = d.index_of_str(key, ps.hash()) {
                                            cache.set(i as u32);
                                        }
                                    }
                                    continue;
                                }
                            }
                        }
                    }
                    // a property with a plain Python setter: run it as a frame, result dropped
                    if let Some(setter) = self.property_setter(&obj, name) {
                        if let Value::Obj(so) = &setter {
                            if let Obj::Function(f) = &**so {
                                let args = [obj.clone(), v];
                                let mut frame = self.bind_args(so, f, None, &args, &[])?;
                                frame.discard_result = true;
                                self.push_frame(frame)?;
                                return Ok(Switch::Continue);
                            }
                        }
                    }
                    let name = name.clone();
                    self.setattr(&obj, &name, v)?;
                }
                Instr::DeleteAttr(i) => self.op_delete_attr(fr, i)?,
                Instr::LoadMethod(i) => {
                    let obj = fr.stack.pop().unwrap();
                    let name = &fr.code.names[i as usize];
                    // super().method(...): call the function found after the class in the MRO
                    // with the instance, without building a bound method
                    if let Some((f, receiver)) = super_method(&obj, name) {
                        fr.stack.push(f);
                        fr.stack.push(receiver);
                        continue;
                    }
                    match self.get_method(&obj, name)? {
                        (m, true) => {
                            fr.stack.push(m);
                            fr.stack.push(obj);
                        }
                        (attr, false) => {
                            fr.stack.push(Value::Null);
                            fr.stack.push(attr);
                        }
                    }
                }
                Instr::PushNull => push_direct(&mut fr.stack, Value::Null),
                Instr::Subscr => {
                    let key = fr.stack.pop().unwrap();
                    let obj = fr.stack.pop().unwrap();
                    let v = self.getitem(&obj, &key)?;
                    fr.stack.push(v);
                }
                Instr::StoreSubscr => {
                    let key = fr.stack.pop().unwrap();
                    let obj = fr.stack.pop().unwrap();
                    let v = fr.stack.pop().unwrap();
                    self.setitem(&obj, key, v)?;
                }
                Instr::DeleteSubscr => {
                    let key = fr.stack.pop().unwrap();
                    let obj = fr.stack.pop().unwrap();
                    self.delitem(&obj, &key)?;
                }
                Instr::Binary(op) => {
                    let b = fr.stack.pop().unwrap();
                    let a = fr.stack.pop().unwrap();
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        if let Some(v) = crate::ops::int_fast(op, *x, *y) {
                            push_direct(&mut fr.stack, v);
                            continue;
                        }
                    }
                    if let Some(v) = float_fast(op, &a, &b) {
                        push_direct(&mut fr.stack, Value::Float(v));
                        continue;
                    }
                    let r = self.binary_op(&a, &b, op)?;
                    fr.stack.push(r);
                }
                Instr::Inplace(op) => {
                    let b = fr.stack.pop().unwrap();
                    let a = fr.stack.pop().unwrap();
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        if let Some(v) = crate::ops::int_fast(op, *x, *y) {
                            push_direct(&mut fr.stack, v);
                            continue;
                        }
                    }
                    if let Some(v) = float_fast(op, &a, &b) {
                        push_direct(&mut fr.stack, Value::Float(v));
                        continue;
                    }
                    let r = self.inplace_op(&a, &b, op)?;
                    fr.stack.push(r);
                }
                Instr::Unary(op) => {
                    let a = fr.stack.pop().unwrap();
                    let r = match op {
                        UnOp::Not => Value::Bool(!self.is_true(&a)?),
                        _ => self.unary_op(&a, op)?,
                    };
                    fr.stack.push(r);
                }
                Instr::Compare(op) => {
                    let b = fr.stack.pop().unwrap();
                    let a = fr.stack.pop().unwrap();
                    let ord = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
                        (Value::Float(x), Value::Float(y)) if !x.is_nan() && !y.is_nan() => x.partial_cmp(y),
                        _ => None,
                    };
                    if let Some(ord) = ord {
                        let truth = crate::ops::cmp_ord(op, ord);
                        // fused with a following conditional jump: no push/pop of the bool
                        match instrs.get(pc + 1) {
                            Some(Instr::PopJumpIfFalse(t)) => {
                                fr.pc = if truth { pc + 2 } else { *t as usize };
                            }
                            Some(Instr::PopJumpIfTrue(t)) => {
                                fr.pc = if truth { *t as usize } else { pc + 2 };
                            }
                            _ => push_direct(&mut fr.stack, Value::Bool(truth)),
                        }
                        continue;
                    }
                    let r = self.compare(&a, &b, op)?;
                    fr.stack.push(r);
                }
                Instr::Is(neg) => {
                    let b = fr.stack.pop().unwrap();
                    let a = fr.stack.pop().unwrap();
                    fr.stack.push(Value::Bool(a.is(&b) != neg));
                }
                Instr::Contains(neg) => {
                    let container = fr.stack.pop().unwrap();
                    let item = fr.stack.pop().unwrap();
                    let r = self.contains(&container, &item)?;
                    fr.stack.push(Value::Bool(r != neg));
                }
                Instr::Pop => {
                    fr.stack.pop();
                    crate::types::generator::maybe_finalize(self);
                }
                Instr::Dup => {
                    let v = fr.stack.last().unwrap().clone();
                    fr.stack.push(v);
                }
                Instr::Dup2 => {
                    let n = fr.stack.len();
                    let a = fr.stack[n - 2].clone();
                    let b = fr.stack[n - 1].clone();
                    fr.stack.push(a);
                    fr.stack.push(b);
                }
                Instr::Swap(n) => {
                    let len = fr.stack.len();
                    fr.stack.swap(len - 1, len - n as usize);
                }
                Instr::Copy(n) => {
                    let len = fr.stack.len();
                    let v = fr.stack[len - n as usize].clone();
                    fr.stack.push(v);
                }
                Instr::Rot(n) => {
                    let v = fr.stack.pop().unwrap();
                    let len = fr.stack.len();
                    fr.stack.insert(len + 1 - n as usize, v);
                }
                Instr::BuildTuple(n) => {
                    let at = fr.stack.len() - n as usize;
                    let items: Vec<Value> = fr.stack.drain(at..).collect();
                    fr.stack.push(Value::obj(Obj::Tuple(items.into_boxed_slice())));
                }
                Instr::BuildList(n) => {
                    let at = fr.stack.len() - n as usize;
                    let items: Vec<Value> = fr.stack.drain(at..).collect();
                    fr.stack.push(Value::obj(Obj::List(RefCell::new(items))));
                }
                Instr::BuildSet(n) => self.op_build_set(fr, n)?,
                Instr::BuildMap(n) => self.op_build_map(fr, n)?,
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { fr.stack.pop().unwrap() } else { Value::None };
                    let stop = fr.stack.pop().unwrap();
                    let start = fr.stack.pop().unwrap();
                    fr.stack.push(Value::obj(Obj::Slice(Box::new([start, stop, step]))));
                }
                Instr::BuildString(n) => self.op_build_string(fr, n)?,
                Instr::ListAppend(n) => {
                    let v = fr.stack.pop().unwrap();
                    let len = fr.stack.len();
                    if let Value::Obj(o) = &fr.stack[len - n as usize] {
                        if let Obj::List(l) = &**o {
                            l.borrow_mut().push(v);
                        }
                    }
                }
                Instr::SetAdd(n) => {
                    let v = fr.stack.pop().unwrap();
                    let len = fr.stack.len();
                    let s = fr.stack[len - n as usize].clone();
                    self.set_add(&s, v)?;
                }
                Instr::MapAdd(n) => {
                    let v = fr.stack.pop().unwrap();
                    let k = fr.stack.pop().unwrap();
                    let len = fr.stack.len();
                    let d = fr.stack[len - n as usize].clone();
                    self.dict_set(&d, k, v)?;
                }
                Instr::ListExtend(n) => self.op_list_extend(fr, n)?,
                Instr::SetUpdate(n) => self.op_set_update(fr, n)?,
                Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                    let v = fr.stack.pop().unwrap();
                    let len = fr.stack.len();
                    let d = fr.stack[len - n as usize].clone();
                    let merge = matches!(instr, Instr::DictMerge(_));
                    if let Err(e) = self.dict_update_from(&d, &v, merge) {
                        let func = if merge && len >= 3 {
                            Some(fr.stack[len - 3].clone())
                        } else {
                            None
                        };
                        return Err(self.name_function_in_error(e, func));
                    }
                }
                Instr::ListToTuple => {
                    let v = fr.stack.pop().unwrap();
                    let items = match &v {
                        Value::Obj(o) => match &**o {
                            Obj::List(l) => std::mem::take(&mut *l.borrow_mut()),
                            _ => vec![],
                        },
                        _ => vec![],
                    };
                    fr.stack.push(Value::obj(Obj::Tuple(items.into_boxed_slice())));
                }
                Instr::UnpackSequence(n) => {
                    let v = fr.stack.pop().unwrap();
                    self.unpack_sequence(&v, n as usize, &mut fr.stack)?;
                }
                Instr::UnpackEx(arg) => self.op_unpack_ex(fr, arg)?,
                Instr::Jump(t) => {
                    if (t as usize) <= pc {
                        // backward jump: a loop iteration counts against the step budget
                        // and is where a pending Ctrl-C is delivered
                        if self.steps_left == 0 {
                            return Err(runtime_error("pyrite step limit exceeded"));
                        }
                        self.steps_left -= 1;
                        if crate::signals::take_interrupt() {
                            crate::signals::run_pending(self)?;
                        }
                    }
                    fr.pc = t as usize
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = fr.stack.pop().unwrap();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.is_true(&v)?,
                    };
                    if !b {
                        fr.pc = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = fr.stack.pop().unwrap();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.is_true(&v)?,
                    };
                    if b {
                        fr.pc = t as usize;
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    if fr.stack.pop().unwrap().is_none() {
                        fr.pc = t as usize;
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    if !fr.stack.pop().unwrap().is_none() {
                        fr.pc = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    let v = fr.stack.last().unwrap().clone();
                    if !self.is_true(&v)? {
                        fr.pc = t as usize;
                    } else {
                        fr.stack.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    let v = fr.stack.last().unwrap().clone();
                    if self.is_true(&v)? {
                        fr.pc = t as usize;
                    } else {
                        fr.stack.pop();
                    }
                }
                Instr::GetIter => {
                    let v = fr.stack.pop().unwrap();
                    let it = self.get_iter(&v)?;
                    fr.stack.push(it);
                }
                Instr::ForIter(t) => {
                    let it = fr.stack.last().unwrap().clone();
                    match self.next(&it)? {
                        Some(v) => fr.stack.push(v),
                        None => {
                            fr.stack.pop();
                            fr.pc = t as usize;
                        }
                    }
                }
                Instr::Call(n) => {
                    if self.call_instr(fr, n as usize, 0)? {
                        return Ok(Switch::Continue);
                    }
                }
                Instr::CallKw(n) => {
                    let names = fr.stack.pop().unwrap();
                    let nk = match &names {
                        Value::Obj(o) => match &**o {
                            Obj::Tuple(t) => t.len(),
                            _ => 0,
                        },
                        _ => 0,
                    };
                    self.kwnames_tmp = names;
                    if self.call_instr(fr, n as usize, nk)? {
                        return Ok(Switch::Continue);
                    }
                }
                Instr::CallEx(has_kw) => self.op_call_ex(fr, has_kw)?,
                Instr::MakeFunction(flags) => {
                    let f = self.make_function(fr, flags)?;
                    fr.stack.push(f);
                }
                Instr::ReturnValue => {
                    let v = fr.stack.pop().unwrap_or(Value::None);
                    return self.return_from_frame(v);
                }
                Instr::YieldValue => {
                    let v = fr.stack.pop().unwrap();
                    let frame = self.frames.pop().expect("frame");
                    self.suspended = Some(frame);
                    return Ok(Switch::Return(v));
                }
                Instr::Send(t) => {
                    let value = fr.stack.pop().unwrap();
                    let sub = fr.stack.last().unwrap().clone();
                    match self.send_to(&sub, value)? {
                        Ok(y) => fr.stack.push(y),
                        Err(ret) => {
                            fr.stack.pop();
                            fr.stack.push(ret);
                            fr.pc = t as usize;
                        }
                    }
                }
                Instr::GetYieldFromIter => {
                    let v = fr.stack.pop().unwrap();
                    let it = match &v {
                        Value::Obj(o) if matches!(&**o, Obj::Generator(_)) => v.clone(),
                        _ => self.get_iter(&v)?,
                    };
                    fr.stack.push(it);
                }
                Instr::GetAwaitable => {
                    let v = fr.stack.pop().unwrap();
                    let it = self.get_awaitable(&v)?;
                    fr.stack.push(it);
                }
                Instr::SetupFinally(t) => {
                    let level = fr.stack.len() as u32;
                    fr.blocks.push(Block { handler: t, level });
                }
                Instr::SetupCleanup(t) => {
                    let level = fr.stack.len() as u32 - 1;
                    fr.blocks.push(Block { handler: t, level });
                }
                Instr::PopBlock => {
                    fr.blocks.pop();
                }
                Instr::PushExcInfo => {
                    let exc = fr.stack.pop().unwrap();
                    let prev = std::mem::replace(&mut self.handled, exc.clone());
                    fr.stack.push(prev);
                    fr.stack.push(exc);
                }
                Instr::PopExcept => {
                    let prev = fr.stack.pop().unwrap();
                    self.handled = prev;
                }
                Instr::Raise(n) => return Err(self.do_raise(fr, n)),
                Instr::Reraise => {
                    let exc = fr.stack.pop().unwrap();
                    self.reraising = true;
                    return Err(PyErr::Obj(exc));
                }
                Instr::CheckEgMatch => {
                    let ty = fr.stack.pop().unwrap();
                    let exc = fr.stack.pop().unwrap();
                    let (m, rest) = if exc.is_none() {
                        (Value::None, Value::None)
                    } else {
                        crate::types::exceptions::except_star_split(self, &exc, &ty)?
                    };
                    if !m.is_none() {
                        self.handled = m.clone();
                    }
                    fr.stack.push(rest);
                    fr.stack.push(m);
                }
                Instr::PrepReraiseStar => {
                    let raised = fr.stack.pop().unwrap();
                    let orig = fr.stack.pop().unwrap();
                    let r = crate::types::exceptions::prep_reraise_star(self, &orig, &raised)?;
                    fr.stack.push(r);
                }
                Instr::CheckExcMatch => {
                    let ty = fr.stack.pop().unwrap();
                    let exc = fr.stack.last().unwrap().clone();
                    let r = self.exception_matches(&exc, &ty)?;
                    fr.stack.push(Value::Bool(r));
                }
                Instr::BeforeWith => self.op_before_with(fr)?,
                Instr::GetAIter => self.op_get_aiter(fr)?,
                Instr::GetANext => self.op_get_anext(fr)?,
                Instr::EndAsyncFor => {
                    let exc = fr.stack.pop().unwrap();
                    if self.is_instance_of_kind(&exc, ExcKind::StopAsyncIteration) {
                        fr.stack.pop();
                    } else {
                        self.reraising = true;
                        return Err(PyErr::Obj(exc));
                    }
                }
                Instr::BeforeAsyncWith => self.op_before_async_with(fr)?,
                Instr::AsyncWithExceptStart => self.op_async_with_except_start(fr)?,
                Instr::WithExceptStart => self.op_with_except_start(fr)?,
                Instr::FormatValue(flags) => self.op_format_value(fr, flags)?,
                Instr::ImportName(i) => self.op_import_name(fr, i)?,
                Instr::ImportFrom(i) => self.op_import_from(fr, i)?,
                Instr::ImportStar => self.op_import_star(fr)?,
                Instr::LoadBuildClass => {
                    let v = crate::vm::dict_get_str(&self.builtins, "__build_class__").unwrap_or(Value::None);
                    fr.stack.push(v);
                }
                Instr::SetupAnnotations => self.op_setup_annotations(fr)?,
                Instr::LoadAssertionError => fr.stack.push(Value::Obj(self.exc_class(ExcKind::AssertionError))),
                Instr::GetLen => {
                    let v = fr.stack.last().unwrap().clone();
                    let n = self.len(&v)?;
                    fr.stack.push(Value::Int(n as i64));
                }
                Instr::MatchMapping => {
                    let v = fr.stack.last().unwrap().clone();
                    let r = self.is_mapping_for_match(&v);
                    fr.stack.push(Value::Bool(r));
                }
                Instr::MatchSequence => {
                    let v = fr.stack.last().unwrap().clone();
                    let r = self.is_sequence_for_match(&v);
                    fr.stack.push(Value::Bool(r));
                }
                Instr::MatchKeys => self.op_match_keys(fr)?,
                Instr::DictWithoutKeys => self.op_dict_without_keys(fr)?,
                Instr::MatchClass(npos) => self.op_match_class(fr, npos)?,
                Instr::PrintExpr => {
                    let v = fr.stack.pop().unwrap();
                    self.display_hook(&v)?;
                }
            }
        }
    }

    #[inline(never)]
    fn op_call_ex(&mut self, fr: &mut Frame, has_kw: u32) -> PyResult<()> {
        let kwargs = if has_kw == 1 {
            Some(fr.stack.pop().unwrap())
        } else {
            None
        };
        let args = fr.stack.pop().unwrap();
        let f1 = fr.stack.pop().unwrap();
        let f0 = fr.stack.pop().unwrap();
        let mut all: Vec<Value> = Vec::new();
        let func = if f0.is_null() {
            f1
        } else {
            all.push(f1);
            f0
        };
        match &args {
            Value::Obj(o) if matches!(&**o, Obj::Tuple(_)) => {
                if let Obj::Tuple(t) = &**o {
                    all.extend(t.iter().cloned());
                }
            }
            _ => {
                // `f(*xs)` passes the iterable itself
                if !self.has_iter(&args) {
                    let e = type_error(format!(
                        "func() argument after * must be an iterable, not {}",
                        self.type_name(&args)
                    ));
                    return Err(self.name_function_in_error(e, Some(func.clone())));
                }
                all.extend(self.iterate(&args)?);
            }
        }
        let mut kwnames = Vec::new();
        if let Some(Value::Obj(d)) = &kwargs {
            if let Obj::Dict(d) = &**d {
                for e in d.borrow().iter() {
                    kwnames.push(e.key.clone());
                    all.push(e.value.clone());
                }
            }
        }
        let r = self.call_value_kw(&func, &all, &kwnames)?;
        fr.stack.push(r);

        Ok(())
    }

    #[inline(never)]
    fn op_unpack_ex(&mut self, fr: &mut Frame, arg: u32) -> PyResult<()> {
        let v = fr.stack.pop().unwrap();
        let before = (arg & 0xffff) as usize;
        let after = (arg >> 16) as usize;
        let items = self.iterate(&v).map_err(|e| self.unpack_type_error(e, &v))?;
        if items.len() < before + after {
            return Err(value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mid_end = items.len() - after;
        for x in items[mid_end..].iter().rev() {
            fr.stack.push(x.clone());
        }
        fr.stack.push(self.new_list(items[before..mid_end].to_vec()));
        for x in items[..before].iter().rev() {
            fr.stack.push(x.clone());
        }

        Ok(())
    }

    #[inline(never)]
    fn op_build_string(&mut self, fr: &mut Frame, n: u32) -> PyResult<()> {
        let at = fr.stack.len() - n as usize;
        let mut s = String::new();
        for v in fr.stack.drain(at..) {
            s.push_str(v.as_str().unwrap_or(""));
        }
        fr.stack.push(Value::string(s));

        Ok(())
    }

    #[inline(never)]
    fn op_build_map(&mut self, fr: &mut Frame, n: u32) -> PyResult<()> {
        let at = fr.stack.len() - 2 * n as usize;
        let items: Vec<Value> = fr.stack.drain(at..).collect();
        let d = Value::obj(Obj::Dict(RefCell::new(crate::dict::Dict::with_capacity(n as usize))));
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.dict_set(&d, k, v)?;
        }
        fr.stack.push(d);

        Ok(())
    }

    #[inline(never)]
    fn op_build_set(&mut self, fr: &mut Frame, n: u32) -> PyResult<()> {
        let at = fr.stack.len() - n as usize;
        let items: Vec<Value> = fr.stack.drain(at..).collect();
        let s = Value::obj(Obj::Set(RefCell::new(crate::set::SetTable::new())));
        for it in items {
            self.set_add(&s, it)?;
        }
        fr.stack.push(s);

        Ok(())
    }

    #[inline(never)]
    fn op_list_extend(&mut self, fr: &mut Frame, n: u32) -> PyResult<()> {
        let v = fr.stack.pop().unwrap();
        let len = fr.stack.len();
        let l = fr.stack[len - n as usize].clone();
        let items = match self.iterate(&v) {
            Ok(items) => items,
            Err(e) if self.err_matches(&e, ExcKind::TypeError) && !self.has_iter(&v) => {
                return Err(type_error(format!(
                    "Value after * must be an iterable, not {}",
                    self.type_name(&v)
                )));
            }
            Err(e) => return Err(e),
        };
        if let Value::Obj(o) = &l {
            if let Obj::List(l) = &**o {
                l.borrow_mut().extend(items);
            }
        }

        Ok(())
    }

    #[inline(never)]
    fn op_format_value(&mut self, fr: &mut Frame, flags: u32) -> PyResult<()> {
        let spec = if flags & 4 != 0 {
            Some(fr.stack.pop().unwrap())
        } else {
            None
        };
        let v = fr.stack.pop().unwrap();
        let v = match flags & 3 {
            1 => self.str(&v)?,
            2 => self.repr(&v)?,
            3 => self.ascii(&v)?,
            _ => v,
        };
        let r = match (&v, &spec) {
            (Value::Obj(o), None) if matches!(&**o, Obj::Str(_)) => v.clone(),
            _ => self.format(&v, spec.as_ref().and_then(|s| s.as_str()).unwrap_or(""))?,
        };
        fr.stack.push(r);

        Ok(())
    }

    #[inline(never)]
    fn op_load_class_deref(&mut self, fr: &mut Frame, i: u32) -> PyResult<()> {
        let ncell = fr.code.co.cellvars.len();
        let name = if (i as usize) < ncell {
            fr.code.co.cellvars[i as usize].clone()
        } else {
            fr.code.co.freevars[i as usize - ncell].clone()
        };
        let found = fr.locals.as_ref().and_then(|l| crate::vm::dict_get_str(l, &name));
        match found {
            Some(v) => fr.stack.push(v),
            None => {
                let v = cell_get(&fr.cells[i as usize]);
                if v.is_null() {
                    return Err(self.unbound_deref(fr, i));
                }
                fr.stack.push(v);
            }
        }

        Ok(())
    }

    #[inline(never)]
    fn op_with_except_start(&mut self, fr: &mut Frame) -> PyResult<()> {
        // stack: Null exit prev exc
        let len = fr.stack.len();
        let exc = fr.stack[len - 1].clone();
        let exit = fr.stack[len - 3].clone();
        let ty = Value::Obj(self.class_of(&exc));
        let tb = self.traceback_of(&exc);
        let r = self.call_value(&exit, &[ty, exc, tb])?;
        let b = self.is_true(&r)?;
        fr.stack.push(Value::Bool(b));

        Ok(())
    }

    #[inline(never)]
    fn op_get_aiter(&mut self, fr: &mut Frame) -> PyResult<()> {
        let obj = fr.stack.pop().unwrap();
        let cls = self.class_of(&obj);
        let Some(f) = crate::types::class::lookup(self, &cls, "__aiter__") else {
            return Err(type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(&obj)
            )));
        };
        let it = self.call_value(&f, &[obj])?;
        let ic = self.class_of(&it);
        if crate::types::class::lookup(self, &ic, "__anext__").is_none() {
            return Err(type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            )));
        }
        fr.stack.push(it);
        Ok(())
    }

    #[inline(never)]
    fn op_get_anext(&mut self, fr: &mut Frame) -> PyResult<()> {
        let it = fr.stack.last().unwrap().clone();
        let cls = self.class_of(&it);
        let Some(f) = crate::types::class::lookup(self, &cls, "__anext__") else {
            return Err(type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(&it)
            )));
        };
        let r = self.call_value(&f, &[it])?;
        let aw = self.get_awaitable(&r).map_err(|_| {
            type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                self.type_name(&r)
            ))
        })?;
        fr.stack.push(aw);
        Ok(())
    }

    #[inline(never)]
    fn op_before_async_with(&mut self, fr: &mut Frame) -> PyResult<()> {
        let mgr = fr.stack.pop().unwrap();
        let cls = self.class_of(&mgr);
        let enter = crate::types::class::lookup(self, &cls, "__aenter__");
        let exit = crate::types::class::lookup(self, &cls, "__aexit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(&mgr);
            return Err(type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                tn
            )));
        };
        let exit_b = self.bind_method(&exit, &mgr);
        let enter_b = self.bind_method(&enter, &mgr);
        fr.stack.push(Value::Null);
        fr.stack.push(exit_b);
        let r = self.call_value(&enter_b, &[])?;
        let aw = self.get_awaitable(&r)?;
        fr.stack.push(aw);
        Ok(())
    }

    #[inline(never)]
    fn op_async_with_except_start(&mut self, fr: &mut Frame) -> PyResult<()> {
        // stack: Null aexit prev exc
        let len = fr.stack.len();
        let exc = fr.stack[len - 1].clone();
        let exit = fr.stack[len - 3].clone();
        let ty = Value::Obj(self.class_of(&exc));
        let tb = self.traceback_of(&exc);
        let r = self.call_value(&exit, &[ty, exc, tb])?;
        fr.stack.push(r);
        Ok(())
    }

    #[inline(never)]
    fn op_before_with(&mut self, fr: &mut Frame) -> PyResult<()> {
        let mgr = fr.stack.pop().unwrap();
        let (exit, enter) = self.before_with(&mgr)?;
        fr.stack.push(Value::Null);
        fr.stack.push(exit);
        let r = self.call_value(&enter, &[])?;
        fr.stack.push(r);

        Ok(())
    }

    #[inline(never)]
    fn op_setup_annotations(&mut self, fr: &mut Frame) -> PyResult<()> {
        let ns = fr.locals.clone().unwrap_or_else(|| fr.globals.clone());
        if crate::vm::dict_get_str(&ns, "__annotations__").is_none() {
            let k = self.intern("__annotations__");
            let d = self.new_dict();
            crate::vm::dict_set_str(&ns, k, d);
        }

        Ok(())
    }

    #[inline(never)]
    fn op_match_class(&mut self, fr: &mut Frame, npos: u32) -> PyResult<()> {
        let names = fr.stack.pop().unwrap();
        let cls = fr.stack.pop().unwrap();
        let subject = fr.stack.pop().unwrap();
        let r = self.match_class(&subject, &cls, npos as usize, &names)?;
        fr.stack.push(r);

        Ok(())
    }

    #[inline(never)]
    fn op_match_keys(&mut self, fr: &mut Frame) -> PyResult<()> {
        let keys = fr.stack.last().unwrap().clone();
        let subject = fr.stack[fr.stack.len() - 2].clone();
        let r = self.match_keys(&subject, &keys)?;
        fr.stack.push(r);

        Ok(())
    }

    #[inline(never)]
    fn op_dict_without_keys(&mut self, fr: &mut Frame) -> PyResult<()> {
        let keys = fr.stack.pop().unwrap();
        let subject = fr.stack.last().unwrap().clone();
        let r = self.dict_without_keys(&subject, &keys)?;
        fr.stack.push(r);

        Ok(())
    }

    #[inline(never)]
    fn op_import_name(&mut self, fr: &mut Frame, i: u32) -> PyResult<()> {
        let name = fr.code.names[i as usize].clone();
        let fromlist = fr.stack.pop().unwrap();
        let level = fr.stack.pop().unwrap();
        let globals = fr.globals.clone();
        let m = self.import(&name, &fromlist, &level, &globals)?;
        fr.stack.push(m);

        Ok(())
    }

    #[inline(never)]
    fn op_import_from(&mut self, fr: &mut Frame, i: u32) -> PyResult<()> {
        let name = fr.code.names[i as usize].clone();
        let m = fr.stack.last().unwrap().clone();
        let v = self.import_from(&m, &name)?;
        fr.stack.push(v);

        Ok(())
    }

    #[inline(never)]
    fn op_import_star(&mut self, fr: &mut Frame) -> PyResult<()> {
        let m = fr.stack.pop().unwrap();
        let ns = fr.locals.clone().unwrap_or_else(|| fr.globals.clone());
        self.import_star(&m, &ns)?;

        Ok(())
    }

    #[inline(never)]
    fn op_store_name(&mut self, fr: &mut Frame, i: u32) -> PyResult<()> {
        let name = fr.code.names[i as usize].clone();
        let v = fr.stack.pop().unwrap();
        let ns = fr.locals.clone().unwrap_or_else(|| fr.globals.clone());
        self.namespace_set(&ns, name, v)?;
        crate::types::generator::maybe_finalize(self);

        Ok(())
    }

    #[inline(never)]
    fn op_delete_name(&mut self, fr: &mut Frame, i: u32) -> PyResult<()> {
        let name = fr.code.names[i as usize].clone();
        let ns = fr.locals.clone().unwrap_or_else(|| fr.globals.clone());
        if !self.namespace_del(&ns, &name)? {
            return Err(name_error(format!(
                "name '{}' is not defined",
                name.as_str().unwrap_or("")
            )));
        }
        crate::types::generator::maybe_finalize(self);

        Ok(())
    }

    #[inline(never)]
    fn op_delete_global(&mut self, fr: &mut Frame, i: u32) -> PyResult<()> {
        let name = fr.code.names[i as usize].clone();
        let g = fr.globals.clone();
        if !self.namespace_del(&g, &name)? {
            return Err(name_error(format!(
                "name '{}' is not defined",
                name.as_str().unwrap_or("")
            )));
        }

        Ok(())
    }

    #[inline(never)]
    fn op_delete_attr(&mut self, fr: &mut Frame, i: u32) -> PyResult<()> {
        let obj = fr.stack.pop().unwrap();
        let name = fr.code.names[i as usize].clone();
        self.delattr(&obj, &name)?;

        Ok(())
    }

    #[inline(never)]
    fn op_set_update(&mut self, fr: &mut Frame, n: u32) -> PyResult<()> {
        let v = fr.stack.pop().unwrap();
        let len = fr.stack.len();
        let s = fr.stack[len - n as usize].clone();
        for it in self.iterate(&v)? {
            self.set_add(&s, it)?;
        }

        Ok(())
    }

    fn return_from_frame(&mut self, v: Value) -> PyResult<Switch> {
        let mut frame = self.frames.pop().expect("frame");
        if frame.is_entry {
            self.recycle_frame(frame);
            return Ok(Switch::Return(v));
        }
        let init_self = frame.init_self.take();
        let discard = frame.discard_result;
        self.recycle_frame(frame);
        if discard {
            return Ok(Switch::Continue);
        }
        crate::types::generator::maybe_finalize(self);
        let caller = self.frames.last_mut().expect("caller");
        match init_self {
            Some(obj) => {
                if !v.is_none() {
                    let tn = self.type_name(&v);
                    return Err(type_error(format!("__init__() should return None, not '{}'", tn)));
                }
                caller.stack.push(obj);
            }
            None => caller.stack.push(v),
        }
        Ok(Switch::Continue)
    }

    /// The CALL instructions: returns true when a Python frame was pushed.
    #[inline]
    fn call_instr(&mut self, fr: &mut Frame, n: usize, nk: usize) -> PyResult<bool> {
        crate::types::generator::maybe_finalize(self);
        let len = fr.stack.len();
        let base = len - n - 2;
        let (func, argstart) = if fr.stack[base].is_null() {
            (fr.stack[base + 1].clone(), base + 2)
        } else {
            (fr.stack[base].clone(), base + 1)
        };
        let kwnames_v = if nk > 0 {
            std::mem::replace(&mut self.kwnames_tmp, Value::None)
        } else {
            Value::None
        };
        let kwnames: &[Value] = match &kwnames_v {
            Value::Obj(o) => match &**o {
                Obj::Tuple(t) => t,
                _ => &[],
            },
            _ => &[],
        };
        if let Value::Obj(o) = &func {
            match &**o {
                Obj::Function(f) if !f.code.co.is_generator() => {
                    let co = &f.code.co;
                    let nargs = fr.stack.len() - argstart;
                    if kwnames.is_empty()
                        && co.argcount as usize == nargs
                        && co.flags & (pyrite_compiler::CO_VARARGS | pyrite_compiler::CO_VARKEYWORDS) == 0
                        && co.kwonlyargcount == 0
                        && co.cell2arg.iter().all(|c| c.is_none())
                    {
                        // the common case: move the arguments straight into the new frame
                        let mut frame = self.new_frame(f.code.clone(), f.globals.clone(), None);
                        debug_assert!(frame.fast.len() >= nargs);
                        // SAFETY: the new frame has at least `argcount == nargs` fast slots, all
                        // Null (nothing to drop); the arguments are moved bitwise out of the
                        // stack, whose length is cut below them so they are not dropped twice.
                        // (A bitwise copy also avoids the store-forwarding stall of moving
                        // 16-byte values one by one through a temporary.)
                        unsafe {
                            std::ptr::copy_nonoverlapping(
                                fr.stack.as_ptr().add(argstart),
                                frame.fast.as_mut_ptr(),
                                nargs,
                            );
                            fr.stack.set_len(argstart);
                        }
                        fr.stack.truncate(base);
                        frame.cells.extend(f.closure.iter().cloned());
                        self.push_frame(frame)?;
                        return Ok(true);
                    }
                    let frame = self.bind_args(o, f, None, &fr.stack[argstart..], kwnames)?;
                    fr.stack.truncate(base);
                    self.push_frame(frame)?;
                    return Ok(true);
                }
                Obj::BoundMethod(slf, m) => {
                    if let Value::Obj(mo) = m {
                        if let Obj::Function(f) = &**mo {
                            if !f.code.co.is_generator() {
                                let frame = self.bind_args(mo, f, Some(slf), &fr.stack[argstart..], kwnames)?;
                                fr.stack.truncate(base);
                                self.push_frame(frame)?;
                                return Ok(true);
                            }
                        }
                    }
                }
                Obj::Class(_) => {
                    if let Some((inst, init)) = self.fast_new_instance(o)? {
                        if let Value::Obj(io) = &init {
                            if let Obj::Function(f) = &**io {
                                let mut frame = self.bind_args(io, f, Some(&inst), &fr.stack[argstart..], kwnames)?;
                                frame.init_self = Some(inst);
                                fr.stack.truncate(base);
                                self.push_frame(frame)?;
                                return Ok(true);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let r = self.call_value_kw(&func, &fr.stack[argstart..], kwnames)?;
        fr.stack.truncate(base);
        fr.stack.push(r);
        Ok(false)
    }

    /// A plain data attribute (not a function or descriptor) found on the class of an instance
    /// that has no such attribute itself, or on a class object with the default metaclass.
    fn plain_class_attr(&mut self, obj: &Value, name: &Value) -> Option<Value> {
        let Value::Obj(o) = obj else { return None };
        let cls = match &**o {
            Obj::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                let flags = crate::types::class::class_flags(self, &cls);
                if flags & (CF_CUSTOM_GETATTRIBUTE | CF_DATA_DESCRIPTORS) != 0 || inst.exc.is_some() {
                    return None;
                }
                cls
            }
            Obj::Class(c) => {
                if c.metaclass.borrow().is_some() || name.as_str().map(|n| n.starts_with("__")).unwrap_or(true) {
                    return None;
                }
                o.clone()
            }
            _ => return None,
        };
        let v = crate::types::class::lookup_cached(self, &cls, name)?;
        let on_class = matches!(&**o, Obj::Class(_));
        let plain = match &v {
            Value::Obj(vo) => match &**vo {
                Obj::Str(_)
                | Obj::Tuple(_)
                | Obj::BigInt(_)
                | Obj::List(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::Bytes(_) => true,
                // read through the class itself, functions are plain and static methods unwrap
                Obj::Function(_) => on_class,
                Obj::StaticMethod(f) if on_class => return Some(f.clone()),
                _ => false,
            },
            _ => true,
        };
        if plain {
            Some(v)
        } else {
            None
        }
    }

    /// The getter of a property found for `name` on an instance whose class uses the standard
    /// attribute protocol, when it is a plain (non-generator) Python function of one argument.
    fn property_getter(&mut self, obj: &Value, name: &Value) -> Option<Value> {
        self.simple_property_fn(obj, name, false)
    }

    /// The setter of a property found for `name`, when it is a plain Python function of two
    /// arguments and the class uses the standard `__setattr__`.
    fn property_setter(&mut self, obj: &Value, name: &Value) -> Option<Value> {
        self.simple_property_fn(obj, name, true)
    }

    fn simple_property_fn(&mut self, obj: &Value, name: &Value, setter: bool) -> Option<Value> {
        let Value::Obj(o) = obj else { return None };
        let Obj::Instance(inst) = &**o else { return None };
        let cls = inst.class.borrow().clone();
        let custom = if setter {
            CF_CUSTOM_SETATTR
        } else {
            CF_CUSTOM_GETATTRIBUTE
        };
        let flags = crate::types::class::class_flags(self, &cls);
        if flags & (custom | CF_DATA_DESCRIPTORS) != CF_DATA_DESCRIPTORS {
            return None;
        }
        let d = crate::types::class::lookup_cached(self, &cls, name)?;
        let Value::Obj(dobj) = &d else { return None };
        let Obj::Property(p) = &**dobj else { return None };
        let f = if setter {
            p.fset.borrow().clone()
        } else {
            p.fget.borrow().clone()
        };
        let nargs = if setter { 2 } else { 1 };
        let simple = matches!(&f, Value::Obj(fo) if matches!(&**fo, Obj::Function(func)
            if !func.code.co.is_generator()
                && func.code.co.argcount == nargs
                && func.code.co.flags & (pyrite_compiler::CO_VARARGS | pyrite_compiler::CO_VARKEYWORDS) == 0));
        simple.then_some(f)
    }

    /// Replace the `func()` placeholder in a call-argument error with the callee's name.
    fn name_function_in_error(&mut self, e: PyErr, func: Option<Value>) -> PyErr {
        let (PyErr::Lazy(kind, msg), Some(f)) = (&e, func) else {
            return e;
        };
        let Some(rest) = msg.strip_prefix("func()") else {
            return e;
        };
        let qual = self
            .getattr(&f, &Value::str("__qualname__"))
            .ok()
            .and_then(|q| q.as_str().map(String::from));
        let module = self
            .getattr(&f, &Value::str("__module__"))
            .ok()
            .and_then(|m| m.as_str().map(String::from));
        let name = match (qual, module) {
            (Some(q), Some(m)) if m != "builtins" => format!("{}.{}()", m, q),
            (Some(q), _) => format!("{}()", q),
            _ => return e,
        };
        PyErr::Lazy(*kind, format!("{}{}", name, rest))
    }

    fn unbound_deref(&self, fr: &Frame, i: u32) -> PyErr {
        let ncell = fr.code.co.cellvars.len();
        if (i as usize) < ncell {
            let name = &fr.code.co.cellvars[i as usize];
            unbound_local(format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name
            ))
        } else {
            let name = &fr.code.co.freevars[i as usize - ncell];
            name_error(format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                name
            ))
        }
    }

    fn load_name(&mut self, fr: &Frame, name: &Value) -> PyResult<Value> {
        let key = name.as_pystr().unwrap();
        if let Some(l) = &fr.locals {
            match &**l {
                Obj::Dict(d) => {
                    if let Some(v) = d.borrow().get_str_hashed(key.as_str(), key.hash()) {
                        return Ok(v.clone());
                    }
                }
                _ => {
                    // a custom mapping namespace (class body with __prepare__)
                    match self.getitem(&Value::Obj(l.clone()), name) {
                        Ok(v) => return Ok(v),
                        Err(e) if self.err_matches(&e, ExcKind::KeyError) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        self.load_global(fr, name)
    }

    #[inline]
    fn load_global(&mut self, fr: &Frame, name: &Value) -> PyResult<Value> {
        let key = name.as_pystr().unwrap();
        if let Obj::Dict(d) = &*fr.globals {
            if let Some(v) = d.borrow().get_str_hashed(key.as_str(), key.hash()) {
                return Ok(v.clone());
            }
        }
        let builtins = fr.builtins.as_ref().unwrap_or(&self.builtins);
        if let Obj::Dict(d) = &**builtins {
            if let Some(v) = d.borrow().get_str_hashed(key.as_str(), key.hash()) {
                return Ok(v.clone());
            }
        }
        Err(self.name_not_defined(key.as_str(), fr))
    }

    fn name_not_defined(&mut self, name: &str, fr: &Frame) -> PyErr {
        let msg = format!("name '{}' is not defined", name);
        let exc = self.new_exception(ExcKind::NameError, vec![Value::string(msg)]);
        let _ = self.generic_setattr(&exc, &Value::str("name"), Value::str(name));
        // the suggestion is shown by the traceback printer, not part of the message
        if let Some(s) = crate::suggest::suggest_name(self, name, fr) {
            let _ = self.generic_setattr(&exc, &Value::str("__pyrite_suggestion__"), Value::string(s));
        }
        PyErr::Obj(exc)
    }

    fn namespace_set(&mut self, ns: &ObjRef, name: Value, v: Value) -> PyResult<()> {
        match &**ns {
            Obj::Dict(d) => {
                d.borrow_mut().set_str(name, v);
                Ok(())
            }
            _ => self.setitem(&Value::Obj(ns.clone()), name, v),
        }
    }

    fn namespace_del(&mut self, ns: &ObjRef, name: &Value) -> PyResult<bool> {
        match &**ns {
            Obj::Dict(d) => Ok(d.borrow_mut().remove_str(name.as_str().unwrap_or("")).is_some()),
            _ => {
                self.delitem(&Value::Obj(ns.clone()), name)?;
                Ok(true)
            }
        }
    }

    fn do_raise(&mut self, fr: &mut Frame, n: u32) -> PyErr {
        if n == 0 {
            if self.handled.is_none() {
                return runtime_error("No active exception to reraise");
            }
            self.reraising = true;
            let exc = self.handled.clone();
            // a bare raise re-adds the current frame (CPython keeps the original traceback)
            return PyErr::Obj(exc);
        }
        let cause = if n == 2 { Some(fr.stack.pop().unwrap()) } else { None };
        let v = fr.stack.pop().unwrap();
        let exc = match self.make_exception(&v) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(c) = cause {
            let cause_v = if c.is_none() {
                Value::None
            } else {
                match self.make_exception(&c) {
                    Ok(e) => e,
                    Err(_) => return type_error("exception causes must derive from BaseException"),
                }
            };
            if let Some(d) = exc_data(&exc) {
                let mut d = d.borrow_mut();
                d.cause = cause_v;
                d.suppress_context = true;
            }
        }
        PyErr::Obj(exc)
    }

    /// `raise X`: instantiate classes, validate instances.
    pub fn make_exception(&mut self, v: &Value) -> Result<Value, PyErr> {
        if let Value::Obj(o) = v {
            if let Obj::Class(_) = &**o {
                if crate::types::class::is_subclass(o, &self.exc_class(ExcKind::BaseException)) {
                    return self.call_value(v, &[]).map_err(|e| e);
                }
            }
            if exc_data(v).is_some() {
                return Ok(v.clone());
            }
        }
        Err(type_error("exceptions must derive from BaseException"))
    }

    fn make_function(&mut self, fr: &mut Frame, flags: u32) -> PyResult<Value> {
        let qualname = fr.stack.pop().unwrap();
        let code = fr.stack.pop().unwrap();
        let closure = if flags & 8 != 0 { fr.stack.pop() } else { None };
        let annotations = if flags & 4 != 0 {
            fr.stack.pop().unwrap()
        } else {
            Value::Null
        };
        let kwdefaults = if flags & 2 != 0 {
            fr.stack.pop().unwrap()
        } else {
            Value::None
        };
        let defaults = if flags & 1 != 0 {
            fr.stack.pop().unwrap()
        } else {
            Value::None
        };
        let code = match &code {
            Value::Obj(o) => match &**o {
                Obj::Code(c) => c.clone(),
                _ => return Err(system_error("bad code object")),
            },
            _ => return Err(system_error("bad code object")),
        };
        let cells: Vec<ObjRef> = match &closure {
            Some(Value::Obj(o)) => match &**o {
                Obj::Tuple(t) => t
                    .iter()
                    .filter_map(|c| if let Value::Obj(c) = c { Some(c.clone()) } else { None })
                    .collect(),
                _ => vec![],
            },
            _ => vec![],
        };
        let doc = match &code.co.docstring {
            Some(d) => Value::str(d),
            None => Value::None,
        };
        let module = crate::vm::dict_get_str(&fr.globals, "__name__").unwrap_or(Value::None);
        let name = code.name.clone();
        Ok(Value::obj(Obj::Function(Box::new(Function {
            code,
            globals: fr.globals.clone(),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure: cells.into_boxed_slice(),
            dict: RefCell::new(None),
            annotations: RefCell::new(annotations),
            doc: RefCell::new(doc),
            module: RefCell::new(module),
        }))))
    }

    fn unpack_type_error(&mut self, e: PyErr, v: &Value) -> PyErr {
        if self.err_matches(&e, ExcKind::TypeError) && !self.has_iter(v) {
            return type_error(format!("cannot unpack non-iterable {} object", self.type_name(v)));
        }
        e
    }

    fn unpack_sequence(&mut self, v: &Value, n: usize, out: &mut Vec<Value>) -> PyResult<()> {
        if let Value::Obj(o) = v {
            match &**o {
                Obj::Tuple(t) => {
                    if t.len() != n {
                        return Err(unpack_count_error(n, t.len()));
                    }
                    out.extend(t.iter().rev().cloned());
                    return Ok(());
                }
                Obj::List(l) => {
                    let l = l.borrow();
                    if l.len() != n {
                        return Err(unpack_count_error(n, l.len()));
                    }
                    out.extend(l.iter().rev().cloned());
                    return Ok(());
                }
                _ => {}
            }
        }
        let it = self.get_iter(v).map_err(|e| self.unpack_type_error(e, v))?;
        let mut items = Vec::with_capacity(n);
        while let Some(x) = self.next(&it)? {
            items.push(x);
            if items.len() > n {
                return Err(value_error(format!("too many values to unpack (expected {})", n)));
            }
        }
        if items.len() != n {
            return Err(unpack_count_error(n, items.len()));
        }
        out.extend(items.into_iter().rev());
        Ok(())
    }

    pub fn traceback_of(&mut self, exc: &Value) -> Value {
        match exc_data(exc) {
            Some(d) => {
                let d = d.borrow();
                if let Some(t) = &d.tb_override {
                    return t.clone();
                }
                if d.traceback.is_empty() {
                    return Value::None;
                }
                let mut entries = d.traceback.clone();
                entries.reverse();
                Value::obj(Obj::Traceback(Traceback {
                    entries: Rc::new(entries),
                    index: 0,
                }))
            }
            None => Value::None,
        }
    }
}

fn unpack_count_error(expected: usize, got: usize) -> PyErr {
    if got < expected {
        value_error(format!(
            "not enough values to unpack (expected {}, got {})",
            expected, got
        ))
    } else {
        value_error(format!("too many values to unpack (expected {})", expected))
    }
}

/// For `super().name` where `super()` wraps an instance: the plain Python function found after
/// the super type in the instance's MRO, and the instance to call it with.
#[inline]
fn super_method(obj: &Value, name: &Value) -> Option<(Value, Value)> {
    let Value::Obj(o) = obj else { return None };
    let Obj::Super(ty, inst) = &**o else { return None };
    let Value::Obj(t) = ty else { return None };
    let Value::Obj(io) = inst else { return None };
    let Obj::Instance(i) = &**io else { return None };
    let ps = name.as_pystr()?;
    let cls = i.class.borrow().clone();
    let Obj::Class(c) = &*cls else { return None };
    let mro = c.mro.borrow();
    let pos = mro.iter().position(|m| std::rc::Rc::ptr_eq(m, t))? + 1;
    for m in &mro[pos..] {
        if let Obj::Class(mc) = &**m {
            if let Some(v) = mc.dict.borrow().get_str_hashed(ps.as_str(), ps.hash()) {
                return match v {
                    Value::Obj(fo) if matches!(&**fo, Obj::Function(_)) => Some((v.clone(), inst.clone())),
                    _ => None,
                };
            }
        }
    }
    None
}

/// An attribute found directly in the `__dict__` of an instance whose class has no data
/// descriptors and no custom `__getattribute__` (the common case), without further lookups.
#[inline]
fn plain_instance_attr(
    vm: &mut Vm,
    obj: &Value,
    name: &Value,
    cache: &std::cell::Cell<u32>,
    stack: &mut Vec<Value>,
) -> Option<()> {
    let Value::Obj(o) = obj else { return None };
    let Obj::Instance(inst) = &**o else { return None };
    let flags = match &**inst.class.borrow() {
        Obj::Class(c) => c.flags.get() & (CF_VALID | CF_CUSTOM_GETATTRIBUTE | CF_DATA_DESCRIPTORS),
        _ => return None,
    };
    if flags == CF_VALID | CF_DATA_DESCRIPTORS {
        // some class attribute is a data descriptor: the instance dict only wins for names
        // that no class in the MRO defines
        let cls = inst.class.borrow().clone();
        if crate::types::class::lookup_cached(vm, &cls, name).is_some() {
            return None;
        }
    } else if flags != CF_VALID {
        return None;
    }
    let ps = name.as_pystr()?;
    let d = inst.dict_cell()?;
    let d = d.borrow();
    // inline cache: the entry index where this attribute was found last time
    // the value is pushed straight from the entry: moving it through an Option temporary
    // costs a store-forwarding stall on this hot path
    if let Some(v) = d.value_if_key_at(cache.get() as usize, ps.as_str()) {
        stack.push(v.clone());
        return Some(());
    }
    let i = d.index_of_str(ps.as_str(), ps.hash())?;
    cache.set(i as u32);
    stack.push(d.entry(i)?.value.clone());
    Some(())
}

/// Float arithmetic that cannot fail (no division by zero), for the dispatch loop.
#[inline(always)]
fn float_fast(op: pyrite_compiler::BinOp, a: &Value, b: &Value) -> Option<f64> {
    use pyrite_compiler::BinOp;
    let (x, y) = match (a, b) {
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        (Value::Float(x), Value::Int(y)) => (*x, *y as f64),
        (Value::Int(x), Value::Float(y)) => (*x as f64, *y),
        _ => return None,
    };
    // int -> float conversion is exact only within 2**53
    if let (Value::Int(i), _) | (_, Value::Int(i)) = (a, b) {
        if i.unsigned_abs() > 1 << 53 {
            return None;
        }
    }
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// Push a freshly built value straight into the stack's memory (see `Value::clone`: building
/// it in a temporary and copying it as one 16-byte unit stalls the CPU).
#[inline(always)]
fn push_direct(stack: &mut Vec<Value>, v: Value) {
    // Immediate values are written as one 16-byte store (tag byte + payload in the layout
    // fixed by `repr(C, u8)`), so a following 16-byte load forwards from the store instead of
    // stalling on two partial writes.
    let raw: u128 = match &v {
        Value::Null => 0,
        Value::None => 1,
        Value::Bool(b) => 2 | ((*b as u128) << 64),
        Value::Int(i) => 3 | ((*i as u64 as u128) << 64),
        Value::Float(f) => 4 | ((f.to_bits() as u128) << 64),
        Value::Obj(_) => {
            stack.push(v);
            return;
        }
    };
    if stack.len() == stack.capacity() {
        stack.reserve(1);
    }
    // SAFETY: capacity for one more element was ensured above; `raw` is a valid bit pattern
    // of the immediate variant under the repr(C, u8) layout (checked by a unit test).
    unsafe {
        let len = stack.len();
        std::ptr::write(stack.as_mut_ptr().add(len) as *mut u128, raw);
        stack.set_len(len + 1);
    }
}

#[inline]
pub fn cell_get(c: &ObjRef) -> Value {
    match &**c {
        Obj::Cell(v) => v.borrow().clone(),
        _ => Value::Null,
    }
}

#[inline]
pub fn cell_set(c: &ObjRef, v: Value) {
    if let Obj::Cell(cell) = &**c {
        *cell.borrow_mut() = v;
    }
}

pub fn exc_data(v: &Value) -> Option<&RefCell<ExcData>> {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Instance(i) => i.exc.as_deref(),
            _ => None,
        },
        _ => None,
    }
}

fn add_traceback(exc: &Value, entry: TbEntry) {
    if let Some(d) = exc_data(exc) {
        let mut d = d.borrow_mut();
        d.tb_override = None;
        d.traceback.push(entry);
    }
}
