//! Text and binary file objects: sys.stdout/stderr/stdin and `open()`.
//!
//! Writes are buffered and reach the OS on flush, on close, when the object is freed, and at
//! interpreter exit (every open file is tracked weakly so nothing buffered is lost).

use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::io::{Read, Write};
use std::rc::{Rc, Weak};

pub enum Sink {
    Stdout,
    Stderr,
    Stdin,
    File(std::fs::File),
}

pub struct FileObj {
    pub sink: Sink,
    pub name: Value,
    pub mode: String,
    pub binary: bool,
    pub closed: bool,
    pub wbuf: Vec<u8>,
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    pub eof: bool,
    pub line_buffered: bool,
    pub encoding: String,
}

thread_local! {
    static OPEN_FILES: RefCell<Vec<Weak<Obj>>> = const { RefCell::new(Vec::new()) };
}

impl FileObj {
    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let r = match &mut self.sink {
            Sink::Stdout => {
                let mut o = std::io::stdout().lock();
                o.write_all(&self.wbuf).and_then(|_| o.flush())
            }
            Sink::Stderr => {
                let mut o = std::io::stderr().lock();
                o.write_all(&self.wbuf).and_then(|_| o.flush())
            }
            Sink::File(f) => f.write_all(&self.wbuf),
            Sink::Stdin => Ok(()),
        };
        self.wbuf.clear();
        r
    }

    fn fill(&mut self) -> std::io::Result<usize> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let mut chunk = [0u8; 8192];
        let n = match &mut self.sink {
            Sink::Stdin => std::io::stdin().read(&mut chunk)?,
            Sink::File(f) => f.read(&mut chunk)?,
            _ => 0,
        };
        if n == 0 {
            self.eof = true;
        }
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(n)
    }

    pub fn read_line(&mut self) -> std::io::Result<Vec<u8>> {
        loop {
            if let Some(i) = self.rbuf[self.rpos..].iter().position(|&b| b == b'\n') {
                let line = self.rbuf[self.rpos..self.rpos + i + 1].to_vec();
                self.rpos += i + 1;
                return Ok(line);
            }
            if self.eof || self.fill()? == 0 {
                let line = self.rbuf[self.rpos..].to_vec();
                self.rpos = self.rbuf.len();
                return Ok(line);
            }
        }
    }

    pub fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        while !self.eof && self.fill()? > 0 {}
        let out = self.rbuf[self.rpos..].to_vec();
        self.rpos = self.rbuf.len();
        Ok(out)
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// Flush every file still open (called at exit).
pub fn flush_all() {
    OPEN_FILES.with(|f| {
        for w in f.borrow().iter() {
            if let Some(o) = w.upgrade() {
                if let Obj::File(fo) = &*o {
                    if let Ok(mut fo) = fo.try_borrow_mut() {
                        let _ = fo.flush();
                    }
                }
            }
        }
    });
}

fn new_file(sink: Sink, name: Value, mode: &str, binary: bool) -> Value {
    let line_buffered = match &sink {
        Sink::Stdout => is_tty(1),
        Sink::Stderr => true,
        _ => false,
    };
    let obj = Rc::new(Obj::File(Box::new(RefCell::new(FileObj {
        sink,
        name,
        mode: mode.to_string(),
        binary,
        closed: false,
        wbuf: Vec::new(),
        rbuf: Vec::new(),
        rpos: 0,
        eof: false,
        line_buffered,
        encoding: "utf-8".into(),
    }))));
    OPEN_FILES.with(|f| {
        let mut f = f.borrow_mut();
        f.retain(|w| w.strong_count() > 0);
        f.push(Rc::downgrade(&obj));
    });
    Value::Obj(obj)
}

pub fn is_tty(fd: i32) -> bool {
    extern "C" {
        fn isatty(fd: i32) -> i32;
    }
    // SAFETY: isatty only inspects the descriptor.
    unsafe { isatty(fd) == 1 }
}

fn file_cell(v: &Value) -> Option<&RefCell<FileObj>> {
    match v {
        Value::Obj(o) => match &**o {
            Obj::File(f) => Some(f),
            _ => None,
        },
        _ => None,
    }
}

fn closed_err() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// Write text to a file-like object.
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Some(f) = file_cell(file) {
        let mut f = f.borrow_mut();
        if f.closed {
            return Err(closed_err());
        }
        f.wbuf.extend_from_slice(s.as_bytes());
        if f.line_buffered && s.contains('\n') || f.wbuf.len() > 1 << 16 {
            let _ = f.flush();
        }
        return Ok(());
    }
    let w = vm.getattr(file, &Value::str("write"))?;
    vm.call_value(&w, &[Value::str(s)])?;
    Ok(())
}

pub fn flush_file(vm: &mut Vm, file: &Value) -> PyResult<()> {
    if let Some(f) = file_cell(file) {
        let _ = f.borrow_mut().flush();
        return Ok(());
    }
    if let Ok(fl) = vm.getattr(file, &Value::str("flush")) {
        vm.call_value(&fl, &[])?;
    }
    Ok(())
}

pub fn readline_from(vm: &mut Vm, file: &Value) -> PyResult<Value> {
    if let Some(f) = file_cell(file) {
        flush_all();
        let line = f.borrow_mut().read_line().map_err(|e| os_error(e.to_string()))?;
        return Ok(Value::string(String::from_utf8_lossy(&line).to_string()));
    }
    let r = vm.getattr(file, &Value::str("readline"))?;
    vm.call_value(&r, &[])
}

fn this(args: &Args) -> PyResult<&'static RefCell<FileObj>> {
    let v = &args.pos()[0];
    match file_cell(v) {
        // SAFETY: the file object outlives the native call (it is in the argument slice).
        Some(f) => Ok(unsafe { &*(f as *const RefCell<FileObj>) }),
        None => Err(type_error("descriptor requires a file object")),
    }
}

fn f_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    let data = args
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("write() takes exactly one argument (0 given)"))?;
    let mut fo = f.borrow_mut();
    if fo.closed {
        return Err(closed_err());
    }
    if fo.binary {
        let b = crate::types::bytes::bytes_like(&data).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&data)
            ))
        })?;
        let n = b.len();
        fo.wbuf.extend(b);
        return Ok(Value::Int(n as i64));
    }
    let s = data
        .as_str()
        .ok_or_else(|| type_error(format!("write() argument must be str, not {}", vm.type_name(&data))))?;
    fo.wbuf.extend_from_slice(s.as_bytes());
    let flush = fo.line_buffered && s.contains('\n') || fo.wbuf.len() > 1 << 16;
    if flush {
        let _ = fo.flush();
    }
    Ok(Value::Int(s.chars().count() as i64))
}

/// `f.writelines(lines)`: write each item of the iterable (no newlines added).
fn f_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "writelines() takes exactly one argument ({} given)",
            p.len().saturating_sub(1)
        )));
    }
    if this(&args)?.borrow().closed {
        return Err(closed_err());
    }
    let write = vm.getattr(&p[0], &Value::str("write"))?;
    let it = vm.get_iter(&p[1])?;
    while let Some(line) = vm.next(&it)? {
        vm.call_value(&write, &[line])?;
    }
    Ok(Value::None)
}

fn f_flush(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    let _ = f.borrow_mut().flush();
    Ok(Value::None)
}

fn decode(fo: &FileObj, b: Vec<u8>) -> Value {
    if fo.binary {
        Value::obj(Obj::Bytes(b.into_boxed_slice()))
    } else {
        let s = String::from_utf8_lossy(&b).replace("\r\n", "\n");
        Value::string(s)
    }
}

fn f_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    let n = match args.pos().get(1) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => -1,
    };
    let mut fo = f.borrow_mut();
    if fo.closed {
        return Err(closed_err());
    }
    let data = if n < 0 {
        fo.read_all().map_err(|e| os_error(e.to_string()))?
    } else {
        let mut out = Vec::new();
        // read n characters (bytes for binary)
        while out.len() < n as usize {
            if fo.rpos >= fo.rbuf.len() && (fo.eof || fo.fill().map_err(|e| os_error(e.to_string()))? == 0) {
                break;
            }
            let b = fo.rbuf[fo.rpos];
            fo.rpos += 1;
            out.push(b);
        }
        out
    };
    Ok(decode(&fo, data))
}

fn f_readline(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    let mut fo = f.borrow_mut();
    if fo.closed {
        return Err(closed_err());
    }
    let line = fo.read_line().map_err(|e| os_error(e.to_string()))?;
    Ok(decode(&fo, line))
}

fn f_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    let mut lines = Vec::new();
    loop {
        let mut fo = f.borrow_mut();
        let line = fo.read_line().map_err(|e| os_error(e.to_string()))?;
        if line.is_empty() {
            break;
        }
        lines.push(decode(&fo, line));
    }
    Ok(vm.new_list(lines))
}

fn f_next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    let mut fo = f.borrow_mut();
    if fo.closed {
        return Err(closed_err());
    }
    let line = fo.read_line().map_err(|e| os_error(e.to_string()))?;
    if line.is_empty() {
        return Err(stop_iteration(Value::None));
    }
    Ok(decode(&fo, line))
}

fn f_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn f_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    let mut fo = f.borrow_mut();
    let _ = fo.flush();
    if matches!(fo.sink, Sink::File(_)) {
        fo.closed = true;
    }
    Ok(Value::None)
}

fn f_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn f_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    f_close(vm, Args::new(&args.pos()[..1]))?;
    Ok(Value::None)
}

fn f_isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    let fd = match f.borrow().sink {
        Sink::Stdin => 0,
        Sink::Stdout => 1,
        Sink::Stderr => 2,
        Sink::File(_) => return Ok(Value::Bool(false)),
    };
    Ok(Value::Bool(is_tty(fd)))
}

fn f_fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    Ok(Value::Int(match &f.borrow().sink {
        Sink::Stdin => 0,
        Sink::Stdout => 1,
        Sink::Stderr => 2,
        Sink::File(file) => {
            use std::os::unix::io::AsRawFd;
            file.as_raw_fd() as i64
        }
    }))
}

fn f_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(&args)?;
    let fo = f.borrow();
    let name = vm.repr_string(&fo.name)?;
    if fo.binary {
        Ok(Value::string(format!("<_io.BufferedReader name={}>", name)))
    } else {
        Ok(Value::string(format!(
            "<_io.TextIOWrapper name={} mode='{}' encoding='{}'>",
            name, fo.mode, fo.encoding
        )))
    }
}

/// Attributes of file objects.
pub fn file_attr(v: &Value, name: &str) -> Option<Value> {
    let f = file_cell(v)?;
    let fo = f.borrow();
    Some(match name {
        "name" => fo.name.clone(),
        "mode" => Value::str(&fo.mode),
        "closed" => Value::Bool(fo.closed),
        "encoding" => Value::str(&fo.encoding),
        _ => return None,
    })
}

pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let file = p
        .first()
        .or(args.kwarg("file"))
        .cloned()
        .ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?;
    let mode = p
        .get(1)
        .or(args.kwarg("mode"))
        .and_then(|v| v.as_str())
        .unwrap_or("r")
        .to_string();
    let path = match file.as_str() {
        Some(s) => s.to_string(),
        None => {
            let f = vm.call_dunder(&file, "__fspath__", &[])?;
            match f.and_then(|v| v.as_str().map(String::from)) {
                Some(s) => s,
                None => {
                    return Err(type_error(format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        vm.type_name(&file)
                    )))
                }
            }
        }
    };
    let binary = mode.contains('b');
    let mut opts = std::fs::OpenOptions::new();
    if mode.contains('r') {
        opts.read(true);
        if mode.contains('+') {
            opts.write(true);
        }
    } else if mode.contains('w') {
        opts.write(true).create(true).truncate(true);
        if mode.contains('+') {
            opts.read(true);
        }
    } else if mode.contains('a') {
        opts.append(true).create(true);
        if mode.contains('+') {
            opts.read(true);
        }
    } else if mode.contains('x') {
        opts.write(true).create_new(true);
    } else {
        return Err(value_error(format!("invalid mode: '{}'", mode)));
    }
    match opts.open(&path) {
        Ok(f) => {
            if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
                return Err(os_err(vm, 21, "Is a directory", &file));
            }
            Ok(new_file(Sink::File(f), file.clone(), &mode, binary))
        }
        Err(e) => {
            let (errno, msg) = match e.kind() {
                std::io::ErrorKind::NotFound => (2, "No such file or directory"),
                std::io::ErrorKind::PermissionDenied => (13, "Permission denied"),
                std::io::ErrorKind::AlreadyExists => (17, "File exists"),
                _ => (e.raw_os_error().unwrap_or(5), "Input/output error"),
            };
            let msg = if e.raw_os_error() == Some(21) {
                "Is a directory"
            } else {
                msg
            };
            let errno = e.raw_os_error().unwrap_or(errno);
            Err(os_err(vm, errno, msg, &file))
        }
    }
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

pub fn init(vm: &mut Vm) {
    let t = vm.types.file.clone();
    vm.add_method(&t, "write", f_write);
    vm.add_method(&t, "writelines", f_writelines);
    vm.add_method(&t, "flush", f_flush);
    vm.add_method(&t, "read", f_read);
    vm.add_method(&t, "readline", f_readline);
    vm.add_method(&t, "readlines", f_readlines);
    vm.add_method(&t, "__next__", f_next);
    vm.add_method(&t, "__iter__", f_iter);
    vm.add_method(&t, "close", f_close);
    vm.add_method(&t, "__enter__", f_enter);
    vm.add_method(&t, "__exit__", f_exit);
    vm.add_method(&t, "isatty", f_isatty);
    vm.add_method(&t, "fileno", f_fileno);
    vm.add_method(&t, "__repr__", f_repr);
    vm.set_class_attr(&t, "__module__", Value::str("_io"));
    vm.stdout = new_file(Sink::Stdout, Value::str("<stdout>"), "w", false);
    vm.stderr = new_file(Sink::Stderr, Value::str("<stderr>"), "w", false);
    vm.stdin = new_file(Sink::Stdin, Value::str("<stdin>"), "r", false);
}
