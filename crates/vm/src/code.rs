//! Runtime code objects: a compiled `CodeObject` plus its constants and names as `Value`s.

use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use pyrite_compiler::{CodeObject, Constant};
use std::rc::Rc;

pub struct Code {
    pub co: CodeObject,
    pub consts: Vec<Value>,
    /// `co.names` as interned str values.
    pub names: Vec<Value>,
    /// `co.varnames` as interned str values.
    pub varnames: Vec<Value>,
    pub name: Value,
    pub qualname: Value,
    /// Per-instruction inline cache for LoadAttr/StoreAttr: the index of the instance-dict
    /// entry that held the attribute last time (instances of one class usually store their
    /// attributes in the same order, so the index is a good guess). u32::MAX when empty.
    pub attr_cache: Box<[std::cell::Cell<u32>]>,
}

impl Code {
    pub fn load(vm: &mut Vm, mut co: CodeObject) -> Rc<Code> {
        let consts_in = std::mem::take(&mut co.consts);
        let consts = consts_in.into_iter().map(|c| const_value(vm, c)).collect();
        let names = co.names.iter().map(|n| vm.intern(n)).collect();
        let varnames = co.varnames.iter().map(|n| vm.intern(n)).collect();
        let name = vm.intern(&co.name);
        let qualname = Value::str(&co.qualname);
        let attr_cache = (0..co.instrs.len()).map(|_| std::cell::Cell::new(u32::MAX)).collect();
        Rc::new(Code {
            co,
            consts,
            names,
            varnames,
            name,
            qualname,
            attr_cache,
        })
    }
}

fn const_value(vm: &mut Vm, c: Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(b),
        Constant::Int(i) => Value::Int(i),
        Constant::BigInt(b) => Value::obj(Obj::BigInt(b)),
        Constant::Float(f) => Value::Float(f),
        Constant::Complex(r, i) => Value::obj(Obj::Complex(r, i)),
        Constant::Str(s) => {
            if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                vm.intern(&s)
            } else {
                Value::str(&s)
            }
        }
        Constant::Bytes(b) => Value::obj(Obj::Bytes(b.to_vec().into_boxed_slice())),
        Constant::Tuple(items) => {
            let v: Vec<Value> = items.iter().map(|c| const_value(vm, c.clone())).collect();
            Value::obj(Obj::Tuple(v.into_boxed_slice()))
        }
        Constant::Code(code) => {
            let co = Rc::try_unwrap(code).unwrap_or_else(|rc| clone_code(&rc));
            Value::obj(Obj::Code(Code::load(vm, co)))
        }
        Constant::Ellipsis => vm.ellipsis.clone(),
    }
}

fn clone_code(c: &CodeObject) -> CodeObject {
    CodeObject {
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        filename: c.filename.clone(),
        first_line: c.first_line,
        instrs: c.instrs.clone(),
        locations: c.locations.clone(),
        consts: c.consts.clone(),
        names: c.names.clone(),
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        freevars: c.freevars.clone(),
        cell2arg: c.cell2arg.clone(),
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        max_stack: c.max_stack,
        docstring: c.docstring.clone(),
    }
}

#[allow(dead_code)]
fn _unused(_: BigInt) {}
