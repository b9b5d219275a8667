//! The `pyrite` command: runs a script, `-c` code, a module (`-m`) or standard input, with
//! CPython's command-line behaviour, exit statuses and error output.

mod repl;

use pyrite_compiler::Mode;
use pyrite_vm::{ExcKind, Obj, PyErr, Value, Vm};
use std::rc::Rc;

/// The interpreter allocates many small short-lived objects; mimalloc serves them faster than
/// the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const VERSION: &str = "Python 3.11.7";

const USAGE: &str = "usage: pyrite [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options and arguments (and corresponding environment variables):
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Target {
    Script(String),
    Command(String),
    Module(String),
    Stdin,
    Repl,
}

fn main() {
    // Run on a thread with a large stack: native code may recurse (e.g. repr of nested data).
    let child = std::thread::Builder::new().stack_size(1 << 30).spawn(real_main);
    // where the address space is capped (ulimit -v) the big stack may not be available: run
    // on the main thread then, where deep native recursion is caught later than usual
    let code = match child {
        Ok(child) => {
            // signals go to the interpreter's thread (a signal a program sends itself is then
            // handled before kill() returns, as in CPython); this thread only waits
            block_signals_here();
            child.join().unwrap_or(1)
        }
        Err(_) => real_main(),
    };
    std::process::exit(code);
}

/// Block the catchable asynchronous signals in the calling thread.
fn block_signals_here() {
    // SAFETY: sigset manipulation on a local set, then pthread_sigmask for this thread only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for s in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL, libc::SIGABRT] {
            libc::sigdelset(&mut set, s);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

fn real_main() -> i32 {
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    let mut target = None;
    let mut ignore_env = false;
    let mut inspect = false;
    let mut warn_options: Vec<String> = Vec::new();
    let mut version = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "-" {
            target = Some(Target::Stdin);
            i += 1;
            break;
        }
        if a == "--version" {
            version += 1;
            i += 1;
            continue;
        }
        if a == "--help" {
            print!("{}", USAGE);
            return 0;
        }
        if !a.starts_with('-') || a.len() < 2 {
            target = Some(Target::Script(a.clone()));
            i += 1;
            break;
        }
        let flags: Vec<char> = a[1..].chars().collect();
        let mut k = 0;
        let mut stop = false;
        while k < flags.len() {
            match flags[k] {
                'c' | 'm' => {
                    let rest: String = flags[k + 1..].iter().collect();
                    let val = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => {
                                eprintln!("Argument expected for the -{} option", flags[k]);
                                eprintln!("usage: pyrite [option] ... [-c cmd | -m mod | file | -] [arg] ...");
                                eprintln!("Try `python -h' for more information.");
                                return 2;
                            }
                        }
                    };
                    target = Some(if flags[k] == 'c' {
                        Target::Command(val)
                    } else {
                        Target::Module(val)
                    });
                    stop = true;
                    break;
                }
                'h' | '?' => {
                    print!("{}", USAGE);
                    return 0;
                }
                'V' => version += 1,
                'E' | 'I' => ignore_env = true,
                'i' => inspect = true,
                'B' | 'q' | 's' | 'S' | 'u' | 'O' | 'd' | 'v' | 'b' => {}
                'W' | 'X' => {
                    // option with an argument (attached or the next word)
                    let rest: String = flags[k + 1..].iter().collect();
                    let val = if !rest.is_empty() {
                        Some(rest)
                    } else {
                        i += 1;
                        args.get(i).cloned()
                    };
                    if flags[k] == 'W' {
                        if let Some(v) = val {
                            warn_options.push(v);
                        }
                    }
                    break;
                }
                other => {
                    eprintln!("Unknown option: -{}", other);
                    eprintln!("usage: pyrite [option] ... [-c cmd | -m mod | file | -] [arg] ...");
                    eprintln!("Try `python -h' for more information.");
                    return 2;
                }
            }
            k += 1;
        }
        i += 1;
        if stop {
            break;
        }
    }
    if version > 0 {
        if version > 1 {
            println!("{} (pyrite {})", VERSION, env!("CARGO_PKG_VERSION"));
        } else {
            println!("{}", VERSION);
        }
        return 0;
    }
    let target = target.unwrap_or(if pyrite_vm::io::is_tty(0) {
        Target::Repl
    } else {
        Target::Stdin
    });
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let argv0 = match &target {
        Target::Script(s) => s.clone(),
        Target::Command(_) => "-c".to_string(),
        Target::Module(_) => "-m".to_string(),
        Target::Stdin => "-".to_string(),
        Target::Repl => String::new(),
    };
    let mut argv = vec![argv0];
    argv.extend(rest);
    let mut vm = Vm::new(argv);
    pyrite_stdlib::register(&mut vm);
    pyrite_vm::signals::install();
    setup_sys_path(&mut vm, &target, ignore_env);
    // warning filters: PYTHONWARNINGS first, then -W options, as CPython orders them
    let mut all_warn: Vec<String> = Vec::new();
    if !ignore_env {
        if let Ok(env) = std::env::var("PYTHONWARNINGS") {
            all_warn.extend(env.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()));
        }
    }
    all_warn.extend(warn_options);
    if !all_warn.is_empty() {
        let opts = vm.new_list(all_warn.into_iter().map(Value::string).collect());
        if let Some(sys) = pyrite_vm::vm::dict_get_str(&vm.modules.clone(), "sys") {
            let _ = vm.setattr(&sys, &Value::str("warnoptions"), opts);
        }
        let _ = vm.import_one("warnings");
    }
    let main = vm.new_module("__main__");
    let k = vm.intern("__main__");
    pyrite_vm::vm::dict_set_str(&vm.modules.clone(), k, Value::Obj(main.clone()));
    let result = match &target {
        Target::Script(path) => run_script(&mut vm, &main, path),
        Target::Command(code) => run_source(&mut vm, &main, code, "<string>"),
        Target::Stdin => {
            let mut src = String::new();
            let mut bytes = Vec::new();
            use std::io::Read;
            let _ = std::io::stdin().read_to_end(&mut bytes);
            match String::from_utf8(bytes) {
                Ok(s) => src.push_str(&s),
                Err(_) => {
                    eprintln!("SyntaxError: invalid utf-8 in <stdin>");
                    return 1;
                }
            }
            run_source(&mut vm, &main, &src, "<stdin>")
        }
        Target::Module(name) => run_module(&mut vm, name),
        Target::Repl => {
            let code = repl::run(&mut vm, &main);
            pyrite_vm::io::flush_all();
            return code;
        }
    };
    let code = match result {
        Ok(()) => 0,
        Err(e) => handle_uncaught(&mut vm, e),
    };
    if inspect && code == 0 {
        let c = repl::run(&mut vm, &main);
        pyrite_vm::io::flush_all();
        return c;
    }
    run_atexit(&mut vm);
    finalize_main(&mut vm, &main);
    pyrite_vm::io::flush_all();
    code
}

/// Interpreter shutdown: clear `__main__`'s globals as CPython does (names starting with one
/// underscore first, then the rest), so `__del__` methods of objects they held run.
fn finalize_main(vm: &mut Vm, main: &pyrite_vm::ObjRef) {
    let d = vm.module_dict(main);
    let keys: Vec<Value> = match &*d {
        pyrite_vm::object::Obj::Dict(dd) => dd.borrow().keys(),
        _ => return,
    };
    let names: Vec<String> = keys.iter().filter_map(|k| k.as_str().map(String::from)).collect();
    let underscore = |n: &str| n.starts_with('_') && !n.starts_with("__");
    for pass in 0..2 {
        for n in &names {
            if n == "__builtins__" || (pass == 0) != underscore(n) {
                continue;
            }
            let k = vm.intern(n);
            pyrite_vm::vm::dict_set_str(&d, k, Value::None);
            pyrite_vm::types::generator::run_pending_finalizers(vm);
        }
    }
}

fn setup_sys_path(vm: &mut Vm, target: &Target, ignore_env: bool) {
    let mut path: Vec<Value> = Vec::new();
    match target {
        Target::Script(p) => {
            let abs = std::fs::canonicalize(p)
                .ok()
                .and_then(|a| a.parent().map(|d| d.to_string_lossy().to_string()));
            path.push(Value::string(abs.unwrap_or_default()));
        }
        Target::Module(_) => path.push(Value::string(
            std::env::current_dir()
                .map(|d| d.to_string_lossy().to_string())
                .unwrap_or_default(),
        )),
        _ => path.push(Value::str("")),
    }
    if !ignore_env {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            for p in pp.split(':').filter(|p| !p.is_empty()) {
                path.push(Value::str(p));
            }
        }
    }
    let l = vm.new_list(path);
    let sys = vm.sys.clone();
    let d = vm.module_dict(&sys);
    let k = vm.intern("path");
    pyrite_vm::vm::dict_set_str(&d, k, l);
}

fn run_script(vm: &mut Vm, main: &pyrite_vm::ObjRef, path: &str) -> Result<(), PyErr> {
    let abs = std::path::absolute(path)
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_else(|_| path.to_string());
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = match errno {
                2 => "No such file or directory",
                13 => "Permission denied",
                21 => "Is a directory",
                _ => "Input/output error",
            };
            eprintln!("pyrite: can't open file '{}': [Errno {}] {}", abs, errno, msg);
            std::process::exit(2);
        }
    };
    let src = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let b = e.as_bytes()[pos];
            let line = e.as_bytes()[..pos].iter().filter(|c| **c == b'\n').count() + 1;
            eprintln!("SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details", b, abs, line);
            std::process::exit(1);
        }
    };
    let d = vm.module_dict(main);
    let k = vm.intern("__file__");
    pyrite_vm::vm::dict_set_str(&d, k, Value::string(abs.clone()));
    run_source(vm, main, &src, &abs)
}

fn run_source(vm: &mut Vm, main: &pyrite_vm::ObjRef, src: &str, filename: &str) -> Result<(), PyErr> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    if let Some(nul) = src.find('\0') {
        // like CPython's file tokenizer: the line holding the null byte, shown up to it, no caret
        let line = src[..nul].matches('\n').count() as u32 + 1;
        let e = pyrite_compiler::CompileError {
            msg: "source code cannot contain null bytes".into(),
            line,
            col: 0,
            end_line: line,
            end_col: 0,
        };
        return Err(vm.syntax_error(e, filename, &src[..nul]));
    }
    let code = vm.compile(src, filename, Mode::Exec)?;
    vm.run_module_code(code, main)?;
    Ok(())
}

/// `-m name`, as CPython's runpy does it: import the parent packages, run a package's
/// `__main__` submodule (after importing the package), and execute the module's code as
/// `__main__` with `__package__`, `__file__` and `sys.argv[0]` set to the module's file.
fn run_module(vm: &mut Vm, name: &str) -> Result<(), PyErr> {
    let no_module = |what: &str| -> ! {
        pyrite_vm::io::flush_all();
        eprintln!(
            "{}: No module named {}",
            std::env::args().next().unwrap_or_else(|| "pyrite".into()),
            what
        );
        std::process::exit(1);
    };
    // parent packages first
    let parts: Vec<&str> = name.split('.').collect();
    for i in 1..parts.len() {
        let prefix = parts[..i].join(".");
        if let Err(e) = vm.import_one(&prefix) {
            if vm.err_matches(&e, ExcKind::ModuleNotFoundError) {
                no_module(name);
            }
            return Err(e);
        }
    }
    let mut target = name.to_string();
    let mut source = locate_module(vm, &target);
    if let Some((_, _, true)) = source {
        // a package: import it, then run its __main__
        vm.import_one(&target)?;
        target = format!("{}.__main__", name);
        source = locate_module(vm, &target);
        if source.is_none() {
            pyrite_vm::io::flush_all();
            eprintln!(
                "{}: No module named {}; '{}' is a package and cannot be directly executed",
                std::env::args().next().unwrap_or_else(|| "pyrite".into()),
                target,
                name
            );
            std::process::exit(1);
        }
    }
    let Some((src, file, _)) = source else { no_module(name) };
    let package = target.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default();
    let modules = vm.modules.clone();
    let main = vm.new_module("__main__");
    let k = vm.intern("__main__");
    pyrite_vm::vm::dict_set_str(&modules, k, Value::Obj(main.clone()));
    let d = vm.module_dict(&main);
    for (key, v) in [
        ("__file__", Value::string(file.clone())),
        ("__package__", Value::string(package)),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
        ("__cached__", Value::None),
    ] {
        let k = vm.intern(key);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    }
    if let Some(argv) = vm.sys_attr("argv") {
        let _ = vm.setitem(&argv, Value::Int(0), Value::string(file.clone()));
    }
    let code = vm.compile(&src, &file, Mode::Exec)?;
    vm.run_module_code(code, &main)?;
    Ok(())
}

/// The source, file name and package-ness of module `name`: a file on sys.path (inside its
/// parent package's folder for dotted names) or a module embedded in the binary.
fn locate_module(vm: &mut Vm, name: &str) -> Option<(String, String, bool)> {
    let (parent, short) = match name.rsplit_once('.') {
        Some((p, s)) => (Some(p), s),
        None => (None, name),
    };
    let dirs: Vec<String> = match parent {
        Some(p) => {
            let m = pyrite_vm::vm::dict_get_str(&vm.modules.clone(), p)?;
            match vm.getattr(&m, &Value::str("__path__")) {
                Ok(paths) => vm
                    .iterate(&paths)
                    .ok()?
                    .iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect(),
                Err(_) => Vec::new(),
            }
        }
        None => {
            let sp = vm.sys_attr("path")?;
            vm.iterate(&sp)
                .ok()?
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        }
    };
    for d in dirs {
        let base = if d.is_empty() {
            std::path::PathBuf::from(".")
        } else {
            std::path::PathBuf::from(d)
        };
        let pkg = base.join(short).join("__init__.py");
        if pkg.is_file() {
            let abs = std::path::absolute(&pkg).unwrap_or(pkg);
            return Some((String::new(), abs.to_string_lossy().to_string(), true));
        }
        let f = base.join(format!("{}.py", short));
        if f.is_file() {
            let src = std::fs::read_to_string(&f).ok()?;
            let abs = std::path::absolute(&f).unwrap_or(f);
            return Some((src, abs.to_string_lossy().to_string(), false));
        }
    }
    if vm.frozen_modules.contains_key(format!("{}.__init__", name).as_str()) {
        return Some((String::new(), String::new(), true));
    }
    if let Some(src) = vm.frozen_modules.get(name).copied() {
        // embedded modules report a path inside a notional stdlib folder
        let file = if let Some(pkg) = name.strip_suffix(".__main__") {
            format!("<frozen>/{}/__main__.py", pkg.replace('.', "/"))
        } else {
            format!("<frozen>/{}.py", name.replace('.', "/"))
        };
        return Some((src.to_string(), file, false));
    }
    None
}

fn run_atexit(vm: &mut Vm) {
    if let Some(m) = pyrite_vm::vm::dict_get_str(&vm.modules.clone(), "atexit") {
        if let Ok(f) = vm.getattr(&m, &Value::str("_run_exitfuncs")) {
            let _ = vm.call_value(&f, &[]);
        }
    }
}

/// Print an uncaught exception CPython's way and return the exit status.
pub fn handle_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    let exc = vm.normalize(e);
    if vm.is_instance_of_kind(&exc, ExcKind::SystemExit) {
        let code = vm.getattr(&exc, &Value::str("code")).unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let s = vm.str_string(&other).unwrap_or_default();
                pyrite_vm::io::flush_all();
                let err = vm.sys_attr("stderr").unwrap_or(Value::None);
                let _ = pyrite_vm::io::write_to(vm, &err, &format!("{}\n", s));
                let _ = pyrite_vm::io::flush_file(vm, &err);
                1
            }
        };
    }
    let hook = vm.sys_attr("excepthook");
    let is_default = match &hook {
        Some(h) => vm.is_native_named(h, "excepthook"),
        None => true,
    };
    if is_default {
        vm.print_exception(&exc);
    } else if let Some(h) = hook {
        let t = Value::Obj(vm.class_of(&exc));
        let tb = vm.traceback_of(&exc);
        if let Err(e2) = vm.call_value(&h, &[t, exc.clone(), tb]) {
            let e2 = vm.normalize(e2);
            vm.print_exception(&e2);
        }
    }
    if vm.is_instance_of_kind(&exc, ExcKind::KeyboardInterrupt) {
        // like CPython: die of SIGINT so the parent sees the interrupt
        pyrite_vm::io::flush_all();
        pyrite_vm::signals::die_of_sigint();
    }
    let _ = Rc::strong_count(&vm.builtins);
    let _ = matches!(&exc, Value::Obj(o) if matches!(&**o, Obj::Instance(_)));
    1
}
