//! Heap object layouts. `Obj` is one enum; each variant is a builtin layout. Instances of user
//! classes (including exceptions and subclasses of builtins) are `Obj::Instance`.

use crate::code::Code;
use crate::dict::Dict;
use crate::frame::Frame;
use crate::set::SetTable;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::PyResult;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub enum Obj {
    Str(PyStr),
    BigInt(BigInt),
    Complex(f64, f64),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<Dict>),
    Set(RefCell<SetTable>),
    FrozenSet(SetTable),
    Range(RangeObj),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    BoundMethod(Value, Value),
    Native(Native),
    Class(Box<Class>),
    Instance(Instance),
    Module(Module),
    Cell(RefCell<Value>),
    Iter(RefCell<IterState>),
    Generator(Box<Generator>),
    Code(Rc<Code>),
    Property(Box<Property>),
    ClassMethod(Value),
    StaticMethod(Value),
    Super(Value, Value),
    Traceback(Traceback),
    File(Box<crate::io::FileCell>),
    /// An object of a native module's class carrying Rust state (csv readers, ...).
    Opaque(Box<Opaque>),
    NotImplemented,
    Ellipsis,
}

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<obj>")
    }
}

/// A Python `str`: UTF-8 text with its character count and a cached hash.
pub struct PyStr {
    s: Box<str>,
    chars: usize,
    hash: Cell<i64>,
    /// For long non-ASCII strings: byte offset of every 32nd character, built on first indexing
    /// so that `s[i]` and slicing are not linear in the string length.
    offsets: std::cell::OnceCell<Box<[u32]>>,
}

const OFFSET_STRIDE: usize = 32;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            chars: s.chars().count(),
            s: s.into(),
            hash: Cell::new(-1),
            offsets: std::cell::OnceCell::new(),
        }
    }
    pub fn from_string(s: String) -> PyStr {
        PyStr {
            chars: s.chars().count(),
            s: s.into_boxed_str(),
            hash: Cell::new(-1),
            offsets: std::cell::OnceCell::new(),
        }
    }

    /// Byte offset of character `i` (< char_len) in a non-ASCII string.
    fn nonascii_offset(&self, i: usize) -> usize {
        if self.chars <= 2 * OFFSET_STRIDE || self.s.len() > u32::MAX as usize {
            return self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len());
        }
        let table = self.offsets.get_or_init(|| {
            self.s
                .char_indices()
                .step_by(OFFSET_STRIDE)
                .map(|(b, _)| b as u32)
                .collect::<Vec<u32>>()
                .into_boxed_slice()
        });
        let base = table[i / OFFSET_STRIDE] as usize;
        self.s[base..]
            .char_indices()
            .nth(i % OFFSET_STRIDE)
            .map(|(b, _)| base + b)
            .unwrap_or(self.s.len())
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_str(&self.s);
        self.hash.set(h);
        h
    }
    /// The character at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            let b = self.nonascii_offset(i);
            self.s[b..].chars().next().unwrap_or('\0')
        }
    }
    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            if i >= self.chars {
                return self.s.len();
            }
            self.nonascii_offset(i)
        }
    }
}

/// A range. Ordinary ranges keep i64 bounds (and a length that fits i64); a range with a
/// bound or length beyond i64 has `big` = [start, stop, step] and its i64 fields are unused
/// (see types/range.rs).
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<[BigInt; 3]>>,
}

pub struct Function {
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Value>,
    pub kwdefaults: RefCell<Value>,
    pub closure: Box<[ObjRef]>,
    pub dict: RefCell<Option<ObjRef>>,
    pub annotations: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
}

/// Arguments to a native function: positional values followed by keyword values; `kwnames`
/// names the last `kwnames.len()` entries of `all`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub all: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(all: &'a [Value]) -> Args<'a> {
        Args { all, kwnames: &[] }
    }
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.all[..self.all.len() - self.kwnames.len()]
    }
    pub fn kw(&self) -> impl Iterator<Item = (&'a str, &'a Value)> + 'a {
        let base = self.all.len() - self.kwnames.len();
        let all = self.all;
        self.kwnames
            .iter()
            .enumerate()
            .map(move |(i, n)| (n.as_str().unwrap_or(""), &all[base + i]))
    }
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

pub struct Native {
    pub name: &'static str,
    /// Owning class name for method reprs (`<method 'append' of 'list' objects>`), if any.
    pub owner: Option<&'static str>,
    pub func: NativeFn,
    /// Bound receiver for builtin methods looked up on an instance (`[].append`).
    pub bound: Option<Value>,
}

/// State of a native-module object whose class is `cls` (see `Obj::Opaque`).
pub struct Opaque {
    pub cls: ObjRef,
    pub data: RefCell<Box<dyn std::any::Any>>,
}

impl Opaque {
    pub fn new_value<T: 'static>(cls: ObjRef, data: T) -> Value {
        Value::obj(Obj::Opaque(Box::new(Opaque {
            cls,
            data: RefCell::new(Box::new(data)),
        })))
    }
}

/// Which builtin layout the instances of a class have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Exception,
    Int,
    Float,
    Str,
    Tuple,
    List,
    Dict,
    Set,
    Other,
}

pub struct Class {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    pub dict: RefCell<Dict>,
    pub metaclass: RefCell<Option<ObjRef>>,
    pub layout: Layout,
    /// True for classes defined by the runtime (their attributes cannot be set).
    pub builtin: bool,
    /// Instances of this class have no `__dict__` (`__slots__`).
    pub slots: Option<Vec<Rc<str>>>,
    /// Direct subclasses (for `__subclasses__()`).
    pub subclasses: RefCell<Vec<std::rc::Weak<Obj>>>,
    /// Facts derived from the MRO's dicts, recomputed after any class in the MRO changes.
    pub info: RefCell<Option<Rc<ClassInfo>>>,
    /// The hottest `ClassInfo` facts as bits (`CF_*`), 0 when not computed.
    pub flags: std::cell::Cell<u32>,
}

pub const CF_VALID: u32 = 1;
pub const CF_CUSTOM_GETATTRIBUTE: u32 = 2;
pub const CF_CUSTOM_SETATTR: u32 = 4;
pub const CF_DATA_DESCRIPTORS: u32 = 8;
pub const CF_SLOTS: u32 = 16;
pub const CF_HAS_DEL: u32 = 32;

/// Cached facts about a class used on hot paths (attribute access, instantiation).
pub struct ClassInfo {
    pub custom_getattribute: bool,
    pub custom_setattr: bool,
    pub has_getattr: bool,
    /// Some class in the MRO holds a data descriptor (property or object with __set__/__delete__).
    pub has_data_descriptors: bool,
    /// `Some(names)` when every class in the MRO declares `__slots__` without `__dict__`.
    pub slot_names: Option<Vec<Rc<str>>>,
    /// The Python `__init__` to run directly when `__new__` is object's and nothing is abstract.
    pub fast_init: Option<Value>,
    /// MRO lookups already done, keyed by the address of the (interned) name string; the name
    /// is kept alive in the entry so the address stays valid.
    pub lookups: RefCell<
        std::collections::HashMap<usize, (Value, Option<Value>), std::hash::BuildHasherDefault<crate::hash::PtrHasher>>,
    >,
}

pub struct Instance {
    pub class: RefCell<ObjRef>,
    /// The instance `__dict__` (an `Obj::Dict`), shared with `obj.__dict__`.
    pub dict: Option<ObjRef>,
    /// Exception state, for instances of BaseException subclasses.
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// The builtin value a subclass of int/str/list/... wraps.
    pub base: RefCell<Value>,
}

/// Instances of classes with `__del__` are resurrected when their last reference goes: a new
/// object takes over their state and is queued for `__del__` at the interpreter's next safe
/// point (see types/generator.rs `run_pending_finalizers`).
impl Drop for Instance {
    fn drop(&mut self) {
        if self.exc.is_some() {
            return;
        }
        let has_del = {
            let cls = self.class.get_mut();
            let Obj::Class(c) = &**cls else { return };
            let flags = c.flags.get();
            if flags & CF_VALID != 0 {
                flags & CF_HAS_DEL != 0
            } else {
                crate::types::class::lookup_with_owner(cls, "__del__").is_some()
            }
        };
        if !has_del || crate::types::generator::was_finalized(self as *const Instance as usize) {
            return;
        }
        let cls = self.class.get_mut().clone();
        let revived = std::rc::Rc::new(Obj::Instance(Instance {
            class: RefCell::new(cls),
            dict: self.dict.take(),
            exc: None,
            base: RefCell::new(std::mem::take(self.base.get_mut())),
        }));
        crate::types::generator::queue_del(revived);
    }
}

impl Instance {
    #[inline]
    pub fn dict_cell(&self) -> Option<&RefCell<Dict>> {
        match self.dict.as_deref() {
            Some(Obj::Dict(d)) => Some(d),
            _ => None,
        }
    }
}

pub fn new_dict_obj() -> ObjRef {
    Rc::new(Obj::Dict(RefCell::new(Dict::new())))
}

#[derive(Default)]
pub struct ExcData {
    pub args: Value,
    /// Innermost entry first.
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    pub tb_override: Option<Value>,
    /// Per-class attributes kept outside `__dict__` (SystemExit.code, OSError.errno, ...).
    pub slots: Vec<(&'static str, Value)>,
}

#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub lasti: u32,
    /// The frame's globals (for `tb.tb_frame.f_globals`).
    pub globals: Option<ObjRef>,
}

pub struct Traceback {
    pub entries: Rc<Vec<TbEntry>>,
    pub index: usize,
}

pub struct Module {
    pub name: RefCell<Rc<str>>,
    pub dict: ObjRef,
}

pub enum IterState {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Value,
        byte: usize,
    },
    DictKeys {
        dict: Value,
        index: usize,
        len: usize,
    },
    DictValues {
        dict: Value,
        index: usize,
        len: usize,
    },
    DictItems {
        dict: Value,
        index: usize,
        len: usize,
    },
    Set {
        set: Value,
        index: usize,
        len: usize,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    /// A Python-level iterable wrapped for `iter(obj)` with `__getitem__`.
    GetItem {
        obj: Value,
        index: i64,
    },
    Done,
}

pub struct Generator {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub kind: GenKind,
    pub code: Rc<Code>,
    /// The sub-iterator of a suspended `yield from`, if any.
    pub yield_from: RefCell<Value>,
    /// Already closed by the finalizer (do not close again when dropped).
    pub finalized: Cell<bool>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct Property {
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
}
