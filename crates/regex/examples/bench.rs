//! Rough timings of common workloads (compare with `tools/bench.py` under CPython).
//! Run: cargo run --release --example bench

use pyrite_regex::{Pattern, Regex};
use std::time::Instant;

fn text(n: usize) -> Vec<char> {
    let words = [
        "lorem",
        "ipsum",
        "dolor",
        "sit",
        "amet,",
        "consectetur",
        "adipiscing",
        "elit",
        "2024-05-17",
        "x@y.org",
        "\n",
    ];
    let mut s = String::new();
    let mut i = 0usize;
    while s.len() < n {
        s.push_str(words[(i * 7 + i / 13) % words.len()]);
        s.push(' ');
        i += 1;
    }
    s.chars().collect()
}

fn bench(name: &str, pattern: &str, flags: u32, subject: &[char], reps: usize) {
    let re = Regex::compile(Pattern::Str(pattern), flags).unwrap();
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..reps {
        n += re.find_iter(subject, 0, subject.len()).count();
    }
    println!(
        "{:<28} {:>8.1} ms  ({} matches)",
        name,
        t.elapsed().as_secs_f64() * 1000.0 / reps as f64,
        n / reps
    );
}

fn main() {
    let t = text(1_000_000);
    bench("literal", "consectetur", 0, &t, 5);
    bench("literal absent", "zebra", 0, &t, 5);
    bench("words", r"\w+", 0, &t, 3);
    bench("dates", r"(\d+)-(\d+)-(\d+)", 0, &t, 5);
    bench("emails", r"[\w.]+@[\w.]+", 0, &t, 3);
    bench("ignorecase", "(?i)LOREM", 0, &t, 5);
    bench("alternation", "dolor|amet|elit", 0, &t, 5);
    bench("spaces", r"\s+", 0, &t, 3);
    bench("line starts", r"(?m)^\w+", 0, &t, 5);
    bench("lazy", r"l.*?m", 0, &t, 3);
    let ab: Vec<char> = "ab".repeat(50_000).chars().collect();
    bench("(a|b)*c on ab*", r"(a|b)*c", 0, &ab[..2000], 1);
    bench("(?:a|b)*$", r"(?:a|b)*$", 0, &ab, 1);
    let xs: Vec<char> = "x".repeat(5000).chars().collect();
    bench(".*y failing (quadratic)", r".*y", 0, &xs, 1);
}
