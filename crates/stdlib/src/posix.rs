//! The `posix` module: the operating-system primitives `os` is built on (file metadata,
//! directories, descriptors, the environment, processes), with CPython's names, result types
//! and OSError messages. `os.py` adds the portable layer on top, as in CPython.

use pyrite_vm::error::*;
use pyrite_vm::io::{errno_error, io_error};
use pyrite_vm::object::{Instance, Layout, Obj};
use pyrite_vm::types::structseq::{structseq_class, structseq_new};
use pyrite_vm::{Args, ObjRef, PyResult, Value, Vm};
use std::cell::RefCell;
use std::ffi::{CString, OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;

/// A path argument: the OS path, whether it was given as bytes, and the original value (for
/// error messages).
struct PathArg {
    path: PathBuf,
    bytes: bool,
    orig: Value,
}

fn bytes_value(b: &[u8]) -> Value {
    Value::obj(Obj::Bytes(b.to_vec().into_boxed_slice()))
}

fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    pyrite_vm::types::bytes::bytes_like(v)
}

/// `os.fspath(v)`: str and bytes pass through, os.PathLike objects give their `__fspath__()`.
pub fn fspath_value(vm: &mut Vm, v: &Value, allow_fd: bool, func: &str, arg: &str) -> PyResult<Value> {
    if v.as_str().is_some() || matches!(v.as_obj(), Some(Obj::Bytes(_))) {
        return Ok(v.clone());
    }
    if let Some(Obj::Instance(_)) = v.as_obj() {
        let u = vm.unwrap_builtin(v);
        if u.as_str().is_some() || matches!(u.as_obj(), Some(Obj::Bytes(_))) {
            return Ok(v.clone());
        }
    }
    if matches!(v, Value::Obj(_)) {
        let cls = vm.class_of(v);
        if pyrite_vm::types::class::lookup(vm, &cls, "__fspath__").is_some() {
            let r = vm.call_dunder(v, "__fspath__", &[])?.unwrap_or(Value::None);
            let ok = r.as_str().is_some() || matches!(r.as_obj(), Some(Obj::Bytes(_)));
            if !ok {
                return Err(type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    vm.type_name(v),
                    vm.type_name(&r)
                )));
            }
            return Ok(r);
        }
    }
    let what = if allow_fd {
        "string, bytes, os.PathLike or integer"
    } else {
        "string, bytes or os.PathLike"
    };
    if func.is_empty() {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(v)
        )));
    }
    Err(type_error(format!(
        "{}: {} should be {}, not {}",
        func,
        arg,
        what,
        vm.type_name(v)
    )))
}

fn path_arg(vm: &mut Vm, v: &Value, func: &str, arg: &str) -> PyResult<PathArg> {
    let p = fspath_value(vm, v, false, func, arg)?;
    let p = vm.unwrap_builtin(&p);
    if let Some(s) = p.as_str() {
        if s.contains('\0') {
            return Err(value_error(format!("{}: embedded null character in {}", func, arg)));
        }
        return Ok(PathArg {
            path: PathBuf::from(s),
            bytes: false,
            orig: p.clone(),
        });
    }
    let b = bytes_of(&p).unwrap_or_default();
    if b.contains(&0) {
        return Err(value_error(format!("{}: embedded null byte in {}", func, arg)));
    }
    Ok(PathArg {
        path: PathBuf::from(OsString::from_vec(b)),
        bytes: true,
        orig: p,
    })
}

/// A file name as str or bytes, matching how the directory was named.
fn name_value(name: &OsStr, bytes: bool) -> Value {
    if bytes {
        bytes_value(name.as_bytes())
    } else {
        Value::string(name.to_string_lossy().into_owned())
    }
}

fn arg<'a>(args: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.pos().get(i).or_else(|| args.kwarg(name))
}

fn need<'a>(args: &Args<'a>, i: usize, name: &str, func: &str) -> PyResult<&'a Value> {
    arg(args, i, name).ok_or_else(|| {
        type_error(format!(
            "{}() missing required argument '{}' (pos {})",
            func,
            name,
            i + 1
        ))
    })
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize, name: &str, func: &str) -> PyResult<i64> {
    let v = need(args, i, name, func)?;
    vm.index_value(v)
}

fn opt_int(vm: &mut Vm, args: &Args, i: usize, name: &str, default: i64) -> PyResult<i64> {
    match arg(args, i, name) {
        Some(v) if !v.is_none() => vm.index_value(v),
        _ => Ok(default),
    }
}

fn follow_symlinks(vm: &mut Vm, args: &Args) -> PyResult<bool> {
    match args.kwarg("follow_symlinks") {
        Some(v) => vm.is_true(v),
        None => Ok(true),
    }
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn cstring(p: &PathArg) -> CString {
    CString::new(p.path.as_os_str().as_bytes()).unwrap_or_default()
}

// ---- stat ----

fn stat_cls(vm: &mut Vm) -> ObjRef {
    if let Some(c) = vm.cached_classes.get("os.stat_result") {
        return c.clone();
    }
    let fields = [
        "st_mode",
        "st_ino",
        "st_dev",
        "st_nlink",
        "st_uid",
        "st_gid",
        "st_size",
        "st_atime",
        "st_mtime",
        "st_ctime",
        "st_atime",
        "st_mtime",
        "st_ctime",
        "st_atime_ns",
        "st_mtime_ns",
        "st_ctime_ns",
        "st_blksize",
        "st_blocks",
        "st_rdev",
    ];
    let c = structseq_class(vm, "os.stat_result", &fields, 10);
    vm.cached_classes.insert("os.stat_result", c.clone());
    c
}

fn ns_value(secs: i64, nsec: i64) -> Value {
    let total = secs as i128 * 1_000_000_000 + nsec as i128;
    match i64::try_from(total) {
        Ok(n) => Value::Int(n),
        Err(_) => pyrite_vm::ops::big_to_value(num_bigint::BigInt::from(total)),
    }
}

fn stat_value(vm: &mut Vm, m: &std::fs::Metadata) -> Value {
    let cls = stat_cls(vm);
    let t = |s: i64, n: i64| s as f64 + n as f64 * 1e-9;
    let vals = vec![
        Value::Int(m.mode() as i64),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        Value::Int(m.atime()),
        Value::Int(m.mtime()),
        Value::Int(m.ctime()),
        Value::Float(t(m.atime(), m.atime_nsec())),
        Value::Float(t(m.mtime(), m.mtime_nsec())),
        Value::Float(t(m.ctime(), m.ctime_nsec())),
        ns_value(m.atime(), m.atime_nsec()),
        ns_value(m.mtime(), m.mtime_nsec()),
        ns_value(m.ctime(), m.ctime_nsec()),
        Value::Int(m.blksize() as i64),
        Value::Int(m.blocks() as i64),
        Value::Int(m.rdev() as i64),
    ];
    structseq_new(vm, &cls, vals)
}

fn fd_metadata(fd: i32) -> std::io::Result<std::fs::Metadata> {
    use std::os::fd::FromRawFd;
    // SAFETY: the File is only borrowed for metadata and never closes the descriptor.
    let f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    f.metadata()
}

fn do_stat(vm: &mut Vm, args: Args, func: &str, follow: bool) -> PyResult<Value> {
    let v = need(&args, 0, "path", func)?;
    if !follow {
        let p = path_arg(vm, v, func, "path")?;
        return match std::fs::symlink_metadata(&p.path) {
            Ok(m) => Ok(stat_value(vm, &m)),
            Err(e) => Err(io_error(vm, &e, Some(&p.orig), None)),
        };
    }
    if let Value::Int(fd) = v {
        return match fd_metadata(*fd as i32) {
            Ok(m) => Ok(stat_value(vm, &m)),
            Err(e) => Err(io_error(vm, &e, None, None)),
        };
    }
    let p = path_arg_fd(vm, v, func, "path")?;
    let follow = follow && follow_symlinks(vm, &args)?;
    let r = if follow {
        std::fs::metadata(&p.path)
    } else {
        std::fs::symlink_metadata(&p.path)
    };
    match r {
        Ok(m) => Ok(stat_value(vm, &m)),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig), None)),
    }
}

fn path_arg_fd(vm: &mut Vm, v: &Value, func: &str, arg: &str) -> PyResult<PathArg> {
    if !matches!(v, Value::Obj(_)) {
        return Err(type_error(format!(
            "{}: {} should be string, bytes, os.PathLike or integer, not {}",
            func,
            arg,
            vm.type_name(v)
        )));
    }
    match fspath_value(vm, v, true, func, arg) {
        Ok(_) => path_arg(vm, v, func, arg),
        Err(e) => Err(e),
    }
}

fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_stat(vm, args, "stat", true)
}
fn lstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_stat(vm, args, "lstat", false)
}
fn fstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd", "fstat")?;
    match fd_metadata(fd as i32) {
        Ok(m) => Ok(stat_value(vm, &m)),
        Err(e) => Err(io_error(vm, &e, None, None)),
    }
}

// ---- directories ----

fn path_or_dot(vm: &mut Vm, args: &Args, func: &str) -> PyResult<PathArg> {
    match arg(args, 0, "path") {
        Some(v) if !v.is_none() => path_arg(vm, v, func, "path"),
        _ => Ok(PathArg {
            path: PathBuf::from("."),
            bytes: false,
            orig: Value::str("."),
        }),
    }
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_or_dot(vm, &args, "listdir")?;
    let rd = match std::fs::read_dir(&p.path) {
        Ok(rd) => rd,
        Err(e) => return Err(io_error(vm, &e, Some(&p.orig), None)),
    };
    let mut out = Vec::new();
    for e in rd {
        match e {
            Ok(e) => out.push(name_value(&e.file_name(), p.bytes)),
            Err(e) => return Err(io_error(vm, &e, Some(&p.orig), None)),
        }
    }
    Ok(vm.new_list(out))
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = need(&args, 0, "path", "mkdir")?;
    let p = path_arg(vm, v, "mkdir", "path")?;
    let mode = opt_int(vm, &args, 1, "mode", 0o777)?;
    use std::os::unix::fs::DirBuilderExt;
    match std::fs::DirBuilder::new().mode(mode as u32).create(&p.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig), None)),
    }
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = need(&args, 0, "path", "rmdir")?;
    let p = path_arg(vm, v, "rmdir", "path")?;
    match std::fs::remove_dir(&p.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig), None)),
    }
}

fn unlink_named(vm: &mut Vm, args: Args, func: &str) -> PyResult<Value> {
    let v = need(&args, 0, "path", func)?;
    let p = path_arg(vm, v, func, "path")?;
    let c = cstring(&p);
    // SAFETY: c is a valid NUL-terminated path.
    if unsafe { libc::unlink(c.as_ptr()) } != 0 {
        let n = last_errno();
        return Err(errno_error(vm, n, Some(&p.orig), None));
    }
    Ok(Value::None)
}

fn unlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unlink_named(vm, args, "unlink")
}
fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unlink_named(vm, args, "remove")
}

fn rename_named(vm: &mut Vm, args: Args, func: &str) -> PyResult<Value> {
    let a = need(&args, 0, "src", func)?;
    let b = need(&args, 1, "dst", func)?;
    let pa = path_arg(vm, a, func, "src")?;
    let pb = path_arg(vm, b, func, "dst")?;
    match std::fs::rename(&pa.path, &pb.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_error(vm, &e, Some(&pa.orig), Some(&pb.orig))),
    }
}
fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_named(vm, args, "rename")
}
fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_named(vm, args, "replace")
}

fn getcwd(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(Value::string(p.to_string_lossy().into_owned())),
        Err(e) => Err(io_error(vm, &e, None, None)),
    }
}
fn getcwdb(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(bytes_value(p.as_os_str().as_bytes())),
        Err(e) => Err(io_error(vm, &e, None, None)),
    }
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = need(&args, 0, "path", "chdir")?;
    let p = path_arg(vm, v, "chdir", "path")?;
    match std::env::set_current_dir(&p.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig), None)),
    }
}

fn chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = need(&args, 0, "path", "chmod")?;
    let mode = int_arg(vm, &args, 1, "mode", "chmod")?;
    if let Value::Int(fd) = v {
        // SAFETY: plain system call on a descriptor.
        if unsafe { libc::fchmod(*fd as i32, mode as libc::mode_t) } != 0 {
            let n = last_errno();
            return Err(errno_error(vm, n, None, None));
        }
        return Ok(Value::None);
    }
    let p = path_arg_fd(vm, v, "chmod", "path")?;
    match std::fs::set_permissions(&p.path, std::fs::Permissions::from_mode(mode as u32)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig), None)),
    }
}

fn to_timespec(vm: &mut Vm, v: &Value) -> PyResult<libc::timespec> {
    let f = match v {
        Value::Int(i) => {
            return Ok(libc::timespec {
                tv_sec: *i as libc::time_t,
                tv_nsec: 0,
            })
        }
        Value::Float(f) => *f,
        _ => pyrite_vm::types::float::float_from_value(vm, v)?,
    };
    let secs = f.floor();
    let mut nsec = ((f - secs) * 1e9).round() as i64;
    let mut secs = secs as i64;
    if nsec >= 1_000_000_000 {
        secs += 1;
        nsec -= 1_000_000_000;
    }
    Ok(libc::timespec {
        tv_sec: secs as libc::time_t,
        tv_nsec: nsec as _,
    })
}

fn utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = need(&args, 0, "path", "utime")?;
    let p = path_arg(vm, v, "utime", "path")?;
    let times = arg(&args, 1, "times").cloned().unwrap_or(Value::None);
    let ns = args.kwarg("ns").cloned().unwrap_or(Value::None);
    let ts: Option<[libc::timespec; 2]> = if !times.is_none() {
        let t = vm.iterate(&times)?;
        if t.len() != 2 || !matches!(times.as_obj(), Some(Obj::Tuple(_))) {
            return Err(type_error("utime: 'times' must be either a tuple of two ints or None"));
        }
        Some([to_timespec(vm, &t[0])?, to_timespec(vm, &t[1])?])
    } else if !ns.is_none() {
        let t = vm.iterate(&ns)?;
        if t.len() != 2 {
            return Err(type_error("utime: 'ns' must be a tuple of two ints"));
        }
        let mut out = [libc::timespec { tv_sec: 0, tv_nsec: 0 }; 2];
        for (i, x) in t.iter().enumerate() {
            let n = vm.index_value(x)?;
            out[i] = libc::timespec {
                tv_sec: n.div_euclid(1_000_000_000) as libc::time_t,
                tv_nsec: n.rem_euclid(1_000_000_000) as _,
            };
        }
        Some(out)
    } else {
        None
    };
    let c = cstring(&p);
    let flags = if follow_symlinks(vm, &args)? {
        0
    } else {
        libc::AT_SYMLINK_NOFOLLOW
    };
    // SAFETY: c is a valid path; ts (when given) points at two timespecs.
    let r = unsafe {
        match &ts {
            Some(t) => libc::utimensat(libc::AT_FDCWD, c.as_ptr(), t.as_ptr(), flags),
            None => libc::utimensat(libc::AT_FDCWD, c.as_ptr(), std::ptr::null(), flags),
        }
    };
    if r != 0 {
        // CPython's utime reports the error without the file name
        let n = last_errno();
        return Err(errno_error(vm, n, None, None));
    }
    Ok(Value::None)
}

fn access(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = need(&args, 0, "path", "access")?;
    let p = path_arg(vm, v, "access", "path")?;
    let mode = int_arg(vm, &args, 1, "mode", "access")?;
    let c = cstring(&p);
    // SAFETY: c is a valid NUL-terminated path.
    Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode as i32) } == 0))
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = need(&args, 0, "path", "readlink")?;
    let p = path_arg(vm, v, "readlink", "path")?;
    match std::fs::read_link(&p.path) {
        Ok(t) => Ok(name_value(t.as_os_str(), p.bytes)),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig), None)),
    }
}

fn symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = need(&args, 0, "src", "symlink")?;
    let b = need(&args, 1, "dst", "symlink")?;
    let pa = path_arg(vm, a, "symlink", "src")?;
    let pb = path_arg(vm, b, "symlink", "dst")?;
    match std::os::unix::fs::symlink(&pa.path, &pb.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_error(vm, &e, Some(&pa.orig), Some(&pb.orig))),
    }
}

fn link(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = need(&args, 0, "src", "link")?;
    let b = need(&args, 1, "dst", "link")?;
    let pa = path_arg(vm, a, "link", "src")?;
    let pb = path_arg(vm, b, "link", "dst")?;
    match std::fs::hard_link(&pa.path, &pb.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(io_error(vm, &e, Some(&pa.orig), Some(&pb.orig))),
    }
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = need(&args, 0, "path", "truncate")?;
    let len = int_arg(vm, &args, 1, "length", "truncate")?;
    if let Value::Int(fd) = v {
        return ftruncate_fd(vm, *fd as i32, len);
    }
    let p = path_arg_fd(vm, v, "truncate", "path")?;
    let c = cstring(&p);
    // SAFETY: c is a valid NUL-terminated path.
    if unsafe { libc::truncate(c.as_ptr(), len as libc::off_t) } != 0 {
        let n = last_errno();
        return Err(errno_error(vm, n, Some(&p.orig), None));
    }
    Ok(Value::None)
}

fn ftruncate_fd(vm: &mut Vm, fd: i32, len: i64) -> PyResult<Value> {
    // SAFETY: plain system call on a descriptor.
    if unsafe { libc::ftruncate(fd, len as libc::off_t) } != 0 {
        let n = last_errno();
        return Err(errno_error(vm, n, None, None));
    }
    Ok(Value::None)
}

fn ftruncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd", "ftruncate")?;
    let len = int_arg(vm, &args, 1, "length", "ftruncate")?;
    ftruncate_fd(vm, fd as i32, len)
}

// ---- scandir ----

fn dir_entry_cls(vm: &mut Vm) -> ObjRef {
    if let Some(c) = vm.cached_classes.get("posix.DirEntry") {
        return c.clone();
    }
    let c = native_class(vm, "DirEntry", "posix");
    vm.add_method(&c, "is_dir", entry_is_dir);
    vm.add_method(&c, "is_file", entry_is_file);
    vm.add_method(&c, "is_symlink", entry_is_symlink);
    vm.add_method(&c, "stat", entry_stat);
    vm.add_method(&c, "inode", entry_inode);
    vm.add_method(&c, "__fspath__", entry_fspath);
    vm.add_method(&c, "__repr__", entry_repr);
    vm.cached_classes.insert("posix.DirEntry", c.clone());
    c
}

fn scandir_cls(vm: &mut Vm) -> ObjRef {
    if let Some(c) = vm.cached_classes.get("posix.ScandirIterator") {
        return c.clone();
    }
    let c = native_class(vm, "ScandirIterator", "posix");
    vm.add_method(&c, "__iter__", scandir_iter);
    vm.add_method(&c, "__next__", scandir_next);
    vm.add_method(&c, "__enter__", scandir_iter);
    vm.add_method(&c, "__exit__", scandir_exit);
    vm.add_method(&c, "close", scandir_exit);
    vm.cached_classes.insert("posix.ScandirIterator", c.clone());
    c
}

/// A builtin class whose instances keep their state in a private `__dict__`.
pub fn native_class(vm: &mut Vm, name: &str, module: &str) -> ObjRef {
    let cls = pyrite_vm::vm::new_class_obj(name, vec![vm.types.object.clone()], Layout::Object, true);
    let mro = pyrite_vm::types::class::compute_mro(vm, &cls).unwrap_or_default();
    if let Obj::Class(c) = &*cls {
        *c.mro.borrow_mut() = mro;
    }
    vm.set_class_attr(&cls, "__module__", Value::str(module));
    cls
}

/// A new instance of a `native_class` with the given state.
pub fn native_instance(vm: &mut Vm, cls: &ObjRef, state: &[(&str, Value)]) -> Value {
    let d = pyrite_vm::object::new_dict_obj();
    for (k, v) in state {
        let k = vm.intern(k);
        pyrite_vm::vm::dict_set_str(&d, k, v.clone());
    }
    Value::obj(Obj::Instance(Instance {
        class: RefCell::new(cls.clone()),
        dict: Some(d),
        exc: None,
        base: RefCell::new(Value::Null),
    }))
}

/// A piece of a `native_instance`'s state.
pub fn state(v: &Value, key: &str) -> Value {
    if let Some(Obj::Instance(i)) = v.as_obj() {
        if let Some(d) = i.dict_cell() {
            return d.borrow().get_str(key).cloned().unwrap_or(Value::None);
        }
    }
    Value::None
}

pub fn set_state(vm: &mut Vm, v: &Value, key: &str, val: Value) {
    if let Some(Obj::Instance(i)) = v.as_obj() {
        if let Some(d) = &i.dict {
            let k = vm.intern(key);
            pyrite_vm::vm::dict_set_str(d, k, val);
        }
    }
}

fn scandir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_or_dot(vm, &args, "scandir")?;
    let rd = match std::fs::read_dir(&p.path) {
        Ok(rd) => rd,
        Err(e) => return Err(io_error(vm, &e, Some(&p.orig), None)),
    };
    let ecls = dir_entry_cls(vm);
    let mut entries = Vec::new();
    let dir_given = arg(&args, 0, "path").map(|v| !v.is_none()).unwrap_or(false);
    for e in rd {
        let e = match e {
            Ok(e) => e,
            Err(e) => return Err(io_error(vm, &e, Some(&p.orig), None)),
        };
        let name = e.file_name();
        let full = if dir_given {
            p.path.join(&name)
        } else {
            PathBuf::from(".").join(&name)
        };
        let kind = match e.file_type() {
            Ok(t) if t.is_symlink() => 3,
            Ok(t) if t.is_dir() => 1,
            Ok(t) if t.is_file() => 2,
            _ => 0,
        };
        let ino = e.ino() as i64;
        let ent = native_instance(
            vm,
            &ecls,
            &[
                ("name", name_value(&name, p.bytes)),
                ("path", name_value(full.as_os_str(), p.bytes)),
                ("_kind", Value::Int(kind)),
                ("_ino", Value::Int(ino)),
            ],
        );
        entries.push(ent);
    }
    let list = vm.new_list(entries);
    let scls = scandir_cls(vm);
    Ok(native_instance(
        vm,
        &scls,
        &[("_entries", list), ("_index", Value::Int(0))],
    ))
}

use std::os::unix::fs::DirEntryExt;

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| type_error("method needs an instance"))
}

fn scandir_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args)?.clone())
}

fn scandir_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args)?.clone();
    let entries = state(&me, "_entries");
    let i = match state(&me, "_index") {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let item = match entries.as_obj() {
        Some(Obj::List(l)) => l.borrow().get(i).cloned(),
        _ => None,
    };
    match item {
        Some(v) => {
            set_state(vm, &me, "_index", Value::Int(i as i64 + 1));
            Ok(v)
        }
        None => Err(stop_iteration(Value::None)),
    }
}

fn scandir_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args)?.clone();
    let empty = vm.new_list(vec![]);
    set_state(vm, &me, "_entries", empty);
    Ok(Value::None)
}

fn entry_path(vm: &mut Vm, me: &Value) -> PyResult<PathArg> {
    let p = state(me, "path");
    path_arg(vm, &p, "DirEntry", "path")
}

fn entry_meta(vm: &mut Vm, me: &Value, follow: bool) -> PyResult<Option<std::fs::Metadata>> {
    let p = entry_path(vm, me)?;
    let r = if follow {
        std::fs::metadata(&p.path)
    } else {
        std::fs::symlink_metadata(&p.path)
    };
    match r {
        Ok(m) => Ok(Some(m)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig), None)),
    }
}

fn entry_kind_check(vm: &mut Vm, args: Args, want: i64) -> PyResult<Value> {
    let me = this(&args)?.clone();
    let kind = match state(&me, "_kind") {
        Value::Int(k) => k,
        _ => 0,
    };
    let follow = follow_symlinks(vm, &args)?;
    if kind != 3 || !follow {
        if kind != 0 {
            return Ok(Value::Bool(kind == want));
        }
    }
    let m = entry_meta(vm, &me, follow)?;
    Ok(Value::Bool(match m {
        Some(m) => {
            if want == 1 {
                m.is_dir()
            } else {
                m.is_file()
            }
        }
        None => false,
    }))
}

fn entry_is_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    entry_kind_check(vm, args, 1)
}
fn entry_is_file(vm: &mut Vm, args: Args) -> PyResult<Value> {
    entry_kind_check(vm, args, 2)
}
fn entry_is_symlink(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args)?.clone();
    Ok(Value::Bool(matches!(state(&me, "_kind"), Value::Int(3))))
}
fn entry_stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args)?.clone();
    let follow = follow_symlinks(vm, &args)?;
    let p = entry_path(vm, &me)?;
    let r = if follow {
        std::fs::metadata(&p.path)
    } else {
        std::fs::symlink_metadata(&p.path)
    };
    match r {
        Ok(m) => Ok(stat_value(vm, &m)),
        Err(e) => Err(io_error(vm, &e, Some(&p.orig), None)),
    }
}
fn entry_inode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(state(this(&args)?, "_ino"))
}
fn entry_fspath(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(state(this(&args)?, "path"))
}
fn entry_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = state(this(&args)?, "name");
    Ok(Value::string(format!("<DirEntry {}>", vm.repr_string(&n)?)))
}

// ---- descriptors ----

fn os_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = need(&args, 0, "path", "open")?;
    let p = path_arg(vm, v, "open", "path")?;
    let flags = int_arg(vm, &args, 1, "flags", "open")?;
    let mode = opt_int(vm, &args, 2, "mode", 0o777)?;
    let c = cstring(&p);
    // SAFETY: c is a valid NUL-terminated path.
    let fd = unsafe { libc::open(c.as_ptr(), (flags as i32) | libc::O_CLOEXEC, mode as libc::c_uint) };
    if fd < 0 {
        let n = last_errno();
        return Err(errno_error(vm, n, Some(&p.orig), None));
    }
    Ok(Value::Int(fd as i64))
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd", "close")?;
    // SAFETY: closing a descriptor the program names.
    if unsafe { libc::close(fd as i32) } != 0 {
        let n = last_errno();
        return Err(errno_error(vm, n, None, None));
    }
    Ok(Value::None)
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd", "read")?;
    let n = int_arg(vm, &args, 1, "length", "read")?;
    if n < 0 {
        return Err(value_error("negative length"));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: buf has n writable bytes.
    let r = unsafe { libc::read(fd as i32, buf.as_mut_ptr() as *mut libc::c_void, n as usize) };
    if r < 0 {
        let e = last_errno();
        return Err(errno_error(vm, e, None, None));
    }
    buf.truncate(r as usize);
    Ok(Value::obj(Obj::Bytes(buf.into_boxed_slice())))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd", "write")?;
    let data = need(&args, 1, "data", "write")?;
    let b = match bytes_of(data) {
        Some(b) => b,
        None => {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(data)
            )))
        }
    };
    // Flush our own buffered stdout/stderr first so output keeps its order.
    if fd == 1 || fd == 2 {
        let s = if fd == 1 { vm.stdout.clone() } else { vm.stderr.clone() };
        let _ = pyrite_vm::io::flush_file(vm, &s);
    }
    // SAFETY: b is a valid buffer of b.len() bytes.
    let r = unsafe { libc::write(fd as i32, b.as_ptr() as *const libc::c_void, b.len()) };
    if r < 0 {
        let e = last_errno();
        return Err(errno_error(vm, e, None, None));
    }
    Ok(Value::Int(r as i64))
}

fn lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd", "lseek")?;
    let pos = int_arg(vm, &args, 1, "position", "lseek")?;
    let how = int_arg(vm, &args, 2, "whence", "lseek")?;
    // SAFETY: plain system call on a descriptor.
    let r = unsafe { libc::lseek(fd as i32, pos as libc::off_t, how as i32) };
    if r < 0 {
        let e = last_errno();
        return Err(errno_error(vm, e, None, None));
    }
    Ok(Value::Int(r as i64))
}

fn fd_call(vm: &mut Vm, args: Args, func: &str, f: unsafe extern "C" fn(i32) -> i32) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd", func)?;
    // SAFETY: plain system call on a descriptor.
    let r = unsafe { f(fd as i32) };
    if r < 0 {
        let e = last_errno();
        return Err(errno_error(vm, e, None, None));
    }
    Ok(Value::Int(r as i64))
}

fn fsync(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = match arg(&args, 0, "fd") {
        Some(v) if !matches!(v, Value::Int(_)) => vm.call_method(v, "fileno", &[])?,
        Some(v) => v.clone(),
        None => return Err(type_error("fsync() missing required argument 'fd' (pos 1)")),
    };
    fd_call(vm, Args::new(&[fd]), "fsync", libc::fsync)?;
    Ok(Value::None)
}
fn dup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fd_call(vm, args, "dup", libc::dup)
}
fn dup2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = int_arg(vm, &args, 0, "fd", "dup2")?;
    let b = int_arg(vm, &args, 1, "fd2", "dup2")?;
    // SAFETY: plain system call on descriptors.
    let r = unsafe { libc::dup2(a as i32, b as i32) };
    if r < 0 {
        let e = last_errno();
        return Err(errno_error(vm, e, None, None));
    }
    Ok(Value::Int(r as i64))
}
fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd", "isatty")?;
    Ok(Value::Bool(pyrite_vm::io::is_tty(fd as i32)))
}
fn pipe(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        let e = last_errno();
        return Err(errno_error(vm, e, None, None));
    }
    Ok(vm.new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}
fn device_encoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fd", "device_encoding")?;
    Ok(if pyrite_vm::io::is_tty(fd as i32) {
        Value::str("UTF-8")
    } else {
        Value::None
    })
}

// ---- environment and process ----

fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let k = need(&args, 0, "name", "putenv")?;
    let v = need(&args, 1, "value", "putenv")?;
    let kb = env_bytes(vm, k, "putenv")?;
    let vb = env_bytes(vm, v, "putenv")?;
    if kb.contains(&0) || vb.contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    if kb.is_empty() {
        return Err(errno_error(vm, libc::EINVAL, None, None));
    }
    if kb.contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    std::env::set_var(OsStr::from_bytes(&kb), OsStr::from_bytes(&vb));
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let k = need(&args, 0, "name", "unsetenv")?;
    let kb = env_bytes(vm, k, "unsetenv")?;
    if kb.contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    if kb.is_empty() || kb.contains(&b'=') {
        return Err(errno_error(vm, libc::EINVAL, None, None));
    }
    std::env::remove_var(OsStr::from_bytes(&kb));
    Ok(Value::None)
}

fn env_bytes(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        return Ok(s.as_bytes().to_vec());
    }
    match v.as_obj() {
        Some(Obj::Bytes(b)) => Ok(b.to_vec()),
        _ => {
            let _ = func;
            Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(v)
            )))
        }
    }
}

fn getpid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}
fn getppid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: no arguments, cannot fail.
    Ok(Value::Int(unsafe { libc::getppid() } as i64))
}
fn getuid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: cannot fail.
    Ok(Value::Int(unsafe { libc::getuid() } as i64))
}
fn geteuid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: cannot fail.
    Ok(Value::Int(unsafe { libc::geteuid() } as i64))
}
fn getgid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: cannot fail.
    Ok(Value::Int(unsafe { libc::getgid() } as i64))
}
fn getegid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: cannot fail.
    Ok(Value::Int(unsafe { libc::getegid() } as i64))
}
fn getlogin(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: getlogin returns a static string or NULL.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        let e = last_errno();
        return Err(errno_error(vm, if e == 0 { libc::ENXIO } else { e }, None, None));
    }
    // SAFETY: p is a NUL-terminated string.
    let s = unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned();
    Ok(Value::string(s))
}
fn umask(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = int_arg(vm, &args, 0, "mask", "umask")?;
    // SAFETY: cannot fail.
    Ok(Value::Int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}
fn kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = int_arg(vm, &args, 0, "pid", "kill")?;
    let sig = int_arg(vm, &args, 1, "signal", "kill")?;
    pyrite_vm::io::flush_all();
    // SAFETY: plain system call.
    if unsafe { libc::kill(pid as i32, sig as i32) } != 0 {
        let e = last_errno();
        return Err(errno_error(vm, e, None, None));
    }
    Ok(Value::None)
}
fn exit_now(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = int_arg(vm, &args, 0, "status", "_exit")?;
    std::process::exit(code as i32)
}
fn system(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cmd = need(&args, 0, "command", "system")?;
    let p = path_arg(vm, cmd, "system", "command")?;
    pyrite_vm::io::flush_all();
    let c = CString::new(p.path.as_os_str().as_bytes()).unwrap_or_default();
    // SAFETY: c is a valid NUL-terminated command line.
    let r = unsafe { libc::system(c.as_ptr()) };
    Ok(Value::Int(r as i64))
}
fn waitpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = int_arg(vm, &args, 0, "pid", "waitpid")?;
    let options = int_arg(vm, &args, 1, "options", "waitpid")?;
    let mut status = 0i32;
    loop {
        // SAFETY: status is a valid out-pointer.
        let r = unsafe { libc::waitpid(pid as i32, &mut status, options as i32) };
        if r < 0 {
            let e = last_errno();
            if e == libc::EINTR {
                pyrite_vm::signals::check(vm)?;
                continue;
            }
            return Err(errno_error(vm, e, None, None));
        }
        return Ok(vm.new_tuple(vec![Value::Int(r as i64), Value::Int(status as i64)]));
    }
}
fn waitstatus_to_exitcode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = int_arg(vm, &args, 0, "status", "waitstatus_to_exitcode")? as i32;
    if libc::WIFEXITED(s) {
        return Ok(Value::Int(libc::WEXITSTATUS(s) as i64));
    }
    if libc::WIFSIGNALED(s) {
        return Ok(Value::Int(-(libc::WTERMSIG(s) as i64)));
    }
    Err(value_error(format!("invalid wait status: {}", s)))
}

fn strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, &args, 0, "code", "strerror")?;
    Ok(Value::string(pyrite_vm::io::strerror(n as i32)))
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, &args, 0, "size", "urandom")?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut filled = 0;
    while filled < buf.len() {
        // SAFETY: the destination range lies inside buf.
        let r = unsafe { libc::getrandom(buf[filled..].as_mut_ptr() as *mut libc::c_void, buf.len() - filled, 0) };
        if r < 0 {
            let e = last_errno();
            if e == libc::EINTR {
                continue;
            }
            return Err(errno_error(vm, e, None, None));
        }
        filled += r as usize;
    }
    Ok(Value::obj(Obj::Bytes(buf.into_boxed_slice())))
}

fn cpu_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn cstr_field(f: &[libc::c_char]) -> Value {
    let bytes: Vec<u8> = f.iter().take_while(|&&c| c != 0).map(|&c| c as u8).collect();
    Value::string(String::from_utf8_lossy(&bytes).into_owned())
}

fn uname(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: utsname is plain data; uname fills it.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: u is a valid out-pointer.
    if unsafe { libc::uname(&mut u) } != 0 {
        let e = last_errno();
        return Err(errno_error(vm, e, None, None));
    }
    let cls = match vm.cached_classes.get("posix.uname_result") {
        Some(c) => c.clone(),
        None => {
            let c = structseq_class(
                vm,
                "posix.uname_result",
                &["sysname", "nodename", "release", "version", "machine"],
                5,
            );
            vm.cached_classes.insert("posix.uname_result", c.clone());
            c
        }
    };
    let vals = vec![
        cstr_field(&u.sysname),
        cstr_field(&u.nodename),
        cstr_field(&u.release),
        cstr_field(&u.version),
        cstr_field(&u.machine),
    ];
    Ok(structseq_new(vm, &cls, vals))
}

fn terminal_size_cls(vm: &mut Vm) -> ObjRef {
    if let Some(c) = vm.cached_classes.get("os.terminal_size") {
        return c.clone();
    }
    let c = structseq_class(vm, "os.terminal_size", &["columns", "lines"], 2);
    vm.cached_classes.insert("os.terminal_size", c.clone());
    c
}

fn get_terminal_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = opt_int(vm, &args, 0, "fd", 1)?;
    // SAFETY: winsize is plain data filled by the ioctl.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes a winsize into ws.
    if unsafe { libc::ioctl(fd as i32, libc::TIOCGWINSZ, &mut ws) } != 0 {
        let e = last_errno();
        return Err(errno_error(vm, e, None, None));
    }
    let cls = terminal_size_cls(vm);
    Ok(structseq_new(
        vm,
        &cls,
        vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)],
    ))
}

fn times(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: tms is plain data filled by times().
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: t is a valid out-pointer.
    let elapsed = unsafe { libc::times(&mut t) };
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let cls = match vm.cached_classes.get("posix.times_result") {
        Some(c) => c.clone(),
        None => {
            let c = structseq_class(
                vm,
                "posix.times_result",
                &["user", "system", "children_user", "children_system", "elapsed"],
                5,
            );
            vm.cached_classes.insert("posix.times_result", c.clone());
            c
        }
    };
    let vals = vec![
        Value::Float(t.tms_utime as f64 / hz),
        Value::Float(t.tms_stime as f64 / hz),
        Value::Float(t.tms_cutime as f64 / hz),
        Value::Float(t.tms_cstime as f64 / hz),
        Value::Float(elapsed as f64 / hz),
    ];
    Ok(structseq_new(vm, &cls, vals))
}

fn statvfs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = need(&args, 0, "path", "statvfs")?;
    let p = path_arg(vm, v, "statvfs", "path")?;
    let c = cstring(&p);
    // SAFETY: statvfs is plain data filled by the call.
    let mut s: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: c is a valid path, s a valid out-pointer.
    if unsafe { libc::statvfs(c.as_ptr(), &mut s) } != 0 {
        let e = last_errno();
        return Err(errno_error(vm, e, Some(&p.orig), None));
    }
    let cls = match vm.cached_classes.get("os.statvfs_result") {
        Some(c) => c.clone(),
        None => {
            let c = structseq_class(
                vm,
                "os.statvfs_result",
                &[
                    "f_bsize",
                    "f_frsize",
                    "f_blocks",
                    "f_bfree",
                    "f_bavail",
                    "f_files",
                    "f_ffree",
                    "f_favail",
                    "f_flag",
                    "f_namemax",
                    "f_fsid",
                ],
                10,
            );
            vm.cached_classes.insert("os.statvfs_result", c.clone());
            c
        }
    };
    let vals = vec![
        Value::Int(s.f_bsize as i64),
        Value::Int(s.f_frsize as i64),
        Value::Int(s.f_blocks as i64),
        Value::Int(s.f_bfree as i64),
        Value::Int(s.f_bavail as i64),
        Value::Int(s.f_files as i64),
        Value::Int(s.f_ffree as i64),
        Value::Int(s.f_favail as i64),
        Value::Int(s.f_flag as i64),
        Value::Int(s.f_namemax as i64),
        Value::Int(s.f_fsid as i64),
    ];
    Ok(structseq_new(vm, &cls, vals))
}

fn fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = need(&args, 0, "path", "fspath")?;
    fspath_value(vm, v, false, "", "path")
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("posix");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, pyrite_vm::NativeFn)] = &[
        ("stat", stat),
        ("lstat", lstat),
        ("fstat", fstat),
        ("listdir", listdir),
        ("scandir", scandir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("unlink", unlink),
        ("remove", remove),
        ("rename", rename),
        ("replace", replace),
        ("getcwd", getcwd),
        ("getcwdb", getcwdb),
        ("chdir", chdir),
        ("chmod", chmod),
        ("utime", utime),
        ("access", access),
        ("readlink", readlink),
        ("symlink", symlink),
        ("link", link),
        ("truncate", truncate),
        ("ftruncate", ftruncate),
        ("open", os_open),
        ("close", close),
        ("read", read),
        ("write", write),
        ("lseek", lseek),
        ("fsync", fsync),
        ("dup", dup),
        ("dup2", dup2),
        ("isatty", isatty),
        ("pipe", pipe),
        ("device_encoding", device_encoding),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("getpid", getpid),
        ("getppid", getppid),
        ("getuid", getuid),
        ("geteuid", geteuid),
        ("getgid", getgid),
        ("getegid", getegid),
        ("getlogin", getlogin),
        ("umask", umask),
        ("kill", kill),
        ("_exit", exit_now),
        ("system", system),
        ("waitpid", waitpid),
        ("waitstatus_to_exitcode", waitstatus_to_exitcode),
        ("strerror", strerror),
        ("urandom", urandom),
        ("cpu_count", cpu_count),
        ("uname", uname),
        ("get_terminal_size", get_terminal_size),
        ("times", times),
        ("statvfs", statvfs),
        ("fspath", fspath),
    ];
    for (name, f) in fns {
        let v = vm.new_native(name, *f);
        let k = vm.intern(name);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    }
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let k = vm.intern(name);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    };
    let ints: &[(&str, i64)] = &[
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_DSYNC", libc::O_DSYNC as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_ACCMODE", libc::O_ACCMODE as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("EX_OK", 0),
        ("WNOHANG", libc::WNOHANG as i64),
    ];
    for (n, v) in ints {
        set(vm, n, Value::Int(*v));
    }
    let os_error = vm.exc_class(ExcKind::OSError);
    set(vm, "error", Value::Obj(os_error));
    // the environment as bytes -> bytes, as CPython's posix.environ
    let env = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        vm.dict_set(&env, bytes_value(k.as_bytes()), bytes_value(v.as_bytes()))?;
    }
    set(vm, "environ", env);
    let sc = stat_cls(vm);
    set(vm, "stat_result", Value::Obj(sc));
    let tc = terminal_size_cls(vm);
    set(vm, "terminal_size", Value::Obj(tc));
    let ec = dir_entry_cls(vm);
    set(vm, "DirEntry", Value::Obj(ec));
    let hf = vm.new_list(vec![]);
    set(vm, "_have_functions", hf);
    Ok(m)
}
