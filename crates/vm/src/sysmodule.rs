//! The `sys` module.

use crate::error::*;
use crate::object::*;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    Err(PyErr::LazyArgs(
        ExcKind::SystemExit,
        p.first().cloned().into_iter().collect(),
    ))
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

fn getfilesystemencodeerrors(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("surrogateescape"))
}

fn none_fn(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn false_fn(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn getswitchinterval(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(0.005))
}

fn getdefaultencoding(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

/// The class of frame snapshots (`sys._getframe()`, `tb.tb_frame`).
pub fn frame_class(vm: &mut Vm) -> ObjRef {
    if let Some(c) = vm.cached_classes.get("frame") {
        return c.clone();
    }
    let cls = crate::vm::new_class_obj("frame", vec![vm.types.object.clone()], Layout::Object, true);
    let mro = crate::types::class::compute_mro(vm, &cls).unwrap_or_default();
    if let Obj::Class(c) = &*cls {
        *c.mro.borrow_mut() = mro;
    }
    vm.add_method(&cls, "__repr__", frame_repr);
    vm.cached_classes.insert("frame", cls.clone());
    cls
}

fn frame_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = args.pos()[0].clone();
    let code = vm.getattr(&f, &Value::str("f_code"))?;
    let file = vm.getattr(&code, &Value::str("co_filename"))?;
    let name = vm.getattr(&code, &Value::str("co_name"))?;
    let line = vm.getattr(&f, &Value::str("f_lineno"))?;
    Ok(Value::string(format!(
        "<frame at {:#x}, file {}, line {}, code {}>",
        f.id(),
        vm.repr_string(&file)?,
        vm.repr_string(&line)?,
        name.as_str().unwrap_or("?")
    )))
}

/// A snapshot of live frame `i` of the frame stack (its locals as they are now).
fn frame_snapshot(vm: &mut Vm, i: usize, back: Value) -> Value {
    let cls = frame_class(vm);
    let (code, line, globals, locals, lasti) = {
        let fr = &vm.frames[i];
        let locals: Value = match &fr.locals {
            Some(l) => Value::Obj(l.clone()),
            None => {
                let d = new_dict_obj();
                if let Obj::Dict(dd) = &*d {
                    let mut dd = dd.borrow_mut();
                    for (j, n) in fr.code.co.varnames.iter().enumerate() {
                        if let Some(v) = fr.fast.get(j) {
                            if !v.is_null() {
                                dd.set_str(Value::str(n), v.clone());
                            }
                        }
                    }
                }
                Value::Obj(d)
            }
        };
        (
            fr.code.clone(),
            fr.line(),
            fr.globals.clone(),
            locals,
            fr.pc.saturating_sub(1) as i64 * 2,
        )
    };
    let builtins = Value::Obj(vm.builtins.clone());
    let d = new_dict_obj();
    for (k, v) in [
        ("f_code", Value::obj(Obj::Code(code))),
        ("f_lineno", Value::Int(line as i64)),
        ("f_globals", Value::Obj(globals)),
        ("f_locals", locals),
        ("f_back", back),
        ("f_builtins", builtins),
        ("f_lasti", Value::Int(lasti)),
        ("f_trace", Value::None),
    ] {
        let k = vm.intern(k);
        crate::vm::dict_set_str(&d, k, v);
    }
    let inst = Value::obj(Obj::Instance(Instance {
        class: std::cell::RefCell::new(cls),
        dict: Some(d),
        exc: None,
        base: std::cell::RefCell::new(Value::Null),
    }));
    inst
}

fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let depth = match args.pos().first() {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(value_error("call stack is not deep enough"));
    }
    let target = (n - 1 - depth) as usize;
    let mut back = Value::None;
    for i in 0..=target {
        back = frame_snapshot(vm, i, back);
    }
    Ok(back)
}

/// A one-off struct sequence value (`sys.version_info`, `sys.float_info`, ...).
fn structseq(vm: &mut Vm, qualname: &str, fields: &[&str], values: Vec<Value>) -> Value {
    let cls = crate::types::structseq::structseq_class(vm, qualname, fields, fields.len());
    crate::types::structseq::structseq_new(vm, &cls, values)
}

/// A `types.SimpleNamespace`-like object (for `sys.implementation`).
fn namespace(vm: &mut Vm, pairs: Vec<(&str, Value)>) -> Value {
    let cls = crate::vm::new_class_obj("SimpleNamespace", vec![vm.types.object.clone()], Layout::Object, true);
    let mro = crate::types::class::compute_mro(vm, &cls).unwrap_or_default();
    if let Obj::Class(c) = &*cls {
        *c.mro.borrow_mut() = mro;
    }
    vm.set_class_attr(&cls, "__module__", Value::str("types"));
    vm.add_method(&cls, "__repr__", namespace_repr);
    let d = new_dict_obj();
    for (k, v) in pairs {
        let k = vm.intern(k);
        crate::vm::dict_set_str(&d, k, v);
    }
    Value::obj(Obj::Instance(Instance {
        class: std::cell::RefCell::new(cls),
        dict: Some(d),
        exc: None,
        base: std::cell::RefCell::new(Value::Null),
    }))
}

fn namespace_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos().first().cloned() else {
        return Err(type_error("descriptor '__repr__' needs an argument"));
    };
    let pairs: Vec<(Value, Value)> = match &v {
        Value::Obj(o) => match &**o {
            Obj::Instance(i) => i
                .dict_cell()
                .map(|d| d.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect())
                .unwrap_or_default(),
            _ => vec![],
        },
        _ => vec![],
    };
    let mut parts = Vec::new();
    for (k, x) in pairs {
        parts.push(format!("{}={}", k.as_str().unwrap_or("?"), vm.repr_string(&x)?));
    }
    Ok(Value::string(format!("namespace({})", parts.join(", "))))
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
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
        ("_getframe", getframe),
        ("gettrace", none_fn),
        ("settrace", none_fn),
        ("getprofile", none_fn),
        ("setprofile", none_fn),
        ("audit", none_fn),
        ("addaudithook", none_fn),
        ("breakpointhook", none_fn),
        ("unraisablehook", none_fn),
        ("setswitchinterval", none_fn),
        ("getswitchinterval", getswitchinterval),
        ("is_finalizing", false_fn),
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
    set(vm, "platlibdir", Value::str("lib"));
    set(vm, "pycache_prefix", Value::None);
    for n in ["meta_path", "path_hooks"] {
        let l = vm.new_list(vec![]);
        set(vm, n, l);
    }
    for n in ["path_importer_cache", "_xoptions"] {
        let d = vm.new_dict();
        set(vm, n, d);
    }
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let mut flag_values: Vec<Value> = flag_names.iter().map(|_| Value::Int(0)).collect();
    flag_values[11] = Value::Int(1);
    flag_values[13] = Value::Bool(false);
    flag_values[17] = Value::Int(-1);
    let flags = structseq(vm, "sys.flags", &flag_names, flag_values);
    set(vm, "flags", flags);
    set(vm, "byteorder", Value::str("little"));
    set(vm, "maxsize", Value::Int(i64::MAX));
    set(vm, "maxunicode", Value::Int(0x10ffff));
    if let Ok(fi) = crate::types::float::float_info(vm) {
        set(vm, "float_info", fi);
    }
    set(vm, "version", Value::str("3.11.7 (pyrite 0.1.0)"));
    set(vm, "hexversion", Value::Int(0x030b07f0));
    let vi = structseq(
        vm,
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ],
    );
    set(vm, "version_info", vi.clone());
    let imp = namespace(
        vm,
        vec![
            ("name", Value::str("pyrite")),
            ("cache_tag", Value::None),
            ("version", vi),
            ("hexversion", Value::Int(0x030b07f0)),
        ],
    );
    set(vm, "implementation", imp);
    let fi = structseq(
        vm,
        "sys.float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::Float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    );
    set(vm, "float_info", fi);
    let ii = structseq(
        vm,
        "sys.int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)],
    );
    set(vm, "int_info", ii);
    let hi = structseq(
        vm,
        "sys.hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            Value::Int(64),
            Value::Int((1i64 << 61) - 1),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            Value::str("siphash13"),
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    );
    set(vm, "hash_info", hi);
    set(vm, "float_repr_style", Value::str("short"));
    set(vm, "abiflags", Value::str(""));
    set(vm, "api_version", Value::Int(1013));
    set(vm, "copyright", Value::str("Copyright (c) pyrite authors."));
    set(vm, "dont_write_bytecode", Value::Bool(true));
    set(
        vm,
        "executable",
        Value::string(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
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
    let builtins_mod = std::rc::Rc::new(Obj::Module(Module {
        name: std::cell::RefCell::new(std::rc::Rc::from("builtins")),
        dict: vm.builtins.clone(),
    }));
    let k = vm.intern("builtins");
    crate::vm::dict_set_str(&vm.modules.clone(), k, Value::Obj(builtins_mod));
}
