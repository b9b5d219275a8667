//! The interactive prompt: reads statements (continuation lines for blocks), evaluates them
//! and echoes expression values through sys.displayhook.

use pyrite_compiler::Mode;
use pyrite_vm::{ObjRef, Vm};
use std::io::{BufRead, Write};

pub fn run(vm: &mut Vm, main: &ObjRef) -> i32 {
    if pyrite_vm::io::is_tty(0) {
        eprintln!("Python 3.11.7 (pyrite {}) on linux", env!("CARGO_PKG_VERSION"));
        eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    }
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        let mut buf = String::new();
        let mut prompt = ">>> ";
        loop {
            pyrite_vm::io::flush_all();
            eprint!("{}", prompt);
            let _ = std::io::stderr().flush();
            let Some(Ok(line)) = lines.next() else {
                eprintln!();
                return 0;
            };
            buf.push_str(&line);
            buf.push('\n');
            let trimmed = line.trim_end();
            let needs_more = trimmed.ends_with(':') || (prompt == "... " && !line.trim().is_empty());
            if needs_more {
                prompt = "... ";
                continue;
            }
            break;
        }
        if buf.trim().is_empty() {
            continue;
        }
        let r = vm
            .compile(&buf, "<stdin>", Mode::Single)
            .and_then(|code| vm.run_module_code(code, main));
        if let Err(e) = r {
            let exc = vm.normalize(e);
            if vm.is_instance_of_kind(&exc, pyrite_vm::ExcKind::SystemExit) {
                return crate::handle_uncaught(vm, pyrite_vm::PyErr::Obj(exc));
            }
            vm.print_exception(&exc);
        }
    }
}
