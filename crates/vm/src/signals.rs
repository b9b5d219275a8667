//! Signals: a C handler records which signals arrived and the interpreter acts on them at its
//! safe points (loop back-edges, calls, blocking waits), like CPython's eval-breaker: Python
//! handlers installed with `signal.signal` run there, and SIGINT without one raises
//! KeyboardInterrupt.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// Some signal is pending.
static ANY: AtomicBool = AtomicBool::new(false);
/// Bit n: signal n arrived since the last check.
static PENDING: AtomicU64 = AtomicU64::new(0);

pub const SIGINT: i32 = 2;
const SIG_DFL: usize = 0;

thread_local! {
    /// Python-level handlers by signal number (SIGINT without an entry raises KeyboardInterrupt).
    static HANDLERS: RefCell<HashMap<i32, crate::value::Value>> = RefCell::new(HashMap::new());
}

extern "C" fn on_signal(sig: i32) {
    if (0..64).contains(&sig) {
        PENDING.fetch_or(1u64 << sig, Ordering::Relaxed);
    }
    ANY.store(true, Ordering::Relaxed);
}

/// The C-level handler that records a signal for the interpreter.
pub fn recording_handler() -> usize {
    on_signal as extern "C" fn(i32) as usize
}

/// Install the SIGINT handler (call once at start-up).
pub fn install() {
    // SAFETY: the handler only stores to atomics, which is async-signal-safe.
    unsafe {
        libc::signal(SIGINT, recording_handler());
    }
}

/// Whether a signal arrived since the last call (clears the summary flag; `run_pending` then
/// acts on each one).
#[inline]
pub fn take_interrupt() -> bool {
    ANY.load(Ordering::Relaxed) && ANY.swap(false, Ordering::Relaxed)
}

/// The Python handler for `sig`, if one is installed.
pub fn python_handler(sig: i32) -> Option<crate::value::Value> {
    HANDLERS.with(|h| h.borrow().get(&sig).cloned())
}

/// Record (or forget, with None) the Python handler for `sig`.
pub fn set_python_handler(sig: i32, handler: Option<crate::value::Value>) {
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        match handler {
            Some(v) => {
                h.insert(sig, v);
            }
            None => {
                h.remove(&sig);
            }
        }
    });
}

/// Act on the signals that arrived: run their Python handlers; SIGINT without one raises
/// KeyboardInterrupt. (Cold and out of line: it sits on the interpreter's hot paths.)
#[cold]
#[inline(never)]
pub fn run_pending(vm: &mut crate::vm::Vm) -> crate::error::PyResult<()> {
    let bits = PENDING.swap(0, Ordering::Relaxed);
    for sig in 0..64 {
        if bits & (1u64 << sig) == 0 {
            continue;
        }
        match python_handler(sig) {
            Some(h) => {
                vm.call_value(&h, &[crate::value::Value::Int(sig as i64), crate::value::Value::None])?;
            }
            None if sig == SIGINT => {
                return Err(crate::error::PyErr::LazyArgs(
                    crate::error::ExcKind::KeyboardInterrupt,
                    vec![],
                ));
            }
            None => {}
        }
    }
    Ok(())
}

/// Restore the default SIGINT action and re-raise it: the process ends "killed by SIGINT",
/// which is how CPython exits on an uncaught KeyboardInterrupt.
pub fn die_of_sigint() -> ! {
    // SAFETY: plain libc calls with valid arguments.
    unsafe {
        libc::signal(SIGINT, SIG_DFL);
        libc::raise(SIGINT);
    }
    std::process::exit(130)
}

/// Act on pending signals (for blocking calls interrupted by a signal).
pub fn check(vm: &mut crate::vm::Vm) -> crate::error::PyResult<()> {
    if take_interrupt() {
        return run_pending(vm);
    }
    Ok(())
}
