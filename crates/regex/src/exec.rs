//! The backtracking machine.
//!
//! Matching never recurses: alternatives still to try, and the old values of everything the
//! machine writes (marks, repeat counters), go on one explicit stack. Failing pops that stack
//! back to the most recent alternative.
//!
//! Captures follow CPython's model exactly, quirks included. Each group has two marks; a group
//! is set when both marks are at or below `lastmark`, and raising `lastmark` clears the marks
//! it skips. Every alternative restores `lastmark` and `lastindex`, but the marks themselves
//! are only restored where CPython saves them: for an alternation, a negative lookaround or a
//! single-character repeat that is inside a general repeat (`*`, `+`, `{m,n}` of more than one
//! character; possessive repeats and atomic groups do not count), when an iteration of a
//! greedy general repeat fails, when the tail of a lazy general repeat nested in another
//! repeat fails, and when a possessive iteration past the minimum fails. Mark records that an
//! alternative does not restore are kept on the stack, so that an outer alternative that does
//! restore still can. (These rules were established by differential testing against CPython.)
//! Lookarounds, atomic groups and possessive repeats push a marker; when their body succeeds,
//! the alternatives above the marker are dropped (the undo records stay).

use crate::charset::{word, Case};
use crate::compile::{Assert, Inst, LookKind, Program, Test, INF};
use crate::parse::RepeatKind;
use crate::unicode;
use crate::Input;

const NONE: usize = usize::MAX;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Try every start position (`search`).
    Search,
    /// Only at the start position (`match`).
    Start,
    /// At the start position, and the match must reach the end (`fullmatch`).
    Full,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkKind {
    Ahead,
    NegAhead,
    Behind,
    NegBehind,
    Atomic,
    Poss,
}

/// CPython's `lastmark` and `lastindex`, saved by every alternative.
#[derive(Clone, Copy, Debug)]
struct Last {
    mark: i32,
    index: i32,
}

#[derive(Clone, Copy, Debug)]
enum Bt {
    /// Undo a mark write.
    MarkW { idx: u32, old: usize },
    /// Undo a register write.
    Reg { reg: u32, old: usize },
    /// Undo a write of two adjacent registers.
    Reg2 { reg: u32, old: usize, old2: usize },
    /// Another branch of an alternation.
    Branch {
        pc: u32,
        pos: usize,
        last: Last,
        marks: bool,
    },
    /// The tail of a greedy repeat, after another iteration failed.
    UntilTail { pc: u32, pos: usize, last: Last },
    /// Greedy single-character loop: try the tail (at `tail`) one character earlier.
    Greedy {
        tail: u32,
        min_pos: usize,
        pos: usize,
        last: Last,
        marks: bool,
    },
    /// Lazy single-character loop at `pc`: try one more character.
    Lazy {
        pc: u32,
        pos: usize,
        count: u32,
        last: Last,
        marks: bool,
    },
    /// Lazy general repeat whose `Until` is at `pc`: try one more iteration.
    LazyUntil {
        pc: u32,
        pos: usize,
        last: Last,
        marks: bool,
    },
    /// Restore the marks when failing past this point (then keep failing).
    Barrier,
    /// Start of a lookaround, atomic group or possessive iteration.
    Look {
        kind: MarkKind,
        pos: usize,
        pc: u32,
        last: Last,
        marks: bool,
    },
}

impl Bt {
    #[inline]
    fn is_undo(&self) -> bool {
        matches!(self, Bt::MarkW { .. } | Bt::Reg { .. } | Bt::Reg2 { .. })
    }
}

/// A successful match: the span of every group (group 0 first) and `lastindex`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captures {
    pub spans: Vec<Option<(usize, usize)>>,
    pub lastindex: Option<usize>,
    /// A group ended before it started (CPython raises SystemError "The span of capturing
    /// group is wrong, please report a bug for the re module."); that group's span is None.
    pub wrong_span: bool,
}

pub struct Vm<'p, 's, I: Input + ?Sized> {
    prog: &'p Program,
    s: &'s I,
    end: usize,
    marks: Vec<usize>,
    lastmark: i32,
    lastindex: i32,
    /// Repeat registers: count and last position of each general repeat, then the enclosing
    /// repeat of each, then (last) the current repeat (0 = none, else id + 1).
    regs: Vec<usize>,
    rep_reg: u32,
    stack: Vec<Bt>,
    match_start: usize,
    match_end: usize,
    anchor: Anchor,
    /// Reject an empty match at this position (None: no restriction).
    no_empty_at: Option<usize>,
}

impl<'p, 's, I: Input + ?Sized> Vm<'p, 's, I> {
    pub fn new(prog: &'p Program, s: &'s I, end: usize, anchor: Anchor, no_empty_at: Option<usize>) -> Self {
        Vm {
            prog,
            s,
            end,
            marks: vec![NONE; 2 * prog.groups],
            lastmark: -1,
            lastindex: -1,
            regs: vec![NONE; 3 * prog.loops + 1],
            rep_reg: 3 * prog.loops as u32,
            stack: Vec::new(),
            match_start: 0,
            match_end: 0,
            anchor,
            no_empty_at,
        }
    }

    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.s.at(i)
    }

    #[inline]
    fn test(&self, t: &Test, c: u32) -> bool {
        match *t {
            Test::Char(x) => c == x,
            Test::Chars(arr, n) => arr[..n as usize].contains(&c),
            Test::Any => c != 0x0A,
            Test::AnyAll => true,
            Test::Set(i) => self.prog.sets[i as usize].contains(c),
            Test::Cat(cat, uni) => cat.matches(c, uni),
        }
    }

    #[inline]
    fn test_at(&self, t: &Test, pos: usize) -> bool {
        pos < self.end && self.test(t, self.at(pos))
    }

    fn assert(&self, a: Assert, pos: usize) -> bool {
        let nl = 0x0A;
        match a {
            Assert::Beginning => pos == 0,
            Assert::BeginningLine => pos == 0 || self.at(pos - 1) == nl,
            Assert::End => pos == self.end || (pos + 1 == self.end && self.at(pos) == nl),
            Assert::EndLine => pos == self.end || (pos < self.end && self.at(pos) == nl),
            Assert::EndString => pos == self.end,
            Assert::Boundary(uni) | Assert::NonBoundary(uni) => {
                if pos == 0 && self.end == 0 {
                    return false;
                }
                let before = pos > 0 && word(self.at(pos - 1), uni);
                let here = pos < self.end && word(self.at(pos), uni);
                if matches!(a, Assert::Boundary(_)) {
                    before != here
                } else {
                    before == here
                }
            }
        }
    }

    #[inline]
    fn last(&self) -> Last {
        Last {
            mark: self.lastmark,
            index: self.lastindex,
        }
    }

    #[inline]
    fn set_last(&mut self, last: Last) {
        self.lastmark = last.mark;
        self.lastindex = last.index;
    }

    #[inline]
    fn in_repeat(&self) -> bool {
        self.regs[self.rep_reg as usize] != 0 && self.regs[self.rep_reg as usize] != NONE
    }

    #[inline]
    fn write_mark(&mut self, idx: usize, value: usize) {
        let old = self.marks[idx];
        self.stack.push(Bt::MarkW { idx: idx as u32, old });
        self.marks[idx] = value;
    }

    /// CPython's MARK operation.
    fn mark(&mut self, i: u32, pos: usize) {
        if i & 1 == 1 {
            self.lastindex = (i / 2 + 1) as i32;
        }
        let i = i as i32;
        if i > self.lastmark {
            for j in (self.lastmark + 1)..i {
                self.write_mark(j as usize, NONE);
            }
            self.lastmark = i;
        }
        self.write_mark(i as usize, pos);
    }

    /// Set registers `reg` and `reg + 1` (a repeat's count and last position).
    #[inline]
    fn set_reg2(&mut self, reg: u32, value: usize, value2: usize) {
        let r = reg as usize;
        self.stack.push(Bt::Reg2 {
            reg,
            old: self.regs[r],
            old2: self.regs[r + 1],
        });
        self.regs[r] = value;
        self.regs[r + 1] = value2;
    }

    #[inline]
    fn set_reg(&mut self, reg: u32, value: usize) {
        let old = self.regs[reg as usize];
        self.stack.push(Bt::Reg { reg, old });
        self.regs[reg as usize] = value;
    }

    /// Span of group `g` (1-based) as CPython sees it; Err(()) for a wrong span.
    fn group_span(&self, g: u32) -> Result<Option<(usize, usize)>, ()> {
        let m = 2 * (g as i32 - 1);
        if m + 1 > self.lastmark {
            return Ok(None);
        }
        let s = self.marks[m as usize];
        let e = self.marks[m as usize + 1];
        if s == NONE || e == NONE {
            Ok(None)
        } else if e < s {
            Err(())
        } else {
            Ok(Some((s, e)))
        }
    }

    fn backref(&self, g: u32, case: Case, pos: usize) -> Option<usize> {
        let (s, e) = self.group_span(g).ok()??;
        let len = e - s;
        if pos > self.end || self.end - pos < len {
            return None;
        }
        for i in 0..len {
            let a = self.at(s + i);
            let b = self.at(pos + i);
            let same = match case {
                Case::Sensitive => a == b,
                Case::Ascii => unicode::ascii_lower(a) == unicode::ascii_lower(b),
                Case::Unicode => unicode::lower(a) == unicode::lower(b),
            };
            if !same {
                return None;
            }
        }
        Some(pos + len)
    }

    /// Index of the topmost lookaround/atomic/possessive marker.
    fn find_marker(&self) -> Option<usize> {
        self.stack.iter().rposition(|e| matches!(e, Bt::Look { .. }))
    }

    /// Drop the alternatives above the topmost marker and the marker itself, keeping undo
    /// records. Returns the marker's saved position.
    fn cut(&mut self) -> usize {
        let m = match self.find_marker() {
            Some(m) => m,
            None => return 0,
        };
        let pos = match self.stack[m] {
            Bt::Look { pos, .. } => pos,
            _ => 0,
        };
        let mut w = m;
        for r in m + 1..self.stack.len() {
            let e = self.stack[r];
            if e.is_undo() {
                self.stack[w] = e;
                w += 1;
            }
        }
        self.stack.truncate(w);
        pos
    }

    /// Pop everything above stack index `k`: registers are restored; marks are restored if
    /// `restore`, else their records are kept (moved down to `k`) for outer alternatives.
    /// Mark records above `keep_limit` are not worth keeping (those marks are unset).
    fn unwind(&mut self, k: usize, restore: bool, keep_limit: i32) {
        let len = self.stack.len();
        let mut retained = false;
        for i in (k..len).rev() {
            match self.stack[i] {
                Bt::Reg { reg, old } => self.regs[reg as usize] = old,
                Bt::Reg2 { reg, old, old2 } => {
                    self.regs[reg as usize] = old;
                    self.regs[reg as usize + 1] = old2;
                }
                Bt::MarkW { idx, old } => {
                    if restore {
                        self.marks[idx as usize] = old;
                    } else {
                        retained = true;
                    }
                }
                _ => {}
            }
        }
        let mut w = k;
        if retained {
            for i in k..len {
                if let Bt::MarkW { idx, .. } = self.stack[i] {
                    if idx as i32 <= keep_limit {
                        self.stack[w] = self.stack[i];
                        w += 1;
                    }
                }
            }
        }
        self.stack.truncate(w);
    }

    /// Fail: find the next alternative. Returns (pc, pos) to resume at, or None.
    fn backtrack(&mut self) -> Option<(u32, usize)> {
        loop {
            let len = self.stack.len();
            let mut k = len;
            while k > 0 && self.stack[k - 1].is_undo() {
                k -= 1;
            }
            if k == 0 {
                self.unwind(0, true, -1);
                return None;
            }
            let e = self.stack[k - 1];
            let (restore, limit) = match e {
                Bt::Branch { marks, last, .. }
                | Bt::Greedy { marks, last, .. }
                | Bt::Lazy { marks, last, .. }
                | Bt::LazyUntil { marks, last, .. }
                | Bt::Look { marks, last, .. } => (marks, last.mark),
                Bt::UntilTail { last, .. } => (true, last.mark),
                Bt::Barrier => (true, i32::MAX),
                _ => (true, -1),
            };
            // Pop the entry and everything above it (kept records move down over it).
            self.unwind(k - 1, restore, limit);
            match e {
                Bt::Branch { pc, pos, last, .. } => {
                    self.set_last(last);
                    return Some((pc, pos));
                }
                Bt::UntilTail { pc, pos, last } => {
                    // The tail of a repeat runs in the enclosing repeat.
                    self.set_last(last);
                    if let Inst::Until { id, .. } = self.prog.insts[pc as usize] {
                        let prev = self.regs[3 * id as usize + 2];
                        self.set_reg(self.rep_reg, prev);
                    }
                    return Some((pc + 1, pos));
                }
                Bt::Greedy {
                    tail,
                    min_pos,
                    pos,
                    last,
                    marks,
                } => {
                    self.set_last(last);
                    // Try the tail one character earlier (skipping positions where the known
                    // next character cannot follow).
                    let next = match self.prog.insts[tail as usize - 1] {
                        Inst::CharLoop { next, .. } => next,
                        _ => None,
                    };
                    let mut p = pos - 1;
                    if let Some(ch) = next {
                        while p > min_pos && !(p < self.end && self.at(p) == ch) {
                            p -= 1;
                        }
                        if !(p < self.end && self.at(p) == ch) {
                            continue;
                        }
                    }
                    if p > min_pos {
                        self.stack.push(Bt::Greedy {
                            tail,
                            min_pos,
                            pos: p,
                            last,
                            marks,
                        });
                    } else if marks {
                        self.stack.push(Bt::Barrier);
                    }
                    return Some((tail, p));
                }
                Bt::Lazy {
                    pc,
                    pos,
                    count,
                    last,
                    marks,
                } => {
                    self.set_last(last);
                    if let Inst::CharLoop { test, max, next, .. } = self.prog.insts[pc as usize] {
                        if (max == INF || count < max) && self.test_at(&test, pos) {
                            let mut p = pos + 1;
                            let mut n = count + 1;
                            // Skip ahead while the known next character cannot follow.
                            if let Some(ch) = next {
                                while !(p < self.end && self.at(p) == ch)
                                    && (max == INF || n < max)
                                    && self.test_at(&test, p)
                                {
                                    p += 1;
                                    n += 1;
                                }
                            }
                            self.stack.push(Bt::Lazy {
                                pc,
                                pos: p,
                                count: n,
                                last,
                                marks,
                            });
                            return Some((pc + 1, p));
                        }
                    }
                }
                Bt::LazyUntil { pc, pos, last, .. } => {
                    self.set_last(last);
                    if let Inst::Until { id, max, body, .. } = self.prog.insts[pc as usize] {
                        let cnt = 3 * id;
                        let c = self.regs[cnt as usize].wrapping_add(1);
                        if (max != INF && c >= max as usize) || pos == self.regs[cnt as usize + 1] {
                            continue;
                        }
                        self.set_reg2(cnt, c, pos);
                        return Some((body, pos));
                    }
                }
                Bt::Look {
                    kind, pos, pc, last, ..
                } => match kind {
                    MarkKind::NegAhead | MarkKind::NegBehind => {
                        self.set_last(last);
                        return Some((pc, pos));
                    }
                    MarkKind::Poss => {
                        if let Inst::PossCheck { id, min, exit, .. } = self.prog.insts[pc as usize] {
                            if self.regs[3 * id as usize] >= min as usize {
                                self.set_last(last);
                                return Some((exit, pos));
                            }
                        }
                    }
                    _ => {}
                },
                Bt::Barrier | Bt::MarkW { .. } | Bt::Reg { .. } | Bt::Reg2 { .. } => {}
            }
        }
    }

    /// Try to match at `start`. On success `captures()` describes the match.
    pub fn run(&mut self, start: usize) -> bool {
        self.stack.clear();
        // Marks above `lastmark` are never read (raising `lastmark` clears the marks it skips),
        // so they need no reset.
        self.lastmark = -1;
        self.lastindex = -1;
        let rep = self.rep_reg as usize;
        self.regs[rep] = 0;
        let prog: &'p Program = self.prog;
        let insts = &prog.insts;
        let mut pc: u32 = 0;
        let mut pos = start;
        loop {
            match insts[pc as usize] {
                Inst::Match => {
                    let reject = (self.anchor == Anchor::Full && pos != self.end)
                        || (self.no_empty_at == Some(start) && pos == start);
                    if !reject {
                        self.match_start = start;
                        self.match_end = pos;
                        return true;
                    }
                }
                Inst::One(ref t) => {
                    if pos < self.end && self.test(t, self.at(pos)) {
                        pos += 1;
                        pc += 1;
                        continue;
                    }
                }
                Inst::Assert(a) => {
                    if self.assert(a, pos) {
                        pc += 1;
                        continue;
                    }
                }
                Inst::Split(a, b) => {
                    let marks = self.in_repeat();
                    let last = self.last();
                    self.stack.push(Bt::Branch {
                        pc: b,
                        pos,
                        last,
                        marks,
                    });
                    pc = a;
                    continue;
                }
                Inst::LastBranch => {
                    if self.in_repeat() {
                        self.stack.push(Bt::Barrier);
                    }
                    pc += 1;
                    continue;
                }
                Inst::Jmp(t) => {
                    pc = t;
                    continue;
                }
                Inst::Save(i) => {
                    self.mark(i, pos);
                    pc += 1;
                    continue;
                }
                Inst::Backref(g, case) => {
                    if let Some(p) = self.backref(g, case, pos) {
                        pos = p;
                        pc += 1;
                        continue;
                    }
                }
                Inst::GroupExists(g, no) => {
                    pc = if matches!(self.group_span(g), Ok(Some(_))) {
                        pc + 1
                    } else {
                        no
                    };
                    continue;
                }
                Inst::RepeatStart { id, until } => {
                    let base = 3 * id;
                    self.set_reg2(base, NONE, NONE);
                    let cur = self.regs[rep];
                    self.set_reg(base + 2, cur);
                    self.set_reg(rep as u32, id as usize + 1);
                    pc = until;
                    continue;
                }
                Inst::Until {
                    id,
                    min,
                    max,
                    body,
                    greedy,
                } => {
                    let cnt = 3 * id;
                    let c = self.regs[cnt as usize].wrapping_add(1);
                    if c < min as usize {
                        self.set_reg(cnt, c);
                        pc = body;
                        continue;
                    }
                    let prev = self.regs[cnt as usize + 2];
                    if greedy {
                        if (max == INF || c < max as usize) && pos != self.regs[cnt as usize + 1] {
                            // On failure of another iteration, the tail runs in the outer repeat.
                            let last = self.last();
                            self.stack.push(Bt::UntilTail { pc, pos, last });
                            self.set_reg2(cnt, c, pos);
                            pc = body;
                        } else {
                            self.set_reg(rep as u32, prev);
                            pc += 1;
                        }
                    } else {
                        let last = self.last();
                        // When the tail fails, CPython restores the marks if this repeat is
                        // itself inside another repeat.
                        let marks = prev != 0;
                        self.stack.push(Bt::LazyUntil { pc, pos, last, marks });
                        self.set_reg(rep as u32, prev);
                        pc += 1;
                    }
                    continue;
                }
                Inst::CharLoop {
                    ref test,
                    min,
                    max,
                    kind,
                    next,
                } => {
                    // Match the minimum.
                    let mut p = pos;
                    let mut ok = true;
                    for _ in 0..min {
                        if self.test_at(test, p) {
                            p += 1;
                        } else {
                            ok = false;
                            break;
                        }
                    }
                    if ok {
                        let last = self.last();
                        let marks = self.in_repeat();
                        if kind == RepeatKind::Lazy {
                            if max > min {
                                self.stack.push(Bt::Lazy {
                                    pc,
                                    pos: p,
                                    count: min,
                                    last,
                                    marks,
                                });
                            } else if marks {
                                self.stack.push(Bt::Barrier);
                            }
                            pos = p;
                            pc += 1;
                            continue;
                        }
                        let min_pos = p;
                        let limit = if max == INF { usize::MAX } else { (max - min) as usize };
                        let mut n = 0;
                        while n < limit && self.test_at(test, p) {
                            p += 1;
                            n += 1;
                        }
                        if kind == RepeatKind::Possessive || p == min_pos {
                            if kind == RepeatKind::Greedy && marks {
                                self.stack.push(Bt::Barrier);
                            }
                            pos = p;
                            pc += 1;
                            continue;
                        }
                        match next {
                            Some(ch) => {
                                // Back off to a position the tail can start at.
                                let mut q = p;
                                while q > min_pos && !(q < self.end && self.at(q) == ch) {
                                    q -= 1;
                                }
                                if q < self.end && self.at(q) == ch {
                                    if q > min_pos {
                                        self.stack.push(Bt::Greedy {
                                            tail: pc + 1,
                                            min_pos,
                                            pos: q,
                                            last,
                                            marks,
                                        });
                                    } else if marks {
                                        self.stack.push(Bt::Barrier);
                                    }
                                    pos = q;
                                    pc += 1;
                                    continue;
                                }
                            }
                            None => {
                                self.stack.push(Bt::Greedy {
                                    tail: pc + 1,
                                    min_pos,
                                    pos: p,
                                    last,
                                    marks,
                                });
                                pos = p;
                                pc += 1;
                                continue;
                            }
                        }
                    }
                }
                Inst::LookStart { kind, width, end } => {
                    let (mk, behind) = match kind {
                        LookKind::Ahead => (MarkKind::Ahead, false),
                        LookKind::NegAhead => (MarkKind::NegAhead, false),
                        LookKind::Behind => (MarkKind::Behind, true),
                        LookKind::NegBehind => (MarkKind::NegBehind, true),
                    };
                    if behind && (pos as u64) < width {
                        if mk == MarkKind::NegBehind {
                            pc = end;
                            continue;
                        }
                    } else {
                        let last = self.last();
                        let marks = matches!(mk, MarkKind::NegAhead | MarkKind::NegBehind) && self.in_repeat();
                        self.stack.push(Bt::Look {
                            kind: mk,
                            pos,
                            pc: end,
                            last,
                            marks,
                        });
                        if behind {
                            pos -= width as usize;
                        }
                        pc += 1;
                        continue;
                    }
                }
                Inst::LookEnd(kind) => match kind {
                    LookKind::Ahead | LookKind::Behind => {
                        pos = self.cut();
                        pc += 1;
                        continue;
                    }
                    LookKind::NegAhead | LookKind::NegBehind => {
                        // The body matched, so the assertion fails; CPython keeps the marks.
                        if let Some(m) = self.find_marker() {
                            self.unwind(m, false, i32::MAX);
                        }
                    }
                },
                Inst::AtomicStart => {
                    let last = self.last();
                    self.stack.push(Bt::Look {
                        kind: MarkKind::Atomic,
                        pos,
                        pc,
                        last,
                        marks: false,
                    });
                    pc += 1;
                    continue;
                }
                Inst::AtomicEnd => {
                    self.cut();
                    pc += 1;
                    continue;
                }
                Inst::PossStart { id } => {
                    self.set_reg2(3 * id, 0, NONE);
                    pc += 1;
                    continue;
                }
                Inst::PossCheck { id, min, max, exit } => {
                    // CPython: the minimum iterations run unconditionally; after that, another
                    // iteration is tried unless the previous one (after the minimum) was empty.
                    let c = self.regs[3 * id as usize];
                    let last_start = self.regs[3 * id as usize + 1];
                    if (max != INF && c >= max as usize) || (c >= min as usize && pos == last_start) {
                        pc = exit;
                    } else {
                        if c >= min as usize {
                            self.set_reg(3 * id + 1, pos);
                        }
                        let last = self.last();
                        // A failed iteration past the minimum ends the repeat with the marks
                        // restored; failing before the minimum fails the repeat without restoring.
                        let marks = c >= min as usize;
                        self.stack.push(Bt::Look {
                            kind: MarkKind::Poss,
                            pos,
                            pc,
                            last,
                            marks,
                        });
                        pc += 1;
                    }
                    continue;
                }
                Inst::PossEnd { id, check } => {
                    self.cut();
                    let c = self.regs[3 * id as usize] + 1;
                    self.set_reg(3 * id, c);
                    pc = check;
                    continue;
                }
            }
            match self.backtrack() {
                Some((p, q)) => {
                    pc = p;
                    pos = q;
                }
                None => return false,
            }
        }
    }

    pub fn captures(&self) -> Captures {
        let mut spans = Vec::with_capacity(self.prog.groups + 1);
        spans.push(Some((self.match_start, self.match_end)));
        let mut wrong_span = false;
        for g in 1..=self.prog.groups {
            match self.group_span(g as u32) {
                Ok(s) => spans.push(s),
                Err(()) => {
                    wrong_span = true;
                    spans.push(None);
                }
            }
        }
        let lastindex = if self.lastindex < 0 {
            None
        } else {
            Some(self.lastindex as usize)
        };
        Captures {
            spans,
            lastindex,
            wrong_span,
        }
    }
}

/// Run a search or anchored match over `[pos, end)` of `s`.
pub fn exec<I: Input + ?Sized>(
    prog: &Program,
    s: &I,
    pos: usize,
    end: usize,
    anchor: Anchor,
    must_advance: bool,
) -> Option<Captures> {
    let no_empty_at = if must_advance { Some(pos) } else { None };
    let mut vm = Vm::new(prog, s, end, anchor, no_empty_at);
    if anchor != Anchor::Search {
        return if vm.run(pos) { Some(vm.captures()) } else { None };
    }
    if pos > end {
        return None;
    }
    if prog.anchored {
        return if pos == 0 && vm.run(0) {
            Some(vm.captures())
        } else {
            None
        };
    }
    let min_width = prog.min_width.min(usize::MAX as u64) as usize;
    if end - pos < min_width {
        return None;
    }
    let last = end - min_width;
    let mut start = pos;
    while start <= last {
        if let Some(first) = &prog.first {
            while start <= last && !(start < end && first.contains(s.at(start))) {
                start += 1;
            }
            if start > last {
                return None;
            }
            if prog.prefix.len() > 1 {
                let plen = prog.prefix.len();
                if end - start < plen || !(0..plen).all(|i| s.at(start + i) == prog.prefix[i]) {
                    start += 1;
                    continue;
                }
            }
        }
        if vm.run(start) {
            return Some(vm.captures());
        }
        start += 1;
    }
    None
}
