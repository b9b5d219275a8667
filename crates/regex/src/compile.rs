//! Syntax tree to program for the backtracking machine in `exec.rs`.

use crate::charset::{equivalents, Case, Category, CharSet, FirstSet};
use crate::parse::{width, At, ClassItem, Node, RepeatKind, MAXREPEAT};
use crate::{Error, ErrorKind, ASCII, DOTALL, IGNORECASE, LOCALE, MULTILINE, TEMPLATE, UNICODE};

/// "No upper bound" for repeat counts.
pub const INF: u32 = MAXREPEAT as u32;

/// A test of one character.
#[derive(Clone, Copy, Debug)]
pub enum Test {
    Char(u32),
    /// One of up to four characters (IGNORECASE literals).
    Chars([u32; 4], u8),
    /// Anything but `\n`.
    Any,
    AnyAll,
    Set(u32),
    Cat(Category, bool),
}

/// Zero-width assertions after flags are applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assert {
    Beginning,
    BeginningLine,
    End,
    EndLine,
    EndString,
    Boundary(bool),
    NonBoundary(bool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookKind {
    Ahead,
    NegAhead,
    Behind,
    NegBehind,
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    /// The whole pattern matched.
    Match,
    One(Test),
    Assert(Assert),
    /// Continue at the first target; on failure, at the second.
    Split(u32, u32),
    /// Before the last branch of an alternation: inside a repeat, CPython restores the marks
    /// when that branch fails too.
    LastBranch,
    Jmp(u32),
    /// Record the position in a mark (group g >= 1 uses marks 2(g-1) and 2(g-1)+1).
    Save(u32),
    Backref(u32, Case),
    /// Continue if the group has matched, else jump.
    GroupExists(u32, u32),
    /// Start of a general repeat: reset its counters and go to its `Until`.
    RepeatStart {
        id: u32,
        until: u32,
    },
    /// End of a repeat's body (CPython's MAX_UNTIL / MIN_UNTIL); the tail follows.
    Until {
        id: u32,
        min: u32,
        max: u32,
        body: u32,
        greedy: bool,
    },
    /// A repeat of a single-character test (CPython's REPEAT_ONE / MIN_REPEAT_ONE); the tail follows.
    /// `next` is a character the tail must start with, if known.
    CharLoop {
        test: Test,
        min: u32,
        max: u32,
        kind: RepeatKind,
        next: Option<u32>,
    },
    /// Lookaround: `end` is the instruction after the matching `LookEnd`.
    LookStart {
        kind: LookKind,
        width: u64,
        end: u32,
    },
    LookEnd(LookKind),
    AtomicStart,
    AtomicEnd,
    /// Possessive repeat of a general body: counter reset, then `PossCheck`.
    PossStart {
        id: u32,
    },
    PossCheck {
        id: u32,
        min: u32,
        max: u32,
        exit: u32,
    },
    PossEnd {
        id: u32,
        check: u32,
    },
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    /// Number of repeat counters (two registers each).
    pub loops: usize,
    /// Number of capturing groups.
    pub groups: usize,
    /// The match can only start at position 0 of the subject.
    pub anchored: bool,
    /// Characters every match starts with (None when unknown or the pattern can match empty).
    pub first: Option<FirstSet>,
    /// Literal text every match starts with.
    pub prefix: Vec<u32>,
    /// Shortest possible match.
    pub min_width: u64,
}

struct Compiler<'a> {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    loops: u32,
    is_bytes: bool,
    group_widths: &'a [Option<(u64, u64)>],
}

fn combine(flags: u32, add: u32, del: u32) -> u32 {
    let mut f = flags;
    if add & (ASCII | LOCALE | UNICODE) != 0 {
        f &= !(ASCII | LOCALE | UNICODE);
    }
    (f | add) & !del
}

impl<'a> Compiler<'a> {
    fn case(&self, flags: u32) -> Case {
        if flags & IGNORECASE == 0 {
            Case::Sensitive
        } else if self.is_bytes || flags & (ASCII | LOCALE) != 0 {
            Case::Ascii
        } else {
            Case::Unicode
        }
    }

    fn unicode(&self, flags: u32) -> bool {
        !self.is_bytes && flags & (ASCII | LOCALE) == 0
    }

    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn push(&mut self, inst: Inst) -> u32 {
        self.insts.push(inst);
        self.pc() - 1
    }

    fn lit_test(&self, c: u32, flags: u32) -> Test {
        let mut eq = Vec::new();
        equivalents(c, self.case(flags), &mut eq);
        if eq.len() == 1 {
            Test::Char(c)
        } else {
            let mut arr = [c; 4];
            for (i, &e) in eq.iter().take(4).enumerate() {
                arr[i] = e;
            }
            Test::Chars(arr, eq.len().min(4) as u8)
        }
    }

    fn class_test(&mut self, items: &[ClassItem], negate: bool, flags: u32) -> Test {
        // A lone character is a literal.
        if !negate && items.len() == 1 {
            if let ClassItem::Lit(c) = items[0] {
                return self.lit_test(c, flags);
            }
        }
        let mut ranges = Vec::new();
        let mut cats = Vec::new();
        let uni = self.unicode(flags);
        for item in items {
            match *item {
                ClassItem::Lit(c) => ranges.push((c, c)),
                ClassItem::Range(lo, hi) => ranges.push((lo, hi)),
                ClassItem::Cat(c) => cats.push((c, uni)),
            }
        }
        let set = CharSet::new(ranges, cats, negate, self.case(flags));
        self.sets.push(set);
        Test::Set(self.sets.len() as u32 - 1)
    }

    /// The single-character test a node amounts to, if it is one (for repeat loops).
    fn single_test(&mut self, node: &Node, flags: u32) -> Option<Test> {
        Some(match node {
            Node::Lit(c) => self.lit_test(*c, flags),
            Node::Any => {
                if flags & DOTALL != 0 {
                    Test::AnyAll
                } else {
                    Test::Any
                }
            }
            Node::Class(items, negate) => self.class_test(items, *negate, flags),
            Node::NotLit(c) => self.class_test(&[ClassItem::Lit(*c)], true, flags),
            Node::Cat(c) => Test::Cat(*c, self.unicode(flags)),
            Node::Flags(add, del, inner) => return self.single_test(inner, combine(flags, *add, *del)),
            _ => return None,
        })
    }

    fn emit(&mut self, node: &Node, flags: u32) -> Result<(), Error> {
        match node {
            Node::Empty => {}
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::Class(..) | Node::Cat(_) => {
                let t = self.single_test(node, flags).unwrap();
                self.push(Inst::One(t));
            }
            Node::At(a) => {
                let ml = flags & MULTILINE != 0;
                let uni = self.unicode(flags);
                let a = match a {
                    At::Beginning if ml => Assert::BeginningLine,
                    At::Beginning | At::BeginningString => Assert::Beginning,
                    At::End if ml => Assert::EndLine,
                    At::End => Assert::End,
                    At::EndString => Assert::EndString,
                    At::Boundary => Assert::Boundary(uni),
                    At::NonBoundary => Assert::NonBoundary(uni),
                };
                self.push(Inst::Assert(a));
            }
            Node::Group(g, inner) => {
                self.push(Inst::Save(2 * (*g as u32 - 1)));
                self.emit(inner, flags)?;
                self.push(Inst::Save(2 * (*g as u32 - 1) + 1));
            }
            Node::Flags(add, del, inner) => self.emit(inner, combine(flags, *add, *del))?,
            Node::Seq(items) => {
                for item in items {
                    self.emit(item, flags)?;
                }
            }
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (i, b) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split = self.push(Inst::Split(0, 0));
                        self.emit(b, flags)?;
                        jumps.push(self.push(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split as usize] = Inst::Split(split + 1, next);
                    } else {
                        self.push(Inst::LastBranch);
                        self.emit(b, flags)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j as usize] = Inst::Jmp(end);
                }
            }
            Node::Repeat(inner, min, max, kind) => {
                if flags & TEMPLATE != 0 {
                    let op = match kind {
                        RepeatKind::Greedy => "MAX_REPEAT",
                        RepeatKind::Lazy => "MIN_REPEAT",
                        RepeatKind::Possessive => "POSSESSIVE_REPEAT",
                    };
                    return Err(Error {
                        kind: ErrorKind::Error,
                        msg: format!("internal: unsupported template operator {}", op),
                        pos: None,
                    });
                }
                let (min, max, kind) = (*min, *max, *kind);
                if let Some(test) = self.single_test(inner, flags) {
                    self.push(Inst::CharLoop {
                        test,
                        min,
                        max,
                        kind,
                        next: None,
                    });
                    return Ok(());
                }
                let id = self.loops;
                self.loops += 1;
                match kind {
                    RepeatKind::Possessive => {
                        self.push(Inst::PossStart { id });
                        let check = self.push(Inst::PossCheck { id, min, max, exit: 0 });
                        self.emit(inner, flags)?;
                        self.push(Inst::PossEnd { id, check });
                        let exit = self.pc();
                        self.insts[check as usize] = Inst::PossCheck { id, min, max, exit };
                    }
                    _ => {
                        let start = self.push(Inst::RepeatStart { id, until: 0 });
                        let body = self.pc();
                        self.emit(inner, flags)?;
                        let until = self.push(Inst::Until {
                            id,
                            min,
                            max,
                            body,
                            greedy: kind == RepeatKind::Greedy,
                        });
                        self.insts[start as usize] = Inst::RepeatStart { id, until };
                    }
                }
            }
            Node::Look(behind, neg, inner) => {
                let mut w = 0;
                if *behind {
                    let (lo, hi) = width(inner, self.group_widths);
                    if lo != hi {
                        return Err(Error {
                            kind: ErrorKind::Error,
                            msg: "look-behind requires fixed-width pattern".into(),
                            pos: None,
                        });
                    }
                    w = lo;
                }
                let kind = match (behind, neg) {
                    (false, false) => LookKind::Ahead,
                    (false, true) => LookKind::NegAhead,
                    (true, false) => LookKind::Behind,
                    (true, true) => LookKind::NegBehind,
                };
                let start = self.push(Inst::LookStart { kind, width: w, end: 0 });
                self.emit(inner, flags)?;
                self.push(Inst::LookEnd(kind));
                let end = self.pc();
                self.insts[start as usize] = Inst::LookStart { kind, width: w, end };
            }
            Node::Atomic(inner) => {
                self.push(Inst::AtomicStart);
                self.emit(inner, flags)?;
                self.push(Inst::AtomicEnd);
            }
            Node::Backref(g) => {
                let case = self.case(flags);
                self.push(Inst::Backref(*g as u32, case));
            }
            Node::Cond(g, yes, no) => {
                let test = self.push(Inst::GroupExists(*g as u32, 0));
                self.emit(yes, flags)?;
                match no {
                    Some(no) => {
                        let jmp = self.push(Inst::Jmp(0));
                        let no_pc = self.pc();
                        self.emit(no, flags)?;
                        let end = self.pc();
                        self.insts[jmp as usize] = Inst::Jmp(end);
                        self.insts[test as usize] = Inst::GroupExists(*g as u32, no_pc);
                    }
                    None => {
                        let end = self.pc();
                        self.insts[test as usize] = Inst::GroupExists(*g as u32, end);
                    }
                }
            }
        }
        Ok(())
    }

    /// First characters of a node: (set, can match empty). None when unknown.
    fn first(&mut self, node: &Node, flags: u32) -> Option<(FirstSet, bool)> {
        match node {
            Node::Empty | Node::At(_) | Node::Look(..) => Some((FirstSet::empty(), true)),
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::Class(..) | Node::Cat(_) => {
                let t = self.single_test(node, flags)?;
                let mut fs = FirstSet::empty();
                match t {
                    Test::Char(c) => fs.add_char(c),
                    Test::Chars(arr, n) => {
                        for &c in &arr[..n as usize] {
                            fs.add_char(c);
                        }
                    }
                    Test::Set(i) => {
                        let set = self.sets[i as usize].clone();
                        fs.add_set(&set);
                    }
                    _ => return None,
                }
                Some((fs, false))
            }
            Node::Group(_, inner) | Node::Atomic(inner) => self.first(inner, flags),
            Node::Flags(add, del, inner) => self.first(inner, combine(flags, *add, *del)),
            Node::Seq(items) => {
                let mut fs = FirstSet::empty();
                for item in items {
                    let (f, nullable) = self.first(item, flags)?;
                    fs.union(&f);
                    if !nullable {
                        return Some((fs, false));
                    }
                }
                Some((fs, true))
            }
            Node::Alt(branches) => {
                let mut fs = FirstSet::empty();
                let mut any_nullable = false;
                for b in branches {
                    let (f, nullable) = self.first(b, flags)?;
                    fs.union(&f);
                    any_nullable |= nullable;
                }
                Some((fs, any_nullable))
            }
            Node::Repeat(inner, min, _, _) => {
                let (f, nullable) = self.first(inner, flags)?;
                Some((f, nullable || *min == 0))
            }
            Node::Backref(_) => None,
            Node::Cond(_, yes, no) => {
                let (mut f, n1) = self.first(yes, flags)?;
                let n2 = match no {
                    Some(no) => {
                        let (f2, n2) = self.first(no, flags)?;
                        f.union(&f2);
                        n2
                    }
                    None => true,
                };
                Some((f, n1 || n2))
            }
        }
    }
}

/// Literal characters every match starts with (case-sensitive literals only).
fn literal_prefix(node: &Node, flags: u32, out: &mut Vec<u32>) -> bool {
    match node {
        Node::Lit(c) if flags & IGNORECASE == 0 => {
            out.push(*c);
            true
        }
        Node::Seq(items) => {
            for item in items {
                if !literal_prefix(item, flags, out) {
                    return false;
                }
            }
            true
        }
        Node::Group(_, inner) => literal_prefix(inner, flags, out),
        Node::Flags(add, del, inner) => literal_prefix(inner, combine(flags, *add, *del), out),
        _ => false,
    }
}

/// Does every match start at position 0?
fn is_anchored(node: &Node, flags: u32) -> bool {
    match node {
        Node::At(At::BeginningString) => true,
        Node::At(At::Beginning) => flags & MULTILINE == 0,
        Node::Seq(items) => items.first().is_some_and(|n| is_anchored(n, flags)),
        Node::Group(_, inner) | Node::Atomic(inner) => is_anchored(inner, flags),
        Node::Flags(add, del, inner) => is_anchored(inner, combine(flags, *add, *del)),
        Node::Alt(branches) => branches.iter().all(|b| is_anchored(b, flags)),
        _ => false,
    }
}

/// Compile a parsed pattern with its final flags.
pub fn compile(
    node: &Node,
    flags: u32,
    is_bytes: bool,
    groups: usize,
    group_widths: &[(u64, u64)],
) -> Result<Program, Error> {
    let widths: Vec<Option<(u64, u64)>> = group_widths.iter().map(|&w| Some(w)).collect();
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        loops: 0,
        is_bytes,
        group_widths: &widths,
    };
    c.emit(node, flags)?;
    c.push(Inst::Match);
    // Tell greedy single-character loops which character their tail starts with.
    for i in 0..c.insts.len() {
        if let Inst::CharLoop {
            test, min, max, kind, ..
        } = c.insts[i]
        {
            if let Some(Inst::One(Test::Char(ch))) = c.insts.get(i + 1) {
                let next = Some(*ch);
                c.insts[i] = Inst::CharLoop {
                    test,
                    min,
                    max,
                    kind,
                    next,
                };
            }
        }
    }
    let first = match c.first(node, flags) {
        Some((mut fs, false)) => {
            fs.finish();
            if fs.is_everything() {
                None
            } else {
                Some(fs)
            }
        }
        _ => None,
    };
    let mut prefix = Vec::new();
    literal_prefix(node, flags, &mut prefix);
    let min_width = width(node, &widths).0;
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        loops: c.loops as usize,
        groups,
        anchored: is_anchored(node, flags),
        first,
        prefix,
        min_width,
    })
}
