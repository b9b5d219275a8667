//! Results recorded from CPython 3.11's `re` (by `tools/difftest.py --dump`): every line of
//! input must give exactly CPython's compile result, flags, group names, warnings, spans,
//! `lastindex`, finditer sequence and template parse.

mod support;

fn check(name: &str) {
    let path = format!("{}/tests/data/{}", env!("CARGO_MANIFEST_DIR"), name);
    let text = std::fs::read_to_string(&path).expect("test data");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() % 2 == 0 && !lines.is_empty());
    let mut failures = Vec::new();
    for pair in lines.chunks(2) {
        let got = support::run_line(pair[0]);
        if got != pair[1] {
            failures.push(format!("input    {}\nexpected {}\ngot      {}", pair[0], pair[1], got));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} cases differ from CPython:\n{}",
            failures.len(),
            lines.len() / 2,
            failures[..failures.len().min(10)].join("\n")
        );
    }
}

#[test]
fn curated_cases() {
    check("cases.txt");
}

#[test]
fn random_cases() {
    check("random.txt");
}
