//! Differential-testing driver: reads test lines on stdin and prints the engine's results in
//! the format of `tools/difftest.py`, which runs the same tests through CPython's `re` and
//! compares. See `tests/support/mod.rs` for the line format.

#[path = "../tests/support/mod.rs"]
mod support;

use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        writeln!(out, "{}", support::run_line(&line)).unwrap();
    }
}
