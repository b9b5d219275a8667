//! Turns ruff parser errors into SyntaxErrors worded and positioned the way CPython 3.11 reports
//! them. CPython's tokenizer errors (unclosed, unmatched or mismatched brackets) are found by a
//! small bracket scan over the source, since ruff reports those as generic parse errors.

use crate::CompileError;
use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_source_file::LineIndex;
use ruff_text_size::TextSize;

/// A bracket problem found by scanning the source: (message, byte offset of the culprit).
fn bracket_problem(source: &str) -> Option<(String, usize, bool)> {
    let b = source.as_bytes();
    const MAX_LEVEL: usize = 200;
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                let q = c;
                i += if triple { 3 } else { 1 };
                loop {
                    if i >= b.len() {
                        return None; // unterminated string: the lexer reports it
                    }
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if !triple && b[i] == b'\n' {
                        return None;
                    }
                    if b[i] == q && (!triple || (i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q)) {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                if stack.len() >= MAX_LEVEL {
                    return Some(("too many nested parentheses".into(), i, false));
                }
                stack.push((c, i))
            }
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => return Some((format!("unmatched '{}'", c as char), i, false)),
                    Some((o, at)) if o != open => {
                        let line_of = |off: usize| source[..off].matches('\n').count();
                        let msg = if line_of(at) == line_of(i) {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, o as char
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c as char,
                                o as char,
                                line_of(at) + 1
                            )
                        };
                        return Some((msg, i, false));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack
        .last()
        .map(|(o, at)| (format!("'{}' was never closed", *o as char), *at, true))
}

/// CPython's tokenizer refuses more than 200 nested brackets before parsing anything.
pub(crate) fn check_nesting(source: &str) -> Result<(), CompileError> {
    if let Some((msg, at, false)) = bracket_problem(source) {
        if msg.starts_with("too many") {
            let index = LineIndex::from_source_text(source);
            let lc = index.line_column(TextSize::new(at as u32), source);
            let (line, col) = (lc.line.get() as u32, lc.column.get() as u32);
            return Err(CompileError {
                msg,
                line,
                col,
                end_line: line,
                end_col: col,
            });
        }
    }
    Ok(())
}

/// Character width of the token starting at byte `off` (for the caret under "invalid syntax").
fn token_width(source: &str, off: usize) -> u32 {
    let rest = &source[off.min(source.len())..];
    let mut chars = rest.chars();
    let Some(first) = chars.next() else { return 1 };
    if first.is_alphanumeric() || first == '_' {
        return rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
            .count() as u32;
    }
    for op in [
        "**=", "//=", ">>=", "<<=", "...", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "&=",
        "|=", "^=", "->", ":=", "<<", ">>",
    ] {
        if rest.starts_with(op) {
            return op.len() as u32;
        }
    }
    1
}

fn block_kind(ruff_msg: &str) -> Option<String> {
    let start = ruff_msg.find('`')?;
    let end = start + 1 + ruff_msg[start + 1..].find('`')?;
    let kw = &ruff_msg[start + 1..end];
    Some(match kw {
        "class" => "class definition".to_string(),
        "def" | "function" => "function definition".to_string(),
        other => format!("'{}' statement", other),
    })
}

/// CPython's description of an expression used where a target was expected.
fn target_kind(text: &str) -> &'static str {
    let t = text.trim();
    let mut depth = 0;
    let mut top_comma = false;
    for c in t.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => top_comma = true,
            _ => {}
        }
    }
    if top_comma || (t.starts_with('(') && t.ends_with(')') && t.contains(',')) {
        "tuple"
    } else if t.starts_with('[') {
        "list"
    } else if t.starts_with('*') {
        "starred"
    } else if t.starts_with("lambda") {
        "lambda"
    } else if t.ends_with(')') && t.contains('(') {
        "function call"
    } else if t.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'' || c == '-') {
        "literal"
    } else if ["<", ">", "==", "!=", " in ", " is "].iter().any(|op| t.contains(op)) {
        "comparison"
    } else {
        "expression"
    }
}

pub(crate) fn convert(source: &str, e: &ParseError) -> CompileError {
    if std::env::var_os("PYRITE_DEBUG_PARSE").is_some() {
        eprintln!("parse error: {:?} at {:?}", e.error, e.location);
    }
    let index = LineIndex::from_source_text(source);
    let pos = |off: usize| {
        let lc = index.line_column(TextSize::new(off.min(source.len()) as u32), source);
        (lc.line.get() as u32, lc.column.get() as u32)
    };
    let start_off = e.location.start().to_usize();
    let (line, col) = pos(start_off);
    let (end_line, end_col) = pos(e.location.end().to_usize());
    let err = |msg: String, line: u32, col: u32, end_line: u32, end_col: u32| CompileError {
        msg,
        line,
        col,
        end_line,
        end_col,
    };
    let one = |msg: String, line: u32, col: u32| CompileError {
        msg,
        line,
        col,
        end_line: line,
        end_col: col + 1,
    };

    // tokenizer-level bracket errors found before the parser's error win
    let brackets = bracket_problem(source);
    if let Some((msg, at, at_eof)) = &brackets {
        if !at_eof && *at <= start_off.max(1) {
            let (l, c) = pos(*at);
            return one(msg.clone(), l, c);
        }
    }
    let generic = |source: &str| -> CompileError {
        if let Some((msg, at, true)) = &brackets {
            let (l, c) = pos(*at);
            return err(msg.clone(), l, c, l, 0);
        }
        let w = token_width(source, start_off);
        err("invalid syntax".into(), line, col, line, col + w)
    };
    match &e.error {
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Rpar,
            found: TokenKind::Lpar,
        } if source[..start_off].trim_start().starts_with("def ")
            || source[..start_off].contains("\ndef ")
            || source[..start_off].contains(" def ") =>
        {
            let end = source[start_off..]
                .find(')')
                .map(|i| start_off + i + 1)
                .unwrap_or(start_off + 1);
            let (el, ec) = pos(end);
            err("Function parameters cannot be parenthesized".into(), line, col, el, ec)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found: TokenKind::Lpar,
        } if source[..start_off].trim_end().ends_with("lambda") => {
            let end = source[start_off..]
                .find(')')
                .map(|i| start_off + i + 1)
                .unwrap_or(start_off + 1);
            let (el, ec) = pos(end);
            err(
                "Lambda expression parameters cannot be parenthesized".into(),
                line,
                col,
                el,
                ec,
            )
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => {
            // CPython points just after the header, at the end of the last token
            let before = source[..start_off].trim_end_matches([' ', '\t', '\n', '\r']);
            let (l, c) = pos(before.len());
            one("expected ':'".into(), l, c)
        }
        ParseErrorType::UnexpectedIndentation => {
            let text_line = source.lines().nth(line as usize - 1).unwrap_or("");
            let indent = text_line.len() - text_line.trim_start().len();
            err(
                "IndentationError: unexpected indent".into(),
                line,
                indent as u32,
                line,
                0,
            )
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let text_line = source.lines().nth(line as usize - 1).unwrap_or("");
            err(
                "IndentationError: unindent does not match any outer indentation level".into(),
                line,
                text_line.chars().count() as u32 + 1,
                line,
                0,
            )
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let triple = source[start_off..].starts_with("\"\"\"") || source[start_off..].starts_with("'''") || {
                let rest = &source[start_off..];
                let q = rest.find(['\'', '"']).map(|i| &rest[i..]).unwrap_or("");
                q.starts_with("\"\"\"") || q.starts_with("'''")
            };
            let detected = if triple {
                source.lines().count().max(1) as u32
            } else {
                line
            };
            let what = if triple {
                "unterminated triple-quoted string literal"
            } else {
                "unterminated string literal"
            };
            err(
                format!("{} (detected at line {})", what, detected),
                line,
                col,
                line,
                col,
            )
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            if brackets.as_ref().map(|b| b.2).unwrap_or(false) {
                return generic(source);
            }
            one("unexpected EOF while parsing".into(), line, col)
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block") => {
            let kind = block_kind(m).unwrap_or_else(|| "statement".into());
            // the header line: the last line before the error that ends a block header
            let header_line = source[..start_off.min(source.len())]
                .trim_end()
                .lines()
                .enumerate()
                .filter(|(_, l)| l.trim_end().ends_with(':'))
                .map(|(i, _)| i + 1)
                .last()
                .unwrap_or(line as usize);
            let next_line = header_line as u32 + 1;
            let (l, c) = if line as usize <= header_line {
                (next_line, 1)
            } else {
                (line, col)
            };
            err(
                format!(
                    "IndentationError: expected an indented block after {} on line {}",
                    kind, header_line
                ),
                l,
                c,
                l,
                c,
            )
        }
        ParseErrorType::SimpleStatementsOnSameLine => {
            let line_text = source.lines().nth(line as usize - 1).unwrap_or("");
            let stripped = line_text.trim_start();
            if stripped.starts_with("print ") || stripped.starts_with("exec ") {
                let kw = if stripped.starts_with("print") { "print" } else { "exec" };
                let indent = (line_text.len() - stripped.len()) as u32;
                return err(
                    format!("Missing parentheses in call to '{}'. Did you mean {}(...)?", kw, kw),
                    line,
                    indent + 1,
                    line,
                    line_text.trim_end().chars().count() as u32 + 1,
                );
            }
            generic(source)
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => err(
            "Generator expression must be parenthesized".into(),
            line,
            col,
            end_line,
            end_col,
        ),
        ParseErrorType::PositionalAfterKeywordArgument => err(
            "positional argument follows keyword argument".into(),
            line,
            col,
            end_line,
            end_col,
        ),
        ParseErrorType::PositionalAfterKeywordUnpacking => err(
            "positional argument follows keyword argument unpacking".into(),
            line,
            col,
            end_line,
            end_col,
        ),
        ParseErrorType::InvalidAssignmentTarget => {
            let text = &source[start_off..e.location.end().to_usize().min(source.len())];
            let kind = target_kind(text);
            // `x = 1` style statements get CPython's "Maybe you meant '=='" hint
            let rest = source[e.location.end().to_usize().min(source.len())..].trim_start();
            let in_for = source[..start_off].trim_end().ends_with("for");
            let msg = match text.trim() {
                "None" | "True" | "False" | "__debug__" => format!("cannot assign to {}", text.trim()),
                _ if in_for => format!("cannot assign to {}", kind),
                _ if rest.starts_with('=') && !rest.starts_with("==") => {
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", kind)
                }
                _ => format!("cannot assign to {}", kind),
            };
            err(msg, line, col, end_line, end_col)
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => err(
            "iterable argument unpacking follows keyword argument unpacking".into(),
            line,
            col,
            end_line,
            end_col,
        ),
        ParseErrorType::IterableUnpackingInComprehension => err(
            "iterable unpacking cannot be used in comprehension".into(),
            line,
            col,
            end_line,
            end_col,
        ),
        ParseErrorType::OtherError(m) if m.starts_with("Only single target") => {
            err(m.replacen("Only", "only", 1), line, col, end_line, end_col)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Comma,
            found,
        } if format!("{:?}", found).ends_with("Equal")
            && !matches!(
                format!("{:?}", found).as_str(),
                "EqEqual" | "NotEqual" | "LessEqual" | "GreaterEqual"
            ) =>
        {
            // `a, b += 1`: an augmented assignment to a tuple
            let stmt_start = source[..start_off].rfind('\n').map(|i| i + 1).unwrap_or(0);
            let (l, c) = pos(stmt_start + (source[stmt_start..].len() - source[stmt_start..].trim_start().len()));
            let (el, ec) = pos(source[..start_off].trim_end().len());
            err(
                "'tuple' is an illegal expression for augmented assignment".into(),
                l,
                c,
                el,
                ec,
            )
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let kind = target_kind(&source[start_off..e.location.end().to_usize().min(source.len())]);
            err(
                format!("'{}' is an illegal expression for augmented assignment", kind),
                line,
                col,
                end_line,
                end_col,
            )
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let kind = target_kind(&source[start_off..e.location.end().to_usize().min(source.len())]);
            let msg = match kind {
                "tuple" | "list" => format!("only single target (not {}) can be annotated", kind),
                "starred" => "invalid syntax".to_string(),
                _ => "illegal target for annotation".to_string(),
            };
            err(msg, line, col, end_line, end_col)
        }
        ParseErrorType::InvalidDeleteTarget => {
            let text = &source[start_off..e.location.end().to_usize().min(source.len())];
            let msg = if text.trim_start().starts_with('*') {
                "cannot delete starred".to_string()
            } else {
                format!("cannot delete {}", target_kind(text))
            };
            err(msg, line, col, end_line, end_col)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => err(
            "non-default argument follows default argument".into(),
            line,
            col,
            end_line,
            end_col,
        ),
        _ => generic(source),
    }
}
