//! pyrite's compiler: Python source → AST (ruff_python_parser) → scope analysis → bytecode.
//!
//! The output is a tree of `CodeObject`s (module code with nested function/class code in its
//! constants). The VM crate turns constants into runtime objects when it loads the code.

pub mod anchors;
pub mod bytecode;
mod codegen;
mod parse_error;
pub mod symtable;

pub use bytecode::*;

use codegen::Compiler;
use ruff_python_ast::Expr;
use std::rc::Rc;
use symtable::SymbolTable;

/// How the source is compiled (like the `mode` argument of `compile()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec()` source: a sequence of statements.
    Exec,
    /// A single expression whose value is returned (`eval()`).
    Eval,
    /// One interactive statement: expression values are printed.
    Single,
}

/// A SyntaxError found while parsing or compiling (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// Compile `source` into a code object.
/// Whether the module starts with `from __future__ import annotations` (after its docstring
/// and other future imports).
fn has_future_annotations(body: &[ruff_python_ast::Stmt]) -> bool {
    use ruff_python_ast::Stmt;
    for (i, st) in body.iter().enumerate() {
        match st {
            Stmt::Expr(e) if i == 0 && e.value.is_string_literal_expr() => continue,
            Stmt::ImportFrom(f) if f.module.as_ref().map(|m| m.as_str()) == Some("__future__") => {
                if f.names.iter().any(|n| n.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    match mode {
        Mode::Exec | Mode::Single => {
            parse_error::check_nesting(source)?;
            let parsed = ruff_python_parser::parse_module(source).map_err(|e| parse_error::convert(source, &e))?;
            let module = parsed.syntax();
            let table = SymbolTable::build(&module.body).map_err(|e| symbol_error(source, e))?;
            let mut c = Compiler::new(source, filename, table, mode == Mode::Single);
            c.future_annotations = has_future_annotations(&module.body);
            c.enter_scope(0, "<module>", Rc::from("<module>"), 1);
            if codegen_has_annotations(&module.body) {
                c.emit(Instr::SetupAnnotations);
            }
            c.body(&module.body)?;
            c.load_const(Constant::None);
            c.emit(Instr::ReturnValue);
            let mut code = c.exit_unit();
            if let Some(doc) = docstring_of(&module.body) {
                code.docstring = Some(Rc::from(doc));
            }
            Ok(code)
        }
        Mode::Eval => {
            let trimmed = source.trim_start_matches([' ', '\t']);
            let parsed =
                ruff_python_parser::parse_expression(trimmed).map_err(|e| parse_error::convert(trimmed, &e))?;
            let expr: &Expr = &parsed.syntax().body;
            let stmt = ruff_python_ast::Stmt::Expr(ruff_python_ast::StmtExpr {
                range: Default::default(),
                node_index: Default::default(),
                value: Box::new(expr.clone()),
            });
            let body = vec![stmt];
            let table = SymbolTable::build(&body).map_err(|e| symbol_error(trimmed, e))?;
            let mut c = Compiler::new(trimmed, filename, table, false);
            c.enter_scope(0, "<module>", Rc::from("<module>"), 1);
            // compile the very nodes the symbol table saw (scopes are keyed by node address)
            let ruff_python_ast::Stmt::Expr(e) = &body[0] else {
                unreachable!()
            };
            c.expr(&e.value)?;
            c.emit(Instr::ReturnValue);
            Ok(c.exit_unit())
        }
    }
}

fn symbol_error(source: &str, e: symtable::SymbolError) -> CompileError {
    let index = ruff_source_file::LineIndex::from_source_text(source);
    let lc = index.line_column(ruff_text_size::TextSize::new(e.offset), source);
    let (end_line, end_col) = if e.end > e.offset {
        let le = index.line_column(ruff_text_size::TextSize::new(e.end), source);
        (le.line.get() as u32, le.column.get() as u32)
    } else {
        (lc.line.get() as u32, lc.column.get() as u32 + 1)
    };
    CompileError {
        msg: e.msg,
        line: lc.line.get() as u32,
        col: lc.column.get() as u32,
        end_line,
        end_col,
    }
}

fn codegen_has_annotations(body: &[ruff_python_ast::Stmt]) -> bool {
    codegen::has_annotations_pub(body)
}

fn docstring_of(body: &[ruff_python_ast::Stmt]) -> Option<&str> {
    codegen::docstring_pub(body)
}
