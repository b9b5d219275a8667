//! Character properties the engine needs, for Unicode (`str`) and ASCII/bytes semantics.

use crate::tables;

fn in_ranges(table: &[(u32, u32)], c: u32) -> bool {
    // Binary search for the last range starting at or before `c`.
    let idx = table.partition_point(|&(lo, _)| lo <= c);
    idx > 0 && c <= table[idx - 1].1
}

/// `\w` in a Unicode `str` pattern: `str.isalnum()` or `_`.
pub fn is_word(c: u32) -> bool {
    if c < 0x80 {
        return is_ascii_word(c);
    }
    in_ranges(tables::WORD, c)
}

/// `\d` in a Unicode `str` pattern: `str.isdecimal()`.
pub fn is_digit(c: u32) -> bool {
    if c < 0x80 {
        return (0x30..=0x39).contains(&c);
    }
    in_ranges(tables::DIGIT, c)
}

/// `\s` in a Unicode `str` pattern: `str.isspace()`.
pub fn is_space(c: u32) -> bool {
    if c < 0x80 {
        return matches!(c, 0x09..=0x0D | 0x1C..=0x20);
    }
    tables::SPACE.binary_search(&c).is_ok()
}

pub fn is_ascii_word(c: u32) -> bool {
    c < 0x80 && ((c as u8).is_ascii_alphanumeric() || c == 0x5F)
}

pub fn is_ascii_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

/// `\s` for bytes and ASCII patterns: space, \t, \n, \v, \f, \r.
pub fn is_ascii_space(c: u32) -> bool {
    matches!(c, 0x09..=0x0D | 0x20)
}

/// Simple lowercase mapping (what IGNORECASE backreferences compare).
pub fn lower(c: u32) -> u32 {
    if c < 0x80 {
        return ascii_lower(c);
    }
    match tables::LOWER.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => tables::LOWER[i].1,
        Err(_) => c,
    }
}

pub fn ascii_lower(c: u32) -> u32 {
    if (0x41..=0x5A).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// The next member of `c`'s IGNORECASE equivalence class (a cycle), or `c` itself.
pub fn fold_next(c: u32) -> u32 {
    match tables::FOLD.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => tables::FOLD[i].1,
        Err(_) => c,
    }
}

/// Every code point IGNORECASE makes equal to `c` (including `c`), Unicode rules.
pub fn fold_class(c: u32, out: &mut Vec<u32>) {
    out.push(c);
    let mut n = fold_next(c);
    while n != c && out.len() < 8 {
        out.push(n);
        n = fold_next(n);
    }
}

/// Every code point equal to `c` under ASCII-only IGNORECASE (including `c`).
pub fn ascii_fold_class(c: u32, out: &mut Vec<u32>) {
    out.push(c);
    if (0x41..=0x5A).contains(&c) {
        out.push(c + 32);
    } else if (0x61..=0x7A).contains(&c) {
        out.push(c - 32);
    }
}

/// All the (code point, next in class) pairs of the Unicode IGNORECASE table.
pub fn fold_table() -> &'static [(u32, u32)] {
    tables::FOLD
}

pub fn is_ident_start(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphabetic() || c == 0x5F;
    }
    in_ranges(tables::IDENT_START, c)
}

pub fn is_ident_continue(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphanumeric() || c == 0x5F;
    }
    in_ranges(tables::IDENT_CONTINUE, c)
}

/// `str.isidentifier()`.
pub fn is_identifier(s: &[u32]) -> bool {
    match s.split_first() {
        None => false,
        Some((&first, rest)) => is_ident_start(first) && rest.iter().all(|&c| is_ident_continue(c)),
    }
}

pub fn is_printable(c: u32) -> bool {
    in_ranges(tables::PRINTABLE, c)
}

/// Value of a Unicode decimal digit (`str.isdecimal()` characters), if `c` is one.
pub fn decimal_value(c: u32) -> Option<u32> {
    if c < 0x80 {
        return if is_ascii_digit(c) { Some(c - 0x30) } else { None };
    }
    let idx = tables::DIGIT.partition_point(|&(lo, _)| lo <= c);
    if idx > 0 && c <= tables::DIGIT[idx - 1].1 {
        // Decimal digits come in runs of ten starting at a zero.
        Some((c - tables::DIGIT[idx - 1].0) % 10)
    } else {
        None
    }
}

/// Python's `repr()` of a `str` (used for names quoted in error messages).
pub fn py_repr(s: &[u32]) -> String {
    let has_single = s.contains(&0x27);
    let has_double = s.contains(&0x22);
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for &c in s {
        match c {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if c == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            _ if c < 0x20 || c == 0x7F => out.push_str(&format!("\\x{:02x}", c)),
            _ if c < 0x7F => out.push(char::from(c as u8)),
            _ if is_printable(c) => out.push(char::from_u32(c).unwrap_or('\u{FFFD}')),
            _ if c <= 0xFF => out.push_str(&format!("\\x{:02x}", c)),
            _ if c <= 0xFFFF => out.push_str(&format!("\\u{:04x}", c)),
            _ => out.push_str(&format!("\\U{:08x}", c)),
        }
    }
    out.push(quote);
    out
}

/// Python's `ascii()` of a `str`.
pub fn py_ascii(s: &[u32]) -> String {
    let r = py_repr(s);
    let mut out = String::new();
    for ch in r.chars() {
        let c = ch as u32;
        if c < 0x80 {
            out.push(ch);
        } else if c <= 0xFF {
            out.push_str(&format!("\\x{:02x}", c));
        } else if c <= 0xFFFF {
            out.push_str(&format!("\\u{:04x}", c));
        } else {
            out.push_str(&format!("\\U{:08x}", c));
        }
    }
    out
}

/// Text of code points for a message (bytes patterns are read as Latin-1).
pub fn to_string(s: &[u32]) -> String {
    s.iter().map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties() {
        assert!(is_word('_' as u32) && is_word('é' as u32) && is_word('٣' as u32));
        assert!(!is_word(0x345) && !is_word(' ' as u32));
        assert!(is_digit('٣' as u32) && !is_digit('²' as u32));
        assert!(is_space(0x85) && is_space(0x3000) && is_space(0x1C) && !is_space(0x200B));
        assert_eq!(lower(0x130), 'i' as u32);
        assert_eq!(lower('Σ' as u32), 'σ' as u32);
        let mut v = Vec::new();
        fold_class('k' as u32, &mut v);
        v.sort();
        assert_eq!(v, vec!['K' as u32, 'k' as u32, 0x212A]);
        assert_eq!(decimal_value('٣' as u32), Some(3));
        assert_eq!(decimal_value('9' as u32), Some(9));
        assert_eq!(decimal_value('x' as u32), None);
        let s: Vec<u32> = "a'b".chars().map(|c| c as u32).collect();
        assert_eq!(py_repr(&s), "\"a'b\"");
        let s: Vec<u32> = "é\n\u{200b}".chars().map(|c| c as u32).collect();
        assert_eq!(py_repr(&s), "'é\\n\\u200b'");
        assert_eq!(py_ascii(&s), "'\\xe9\\n\\u200b'");
        assert!(is_identifier(&"aé_1".chars().map(|c| c as u32).collect::<Vec<_>>()));
        assert!(!is_identifier(&"1a".chars().map(|c| c as u32).collect::<Vec<_>>()));
    }
}
