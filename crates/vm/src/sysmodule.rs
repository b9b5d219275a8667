//! The `sys` module.

use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

fn exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    Err(PyErr::LazyArgs(ExcKind::SystemExit, p.first().cloned().into_iter().collect()))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = vm.index_value(&args.pos()[0])?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let e = vm.handled.clone();
    if e.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.class_of(&e));
    let tb = vm.traceback_of(&e);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

fn exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.handled.clone())
}

fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let n = match v {
        Value::Int(_) | Value::Bool(_) => 28,
        Value::Float(_) => 24,
        Value::None => 16,
        Value::Obj(o) => match &**o {
            Obj::Str(s) => 49 + s.as_str().len() as i64,
            Obj::List(l) => 56 + 8 * l.borrow().len() as i64,
            Obj::Tuple(t) => 40 + 8 * t.len() as i64,
            Obj::Dict(_) => 232,
            _ => 48,
        },
        _ => 16,
    };
    let _ = vm;
    Ok(Value::Int(n))
}

fn intern(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn getrefcount(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match &args.pos()[0] {
        Value::Obj(o) => std::rc::Rc::strong_count(o) as i64,
        _ => 1000,
    }))
}

fn displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    if v.is_none() {
        return Ok(Value::None);
    }
    let k = vm.intern("_");
    crate::vm::dict_set_str(&vm.builtins.clone(), k, Value::None);
    let r = vm.repr_string(&v)?;
    let out = vm.sys_attr("stdout").unwrap_or(Value::None);
    crate::io::write_to(vm, &out, &format!("{}\n", r))?;
    let k = vm.intern("_");
    crate::vm::dict_set_str(&vm.builtins.clone(), k, v);
    Ok(Value::None)
}

fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = args.pos().get(1).cloned().unwrap_or(Value::None);
    vm.print_exception(&e);
    Ok(Value::None)
}

fn getdefaultencoding(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

fn getframe(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(not_implemented_error(format!("sys._getframe is not supported ({} frames)", vm.frames.len())))
}

pub fn init(vm: &mut Vm) {
    let sys = vm.sys.clone();
    let d = vm.module_dict(&sys);
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let key = vm.intern(k);
        crate::vm::dict_set_str(&d, key, v);
    };
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", exit),
        ("setrecursionlimit", setrecursionlimit),
        ("getrecursionlimit", getrecursionlimit),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getsizeof", getsizeof),
        ("intern", intern),
        ("getrefcount", getrefcount),
        ("displayhook", displayhook),
        ("excepthook", excepthook),
        ("getdefaultencoding", getdefaultencoding),
        ("getfilesystemencoding", getdefaultencoding),
        ("_getframe", getframe),
        ("get_int_max_str_digits", crate::types::int::sys_get_int_max_str_digits),
        ("set_int_max_str_digits", crate::types::int::sys_set_int_max_str_digits),
    ];
    for (n, f) in fns {
        let v = vm.new_native(n, *f);
        set(vm, n, v);
    }
    let dh = crate::vm::dict_get_str(&d, "displayhook").unwrap();
    set(vm, "__displayhook__", dh);
    let eh = crate::vm::dict_get_str(&d, "excepthook").unwrap();
    set(vm, "__excepthook__", eh);
    let argv: Vec<Value> = vm.argv.iter().map(|a| Value::str(a)).collect();
    let argv = vm.new_list(argv);
    set(vm, "argv", argv);
    let path = vm.new_list(vec![]);
    set(vm, "path", path);
    set(vm, "modules", Value::Obj(vm.modules.clone()));
    let (o, e, i) = (vm.stdout.clone(), vm.stderr.clone(), vm.stdin.clone());
    set(vm, "stdout", o.clone());
    set(vm, "stderr", e.clone());
    set(vm, "stdin", i.clone());
    set(vm, "__stdout__", o);
    set(vm, "__stderr__", e);
    set(vm, "__stdin__", i);
    set(vm, "platform", Value::str("linux"));
    set(vm, "byteorder", Value::str("little"));
    set(vm, "maxsize", Value::Int(i64::MAX));
    set(vm, "maxunicode", Value::Int(0x10ffff));
    if let Ok(fi) = crate::types::float::float_info(vm) {
        set(vm, "float_info", fi);
    }
    set(vm, "version", Value::str("3.11.7 (pyrite 0.1.0)"));
    set(vm, "hexversion", Value::Int(0x030b07f0));
    set(vm, "api_version", Value::Int(1013));
    set(vm, "copyright", Value::str("Copyright (c) pyrite authors."));
    set(vm, "dont_write_bytecode", Value::Bool(true));
    set(vm, "executable", Value::string(std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default()));
    set(vm, "prefix", Value::str("/usr/local"));
    set(vm, "exec_prefix", Value::str("/usr/local"));
    set(vm, "base_prefix", Value::str("/usr/local"));
    let bn = vm.new_tuple(vec![Value::str("builtins"), Value::str("sys")]);
    set(vm, "builtin_module_names", bn);
    set(vm, "warnoptions", vm.new_list(vec![]));
    let orig: Vec<Value> = std::env::args().map(Value::string).collect();
    let orig = vm.new_list(orig);
    set(vm, "orig_argv", orig);
    // modules registry
    let k = vm.intern("sys");
    crate::vm::dict_set_str(&vm.modules.clone(), k, Value::Obj(sys.clone()));
    let bm = vm.new_module("builtins");
    if let Obj::Module(m) = &*bm {
        // the builtins module shares the builtins dict
        let _ = m;
    }
    let builtins_mod = std::rc::Rc::new(Obj::Module(Module { name: std::cell::RefCell::new(std::rc::Rc::from("builtins")), dict: vm.builtins.clone() }));
    let k = vm.intern("builtins");
    crate::vm::dict_set_str(&vm.modules.clone(), k, Value::Obj(builtins_mod));
}
