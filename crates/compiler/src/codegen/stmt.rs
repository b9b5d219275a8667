//! Statement compilation: control flow, exception handling, definitions, imports.

use super::{Compiler, FBlock, Label};
use crate::bytecode::*;
use crate::symtable::ScopeKind;
use crate::CompileError;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::rc::Rc;

type R = Result<(), CompileError>;

impl<'a> Compiler<'a> {
    pub fn body(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> R {
        let saved = self.set_loc(s.range());
        let r = self.stmt_inner(s);
        self.restore_loc(saved);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        match s {
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Instr::PrintExpr);
                } else {
                    self.expr(&e.value)?;
                    self.emit(Instr::Pop);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::Pass(_) => self.emit(Instr::Nop),
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(true, b.range())?,
            Stmt::Continue(c) => self.break_continue(false, c.range())?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Assert(a) => {
                let ok = self.new_label();
                self.jump_if(&a.test, true, ok)?;
                let saved = self.set_loc(a.test.range());
                if let Some(m) = &a.msg {
                    self.emit(Instr::PushNull);
                    self.emit(Instr::LoadAssertionError);
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                } else {
                    self.emit(Instr::LoadAssertionError);
                }
                self.emit(Instr::Raise(1));
                self.restore_loc(saved);
                self.bind(ok);
            }
            Stmt::With(w) => {
                if w.is_async {
                    if self.unit_ref().flags & (CO_COROUTINE | CO_ASYNC_GENERATOR) == 0 {
                        return Err(self.error("'async with' outside async function", w.range()));
                    }
                }
                self.with_stmt(&w.items, &w.body, w.is_async)?;
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let idx = self.name_index(&a.name.id);
                    self.emit(Instr::ImportName(idx));
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.id.split('.').collect();
                            for p in &parts[1..] {
                                let idx = self.name_index(p);
                                self.emit(Instr::ImportFrom(idx));
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::Pop);
                            }
                            self.store_name(&asname.id);
                        }
                        None => {
                            let top = a.name.id.split('.').next().unwrap_or("").to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Constant::Int(i.level as i64));
                let names: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(Rc::from(a.name.id.as_str())))
                    .collect();
                self.load_const(Constant::Tuple(names.into()));
                let module = i.module.as_ref().map(|m| m.id.to_string()).unwrap_or_default();
                let idx = self.name_index(&module);
                self.emit(Instr::ImportName(idx));
                if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
                    if self.unit_ref().kind != ScopeKind::Module {
                        return Err(self.error("import * only allowed at module level", s.range()));
                    }
                    self.emit(Instr::ImportStar);
                } else {
                    for a in &i.names {
                        let idx = self.name_index(&a.name.id);
                        self.emit(Instr::ImportFrom(idx));
                        let bound = a.asname.as_ref().unwrap_or(&a.name);
                        self.store_name(&bound.id);
                    }
                    self.emit(Instr::Pop);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => {
                // `type X = value`: evaluated eagerly (a simplification of lazy TypeAliasType).
                self.expr(&t.value)?;
                self.store_target(&t.name)?;
            }
            Stmt::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range())),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.store_name(&n.id);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Dup);
                let attr = self.mangle(&at.attr.id).into_owned();
                let idx = self.name_index(&attr);
                self.emit(Instr::LoadAttr(idx));
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(idx));
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Instr::Dup2);
                self.emit(Instr::Subscr);
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                // stack: container key result → result container key
                self.emit(Instr::Rot(3));
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> R {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let kind = self.unit_ref().kind;
        if kind == ScopeKind::Module || kind == ScopeKind::Class {
            if let (Expr::Name(n), true) = (&*a.target, a.simple) {
                self.annotation(&a.annotation)?;
                let idx = self.name_index("__annotations__");
                self.emit(Instr::LoadName(idx));
                self.load_str(&n.id);
                self.emit(Instr::StoreSubscr);
            } else if !self.future_annotations {
                self.expr(&a.annotation)?;
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    /// An annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations` (PEP 563).
    pub fn annotation(&mut self, e: &'a Expr) -> R {
        if self.future_annotations {
            let r = e.range();
            let text = self.source[r.start().to_usize()..r.end().to_usize()].to_string();
            self.load_str(&text);
            return Ok(());
        }
        self.expr(e)
    }

    pub fn store_target(&mut self, t: &'a Expr) -> R {
        let saved = self.set_loc(t.range());
        match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let attr = self.mangle(&a.attr.id).into_owned();
                let idx = self.name_index(&attr);
                self.emit(Instr::StoreAttr(idx));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, t)?;
            }
            Expr::Starred(s) => {
                return Err(self.error("starred assignment target must be in a list or tuple", s.range()))
            }
            other => {
                let what = expr_description(other);
                return Err(self.error(format!("cannot assign to {}", what), other.range()));
            }
        }
        self.restore_loc(saved);
        Ok(())
    }

    fn unpack_into(&mut self, elts: &'a [Expr], whole: &Expr) -> R {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
            return Err(self.error("multiple starred expressions in assignment", whole.range()));
        }
        match star {
            Some(i) => {
                let before = i as u32;
                let after = (elts.len() - i - 1) as u32;
                self.emit(Instr::UnpackEx(before | (after << 16)));
            }
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> R {
        let saved = self.set_loc(t.range());
        match t {
            Expr::Name(n) => self.delete_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let attr = self.mangle(&a.attr.id).into_owned();
                let idx = self.name_index(&attr);
                self.emit(Instr::DeleteAttr(idx));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.error(format!("cannot delete {}", expr_description(other)), other.range())),
        }
        self.restore_loc(saved);
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> R {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.body(&i.body)?;
        if !i.elif_else_clauses.is_empty() {
            self.emit_jump(Instr::Jump, end);
        }
        for (k, clause) in i.elif_else_clauses.iter().enumerate() {
            self.bind(next);
            next = self.new_label();
            if let Some(test) = &clause.test {
                let saved = self.set_loc(test.range());
                self.jump_if(test, false, next)?;
                self.restore_loc(saved);
            }
            self.body(&clause.body)?;
            if k + 1 < i.elif_else_clauses.len() {
                self.emit_jump(Instr::Jump, end);
            }
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> R {
        let start = self.new_label();
        let end = self.new_label();
        let orelse = self.new_label();
        self.bind(start);
        self.jump_if(&w.test, false, orelse)?;
        self.unit().fblocks.push(FBlock::While { start, end });
        self.body(&w.body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Instr::Jump, start);
        self.bind(orelse);
        self.body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> R {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        let saved = self.set_loc(f.range());
        self.emit_jump(Instr::ForIter, cleanup);
        self.restore_loc(saved);
        self.unit().fblocks.push(FBlock::For { start, end });
        self.store_target(&f.target)?;
        self.body(&f.body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Instr::Jump, start);
        self.bind(cleanup);
        self.body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> R {
        if self.unit_ref().flags & (CO_COROUTINE | CO_ASYNC_GENERATOR) == 0 {
            return Err(self.error("'async for' outside async function", f.range()));
        }
        let start = self.new_label();
        let exhausted = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Instr::GetAIter);
        self.bind(start);
        let saved = self.set_loc(f.iter.range());
        self.emit_jump(Instr::SetupFinally, exhausted);
        self.emit(Instr::GetANext);
        self.load_const(Constant::None);
        self.send_loop();
        self.emit(Instr::PopBlock);
        self.restore_loc(saved);
        self.unit().fblocks.push(FBlock::For { start, end });
        self.store_target(&f.target)?;
        self.body(&f.body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Instr::Jump, start);
        // stack: aiter exc — StopAsyncIteration ends the loop, anything else propagates
        self.bind(exhausted);
        self.emit(Instr::EndAsyncFor);
        self.body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, range: ruff_text_size::TextRange) -> R {
        // Find the innermost loop, unwinding everything inside it.
        let blocks = self.unit_ref().fblocks.clone();
        let mut idx = None;
        for (i, b) in blocks.iter().enumerate().rev() {
            if matches!(b, FBlock::While { .. } | FBlock::For { .. }) {
                idx = Some(i);
                break;
            }
        }
        let Some(i) = idx else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error(msg, range));
        };
        for j in (i + 1..blocks.len()).rev() {
            self.unwind_fblock(&blocks, j, false)?;
        }
        match blocks[i] {
            FBlock::While { start, end } => {
                self.emit_jump(Instr::Jump, if is_break { end } else { start });
            }
            FBlock::For { start, end } => {
                if is_break {
                    self.emit(Instr::Pop);
                    self.emit_jump(Instr::Jump, end);
                } else {
                    self.emit_jump(Instr::Jump, start);
                }
            }
            _ => unreachable!(),
        }
        Ok(())
    }

    /// Emit the cleanup for leaving fblock `j` early. With `preserve_tos` a return value sits on top.
    fn unwind_fblock(&mut self, blocks: &[FBlock<'a>], j: usize, preserve_tos: bool) -> R {
        match &blocks[j] {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
            }
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::FinallyTry { body } => {
                self.emit(Instr::PopBlock);
                // Compile the finally body with only the outer blocks active.
                let saved = std::mem::replace(&mut self.unit().fblocks, blocks[..j].to_vec());
                let r = self.body(body);
                self.unit().fblocks = saved;
                r?;
            }
            FBlock::FinallyEnd => {
                // stack: prev exc [value]
                if preserve_tos {
                    self.emit(Instr::Rot(3));
                }
                self.emit(Instr::PopBlock);
                self.emit(Instr::Pop);
                self.emit(Instr::PopExcept);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            FBlock::With | FBlock::AsyncWith => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Rot(3));
                }
                self.load_const(Constant::None);
                self.emit(Instr::Dup);
                self.emit(Instr::Dup);
                self.emit(Instr::Call(3));
                self.await_if(matches!(blocks[j], FBlock::AsyncWith));
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> R {
        let kind = self.unit_ref().kind;
        if kind == ScopeKind::Module || kind == ScopeKind::Class {
            return Err(self.error("'return' outside function", r.range()));
        }
        if let Some(v) = &r.value {
            if self.unit_ref().flags & CO_ASYNC_GENERATOR != 0 {
                return Err(self.error("'return' with value in async generator", r.range()));
            }
            self.expr(v)?;
        } else {
            self.load_const(Constant::None);
        }
        let blocks = self.unit_ref().fblocks.clone();
        for j in (0..blocks.len()).rev() {
            self.unwind_fblock(&blocks, j, true)?;
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> R {
        if t.is_star {
            return self.try_star_except(t);
        }
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.try_body_then_handler(t, handler, end, cleanup)?;
        for (k, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_loc(h.range());
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    self.emit_jump(Instr::PopJumpIfFalse, next);
                }
                None => {
                    if k + 1 != t.handlers.len() {
                        return Err(self.error("default 'except:' must be last", h.range()));
                    }
                }
            }
            let name = h.name.as_ref().map(|n| n.id.as_str());
            let name_cleanup = self.new_label();
            match name {
                Some(n) => {
                    self.store_name(n);
                    self.emit_jump(Instr::SetupFinally, name_cleanup);
                }
                None => self.emit(Instr::Pop),
            }
            self.unit().fblocks.push(FBlock::HandlerCleanup { name });
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            if name.is_some() {
                self.emit(Instr::PopBlock);
            }
            self.emit(Instr::PopBlock);
            self.emit(Instr::PopExcept);
            if let Some(n) = name {
                self.load_const(Constant::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit_jump(Instr::Jump, end);
            if let Some(n) = name {
                // exception inside a named handler: clear the name, re-raise
                self.bind(name_cleanup);
                self.load_const(Constant::None);
                self.store_name(n);
                self.delete_name(n);
                self.emit(Instr::Reraise);
            }
            self.bind(next);
            self.restore_loc(saved);
        }
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// The part `try/except` and `try/except*` share: the protected body, the `else` block
    /// and the jump past the handlers, then the handler entry (caught exception pushed, its
    /// cleanup block set up).
    fn try_body_then_handler(&mut self, t: &'a ast::StmtTry, handler: Label, end: Label, cleanup: Label) -> R {
        self.emit_jump(Instr::SetupFinally, handler);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.body(&t.orelse)?;
        self.emit_jump(Instr::Jump, end);

        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        self.emit_jump(Instr::SetupCleanup, cleanup);
        Ok(())
    }

    /// `try: ... except* T as e: ...`. Stack in the handler: [prev orig raised rest], where
    /// `raised` collects what handlers raise and `rest` is the part not matched yet.
    fn try_star_except(&mut self, t: &'a ast::StmtTry) -> R {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise = self.new_label();
        self.try_body_then_handler(t, handler, end, cleanup)?;
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Copy(2));
        for h in t.handlers.iter() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_loc(h.range());
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range()));
            };
            if let Some(r) = flow_in_except_star(&h.body, false) {
                return Err(self.error("'break', 'continue' and 'return' cannot appear in an except* block", r));
            }
            let no_match = self.new_label();
            let next = self.new_label();
            let body_exc = self.new_label();
            self.expr(ty)?;
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.emit_jump(Instr::PopJumpIfNone, no_match);
            let name = h.name.as_ref().map(|n| n.id.as_str());
            match name {
                Some(n) => self.store_name(n),
                None => self.emit(Instr::Pop),
            }
            self.emit_jump(Instr::SetupFinally, body_exc);
            self.body(&h.body)?;
            self.emit(Instr::PopBlock);
            if let Some(n) = name {
                self.load_const(Constant::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit_jump(Instr::Jump, next);
            // the handler raised: collect the exception
            self.bind(body_exc);
            if let Some(n) = name {
                self.load_const(Constant::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit(Instr::ListAppend(2));
            self.emit_jump(Instr::Jump, next);
            self.bind(no_match);
            self.emit(Instr::Pop);
            self.bind(next);
            self.restore_loc(saved);
        }
        // [prev orig raised rest]: the unmatched rest is re-raised too
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.emit_jump(Instr::PopJumpIfNotNone, reraise);
        self.emit(Instr::Pop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit_jump(Instr::Jump, end);
        self.bind(reraise);
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> R {
        let exc_path = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally, exc_path);
        self.unit().fblocks.push(FBlock::FinallyTry { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.body(&t.finalbody)?;
        self.emit_jump(Instr::Jump, end);

        self.bind(exc_path);
        self.emit(Instr::PushExcInfo);
        self.emit_jump(Instr::SetupCleanup, cleanup);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.body(&t.finalbody)?;
        self.unit().fblocks.pop();
        // re-raise under the cleanup handler, which restores the previous exception state
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `with` and `async with`: the async form awaits `__aenter__`/`__aexit__` results.
    fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt], is_async: bool) -> R {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let exc_path = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.load_const(Constant::None);
            self.send_loop();
            self.emit_jump(Instr::SetupFinally, exc_path);
        } else {
            self.emit(Instr::BeforeWith);
            // the handler's stack level excludes __enter__'s result, popped just below
            self.emit_jump(Instr::SetupCleanup, exc_path);
        }
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Instr::Pop),
        }
        self.unit()
            .fblocks
            .push(if is_async { FBlock::AsyncWith } else { FBlock::With });
        self.with_stmt(rest, body, is_async)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.load_const(Constant::None);
        self.emit(Instr::Dup);
        self.emit(Instr::Dup);
        self.emit(Instr::Call(3));
        self.await_if(is_async);
        self.emit(Instr::Pop);
        self.emit_jump(Instr::Jump, end);

        // stack: Null exit exc
        self.bind(exc_path);
        self.emit(Instr::PushExcInfo);
        self.emit_jump(Instr::SetupCleanup, cleanup);
        if is_async {
            self.emit(Instr::AsyncWithExceptStart);
            self.await_if(true);
        } else {
            self.emit(Instr::WithExceptStart);
        }
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopBlock);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Pop);
        self.emit_jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// Await the value on top of the stack (in async code).
    fn await_if(&mut self, is_async: bool) {
        if is_async {
            self.emit(Instr::GetAwaitable);
            self.load_const(Constant::None);
            self.send_loop();
        }
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        for d in &f.decorator_list {
            self.emit(Instr::PushNull);
            self.expr(&d.expression)?;
        }
        let first_line = if let Some(d) = f.decorator_list.first() {
            self.line_of(d.range.start())
        } else {
            self.line_of(f.range.start())
        };
        let mut flags = self.defaults_and_annotations(&f.parameters, f.returns.as_deref())?;
        let qualname = self.qualname_for(&f.name.id);
        self.enter_unit(f, &f.name.id, qualname.clone(), first_line);
        self.set_params(&f.parameters);
        if let Some(doc) = docstring(&f.body) {
            self.unit().docstring = Some(Rc::from(doc));
        }
        self.body(&f.body)?;
        self.load_const(Constant::None);
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();
        flags |= self.make_closure(code, qualname)?;
        self.emit(Instr::MakeFunction(flags));
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&f.name.id);
        Ok(())
    }

    /// Emits the default/kwdefault/annotation values; returns MakeFunction flags for them.
    /// With decorators pending, each decorator was pushed as `[Null? ...]`: decorators use the
    /// Call(1) convention, so a Null is pushed before each decorator expression by the caller.
    pub fn defaults_and_annotations(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> Result<u32, CompileError> {
        let mut flags = 0;
        let positional: Vec<&ast::ParameterWithDefault> = p.posonlyargs.iter().chain(p.args.iter()).collect();
        let defaults: Vec<&Expr> = positional.iter().filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.id.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.load_str(n);
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        let mut n_ann = 0;
        let all = p.posonlyargs.iter().chain(p.args.iter()).map(|a| &a.parameter);
        let all: Vec<&ast::Parameter> = all
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref())
            .collect();
        for a in all {
            if let Some(an) = &a.annotation {
                self.load_str(&a.name.id);
                self.annotation(an)?;
                n_ann += 1;
            }
        }
        if let Some(r) = returns {
            self.load_str("return");
            self.annotation(r)?;
            n_ann += 1;
        }
        if n_ann > 0 {
            self.emit(Instr::BuildMap(n_ann));
            flags |= 4;
        }
        Ok(flags)
    }

    pub fn set_params(&mut self, p: &ast::Parameters) {
        let u = self.unit();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= CO_VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= CO_VARKEYWORDS;
        }
    }

    /// Push code + qualname (and the closure tuple if needed); returns the closure flag.
    pub fn make_closure(&mut self, code: CodeObject, qualname: Rc<str>) -> Result<u32, CompileError> {
        let mut flags = 0;
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                let idx = self.cell_index_for_closure(fv);
                self.emit(Instr::LoadClosure(idx));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.load_const(Constant::Code(Rc::new(code)));
        self.load_const(Constant::Str(qualname));
        Ok(flags)
    }

    fn cell_index_for_closure(&self, name: &str) -> u32 {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|c| &**c == name) {
            return i as u32;
        }
        match u.freevars.iter().position(|c| &**c == name) {
            Some(i) => (u.cellvars.len() + i) as u32,
            None => panic!("closure variable {} not found in {}", name, u.qualname),
        }
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> R {
        for d in &c.decorator_list {
            self.emit(Instr::PushNull);
            self.expr(&d.expression)?;
        }
        let first_line = if let Some(d) = c.decorator_list.first() {
            self.line_of(d.range.start())
        } else {
            self.line_of(c.range.start())
        };
        let qualname = self.qualname_for(&c.name.id);
        self.emit(Instr::PushNull);
        self.emit(Instr::LoadBuildClass);
        self.enter_unit(c, &c.name.id, qualname.clone(), first_line);
        let idx = self.name_index("__name__");
        self.emit(Instr::LoadName(idx));
        self.store_name("__module__");
        self.load_str(&qualname);
        self.store_name("__qualname__");
        if let Some(doc) = docstring(&c.body) {
            self.load_str(doc);
            self.store_name("__doc__");
        }
        if has_annotations(&c.body) {
            self.emit(Instr::SetupAnnotations);
        }
        self.body(&c.body)?;
        let scope = self.unit_ref().scope;
        if self.symtable.scopes[scope].needs_class_cell {
            let idx = self.cell_index_for_closure("__class__");
            self.emit(Instr::LoadClosure(idx));
            self.emit(Instr::Dup);
            self.store_name("__classcell__");
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();
        let flags = self.make_closure(code, qualname)?;
        self.emit(Instr::MakeFunction(flags));
        self.load_str(&c.name.id);
        let (args, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_args(2, args, keywords)?;
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&c.name.id);
        Ok(())
    }
}

pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str());
        }
    }
    None
}

pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body)),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

pub(crate) fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

pub(crate) fn expr_description(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => "literal",
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::FString(_) => "f-string expression",
        _ => "expression",
    }
}

#[allow(dead_code)]
fn _unused(_: Label) {}

/// The first `break`/`continue`/`return` that would leave an except* block (SyntaxError).
fn flow_in_except_star(body: &[Stmt], in_loop: bool) -> Option<ruff_text_size::TextRange> {
    for s in body {
        let r = match s {
            Stmt::Return(_) => Some(s.range()),
            Stmt::Break(_) | Stmt::Continue(_) if !in_loop => Some(s.range()),
            Stmt::If(i) => flow_in_except_star(&i.body, in_loop).or_else(|| {
                i.elif_else_clauses
                    .iter()
                    .find_map(|c| flow_in_except_star(&c.body, in_loop))
            }),
            Stmt::For(f) => flow_in_except_star(&f.body, true).or_else(|| flow_in_except_star(&f.orelse, in_loop)),
            Stmt::While(w) => flow_in_except_star(&w.body, true).or_else(|| flow_in_except_star(&w.orelse, in_loop)),
            Stmt::With(w) => flow_in_except_star(&w.body, in_loop),
            Stmt::Try(t) => flow_in_except_star(&t.body, in_loop)
                .or_else(|| {
                    t.handlers.iter().find_map(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        flow_in_except_star(&h.body, in_loop)
                    })
                })
                .or_else(|| flow_in_except_star(&t.orelse, in_loop))
                .or_else(|| flow_in_except_star(&t.finalbody, in_loop)),
            Stmt::Match(m) => m.cases.iter().find_map(|c| flow_in_except_star(&c.body, in_loop)),
            _ => None,
        };
        if r.is_some() {
            return r;
        }
    }
    None
}
