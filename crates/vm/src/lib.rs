//! pyrite's virtual machine: the object model, the interpreter loop, the import system and
//! the builtin types and functions.

pub mod attr;
pub mod builtins;
pub mod call;
pub mod code;
pub mod dict;
pub mod error;
pub mod format;
pub mod frame;
pub mod hash;
pub mod import;
pub mod interp;
pub mod io;
pub mod object;
pub mod ops;
pub mod protocol;
pub mod repr;
pub mod set;
pub mod signals;
pub mod suggest;
pub mod sysmodule;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;

pub use error::{ExcKind, PyErr, PyResult};
pub use object::{Args, NativeFn, Obj};
pub use value::{ObjRef, Value};
pub use vm::Vm;

#[cfg(test)]
mod size_tests {
    #[test]
    fn print_sizes() {
        eprintln!("Obj={} Value={} Function={} Class={} Instance={} Generator={} Native={} IterState={} PyStr={}",
            std::mem::size_of::<crate::object::Obj>(), std::mem::size_of::<crate::value::Value>(),
            std::mem::size_of::<crate::object::Function>(), std::mem::size_of::<crate::object::Class>(),
            std::mem::size_of::<crate::object::Instance>(), std::mem::size_of::<crate::object::Generator>(),
            std::mem::size_of::<crate::object::Native>(), std::mem::size_of::<std::cell::RefCell<crate::object::IterState>>(),
            std::mem::size_of::<crate::object::PyStr>());
    }
}
