//! Replacement templates of `sub()`, `subn()` and `Match.expand()`.

use crate::parse::{
    err, is_ascii_digit, is_ascii_letter, is_oct_digit, octal, parse_group_number, PErr, Src, MAXGROUPS,
};
use crate::unicode;
use crate::{Error, ErrorKind, Warning, WarningCategory};

/// One piece of a parsed template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplatePiece {
    /// Literal text (code points; byte values for bytes templates).
    Literal(Vec<u32>),
    /// The text of a group (empty when the group did not match).
    Group(usize),
}

/// A parsed replacement template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub pieces: Vec<TemplatePiece>,
    /// DeprecationWarnings CPython issues while parsing the template.
    pub warnings: Vec<Warning>,
}

impl Template {
    /// The replacement text for a match of `subject` (a group that did not take part gives
    /// an empty string, as in CPython 3.5+). Code points, or byte values for bytes.
    pub fn expand<I: crate::Input + ?Sized>(&self, m: &crate::Match, subject: &I) -> Vec<u32> {
        let mut out = Vec::new();
        for piece in &self.pieces {
            match piece {
                TemplatePiece::Literal(text) => out.extend_from_slice(text),
                TemplatePiece::Group(g) => {
                    if let Some((s, e)) = m.span(*g) {
                        out.extend((s..e).map(|i| subject.at(i)));
                    }
                }
            }
        }
        out
    }
}

fn to_error(e: PErr) -> Error {
    match e {
        PErr::Error(e) => e,
        PErr::Verbose => Error {
            kind: ErrorKind::Error,
            msg: "internal error".into(),
            pos: None,
        },
    }
}

pub fn parse_template(
    template: &[u32],
    is_bytes: bool,
    groups: usize,
    names: &[(String, usize)],
) -> Result<Template, Error> {
    match parse(template, groups, names) {
        Ok(mut t) => {
            if is_bytes {
                for w in t.warnings.iter_mut() {
                    w.message = crate::parse::bytes_message(&w.message);
                }
            }
            Ok(t)
        }
        Err(e) => {
            let mut e = to_error(e);
            if is_bytes && e.kind == ErrorKind::Error {
                e.msg = crate::parse::bytes_message(&e.msg);
            }
            Err(e)
        }
    }
}

fn parse(template: &[u32], groups: usize, names: &[(String, usize)]) -> Result<Template, PErr> {
    let mut src = Src::new(template)?;
    let mut pieces = Vec::new();
    let mut literal: Vec<u32> = Vec::new();
    let mut warnings = Vec::new();
    let repr = |n: &[u32]| unicode::py_repr(n);
    let add_group =
        |pieces: &mut Vec<TemplatePiece>, literal: &mut Vec<u32>, index: u64, pos: usize| -> Result<(), PErr> {
            if index > groups as u64 {
                return err(format!("invalid group reference {}", index), pos);
            }
            if !literal.is_empty() {
                pieces.push(TemplatePiece::Literal(std::mem::take(literal)));
            }
            pieces.push(TemplatePiece::Group(index as usize));
            Ok(())
        };
    loop {
        let start = src.tell();
        let this = match src.get()? {
            None => break,
            Some(t) => t,
        };
        if this.len() == 1 {
            literal.push(this[0]);
            continue;
        }
        let c = this[1];
        match char::from_u32(c).unwrap_or('\0') {
            'g' => {
                if !src.eat('<')? {
                    return err("missing <", src.tell());
                }
                let name = src.get_until('>', "group name")?;
                let name_pos = src.tell() - name.len() - 1;
                let index;
                if unicode::is_identifier(&name) {
                    let text = unicode::to_string(&name);
                    index = match names.iter().find(|(n, _)| *n == text) {
                        Some(&(_, g)) => g as u64,
                        None => {
                            return Err(PErr::Error(Error {
                                kind: ErrorKind::Index,
                                msg: format!("unknown group name {}", repr(&name)),
                                pos: None,
                            }))
                        }
                    };
                } else {
                    match parse_group_number(&name) {
                        Err(_) => return err(format!("bad character in group name {}", repr(&name)), name_pos),
                        Ok((value, digits, warn)) => {
                            if warn {
                                warnings.push(Warning {
                                    category: WarningCategory::Deprecation,
                                    message: format!(
                                        "bad character in group name {} at position {}",
                                        repr(&name),
                                        name_pos
                                    ),
                                });
                            }
                            if value >= MAXGROUPS {
                                return err(format!("invalid group reference {}", digits), name_pos);
                            }
                            index = value;
                        }
                    }
                }
                add_group(&mut pieces, &mut literal, index, name_pos)?;
            }
            '0' => {
                let mut more = Vec::new();
                while more.len() < 2 {
                    match src.peek_plain() {
                        Some(d) if is_oct_digit(d) => {
                            more.push(d);
                            src.advance()?;
                        }
                        _ => break,
                    }
                }
                literal.push(octal(c, &more));
            }
            '1'..='9' => {
                let mut digits = vec![c];
                if let Some(d) = src.peek_plain().filter(|&d| is_ascii_digit(d)) {
                    src.advance()?;
                    digits.push(d);
                    if is_oct_digit(c) && is_oct_digit(d) {
                        if let Some(e) = src.peek_plain().filter(|&e| is_oct_digit(e)) {
                            src.advance()?;
                            let v = octal(c, &[d, e]);
                            if v > 0o377 {
                                let text = format!("\\{}", unicode::to_string(&[c, d, e]));
                                return err(format!("octal escape value {} outside of range 0-0o377", text), start);
                            }
                            literal.push(v);
                            continue;
                        }
                    }
                }
                let index = digits.iter().fold(0u64, |v, &d| v * 10 + (d - 0x30) as u64);
                add_group(&mut pieces, &mut literal, index, start + 1)?;
            }
            ch => {
                let v = match ch {
                    'a' => Some(7),
                    'b' => Some(8),
                    'f' => Some(12),
                    'n' => Some(10),
                    'r' => Some(13),
                    't' => Some(9),
                    'v' => Some(11),
                    '\\' => Some(0x5C),
                    _ => None,
                };
                match v {
                    Some(v) => literal.push(v),
                    None => {
                        if is_ascii_letter(c) {
                            return err(format!("bad escape \\{}", ch), start);
                        }
                        literal.push(0x5C);
                        literal.push(c);
                    }
                }
            }
        }
    }
    if !literal.is_empty() {
        pieces.push(TemplatePiece::Literal(literal));
    }
    Ok(Template { pieces, warnings })
}
