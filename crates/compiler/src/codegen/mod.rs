//! Code generation: walks the AST with the symbol table and emits bytecode into code units.
//!
//! One `Unit` is open per scope being compiled (module, class body, function, comprehension).
//! Jumps target labels, patched to instruction indices when the unit is finished. `FBlock`s
//! record the enclosing loops/try/with blocks so `break`, `continue` and `return` can run the
//! right cleanup (finally bodies, `__exit__` calls) inline.

mod expr;
mod pattern;
mod stmt;

use crate::bytecode::*;
use crate::symtable::{Resolution, ScopeKind, SymbolTable};
use crate::CompileError;
use ruff_python_ast as ast;
use ruff_source_file::LineIndex;
use ruff_text_size::{TextRange, TextSize};
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

/// Compile-time record of an enclosing construct that needs unwinding on break/continue/return.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    While { start: Label, end: Label },
    For { start: Label, end: Label },
    TryExcept,
    FinallyTry { body: &'a [ast::Stmt] },
    FinallyEnd,
    HandlerCleanup { name: Option<&'a str> },
    With,
    AsyncWith,
}

pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub kind: ScopeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub instrs: Vec<Instr>,
    pub locations: Vec<Location>,
    pub consts: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    name_map: HashMap<Rc<str>, u32>,
    pub varnames: Vec<Rc<str>>,
    var_map: HashMap<Rc<str>, u32>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    pub labels: Vec<u32>,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Location,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub docstring: Option<Rc<str>>,
}

pub(crate) struct Compiler<'a> {
    pub source: &'a str,
    pub filename: Rc<str>,
    pub line_index: LineIndex,
    pub symtable: SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    /// `from __future__ import annotations`: annotations are kept as their source text.
    pub future_annotations: bool,
}

const UNSET: u32 = u32::MAX;

impl<'a> Compiler<'a> {
    pub fn new(source: &'a str, filename: &str, symtable: SymbolTable, interactive: bool) -> Self {
        Compiler {
            source,
            filename: Rc::from(filename),
            line_index: LineIndex::from_source_text(source),
            symtable,
            units: Vec::new(),
            interactive,
            future_annotations: false,
        }
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no unit")
    }
    pub fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("no unit")
    }

    pub fn location(&self, range: TextRange) -> Location {
        let s = self.line_index.line_column(range.start(), self.source);
        let e = self.line_index.line_column(range.end(), self.source);
        Location {
            line: s.line.get() as u32,
            end_line: e.line.get() as u32,
            col: s.column.get() as u32 - 1,
            end_col: e.column.get() as u32 - 1,
        }
    }

    pub fn line_of(&self, offset: TextSize) -> u32 {
        self.line_index.line_index(offset).get() as u32
    }

    pub fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        let loc = self.location(range);
        CompileError {
            msg: msg.into(),
            line: loc.line,
            col: loc.col + 1,
            end_line: loc.end_line,
            end_col: loc.end_col + 1,
        }
    }

    /// Open a new code unit for the scope created by `node`.
    pub fn enter_unit<T>(&mut self, node: &T, name: &str, qualname: Rc<str>, first_line: u32) {
        let scope = self.symtable.scope_of(node);
        self.enter_scope(scope, name, qualname, first_line);
    }

    pub fn enter_scope(&mut self, scope: usize, name: &str, qualname: Rc<str>, first_line: u32) {
        let sc = &self.symtable.scopes[scope];
        let mut unit = Unit {
            scope,
            kind: sc.kind,
            name: Rc::from(name),
            qualname,
            instrs: Vec::new(),
            locations: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars: sc.cellvars.iter().map(|s| Rc::from(s.as_str())).collect(),
            freevars: sc.freevars.iter().map(|s| Rc::from(s.as_str())).collect(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            loc: Location {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            },
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            docstring: None,
        };
        if matches!(sc.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for p in &sc.params {
                unit.add_var(p);
            }
            if sc.is_generator && sc.is_coroutine {
                unit.flags |= CO_ASYNC_GENERATOR;
            } else if sc.is_generator {
                unit.flags |= CO_GENERATOR;
            } else if sc.is_coroutine && sc.kind == ScopeKind::Function {
                unit.flags |= CO_COROUTINE;
            }
        }
        self.units.push(unit);
    }

    /// Close the current unit and produce its code object.
    pub fn exit_unit(&mut self) -> CodeObject {
        let mut u = self.units.pop().expect("no unit");
        // Patch jump targets from label ids to instruction indices.
        for ins in u.instrs.iter_mut() {
            if let Some(t) = jump_target_mut(ins) {
                let l = u.labels[*t as usize];
                debug_assert!(l != UNSET);
                *t = l;
            }
        }
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                u.varnames
                    .iter()
                    .take(u.argcount as usize + u.kwonlyargcount as usize + extra_args(u.flags))
                    .position(|v| v == c)
                    .map(|i| i as u32)
            })
            .collect();
        CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            instrs: u.instrs,
            locations: u.locations,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            max_stack: 0,
            docstring: u.docstring,
        }
    }

    // ----- emission helpers -----

    pub fn emit(&mut self, i: Instr) {
        let u = self.unit();
        let loc = u.loc;
        u.instrs.push(i);
        u.locations.push(loc);
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(UNSET);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = u.instrs.len() as u32;
    }

    pub fn emit_jump(&mut self, f: fn(u32) -> Instr, l: Label) {
        self.emit(f(l.0));
    }

    pub fn const_index(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        // Reuse identical simple constants.
        for (i, existing) in u.consts.iter().enumerate() {
            if const_same(existing, &c) {
                return i as u32;
            }
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.const_index(c);
        self.emit(Instr::LoadConst(i));
    }

    pub fn load_str(&mut self, s: &str) {
        self.load_const(Constant::Str(Rc::from(s)));
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        self.unit().name_index(name)
    }

    pub fn set_loc(&mut self, range: TextRange) -> Location {
        let loc = self.location(range);
        let u = self.unit();
        std::mem::replace(&mut u.loc, loc)
    }

    pub fn restore_loc(&mut self, loc: Location) {
        self.unit().loc = loc;
    }

    // ----- names -----

    /// The name as stored: private `__names` are mangled inside classes.
    pub fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        let u = self.unit_ref();
        crate::symtable::mangle(self.symtable.scopes[u.scope].private.as_deref(), name)
    }

    fn resolution(&self, name: &str) -> Resolution {
        let u = self.unit_ref();
        self.symtable.scopes[u.scope].resolve(name)
    }

    fn cell_index(&self, name: &str) -> u32 {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|c| &**c == name) {
            return i as u32;
        }
        let i = u
            .freevars
            .iter()
            .position(|c| &**c == name)
            .expect("free variable not found");
        (u.cellvars.len() + i) as u32
    }

    pub fn load_name(&mut self, name: &str) {
        let mangled = self.mangle(name).into_owned();
        let name = mangled.as_str();
        let kind = self.unit_ref().kind;
        let r = self.resolution(name);
        let i = match (kind, r) {
            (_, Resolution::GlobalExplicit) => Instr::LoadGlobal(self.name_index(name)),
            (ScopeKind::Module, _) => Instr::LoadName(self.name_index(name)),
            (ScopeKind::Class, Resolution::Free) => Instr::LoadClassDeref(self.cell_index(name)),
            (ScopeKind::Class, _) => Instr::LoadName(self.name_index(name)),
            (_, Resolution::Local) => Instr::LoadFast(self.unit().add_var(name)),
            (_, Resolution::Cell) | (_, Resolution::Free) => Instr::LoadDeref(self.cell_index(name)),
            (_, Resolution::GlobalImplicit) => Instr::LoadGlobal(self.name_index(name)),
        };
        self.emit(i);
    }

    pub fn store_name(&mut self, name: &str) {
        let mangled = self.mangle(name).into_owned();
        let name = mangled.as_str();
        let kind = self.unit_ref().kind;
        let r = self.resolution(name);
        let i = match (kind, r) {
            (_, Resolution::GlobalExplicit) => Instr::StoreGlobal(self.name_index(name)),
            (ScopeKind::Module, _) => Instr::StoreName(self.name_index(name)),
            (ScopeKind::Class, Resolution::Free) => Instr::StoreDeref(self.cell_index(name)),
            (ScopeKind::Class, Resolution::Cell) => Instr::StoreName(self.name_index(name)),
            (ScopeKind::Class, _) => Instr::StoreName(self.name_index(name)),
            (_, Resolution::Local) => Instr::StoreFast(self.unit().add_var(name)),
            (_, Resolution::Cell) | (_, Resolution::Free) => Instr::StoreDeref(self.cell_index(name)),
            (_, Resolution::GlobalImplicit) => Instr::StoreGlobal(self.name_index(name)),
        };
        self.emit(i);
    }

    pub fn delete_name(&mut self, name: &str) {
        let mangled = self.mangle(name).into_owned();
        let name = mangled.as_str();
        let kind = self.unit_ref().kind;
        let r = self.resolution(name);
        let i = match (kind, r) {
            (_, Resolution::GlobalExplicit) => Instr::DeleteGlobal(self.name_index(name)),
            (ScopeKind::Module, _) | (ScopeKind::Class, _) => Instr::DeleteName(self.name_index(name)),
            (_, Resolution::Local) => Instr::DeleteFast(self.unit().add_var(name)),
            (_, Resolution::Cell) | (_, Resolution::Free) => Instr::DeleteDeref(self.cell_index(name)),
            (_, Resolution::GlobalImplicit) => Instr::DeleteGlobal(self.name_index(name)),
        };
        self.emit(i);
    }

    pub fn qualname_for(&self, name: &str) -> Rc<str> {
        // Build the qualified name of a new child scope named `name`.
        let u = self.unit_ref();
        match u.kind {
            ScopeKind::Module => Rc::from(name),
            ScopeKind::Class => Rc::from(format!("{}.{}", u.qualname, name)),
            _ => Rc::from(format!("{}.<locals>.{}", u.qualname, name)),
        }
    }
}

impl<'a> Unit<'a> {
    pub fn add_var(&mut self, name: &str) -> u32 {
        if let Some(i) = self.var_map.get(name) {
            return *i;
        }
        let rc: Rc<str> = Rc::from(name);
        self.varnames.push(rc.clone());
        let i = self.varnames.len() as u32 - 1;
        self.var_map.insert(rc, i);
        i
    }
    pub fn name_index(&mut self, name: &str) -> u32 {
        if let Some(i) = self.name_map.get(name) {
            return *i;
        }
        let rc: Rc<str> = Rc::from(name);
        self.names.push(rc.clone());
        let i = self.names.len() as u32 - 1;
        self.name_map.insert(rc, i);
        i
    }
}

fn extra_args(flags: u32) -> usize {
    (flags & CO_VARARGS != 0) as usize + (flags & CO_VARKEYWORDS != 0) as usize
}

fn const_same(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::None, Constant::None) => true,
        (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Bool(x), Constant::Bool(y)) => x == y,
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        _ => false,
    }
}

/// The label/target operand of a jump instruction, if it is one.
pub fn jump_target_mut(i: &mut Instr) -> Option<&mut u32> {
    match i {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::PopJumpIfNone(t)
        | Instr::PopJumpIfNotNone(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::Send(t)
        | Instr::SetupFinally(t)
        | Instr::SetupCleanup(t) => Some(t),
        _ => None,
    }
}

pub(crate) fn has_annotations_pub(body: &[ast::Stmt]) -> bool {
    stmt::has_annotations(body)
}

pub(crate) fn docstring_pub(body: &[ast::Stmt]) -> Option<&str> {
    stmt::docstring(body)
}
