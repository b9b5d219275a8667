//! Creating streams: `open()` with CPython's argument checks and messages, the constructors of
//! StringIO, BytesIO, FileIO, TextIOWrapper and Buffered* (which wrap an existing stream's state).

use super::file::{Codec, FileObj, Kind, Raw};
use super::{file_cell, new_stream, FileCell};
use crate::error::*;
use crate::object::*;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::os::unix::fs::OpenOptionsExt;

fn arg<'a>(args: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.pos().get(i).or_else(|| args.kwarg(name))
}

fn opt_str(vm: &mut Vm, v: Option<&Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(type_error(format!(
                "{}() argument '{}' must be str or None, not {}",
                "open",
                what,
                vm.type_name(v)
            ))),
        },
    }
}

/// Choose the codec for an encoding name; unknown names raise LookupError.
pub fn set_encoding(vm: &mut Vm, f: &mut FileObj, enc: &str) -> PyResult<()> {
    let norm = crate::types::bytes::normalize_encoding(enc);
    let codec = match norm.as_str() {
        "utf-8" => Codec::Utf8,
        "utf-8-sig" | "utf8-sig" => Codec::Utf8Sig,
        n if n.starts_with("utf-16") || n.starts_with("utf-32") => Codec::Wide,
        _ => {
            // any codec bytes.decode knows; this raises "unknown encoding: x" otherwise
            crate::types::bytes::decode(vm, b"", &norm, "strict")?;
            Codec::SingleByte
        }
    };
    f.encoding = enc.to_string();
    f.enc_name = norm;
    f.codec = codec;
    f.bom_pending = matches!(codec, Codec::Utf8Sig | Codec::Wide);
    Ok(())
}

fn check_newline(newline: &Option<String>) -> PyResult<()> {
    if let Some(n) = newline {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {}", n)));
        }
    }
    Ok(())
}

pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let file = arg(&args, 0, "file")
        .cloned()
        .ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?;
    let mode = match arg(&args, 1, "mode") {
        None => "r".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let buffering = match arg(&args, 2, "buffering") {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => -1,
    };
    let encoding = opt_str(vm, arg(&args, 3, "encoding"), "encoding")?;
    let errors = opt_str(vm, arg(&args, 4, "errors"), "errors")?;
    let newline = opt_str(vm, arg(&args, 5, "newline"), "newline")?;
    let closefd = match arg(&args, 6, "closefd") {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let opener = arg(&args, 7, "opener").cloned().unwrap_or(Value::None);

    // mode: one of r/w/x/a, optional b or t, optional +, no repeats
    let mut seen = std::collections::HashSet::new();
    for ch in mode.chars() {
        if !"rwxabt+".contains(ch) || !seen.insert(ch) {
            return Err(value_error(format!("invalid mode: '{}'", mode)));
        }
    }
    let creating = seen.contains(&'x');
    let reading = seen.contains(&'r');
    let writing = seen.contains(&'w');
    let appending = seen.contains(&'a');
    let updating = seen.contains(&'+');
    let binary = seen.contains(&'b');
    if seen.contains(&'t') && binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if [creating, reading, writing, appending].iter().filter(|&&b| b).count() != 1 {
        return Err(value_error("must have exactly one of create/read/write/append mode"));
    }
    if binary && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if binary && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if binary && buffering == 1 {
        // CPython warns (RuntimeWarning) and uses the default buffer size
    }
    check_newline(&newline)?;
    if buffering == 0 && !binary {
        return Err(value_error("can't have unbuffered text I/O"));
    }

    // the descriptor
    let (raw_file, name) = match &file {
        Value::Int(fd) => {
            if *fd < 0 {
                return Err(value_error("negative file descriptor"));
            }
            use std::os::unix::io::FromRawFd;
            // SAFETY: the program hands us the descriptor; we own it unless closefd=False.
            let f = unsafe { std::fs::File::from_raw_fd(*fd as i32) };
            (f, file.clone())
        }
        Value::Bool(_) => {
            return Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not bool"
            )));
        }
        _ => {
            if !closefd {
                return Err(value_error("Cannot use closefd=False with file name"));
            }
            let (path, fs_name) = path_of(vm, &file)?;
            let file = fs_name;
            let mut flags = 0;
            let mut opts = std::fs::OpenOptions::new();
            if reading {
                opts.read(true);
                if updating {
                    opts.write(true);
                }
            } else if writing {
                opts.write(true).create(true).truncate(true);
                flags |= libc::O_CREAT | libc::O_TRUNC;
                if updating {
                    opts.read(true);
                }
            } else if appending {
                opts.append(true).create(true);
                flags |= libc::O_CREAT | libc::O_APPEND;
                if updating {
                    opts.read(true);
                }
            } else {
                opts.write(true).create_new(true);
                flags |= libc::O_CREAT | libc::O_EXCL;
                if updating {
                    opts.read(true);
                }
            }
            if !opener.is_none() {
                let acc = if updating {
                    libc::O_RDWR
                } else if reading {
                    libc::O_RDONLY
                } else {
                    libc::O_WRONLY
                };
                let fdv = vm.call_value(
                    &opener,
                    &[file.clone(), Value::Int((flags | acc | libc::O_CLOEXEC) as i64)],
                )?;
                let fd = vm.index_value(&fdv)?;
                if fd < 0 {
                    return Err(value_error(format!("opener returned {}", fd)));
                }
                use std::os::unix::io::FromRawFd;
                // SAFETY: the opener returned a descriptor it created for us.
                (unsafe { std::fs::File::from_raw_fd(fd as i32) }, file.clone())
            } else {
                opts.mode(0o666);
                match opts.open(&path) {
                    Ok(f) => (f, file.clone()),
                    Err(e) => return Err(super::io_error(vm, &e, Some(&file), None)),
                }
            }
        }
    };
    if raw_file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let f = raw_file;
        if !closefd {
            use std::os::unix::io::IntoRawFd;
            let _ = f.into_raw_fd();
        }
        return Err(super::errno_error(vm, libc::EISDIR, Some(&name), None));
    }
    let (kind, shown_mode) = if binary {
        let m = if reading {
            if updating {
                "rb+"
            } else {
                "rb"
            }
        } else if writing {
            if updating {
                "rb+"
            } else {
                "wb"
            }
        } else if appending {
            if updating {
                "ab+"
            } else {
                "ab"
            }
        } else if updating {
            "xb+"
        } else {
            "xb"
        };
        let k = if buffering == 0 {
            Kind::FileIO
        } else if updating {
            Kind::BufferedRandom
        } else if reading {
            Kind::BufferedReader
        } else {
            Kind::BufferedWriter
        };
        (k, m.to_string())
    } else {
        (Kind::TextIOWrapper, mode.clone())
    };
    let mut raw_file = raw_file;
    if appending {
        use std::io::Seek;
        let _ = raw_file.seek(std::io::SeekFrom::End(0));
    }
    let mut fo = FileObj::new(Raw::Fd(raw_file), kind, name, &shown_mode);
    fo.closefd = closefd;
    fo.readable = reading || updating;
    fo.writable = writing || appending || creating || updating;
    fo.newline = newline;
    if !binary {
        match &encoding {
            Some(e) if e != "locale" => set_encoding(vm, &mut fo, e)?,
            _ => fo.encoding = "UTF-8".into(),
        }
        if let Some(e) = errors {
            fo.errors = e;
        }
        fo.line_buffered = buffering == 1 || (buffering < 0 && super::is_tty(fo.fileno()));
        if appending && fo.codec != Codec::Utf8 {
            // appending to a non-empty file: no BOM
            if let Raw::Fd(f) = &fo.raw {
                if f.metadata().map(|m| m.len() > 0).unwrap_or(false) {
                    fo.bom_pending = false;
                }
            }
        }
    }
    Ok(new_stream(vm, fo))
}

/// The OS path of a file argument and the name the stream reports (the `__fspath__` result
/// for path-like objects).
fn path_of(vm: &mut Vm, file: &Value) -> PyResult<(std::path::PathBuf, Value)> {
    use std::os::unix::ffi::OsStringExt;
    if let Some(s) = file.as_str() {
        return Ok((check_nul(std::path::PathBuf::from(s))?, file.clone()));
    }
    if matches!(file.as_obj(), Some(Obj::Bytes(_))) {
        let b = crate::types::bytes::bytes_like(file).unwrap_or_default();
        return Ok((
            check_nul(std::path::PathBuf::from(std::ffi::OsString::from_vec(b)))?,
            file.clone(),
        ));
    }
    let f = vm.call_dunder(file, "__fspath__", &[]).ok().flatten();
    match f {
        Some(p) if p.as_str().is_some() => Ok((check_nul(std::path::PathBuf::from(p.as_str().unwrap_or("")))?, p)),
        Some(p) if matches!(p.as_obj(), Some(Obj::Bytes(_))) => {
            let b = crate::types::bytes::bytes_like(&p).unwrap_or_default();
            Ok((check_nul(std::path::PathBuf::from(std::ffi::OsString::from_vec(b)))?, p))
        }
        _ => Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(file)
        ))),
    }
}

fn check_nul(p: std::path::PathBuf) -> PyResult<std::path::PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    if p.as_os_str().as_bytes().contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    Ok(p)
}

/// `io.text_encoding(encoding, stacklevel=2)`.
pub fn text_encoding(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos().first() {
        Some(v) if !v.is_none() => Ok(v.clone()),
        _ => Ok(Value::str("locale")),
    }
}

// ---- constructors of the concrete classes ----

/// `cls(...)` for a native stream class or a Python subclass of one: the object itself, or an
/// instance wrapping it.
fn wrap_for(vm: &mut Vm, cls: &ObjRef, native: &ObjRef, stream: Value) -> Value {
    if std::rc::Rc::ptr_eq(cls, native) {
        return stream;
    }
    let d = new_dict_obj();
    let _ = vm;
    Value::obj(Obj::Instance(Instance {
        class: std::cell::RefCell::new(cls.clone()),
        dict: Some(d),
        exc: None,
        base: std::cell::RefCell::new(stream),
    }))
}

fn new_cls(args: &Args) -> PyResult<ObjRef> {
    match args.pos().first() {
        Some(Value::Obj(c)) if matches!(&**c, Obj::Class(_)) => Ok(c.clone()),
        _ => Err(type_error("__new__ needs a type")),
    }
}

fn memory_stream(vm: &mut Vm, kind: Kind) -> Value {
    let mut fo = FileObj::new(
        Raw::Memory(Vec::new(), 0),
        kind,
        Value::Null,
        if kind == Kind::StringIO { "w+" } else { "rb+" },
    );
    fo.readable = true;
    fo.writable = true;
    if kind == Kind::StringIO {
        fo.newline = Some("\n".into());
    }
    new_stream(vm, fo)
}

fn stringio_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(&args)?;
    let native = super::io_class(vm, "StringIO");
    let s = memory_stream(vm, Kind::StringIO);
    Ok(wrap_for(vm, &cls, &native, s))
}

/// StringIO(initial_value='', newline='\n')
fn stringio_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    let init = arg(&rest, 0, "initial_value").cloned().unwrap_or(Value::None);
    let newline = match arg(&rest, 1, "newline") {
        None => Some("\n".to_string()),
        Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(s) => Some(s.to_string()),
            None => {
                return Err(type_error(format!(
                    "newline must be str or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    check_newline(&newline)?;
    let text = match &init {
        Value::None => String::new(),
        v => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(type_error(format!(
                    "initial_value must be str or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let c = file_cell(&me).ok_or_else(|| type_error("StringIO.__init__ needs a StringIO"))?;
    {
        let mut f = c.f.borrow_mut();
        f.raw = Raw::Memory(Vec::new(), 0);
        f.rbuf.clear();
        f.rpos = 0;
        f.eof = false;
        f.closed = false;
        f.newline = newline;
    }
    if !text.is_empty() {
        let w = vm.getattr(&Value::Obj(super::io_class(vm, "StringIO")), &Value::str("write"))?;
        vm.call_value(&w, &[me.clone(), Value::string(text)])?;
        let mut f = c.f.borrow_mut();
        if let Raw::Memory(_, pos) = &mut f.raw {
            *pos = 0;
        }
    }
    Ok(Value::None)
}

fn bytesio_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(&args)?;
    let native = super::io_class(vm, "BytesIO");
    let s = memory_stream(vm, Kind::BytesIO);
    Ok(wrap_for(vm, &cls, &native, s))
}

/// BytesIO(initial_bytes=b'')
fn bytesio_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    let init = arg(&rest, 0, "initial_bytes").cloned().unwrap_or(Value::None);
    let data = match &init {
        Value::None => Vec::new(),
        v => match crate::types::bytes::bytes_like(&vm.unwrap_builtin(v)) {
            Some(b) => b,
            None => {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                )))
            }
        },
    };
    let c = file_cell(&me).ok_or_else(|| type_error("BytesIO.__init__ needs a BytesIO"))?;
    let mut f = c.f.borrow_mut();
    f.raw = Raw::Memory(data, 0);
    f.rbuf.clear();
    f.rpos = 0;
    f.eof = false;
    f.closed = false;
    Ok(Value::None)
}

/// FileIO(file, mode='r', closefd=True, opener=None): open() with buffering=0.
fn fileio_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(&args)?;
    let p = &args.pos()[1..];
    let file = p.first().or(args.kwarg("file")).cloned().unwrap_or(Value::None);
    let mode = p.get(1).or(args.kwarg("mode")).cloned().unwrap_or(Value::str("r"));
    let mut m = mode.as_str().unwrap_or("r").replace('b', "");
    m.push('b');
    let closefd = p.get(2).or(args.kwarg("closefd")).cloned().unwrap_or(Value::Bool(true));
    let opener = p.get(3).or(args.kwarg("opener")).cloned().unwrap_or(Value::None);
    let s = open(
        vm,
        Args::new(&[
            file,
            Value::string(m),
            Value::Int(0),
            Value::None,
            Value::None,
            Value::None,
            closefd,
            opener,
        ]),
    )?;
    let native = super::io_class(vm, "FileIO");
    Ok(wrap_for(vm, &cls, &native, s))
}

/// A view of an existing stream's state as another class (TextIOWrapper(buffer),
/// BufferedReader(raw), ...).
fn view_new(vm: &mut Vm, args: Args, kind: Kind) -> PyResult<Value> {
    let cls = new_cls(&args)?;
    let target = args
        .pos()
        .get(1)
        .or(args.kwarg("buffer"))
        .or(args.kwarg("raw"))
        .cloned()
        .ok_or_else(|| type_error("missing required argument 'buffer' (pos 1)"))?;
    let Some(c) = file_cell(&target) else {
        return Err(type_error(format!(
            "pyrite can only wrap its own streams, not {}",
            vm.type_name(&target)
        )));
    };
    let text = kind == Kind::TextIOWrapper;
    let native = super::io_class(vm, super::class_name_of(kind));
    if text {
        let rest = Args {
            all: &args.all[2.min(args.all.len())..],
            kwnames: args.kwnames,
        };
        let _ = rest;
        let kwargs: Vec<(String, Value)> = args.kw().map(|(k, v)| (k.to_string(), v.clone())).collect();
        let pos = args.pos();
        let get = |i: usize, name: &str| -> Option<Value> {
            pos.get(i)
                .cloned()
                .or_else(|| kwargs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
        };
        let encoding = opt_str(vm, get(2, "encoding").as_ref(), "encoding")?;
        let errors = opt_str(vm, get(3, "errors").as_ref(), "errors")?;
        let newline = opt_str(vm, get(4, "newline").as_ref(), "newline")?;
        check_newline(&newline)?;
        let line_buffering = match get(5, "line_buffering") {
            Some(v) => vm.is_true(&v)?,
            None => false,
        };
        let write_through = match get(6, "write_through") {
            Some(v) => vm.is_true(&v)?,
            None => false,
        };
        // a text layer of its own over the wrapped stream's buffers
        let (readable, writable, name) = {
            let inner = c.f.borrow();
            (inner.readable, inner.writable, inner.name.clone())
        };
        let mut f = FileObj::new(Raw::Inner(c.f.clone()), Kind::TextIOWrapper, name, "");
        f.readable = readable;
        f.writable = writable;
        match &encoding {
            Some(e) if e != "locale" => set_encoding(vm, &mut f, e)?,
            _ => {
                f.encoding = "UTF-8".into();
                f.codec = Codec::Utf8;
                f.enc_name = "utf-8".into();
            }
        }
        f.errors = errors.unwrap_or_else(|| "strict".into());
        f.newline = newline;
        f.line_buffered = line_buffering;
        f.write_through = write_through;
        let s = new_stream(vm, f);
        if let Some(Obj::File(fc)) = s.as_obj() {
            // TextIOWrapper(b).buffer is b
            let cell = FileCell {
                cls: fc.cls.clone(),
                f: fc.f.clone(),
                binary_view: false,
                text_view: false,
                parent: target.clone(),
            };
            let s2 = Value::obj(Obj::File(Box::new(cell)));
            return Ok(wrap_for(vm, &cls, &native, s2));
        }
        return Ok(wrap_for(vm, &cls, &native, s));
    }
    let s = Value::obj(Obj::File(Box::new(FileCell {
        cls: native.clone(),
        f: c.f.clone(),
        binary_view: !text,
        text_view: text,
        parent: target.clone(),
    })));
    let _ = text;
    Ok(wrap_for(vm, &cls, &native, s))
}

fn textiowrapper_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_new(vm, args, Kind::TextIOWrapper)
}
fn reader_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_new(vm, args, Kind::BufferedReader)
}
fn writer_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_new(vm, args, Kind::BufferedWriter)
}
fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_new(vm, args, Kind::BufferedRandom)
}
fn init_noop(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn install_constructor(vm: &mut Vm, cls: &ObjRef, kind: Kind) {
    let (new, init): (NativeFn, NativeFn) = match kind {
        Kind::StringIO => (stringio_new, stringio_init),
        Kind::BytesIO => (bytesio_new, bytesio_init),
        Kind::FileIO => (fileio_new, init_noop),
        Kind::TextIOWrapper => (textiowrapper_new, init_noop),
        Kind::BufferedReader => (reader_new, init_noop),
        Kind::BufferedWriter => (writer_new, init_noop),
        Kind::BufferedRandom => (random_new, init_noop),
    };
    vm.add_staticmethod(cls, "__new__", new);
    vm.add_method(cls, "__init__", init);
}
