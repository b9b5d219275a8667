//! Ctrl-C: a SIGINT handler sets a flag that the interpreter checks on loop back-edges and
//! calls, where it raises KeyboardInterrupt (like CPython's eval-breaker).

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: i32) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

extern "C" {
    fn signal(signum: i32, handler: extern "C" fn(i32)) -> usize;
}

const SIGINT: i32 = 2;

/// Install the SIGINT handler (call once at start-up).
pub fn install() {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        signal(SIGINT, on_sigint);
    }
}

/// Whether Ctrl-C was pressed since the last call (clears the flag).
#[inline]
pub fn take_interrupt() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed)
}

extern "C" {
    fn raise(sig: i32) -> i32;
}

extern "C" fn default_handler(_sig: i32) {}

/// Restore the default SIGINT action and re-raise it (exit "killed by SIGINT").
pub fn die_of_sigint() -> ! {
    const SIG_DFL: usize = 0;
    extern "C" {
        #[link_name = "signal"]
        fn signal_raw(signum: i32, handler: usize) -> usize;
    }
    // SAFETY: plain libc calls with valid arguments.
    unsafe {
        signal_raw(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    let _ = default_handler;
    std::process::exit(130)
}
