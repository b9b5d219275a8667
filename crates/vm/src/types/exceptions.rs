//! BaseException and the builtin exception classes' methods and special attributes.
//!
//! Attributes that CPython keeps in C struct members (SystemExit.code, StopIteration.value,
//! OSError.errno, ...) live in `ExcData::slots`, not in the instance `__dict__`; an attribute
//! the program assigns goes to `__dict__`, which attribute lookup consults first.

use crate::error::*;
use crate::interp::exc_data;
use crate::object::*;
use crate::types::class::is_subclass;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn is_kind(vm: &Vm, cls: &ObjRef, kind: ExcKind) -> bool {
    is_subclass(cls, &vm.exc_class(kind))
}

/// The slot attribute names instances of `cls` have.
fn slot_names(vm: &Vm, cls: &ObjRef) -> &'static [&'static str] {
    use ExcKind::*;
    const TABLE: &[(ExcKind, &[&str])] = &[
        (SystemExit, &["code"]),
        (StopIteration, &["value"]),
        (OSError, &["errno", "strerror", "filename", "filename2"]),
        (ImportError, &["msg", "name", "path"]),
        (NameError, &["name"]),
        (AttributeError, &["name", "obj"]),
        (
            SyntaxError,
            &[
                "msg",
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
                "print_file_and_line",
            ],
        ),
        (UnicodeError, &["encoding", "object", "start", "end", "reason"]),
        (BaseExceptionGroup, &["message", "exceptions"]),
    ];
    for (k, names) in TABLE {
        if is_kind(vm, cls, *k) {
            return names;
        }
    }
    &[]
}

pub fn get_slot(exc: &Value, name: &str) -> Option<Value> {
    let d = exc_data(exc)?;
    let d = d.borrow();
    d.slots.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
}

pub fn set_slot(exc: &Value, name: &'static str, v: Value) {
    if let Some(d) = exc_data(exc) {
        let mut d = d.borrow_mut();
        match d.slots.iter_mut().find(|(n, _)| *n == name) {
            Some(e) => e.1 = v,
            None => d.slots.push((name, v)),
        }
    }
}

/// The value of slot attribute `name` of exception `obj` (None when unset), if its class has it.
pub fn slot_attr(vm: &mut Vm, obj: &Value, name: &str) -> Option<Value> {
    if let Some(v) = get_slot(obj, name) {
        return Some(v);
    }
    let cls = vm.class_of(obj);
    if slot_names(vm, &cls).contains(&name) {
        return Some(Value::None);
    }
    None
}

fn args_of(v: &Value) -> Vec<Value> {
    match exc_data(v) {
        Some(d) => match &d.borrow().args {
            Value::Obj(o) => match &**o {
                Obj::Tuple(t) => t.to_vec(),
                _ => vec![],
            },
            _ => vec![],
        },
        None => vec![],
    }
}

fn set_args(vm: &mut Vm, exc: &Value, args: Vec<Value>) {
    if let Some(d) = exc_data(exc) {
        d.borrow_mut().args = vm.new_tuple(args);
    }
}

/// The OSError subclass CPython picks for an errno (Linux numbering).
fn os_error_kind_for_errno(errno: i64) -> Option<ExcKind> {
    use ExcKind::*;
    Some(match errno {
        11 | 114 | 115 => BlockingIOError,
        10 => ChildProcessError,
        32 | 108 => BrokenPipeError,
        103 => ConnectionAbortedError,
        111 => ConnectionRefusedError,
        104 => ConnectionResetError,
        17 => FileExistsError,
        2 => FileNotFoundError,
        4 => InterruptedError,
        21 => IsADirectoryError,
        20 => NotADirectoryError,
        1 | 13 => PermissionError,
        3 => ProcessLookupError,
        110 => TimeoutError,
        _ => return None,
    })
}

/// Set the slot attributes of a new exception from its constructor arguments. `kw` holds the
/// keyword arguments (only a few classes accept any).
pub fn fill_slots(vm: &mut Vm, inst: &Value, p: &[Value], kw: &[(&str, Value)]) -> PyResult<()> {
    let cls = vm.class_of(inst);
    let cname = crate::vm::class_name(&cls);
    let allowed: &[&str] = if is_kind(vm, &cls, ExcKind::ImportError) {
        &["name", "path"]
    } else if is_kind(vm, &cls, ExcKind::NameError) {
        &["name"]
    } else if is_kind(vm, &cls, ExcKind::AttributeError) {
        &["name", "obj"]
    } else {
        &[]
    };
    if !kw.is_empty() {
        if allowed.is_empty() {
            return Err(type_error(format!("{}() takes no keyword arguments", cname)));
        }
        for (k, _) in kw {
            if !allowed.contains(k) {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k, cname
                )));
            }
        }
    }
    let kwv = |n: &str| {
        kw.iter()
            .find(|(k, _)| *k == n)
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::None)
    };
    if is_kind(vm, &cls, ExcKind::SystemExit) {
        let code = match p.len() {
            0 => Value::None,
            1 => p[0].clone(),
            _ => vm.new_tuple(p.to_vec()),
        };
        set_slot(inst, "code", code);
    } else if is_kind(vm, &cls, ExcKind::StopIteration) {
        set_slot(inst, "value", p.first().cloned().unwrap_or(Value::None));
    } else if is_kind(vm, &cls, ExcKind::OSError) {
        if (2..=5).contains(&p.len()) {
            set_slot(inst, "errno", p[0].clone());
            set_slot(inst, "strerror", p[1].clone());
            if p.len() >= 3 {
                set_slot(inst, "filename", p[2].clone());
                if p.len() == 5 {
                    set_slot(inst, "filename2", p[4].clone());
                }
                set_args(vm, inst, p[..2].to_vec());
            }
        }
    } else if is_kind(vm, &cls, ExcKind::ImportError) {
        set_slot(inst, "msg", if p.len() == 1 { p[0].clone() } else { Value::None });
        set_slot(inst, "name", kwv("name"));
        set_slot(inst, "path", kwv("path"));
    } else if is_kind(vm, &cls, ExcKind::NameError) {
        set_slot(inst, "name", kwv("name"));
    } else if is_kind(vm, &cls, ExcKind::AttributeError) {
        set_slot(inst, "name", kwv("name"));
        set_slot(inst, "obj", kwv("obj"));
    } else if is_kind(vm, &cls, ExcKind::SyntaxError) {
        if let Some(m) = p.first() {
            set_slot(inst, "msg", m.clone());
        }
        if p.len() == 2 {
            let info = vm.iterate(&p[1])?;
            if info.len() != 4 && info.len() != 6 {
                return Err(index_error("tuple index out of range"));
            }
            let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
            for (n, v) in names.iter().zip(info) {
                set_slot(inst, n, v);
            }
        }
    } else if is_kind(vm, &cls, ExcKind::UnicodeTranslateError) && p.len() == 4 {
        for (n, v) in ["object", "start", "end", "reason"].iter().zip(p.iter()) {
            set_slot(inst, n, v.clone());
        }
        set_slot(inst, "encoding", Value::None);
    } else if is_kind(vm, &cls, ExcKind::UnicodeError) && p.len() == 5 {
        for (n, v) in ["encoding", "object", "start", "end", "reason"].iter().zip(p.iter()) {
            set_slot(inst, n, v.clone());
        }
    }
    Ok(())
}

fn exc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(Value::Obj(cls)) = p.first() else {
        return Err(type_error("BaseException.__new__(): not enough arguments"));
    };
    if !matches!(&**cls, Obj::Class(_)) || !is_kind(vm, cls, ExcKind::BaseException) {
        let n = vm.type_name(&p[0]);
        return Err(type_error(format!(
            "BaseException.__new__(X): X is not a subtype of BaseException ({})",
            n
        )));
    }
    let mut cls = cls.clone();
    // OSError(errno, strerror, ...) picks the subclass matching errno
    if std::rc::Rc::ptr_eq(&cls, &vm.exc_class(ExcKind::OSError)) && (2..=5).contains(&(p.len() - 1)) {
        if let Value::Int(e) = &p[1] {
            if let Some(k) = os_error_kind_for_errno(*e) {
                cls = vm.exc_class(k);
            }
        }
    }
    let inst = crate::types::object::new_instance(vm, &cls);
    if let Some(d) = exc_data(&inst) {
        d.borrow_mut().args = vm.new_tuple(p[1..].to_vec());
    }
    Ok(inst)
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let this = p[0].clone();
    set_args(vm, &this, p[1..].to_vec());
    let kw: Vec<(&str, Value)> = args.kw().map(|(k, v)| (k, v.clone())).collect();
    fill_slots(vm, &this, &p[1..], &kw)?;
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let a = args_of(v);
    match a.len() {
        0 => Ok(Value::str("")),
        1 => vm.str(&a[0]),
        _ => {
            let t = vm.new_tuple(a);
            vm.str(&t)
        }
    }
}

fn key_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let a = args_of(v);
    if a.len() == 1 {
        return vm.repr(&a[0]);
    }
    exc_str(vm, args)
}

fn import_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    if let Some(m) = get_slot(v, "msg") {
        if m.as_str().is_some() {
            return Ok(m);
        }
    }
    exc_str(vm, args)
}

/// `str()` of UnicodeDecodeError/UnicodeEncodeError/UnicodeTranslateError built from the five
/// arguments (encoding, object, start, end, reason), worded like CPython.
fn unicode_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    let a = args_of(&v);
    let cls = vm.class_of(&v);
    let slots = (
        get_slot(&v, "encoding"),
        get_slot(&v, "object"),
        get_slot(&v, "start"),
        get_slot(&v, "end"),
        get_slot(&v, "reason"),
    );
    let (Some(enc), Some(obj), Some(Value::Int(start)), Some(Value::Int(end)), Some(reason)) = slots else {
        return exc_str(vm, args);
    };
    if a.len() != 5 && !(a.len() == 4 && is_kind(vm, &cls, ExcKind::UnicodeTranslateError)) {
        return exc_str(vm, args);
    }
    let reason = vm.str_string(&reason)?;
    let enc = if enc.is_none() {
        String::new()
    } else {
        vm.str_string(&enc)?
    };
    let one = end == start + 1;
    if is_kind(vm, &cls, ExcKind::UnicodeDecodeError) {
        let bytes = crate::types::bytes::bytes_like(&vm.unwrap_builtin(&obj)).unwrap_or_default();
        return Ok(Value::string(
            match (one, usize::try_from(start).ok().and_then(|i| bytes.get(i))) {
                (true, Some(b)) => format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    enc, b, start, reason
                ),
                _ => format!(
                    "'{}' codec can't decode bytes in position {}-{}: {}",
                    enc,
                    start,
                    end - 1,
                    reason
                ),
            },
        ));
    }
    let text = vm.str_string(&obj)?;
    let ch = usize::try_from(start).ok().and_then(|i| text.chars().nth(i));
    let esc = |c: char| {
        let u = c as u32;
        if u < 0x100 {
            format!("\\x{:02x}", u)
        } else if u < 0x10000 {
            format!("\\u{:04x}", u)
        } else {
            format!("\\U{:08x}", u)
        }
    };
    let translate = is_kind(vm, &cls, ExcKind::UnicodeTranslateError);
    Ok(Value::string(match (one, ch) {
        (true, Some(c)) if translate => format!(
            "can't translate character '{}' in position {}: {}",
            esc(c),
            start,
            reason
        ),
        (true, Some(c)) => format!(
            "'{}' codec can't encode character '{}' in position {}: {}",
            enc,
            esc(c),
            start,
            reason
        ),
        _ if translate => format!(
            "can't translate characters in position {}-{}: {}",
            start,
            end - 1,
            reason
        ),
        _ => format!(
            "'{}' codec can't encode characters in position {}-{}: {}",
            enc,
            start,
            end - 1,
            reason
        ),
    }))
}

fn syntax_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    let get = |vm: &mut Vm, n: &str| vm.getattr(&v, &Value::str(n)).unwrap_or(Value::None);
    let msg = get(vm, "msg");
    let msg = vm.str_string(&msg)?;
    let filename = get(vm, "filename");
    let lineno = get(vm, "lineno");
    let base = filename.as_str().map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = match lineno {
        Value::Int(l) => Some(l),
        _ => None,
    };
    Ok(Value::string(match (base, line) {
        (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, l),
        (Some(f), None) => format!("{} ({})", msg, f),
        (None, Some(l)) => format!("{} (line {})", msg, l),
        (None, None) => msg,
    }))
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let a = args_of(v);
    let name = vm.class_of(v);
    let name = match &*name {
        Obj::Class(c) => c.name.borrow().to_string(),
        _ => "?".into(),
    };
    if a.len() == 1 {
        return Ok(Value::string(format!("{}({})", name, vm.repr_string(&a[0])?)));
    }
    let t = vm.new_tuple(a);
    let r = vm.repr_string(&t)?;
    if r == "()" {
        return Ok(Value::string(format!("{}()", name)));
    }
    Ok(Value::string(format!("{}{}", name, r)))
}

fn with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let tb = p.get(1).cloned().unwrap_or(Value::None);
    let ok = tb.is_none() || matches!(&tb, Value::Obj(o) if matches!(&**o, Obj::Traceback(_)));
    if !ok {
        return Err(type_error("__traceback__ must be a traceback or None"));
    }
    if let Some(d) = exc_data(&p[0]) {
        d.borrow_mut().tb_override = Some(tb);
    }
    Ok(p[0].clone())
}

fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(note) = p.get(1) else {
        return Err(type_error(
            "BaseException.add_note() takes exactly one argument (0 given)",
        ));
    };
    if note.as_str().is_none() {
        return Err(type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let key = Value::str("__notes__");
    let notes = match vm.getattr(&p[0], &key) {
        Ok(n) => n,
        Err(e) if vm.err_matches(&e, ExcKind::AttributeError) => {
            let l = vm.new_list(vec![]);
            vm.generic_setattr(&p[0], &key, l.clone())?;
            l
        }
        Err(e) => return Err(e),
    };
    match &notes {
        Value::Obj(o) if matches!(&**o, Obj::List(_)) => {
            if let Obj::List(l) = &**o {
                l.borrow_mut().push(note.clone());
            }
        }
        _ => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

fn exc_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let cls = Value::Obj(vm.class_of(v));
    let a = vm.new_tuple(args_of(v));
    Ok(vm.new_tuple(vec![cls, a]))
}

fn os_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos()[0].clone();
    let get = |vm: &mut Vm, n: &str| vm.getattr(&v, &Value::str(n)).unwrap_or(Value::None);
    let errno = get(vm, "errno");
    let strerror = get(vm, "strerror");
    let filename = get(vm, "filename");
    let filename2 = get(vm, "filename2");
    if !filename.is_none() {
        let e = vm.str_string(&errno)?;
        let s = vm.str_string(&strerror)?;
        let f = vm.repr_string(&filename)?;
        if !filename2.is_none() {
            let f2 = vm.repr_string(&filename2)?;
            return Ok(Value::string(format!("[Errno {}] {}: {} -> {}", e, s, f, f2)));
        }
        return Ok(Value::string(format!("[Errno {}] {}: {}", e, s, f)));
    }
    if !errno.is_none() && !strerror.is_none() {
        let e = vm.str_string(&errno)?;
        let s = vm.str_string(&strerror)?;
        return Ok(Value::string(format!("[Errno {}] {}", e, s)));
    }
    exc_str(vm, args)
}

// ----- exception groups -----

fn eg_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(Value::Obj(cls)) = p.first() else {
        return Err(type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    let cname = crate::vm::class_name(cls);
    if args.has_kw() {
        return Err(type_error(format!("{}() takes no keyword arguments", cname)));
    }
    if p.len() != 3 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            p.len() - 1
        )));
    }
    let message = p[1].clone();
    if message.as_str().is_none() {
        return Err(type_error(format!(
            "argument 1 must be str, not {}",
            vm.type_name(&message)
        )));
    }
    let seq = p[2].clone();
    let is_seq = match &seq {
        Value::Obj(o) => match &**o {
            Obj::List(_) | Obj::Tuple(_) => true,
            Obj::Instance(_) => vm.has_attr(&seq, "__getitem__") && vm.has_attr(&seq, "__len__"),
            _ => false,
        },
        _ => false,
    };
    if !is_seq {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.iterate(&seq)?;
    if excs.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        if exc_data(e).is_none() {
            return Err(value_error(format!(
                "Item {} of second argument (exceptions) is not an exception",
                i
            )));
        }
        if !vm.is_instance_of_kind(e, ExcKind::Exception) {
            all_exceptions = false;
        }
    }
    let mut cls = cls.clone();
    let beg = vm.exc_class(ExcKind::BaseExceptionGroup);
    if std::rc::Rc::ptr_eq(&cls, &beg) {
        if all_exceptions {
            cls = vm.exc_class(ExcKind::ExceptionGroup);
        }
    } else if std::rc::Rc::ptr_eq(&cls, &vm.exc_class(ExcKind::ExceptionGroup)) {
        if !all_exceptions {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if !all_exceptions && is_kind(vm, &cls, ExcKind::Exception) {
        return Err(type_error(format!("Cannot nest BaseExceptions in '{}'", cname)));
    }
    let inst = crate::types::object::new_instance(vm, &cls);
    set_args(vm, &inst, vec![message.clone(), seq]);
    set_slot(&inst, "message", message);
    let t = vm.new_tuple(excs);
    set_slot(&inst, "exceptions", t);
    Ok(inst)
}

fn eg_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if args.has_kw() {
        let cname = vm.type_name(&p[0]);
        return Err(type_error(format!("{}() takes no keyword arguments", cname)));
    }
    set_args(vm, &p[0], p[1..].to_vec());
    Ok(Value::None)
}

fn eg_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let msg = get_slot(v, "message").unwrap_or(Value::None);
    let msg = vm.str_string(&msg)?;
    let n = match get_slot(v, "exceptions") {
        Some(Value::Obj(o)) => match &*o {
            Obj::Tuple(t) => t.len(),
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::string(format!(
        "{} ({} sub-exception{})",
        msg,
        n,
        if n == 1 { "" } else { "s" }
    )))
}

fn eg_exceptions(v: &Value) -> Vec<Value> {
    match get_slot(v, "exceptions") {
        Some(Value::Obj(o)) => match &*o {
            Obj::Tuple(t) => t.to_vec(),
            _ => vec![],
        },
        _ => vec![],
    }
}

fn eg_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(excs) = p.get(1) else {
        return Err(type_error("derive() takes exactly one argument (0 given)"));
    };
    let msg = get_slot(&p[0], "message").unwrap_or(Value::None);
    let beg = Value::Obj(vm.exc_class(ExcKind::BaseExceptionGroup));
    vm.call_value(&beg, &[msg, excs.clone()])
}

enum Matcher {
    Types(Value),
    Pred(Value),
    /// Leaf exceptions with these identities.
    Leaves(Vec<i64>),
}

fn matcher_of(vm: &mut Vm, cond: &Value) -> PyResult<Matcher> {
    let is_exc_type = |vm: &Vm, v: &Value| matches!(v, Value::Obj(o) if matches!(&**o, Obj::Class(_)) && is_kind(vm, o, ExcKind::BaseException));
    if is_exc_type(vm, cond) {
        return Ok(Matcher::Types(cond.clone()));
    }
    if let Value::Obj(o) = cond {
        if let Obj::Tuple(t) = &**o {
            if t.iter().all(|x| is_exc_type(vm, x)) {
                return Ok(Matcher::Types(cond.clone()));
            }
        }
    }
    if crate::builtins::is_callable(vm, cond) {
        return Ok(Matcher::Pred(cond.clone()));
    }
    Err(type_error(
        "expected a function, exception type or tuple of exception types",
    ))
}

fn matches(vm: &mut Vm, m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => vm.exception_matches(e, t),
        Matcher::Pred(f) => {
            let r = vm.call_value(f, &[e.clone()])?;
            vm.is_true(&r)
        }
        Matcher::Leaves(ids) => Ok(!is_group(vm, e) && ids.contains(&e.id())),
    }
}

/// Copy traceback, cause, context and notes from the original group to a derived one.
fn copy_metadata(vm: &mut Vm, from: &Value, to: &Value) -> PyResult<()> {
    if let (Some(a), Some(b)) = (exc_data(from), exc_data(to)) {
        let a = a.borrow();
        let mut b = b.borrow_mut();
        b.traceback = a.traceback.clone();
        b.tb_override = a.tb_override.clone();
        b.cause = a.cause.clone();
        b.context = a.context.clone();
        b.suppress_context = a.suppress_context;
    }
    if let Ok(n) = vm.getattr(from, &Value::str("__notes__")) {
        let items = vm.iterate(&n).unwrap_or_default();
        let l = vm.new_list(items);
        vm.generic_setattr(to, &Value::str("__notes__"), l)?;
    }
    Ok(())
}

fn is_group(vm: &Vm, v: &Value) -> bool {
    vm.is_instance_of_kind(v, ExcKind::BaseExceptionGroup)
}

/// (matching part, rest) of exception group `eg`; each None when empty.
fn eg_split_impl(vm: &mut Vm, eg: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Value, Value)> {
    if matches(vm, m, eg)? {
        return Ok((eg.clone(), Value::None));
    }
    if !is_group(vm, eg) {
        return Ok((Value::None, eg.clone()));
    }
    let mut yes = Vec::new();
    let mut no = Vec::new();
    for e in eg_exceptions(eg) {
        if is_group(vm, &e) {
            let (a, b) = eg_split_impl(vm, &e, m, want_rest)?;
            if !a.is_none() {
                yes.push(a);
            }
            if !b.is_none() {
                no.push(b);
            }
        } else if matches(vm, m, &e)? {
            yes.push(e);
        } else {
            no.push(e);
        }
    }
    let derive = vm.getattr(eg, &Value::str("derive"))?;
    let build = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Value> {
        if items.is_empty() {
            return Ok(Value::None);
        }
        let l = vm.new_list(items);
        let g = vm.call_value(&derive, &[l])?;
        if exc_data(&g).is_none() || !is_group(vm, &g) {
            return Err(type_error("derive must return an instance of BaseExceptionGroup"));
        }
        copy_metadata(vm, eg, &g)?;
        Ok(g)
    };
    let a = build(vm, yes)?;
    let b = if want_rest { build(vm, no)? } else { Value::None };
    Ok((a, b))
}

fn eg_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(cond) = p.get(1) else {
        return Err(type_error("split() takes exactly one argument (0 given)"));
    };
    let m = matcher_of(vm, cond)?;
    let (a, b) = eg_split_impl(vm, &p[0], &m, true)?;
    Ok(vm.new_tuple(vec![a, b]))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(cond) = p.get(1) else {
        return Err(type_error("subgroup() takes exactly one argument (0 given)"));
    };
    let m = matcher_of(vm, cond)?;
    let (a, _) = eg_split_impl(vm, &p[0], &m, false)?;
    Ok(a)
}

/// For `except*`: split `exc` by the handler's type(s). Returns (match, rest). A naked exception
/// that matches is wrapped in an ExceptionGroup.
pub fn except_star_split(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    // validate like `except`
    let m = Matcher::Types(ty.clone());
    if let Value::Obj(o) = ty {
        let check = |vm: &Vm, c: &Value| -> PyResult<()> {
            if let Value::Obj(co) = c {
                if matches!(&**co, Obj::Class(_)) && is_kind(vm, co, ExcKind::BaseExceptionGroup) {
                    return Err(type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
            }
            Ok(())
        };
        match &**o {
            Obj::Tuple(t) => {
                for c in t.iter() {
                    check(vm, c)?;
                }
            }
            _ => check(vm, ty)?,
        }
    }
    if !is_group(vm, exc) {
        if vm.exception_matches(exc, ty)? {
            let cls = Value::Obj(vm.exc_class(ExcKind::BaseExceptionGroup));
            let l = vm.new_tuple(vec![exc.clone()]);
            let g = vm.call_value(&cls, &[Value::str(""), l])?;
            if let (Some(a), Some(b)) = (exc_data(exc), exc_data(&g)) {
                let a = a.borrow();
                let mut b = b.borrow_mut();
                b.traceback = a.traceback.clone();
                b.tb_override = a.tb_override.clone();
            }
            return Ok((g, Value::None));
        }
        return Ok((Value::None, exc.clone()));
    }
    eg_split_impl(vm, exc, &m, true)
}

fn collect_leaves(vm: &Vm, e: &Value, out: &mut Vec<i64>) {
    if is_group(vm, e) {
        for x in eg_exceptions(e) {
            collect_leaves(vm, &x, out);
        }
    } else {
        out.push(e.id());
    }
}

/// After the except* handlers ran: combine what they raised (and the unmatched rest, both in
/// `raised`) into the exception to re-raise, or None. Parts of the original group that were
/// re-raised keep the original's nesting.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, raised: &Value) -> PyResult<Value> {
    let items: Vec<Value> = vm.iterate(raised)?;
    if !is_group(vm, orig) {
        // a naked exception: at most one handler ran
        return Ok(items.into_iter().next().unwrap_or(Value::None));
    }
    let items: Vec<Value> = items.into_iter().filter(|e| !e.is_none()).collect();
    if items.is_empty() {
        return Ok(Value::None);
    }
    let mut orig_leaves = Vec::new();
    collect_leaves(vm, orig, &mut orig_leaves);
    let (ocause, octx) = match exc_data(orig) {
        Some(d) => (d.borrow().cause.clone(), d.borrow().context.clone()),
        None => (Value::None, Value::None),
    };
    let mut reraised_leaves = Vec::new();
    let mut new_raised = Vec::new();
    for e in items {
        let mut leaves = Vec::new();
        collect_leaves(vm, &e, &mut leaves);
        let same_meta = match exc_data(&e) {
            Some(d) => d.borrow().cause.is(&ocause) && d.borrow().context.is(&octx),
            None => false,
        };
        if same_meta && leaves.iter().all(|l| orig_leaves.contains(l)) {
            reraised_leaves.extend(leaves);
        } else {
            new_raised.push(e);
        }
    }
    let reraised = if reraised_leaves.is_empty() {
        Value::None
    } else {
        eg_split_impl(vm, orig, &Matcher::Leaves(reraised_leaves), false)?.0
    };
    if new_raised.is_empty() {
        return Ok(reraised);
    }
    if !reraised.is_none() {
        new_raised.push(reraised);
    }
    if new_raised.len() == 1 {
        return Ok(new_raised.pop().unwrap_or(Value::None));
    }
    let cls = Value::Obj(vm.exc_class(ExcKind::BaseExceptionGroup));
    let l = vm.new_list(new_raised);
    vm.call_value(&cls, &[Value::str(""), l])
}

pub fn init(vm: &mut Vm) {
    let b = vm.exc_class(ExcKind::BaseException);
    vm.add_staticmethod(&b, "__new__", exc_new);
    vm.add_method(&b, "__init__", exc_init);
    vm.add_method(&b, "__str__", exc_str);
    vm.add_method(&b, "__repr__", exc_repr);
    vm.add_method(&b, "with_traceback", with_traceback);
    vm.add_method(&b, "add_note", add_note);
    vm.add_method(&b, "__reduce__", exc_reduce);
    let k = vm.exc_class(ExcKind::KeyError);
    vm.add_method(&k, "__str__", key_error_str);
    let o = vm.exc_class(ExcKind::OSError);
    vm.add_method(&o, "__str__", os_error_str);
    let ie = vm.exc_class(ExcKind::ImportError);
    vm.add_method(&ie, "__str__", import_error_str);
    let se = vm.exc_class(ExcKind::SyntaxError);
    vm.add_method(&se, "__str__", syntax_error_str);
    for k in [
        ExcKind::UnicodeDecodeError,
        ExcKind::UnicodeEncodeError,
        ExcKind::UnicodeTranslateError,
    ] {
        let c = vm.exc_class(k);
        vm.add_method(&c, "__str__", unicode_error_str);
    }
    let eg = vm.exc_class(ExcKind::BaseExceptionGroup);
    vm.add_staticmethod(&eg, "__new__", eg_new);
    vm.add_method(&eg, "__init__", eg_init);
    vm.add_method(&eg, "__str__", eg_str);
    vm.add_method(&eg, "derive", eg_derive);
    vm.add_method(&eg, "split", eg_split);
    vm.add_method(&eg, "subgroup", eg_subgroup);
    for (i, (name, _)) in crate::error::EXC_TABLE.iter().enumerate() {
        let c = vm.types.exceptions[i].clone();
        let _ = name;
        vm.set_class_attr(&c, "__module__", Value::str("builtins"));
    }
    vm.set_class_attr(&b, "__doc__", Value::str("Common base class for all exceptions"));
}
