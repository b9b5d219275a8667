//! `match` statement compilation.
//!
//! Each case matches against a copy of the subject. A pattern consumes the value on top of the
//! stack; on failure it jumps to a label that pops whatever the pattern machinery still has on
//! the stack (`fail_pop[n]` pops n items), then tries the next case.

use super::{Compiler, Label};
use crate::bytecode::*;
use crate::CompileError;
use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::Ranged;
use std::rc::Rc;

type R = Result<(), CompileError>;

pub(crate) struct PatternCtx {
    /// Items on the stack that belong to the current case attempt.
    pub on_top: u32,
    pub fail_pop: Vec<Label>,
}

impl<'a> Compiler<'a> {
    fn fail_label(&mut self, pc: &mut PatternCtx, n: u32) -> Label {
        while pc.fail_pop.len() <= n as usize {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n as usize]
    }

    fn emit_fail_pops(&mut self, pc: &PatternCtx) {
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Instr::Pop);
        }
        if let Some(l) = pc.fail_pop.first() {
            self.bind(*l);
        }
    }

    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> R {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let saved = self.set_loc(case.pattern.range());
            let last = i + 1 == n;
            let irrefutable = is_irrefutable(&case.pattern);
            if irrefutable && !last && case.guard.is_none() {
                return Err(self.error(irrefutable_message(&case.pattern), case.pattern.range()));
            }
            let mut pc = PatternCtx {
                on_top: 0,
                fail_pop: Vec::new(),
            };
            self.emit(Instr::Dup);
            pc.on_top = 1;
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                let f = self.fail_label(&mut pc, 0);
                self.jump_if(g, false, f)?;
            }
            self.emit(Instr::Pop); // the subject
            self.restore_loc(saved);
            self.body(&case.body)?;
            self.emit_jump(Instr::Jump, end);
            self.emit_fail_pops(&pc);
        }
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                pc.on_top -= 1;
                let f = self.fail_label(pc, pc.on_top);
                self.emit_jump(Instr::PopJumpIfFalse, f);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.emit(Instr::Is(false));
                pc.on_top -= 1;
                let f = self.fail_label(pc, pc.on_top);
                self.emit_jump(Instr::PopJumpIfFalse, f);
            }
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => {
                    self.emit(Instr::Pop);
                    pc.on_top -= 1;
                }
                (None, Some(n)) => {
                    self.store_name(&n.id);
                    pc.on_top -= 1;
                }
                (Some(sub), name) => {
                    if name.is_some() {
                        self.emit(Instr::Dup);
                        pc.on_top += 1;
                    }
                    self.pattern(sub, pc)?;
                    if let Some(n) = name {
                        self.store_name(&n.id);
                        pc.on_top -= 1;
                    }
                }
            },
            Pattern::MatchStar(_) => return Err(self.error("can't use starred name here", p.range())),
            Pattern::MatchOr(o) => {
                let success = self.new_label();
                for alt in &o.patterns {
                    // Each alternative matches a copy; on failure only that copy's leftovers are popped.
                    let mut sub = PatternCtx {
                        on_top: 0,
                        fail_pop: Vec::new(),
                    };
                    self.emit(Instr::Dup);
                    sub.on_top = 1;
                    self.pattern(alt, &mut sub)?;
                    self.emit_jump(Instr::Jump, success);
                    self.emit_fail_pops(&sub);
                }
                // no alternative matched: the subject is still on top
                pc.on_top -= 1;
                self.emit(Instr::Pop);
                let f = self.fail_label(pc, pc.on_top);
                self.emit_jump(Instr::Jump, f);
                self.bind(success);
                self.emit(Instr::Pop);
            }
            Pattern::MatchSequence(s) => {
                let star = s.patterns.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
                let n = s.patterns.len();
                self.emit(Instr::MatchSequence);
                let f = self.fail_label(pc, pc.on_top);
                self.emit_jump(Instr::PopJumpIfFalse, f);
                self.emit(Instr::GetLen);
                match star {
                    Some(_) => {
                        self.load_const(Constant::Int(n as i64 - 1));
                        self.emit(Instr::Compare(CmpOp::Ge));
                    }
                    None => {
                        self.load_const(Constant::Int(n as i64));
                        self.emit(Instr::Compare(CmpOp::Eq));
                    }
                }
                let f = self.fail_label(pc, pc.on_top);
                self.emit_jump(Instr::PopJumpIfFalse, f);
                match star {
                    Some(i) => {
                        let before = i as u32;
                        let after = (n - i - 1) as u32;
                        self.emit(Instr::UnpackEx(before | (after << 16)));
                    }
                    None => self.emit(Instr::UnpackSequence(n as u32)),
                }
                pc.on_top = pc.on_top - 1 + n as u32;
                for sub in &s.patterns {
                    match sub {
                        Pattern::MatchStar(st) => {
                            match &st.name {
                                Some(name) => self.store_name(&name.id),
                                None => self.emit(Instr::Pop),
                            }
                            pc.on_top -= 1;
                        }
                        _ => self.pattern(sub, pc)?,
                    }
                }
            }
            Pattern::MatchMapping(m) => {
                self.emit(Instr::MatchMapping);
                let f = self.fail_label(pc, pc.on_top);
                self.emit_jump(Instr::PopJumpIfFalse, f);
                if m.keys.is_empty() && m.rest.is_none() {
                    self.emit(Instr::Pop);
                    pc.on_top -= 1;
                    return Ok(());
                }
                if !m.keys.is_empty() {
                    self.emit(Instr::GetLen);
                    self.load_const(Constant::Int(m.keys.len() as i64));
                    self.emit(Instr::Compare(CmpOp::Ge));
                    let f = self.fail_label(pc, pc.on_top);
                    self.emit_jump(Instr::PopJumpIfFalse, f);
                }
                for k in &m.keys {
                    self.expr(k)?;
                }
                self.emit(Instr::BuildTuple(m.keys.len() as u32));
                self.emit(Instr::MatchKeys);
                pc.on_top += 2; // keys, values
                self.emit(Instr::Dup);
                let f = self.fail_label(pc, pc.on_top);
                self.emit_jump(Instr::PopJumpIfNone, f);
                self.emit(Instr::UnpackSequence(m.keys.len() as u32));
                pc.on_top = pc.on_top - 1 + m.keys.len() as u32;
                for sub in &m.patterns {
                    self.pattern(sub, pc)?;
                }
                // stack: subject keys
                match &m.rest {
                    Some(r) => {
                        self.emit(Instr::DictWithoutKeys);
                        self.store_name(&r.id);
                        self.emit(Instr::Pop);
                    }
                    None => {
                        self.emit(Instr::Pop);
                        self.emit(Instr::Pop);
                    }
                }
                pc.on_top -= 2;
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                let names: Vec<Constant> = c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| Constant::Str(Rc::from(k.attr.id.as_str())))
                    .collect();
                let nk = names.len();
                self.load_const(Constant::Tuple(names.into()));
                let npos = c.arguments.patterns.len();
                self.emit(Instr::MatchClass(npos as u32));
                // subject replaced by attrs tuple or None
                self.emit(Instr::Dup);
                let f = self.fail_label(pc, pc.on_top);
                self.emit_jump(Instr::PopJumpIfNone, f);
                let total = npos + nk;
                self.emit(Instr::UnpackSequence(total as u32));
                pc.on_top = pc.on_top - 1 + total as u32;
                for sub in c.arguments.patterns.iter() {
                    self.pattern(sub, pc)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.pattern(&k.pattern, pc)?;
                }
            }
        }
        Ok(())
    }
}

fn is_irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none(),
        Pattern::MatchOr(o) => o.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}

fn irrefutable_message(p: &Pattern) -> String {
    match p {
        Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. }) => {
            format!("name capture '{}' makes remaining patterns unreachable", n.id)
        }
        _ => "wildcard makes remaining patterns unreachable".to_string(),
    }
}
