//! The virtual machine state: builtin types, the frame stack, modules, interned names, and the
//! helpers every other part uses to create objects and raise exceptions.

use crate::code::Code;
use crate::dict::Dict;
use crate::error::{ExcKind, PyErr, PyResult, EXC_TABLE};
use crate::frame::Frame;
use crate::object::*;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The builtin classes.
pub struct Types {
    pub type_: ObjRef,
    pub object: ObjRef,
    pub int: ObjRef,
    pub bool_: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub none: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method: ObjRef,
    pub module: ObjRef,
    pub cell: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub code: ObjRef,
    pub property: ObjRef,
    pub classmethod: ObjRef,
    pub staticmethod: ObjRef,
    pub super_: ObjRef,
    pub traceback: ObjRef,
    pub iterator: ObjRef,
    pub file: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub exceptions: Vec<ObjRef>,
}

pub struct Vm {
    pub types: Types,
    pub frames: Vec<Box<Frame>>,
    pub builtins: ObjRef,
    pub modules: ObjRef,
    pub sys: ObjRef,
    pub none_value: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub interned: HashMap<Rc<str>, Value>,
    /// Source text by filename, for traceback lines.
    pub sources: HashMap<Rc<str>, Rc<str>>,
    /// The exception currently being handled (sys.exc_info()).
    pub handled: Value,
    pub recursion_limit: usize,
    /// Depth of nested Rust-level run loops (native code calling back into Python).
    pub native_depth: usize,
    pub argv: Vec<String>,
    /// Native modules by name: a function that builds the module.
    pub native_modules: HashMap<&'static str, fn(&mut Vm) -> PyResult<ObjRef>>,
    /// Python-source modules embedded in the binary.
    pub frozen_modules: HashMap<&'static str, &'static str>,
    pub stdout: Value,
    pub stderr: Value,
    pub stdin: Value,
    pub repr_stack: Vec<usize>,
    /// Set by bare `raise`/Reraise so unwinding does not add a traceback entry.
    pub reraising: bool,
    /// A generator frame that just yielded (taken by the generator resume code).
    pub suspended: Option<Box<Frame>>,
    /// Keyword names for the CallKw instruction in progress.
    pub kwnames_tmp: Value,
    /// The return value of the last exhausted generator seen by `next`.
    pub stop_value: Value,
    /// Leaked class-name strings used as owners of native methods (one per class name).
    pub owner_names: HashMap<String, &'static str>,
    /// The builtin iterator classes (`list_iterator`, `map`, ...), indexed by `types::iter::kind`.
    pub iter_types: Vec<ObjRef>,
    /// Loop iterations and calls still allowed (u64::MAX unless a limit is set, e.g. fuzzing).
    pub steps_left: u64,
    /// Finished frames kept for reuse (saves allocations on every call).
    pub frame_pool: Vec<Box<Frame>>,
    /// Classes native modules create once and reuse (`os.stat_result`, ...), by qualified name.
    pub cached_classes: std::collections::HashMap<&'static str, ObjRef>,
}

pub fn new_class_obj(name: &str, bases: Vec<ObjRef>, layout: Layout, builtin: bool) -> ObjRef {
    let cls = Rc::new(Obj::Class(Box::new(Class {
        name: RefCell::new(Rc::from(name)),
        qualname: RefCell::new(Rc::from(name)),
        bases: RefCell::new(bases),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Dict::new()),
        metaclass: RefCell::new(None),
        layout,
        builtin,
        slots: None,
        subclasses: RefCell::new(Vec::new()),
        info: RefCell::new(None),
        flags: std::cell::Cell::new(0),
    })));
    cls
}

impl Vm {
    pub fn new(argv: Vec<String>) -> Vm {
        // Bootstrap type and object first; every other class derives from object.
        let object = new_class_obj("object", vec![], Layout::Object, true);
        let type_ = new_class_obj("type", vec![object.clone()], Layout::Other, true);
        let mk = |name: &str, layout: Layout, base: &ObjRef| new_class_obj(name, vec![base.clone()], layout, true);
        let int = mk("int", Layout::Int, &object);
        let bool_ = mk("bool", Layout::Int, &int);
        let base_exc = mk("BaseException", Layout::Exception, &object);
        let mut exceptions: Vec<ObjRef> = vec![base_exc];
        for (name, parent) in EXC_TABLE.iter().skip(1) {
            let p = exceptions[parent.unwrap() as usize].clone();
            exceptions.push(mk(name, Layout::Exception, &p));
        }
        // ExceptionGroup(BaseExceptionGroup, Exception)
        if let Obj::Class(c) = &*exceptions[ExcKind::ExceptionGroup as usize] {
            c.bases
                .borrow_mut()
                .push(exceptions[ExcKind::Exception as usize].clone());
        }
        let types = Types {
            float: mk("float", Layout::Float, &object),
            complex: mk("complex", Layout::Other, &object),
            str: mk("str", Layout::Str, &object),
            bytes: mk("bytes", Layout::Other, &object),
            bytearray: mk("bytearray", Layout::Other, &object),
            list: mk("list", Layout::List, &object),
            tuple: mk("tuple", Layout::Tuple, &object),
            dict: mk("dict", Layout::Dict, &object),
            set: mk("set", Layout::Set, &object),
            frozenset: mk("frozenset", Layout::Set, &object),
            range: mk("range", Layout::Other, &object),
            slice: mk("slice", Layout::Other, &object),
            none: mk("NoneType", Layout::Other, &object),
            not_implemented: mk("NotImplementedType", Layout::Other, &object),
            ellipsis: mk("ellipsis", Layout::Other, &object),
            function: mk("function", Layout::Other, &object),
            builtin_function: mk("builtin_function_or_method", Layout::Other, &object),
            method: mk("method", Layout::Other, &object),
            module: mk("module", Layout::Object, &object),
            cell: mk("cell", Layout::Other, &object),
            generator: mk("generator", Layout::Other, &object),
            coroutine: mk("coroutine", Layout::Other, &object),
            async_generator: mk("async_generator", Layout::Other, &object),
            code: mk("code", Layout::Other, &object),
            property: mk("property", Layout::Object, &object),
            classmethod: mk("classmethod", Layout::Object, &object),
            staticmethod: mk("staticmethod", Layout::Object, &object),
            super_: mk("super", Layout::Object, &object),
            traceback: mk("traceback", Layout::Other, &object),
            iterator: mk("iterator", Layout::Other, &object),
            file: mk("TextIOWrapper", Layout::Other, &object),
            dict_keys: mk("dict_keys", Layout::Other, &object),
            dict_values: mk("dict_values", Layout::Other, &object),
            dict_items: mk("dict_items", Layout::Other, &object),
            type_,
            object,
            int,
            bool_,
            exceptions,
        };
        let builtins_dict = Rc::new(Obj::Dict(RefCell::new(Dict::new())));
        let modules = Rc::new(Obj::Dict(RefCell::new(Dict::new())));
        let sys_dict = Rc::new(Obj::Dict(RefCell::new(Dict::new())));
        let sys = Rc::new(Obj::Module(Module {
            name: RefCell::new(Rc::from("sys")),
            dict: sys_dict,
        }));
        let mut vm = Vm {
            types,
            frames: Vec::new(),
            builtins: builtins_dict,
            modules,
            sys,
            none_value: Value::None,
            not_implemented: Value::obj(Obj::NotImplemented),
            ellipsis: Value::obj(Obj::Ellipsis),
            interned: HashMap::new(),
            sources: HashMap::new(),
            handled: Value::None,
            recursion_limit: 1000,
            native_depth: 0,
            argv,
            native_modules: HashMap::new(),
            frozen_modules: HashMap::new(),
            stdout: Value::None,
            stderr: Value::None,
            stdin: Value::None,
            repr_stack: Vec::new(),
            reraising: false,
            suspended: None,
            kwnames_tmp: Value::None,
            stop_value: Value::None,
            owner_names: HashMap::new(),
            iter_types: Vec::new(),
            steps_left: u64::MAX,
            frame_pool: Vec::new(),
            cached_classes: std::collections::HashMap::new(),
        };
        vm.init_types();
        vm
    }

    fn init_types(&mut self) {
        // Compute MROs for all builtin classes.
        let all: Vec<ObjRef> = self.all_builtin_types();
        for c in &all {
            let mro = crate::types::class::compute_mro(self, c).unwrap_or_default();
            if let Obj::Class(cl) = &**c {
                *cl.mro.borrow_mut() = mro;
            }
        }
        crate::types::init_all(self);
        crate::builtins::init(self);
        crate::io::init(self);
        crate::sysmodule::init(self);
    }

    fn all_builtin_types(&self) -> Vec<ObjRef> {
        let t = &self.types;
        let mut v = vec![
            t.object.clone(),
            t.type_.clone(),
            t.int.clone(),
            t.bool_.clone(),
            t.float.clone(),
            t.complex.clone(),
            t.str.clone(),
            t.bytes.clone(),
            t.bytearray.clone(),
            t.list.clone(),
            t.tuple.clone(),
            t.dict.clone(),
            t.set.clone(),
            t.frozenset.clone(),
            t.range.clone(),
            t.slice.clone(),
            t.none.clone(),
            t.not_implemented.clone(),
            t.ellipsis.clone(),
            t.function.clone(),
            t.builtin_function.clone(),
            t.method.clone(),
            t.module.clone(),
            t.cell.clone(),
            t.generator.clone(),
            t.coroutine.clone(),
            t.async_generator.clone(),
            t.code.clone(),
            t.property.clone(),
            t.classmethod.clone(),
            t.staticmethod.clone(),
            t.super_.clone(),
            t.traceback.clone(),
            t.iterator.clone(),
            t.file.clone(),
            t.dict_keys.clone(),
            t.dict_values.clone(),
            t.dict_items.clone(),
        ];
        v.extend(t.exceptions.iter().cloned());
        v
    }

    // ----- interning and small constructors -----

    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = Value::str(s);
        self.interned.insert(Rc::from(s), v.clone());
        v
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        Value::obj(Obj::Tuple(items.into_boxed_slice()))
    }
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::obj(Obj::List(RefCell::new(items)))
    }
    pub fn new_dict(&self) -> Value {
        Value::obj(Obj::Dict(RefCell::new(Dict::new())))
    }
    pub fn new_native(&self, name: &'static str, func: NativeFn) -> Value {
        Value::obj(Obj::Native(Native {
            name,
            owner: None,
            func,
            bound: None,
        }))
    }

    fn owned_native(&mut self, cls: &ObjRef, name: &'static str, func: NativeFn) -> Value {
        let owner = match &**cls {
            Obj::Class(c) => {
                let n = c.name.borrow().to_string();
                Some(
                    *self
                        .owner_names
                        .entry(n.clone())
                        .or_insert_with(|| Box::leak(n.into_boxed_str())),
                )
            }
            _ => None,
        };
        Value::obj(Obj::Native(Native {
            name,
            owner,
            func,
            bound: None,
        }))
    }

    /// Add a native method to a builtin class.
    pub fn add_method(&mut self, cls: &ObjRef, name: &'static str, func: NativeFn) {
        let f = self.owned_native(cls, name, func);
        self.set_class_attr(cls, name, f);
    }

    pub fn add_classmethod(&mut self, cls: &ObjRef, name: &'static str, func: NativeFn) {
        let f = self.owned_native(cls, name, func);
        self.set_class_attr(cls, name, Value::obj(Obj::ClassMethod(f)));
    }

    pub fn add_staticmethod(&mut self, cls: &ObjRef, name: &'static str, func: NativeFn) {
        let f = self.owned_native(cls, name, func);
        self.set_class_attr(cls, name, Value::obj(Obj::StaticMethod(f)));
    }

    pub fn set_class_attr(&mut self, cls: &ObjRef, name: &str, value: Value) {
        let key = self.intern(name);
        if let Obj::Class(c) = &**cls {
            c.dict.borrow_mut().set_str(key, value);
        }
        crate::types::class::invalidate_class(cls);
    }

    pub fn add_builtin(&mut self, name: &'static str, func: NativeFn) {
        let f = self.new_native(name, func);
        self.set_builtin(name, f);
    }

    pub fn set_builtin(&mut self, name: &str, value: Value) {
        let key = self.intern(name);
        if let Obj::Dict(d) = &*self.builtins {
            d.borrow_mut().set_str(key, value);
        }
    }

    pub fn exc_class(&self, kind: ExcKind) -> ObjRef {
        self.types.exceptions[kind as usize].clone()
    }

    // ----- classes of values -----

    #[inline]
    pub fn class_of(&self, v: &Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Obj(o) => match &**o {
                Obj::Instance(i) => i.class.borrow().clone(),
                Obj::Class(c) => c.metaclass.borrow().clone().unwrap_or_else(|| t.type_.clone()),
                other => self.builtin_class_of(other),
            },
        }
    }

    fn builtin_class_of(&self, o: &Obj) -> ObjRef {
        let t = &self.types;
        match o {
            Obj::Str(_) => t.str.clone(),
            Obj::BigInt(_) => t.int.clone(),
            Obj::Complex(..) => t.complex.clone(),
            Obj::Bytes(_) => t.bytes.clone(),
            Obj::ByteArray(_) => t.bytearray.clone(),
            Obj::Tuple(_) => t.tuple.clone(),
            Obj::List(_) => t.list.clone(),
            Obj::Dict(_) => t.dict.clone(),
            Obj::Set(_) => t.set.clone(),
            Obj::FrozenSet(_) => t.frozenset.clone(),
            Obj::Range(_) => t.range.clone(),
            Obj::Slice(_) => t.slice.clone(),
            Obj::Function(_) => t.function.clone(),
            Obj::BoundMethod(_, f) => match f {
                Value::Obj(o) if matches!(&**o, Obj::Native(_)) => t.builtin_function.clone(),
                _ => t.method.clone(),
            },
            Obj::Native(_) => t.builtin_function.clone(),
            Obj::Module(_) => t.module.clone(),
            Obj::Cell(_) => t.cell.clone(),
            Obj::Iter(st) => crate::types::iter::iter_class(self, st),
            Obj::Generator(g) => match g.kind {
                GenKind::Generator => t.generator.clone(),
                GenKind::Coroutine => t.coroutine.clone(),
                GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Obj::Code(_) => t.code.clone(),
            Obj::Property(_) => t.property.clone(),
            Obj::ClassMethod(_) => t.classmethod.clone(),
            Obj::StaticMethod(_) => t.staticmethod.clone(),
            Obj::Super(..) => t.super_.clone(),
            Obj::Traceback(_) => t.traceback.clone(),
            Obj::File(f) => f.cls.clone(),
            Obj::Opaque(o) => o.cls.clone(),
            Obj::NotImplemented => t.not_implemented.clone(),
            Obj::Ellipsis => t.ellipsis.clone(),
            Obj::Instance(_) | Obj::Class(_) => unreachable!(),
        }
    }

    /// The `__name__` of a value's class.
    pub fn type_name(&self, v: &Value) -> String {
        class_name(&self.class_of(v))
    }

    // ----- exceptions -----

    /// Build an exception instance of a builtin kind.
    pub fn new_exception(&mut self, kind: ExcKind, args: Vec<Value>) -> Value {
        let cls = self.exc_class(kind);
        self.new_exception_of(&cls, args)
    }

    pub fn new_exception_of(&mut self, cls: &ObjRef, args: Vec<Value>) -> Value {
        let targs = self.new_tuple(args.clone());
        let exc = Value::obj(Obj::Instance(Instance {
            class: RefCell::new(cls.clone()),
            dict: Some(new_dict_obj()),
            exc: Some(Box::new(RefCell::new(ExcData {
                args: targs,
                cause: Value::None,
                context: Value::None,
                ..Default::default()
            }))),
            base: RefCell::new(Value::Null),
        }));
        // class-specific attributes (SystemExit.code, StopIteration.value, ...)
        let _ = crate::types::exceptions::fill_slots(self, &exc, &args, &[]);
        exc
    }

    /// Turn any PyErr into an exception instance value.
    pub fn normalize(&mut self, err: PyErr) -> Value {
        match err {
            PyErr::Obj(v) => v,
            PyErr::Lazy(kind, msg) => {
                let m = Value::string(msg);
                self.new_exception(kind, vec![m])
            }
            PyErr::LazyArgs(kind, args) => self.new_exception(kind, args),
        }
    }

    pub fn err_matches(&mut self, err: &PyErr, kind: ExcKind) -> bool {
        match err {
            PyErr::Lazy(k, _) | PyErr::LazyArgs(k, _) => {
                let sub = self.exc_class(*k);
                let sup = self.exc_class(kind);
                crate::types::class::is_subclass(&sub, &sup)
            }
            PyErr::Obj(v) => {
                let c = self.class_of(v);
                let sup = self.exc_class(kind);
                crate::types::class::is_subclass(&c, &sup)
            }
        }
    }

    pub fn is_instance_of_kind(&self, v: &Value, kind: ExcKind) -> bool {
        let c = self.class_of(v);
        crate::types::class::is_subclass(&c, &self.exc_class(kind))
    }

    // ----- running code -----

    pub fn compile(&mut self, source: &str, filename: &str, mode: pyrite_compiler::Mode) -> PyResult<Rc<Code>> {
        if source.contains('\0') {
            return Err(PyErr::new(
                ExcKind::SyntaxError,
                "source code string cannot contain null bytes",
            ));
        }
        match pyrite_compiler::compile(source, filename, mode) {
            Ok(co) => {
                self.sources.insert(Rc::from(filename), Rc::from(source));
                Ok(Code::load(self, co))
            }
            Err(e) => Err(self.syntax_error(e, filename, source)),
        }
    }

    pub fn syntax_error(&mut self, e: pyrite_compiler::CompileError, filename: &str, source: &str) -> PyErr {
        if let Some(m) = e.msg.strip_prefix("RecursionError: ") {
            return PyErr::new(ExcKind::RecursionError, m);
        }
        let (kind, msg) = if let Some(m) = e.msg.strip_prefix("IndentationError: ") {
            (ExcKind::IndentationError, m.to_string())
        } else {
            (ExcKind::SyntaxError, e.msg.clone())
        };
        let text = source
            .lines()
            .nth(e.line.saturating_sub(1) as usize)
            .map(|l| format!("{}\n", l));
        let exc = self.new_exception(kind, vec![Value::string(msg.clone())]);
        let fname = Value::str(filename);
        let text_v = text.map(Value::string).unwrap_or(Value::None);
        let details = self.new_tuple(vec![
            fname.clone(),
            Value::Int(e.line as i64),
            Value::Int(e.col as i64),
            text_v.clone(),
            Value::Int(e.end_line as i64),
            Value::Int(e.end_col as i64),
        ]);
        let args = self.new_tuple(vec![Value::string(msg.clone()), details]);
        if let Value::Obj(o) = &exc {
            if let Obj::Instance(i) = &**o {
                i.exc.as_ref().unwrap().borrow_mut().args = args;
                let d = i.dict_cell().unwrap();
                let mut d = d.borrow_mut();
                let pairs = [
                    ("msg", Value::string(msg)),
                    ("filename", fname),
                    ("lineno", Value::Int(e.line as i64)),
                    ("offset", Value::Int(e.col as i64)),
                    ("text", text_v),
                    ("end_lineno", Value::Int(e.end_line as i64)),
                    ("end_offset", Value::Int(e.end_col as i64)),
                    ("print_file_and_line", Value::None),
                ];
                for (k, v) in pairs {
                    d.set_str(self.intern(k), v);
                }
            }
        }
        PyErr::Obj(exc)
    }

    /// Create a new module object with a fresh namespace.
    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let d = Rc::new(Obj::Dict(RefCell::new(Dict::new())));
        let m = Rc::new(Obj::Module(Module {
            name: RefCell::new(Rc::from(name)),
            dict: d.clone(),
        }));
        let k = self.intern("__name__");
        if let Obj::Dict(dd) = &*d {
            dd.borrow_mut().set_str(k, Value::str(name));
            let k = self.intern("__builtins__");
            dd.borrow_mut().set_str(k, Value::Obj(self.builtins.clone()));
            let k = self.intern("__doc__");
            dd.borrow_mut().set_str(k, Value::None);
        }
        m
    }

    pub fn module_dict(&self, m: &ObjRef) -> ObjRef {
        match &**m {
            Obj::Module(md) => md.dict.clone(),
            _ => m.clone(),
        }
    }

    /// Run a code object as a module body in `module`'s namespace.
    pub fn run_module_code(&mut self, code: Rc<Code>, module: &ObjRef) -> PyResult<Value> {
        let globals = self.module_dict(module);
        if let Some(doc) = &code.co.docstring {
            let k = self.intern("__doc__");
            dict_set_str(&globals, k, Value::str(doc));
        }
        let frame = self.new_frame(code, globals.clone(), Some(globals));
        self.run_frame(frame)
    }

    pub fn new_frame(&mut self, code: Rc<Code>, globals: ObjRef, locals: Option<ObjRef>) -> Box<Frame> {
        let nfast = code.co.varnames.len();
        let ncells = code.co.cellvars.len();
        if let Some(mut f) = self.frame_pool.pop() {
            f.fast.resize(nfast, Value::Null);
            for _ in 0..ncells {
                f.cells.push(Rc::new(Obj::Cell(RefCell::new(Value::Null))));
            }
            f.code = code;
            f.globals = globals;
            f.locals = locals;
            return f;
        }
        let mut cells = Vec::with_capacity(ncells + code.co.freevars.len());
        for _ in 0..ncells {
            cells.push(Rc::new(Obj::Cell(RefCell::new(Value::Null))));
        }
        Box::new(Frame {
            code,
            pc: 0,
            stack: Vec::with_capacity(16),
            fast: vec![Value::Null; nfast],
            cells,
            globals,
            locals,
            blocks: Vec::new(),
            lasti: 0,
            is_entry: false,
            generator: None,
            init_self: None,
            builtins: None,
            discard_result: false,
        })
    }

    /// Return a finished frame to the pool (its values are dropped now, as CPython would).
    pub fn recycle_frame(&mut self, mut f: Box<Frame>) {
        if f.generator.is_some() || self.frame_pool.len() >= 128 {
            return;
        }
        f.stack.clear();
        f.fast.clear();
        f.cells.clear();
        f.blocks.clear();
        f.locals = None;
        f.init_self = None;
        f.builtins = None;
        f.discard_result = false;
        f.pc = 0;
        f.lasti = 0;
        f.is_entry = false;
        self.frame_pool.push(f);
    }

    /// Break the reference cycles that tie modules, functions and classes together so an
    /// embedding (or the fuzzer) can drop a VM without leaking it. The VM is unusable after.
    pub fn teardown(&mut self) {
        self.frames.clear();
        self.frame_pool.clear();
        let modules: Vec<Value> = match &*self.modules {
            Obj::Dict(d) => d.borrow().iter().map(|e| e.value.clone()).collect(),
            _ => vec![],
        };
        for m in modules {
            if let Value::Obj(o) = &m {
                if let Obj::Module(md) = &**o {
                    if let Obj::Dict(d) = &*md.dict {
                        let old = std::mem::take(&mut *d.borrow_mut());
                        drop(old);
                    }
                }
            }
        }
        for d in [&self.modules, &self.builtins] {
            if let Obj::Dict(d) = &**d {
                let old = std::mem::take(&mut *d.borrow_mut());
                drop(old);
            }
        }
        let all = self.all_builtin_types();
        for c in all {
            if let Obj::Class(cl) = &*c {
                let old = std::mem::take(&mut *cl.dict.borrow_mut());
                drop(old);
                cl.info.borrow_mut().take();
            }
        }
        self.interned.clear();
        self.handled = Value::None;
    }

    pub fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let d = self.module_dict(&self.sys.clone());
        dict_get_str(&d, name)
    }
}

pub fn class_name(c: &ObjRef) -> String {
    match &**c {
        Obj::Class(cl) => cl.name.borrow().to_string(),
        _ => "?".to_string(),
    }
}

pub fn dict_get_str(d: &ObjRef, name: &str) -> Option<Value> {
    match &**d {
        Obj::Dict(dd) => dd.borrow().get_str(name).cloned(),
        _ => None,
    }
}

pub fn dict_set_str(d: &ObjRef, key: Value, value: Value) {
    if let Obj::Dict(dd) = &**d {
        dd.borrow_mut().set_str(key, value);
    }
}
