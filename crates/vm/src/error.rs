//! Python exceptions on the Rust side: every fallible operation returns `PyResult<T>`.
//!
//! `PyErr::Lazy` carries a builtin exception kind and message so Rust code can raise without
//! building an object; the VM turns it into a real exception instance when Python code needs it.

use crate::value::Value;

/// The builtin exception classes, in definition order (a parent precedes its children).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ExcKind {
    BaseException,
    BaseExceptionGroup,
    GeneratorExit,
    KeyboardInterrupt,
    SystemExit,
    Exception,
    ArithmeticError,
    FloatingPointError,
    OverflowError,
    ZeroDivisionError,
    AssertionError,
    AttributeError,
    BufferError,
    EOFError,
    ExceptionGroup,
    ImportError,
    ModuleNotFoundError,
    LookupError,
    IndexError,
    KeyError,
    MemoryError,
    NameError,
    UnboundLocalError,
    OSError,
    BlockingIOError,
    ChildProcessError,
    ConnectionError,
    BrokenPipeError,
    ConnectionAbortedError,
    ConnectionRefusedError,
    ConnectionResetError,
    FileExistsError,
    FileNotFoundError,
    InterruptedError,
    IsADirectoryError,
    NotADirectoryError,
    PermissionError,
    ProcessLookupError,
    TimeoutError,
    ReferenceError,
    RuntimeError,
    NotImplementedError,
    RecursionError,
    StopAsyncIteration,
    StopIteration,
    SyntaxError,
    IndentationError,
    TabError,
    SystemError,
    TypeError,
    ValueError,
    UnicodeError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    UnicodeTranslateError,
    Warning,
    BytesWarning,
    DeprecationWarning,
    EncodingWarning,
    FutureWarning,
    ImportWarning,
    PendingDeprecationWarning,
    ResourceWarning,
    RuntimeWarning,
    SyntaxWarning,
    UnicodeWarning,
    UserWarning,
}

/// (name, parent index) for every ExcKind, in the same order.
pub const EXC_TABLE: &[(&str, Option<ExcKind>)] = {
    use ExcKind::*;
    &[
        ("BaseException", None),
        ("BaseExceptionGroup", Some(BaseException)),
        ("GeneratorExit", Some(BaseException)),
        ("KeyboardInterrupt", Some(BaseException)),
        ("SystemExit", Some(BaseException)),
        ("Exception", Some(BaseException)),
        ("ArithmeticError", Some(Exception)),
        ("FloatingPointError", Some(ArithmeticError)),
        ("OverflowError", Some(ArithmeticError)),
        ("ZeroDivisionError", Some(ArithmeticError)),
        ("AssertionError", Some(Exception)),
        ("AttributeError", Some(Exception)),
        ("BufferError", Some(Exception)),
        ("EOFError", Some(Exception)),
        ("ExceptionGroup", Some(BaseExceptionGroup)),
        ("ImportError", Some(Exception)),
        ("ModuleNotFoundError", Some(ImportError)),
        ("LookupError", Some(Exception)),
        ("IndexError", Some(LookupError)),
        ("KeyError", Some(LookupError)),
        ("MemoryError", Some(Exception)),
        ("NameError", Some(Exception)),
        ("UnboundLocalError", Some(NameError)),
        ("OSError", Some(Exception)),
        ("BlockingIOError", Some(OSError)),
        ("ChildProcessError", Some(OSError)),
        ("ConnectionError", Some(OSError)),
        ("BrokenPipeError", Some(ConnectionError)),
        ("ConnectionAbortedError", Some(ConnectionError)),
        ("ConnectionRefusedError", Some(ConnectionError)),
        ("ConnectionResetError", Some(ConnectionError)),
        ("FileExistsError", Some(OSError)),
        ("FileNotFoundError", Some(OSError)),
        ("InterruptedError", Some(OSError)),
        ("IsADirectoryError", Some(OSError)),
        ("NotADirectoryError", Some(OSError)),
        ("PermissionError", Some(OSError)),
        ("ProcessLookupError", Some(OSError)),
        ("TimeoutError", Some(OSError)),
        ("ReferenceError", Some(Exception)),
        ("RuntimeError", Some(Exception)),
        ("NotImplementedError", Some(RuntimeError)),
        ("RecursionError", Some(RuntimeError)),
        ("StopAsyncIteration", Some(Exception)),
        ("StopIteration", Some(Exception)),
        ("SyntaxError", Some(Exception)),
        ("IndentationError", Some(SyntaxError)),
        ("TabError", Some(IndentationError)),
        ("SystemError", Some(Exception)),
        ("TypeError", Some(Exception)),
        ("ValueError", Some(Exception)),
        ("UnicodeError", Some(ValueError)),
        ("UnicodeDecodeError", Some(UnicodeError)),
        ("UnicodeEncodeError", Some(UnicodeError)),
        ("UnicodeTranslateError", Some(UnicodeError)),
        ("Warning", Some(Exception)),
        ("BytesWarning", Some(Warning)),
        ("DeprecationWarning", Some(Warning)),
        ("EncodingWarning", Some(Warning)),
        ("FutureWarning", Some(Warning)),
        ("ImportWarning", Some(Warning)),
        ("PendingDeprecationWarning", Some(Warning)),
        ("ResourceWarning", Some(Warning)),
        ("RuntimeWarning", Some(Warning)),
        ("SyntaxWarning", Some(Warning)),
        ("UnicodeWarning", Some(Warning)),
        ("UserWarning", Some(Warning)),
    ]
};

#[derive(Debug, Clone)]
pub enum PyErr {
    /// A builtin exception not yet turned into an object.
    Lazy(ExcKind, String),
    /// A builtin exception with explicit args (e.g. KeyError(key)).
    LazyArgs(ExcKind, Vec<Value>),
    /// An exception instance.
    Obj(Value),
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::Lazy(kind, msg.into())
    }
    pub fn kind(&self) -> Option<ExcKind> {
        match self {
            PyErr::Lazy(k, _) | PyErr::LazyArgs(k, _) => Some(*k),
            PyErr::Obj(_) => None,
        }
    }
}

macro_rules! err_ctor {
    ($($fname:ident => $kind:ident),* $(,)?) => {
        $(
            #[inline(never)]
            pub fn $fname(msg: impl Into<String>) -> PyErr {
                PyErr::Lazy(ExcKind::$kind, msg.into())
            }
        )*
    };
}

err_ctor! {
    type_error => TypeError,
    value_error => ValueError,
    index_error => IndexError,
    attribute_error => AttributeError,
    name_error => NameError,
    zero_division => ZeroDivisionError,
    overflow_error => OverflowError,
    runtime_error => RuntimeError,
    recursion_error => RecursionError,
    not_implemented_error => NotImplementedError,
    import_error => ImportError,
    module_not_found => ModuleNotFoundError,
    os_error => OSError,
    unbound_local => UnboundLocalError,
    lookup_error => LookupError,
    system_error => SystemError,
    eof_error => EOFError,
    unicode_error => UnicodeError,
}

pub fn key_error(key: Value) -> PyErr {
    PyErr::LazyArgs(ExcKind::KeyError, vec![key])
}

pub fn stop_iteration(value: Value) -> PyErr {
    if value.is_none() {
        PyErr::LazyArgs(ExcKind::StopIteration, vec![])
    } else {
        PyErr::LazyArgs(ExcKind::StopIteration, vec![value])
    }
}
