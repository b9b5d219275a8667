//! A regular-expression engine with the semantics of CPython 3.11's `re` module (the `sre`
//! engine): the same syntax, the same matching results (spans, group captures, `lastindex`),
//! and the same error messages and positions.
//!
//! ```
//! use pyrite_regex::{Pattern, Regex};
//! let re = Regex::compile(Pattern::Str(r"(?P<word>\w+)@(\d+)"), 0).unwrap();
//! let text: Vec<char> = "mail bob@42 now".chars().collect();
//! let m = re.search(&text[..], 0, text.len()).unwrap();
//! assert_eq!(m.span(0), Some((5, 11)));
//! assert_eq!(m.span(1), Some((5, 8)));
//! assert_eq!(m.lastindex, Some(2));
//! assert_eq!(re.group_index("word"), Some(1));
//! ```
//!
//! Subjects are sequences of code points (`[char]`, `[u32]`) or bytes (`[u8]`); positions are
//! indices into them. A `str` pattern may also be matched against the bytes of an ASCII-only
//! string: positions are the same. Matching uses an explicit backtracking stack, so it never
//! overflows the Rust stack; parsing recurses once per nesting level and gives up (as CPython
//! does, with RecursionError) past 495 nested groups.

mod charset;
mod compile;
mod exec;
mod parse;
mod tables;
mod template;
mod unicode;

pub use exec::{Anchor, Captures as Match};
pub use template::{Template, TemplatePiece};

/// `re.TEMPLATE` (`re.T`): repeats are rejected.
pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
/// `re.DEBUG`: accepted, prints nothing.
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

/// The Python exception an error corresponds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error` (`re.PatternError`).
    Error,
    /// `ValueError` (incompatible flags).
    Value,
    /// `OverflowError` ("the repetition number is too large").
    Overflow,
    /// `RecursionError` (patterns nested too deeply).
    Recursion,
    /// `IndexError` (unknown group name in a template).
    Index,
}

/// A compile (or template) error. For `ErrorKind::Error`, `msg` is `re.error.msg` and `pos`
/// is `re.error.pos` (a code-point index into the pattern); `message()` gives `str(exc)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub msg: String,
    pub pos: Option<usize>,
}

impl Error {
    /// `(lineno, colno)` of the error position, as `re.error` computes them.
    pub fn line_col(&self, pattern: &Pattern) -> Option<(usize, usize)> {
        let pos = self.pos?;
        let text = pattern.to_code_points();
        let before = &text[..pos.min(text.len())];
        let line = before.iter().filter(|&&c| c == 0x0A).count() + 1;
        let col = match before.iter().rposition(|&c| c == 0x0A) {
            Some(i) => pos - i,
            None => pos + 1,
        };
        Some((line, col))
    }

    /// The text of the exception: `msg`, then " at position N" when there is a position, then
    /// " (line L, column C)" when the pattern contains a newline.
    pub fn message(&self, pattern: &Pattern) -> String {
        match self.pos {
            None => self.msg.clone(),
            Some(pos) => {
                let mut s = format!("{} at position {}", self.msg, pos);
                if pattern.to_code_points().contains(&0x0A) {
                    let (l, c) = self.line_col(pattern).unwrap_or((1, 1));
                    s.push_str(&format!(" (line {}, column {})", l, c));
                }
                s
            }
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.pos {
            None => write!(f, "{}", self.msg),
            Some(p) => write!(f, "{} at position {}", self.msg, p),
        }
    }
}

impl std::error::Error for Error {}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningCategory {
    /// `FutureWarning` ("Possible nested set at position 1", ...).
    Future,
    /// `DeprecationWarning` ("bad character in group name ...").
    Deprecation,
}

/// A warning CPython issues while compiling (the message is complete).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub category: WarningCategory,
    pub message: String,
}

/// Pattern (or template) text.
#[derive(Clone, Copy, Debug)]
pub enum Pattern<'a> {
    /// A `str` pattern.
    Str(&'a str),
    /// A `str` pattern as code points (may hold lone surrogates).
    Text(&'a [u32]),
    /// A `bytes` pattern.
    Bytes(&'a [u8]),
}

impl Pattern<'_> {
    fn is_bytes(&self) -> bool {
        matches!(self, Pattern::Bytes(_))
    }

    fn to_code_points(&self) -> Vec<u32> {
        match self {
            Pattern::Str(s) => s.chars().map(|c| c as u32).collect(),
            Pattern::Text(t) => t.to_vec(),
            Pattern::Bytes(b) => b.iter().map(|&c| c as u32).collect(),
        }
    }
}

/// A subject to match: a random-access sequence of code points or bytes.
pub trait Input {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Input for [u8] {
    #[inline]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

impl Input for [u32] {
    #[inline]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
}

impl Input for [char] {
    #[inline]
    fn len(&self) -> usize {
        <[char]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

impl Match {
    /// Span of group `g` (0 is the whole match); None if it did not take part.
    pub fn span(&self, g: usize) -> Option<(usize, usize)> {
        self.spans.get(g).copied().flatten()
    }

    /// `(start, end)` of the whole match.
    pub fn range(&self) -> (usize, usize) {
        self.spans[0].unwrap_or((0, 0))
    }
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Regex {
    prog: compile::Program,
    groups: usize,
    names: Vec<(String, usize)>,
    flags: u32,
    is_bytes: bool,
    warnings: Vec<Warning>,
}

impl Regex {
    /// Compile `pattern` with `flags` (the `re` flag values above). `\N{...}` escapes are
    /// rejected as undefined names; use `compile_with` to resolve them.
    pub fn compile(pattern: Pattern, flags: u32) -> Result<Regex, Error> {
        Self::build(pattern, flags, None)
    }

    /// Like `compile`, with `lookup` resolving `\N{name}` escapes (`unicodedata.lookup`).
    pub fn compile_with(pattern: Pattern, flags: u32, lookup: &dyn Fn(&str) -> Option<u32>) -> Result<Regex, Error> {
        Self::build(pattern, flags, Some(lookup))
    }

    fn build(pattern: Pattern, flags: u32, lookup: Option<&dyn Fn(&str) -> Option<u32>>) -> Result<Regex, Error> {
        let is_bytes = pattern.is_bytes();
        let text = pattern.to_code_points();
        let parsed = parse::parse(&text, is_bytes, flags, lookup)?;
        let prog = compile::compile(
            &parsed.node,
            parsed.flags,
            is_bytes,
            parsed.groups,
            &parsed.group_widths,
        )?;
        Ok(Regex {
            prog,
            groups: parsed.groups,
            names: parsed.names,
            flags: parsed.flags,
            is_bytes,
            warnings: parsed.warnings,
        })
    }

    /// Number of capturing groups (`Pattern.groups`).
    pub fn groups(&self) -> usize {
        self.groups
    }

    /// Named groups in definition order (`Pattern.groupindex`). For bytes patterns the names
    /// are the Latin-1 decoding of the name bytes, as in CPython.
    pub fn group_names(&self) -> &[(String, usize)] {
        &self.names
    }

    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    /// The name of group `g`, if it has one (for `Match.lastgroup`).
    pub fn group_name(&self, g: usize) -> Option<&str> {
        self.names.iter().find(|&&(_, i)| i == g).map(|(n, _)| n.as_str())
    }

    /// `Pattern.flags`: the flags given, plus inline global flags, plus UNICODE for `str`
    /// patterns without ASCII.
    pub fn flags(&self) -> u32 {
        self.flags
    }

    pub fn is_bytes(&self) -> bool {
        self.is_bytes
    }

    /// Warnings to issue, in order (FutureWarning / DeprecationWarning).
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// Find a match. `pos` and `endpos` are clamped to the subject's length; characters at or
    /// after `endpos` are invisible, while lookbehind, `\b` and `^` (which only matches at
    /// index 0, or after a newline with MULTILINE) still see the text before `pos`.
    /// `must_advance` rejects an empty match at `pos` (used to continue after an empty match).
    pub fn exec<I: Input + ?Sized>(
        &self,
        subject: &I,
        pos: usize,
        endpos: usize,
        anchor: Anchor,
        must_advance: bool,
    ) -> Option<Match> {
        let len = subject.len();
        let pos = pos.min(len);
        let end = endpos.min(len);
        exec::exec(&self.prog, subject, pos, end, anchor, must_advance)
    }

    /// `Pattern.search(subject, pos, endpos)`.
    pub fn search<I: Input + ?Sized>(&self, subject: &I, pos: usize, endpos: usize) -> Option<Match> {
        self.exec(subject, pos, endpos, Anchor::Search, false)
    }

    /// `Pattern.match(subject, pos, endpos)`.
    pub fn match_at<I: Input + ?Sized>(&self, subject: &I, pos: usize, endpos: usize) -> Option<Match> {
        self.exec(subject, pos, endpos, Anchor::Start, false)
    }

    /// `Pattern.fullmatch(subject, pos, endpos)`.
    pub fn fullmatch<I: Input + ?Sized>(&self, subject: &I, pos: usize, endpos: usize) -> Option<Match> {
        self.exec(subject, pos, endpos, Anchor::Full, false)
    }

    /// The successive matches `finditer`, `findall`, `sub` and `split` use: each search starts
    /// where the previous match ended, and an empty match is not allowed right where the
    /// previous (empty) match was.
    pub fn find_iter<'r, 's, I: Input + ?Sized>(
        &'r self,
        subject: &'s I,
        pos: usize,
        endpos: usize,
    ) -> FindIter<'r, 's, I> {
        FindIter {
            re: self,
            subject,
            pos: pos.min(subject.len()),
            endpos,
            must_advance: false,
            done: false,
        }
    }

    /// Parse a replacement template for `sub`/`subn`/`Match.expand`. The template must be of
    /// the same kind (str or bytes) as the pattern.
    pub fn parse_template(&self, template: Pattern) -> Result<Template, Error> {
        let text = template.to_code_points();
        template::parse_template(&text, self.is_bytes, self.groups, &self.names)
    }
}

/// Iterator returned by `Regex::find_iter`.
pub struct FindIter<'r, 's, I: Input + ?Sized> {
    re: &'r Regex,
    subject: &'s I,
    pos: usize,
    endpos: usize,
    must_advance: bool,
    done: bool,
}

impl<I: Input + ?Sized> Iterator for FindIter<'_, '_, I> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        if self.done {
            return None;
        }
        match self
            .re
            .exec(self.subject, self.pos, self.endpos, Anchor::Search, self.must_advance)
        {
            None => {
                self.done = true;
                None
            }
            Some(m) => {
                let (s, e) = m.range();
                self.must_advance = s == e;
                self.pos = e;
                Some(m)
            }
        }
    }
}

/// Does `re.escape` escape this character? (`()[]{}?*+-|^$\.&~#` and whitespace
/// ` \t\n\r\v\f`.)
pub fn escape_needed(c: u32) -> bool {
    matches!(
        char::from_u32(c),
        Some(
            '(' | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '?'
                | '*'
                | '+'
                | '-'
                | '|'
                | '^'
                | '$'
                | '\\'
                | '.'
                | '&'
                | '~'
                | '#'
                | ' '
                | '\t'
                | '\n'
                | '\r'
                | '\x0b'
                | '\x0c'
        )
    )
}
