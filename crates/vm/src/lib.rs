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
        assert!(
            std::mem::size_of::<crate::object::Obj>() <= 72,
            "Obj grew to {} bytes",
            std::mem::size_of::<crate::object::Obj>()
        );
        assert_eq!(std::mem::size_of::<crate::value::Value>(), 16);
    }

    /// `interp::push_direct` writes immediates as raw 16-byte patterns: check the layout.
    #[test]
    fn immediate_value_bit_patterns() {
        use crate::value::Value;
        fn raw(v: &Value) -> (u8, u64) {
            let p = v as *const Value as *const u8;
            // SAFETY: reading the tag byte and the 8-byte payload of a live Value.
            unsafe { (*p, std::ptr::read_unaligned(p.add(8) as *const u64)) }
        }
        assert_eq!(raw(&Value::Null).0, 0);
        assert_eq!(raw(&Value::None).0, 1);
        assert_eq!(raw(&Value::Bool(true)).0, 2);
        assert_eq!(raw(&Value::Bool(true)).1 & 0xff, 1);
        assert_eq!(raw(&Value::Int(-5)), (3, (-5i64) as u64));
        assert_eq!(raw(&Value::Float(1.5)), (4, 1.5f64.to_bits()));
    }
}
