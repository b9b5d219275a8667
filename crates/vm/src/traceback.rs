//! Printing uncaught exceptions exactly like CPython 3.11: chained exceptions, source lines,
//! fine-grained carets, repeated-frame folding, and SyntaxError's special layout.

use crate::error::*;
use crate::interp::exc_data;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The source line `line` (1-based) of `filename`, from the compiled sources or the disk.
    pub fn source_line(&mut self, filename: &str, line: u32) -> Option<String> {
        // like CPython's linecache: pseudo-files such as <string> and <stdin> have no lines
        if filename.starts_with('<') && filename.ends_with('>') {
            return None;
        }
        let src = match self.sources.get(filename) {
            Some(s) => s.clone(),
            None => {
                let text = std::fs::read_to_string(filename).ok()?;
                let rc: std::rc::Rc<str> = std::rc::Rc::from(text.as_str());
                self.sources.insert(std::rc::Rc::from(filename), rc.clone());
                rc
            }
        };
        src.lines().nth(line.checked_sub(1)? as usize).map(|l| l.to_string())
    }

    /// Render an exception (with its chain) as CPython's traceback text.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut ctx = PrintCtx {
            seen: Vec::new(),
            depth: 0,
            need_close: false,
        };
        self.format_chain(exc, &mut out, &mut ctx);
        out
    }

    /// Traceback and exception line without the cause/context chain (for "Exception ignored").
    pub fn format_exception_unchained(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        self.format_single(exc, &mut out, "Traceback (most recent call last):\n");
        out
    }

    /// An exception preceded by its cause or context (printed first, depth-first).
    fn format_chain(&mut self, exc: &Value, out: &mut String, ctx: &mut PrintCtx) {
        ctx.seen.push(exc.id());
        if let Some(d) = exc_data(exc) {
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if !cause.is_none() && exc_data(&cause).is_some() {
                if !ctx.seen.contains(&cause.id()) {
                    self.format_chain(&cause, out, ctx);
                    ctx.emit(
                        out,
                        "\nThe above exception was the direct cause of the following exception:\n\n",
                        '|',
                    );
                }
            } else if !suppress
                && !context.is_none()
                && exc_data(&context).is_some()
                && !ctx.seen.contains(&context.id())
            {
                self.format_chain(&context, out, ctx);
                ctx.emit(
                    out,
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                    '|',
                );
            }
        }
        if self.is_instance_of_kind(exc, ExcKind::BaseExceptionGroup) {
            self.format_group(exc, out, ctx);
        } else {
            let mut text = String::new();
            self.format_single(exc, &mut text, "Traceback (most recent call last):\n");
            ctx.emit(out, &text, '|');
        }
    }

    /// An exception group: its own traceback and message, then each sub-exception in a box.
    fn format_group(&mut self, exc: &Value, out: &mut String, ctx: &mut PrintCtx) {
        const MAX_WIDTH: usize = 15;
        const MAX_DEPTH: usize = 10;
        if ctx.depth > MAX_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {})\n", MAX_DEPTH), '|');
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        let tb = self.traceback_of(exc);
        if let Value::Obj(o) = &tb {
            if let Obj::Traceback(t) = &**o {
                ctx.emit(
                    out,
                    "Exception Group Traceback (most recent call last):\n",
                    if toplevel { '+' } else { '|' },
                );
                let entries = t.entries.clone();
                let mut text = String::new();
                self.format_entries(&entries[t.index..], &mut text);
                ctx.emit(out, &text, '|');
            }
        }
        let mut text = String::new();
        self.format_single(exc, &mut text, "");
        ctx.emit(out, &text, '|');
        let excs = match crate::types::exceptions::get_slot(exc, "exceptions") {
            Some(Value::Obj(o)) => match &*o {
                Obj::Tuple(t) => t.to_vec(),
                _ => vec![],
            },
            _ => vec![],
        };
        let n = if excs.len() <= MAX_WIDTH {
            excs.len()
        } else {
            MAX_WIDTH + 1
        };
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&ctx.indent());
            out.push_str(if i == 0 { "+-" } else { "  " });
            out.push_str(&format!("+---------------- {} ----------------\n", title));
            ctx.depth += 1;
            if !truncated {
                self.format_chain(&excs[i], out, ctx);
            } else {
                let remaining = excs.len() - MAX_WIDTH;
                ctx.emit(
                    out,
                    &format!(
                        "and {} more exception{}\n",
                        remaining,
                        if remaining > 1 { "s" } else { "" }
                    ),
                    '|',
                );
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// Traceback (under `header`, when there is one), exception line and notes.
    fn format_single(&mut self, exc: &Value, out: &mut String, header: &str) {
        if !header.is_empty() {
            let tb = self.traceback_of(exc);
            if let Value::Obj(o) = &tb {
                if let Obj::Traceback(t) = &**o {
                    out.push_str(header);
                    let entries = t.entries.clone();
                    self.format_entries(&entries[t.index..], out);
                }
            }
        }
        let is_syntax = self.is_instance_of_kind(exc, ExcKind::SyntaxError);
        if is_syntax {
            self.format_syntax_error(exc, out);
        }
        out.push_str(&self.exception_only(exc));
        out.push('\n');
        if let Ok(notes) = self.getattr(exc, &Value::str("__notes__")) {
            let is_seq = matches!(&notes, Value::Obj(o) if matches!(&**o, Obj::List(_) | Obj::Tuple(_)));
            if !is_seq {
                let r = self
                    .repr_string(&notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                out.push_str(&r);
                out.push('\n');
            } else if let Ok(items) = self.iterate(&notes) {
                for n in items {
                    let s = match n.as_str() {
                        Some(s) => s.to_string(),
                        None => self.str_string(&n).unwrap_or_else(|_| "<note str() failed>".into()),
                    };
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
    }

    fn format_entries(&mut self, entries: &[TbEntry], out: &mut String) {
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0;
        for e in entries {
            // frames of modules embedded in pyrite stand for CPython's C-implemented modules
            // (itertools, operator, ...), which show no frames in CPython's tracebacks
            if e.code.co.filename.starts_with("<frozen ") {
                continue;
            }
            let loc = e.code.co.locations.get(e.lasti as usize).copied().unwrap_or_default();
            let key = (e.code.co.filename.to_string(), loc.line, e.code.co.name.to_string());
            if last.as_ref() == Some(&key) {
                repeat += 1;
                if repeat >= 3 {
                    continue;
                }
            } else {
                if repeat > 2 {
                    let n = repeat - 2;
                    out.push_str(&format!(
                        "  [Previous line repeated {} more time{}]\n",
                        n,
                        if n == 1 { "" } else { "s" }
                    ));
                }
                repeat = 0;
                last = Some(key);
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                e.code.co.filename, loc.line, e.code.co.name
            ));
            if let Some(line) = self.source_line(&e.code.co.filename, loc.line) {
                let stripped = line.trim();
                if stripped.is_empty() {
                    continue;
                }
                out.push_str(&format!("    {}\n", stripped));
                if let Some(carets) = caret_line(&line, loc) {
                    out.push_str(&carets);
                }
            }
        }
        if repeat > 2 {
            let n = repeat - 2;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    }

    fn format_syntax_error(&mut self, exc: &Value, out: &mut String) {
        let get = |vm: &mut Vm, n: &str| vm.getattr(exc, &Value::str(n)).unwrap_or(Value::None);
        let filename = get(self, "filename");
        let lineno = get(self, "lineno");
        let text = get(self, "text");
        let offset = get(self, "offset");
        let end_offset = get(self, "end_offset");
        let end_lineno = get(self, "end_lineno");
        if filename.is_none() && lineno.is_none() {
            return;
        }
        let fname = filename.as_str().unwrap_or("<string>").to_string();
        let line = match lineno {
            Value::Int(l) => l,
            _ => 0,
        };
        out.push_str(&format!("  File \"{}\", line {}\n", fname, line));
        if let Some(t) = text.as_str() {
            let t = t.trim_end_matches('\n');
            let lead = t.len() - t.trim_start().len();
            let stripped = t.trim();
            out.push_str(&format!("    {}\n", stripped));
            let lead_chars = t[..lead].chars().count() as i64;
            // like CPython's printer: no caret when the offset points into the indentation
            let offset = match offset {
                Value::Int(off) if off - 1 - lead_chars < 0 => Value::None,
                other => other,
            };
            if let Value::Int(off) = offset {
                let start = (off - 1 - lead_chars).max(0);
                let mut end = match end_offset {
                    Value::Int(e) if e > 0 => e - 1 - lead_chars,
                    _ => start + 1,
                };
                if !matches!(end_lineno, Value::Int(el) if el == line) {
                    end = start + 1;
                }
                let width = (end - start).max(1);
                out.push_str(&format!(
                    "    {}{}\n",
                    " ".repeat(start as usize),
                    "^".repeat(width as usize)
                ));
            }
        }
    }

    /// The last line: `Type: message`.
    pub fn exception_only(&mut self, exc: &Value) -> String {
        let cls = self.class_of(exc);
        let (qual, module) = match &*cls {
            Obj::Class(c) => {
                let m = c
                    .dict
                    .borrow()
                    .get_str("__module__")
                    .and_then(|m| m.as_str().map(String::from))
                    .unwrap_or_else(|| "builtins".into());
                (c.qualname.borrow().to_string(), m)
            }
            _ => ("?".into(), "builtins".into()),
        };
        let name = if module == "builtins" || module == "__main__" {
            qual
        } else {
            format!("{}.{}", module, qual)
        };
        let msg = if self.is_instance_of_kind(exc, ExcKind::SyntaxError) {
            self.getattr(exc, &Value::str("msg"))
                .ok()
                .and_then(|m| m.as_str().map(String::from))
                .unwrap_or_default()
        } else {
            match self.str(exc) {
                Ok(s) => s.as_str().unwrap_or("").to_string(),
                Err(_) => return format!("{}: <exception str() failed>", name),
            }
        };
        let msg = format!("{}{}", msg, self.suggestion_suffix(exc));
        if msg.is_empty() {
            name
        } else {
            format!("{}: {}", name, msg)
        }
    }

    /// CPython's ". Did you mean: 'x'?" hint for NameError and AttributeError.
    fn suggestion_suffix(&mut self, exc: &Value) -> String {
        let hint = if self.is_instance_of_kind(exc, ExcKind::NameError) {
            self.getattr(exc, &Value::str("__pyrite_suggestion__")).ok()
        } else if self.is_instance_of_kind(exc, ExcKind::AttributeError) {
            let name = self.getattr(exc, &Value::str("name")).ok();
            let obj = self.getattr(exc, &Value::str("obj")).ok();
            match (name, obj) {
                (Some(n), Some(o)) if n.as_str().is_some() => {
                    crate::suggest::suggest_attr(self, &o, n.as_str().unwrap()).map(Value::string)
                }
                _ => None,
            }
        } else {
            None
        };
        match hint.as_ref().and_then(|h| h.as_str()) {
            Some(h) => format!(". Did you mean: '{}'?", h),
            None => String::new(),
        }
    }

    /// Print an uncaught exception to stderr.
    pub fn print_exception(&mut self, exc: &Value) {
        let text = self.format_exception(exc);
        crate::io::flush_all();
        let err = self.stderr.clone();
        let target = self.sys_attr("stderr").unwrap_or(err);
        if crate::io::write_to(self, &target, &text).is_err() {
            eprint!("{}", text);
        }
        let _ = crate::io::flush_file(self, &target);
    }
}

/// The caret line under a traceback source line, or None when the span covers the whole line.
fn caret_line(line: &str, loc: pyrite_compiler::Location) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let stripped_chars = chars.len() - line.trim_start().chars().count();
    let stripped_len = line.trim().chars().count();
    let start = loc.col as usize;
    let mut end = loc.end_col as usize;
    if loc.end_line == 0 {
        return None;
    }
    let mut anchors = None;
    if loc.line == loc.end_line {
        if end > chars.len() || start > end {
            return None;
        }
        let segment: String = chars[start..end].iter().collect();
        anchors = pyrite_compiler::anchors::caret_anchors(&segment);
    } else {
        end = stripped_chars + stripped_len;
    }
    let show = end.saturating_sub(start) < stripped_len || anchors.map(|(l, r)| r > l).unwrap_or(false);
    if !show {
        return None;
    }
    let mut s = String::from("    ");
    s.push_str(&" ".repeat(start.saturating_sub(stripped_chars)));
    match anchors {
        Some((l, r)) => {
            let width = end - start;
            s.push_str(&"~".repeat(l));
            s.push_str(&"^".repeat(r.saturating_sub(l)));
            s.push_str(&"~".repeat(width.saturating_sub(r)));
        }
        None => s.push_str(&"^".repeat(end - start)),
    }
    s.push('\n');
    Some(s)
}

/// State while printing nested exception groups (CPython's `_ExceptionPrintContext`).
struct PrintCtx {
    seen: Vec<i64>,
    depth: usize,
    need_close: bool,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Append `text`, each line prefixed by the group margin when inside a group.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{} ", self.indent(), margin);
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}
