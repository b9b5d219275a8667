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
    /// Every heap object pays for the largest `Obj` variant: keep big layouts boxed.
    #[test]
    fn object_layouts_stay_small() {
        assert!(std::mem::size_of::<crate::object::Obj>() <= 72, "Obj grew to {} bytes", std::mem::size_of::<crate::object::Obj>());
        assert_eq!(std::mem::size_of::<crate::value::Value>(), 16);
    }
}
