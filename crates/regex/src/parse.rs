//! Pattern parser: pattern text to syntax tree, with CPython's error messages and positions.
//!
//! The pattern is read as a sequence of *tokens*: a single character, or a backslash and the
//! character after it. Like CPython, the reader looks one token ahead as soon as it moves, so a
//! lone trailing backslash is reported ("bad escape (end of pattern)") as soon as the token
//! before it is consumed. Error positions are code-point offsets into the pattern.

use crate::charset::Category;
use crate::unicode;
use crate::{Error, ErrorKind, Warning, WarningCategory};
use crate::{ASCII, DEBUG, DOTALL, IGNORECASE, LOCALE, MULTILINE, TEMPLATE, UNICODE, VERBOSE};

/// CPython's `MAXREPEAT` (repeat counts must stay below it).
pub const MAXREPEAT: u64 = 4_294_967_295;
/// CPython's `MAXGROUPS` on 64-bit builds.
pub const MAXGROUPS: u64 = 2_147_483_647;
/// Nesting level (two per parenthesis) past which CPython, called from a module's top level,
/// runs out of recursion (495 nested groups are fine, 496 are not).
const MAX_NESTING: usize = 991;

const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

/// Zero-width assertions written `^ $ \A \Z \b \B`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Beginning,
    End,
    BeginningString,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// One item of a character class before flags are applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Category),
}

#[derive(Debug)]
pub enum Node {
    Empty,
    Lit(u32),
    /// `[^c]`.
    NotLit(u32),
    Any,
    Class(Vec<ClassItem>, bool),
    Cat(Category),
    At(At),
    /// Capturing group.
    Group(usize, Box<Node>),
    /// `(?:...)` or `(?flags-flags:...)`: flags added and removed for the body.
    Flags(u32, u32, Box<Node>),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, u32, RepeatKind),
    /// Lookaround: (behind, negative, body).
    Look(bool, bool, Box<Node>),
    Atomic(Box<Node>),
    Backref(usize),
    /// `(?(group)yes|no)`.
    Cond(usize, Box<Node>, Option<Box<Node>>),
}

/// The result of parsing.
pub struct Parsed {
    pub node: Node,
    /// Number of capturing groups.
    pub groups: usize,
    /// Named groups in definition order.
    pub names: Vec<(String, usize)>,
    /// Final pattern flags (CPython's `Pattern.flags`).
    pub flags: u32,
    pub warnings: Vec<Warning>,
    /// Width (min, max) of every group, indexed by group number (0 unused).
    pub group_widths: Vec<(u64, u64)>,
}

/// Parse errors, plus the internal request to start again in verbose mode.
pub(crate) enum PErr {
    Error(Error),
    Verbose,
}

impl From<Error> for PErr {
    fn from(e: Error) -> PErr {
        PErr::Error(e)
    }
}

pub(crate) type PResult<T> = Result<T, PErr>;

pub(crate) fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(PErr::Error(Error {
        kind: ErrorKind::Error,
        msg: msg.into(),
        pos: Some(pos),
    }))
}

const BACKSLASH: u32 = '\\' as u32;

pub(crate) fn is_ascii_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

pub(crate) fn is_oct_digit(c: u32) -> bool {
    (0x30..=0x37).contains(&c)
}

fn is_hex_digit(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_hexdigit()
}

pub(crate) fn is_ascii_letter(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_alphabetic()
}

fn is_verbose_space(c: u32) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0A | 0x0D | 0x0B | 0x0C)
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

fn is_alpha(c: u32) -> bool {
    // `str.isalpha()` for one character: letters are word characters that are not numeric.
    // Only used to choose between two messages for a bad flag letter.
    if c < 0x80 {
        return is_ascii_letter(c);
    }
    unicode::is_word(c) && !unicode::is_digit(c) && char::from_u32(c).is_some_and(|ch| ch.is_alphabetic())
}

/// What `parse_item` read.
enum Item {
    End,
    Done,
    /// A `(` at this position: the caller parses the group.
    Group(usize),
}

/// A group whose body is parsed by the caller.
enum GroupKind {
    Capture(usize),
    Flags(u32, u32),
    /// (behind, negative, the enclosing lookbehind state to restore, if a lookbehind)
    Look(bool, bool, Option<Option<usize>>),
    Atomic,
}

/// What `group_head` found.
enum Head {
    /// Nothing more to parse (a backreference, comment or global flags).
    Done(Option<Node>),
    /// A conditional on this group.
    Cond(usize),
    /// A body to parse, in verbose mode or not.
    Body(GroupKind, bool),
}

/// The token reader.
pub(crate) struct Src<'a> {
    p: &'a [u32],
    pos: usize,
}

impl<'a> Src<'a> {
    pub(crate) fn new(p: &'a [u32]) -> PResult<Src<'a>> {
        let s = Src { p, pos: 0 };
        s.check()?;
        Ok(s)
    }

    /// The look-ahead check: a backslash must be followed by something.
    fn check(&self) -> PResult<()> {
        if self.pos + 1 == self.p.len() && self.p[self.pos] == BACKSLASH {
            return err("bad escape (end of pattern)", self.pos);
        }
        Ok(())
    }

    pub(crate) fn tell(&self) -> usize {
        self.pos
    }

    fn seek(&mut self, pos: usize) {
        self.pos = pos;
    }

    fn tok_len(&self) -> usize {
        if self.pos < self.p.len() && self.p[self.pos] == BACKSLASH {
            2
        } else {
            1
        }
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.p.len()
    }

    /// The current token, if it is a plain (unescaped) character.
    pub(crate) fn peek_plain(&self) -> Option<u32> {
        match self.p.get(self.pos) {
            Some(&c) if c != BACKSLASH => Some(c),
            _ => None,
        }
    }

    /// The current token as text, if any.
    fn peek_tok(&self) -> Option<&'a [u32]> {
        if self.at_end() {
            None
        } else {
            Some(&self.p[self.pos..self.pos + self.tok_len()])
        }
    }

    pub(crate) fn advance(&mut self) -> PResult<()> {
        self.pos += self.tok_len();
        self.check()
    }

    /// Consume and return the current token.
    pub(crate) fn get(&mut self) -> PResult<Option<&'a [u32]>> {
        let t = self.peek_tok();
        if t.is_some() {
            self.advance()?;
        }
        Ok(t)
    }

    /// Consume the current token if it is the plain character `c`.
    pub(crate) fn eat(&mut self, c: char) -> PResult<bool> {
        if self.peek_plain() == Some(c as u32) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Read up to `n` plain characters satisfying `pred`.
    fn get_while(&mut self, n: usize, pred: fn(u32) -> bool) -> PResult<Vec<u32>> {
        let mut out = Vec::new();
        while out.len() < n {
            match self.peek_plain() {
                Some(c) if pred(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    /// Read tokens up to `terminator`; `what` names the thing read ("group name").
    pub(crate) fn get_until(&mut self, terminator: char, what: &str) -> PResult<Vec<u32>> {
        let mut out: Vec<u32> = Vec::new();
        loop {
            let t = self.get()?;
            match t {
                None => {
                    if out.is_empty() {
                        return err(format!("missing {}", what), self.tell());
                    }
                    return err(
                        format!("missing {}, unterminated name", terminator),
                        self.tell() - out.len(),
                    );
                }
                Some(t) if t.len() == 1 && t[0] == terminator as u32 => {
                    if out.is_empty() {
                        return err(format!("missing {}", what), self.tell() - 1);
                    }
                    return Ok(out);
                }
                Some(t) => out.extend_from_slice(t),
            }
        }
    }
}

/// Parse a decimal integer the way Python's `int()` does (surrounding whitespace, a sign,
/// underscores between digits, any Unicode decimal digits). Returns (negative, digits without
/// leading zeros) or None.
fn py_int(s: &[u32]) -> Option<(bool, String)> {
    let mut a = 0;
    let mut b = s.len();
    while a < b && unicode::is_space(s[a]) {
        a += 1;
    }
    while b > a && unicode::is_space(s[b - 1]) {
        b -= 1;
    }
    let mut t = &s[a..b];
    let mut neg = false;
    if let Some(&c) = t.first() {
        if c == '+' as u32 || c == '-' as u32 {
            neg = c == '-' as u32;
            t = &t[1..];
        }
    }
    if t.is_empty() {
        return None;
    }
    let mut digits = String::new();
    let mut prev_digit = false;
    for (i, &c) in t.iter().enumerate() {
        if c == '_' as u32 {
            if !prev_digit || i + 1 == t.len() {
                return None;
            }
            prev_digit = false;
            continue;
        }
        let d = unicode::decimal_value(c)?;
        prev_digit = true;
        if !(digits.is_empty() && d == 0) {
            digits.push(char::from(b'0' + d as u8));
        }
    }
    if digits.is_empty() {
        digits.push('0');
    }
    Some((neg, digits))
}

/// Numeric value of a digit string, saturating.
fn digits_value(d: &str) -> u64 {
    if d.len() > 19 {
        return u64::MAX;
    }
    d.parse().unwrap_or(u64::MAX)
}

/// Parse a group number written in a conditional or template, CPython style.
/// Ok((number, warn)) or Err(message kind: 0 = bad character, 1 = bad group number)
pub(crate) fn parse_group_number(name: &[u32]) -> Result<(u64, String, bool), bool> {
    match py_int(name) {
        None => Err(false),
        Some((neg, digits)) => {
            if neg && digits != "0" {
                return Err(false);
            }
            let warn = !name.iter().all(|&c| is_ascii_digit(c));
            Ok((digits_value(&digits), digits, warn))
        }
    }
}

struct Parser<'a> {
    src: Src<'a>,
    is_bytes: bool,
    /// Global flags (`state.flags`).
    flags: u32,
    /// Next group number.
    groups: usize,
    names: Vec<(Vec<u32>, usize)>,
    /// Width of each closed group; None while the group is open.
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    /// Group numbers used by conditionals, with the position of their first use.
    grouprefpos: Vec<(u64, usize)>,
    warnings: Vec<Warning>,
    lookup: Option<&'a dyn Fn(&str) -> Option<u32>>,
}

impl<'a> Parser<'a> {
    fn name_repr(&self, name: &[u32]) -> String {
        if self.is_bytes {
            unicode::py_ascii(name)
        } else {
            unicode::py_repr(name)
        }
    }

    fn warn(&mut self, category: WarningCategory, msg: String) {
        self.warnings.push(Warning { category, message: msg });
    }

    fn warn_bad_name(&mut self, name: &[u32], pos: usize) {
        let msg = format!(
            "bad character in group name {} at position {}",
            self.name_repr(name),
            pos
        );
        self.warn(WarningCategory::Deprecation, msg);
    }

    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups && self.widths[gid].is_some()
    }

    fn check_lookbehind_group(&self, gid: usize) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return err("cannot refer to an open group", self.src.tell());
            }
            if gid >= lb {
                return err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    self.src.tell(),
                );
            }
        }
        Ok(())
    }

    fn find_name(&self, name: &[u32]) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    /// Alternation: `branch | branch | ...`.
    fn parse_sub(&mut self, verbose: bool, nested: usize) -> PResult<Node> {
        let mut branches = Vec::new();
        loop {
            let first = nested == 0 && branches.is_empty();
            branches.push(self.parse_seq(verbose, nested + 1, first)?);
            if !self.src.eat('|')? {
                break;
            }
        }
        if branches.len() == 1 {
            return Ok(branches.pop().unwrap());
        }
        Ok(simplify_alternation(branches))
    }

    /// A sequence of items, up to `|`, `)` or the end. (This function and `parse_group` are
    /// the recursive path of the parser; the work that does not recurse lives in separate
    /// functions, so that each nesting level costs little stack.)
    fn parse_seq(&mut self, verbose: bool, nested: usize, first: bool) -> PResult<Node> {
        if nested > MAX_NESTING {
            return Err(PErr::Error(Error {
                kind: ErrorKind::Recursion,
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
            }));
        }
        let mut items: Vec<Node> = Vec::new();
        loop {
            match self.parse_item(verbose, &mut items)? {
                Item::End => break,
                Item::Done => {}
                Item::Group(here) => {
                    let first_here = first && items.is_empty();
                    if let Some(node) = self.parse_group(here, verbose, nested, first_here)? {
                        items.push(node);
                    }
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap(),
            _ => Node::Seq(items),
        })
    }

    /// Read one item of a sequence into `items`, except groups, which are left to the caller.
    #[inline(never)]
    fn parse_item(&mut self, verbose: bool, items: &mut Vec<Node>) -> PResult<Item> {
        let tok = match self.src.peek_tok() {
            None => return Ok(Item::End),
            Some(t) => t,
        };
        if tok.len() == 1 && (tok[0] == '|' as u32 || tok[0] == ')' as u32) {
            return Ok(Item::End);
        }
        let here = self.src.tell();
        self.src.advance()?;
        if tok.len() == 2 {
            let node = self.parse_escape(tok, here)?;
            items.push(node);
            return Ok(Item::Done);
        }
        let c = tok[0];
        if verbose {
            if is_verbose_space(c) {
                return Ok(Item::Done);
            }
            if c == '#' as u32 {
                loop {
                    match self.src.get()? {
                        None => break,
                        Some(t) if t.len() == 1 && t[0] == '\n' as u32 => break,
                        _ => {}
                    }
                }
                return Ok(Item::Done);
            }
        }
        match char::from_u32(c).unwrap_or('\0') {
            '[' => {
                let node = self.parse_class(here)?;
                items.push(node);
            }
            '*' | '+' | '?' | '{' => self.parse_repeat(c, here, items)?,
            '.' => items.push(Node::Any),
            '(' => return Ok(Item::Group(here)),
            '^' => items.push(Node::At(At::Beginning)),
            '$' => items.push(Node::At(At::End)),
            _ => items.push(Node::Lit(c)),
        }
        Ok(Item::Done)
    }

    /// A quantifier (`c` at `here`, consumed) applying to the last item.
    fn parse_repeat(&mut self, c: u32, here: usize, items: &mut Vec<Node>) -> PResult<()> {
        let (min, max) = match char::from_u32(c).unwrap_or('\0') {
            '*' => (0, MAXREPEAT),
            '+' => (1, MAXREPEAT),
            '?' => (0, 1),
            _ => {
                if self.src.peek_plain() == Some('}' as u32) {
                    items.push(Node::Lit(c));
                    return Ok(());
                }
                let after = self.src.tell();
                let lo = self.src.get_while(usize::MAX, is_ascii_digit)?;
                let hi = if self.src.eat(',')? {
                    self.src.get_while(usize::MAX, is_ascii_digit)?
                } else {
                    lo.clone()
                };
                if !self.src.eat('}')? {
                    // Not a repeat: a literal `{`.
                    items.push(Node::Lit(c));
                    self.src.seek(after);
                    return Ok(());
                }
                let mut min = 0;
                let mut max = MAXREPEAT;
                if !lo.is_empty() {
                    min = repeat_number(&lo)?;
                }
                if !hi.is_empty() {
                    max = repeat_number(&hi)?;
                    if max < min {
                        return err("min repeat greater than max repeat", after);
                    }
                }
                (min, max)
            }
        };
        match items.last() {
            None | Some(Node::At(_)) => return err("nothing to repeat", here),
            Some(Node::Repeat(..)) => return err("multiple repeat", here),
            _ => {}
        }
        let kind = if self.src.eat('?')? {
            RepeatKind::Lazy
        } else if self.src.eat('+')? {
            RepeatKind::Possessive
        } else {
            RepeatKind::Greedy
        };
        let item = items.pop().unwrap();
        items.push(Node::Repeat(Box::new(item), min as u32, max as u32, kind));
        Ok(())
    }

    /// After `(` at `start`. Returns None for items that add nothing (comments, global flags).
    fn parse_group(&mut self, start: usize, verbose: bool, nested: usize, first: bool) -> PResult<Option<Node>> {
        match self.group_head(start, verbose, first)? {
            Head::Done(node) => Ok(node),
            Head::Cond(gid) => {
                let yes = self.parse_seq(verbose, nested + 1, false)?;
                let no = if self.src.eat('|')? {
                    let no = self.parse_seq(verbose, nested + 1, false)?;
                    if self.src.peek_plain() == Some('|' as u32) {
                        return err("conditional backref with more than two branches", self.src.tell());
                    }
                    Some(Box::new(no))
                } else {
                    None
                };
                self.close_paren(start)?;
                Ok(Some(Node::Cond(gid, Box::new(yes), no)))
            }
            Head::Body(kind, sub_verbose) => {
                let body = self.parse_sub(sub_verbose, nested + 1)?;
                if let GroupKind::Look(true, _, Some(None)) = kind {
                    self.lookbehind_groups = None;
                }
                self.close_paren(start)?;
                Ok(Some(self.finish_group(kind, body)))
            }
        }
    }

    fn close_paren(&mut self, start: usize) -> PResult<()> {
        if !self.src.eat(')')? {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(())
    }

    #[inline(never)]
    fn finish_group(&mut self, kind: GroupKind, body: Node) -> Node {
        match kind {
            GroupKind::Capture(gid) => {
                let w = width(&body, &self.widths);
                self.widths[gid] = Some(w);
                Node::Group(gid, Box::new(body))
            }
            GroupKind::Flags(add, del) => Node::Flags(add, del, Box::new(body)),
            GroupKind::Look(behind, neg, _) => Node::Look(behind, neg, Box::new(body)),
            GroupKind::Atomic => Node::Atomic(Box::new(body)),
        }
    }

    /// Everything in a group before its body.
    #[inline(never)]
    fn group_head(&mut self, start: usize, verbose: bool, first: bool) -> PResult<Head> {
        let mut name: Option<Vec<u32>> = None;
        if self.src.eat('?')? {
            let ch = match self.src.get()? {
                None => return err("unexpected end of pattern", self.src.tell()),
                Some(t) => t,
            };
            let c = if ch.len() == 1 { ch[0] } else { BACKSLASH };
            let is = |x: char| ch.len() == 1 && c == x as u32;
            if is('P') {
                if self.src.eat('<')? {
                    let n = self.src.get_until('>', "group name")?;
                    if !unicode::is_identifier(&n) {
                        return err(
                            format!("bad character in group name {}", self.name_repr(&n)),
                            self.src.tell() - n.len() - 1,
                        );
                    }
                    if self.is_bytes && !n.iter().all(|&c| c < 0x80) {
                        let pos = self.src.tell() - n.len() - 1;
                        self.warn_bad_name(&n, pos);
                    }
                    name = Some(n);
                } else if self.src.eat('=')? {
                    let n = self.src.get_until(')', "group name")?;
                    let name_pos = self.src.tell() - n.len() - 1;
                    if !unicode::is_identifier(&n) {
                        return err(format!("bad character in group name {}", self.name_repr(&n)), name_pos);
                    }
                    let gid = match self.find_name(&n) {
                        None => return err(format!("unknown group name {}", self.name_repr(&n)), name_pos),
                        Some(g) => g,
                    };
                    if !self.check_group(gid) {
                        return err("cannot refer to an open group", name_pos);
                    }
                    self.check_lookbehind_group(gid)?;
                    return Ok(Head::Done(Some(Node::Backref(gid))));
                } else {
                    return match self.src.get()? {
                        None => err("unexpected end of pattern", self.src.tell()),
                        Some(t) => {
                            let msg = format!("unknown extension ?P{}", unicode::to_string(t));
                            err(msg, self.src.tell() - t.len() - 2)
                        }
                    };
                }
            } else if is(':') {
                return Ok(Head::Body(GroupKind::Flags(0, 0), verbose));
            } else if is('#') {
                loop {
                    if self.src.at_end() {
                        return err("missing ), unterminated comment", start);
                    }
                    let t = self.src.get()?.unwrap();
                    if t.len() == 1 && t[0] == ')' as u32 {
                        break;
                    }
                }
                return Ok(Head::Done(None));
            } else if is('=') || is('!') || is('<') {
                let mut behind = false;
                let mut neg = is('!');
                let mut saved_lb = None;
                if is('<') {
                    let t = match self.src.get()? {
                        None => return err("unexpected end of pattern", self.src.tell()),
                        Some(t) => t,
                    };
                    if !(t.len() == 1 && (t[0] == '=' as u32 || t[0] == '!' as u32)) {
                        let msg = format!("unknown extension ?<{}", unicode::to_string(t));
                        return err(msg, self.src.tell() - t.len() - 2);
                    }
                    neg = t[0] == '!' as u32;
                    behind = true;
                    saved_lb = Some(self.lookbehind_groups);
                    if self.lookbehind_groups.is_none() {
                        self.lookbehind_groups = Some(self.groups);
                    }
                }
                return Ok(Head::Body(GroupKind::Look(behind, neg, saved_lb), verbose));
            } else if is('(') {
                return Ok(Head::Cond(self.cond_group()?));
            } else if is('>') {
                return Ok(Head::Body(GroupKind::Atomic, verbose));
            } else if ch.len() == 1 && (flag_of(c).is_some() || c == '-' as u32) {
                return match self.parse_flags(c)? {
                    None => {
                        if !first {
                            return err("global flags not at the start of the expression", start);
                        }
                        if self.flags & VERBOSE != 0 && !verbose {
                            return Err(PErr::Verbose);
                        }
                        Ok(Head::Done(None))
                    }
                    Some((add, del)) => {
                        let sub_verbose = (verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
                        Ok(Head::Body(GroupKind::Flags(add, del), sub_verbose))
                    }
                };
            } else {
                let msg = format!("unknown extension ?{}", unicode::to_string(ch));
                return err(msg, start + 1);
            }
        }
        // A capturing group.
        let gid = self.groups;
        if gid as u64 >= MAXGROUPS {
            return err("too many groups", self.src.tell());
        }
        self.groups += 1;
        self.widths.push(None);
        if let Some(n) = &name {
            if let Some(old) = self.find_name(n) {
                let msg = format!(
                    "redefinition of group name {} as group {}; was group {}",
                    self.name_repr(n),
                    gid,
                    old
                );
                return err(msg, self.src.tell() - n.len() - 1);
            }
            self.names.push((n.clone(), gid));
        }
        Ok(Head::Body(GroupKind::Capture(gid), verbose))
    }

    /// The group reference of a conditional, after `(?(`.
    fn cond_group(&mut self) -> PResult<usize> {
        let n = self.src.get_until(')', "group name")?;
        let name_pos = self.src.tell() - n.len() - 1;
        let gid;
        if unicode::is_identifier(&n) {
            gid = match self.find_name(&n) {
                None => return err(format!("unknown group name {}", self.name_repr(&n)), name_pos),
                Some(g) => g as u64,
            };
        } else {
            match parse_group_number(&n) {
                Err(_) => return err(format!("bad character in group name {}", self.name_repr(&n)), name_pos),
                Ok((value, digits, warn)) => {
                    if value == 0 {
                        return err("bad group number", name_pos);
                    }
                    if value >= MAXGROUPS {
                        return err(format!("invalid group reference {}", digits), name_pos);
                    }
                    if !self.grouprefpos.iter().any(|&(g, _)| g == value) {
                        self.grouprefpos.push((value, name_pos));
                    }
                    if warn {
                        self.warn_bad_name(&n, name_pos);
                    }
                    gid = value;
                }
            }
        }
        self.check_lookbehind_group(gid as usize)?;
        Ok(gid as usize)
    }

    /// Flags after `(?`; `c` is the first flag character (or `-`), already consumed.
    /// None for global flags `(?aiLmsux)`, else the (added, removed) flags of a scoped group.
    fn parse_flags(&mut self, mut c: u32) -> PResult<Option<(u32, u32)>> {
        let mut add = 0;
        let mut del = 0;
        if c != '-' as u32 {
            loop {
                let flag = flag_of(c).unwrap();
                if !self.is_bytes {
                    if c == 'L' as u32 {
                        return err(
                            "bad inline flags: cannot use 'L' flag with a str pattern",
                            self.src.tell(),
                        );
                    }
                } else if c == 'u' as u32 {
                    return err(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        self.src.tell(),
                    );
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        self.src.tell(),
                    );
                }
                let t = match self.src.get()? {
                    None => return err("missing -, : or )", self.src.tell()),
                    Some(t) => t,
                };
                if t.len() == 1 && (t[0] == ')' as u32 || t[0] == '-' as u32 || t[0] == ':' as u32) {
                    c = t[0];
                    break;
                }
                if t.len() == 2 || flag_of(t[0]).is_none() {
                    let msg = if t.len() == 1 && is_alpha(t[0]) {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return err(msg, self.src.tell() - t.len());
                }
                c = t[0];
            }
        }
        if c == ')' as u32 {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return err("bad inline flags: cannot turn on global flag", self.src.tell() - 1);
        }
        if c == '-' as u32 {
            let t = match self.src.get()? {
                None => return err("missing flag", self.src.tell()),
                Some(t) => t,
            };
            if t.len() == 2 || flag_of(t[0]).is_none() {
                let msg = if t.len() == 1 && is_alpha(t[0]) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return err(msg, self.src.tell() - t.len());
            }
            c = t[0];
            loop {
                let flag = flag_of(c).unwrap();
                if flag & TYPE_FLAGS != 0 {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.src.tell(),
                    );
                }
                del |= flag;
                let t = match self.src.get()? {
                    None => return err("missing :", self.src.tell()),
                    Some(t) => t,
                };
                if t.len() == 1 && t[0] == ':' as u32 {
                    break;
                }
                if t.len() == 2 || flag_of(t[0]).is_none() {
                    let msg = if t.len() == 1 && is_alpha(t[0]) {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return err(msg, self.src.tell() - t.len());
                }
                c = t[0];
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return err("bad inline flags: cannot turn off global flag", self.src.tell() - 1);
        }
        if add & del != 0 {
            return err("bad inline flags: flag turned on and off", self.src.tell() - 1);
        }
        Ok(Some((add, del)))
    }

    /// `\N{name}` after `\N` (str patterns).
    fn named_char(&mut self, start: usize) -> PResult<u32> {
        if !self.src.eat('{')? {
            return err("missing {", self.src.tell());
        }
        let name = self.src.get_until('}', "character name")?;
        let text = unicode::to_string(&name);
        match self.lookup.and_then(|f| f(&text)) {
            Some(c) => Ok(c),
            None => err(format!("undefined character name {}", unicode::py_repr(&name)), start),
        }
    }

    /// Hex escapes shared by both contexts: `\x`, `\u`, `\U`. `esc` is the escape letter.
    fn hex_escape(&mut self, esc: u32, start: usize) -> PResult<u32> {
        let n = match char::from_u32(esc) {
            Some('x') => 2,
            Some('u') => 4,
            _ => 8,
        };
        let digits = self.src.get_while(n, is_hex_digit)?;
        let text = || {
            let mut s = String::from('\\');
            s.push(char::from_u32(esc).unwrap());
            s.push_str(&unicode::to_string(&digits));
            s
        };
        if digits.len() != n {
            return err(format!("incomplete escape {}", text()), start);
        }
        let v = digits.iter().fold(0u64, |v, &d| {
            v * 16 + char::from_u32(d).unwrap().to_digit(16).unwrap() as u64
        });
        if v > 0x10FFFF {
            return err(format!("bad escape {}", text()), start);
        }
        Ok(v as u32)
    }

    /// An escape outside a class; `tok` is `\` and the next character, already consumed.
    fn parse_escape(&mut self, tok: &[u32], start: usize) -> PResult<Node> {
        let c = tok[1];
        let ch = char::from_u32(c).unwrap_or('\0');
        let node = match ch {
            'A' => Node::At(At::BeginningString),
            'Z' => Node::At(At::EndString),
            'b' => Node::At(At::Boundary),
            'B' => Node::At(At::NonBoundary),
            'd' => Node::Cat(Category::Digit),
            'D' => Node::Cat(Category::NotDigit),
            's' => Node::Cat(Category::Space),
            'S' => Node::Cat(Category::NotSpace),
            'w' => Node::Cat(Category::Word),
            'W' => Node::Cat(Category::NotWord),
            'a' => Node::Lit(7),
            'f' => Node::Lit(12),
            'n' => Node::Lit(10),
            'r' => Node::Lit(13),
            't' => Node::Lit(9),
            'v' => Node::Lit(11),
            '\\' => Node::Lit(BACKSLASH),
            'x' => Node::Lit(self.hex_escape(c, start)?),
            'u' | 'U' if !self.is_bytes => Node::Lit(self.hex_escape(c, start)?),
            'N' if !self.is_bytes => Node::Lit(self.named_char(start)?),
            '0' => {
                let more = self.src.get_while(2, is_oct_digit)?;
                Node::Lit(octal(c, &more))
            }
            '1'..='9' => {
                let mut digits = vec![c];
                if let Some(d) = self.src.peek_plain().filter(|&d| is_ascii_digit(d)) {
                    digits.push(d);
                    self.src.advance()?;
                    if is_oct_digit(c) && is_oct_digit(d) {
                        if let Some(e) = self.src.peek_plain().filter(|&e| is_oct_digit(e)) {
                            self.src.advance()?;
                            let v = octal(c, &[d, e]);
                            if v > 0o377 {
                                let text = format!("\\{}", unicode::to_string(&[c, d, e]));
                                return err(format!("octal escape value {} outside of range 0-0o377", text), start);
                            }
                            return Ok(Node::Lit(v));
                        }
                    }
                }
                let group = digits.iter().fold(0usize, |v, &d| v * 10 + (d - 0x30) as usize);
                if group < self.groups {
                    if !self.check_group(group) {
                        return err("cannot refer to an open group", start);
                    }
                    self.check_lookbehind_group(group)?;
                    return Ok(Node::Backref(group));
                }
                return err(format!("invalid group reference {}", group), start + 1);
            }
            _ => {
                if is_ascii_letter(c) {
                    return err(format!("bad escape \\{}", ch), start);
                }
                Node::Lit(c)
            }
        };
        Ok(node)
    }

    /// An escape inside a class. Returns a literal code point or a category.
    fn class_escape(&mut self, tok: &[u32], start: usize) -> PResult<ClassItem> {
        let c = tok[1];
        let ch = char::from_u32(c).unwrap_or('\0');
        let lit = ClassItem::Lit;
        Ok(match ch {
            'a' => lit(7),
            'b' => lit(8),
            'f' => lit(12),
            'n' => lit(10),
            'r' => lit(13),
            't' => lit(9),
            'v' => lit(11),
            '\\' => lit(BACKSLASH),
            'd' => ClassItem::Cat(Category::Digit),
            'D' => ClassItem::Cat(Category::NotDigit),
            's' => ClassItem::Cat(Category::Space),
            'S' => ClassItem::Cat(Category::NotSpace),
            'w' => ClassItem::Cat(Category::Word),
            'W' => ClassItem::Cat(Category::NotWord),
            'x' => lit(self.hex_escape(c, start)?),
            'u' | 'U' if !self.is_bytes => lit(self.hex_escape(c, start)?),
            'N' if !self.is_bytes => lit(self.named_char(start)?),
            '0'..='7' => {
                let more = self.src.get_while(2, is_oct_digit)?;
                let v = octal(c, &more);
                if v > 0o377 {
                    let mut digits = vec![c];
                    digits.extend_from_slice(&more);
                    let text = format!("\\{}", unicode::to_string(&digits));
                    return err(format!("octal escape value {} outside of range 0-0o377", text), start);
                }
                lit(v)
            }
            '8' | '9' => return err(format!("bad escape \\{}", ch), start),
            _ => {
                if is_ascii_letter(c) {
                    return err(format!("bad escape \\{}", ch), start);
                }
                lit(c)
            }
        })
    }

    /// A class after `[` at `start`.
    fn parse_class(&mut self, start: usize) -> PResult<Node> {
        if self.src.peek_plain() == Some('[' as u32) {
            let msg = format!("Possible nested set at position {}", self.src.tell());
            self.warn(WarningCategory::Future, msg);
        }
        let negate = self.src.eat('^')?;
        let mut items: Vec<ClassItem> = Vec::new();
        loop {
            let this_pos = self.src.tell();
            let this = match self.src.get()? {
                None => return err("unterminated character set", start),
                Some(t) => t,
            };
            if this.len() == 1 && this[0] == ']' as u32 && !items.is_empty() {
                break;
            }
            let code1 = if this.len() == 2 {
                self.class_escape(this, this_pos)?
            } else {
                let c = this[0];
                if !items.is_empty() && self.src.peek_plain() == Some(c) {
                    let what = match char::from_u32(c) {
                        Some('-') => Some("difference"),
                        Some('&') => Some("intersection"),
                        Some('~') => Some("symmetric difference"),
                        Some('|') => Some("union"),
                        _ => None,
                    };
                    if let Some(what) = what {
                        let msg = format!("Possible set {} at position {}", what, self.src.tell() - 1);
                        self.warn(WarningCategory::Future, msg);
                    }
                }
                ClassItem::Lit(c)
            };
            if self.src.eat('-')? {
                let that_pos = self.src.tell();
                let that = match self.src.get()? {
                    None => return err("unterminated character set", start),
                    Some(t) => t,
                };
                if that.len() == 1 && that[0] == ']' as u32 {
                    items.push(code1);
                    items.push(ClassItem::Lit('-' as u32));
                    break;
                }
                let code2 = if that.len() == 2 {
                    self.class_escape(that, that_pos)?
                } else {
                    if that[0] == '-' as u32 {
                        let msg = format!("Possible set difference at position {}", self.src.tell() - 2);
                        self.warn(WarningCategory::Future, msg);
                    }
                    ClassItem::Lit(that[0])
                };
                let bad = || {
                    let msg = format!(
                        "bad character range {}-{}",
                        unicode::to_string(this),
                        unicode::to_string(that)
                    );
                    err(msg, self.src.tell() - (this.len() + 1 + that.len()))
                };
                match (code1, code2) {
                    (ClassItem::Lit(lo), ClassItem::Lit(hi)) => {
                        if hi < lo {
                            return bad();
                        }
                        items.push(ClassItem::Range(lo, hi));
                    }
                    _ => return bad(),
                }
            } else {
                items.push(code1);
            }
        }
        // Like CPython, a class of one character is a literal (or a negated literal).
        if items.len() == 1 {
            if let ClassItem::Lit(c) = items[0] {
                return Ok(if negate { Node::NotLit(c) } else { Node::Lit(c) });
            }
        }
        Ok(Node::Class(items, negate))
    }
}

/// The items of a branch.
fn into_items(node: Node) -> Vec<Node> {
    match node {
        Node::Empty => Vec::new(),
        Node::Seq(items) => items,
        other => vec![other],
    }
}

fn from_items(mut items: Vec<Node>) -> Node {
    match items.len() {
        0 => Node::Empty,
        1 => items.pop().unwrap(),
        _ => Node::Seq(items),
    }
}

/// Items CPython compares by value (so that they can be factored out of an alternation).
fn same_item(a: &Node, b: &Node) -> bool {
    let as_class = |n: &Node| -> Option<(Vec<ClassItem>, bool)> {
        match n {
            Node::Class(items, neg) => Some((items.clone(), *neg)),
            Node::Cat(c) => Some((vec![ClassItem::Cat(*c)], false)),
            _ => None,
        }
    };
    match (a, b) {
        (Node::Lit(x), Node::Lit(y)) | (Node::NotLit(x), Node::NotLit(y)) => x == y,
        (Node::Any, Node::Any) => true,
        (Node::At(x), Node::At(y)) => x == y,
        (Node::Backref(x), Node::Backref(y)) => x == y,
        _ => match (as_class(a), as_class(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

/// CPython's rewriting of an alternation: items common to the start of every branch move out
/// in front of it, and an alternation of single characters becomes a class.
fn simplify_alternation(branches: Vec<Node>) -> Node {
    let mut branches: Vec<Vec<Node>> = branches.into_iter().map(into_items).collect();
    let mut prefix = Vec::new();
    loop {
        if branches.iter().any(|b| b.is_empty()) {
            break;
        }
        if !branches[1..].iter().all(|b| same_item(&b[0], &branches[0][0])) {
            break;
        }
        let mut first = None;
        for b in branches.iter_mut() {
            let item = b.remove(0);
            if first.is_none() {
                first = Some(item);
            }
        }
        prefix.push(first.unwrap());
    }
    let mut set = Vec::new();
    let mut all_chars = true;
    for b in &branches {
        if b.len() != 1 {
            all_chars = false;
            break;
        }
        match &b[0] {
            Node::Lit(c) => set.push(ClassItem::Lit(*c)),
            Node::Class(items, false) => set.extend(items.iter().cloned()),
            Node::Cat(c) => set.push(ClassItem::Cat(*c)),
            _ => {
                all_chars = false;
                break;
            }
        }
    }
    if all_chars {
        let mut uniq: Vec<ClassItem> = Vec::new();
        for item in set {
            if !uniq.contains(&item) {
                uniq.push(item);
            }
        }
        prefix.push(Node::Class(uniq, false));
    } else {
        prefix.push(Node::Alt(branches.into_iter().map(from_items).collect()));
    }
    from_items(prefix)
}

pub(crate) fn octal(first: u32, more: &[u32]) -> u32 {
    more.iter().fold(first - 0x30, |v, &d| v * 8 + (d - 0x30))
}

fn repeat_number(digits: &[u32]) -> PResult<u64> {
    let mut v: u64 = 0;
    for &d in digits {
        v = v.saturating_mul(10).saturating_add((d - 0x30) as u64);
    }
    if v >= MAXREPEAT {
        return Err(PErr::Error(Error {
            kind: ErrorKind::Overflow,
            msg: "the repetition number is too large".into(),
            pos: None,
        }));
    }
    Ok(v)
}

fn cap(w: (u64, u64)) -> (u64, u64) {
    (w.0.min(MAXREPEAT - 1), w.1.min(MAXREPEAT))
}

/// (min, max) width of a node, as CPython computes it (capped like CPython does).
pub fn width(node: &Node, groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    let w = match node {
        Node::Empty | Node::At(_) | Node::Look(..) => (0, 0),
        Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::Class(..) | Node::Cat(_) => (1, 1),
        Node::Group(_, n) | Node::Flags(_, _, n) | Node::Atomic(n) => width(n, groups),
        Node::Seq(items) => {
            let mut lo: u64 = 0;
            let mut hi: u64 = 0;
            for item in items {
                let (l, h) = width(item, groups);
                lo = lo.saturating_add(l);
                hi = hi.saturating_add(h);
            }
            (lo, hi)
        }
        Node::Alt(branches) => {
            let mut lo = u64::MAX;
            let mut hi = 0;
            for b in branches {
                let (l, h) = width(b, groups);
                lo = lo.min(l);
                hi = hi.max(h);
            }
            (lo, hi)
        }
        Node::Repeat(n, min, max, _) => {
            let (l, h) = width(n, groups);
            (l.saturating_mul(*min as u64), h.saturating_mul(*max as u64))
        }
        Node::Backref(g) => groups.get(*g).copied().flatten().unwrap_or((0, 0)),
        Node::Cond(_, yes, no) => {
            let (l, h) = width(yes, groups);
            match no {
                Some(no) => {
                    let (l2, h2) = width(no, groups);
                    (l.min(l2), h.max(h2))
                }
                None => (0, h),
            }
        }
    };
    cap(w)
}

/// Apply CPython's checks on the final flags (these raise ValueError).
fn fix_flags(is_bytes: bool, mut flags: u32) -> Result<u32, Error> {
    let value_error = |msg: &str| Error {
        kind: ErrorKind::Value,
        msg: msg.into(),
        pos: None,
    };
    if !is_bytes {
        if flags & LOCALE != 0 {
            return Err(value_error("cannot use LOCALE flag with a str pattern"));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(value_error("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(value_error("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

/// Parse a whole pattern.
pub fn parse(
    pattern: &[u32],
    is_bytes: bool,
    flags: u32,
    lookup: Option<&dyn Fn(&str) -> Option<u32>>,
) -> Result<Parsed, Error> {
    let mut flags = flags;
    loop {
        match parse_once(pattern, is_bytes, flags, lookup) {
            Ok(mut p) => {
                if is_bytes {
                    for w in p.warnings.iter_mut() {
                        w.message = bytes_message(&w.message);
                    }
                }
                return Ok(p);
            }
            Err(PErr::Error(mut e)) => {
                if is_bytes {
                    e.msg = bytes_message(&e.msg);
                }
                return Err(e);
            }
            Err(PErr::Verbose) => flags |= VERBOSE,
        }
    }
}

/// Messages about bytes patterns show the bytes 0x80-0xFF as `\xNN`.
pub(crate) fn bytes_message(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    for ch in msg.chars() {
        let c = ch as u32;
        if (0x80..0x100).contains(&c) {
            out.push_str(&format!("\\x{:02x}", c));
        } else {
            out.push(ch);
        }
    }
    out
}

fn parse_once(
    pattern: &[u32],
    is_bytes: bool,
    flags: u32,
    lookup: Option<&dyn Fn(&str) -> Option<u32>>,
) -> PResult<Parsed> {
    let mut p = Parser {
        src: Src::new(pattern)?,
        is_bytes,
        flags,
        groups: 1,
        names: Vec::new(),
        widths: vec![Some((0, 0))],
        lookbehind_groups: None,
        grouprefpos: Vec::new(),
        warnings: Vec::new(),
        lookup,
    };
    let node = p.parse_sub(flags & VERBOSE != 0, 0)?;
    let flags = fix_flags(is_bytes, p.flags)?;
    if !p.src.at_end() {
        return err("unbalanced parenthesis", p.src.tell());
    }
    for &(g, pos) in &p.grouprefpos {
        if g >= p.groups as u64 {
            return err(format!("invalid group reference {}", g), pos);
        }
    }
    let names = p.names.iter().map(|(n, g)| (unicode::to_string(n), *g)).collect();
    let group_widths = p.widths.iter().map(|w| w.unwrap_or((0, 0))).collect();
    Ok(Parsed {
        node,
        groups: p.groups - 1,
        names,
        flags,
        warnings: p.warnings,
        group_widths,
    })
}
