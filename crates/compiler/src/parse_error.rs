//! Turns ruff parser errors into SyntaxErrors worded the way CPython 3.11 words them.

use crate::CompileError;
use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_source_file::LineIndex;

pub(crate) fn convert(source: &str, e: &ParseError) -> CompileError {
    let index = LineIndex::from_source_text(source);
    let start = index.line_column(e.location.start(), source);
    let end = index.line_column(e.location.end(), source);
    let line = start.line.get() as u32;
    let msg = match &e.error {
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, .. } => "expected ':'".to_string(),
        ParseErrorType::UnexpectedIndentation => "IndentationError: unexpected indent".to_string(),
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            "IndentationError: unindent does not match any outer indentation level".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            format!("unterminated string literal (detected at line {})", line)
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => "unexpected EOF while parsing".to_string(),
        ParseErrorType::PositionalAfterKeywordArgument => "positional argument follows keyword argument".to_string(),
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking".to_string()
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => "non-default argument follows default argument".to_string(),
        ParseErrorType::InvalidAssignmentTarget => "cannot assign to expression".to_string(),
        ParseErrorType::InvalidDeleteTarget => "cannot delete expression".to_string(),
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block") => {
            "IndentationError: expected an indented block".to_string()
        }
        _ => "invalid syntax".to_string(),
    };
    CompileError {
        msg,
        line,
        col: start.column.get() as u32,
        end_line: end.line.get() as u32,
        end_col: end.column.get() as u32,
    }
}
