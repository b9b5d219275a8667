//! Streams: `open()`, sys.stdout/stderr/stdin, `io.StringIO`, `io.BytesIO` and the `_io`
//! class hierarchy (IOBase, RawIOBase, BufferedIOBase, TextIOBase with their generic methods
//! for Python subclasses; TextIOWrapper, Buffered*, FileIO, StringIO, BytesIO natively).
//!
//! Writes are buffered and reach the OS on flush, on close, when the object is freed, and at
//! interpreter exit (every open stream is tracked weakly so nothing buffered is lost).

mod base;
mod closed;
pub mod file;
mod methods;
mod open;

use crate::error::*;
use crate::object::*;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
pub use file::{FileObj, Kind, Raw};
pub use methods::stream_next;
pub use open::open;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// The payload of `Obj::File`: the stream state (shared with its `.buffer` view) and the class
/// it presents.
pub struct FileCell {
    pub cls: ObjRef,
    pub f: Rc<RefCell<FileObj>>,
    /// This object is the binary `.buffer` of a text stream.
    pub binary_view: bool,
    /// This object is a TextIOWrapper over a binary stream's state.
    pub text_view: bool,
    /// The stream object this one wraps (TextIOWrapper(b).buffer is b), or Null.
    pub parent: Value,
}

thread_local! {
    static OPEN_FILES: RefCell<Vec<Weak<RefCell<FileObj>>>> = const { RefCell::new(Vec::new()) };
}

/// Flush every stream still open (called at exit and before anything that lets another
/// process or the terminal see output).
pub fn flush_all() {
    OPEN_FILES.with(|f| {
        for w in f.borrow().iter() {
            if let Some(o) = w.upgrade() {
                if let Ok(mut fo) = o.try_borrow_mut() {
                    let _ = fo.flush();
                }
            }
        }
    });
}

/// The class object named `_io.<name>` created at start-up.
pub fn io_class(vm: &Vm, name: &str) -> ObjRef {
    vm.cached_classes
        .get(name)
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone())
}

pub fn class_name_of(kind: Kind) -> &'static str {
    match kind {
        Kind::TextIOWrapper => "TextIOWrapper",
        Kind::BufferedReader => "BufferedReader",
        Kind::BufferedWriter => "BufferedWriter",
        Kind::BufferedRandom => "BufferedRandom",
        Kind::FileIO => "FileIO",
        Kind::StringIO => "StringIO",
        Kind::BytesIO => "BytesIO",
    }
}

/// Wrap stream state in a new Python object of its kind's class.
pub fn new_stream(vm: &Vm, fo: FileObj) -> Value {
    let cls = io_class(vm, class_name_of(fo.kind));
    let rc = Rc::new(RefCell::new(fo));
    if !rc.borrow().is_memory() {
        OPEN_FILES.with(|f| {
            let mut f = f.borrow_mut();
            f.retain(|w| w.strong_count() > 0);
            f.push(Rc::downgrade(&rc));
        });
    }
    Value::obj(Obj::File(Box::new(FileCell {
        cls,
        f: rc,
        binary_view: false,
        text_view: false,
        parent: Value::Null,
    })))
}

pub fn is_tty(fd: i32) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(fd) == 1 }
}

/// The stream state behind a value (a stream object or an instance of a subclass of one).
pub fn file_cell(v: &Value) -> Option<&FileCell> {
    match v {
        Value::Obj(o) => match &**o {
            Obj::File(f) => Some(f),
            Obj::Instance(i) => {
                let b = i.base.as_ptr();
                // SAFETY: the base of a stream-subclass instance is set once at creation and
                // never replaced while the instance is alive.
                match unsafe { &*b } {
                    Value::Obj(bo) => match &**bo {
                        Obj::File(f) => Some(f),
                        _ => None,
                    },
                    _ => None,
                }
            }
            _ => None,
        },
        _ => None,
    }
}

pub fn closed_err() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// Write text to a stream (print(), tracebacks): straight into the buffer for our own streams.
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Some(c) = file_cell(file) {
        if matches!(file.as_obj(), Some(Obj::File(_))) && !c.binary_view {
            let mut f = c.f.borrow_mut();
            if f.kind == Kind::TextIOWrapper
                && f.codec == file::Codec::Utf8
                && matches!(f.newline.as_deref(), None | Some("\n") | Some(""))
            {
                if f.closed {
                    return Err(closed_err());
                }
                if !f.rbuf.is_empty() {
                    drop(f);
                } else {
                    f.wbuf.extend_from_slice(s.as_bytes());
                    if f.line_buffered && s.contains('\n') || f.wbuf.len() > 1 << 16 || f.write_through {
                        let _ = f.flush();
                    }
                    return Ok(());
                }
            }
        }
    }
    let w = vm.getattr(file, &Value::str("write"))?;
    vm.call_value(&w, &[Value::str(s)])?;
    Ok(())
}

pub fn flush_file(vm: &mut Vm, file: &Value) -> PyResult<()> {
    if let Some(c) = file_cell(file) {
        if let Ok(mut f) = c.f.try_borrow_mut() {
            let _ = f.flush();
        }
        return Ok(());
    }
    if let Ok(fl) = vm.getattr(file, &Value::str("flush")) {
        vm.call_value(&fl, &[])?;
    }
    Ok(())
}

/// `input()`'s line from a stream.
pub fn readline_from(vm: &mut Vm, file: &Value) -> PyResult<Value> {
    if file_cell(file).is_some() {
        flush_all();
    }
    let r = vm.getattr(file, &Value::str("readline"))?;
    vm.call_value(&r, &[])
}

/// The C library's message for an errno ("No such file or directory").
pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a pointer to a NUL-terminated static or thread-local string.
    unsafe {
        let p = libc::strerror(errno);
        if p.is_null() {
            return format!("Unknown error {}", errno);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// An OSError of the subclass CPython picks for `errno`, with the C library's message and the
/// file name(s) involved (`[Errno 2] No such file or directory: 'a' -> 'b'`).
pub fn errno_error(vm: &mut Vm, errno: i32, filename: Option<&Value>, filename2: Option<&Value>) -> PyErr {
    let cls = vm.exc_class(ExcKind::OSError);
    let mut args = vec![Value::Int(errno as i64), Value::string(strerror(errno))];
    if let Some(f) = filename {
        args.push(f.clone());
        if let Some(f2) = filename2 {
            args.push(Value::None);
            args.push(f2.clone());
        }
    }
    match vm.call_value(&Value::Obj(cls), &args) {
        Ok(e) => PyErr::Obj(e),
        Err(e) => e,
    }
}

/// The OSError for a failed std::io call.
pub fn io_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>, filename2: Option<&Value>) -> PyErr {
    match e.raw_os_error() {
        Some(n) => errno_error(vm, n, filename, filename2),
        None => {
            let cls = vm.exc_class(ExcKind::OSError);
            match vm.call_value(&Value::Obj(cls), &[Value::string(e.to_string())]) {
                Ok(e) => PyErr::Obj(e),
                Err(e) => e,
            }
        }
    }
}

/// An OSError of the right subclass for errno, with CPython's message.
pub fn os_err(vm: &mut Vm, errno: i32, msg: &str, filename: &Value) -> PyErr {
    let _ = msg;
    errno_error(vm, errno, Some(filename), None)
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = io_class(vm, "UnsupportedOperation");
    match vm.call_value(&Value::Obj(cls), &[Value::str(msg)]) {
        Ok(e) => PyErr::Obj(e),
        Err(e) => e,
    }
}

fn std_stream(vm: &Vm, raw: Raw, name: &str, mode: &str) -> Value {
    let line_buffered = match &raw {
        Raw::Stdout => is_tty(1),
        Raw::Stderr => true,
        _ => false,
    };
    let mut fo = FileObj::new(raw, Kind::TextIOWrapper, Value::str(name), mode);
    fo.line_buffered = line_buffered;
    fo.readable = mode == "r";
    fo.writable = mode == "w";
    fo.encoding = "utf-8".into();
    fo.errors = if name == "<stderr>" {
        "backslashreplace"
    } else {
        "strict"
    }
    .into();
    // CPython's standard streams on POSIX use newline="\n": no translation either way
    fo.newline = Some("\n".into());
    new_stream(vm, fo)
}

pub fn init(vm: &mut Vm) {
    base::init_classes(vm);
    vm.stdout = std_stream(vm, Raw::Stdout, "<stdout>", "w");
    vm.stderr = std_stream(vm, Raw::Stderr, "<stderr>", "w");
    vm.stdin = std_stream(vm, Raw::Stdin, "<stdin>", "r");
}

/// The `_io` module (and `io`, which re-exports it).
pub fn io_module(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    let m = vm.new_module(name);
    let d = vm.module_dict(&m);
    let set = |vm: &mut Vm, n: &str, v: Value| {
        let k = vm.intern(n);
        crate::vm::dict_set_str(&d, k, v);
    };
    for n in [
        "IOBase",
        "RawIOBase",
        "BufferedIOBase",
        "TextIOBase",
        "FileIO",
        "BufferedReader",
        "BufferedWriter",
        "BufferedRandom",
        "BufferedRWPair",
        "TextIOWrapper",
        "StringIO",
        "BytesIO",
        "UnsupportedOperation",
        "IncrementalNewlineDecoder",
    ] {
        if vm.cached_classes.contains_key(n) {
            let c = io_class(vm, n);
            set(vm, n, Value::Obj(c.clone()));
            if name == "_io" && n.ends_with("Base") {
                set(vm, &format!("_{}", n), Value::Obj(c));
            }
        }
    }
    let open = crate::vm::dict_get_str(&vm.builtins.clone(), "open").unwrap_or(Value::None);
    set(vm, "open", open.clone());
    set(vm, "open_code", open);
    set(vm, "DEFAULT_BUFFER_SIZE", Value::Int(8192));
    set(vm, "SEEK_SET", Value::Int(0));
    set(vm, "SEEK_CUR", Value::Int(1));
    set(vm, "SEEK_END", Value::Int(2));
    let bio = vm.exc_class(ExcKind::BlockingIOError);
    set(vm, "BlockingIOError", Value::Obj(bio));
    let ose = vm.exc_class(ExcKind::OSError);
    set(vm, "IOError", Value::Obj(ose));
    let te = vm.new_native("text_encoding", open::text_encoding);
    set(vm, "text_encoding", te);
    Ok(m)
}
