//! Scope analysis: decides for every name in every scope whether it is a fast local, a cell,
//! a free variable, or a global, before code generation.
//!
//! Scopes are created by modules, classes, functions, lambdas and comprehensions. They are keyed by
//! the address of the AST node that creates them, so code generation can find them again.

use ruff_python_ast::{self as ast, Expr, Pattern, Stmt};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// How a name is accessed in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

const ASSIGNED: u8 = 1;
const USED: u8 = 2;
const PARAM: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;
/// A comprehension's walrus target: bound in the enclosing function, free here.
const WALRUS_FREE: u8 = 32;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    /// Names in order of first appearance with their flags.
    pub order: Vec<String>,
    flags: HashMap<String, u8>,
    pub params: Vec<String>,
    pub resolved: HashMap<String, Resolution>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Class scope: some method uses `super()`/`__class__`.
    pub needs_class_cell: bool,
    /// Source range of the `nonlocal` statement declaring each name (for errors).
    pub nonlocal_at: HashMap<String, (u32, u32)>,
    /// Name of the innermost enclosing class: `__names` are mangled to `_Class__names`.
    pub private: Option<String>,
    pub global_at: HashMap<String, (u32, u32)>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            order: Vec::new(),
            flags: HashMap::new(),
            params: Vec::new(),
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            nonlocal_at: HashMap::new(),
            global_at: HashMap::new(),
            private: None,
        }
    }
    /// Private name mangling: `__spam` inside class `Ham` is `_Ham__spam`.
    pub fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }

    fn add(&mut self, name: &str, flag: u8) {
        let name = &*mangle(self.private.as_deref(), name).into_owned();
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.order.push(name.to_string());
                self.flags.insert(name.to_string(), flag);
            }
        }
    }
    fn flag(&self, name: &str) -> u8 {
        self.flags.get(&*self.mangle(name)).copied().unwrap_or(0)
    }
    /// Whether the name is bound in this scope (not counting global/nonlocal declarations).
    fn binds(&self, name: &str) -> bool {
        let f = self.flag(name);
        f & (ASSIGNED | PARAM) != 0 && f & (GLOBAL | NONLOCAL | WALRUS_FREE) == 0
    }
    pub fn resolve(&self, name: &str) -> Resolution {
        if let Some(r) = self.resolved.get(&*self.mangle(name)) {
            return *r;
        }
        match self.kind {
            ScopeKind::Module => Resolution::GlobalImplicit,
            ScopeKind::Class => Resolution::GlobalImplicit,
            _ => Resolution::GlobalImplicit,
        }
    }
}

/// Deepest statement/expression nesting the compiler accepts (CPython: 3 x the recursion limit).
const MAX_NESTING: u32 = 3000;

/// CPython's private name mangling rule.
pub fn mangle<'n>(class: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let Some(class) = class else { return name.into() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.into();
    }
    format!("_{}{}", stripped, name).into()
}

/// A syntax error found during scope analysis (message, byte offset).
#[derive(Debug)]
pub struct SymbolError {
    pub msg: String,
    pub offset: u32,
    /// End of the offending range (0: one character).
    pub end: u32,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    current: usize,
    error: Option<SymbolError>,
    /// Depth of comprehension iterable expressions being visited (walrus is not allowed there).
    in_comp_iter: u32,
    /// Iteration variables of the comprehensions being visited, innermost last.
    comp_targets: Vec<Vec<String>>,
    /// Nesting depth of statements and expressions (CPython's compiler gives up past 3000).
    depth: u32,
}

impl SymbolTable {
    pub fn build(body: &[Stmt]) -> Result<SymbolTable, SymbolError> {
        let mut b = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_node: HashMap::new(),
            current: 0,
            error: None,
            in_comp_iter: 0,
            comp_targets: Vec::new(),
            depth: 0,
        };
        b.stmts(body);
        if let Some(e) = b.error {
            return Err(e);
        }
        let mut t = SymbolTable {
            scopes: b.scopes,
            by_node: b.by_node,
        };
        t.analyze()?;
        Ok(t)
    }

    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&key(node)]
    }

    fn analyze(&mut self) -> Result<(), SymbolError> {
        // Pass 1: local resolution.
        for s in self.scopes.iter_mut() {
            let names = s.order.clone();
            for n in names {
                let f = s.flag(&n);
                let r = if f & GLOBAL != 0 {
                    Resolution::GlobalExplicit
                } else if s.kind == ScopeKind::Module {
                    Resolution::GlobalImplicit
                } else if f & (NONLOCAL | WALRUS_FREE) != 0 {
                    Resolution::Free
                } else if f & (ASSIGNED | PARAM) != 0 {
                    Resolution::Local
                } else {
                    continue;
                };
                s.resolved.insert(n, r);
            }
        }
        // Pass 2: free variables, innermost references resolved by walking outwards.
        for sid in 0..self.scopes.len() {
            let kind = self.scopes[sid].kind;
            if kind == ScopeKind::Module {
                continue;
            }
            let names: Vec<String> = self.scopes[sid]
                .order
                .iter()
                .filter(|n| {
                    let s = &self.scopes[sid];
                    let f = s.flag(n);
                    f & GLOBAL == 0 && (f & (NONLOCAL | WALRUS_FREE) != 0 || !s.binds(n))
                })
                .cloned()
                .collect();
            for n in names {
                let nonlocal = self.scopes[sid].flag(&n) & (NONLOCAL | WALRUS_FREE) != 0;
                // Walk outwards looking for the binding function scope.
                let mut chain = vec![sid];
                let mut cur = self.scopes[sid].parent;
                let mut found = None;
                while let Some(a) = cur {
                    let sc = &self.scopes[a];
                    if sc.kind == ScopeKind::Module {
                        break;
                    }
                    if sc.kind == ScopeKind::Class {
                        if n == "__class__" {
                            found = Some(a);
                            break;
                        }
                        chain.push(a);
                        cur = sc.parent;
                        continue;
                    }
                    let f = sc.flag(&n);
                    if f & GLOBAL != 0 {
                        break;
                    }
                    if sc.binds(&n) {
                        found = Some(a);
                        break;
                    }
                    chain.push(a);
                    cur = sc.parent;
                }
                match found {
                    Some(a) => {
                        if self.scopes[a].kind == ScopeKind::Class {
                            self.scopes[a].needs_class_cell = true;
                        } else {
                            self.scopes[a].resolved.insert(n.clone(), Resolution::Cell);
                        }
                        for &c in &chain {
                            let s = &mut self.scopes[c];
                            // A class scope passes the cell through to its methods while its
                            // own uses of the name keep their class-namespace lookup.
                            if s.kind == ScopeKind::Class && c != sid {
                                if !s.freevars.contains(&n) {
                                    s.freevars.push(n.clone());
                                }
                                continue;
                            }
                            s.resolved.insert(n.clone(), Resolution::Free);
                            if !s.flags.contains_key(&n) {
                                s.order.push(n.clone());
                                s.flags.insert(n.clone(), 0);
                            }
                        }
                    }
                    None => {
                        if nonlocal && self.scopes[sid].flag(&n) & NONLOCAL != 0 {
                            let (offset, end) = self.scopes[sid].nonlocal_at.get(&n).copied().unwrap_or((0, 0));
                            return Err(SymbolError {
                                msg: format!("no binding for nonlocal '{}' found", n),
                                offset,
                                end,
                            });
                        }
                        if !nonlocal {
                            self.scopes[sid].resolved.insert(n.clone(), Resolution::GlobalImplicit);
                        } else {
                            // walrus in a comprehension at module level: global
                            self.scopes[sid].resolved.insert(n.clone(), Resolution::GlobalImplicit);
                        }
                    }
                }
            }
        }
        // Pass 3: collect cellvars / freevars in a stable order.
        for s in self.scopes.iter_mut() {
            let mut cells = Vec::new();
            let mut frees: Vec<String> = std::mem::take(&mut s.freevars);
            for n in &s.order {
                match s.resolved.get(n) {
                    Some(Resolution::Cell) => cells.push(n.clone()),
                    Some(Resolution::Free) => {
                        if !frees.contains(n) {
                            frees.push(n.clone())
                        }
                    }
                    _ => {}
                }
            }
            if s.kind == ScopeKind::Class && s.needs_class_cell {
                cells.push("__class__".to_string());
            }
            s.cellvars = cells;
            s.freevars = frees;
        }
        Ok(())
    }
}

fn collect_names(t: &Expr, out: &mut Vec<String>) {
    match t {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_names(e, out)),
        Expr::List(t) => t.elts.iter().for_each(|e| collect_names(e, out)),
        Expr::Starred(s) => collect_names(&s.value, out),
        _ => {}
    }
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind) -> usize {
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, Some(self.current));
        scope.private = self.scopes[self.current].private.clone();
        self.scopes.push(scope);
        self.by_node.insert(key(node), id);
        let prev = self.current;
        self.current = id;
        prev
    }

    fn err(&mut self, msg: String, offset: u32) {
        if self.error.is_none() {
            self.error = Some(SymbolError { msg, offset, end: 0 });
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params(&mut self, p: &ast::Parameters) {
        // defaults and annotations are evaluated in the enclosing scope (handled by caller)
        let names: Vec<String> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .map(|a| a.parameter.name.id.to_string())
            .chain(p.kwonlyargs.iter().map(|a| a.parameter.name.id.to_string()))
            .chain(p.vararg.iter().map(|a| a.name.id.to_string()))
            .chain(p.kwarg.iter().map(|a| a.name.id.to_string()))
            .collect();
        // CPython order: positional, kwonly, *args, **kwargs
        let mut ordered: Vec<String> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
            .map(|a| a.parameter.name.id.to_string())
            .collect();
        if let Some(v) = &p.vararg {
            ordered.push(v.name.id.to_string());
        }
        if let Some(k) = &p.kwarg {
            ordered.push(k.name.id.to_string());
        }
        let _ = names;
        let ordered: Vec<String> = ordered
            .iter()
            .map(|n| self.scopes[self.current].mangle(n).into_owned())
            .collect();
        for n in &ordered {
            if self.scope().flag(n) & PARAM != 0 {
                self.err(
                    format!("duplicate argument '{}' in function definition", n),
                    p.range.start().to_u32(),
                );
            }
            self.scope().add(n, PARAM);
        }
        self.scope().params = ordered;
    }

    fn param_outer_exprs(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(an) = &a.parameter.annotation {
                self.expr(an);
            }
        }
        for a in p.vararg.iter().chain(p.kwarg.iter()) {
            if let Some(an) = &a.annotation {
                self.expr(an);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        if !self.enter() {
            return;
        }
        self.stmt_inner(s);
        self.depth -= 1;
    }

    /// Count one level of nesting; false (with a RecursionError recorded) when too deep.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            self.depth -= 1;
            if self.error.is_none() {
                self.error = Some(SymbolError {
                    msg: "RecursionError: maximum recursion depth exceeded during compilation".into(),
                    offset: 0,
                    end: 0,
                });
            }
            return false;
        }
        true
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.param_outer_exprs(&f.parameters);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.scope().add(&f.name.id, ASSIGNED);
                let prev = self.push_scope(f, ScopeKind::Function);
                self.scope().is_coroutine = f.is_async;
                self.params(&f.parameters);
                self.stmts(&f.body);
                self.current = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value);
                    }
                }
                self.scope().add(&c.name.id, ASSIGNED);
                let prev = self.push_scope(c, ScopeKind::Class);
                self.scope().private = Some(c.name.id.to_string());
                self.stmts(&c.body);
                self.current = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::TypeAlias(t) => {
                self.target(&t.name);
                self.expr(&t.value);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.scope().add(&n.id, USED);
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                if self.scopes[self.current].kind != ScopeKind::Function || !a.simple {
                    self.expr(&a.annotation);
                }
                if a.value.is_some() || !matches!(&*a.target, Expr::Name(_)) {
                    self.target(&a.target);
                } else if let Expr::Name(n) = &*a.target {
                    // `x: int` without value still makes x local in a function
                    self.scope().add(&n.id, ASSIGNED);
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.scope().add(&n.id, ASSIGNED);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.scope().add(&bound, ASSIGNED);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.scope().add(&bound.id, ASSIGNED);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let f = self.scope().flag(&n.id);
                    if f & (ASSIGNED | USED) != 0 && self.scopes[self.current].kind != ScopeKind::Module {
                        let what = if f & ASSIGNED != 0 {
                            "assigned to before"
                        } else {
                            "used prior to"
                        };
                        self.err(
                            format!("name '{}' is {} global declaration", n.id, what),
                            g.range.start().to_u32(),
                        );
                    }
                    if f & PARAM != 0 {
                        self.err(
                            format!("name '{}' is parameter and global", n.id),
                            n.range.start().to_u32(),
                        );
                    }
                    if f & NONLOCAL != 0 {
                        let at = self
                            .scope()
                            .nonlocal_at
                            .get(n.id.as_str())
                            .map(|r| r.0)
                            .unwrap_or(g.range.start().to_u32());
                        self.err(format!("name '{}' is nonlocal and global", n.id), at);
                    }
                    let (a, b) = (g.range.start().to_u32(), g.range.end().to_u32());
                    self.scope().global_at.insert(n.id.to_string(), (a, b));
                    self.scope().add(&n.id, GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.scopes[self.current].kind == ScopeKind::Module {
                    self.err(
                        "nonlocal declaration not allowed at module level".into(),
                        g.range.start().to_u32(),
                    );
                }
                for n in &g.names {
                    let f = self.scope().flag(&n.id);
                    if f & (ASSIGNED | USED) != 0 {
                        let what = if f & ASSIGNED != 0 {
                            "assigned to before"
                        } else {
                            "used prior to"
                        };
                        self.err(
                            format!("name '{}' is {} nonlocal declaration", n.id, what),
                            g.range.start().to_u32(),
                        );
                    }
                    if f & PARAM != 0 {
                        self.err(
                            format!("name '{}' is parameter and nonlocal", n.id),
                            n.range.start().to_u32(),
                        );
                    }
                    if f & GLOBAL != 0 {
                        let at = self
                            .scope()
                            .global_at
                            .get(n.id.as_str())
                            .map(|r| r.0)
                            .unwrap_or(g.range.start().to_u32());
                        self.err(format!("name '{}' is nonlocal and global", n.id), at);
                    }
                    self.scope().add(&n.id, NONLOCAL);
                    let (a, b) = (g.range.start().to_u32(), g.range.end().to_u32());
                    self.scope().nonlocal_at.insert(n.id.to_string(), (a, b));
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.scope().add(&n.id, ASSIGNED),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            Pattern::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.scope().add(&r.id, ASSIGNED);
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls);
                c.arguments.patterns.iter().for_each(|p| self.pattern(p));
                c.arguments.keywords.iter().for_each(|k| self.pattern(&k.pattern));
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.scope().add(&n.id, ASSIGNED);
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.scope().add(&n.id, ASSIGNED);
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn comprehension<T>(&mut self, node: &T, generators: &[ast::Comprehension], elts: &[&Expr], is_genexp: bool) {
        // The first iterable is evaluated in the enclosing scope.
        self.in_comp_iter += 1;
        self.expr(&generators[0].iter);
        self.in_comp_iter -= 1;
        let prev = self.push_scope(node, ScopeKind::Comprehension);
        self.scope().is_generator = is_genexp;
        self.scope().add(".0", PARAM);
        self.scope().params = vec![".0".to_string()];
        let mut targets = Vec::new();
        for g in generators {
            collect_names(&g.target, &mut targets);
        }
        self.comp_targets.push(targets);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.in_comp_iter += 1;
                self.expr(&g.iter);
                self.in_comp_iter -= 1;
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
            if g.is_async {
                self.scope().is_coroutine = true;
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.comp_targets.pop();
        self.current = prev;
    }

    fn expr(&mut self, e: &Expr) {
        if !self.enter() {
            return;
        }
        self.expr_inner(e);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::Named(n) => {
                self.expr(&n.value);
                if let Expr::Name(name) = &*n.target {
                    if self.in_comp_iter > 0 {
                        self.err(
                            "assignment expression cannot be used in a comprehension iterable expression".into(),
                            n.range.start().to_u32(),
                        );
                    }
                    if self
                        .comp_targets
                        .iter()
                        .any(|t| t.iter().any(|v| v == name.id.as_str()))
                    {
                        self.err(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{}'",
                                name.id
                            ),
                            n.range.start().to_u32(),
                        );
                    }
                    // Walrus inside comprehensions binds in the enclosing function scope.
                    let mut sid = self.current;
                    let mut via = Vec::new();
                    while self.scopes[sid].kind == ScopeKind::Comprehension {
                        via.push(sid);
                        sid = self.scopes[sid].parent.unwrap_or(0);
                    }
                    for c in via {
                        self.scopes[c].add(&name.id, WALRUS_FREE | USED);
                    }
                    if self.scopes[sid].kind == ScopeKind::Class {
                        self.err(
                            "assignment expression within a comprehension cannot be used in a class body".into(),
                            n.range.start().to_u32(),
                        );
                    }
                    self.scopes[sid].add(&name.id, ASSIGNED);
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
                        if let Some(d) = &a.default {
                            self.expr(d);
                        }
                    }
                }
                let prev = self.push_scope(l, ScopeKind::Function);
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.expr(&l.body);
                self.current = prev;
            }
            Expr::If(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(k);
                    }
                    self.expr(&it.value);
                }
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => self.comprehension(c, &c.generators, &[&c.elt], false),
            Expr::SetComp(c) => self.comprehension(c, &c.generators, &[&c.elt], false),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c, &c.generators, &elts, false)
            }
            Expr::Generator(c) => self.comprehension(c, &c.generators, &[&c.elt], true),
            Expr::Await(a) => {
                match self.scopes[self.current].kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        self.err("'await' outside function".into(), a.range.start().to_u32())
                    }
                    ScopeKind::Function if !self.scopes[self.current].is_coroutine => {
                        self.err("'await' outside async function".into(), a.range.start().to_u32())
                    }
                    _ => {}
                }
                self.scope().is_coroutine = true;
                self.expr(&a.value)
            }
            Expr::Yield(y) => {
                self.mark_generator(y.range.start().to_u32());
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(y.range.start().to_u32());
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.arguments.args.iter().for_each(|v| self.expr(v));
                c.arguments.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.fstring_element(el);
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                if n.ctx == ast::ExprContext::Load {
                    self.scope().add(&n.id, USED);
                    if n.id.as_str() == "super" {
                        self.use_class_cell();
                    }
                    if n.id.as_str() == "__class__" {
                        self.use_class_cell();
                    }
                } else {
                    self.scope().add(&n.id, ASSIGNED);
                }
            }
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }

    fn fstring_element(&mut self, el: &ast::InterpolatedStringElement) {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.expr(&i.expression);
            if let Some(spec) = &i.format_spec {
                for e in spec.elements.iter() {
                    self.fstring_element(e);
                }
            }
        }
    }

    fn use_class_cell(&mut self) {
        if self.scopes[self.current].kind == ScopeKind::Function
            || self.scopes[self.current].kind == ScopeKind::Comprehension
        {
            self.scope().add("__class__", USED);
        }
    }

    fn mark_generator(&mut self, offset: u32) {
        match self.scopes[self.current].kind {
            ScopeKind::Function => self.scope().is_generator = true,
            ScopeKind::Comprehension => self.err("'yield' inside list comprehension".into(), offset),
            _ => self.err("'yield' outside function".into(), offset),
        }
    }
}
