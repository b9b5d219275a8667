//! The instruction set and the code object produced by the compiler and run by the VM.
//!
//! Instructions are a compact Rust enum (8 bytes each) with their operand inline. Operand
//! meanings are documented on each variant. Calls follow the CPython 3.11 convention: the
//! callable occupies two stack slots, `[Null, func]` for a plain call or `[method, self]` after
//! `LoadMethod`, followed by the arguments, so arguments are always a contiguous slice.

use num_bigint::BigInt;
use std::rc::Rc;

/// Binary operators (also used in their in-place forms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// The operator as written in source (for error messages).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
    /// Name of the forward dunder method.
    pub fn dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__add__",
            BinOp::Sub => "__sub__",
            BinOp::Mul => "__mul__",
            BinOp::MatMul => "__matmul__",
            BinOp::TrueDiv => "__truediv__",
            BinOp::FloorDiv => "__floordiv__",
            BinOp::Mod => "__mod__",
            BinOp::Pow => "__pow__",
            BinOp::LShift => "__lshift__",
            BinOp::RShift => "__rshift__",
            BinOp::And => "__and__",
            BinOp::Or => "__or__",
            BinOp::Xor => "__xor__",
        }
    }
    /// Name of the reflected dunder method.
    pub fn rdunder(self) -> &'static str {
        match self {
            BinOp::Add => "__radd__",
            BinOp::Sub => "__rsub__",
            BinOp::Mul => "__rmul__",
            BinOp::MatMul => "__rmatmul__",
            BinOp::TrueDiv => "__rtruediv__",
            BinOp::FloorDiv => "__rfloordiv__",
            BinOp::Mod => "__rmod__",
            BinOp::Pow => "__rpow__",
            BinOp::LShift => "__rlshift__",
            BinOp::RShift => "__rrshift__",
            BinOp::And => "__rand__",
            BinOp::Or => "__ror__",
            BinOp::Xor => "__rxor__",
        }
    }
    /// Name of the in-place dunder method.
    pub fn idunder(self) -> &'static str {
        match self {
            BinOp::Add => "__iadd__",
            BinOp::Sub => "__isub__",
            BinOp::Mul => "__imul__",
            BinOp::MatMul => "__imatmul__",
            BinOp::TrueDiv => "__itruediv__",
            BinOp::FloorDiv => "__ifloordiv__",
            BinOp::Mod => "__imod__",
            BinOp::Pow => "__ipow__",
            BinOp::LShift => "__ilshift__",
            BinOp::RShift => "__irshift__",
            BinOp::And => "__iand__",
            BinOp::Or => "__ior__",
            BinOp::Xor => "__ixor__",
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// Rich comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// One VM instruction. `u32` operands index the code object's tables unless noted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    /// Push `consts[i]`.
    LoadConst(u32),
    /// Push local slot `i`; UnboundLocalError if empty.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Push the content of cell `i` (cellvars then freevars).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object `i` itself (to build a closure).
    LoadClosure(u32),
    /// In a class body: look `names[i]` up in the class namespace, then in cell... operand is cell index; name is the cell's name.
    LoadClassDeref(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Replace TOS `obj` with `[method, obj]` or `[Null, attr]`.
    LoadMethod(u32),
    /// Push Null (the empty first slot of a plain call).
    PushNull,
    /// `container[key]`
    Subscr,
    /// stack: value container key → `container[key] = value`
    StoreSubscr,
    DeleteSubscr,
    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnOp),
    Compare(CmpOp),
    /// `is` (false) / `is not` (true)
    Is(bool),
    /// `in` (false) / `not in` (true)
    Contains(bool),
    Pop,
    /// Duplicate TOS.
    Dup,
    /// Duplicate the top two.
    Dup2,
    /// Swap TOS with the item `n` deep (1-based: Swap(2) swaps the top two).
    Swap(u32),
    /// Push a copy of the item `n` deep (1-based).
    Copy(u32),
    /// Move TOS down to position `n` (1-based): `[a, b, c]` with Rot(3) gives `[c, a, b]`.
    Rot(u32),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `n` key/value pairs.
    BuildMap(u32),
    /// 2 or 3 items.
    BuildSlice(u32),
    /// Concatenate `n` strings.
    BuildString(u32),
    /// Append TOS to the list `n` deep (after popping TOS).
    ListAppend(u32),
    SetAdd(u32),
    /// Pops value then key, stores into the dict `n` deep.
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like DictUpdate but raises on duplicate keys (for `**` in calls).
    DictMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// `before | after << 16`: starred unpacking.
    UnpackEx(u32),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// Jump if TOS is None (pops it).
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// TOS is an iterator: push next item, or pop it and jump when exhausted.
    ForIter(u32),
    /// Call with `n` positional arguments (two callable slots below them).
    Call(u32),
    /// Like Call, TOS is a tuple of keyword names for the last arguments.
    CallKw(u32),
    /// stack: [Null|x, func, args tuple, (kwargs dict if operand == 1)]
    CallEx(u32),
    /// Builds a function from [extras..., code, qualname]; operand flags:
    /// 1 defaults tuple, 2 kwdefaults dict, 4 annotations dict, 8 closure tuple.
    MakeFunction(u32),
    ReturnValue,
    /// Yield TOS to the caller; the sent value is pushed on resume.
    YieldValue,
    /// stack: [subiter, value] → delegate; jumps to operand when subiter returns, pushing its result.
    Send(u32),
    /// TOS = iter(TOS) unless it is a generator/coroutine.
    GetYieldFromIter,
    GetAwaitable,
    /// TOS = TOS.__aiter__() (async for).
    GetAIter,
    /// Push an awaitable for TOS.__anext__() (TOS stays).
    GetANext,
    /// stack: [aiter, exc]: end of an async for when exc is StopAsyncIteration, else re-raise.
    EndAsyncFor,
    /// stack: ctx → [Null, bound __aexit__, awaitable of __aenter__()]
    BeforeAsyncWith,
    /// Like WithExceptStart but pushes `__aexit__`'s raw result (to be awaited).
    AsyncWithExceptStart,
    /// Push a handler block that jumps to the operand with the exception pushed.
    SetupFinally(u32),
    /// Like SetupFinally, but unwinding also drops the exception being handled (TOS at setup).
    SetupCleanup(u32),
    PopBlock,
    /// stack: exc → [prev_exc_info, exc]; marks exc as being handled.
    PushExcInfo,
    /// Pop the saved exc info and restore it as the handled exception.
    PopExcept,
    /// 0: bare raise; 1: raise exc; 2: raise exc from cause.
    Raise(u32),
    /// Re-raise TOS (pops it), keeping its traceback.
    Reraise,
    /// TOS exc, TOS1 type: push whether exc matches (for except clauses).
    CheckExcMatch,
    /// except*: stack [exc, type] → [rest, match] (each None when empty); marks match handled.
    CheckEgMatch,
    /// except*: stack [orig, list of raised/unhandled] → the exception to re-raise, or None.
    PrepReraiseStar,
    /// stack: ctx → [exit_bound, enter_result]
    BeforeWith,
    /// stack: [exit, prev, exc] → calls exit(type, exc, tb), pushes its result.
    WithExceptStart,
    /// Format TOS with conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a spec is below... spec on TOS if flag 4.
    FormatValue(u32),
    /// Import names[i]: stack [level, fromlist] → module.
    ImportName(u32),
    /// Push getattr(TOS module, names[i]) with the import-specific error.
    ImportFrom(u32),
    ImportStar,
    LoadBuildClass,
    SetupAnnotations,
    LoadAssertionError,
    /// Match support: push len(TOS).
    GetLen,
    /// Push whether TOS is a mapping / sequence for `match`.
    MatchMapping,
    MatchSequence,
    /// stack: [subject, keys tuple] → push tuple of values or None.
    MatchKeys,
    /// stack: [subject, keys] → [subject, dict of the other items] (for `**rest`).
    DictWithoutKeys,
    /// stack: [subject, cls, kw names tuple] with operand positional count → push tuple of attrs or None.
    MatchClass(u32),
    /// Print an expression value in interactive mode (sys.displayhook).
    PrintExpr,
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    Code(Rc<CodeObject>),
    Ellipsis,
}

/// Source position of one instruction (1-based lines, 0-based character columns).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

pub const CO_VARARGS: u32 = 0x04;
pub const CO_VARKEYWORDS: u32 = 0x08;
pub const CO_GENERATOR: u32 = 0x20;
pub const CO_COROUTINE: u32 = 0x80;
pub const CO_ASYNC_GENERATOR: u32 = 0x200;

/// A compiled function, class body, module or comprehension.
#[derive(Debug)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    pub locations: Vec<Location>,
    pub consts: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar, the argument slot it is initialised from, if it is a parameter.
    pub cell2arg: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Deepest value stack this code needs (an upper bound).
    pub max_stack: u32,
    pub docstring: Option<Rc<str>>,
}

impl CodeObject {
    pub fn is_generator(&self) -> bool {
        self.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
    }
    /// Number of parameter slots (positional, keyword-only, *args, **kwargs).
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & CO_VARARGS != 0 {
            n += 1;
        }
        if self.flags & CO_VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}
