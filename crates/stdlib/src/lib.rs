//! pyrite's standard library: native modules written in Rust and modules written in Python
//! (under `lib/`, embedded in the binary at build time so importing them reads no file).

pub mod math;

use pyrite_vm::Vm;

/// Python-source modules embedded in the binary: (module name, source).
/// A package's `__init__` is registered as `pkg.__init__`.
pub const FROZEN: &[(&str, &str)] = &[];

/// Register every native and embedded module with the VM.
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("math", math::init);
    for (name, src) in FROZEN {
        vm.frozen_modules.insert(name, src);
    }
}
