//! Ctrl-C: a SIGINT handler sets a flag that the interpreter checks on loop back-edges and
//! calls, where it raises KeyboardInterrupt (like CPython's eval-breaker).

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

const SIGINT: i32 = 2;
const SIG_DFL: usize = 0;

extern "C" {
    fn signal(signum: i32, handler: usize) -> usize;
    fn raise(sig: i32) -> i32;
}

extern "C" fn on_sigint(_sig: i32) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Install the SIGINT handler (call once at start-up).
pub fn install() {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        signal(SIGINT, on_sigint as extern "C" fn(i32) as usize);
    }
}

/// Whether Ctrl-C was pressed since the last call (clears the flag).
#[inline]
pub fn take_interrupt() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed)
}

/// Restore the default SIGINT action and re-raise it: the process ends "killed by SIGINT",
/// which is how CPython exits on an uncaught KeyboardInterrupt.
pub fn die_of_sigint() -> ! {
    // SAFETY: plain libc calls with valid arguments.
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    std::process::exit(130)
}

/// Raise KeyboardInterrupt if Ctrl-C arrived (for blocking calls interrupted by a signal).
pub fn check(_vm: &mut crate::vm::Vm) -> crate::error::PyResult<()> {
    if take_interrupt() {
        return Err(crate::error::PyErr::LazyArgs(
            crate::error::ExcKind::KeyboardInterrupt,
            vec![],
        ));
    }
    Ok(())
}
