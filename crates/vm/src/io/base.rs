//! The `_io` class hierarchy: the abstract bases `_IOBase`, `_RawIOBase`, `_BufferedIOBase`,
//! `_TextIOBase`, whose generic methods serve Python subclasses (they call the subclass's own
//! read/readline/write/close), and the concrete native classes below them.

use super::file::Kind;
use crate::error::*;
use crate::object::*;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn me<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos()
        .first()
        .ok_or_else(|| type_error("descriptor needs an argument"))
}

const CLOSED_FLAG: &str = "__IOBase_closed";

fn is_closed(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let c = vm.getattr(v, &Value::str("closed"))?;
    vm.is_true(&c)
}

fn check_open(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if is_closed(vm, v)? {
        return Err(super::closed_err());
    }
    Ok(())
}

fn b_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?;
    if let Some(Obj::Instance(i)) = v.as_obj() {
        if let Some(d) = i.dict_cell() {
            if let Some(x) = d.borrow().get_str(CLOSED_FLAG) {
                return Ok(x.clone());
            }
        }
    }
    let _ = vm;
    Ok(Value::Bool(false))
}

fn b_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    if is_closed(vm, &v)? {
        return Ok(Value::None);
    }
    let r = vm.call_method(&v, "flush", &[]);
    if let Some(Obj::Instance(i)) = v.as_obj() {
        if let Some(d) = &i.dict {
            let k = vm.intern(CLOSED_FLAG);
            crate::vm::dict_set_str(d, k, Value::Bool(true));
        }
    }
    r.map(|_| Value::None)
}

fn b_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    check_open(vm, &v)?;
    Ok(Value::None)
}

fn b_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    check_open(vm, &v)?;
    Ok(v)
}

fn b_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    vm.call_method(&v, "close", &[])?;
    Ok(Value::None)
}

fn b_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    check_open(vm, &v)?;
    Ok(v)
}

fn empty(v: &Value) -> bool {
    match v.as_obj() {
        Some(Obj::Str(s)) => s.char_len() == 0,
        Some(Obj::Bytes(b)) => b.is_empty(),
        Some(Obj::ByteArray(b)) => b.borrow().is_empty(),
        _ => false,
    }
}

fn b_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    let line = vm.call_method(&v, "readline", &[])?;
    if empty(&line) {
        return Err(stop_iteration(Value::None));
    }
    Ok(line)
}

fn b_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    let mut out = Vec::new();
    let it = vm.get_iter(&v)?;
    while let Some(l) = vm.next(&it)? {
        out.push(l);
    }
    Ok(vm.new_list(out))
}

fn b_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    check_open(vm, &v)?;
    let lines = args.pos().get(1).cloned().unwrap_or(Value::None);
    let it = vm.get_iter(&lines)?;
    while let Some(l) = vm.next(&it)? {
        vm.call_method(&v, "write", &[l])?;
    }
    Ok(Value::None)
}

/// IOBase.readline: one byte at a time through `read(1)` (text subclasses get str).
fn b_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    let limit = match args.pos().get(1) {
        Some(x) if !x.is_none() => vm.index_value(x)?,
        _ => -1,
    };
    let mut parts: Vec<Value> = Vec::new();
    let mut n = 0i64;
    loop {
        if limit >= 0 && n >= limit {
            break;
        }
        let c = vm.call_method(&v, "read", &[Value::Int(1)])?;
        if empty(&c) {
            break;
        }
        let nl = match c.as_obj() {
            Some(Obj::Str(s)) => s.as_str() == "\n",
            Some(Obj::Bytes(b)) => &b[..] == b"\n",
            _ => false,
        };
        parts.push(c);
        n += 1;
        if nl {
            break;
        }
    }
    let text = parts.first().map(|p| p.as_str().is_some()).unwrap_or(false);
    if text {
        let s: String = parts.iter().map(|p| p.as_str().unwrap_or("")).collect();
        return Ok(Value::string(s));
    }
    let mut b = Vec::new();
    for p in &parts {
        b.extend(crate::types::bytes::bytes_like(p).unwrap_or_default());
    }
    Ok(Value::obj(Obj::Bytes(b.into_boxed_slice())))
}

fn b_false(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    check_open(vm, &v)?;
    Ok(Value::Bool(false))
}

fn unsupported_named(vm: &mut Vm, name: &str) -> PyErr {
    super::unsupported(vm, name)
}

fn b_fileno(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported_named(vm, "fileno"))
}
fn b_seek(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported_named(vm, "seek"))
}
fn b_truncate(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported_named(vm, "truncate"))
}
fn b_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    vm.call_method(&v, "seek", &[Value::Int(0), Value::Int(1)])
}
fn b_read(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported_named(vm, "read"))
}
fn b_write(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported_named(vm, "write"))
}
fn b_detach(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported_named(vm, "detach"))
}
fn b_none(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// RawIOBase.read(n): through the subclass's readinto.
fn raw_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    let n = match args.pos().get(1) {
        Some(x) if !x.is_none() => vm.index_value(x)?,
        _ => -1,
    };
    if n < 0 {
        return vm.call_method(&v, "readall", &[]);
    }
    let buf = Value::obj(Obj::ByteArray(std::cell::RefCell::new(vec![0; n as usize])));
    let got = vm.call_method(&v, "readinto", &[buf.clone()])?;
    if got.is_none() {
        return Ok(Value::None);
    }
    let got = vm.index_value(&got)? as usize;
    let mut b = crate::types::bytes::bytes_like(&buf).unwrap_or_default();
    b.truncate(got);
    Ok(Value::obj(Obj::Bytes(b.into_boxed_slice())))
}

fn raw_readall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = me(&args)?.clone();
    let mut out = Vec::new();
    loop {
        let chunk = vm.call_method(&v, "read", &[Value::Int(8192)])?;
        if chunk.is_none() {
            break;
        }
        let b = crate::types::bytes::bytes_like(&chunk).unwrap_or_default();
        if b.is_empty() {
            break;
        }
        out.extend(b);
    }
    Ok(Value::obj(Obj::Bytes(out.into_boxed_slice())))
}

fn class(vm: &mut Vm, name: &str, base: &ObjRef, module: &str) -> ObjRef {
    let cls = crate::vm::new_class_obj(name, vec![base.clone()], Layout::Object, true);
    let mro = crate::types::class::compute_mro(vm, &cls).unwrap_or_default();
    if let Obj::Class(c) = &*cls {
        *c.mro.borrow_mut() = mro;
    }
    vm.set_class_attr(&cls, "__module__", Value::str(module));
    cls
}

fn getter(vm: &mut Vm, cls: &ObjRef, name: &'static str, f: NativeFn) {
    let g = vm.new_native(name, f);
    let p = Value::obj(Obj::Property(Box::new(Property {
        fget: std::cell::RefCell::new(g),
        fset: std::cell::RefCell::new(Value::None),
        fdel: std::cell::RefCell::new(Value::None),
        doc: std::cell::RefCell::new(Value::None),
    })));
    vm.set_class_attr(cls, name, p);
}

pub fn init_classes(vm: &mut Vm) {
    let object = vm.types.object.clone();
    let iobase = class(vm, "_IOBase", &object, "_io");
    let methods: &[(&'static str, NativeFn)] = &[
        ("close", b_close),
        ("flush", b_flush),
        ("__enter__", b_enter),
        ("__exit__", b_exit),
        ("__iter__", b_iter),
        ("__next__", b_next),
        ("readline", b_readline),
        ("readlines", b_readlines),
        ("writelines", b_writelines),
        ("readable", b_false),
        ("writable", b_false),
        ("seekable", b_false),
        ("isatty", b_false),
        ("fileno", b_fileno),
        ("seek", b_seek),
        ("tell", b_tell),
        ("truncate", b_truncate),
    ];
    for (n, f) in methods {
        vm.add_method(&iobase, n, *f);
    }
    getter(vm, &iobase, "closed", b_closed);
    let raw = class(vm, "_RawIOBase", &iobase, "_io");
    vm.add_method(&raw, "read", raw_read);
    vm.add_method(&raw, "readall", raw_readall);
    let buffered = class(vm, "_BufferedIOBase", &iobase, "_io");
    for n in ["read", "read1", "readinto"] {
        vm.add_method(&buffered, n, b_read);
    }
    vm.add_method(&buffered, "write", b_write);
    vm.add_method(&buffered, "detach", b_detach);
    let text = class(vm, "_TextIOBase", &iobase, "_io");
    vm.add_method(&text, "read", b_read);
    vm.add_method(&text, "write", b_write);
    vm.add_method(&text, "detach", b_detach);
    getter(vm, &text, "encoding", b_none);
    getter(vm, &text, "newlines", b_none);
    getter(vm, &text, "errors", b_none);
    for (n, c) in [
        ("IOBase", &iobase),
        ("RawIOBase", &raw),
        ("BufferedIOBase", &buffered),
        ("TextIOBase", &text),
    ] {
        vm.cached_classes.insert(n, c.clone());
    }
    let concrete: [(&'static str, Kind, &ObjRef); 7] = [
        ("FileIO", Kind::FileIO, &raw),
        ("BufferedReader", Kind::BufferedReader, &buffered),
        ("BufferedWriter", Kind::BufferedWriter, &buffered),
        ("BufferedRandom", Kind::BufferedRandom, &buffered),
        ("BytesIO", Kind::BytesIO, &buffered),
        ("TextIOWrapper", Kind::TextIOWrapper, &text),
        ("StringIO", Kind::StringIO, &text),
    ];
    for (name, kind, base) in concrete {
        let c = class(vm, name, base, "_io");
        super::methods::install(vm, &c, kind);
        super::open::install_constructor(vm, &c, kind);
        vm.cached_classes.insert(name, c);
    }
    // io.UnsupportedOperation(OSError, ValueError)
    let bases = vm.new_tuple(vec![
        Value::Obj(vm.exc_class(ExcKind::OSError)),
        Value::Obj(vm.exc_class(ExcKind::ValueError)),
    ]);
    let ns = vm.new_dict();
    if let Ok(Value::Obj(c)) = vm.call_value(
        &Value::Obj(vm.types.type_.clone()),
        &[Value::str("UnsupportedOperation"), bases, ns],
    ) {
        vm.set_class_attr(&c, "__module__", Value::str("io"));
        vm.cached_classes.insert("UnsupportedOperation", c);
    }
}
