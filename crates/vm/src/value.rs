//! `Value`: the unit the VM moves around. Small ints, floats, bools and None are immediate;
//! everything else is a reference-counted heap object (`Rc<Obj>`).

use crate::object::{Obj, PyStr};
use std::rc::Rc;

pub type ObjRef = Rc<Obj>;

/// The layout is fixed (`repr(C, u8)`: tag byte at offset 0, payload at offset 8) so hot
/// paths can store a whole value with one 16-byte write (see `interp::push_direct`).
#[derive(Debug)]
#[repr(C, u8)]
pub enum Value {
    /// Internal marker: an empty call slot or an unbound local. Never visible to Python code.
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Clone for Value {
    /// A whole-word copy plus a reference-count increment. Building the copy field by field
    /// (as a derived Clone does) makes the CPU stall when the value is then moved as one
    /// 16-byte unit, which happens on every stack push of the interpreter.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            // SAFETY: `o` is a live Rc; the bitwise copy below takes ownership of the new count.
            unsafe { Rc::increment_strong_count(Rc::as_ptr(o)) };
        }
        // SAFETY: every variant other than Obj is plain data; Obj's count was incremented above.
        // The bytes move as one 16-byte unit (padding included, kept uninitialised), so the
        // copy is stored the same way it is later loaded.
        unsafe {
            let raw = std::ptr::read(self as *const Value as *const std::mem::MaybeUninit<[u64; 2]>);
            std::mem::transmute::<std::mem::MaybeUninit<[u64; 2]>, Value>(raw)
        }
    }
}

impl Default for Value {
    fn default() -> Self {
        Value::None
    }
}

impl Value {
    #[inline]
    pub fn obj(o: Obj) -> Value {
        Value::Obj(Rc::new(o))
    }
    pub fn str(s: &str) -> Value {
        Value::obj(Obj::Str(PyStr::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::obj(Obj::Str(PyStr::from_string(s)))
    }
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn as_obj(&self) -> Option<&Obj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &**o {
                Obj::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }
    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self {
            Value::Obj(o) => match &**o {
                Obj::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }
    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
    /// A stable identity number (for `id()`).
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as i64,
            Value::None => 0x1000,
            Value::Null => 0,
            Value::Bool(b) => 0x2000 + *b as i64 * 16,
            Value::Int(i) => 0x7f00_0000_0000i64.wrapping_add(i.wrapping_mul(32)),
            Value::Float(f) => 0x7e00_0000_0000i64 ^ (f.to_bits() as i64 & 0xffff_ffff),
        }
    }
}
