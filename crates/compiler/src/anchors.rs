//! Caret anchors for CPython 3.11 tracebacks: for a failing binary operation or subscript, the
//! operator (or `[...]`) is marked with `^` and the operands with `~`.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// (left_end, right_start) character offsets within `segment`, if it is a binary operation or
/// a subscript expression.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Stmt::Expr(e) = &body[0] else { return None };
    let chars: Vec<char> = segment.chars().collect();
    let to_char = |byte: usize| segment[..byte.min(segment.len())].chars().count();
    match &*e.value {
        Expr::BinOp(b) => {
            let op_start = to_char(b.left.range().end().to_usize());
            let op_end = to_char(b.right.range().start().to_usize());
            let op_str: String = chars[op_start..op_end].iter().collect();
            let offset = op_str.chars().count() - op_str.trim_start().chars().count();
            let mut left = op_start + offset;
            let mut right = left + 1;
            let op_chars: Vec<char> = op_str.chars().collect();
            if offset + 1 < op_chars.len() && !op_chars[offset + 1].is_whitespace() {
                right += 1;
            }
            while left < chars.len() && (chars[left].is_whitespace() || chars[left] == ')' || chars[left] == '#') {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Expr::Subscript(s) => {
            let mut left = to_char(s.value.range().end().to_usize());
            let mut right = to_char(s.slice.range().end().to_usize()) + 1;
            while left < chars.len() && (chars[left].is_whitespace() || chars[left] != '[') {
                left += 1;
            }
            while right < chars.len() && (chars[right].is_whitespace() || chars[right] != ']') {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}
