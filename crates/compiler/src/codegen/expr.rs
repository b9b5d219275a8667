//! Expression compilation: operators, calls, displays, comprehensions, f-strings, lambdas.

use super::stmt::binop;
use super::{Compiler, Label};
use crate::bytecode::*;
use crate::CompileError;
use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use std::rc::Rc;

type R = Result<(), CompileError>;

#[derive(Clone, Copy, PartialEq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr) -> R {
        let saved = self.set_loc(e.range());
        let r = self.expr_inner(e);
        self.restore_loc(saved);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match e {
            Expr::NumberLiteral(n) => {
                let c = match &n.value {
                    ast::Number::Int(i) => int_constant(i),
                    ast::Number::Float(f) => Constant::Float(*f),
                    ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
                };
                self.load_const(c);
            }
            Expr::StringLiteral(s) => self.load_str(s.value.to_str()),
            Expr::BytesLiteral(b) => {
                let v: Vec<u8> = b.value.bytes().collect();
                self.load_const(Constant::Bytes(v.into()));
            }
            Expr::BooleanLiteral(b) => self.load_const(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Constant::None),
            Expr::EllipsisLiteral(_) => self.load_const(Constant::Ellipsis),
            Expr::Name(n) => self.load_name(&n.id),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Instr::Binary(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.emit(Instr::Unary(op));
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        match b.op {
                            ast::BoolOp::And => self.emit_jump(Instr::JumpIfFalseOrPop, end),
                            ast::BoolOp::Or => self.emit_jump(Instr::JumpIfTrueOrPop, end),
                        }
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let other = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, other)?;
                self.expr(&i.body)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(other);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Dup);
                match &*n.target {
                    Expr::Name(name) => self.store_name(&name.id),
                    other => {
                        return Err(self.error("cannot use assignment expressions with this target", other.range()))
                    }
                }
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let attr = self.mangle(&a.attr.id).into_owned();
                let idx = self.name_index(&attr);
                self.emit(Instr::LoadAttr(idx));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::Subscr);
            }
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper] {
                    match p {
                        Some(v) => self.expr(v)?,
                        None => self.load_const(Constant::None),
                    }
                }
                match &s.step {
                    Some(v) => {
                        self.expr(v)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
            }
            Expr::Call(c) => {
                if let Expr::Attribute(a) = &*c.func {
                    self.expr(&a.value)?;
                    let saved = self.set_loc(c.func.range());
                    let attr = self.mangle(&a.attr.id).into_owned();
                    let idx = self.name_index(&attr);
                    self.emit(Instr::LoadMethod(idx));
                    self.restore_loc(saved);
                } else {
                    self.emit(Instr::PushNull);
                    self.expr(&c.func)?;
                }
                self.call_args(0, &c.arguments.args, &c.arguments.keywords)?;
            }
            Expr::Tuple(t) => self.sequence_display(&t.elts, 0)?,
            Expr::List(l) => self.sequence_display(&l.elts, 1)?,
            Expr::Set(s) => self.sequence_display(&s.elts, 2)?,
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::ListComp(c) => self.comprehension(c, CompKind::List, "<listcomp>", &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.comprehension(c, CompKind::Set, "<setcomp>", &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => {
                let key = c
                    .key
                    .as_deref()
                    .ok_or_else(|| self.error("dict unpacking cannot be used in dict comprehension", c.range()))?;
                self.comprehension(c, CompKind::Dict, "<dictcomp>", &c.generators, key, Some(&c.value))?
            }
            Expr::Generator(c) => self.comprehension(c, CompKind::Gen, "<genexpr>", &c.generators, &c.elt, None)?,
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(self.error("template strings are not supported", t.range())),
            Expr::Yield(y) => {
                self.check_yield_context(y.range())?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_context(y.range())?;
                if self.unit_ref().flags & CO_ASYNC_GENERATOR != 0 {
                    return Err(self.error("'yield from' inside async function", y.range()));
                }
                self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.send_loop();
            }
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.emit(Instr::GetAwaitable);
                self.load_const(Constant::None);
                self.send_loop();
            }
            Expr::Starred(s) => return Err(self.error("can't use starred expression here", s.range())),
            Expr::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range())),
        }
        Ok(())
    }

    fn check_yield_context(&self, range: ruff_text_size::TextRange) -> R {
        match self.unit_ref().kind {
            crate::symtable::ScopeKind::Function | crate::symtable::ScopeKind::Comprehension => Ok(()),
            _ => Err(self.error("'yield' outside function", range)),
        }
    }

    /// Delegation loop shared by `yield from` and `await`: stack [subiter, value] → [result].
    pub(crate) fn send_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit_jump(Instr::Send, exit);
        self.emit(Instr::YieldValue);
        self.emit_jump(Instr::Jump, start);
        self.bind(exit);
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> R {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit_compare(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            if i + 1 < n {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot(3));
                self.emit_compare(c.ops[i]);
                self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit_compare(c.ops[i]);
            }
        }
        self.emit_jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    fn emit_compare(&mut self, op: ast::CmpOp) {
        let i = match op {
            ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
            ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
            ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
            ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
            ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
            ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
            ast::CmpOp::Is => Instr::Is(false),
            ast::CmpOp::IsNot => Instr::Is(true),
            ast::CmpOp::In => Instr::Contains(false),
            ast::CmpOp::NotIn => Instr::Contains(true),
        };
        self.emit(i);
    }

    /// Evaluate `e` and jump to `target` if its truth equals `cond`.
    pub fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> R {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // and + jump-if-false / or + jump-if-true: any operand decides.
                if is_and != cond {
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        if cond {
            self.emit_jump(Instr::PopJumpIfTrue, target);
        } else {
            self.emit_jump(Instr::PopJumpIfFalse, target);
        }
        Ok(())
    }

    /// Emit the arguments and the call instruction. `pushed` positional args are already on the stack.
    pub fn call_args(&mut self, pushed: u32, args: &'a [Expr], keywords: &'a [ast::Keyword]) -> R {
        let dynamic = args.iter().any(|a| matches!(a, Expr::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        if dynamic && pushed == 0 && args.len() == 1 && matches!(&args[0], Expr::Starred(_)) && keywords.is_empty() {
            // `f(*xs)`: CallEx turns the iterable into the argument tuple itself (and names the
            // function in "argument after * must be an iterable")
            if let Expr::Starred(s) = &args[0] {
                self.expr(&s.value)?;
            }
            self.emit(Instr::CallEx(0));
            return Ok(());
        }
        if dynamic {
            self.emit(Instr::BuildList(pushed));
            for a in args {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
            if keywords.is_empty() {
                self.emit(Instr::CallEx(0));
            } else {
                self.emit(Instr::BuildMap(0));
                // with a `**` argument, named keywords are merged too, so that a duplicate in
                // either order raises "got multiple values for keyword argument"
                let has_double_star = keywords.iter().any(|k| k.arg.is_none());
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            self.load_str(name);
                            self.expr(&k.value)?;
                            if has_double_star {
                                self.emit(Instr::BuildMap(1));
                                self.emit(Instr::DictMerge(1));
                            } else {
                                self.emit(Instr::MapAdd(1));
                            }
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Instr::DictMerge(1));
                        }
                    }
                }
                self.emit(Instr::CallEx(1));
            }
            return Ok(());
        }
        for a in args {
            self.expr(a)?;
        }
        let n = pushed + args.len() as u32 + keywords.len() as u32;
        if keywords.is_empty() {
            self.emit(Instr::Call(n));
        } else {
            let mut names = Vec::new();
            for k in keywords {
                let name = k.arg.as_ref().unwrap();
                if names
                    .iter()
                    .any(|n: &Constant| matches!(n, Constant::Str(s) if &**s == name.as_str()))
                {
                    return Err(self.error(format!("keyword argument repeated: {}", name), k.range()));
                }
                self.expr(&k.value)?;
                names.push(Constant::Str(Rc::from(name.as_str())));
            }
            self.load_const(Constant::Tuple(names.into()));
            self.emit(Instr::CallKw(n));
        }
        Ok(())
    }

    /// kind: 0 tuple, 1 list, 2 set.
    fn sequence_display(&mut self, elts: &'a [Expr], kind: u8) -> R {
        let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !starred {
            // A tuple of constants becomes one constant.
            if kind == 0 && !elts.is_empty() {
                if let Some(c) = self.const_tuple(elts) {
                    self.load_const(c);
                    return Ok(());
                }
            }
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                0 => Instr::BuildTuple(n),
                1 => Instr::BuildList(n),
                _ => Instr::BuildSet(n),
            });
            return Ok(());
        }
        if kind == 2 {
            self.emit(Instr::BuildSet(0));
        } else {
            self.emit(Instr::BuildList(0));
        }
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(if kind == 2 {
                        Instr::SetUpdate(1)
                    } else {
                        Instr::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(e)?;
                    self.emit(if kind == 2 {
                        Instr::SetAdd(1)
                    } else {
                        Instr::ListAppend(1)
                    });
                }
            }
        }
        if kind == 0 {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn const_tuple(&self, elts: &[Expr]) -> Option<Constant> {
        let mut out = Vec::new();
        for e in elts {
            out.push(match e {
                Expr::NumberLiteral(n) => match &n.value {
                    ast::Number::Int(i) => int_constant(i),
                    ast::Number::Float(f) => Constant::Float(*f),
                    ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
                },
                Expr::StringLiteral(s) => Constant::Str(Rc::from(s.value.to_str())),
                Expr::BooleanLiteral(b) => Constant::Bool(b.value),
                Expr::NoneLiteral(_) => Constant::None,
                Expr::Tuple(t) if !t.elts.is_empty() => self.const_tuple(&t.elts)?,
                _ => return None,
            });
        }
        Some(Constant::Tuple(out.into()))
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> R {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for it in &d.items {
                self.expr(it.key.as_ref().unwrap())?;
                self.expr(&it.value)?;
            }
            self.emit(Instr::BuildMap(d.items.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for it in &d.items {
            match &it.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&it.value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(&it.value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn comprehension<T>(
        &mut self,
        node: &'a T,
        kind: CompKind,
        name: &str,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        if let Expr::Starred(st) = elt {
            return Err(self.error("iterable unpacking cannot be used in comprehension", st.range()));
        }
        if generators.iter().any(|g| g.is_async) {
            return Err(self.error("asynchronous comprehensions are not supported yet", elt.range()));
        }
        let qualname = self.qualname_for(name);
        let line = self.unit_ref().loc.line;
        self.emit(Instr::PushNull);
        self.enter_unit(node, name, qualname.clone(), line);
        self.unit().argcount = 1;
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.comp_generator(kind, generators, 0, elt, value)?;
        if kind == CompKind::Gen {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();
        let flags = self.make_closure(code, qualname)?;
        self.emit(Instr::MakeFunction(flags));
        self.expr(&generators[0].iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn comp_generator(
        &mut self,
        kind: CompKind,
        gens: &'a [ast::Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let g = &gens[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        self.bind(start);
        self.emit_jump(Instr::ForIter, end);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(kind, gens, i + 1, elt, value)?;
        } else {
            let depth = i as u32 + 2;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    self.expr(value.unwrap())?;
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
            }
        }
        self.emit_jump(Instr::Jump, start);
        self.bind(end);
        Ok(())
    }

    fn lambda(&mut self, l: &'a ast::ExprLambda) -> R {
        let empty = ast::Parameters::default();
        let params: &ast::Parameters = l.parameters.as_deref().unwrap_or(&empty);
        let mut flags = 0;
        if let Some(p) = l.parameters.as_deref() {
            flags = self.defaults_and_annotations(p, None)?;
        }
        let qualname = self.qualname_for("<lambda>");
        let line = self.unit_ref().loc.line;
        self.enter_unit(l, "<lambda>", qualname.clone(), line);
        self.set_params(params);
        self.expr(&l.body)?;
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit();
        flags |= self.make_closure(code, qualname)?;
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> R {
        let mut pieces = 0u32;
        let mut pending = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => pending.push_str(&s.value),
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        self.fstring_element(el, &mut pending, &mut pieces)?;
                    }
                }
            }
        }
        if !pending.is_empty() || pieces == 0 {
            self.load_str(&pending);
            pieces += 1;
        }
        if pieces != 1 {
            self.emit(Instr::BuildString(pieces));
        }
        Ok(())
    }

    fn fstring_element(&mut self, el: &'a ast::InterpolatedStringElement, pending: &mut String, pieces: &mut u32) -> R {
        match el {
            ast::InterpolatedStringElement::Literal(l) => pending.push_str(&l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(dbg) = &i.debug_text {
                    pending.push_str(dbg.leading());
                    pending.push_str(dbg.expression());
                    pending.push_str(dbg.trailing());
                }
                if !pending.is_empty() {
                    self.load_str(pending);
                    pending.clear();
                    *pieces += 1;
                }
                self.expr(&i.expression)?;
                let mut conv = match i.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                if conv == 0 && i.debug_text.is_some() && i.format_spec.is_none() {
                    conv = 2;
                }
                if let Some(spec) = &i.format_spec {
                    let mut sp = String::new();
                    let mut n = 0;
                    for e in spec.elements.iter() {
                        self.fstring_element(e, &mut sp, &mut n)?;
                    }
                    if !sp.is_empty() || n == 0 {
                        self.load_str(&sp);
                        n += 1;
                    }
                    if n != 1 {
                        self.emit(Instr::BuildString(n));
                    }
                    conv |= 4;
                }
                self.emit(Instr::FormatValue(conv));
                *pieces += 1;
            }
        }
        Ok(())
    }
}

pub(crate) fn int_constant(i: &ast::Int) -> Constant {
    if let Some(v) = i.as_i64() {
        return Constant::Int(v);
    }
    let text = i.to_string().replace('_', "");
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else {
        (lower, 10)
    };
    let b = BigInt::from_str_radix(&digits, radix).unwrap_or_default();
    match i64::try_from(&b) {
        Ok(v) => Constant::Int(v),
        Err(_) => Constant::BigInt(b),
    }
}
