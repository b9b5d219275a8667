//! Execution frames. Frames live on the VM's frame stack (Python calls do not recurse on the
//! Rust stack); a suspended generator keeps its frame boxed inside the generator object.

use crate::code::Code;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// An active exception handler set up by SetupFinally/SetupCleanup.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    pub level: u32,
}

pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    pub stack: Vec<Value>,
    pub fast: Vec<Value>,
    pub cells: Vec<ObjRef>,
    pub globals: ObjRef,
    /// Namespace for module and class bodies (LoadName/StoreName).
    pub locals: Option<ObjRef>,
    pub blocks: Vec<Block>,
    /// Index of the instruction being executed (for tracebacks).
    pub lasti: u32,
    /// When this frame returns, the run loop that started it stops (call from native code).
    pub is_entry: bool,
    /// The generator object owning this frame, if any (to mark it finished).
    /// (Weak: the generator owns its suspended frame.)
    pub generator: Option<std::rc::Weak<crate::object::Obj>>,
    /// For an `__init__` frame started by instantiation: the new instance to push on return.
    pub init_self: Option<Value>,
    /// The caller does not want the return value (property setters run as frames).
    pub discard_result: bool,
    /// A builtins namespace other than the interpreter's (exec/eval with `__builtins__`).
    pub builtins: Option<ObjRef>,
}

impl Frame {
    pub fn line(&self) -> u32 {
        let i = self.pc.saturating_sub(1);
        self.code
            .co
            .locations
            .get(i)
            .map(|l| l.line)
            .unwrap_or(self.code.co.first_line)
    }
}
