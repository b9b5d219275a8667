//! `_signal`: installing handlers (Python callables run at the interpreter's safe points, or
//! SIG_DFL/SIG_IGN), alarm, raise_signal, strsignal and the signal numbers. `signal.py` adds
//! the Signals/Handlers enums on top, as CPython does.

use pyrite_vm::error::*;
use pyrite_vm::signals;
use pyrite_vm::{Args, ObjRef, PyResult, Value, Vm};

const NAMES: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

fn signum(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i32> {
    let v = args
        .pos()
        .get(i)
        .cloned()
        .ok_or_else(|| type_error("signal number required"))?;
    let n = vm.index_value(&v)?;
    if !(1..65).contains(&n) {
        return Err(value_error("signal number out of range"));
    }
    Ok(n as i32)
}

/// The handler object currently in place for `sig`.
fn current(vm: &mut Vm, sig: i32) -> Value {
    if let Some(h) = signals::python_handler(sig) {
        return h;
    }
    if sig == libc::SIGINT {
        if let Some(d) = vm.cached_classes.get("_signal.default_int_handler").cloned() {
            return Value::Obj(d);
        }
    }
    // SAFETY: querying the disposition through sigaction with a null new action.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) };
    if old.sa_sigaction == libc::SIG_IGN {
        Value::Int(1)
    } else {
        Value::Int(0)
    }
}

fn signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = signum(vm, &args, 0)?;
    let handler = args.pos().get(1).cloned().unwrap_or(Value::None);
    let old = current(vm, sig);
    let default_int = vm.cached_classes.get("_signal.default_int_handler").cloned();
    let is_default_int = matches!((&handler, &default_int), (Value::Obj(h), Some(d)) if std::rc::Rc::ptr_eq(h, d));
    let disposition = match &handler {
        Value::Int(0) => libc::SIG_DFL,
        Value::Int(1) => libc::SIG_IGN,
        h if is_default_int || pyrite_vm::builtins::is_callable(vm, h) => signals::recording_handler(),
        _ => {
            return Err(type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    if sig == libc::SIGKILL || sig == libc::SIGSTOP {
        return Err(pyrite_vm::io::errno_error(vm, libc::EINVAL, None, None));
    }
    // SAFETY: installing a handler that only records the signal in atomics (or a default).
    let r = unsafe { libc::signal(sig, disposition) };
    if r == libc::SIG_ERR {
        return Err(pyrite_vm::io::errno_error(vm, libc::EINVAL, None, None));
    }
    let python = match &handler {
        Value::Int(_) => None,
        _ if is_default_int => None,
        h => Some(h.clone()),
    };
    signals::set_python_handler(sig, python);
    Ok(old)
}

fn getsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = signum(vm, &args, 0)?;
    Ok(current(vm, sig))
}

fn default_int_handler(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(PyErr::LazyArgs(ExcKind::KeyboardInterrupt, vec![]))
}

fn alarm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = match args.pos().first() {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    // SAFETY: plain system call.
    Ok(Value::Int(unsafe { libc::alarm(secs.max(0) as u32) } as i64))
}

fn raise_signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = signum(vm, &args, 0)?;
    pyrite_vm::io::flush_all();
    // SAFETY: plain libc call.
    unsafe { libc::raise(sig) };
    signals::check(vm)?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sig = signum(vm, &args, 0)?;
    // SAFETY: strsignal returns a static or thread-local string.
    let p = unsafe { libc::strsignal(sig) };
    if p.is_null() {
        return Ok(Value::None);
    }
    // SAFETY: NUL-terminated.
    Ok(Value::string(
        unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned(),
    ))
}

fn pause(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    pyrite_vm::io::flush_all();
    // SAFETY: plain system call.
    unsafe { libc::pause() };
    signals::check(vm)?;
    Ok(Value::None)
}

fn valid_signals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let items: Vec<Value> = (1..65)
        .filter(|n| *n != 32 && *n != 33)
        .map(|n| Value::Int(n as i64))
        .collect();
    let l = vm.new_list(items);
    vm.call_value(&Value::Obj(vm.types.set.clone()), &[l])
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_signal");
    let d = vm.module_dict(&m);
    let set = |vm: &mut Vm, n: &str, v: Value| {
        let k = vm.intern(n);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    };
    let fns: &[(&'static str, pyrite_vm::NativeFn)] = &[
        ("signal", signal),
        ("getsignal", getsignal),
        ("alarm", alarm),
        ("raise_signal", raise_signal),
        ("strsignal", strsignal),
        ("pause", pause),
        ("valid_signals", valid_signals),
    ];
    for (name, f) in fns {
        let v = vm.new_native(name, *f);
        set(vm, name, v);
    }
    let dih = vm.new_native("default_int_handler", default_int_handler);
    if let Value::Obj(o) = &dih {
        vm.cached_classes.insert("_signal.default_int_handler", o.clone());
    }
    set(vm, "default_int_handler", dih);
    for (n, v) in NAMES {
        set(vm, n, Value::Int(*v as i64));
    }
    set(vm, "SIG_DFL", Value::Int(0));
    set(vm, "SIG_IGN", Value::Int(1));
    set(vm, "NSIG", Value::Int(65));
    set(vm, "SIGRTMIN", Value::Int(34));
    set(vm, "SIGRTMAX", Value::Int(64));
    set(vm, "SIG_BLOCK", Value::Int(0));
    set(vm, "SIG_UNBLOCK", Value::Int(1));
    set(vm, "SIG_SETMASK", Value::Int(2));
    Ok(m)
}
