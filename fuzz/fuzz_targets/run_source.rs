//! Fuzz target: arbitrary bytes as Python source through parse, compile and run, with a step
//! budget so infinite loops end. Any panic or crash is a bug; Python exceptions are fine.
//! Like the `pyrite` binary, the VM runs on a thread with a large stack.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let src = src.to_string();
    let t = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let mut vm = pyrite_vm::Vm::new(vec!["fuzz".to_string()]);
            pyrite_stdlib::register(&mut vm);
            vm.steps_left = 20_000;
            let main = vm.new_module("__main__");
            if let Ok(code) = vm.compile(&src, "<fuzz>", pyrite_compiler::Mode::Exec) {
                let _ = vm.run_module_code(code, &main);
            }
            if let pyrite_vm::Obj::Module(m) = &*main {
                if let pyrite_vm::Obj::Dict(d) = &*m.dict {
                    d.borrow_mut().clear();
                }
            }
            vm.teardown();
        })
        .expect("thread");
    if let Err(p) = t.join() {
        std::panic::resume_unwind(p);
    }
});
