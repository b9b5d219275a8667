//! Shared by `examples/rtest.rs` and `tests/python_results.rs`: run one test line and format
//! the results exactly like `tools/difftest.py` formats CPython's.
//!
//! A line is `flags<TAB>b|s<TAB>pattern<TAB>op;op;...`: the pattern and subjects are code points
//! in hex separated by commas, and an op is `mode:pos:endpos:subject` with mode s (search),
//! m (match), f (fullmatch) or i (all matches, as finditer), or `t:template`.

#![allow(dead_code)]

use pyrite_regex::{Anchor, ErrorKind, Match, Pattern, Regex};

/// A few character names for `\N{...}` (the tests do not need a full Unicode name table).
pub fn lookup(name: &str) -> Option<u32> {
    let table: &[(&str, u32)] = &[
        ("LATIN SMALL LETTER A", 0x61),
        ("LATIN CAPITAL LETTER A", 0x41),
        ("DIGIT ONE", 0x31),
        ("DIGIT TWO", 0x32),
        ("DIGIT NINE", 0x39),
        ("EM DASH", 0x2014),
        ("LATIN SMALL LETTER E WITH ACUTE", 0xE9),
    ];
    table
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|&(_, c)| c)
}

fn hex_list(s: &str) -> Vec<u32> {
    if s.is_empty() {
        return Vec::new();
    }
    s.split(',').map(|x| u32::from_str_radix(x, 16).unwrap()).collect()
}

fn fmt_match(m: &Option<Match>) -> String {
    match m {
        None => "None".into(),
        Some(m) if m.wrong_span => "SystemError".into(),
        Some(m) => {
            let mut out = String::new();
            for (i, sp) in m.spans.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                match sp {
                    Some((a, b)) => out.push_str(&format!("{},{}", a, b)),
                    None => out.push('-'),
                }
            }
            match m.lastindex {
                Some(l) => out.push_str(&format!(" L{}", l)),
                None => out.push_str(" L-"),
            }
            out
        }
    }
}

fn kind(k: ErrorKind) -> &'static str {
    match k {
        ErrorKind::Error => "error",
        ErrorKind::Value => "ValueError",
        ErrorKind::Overflow => "OverflowError",
        ErrorKind::Recursion => "RecursionError",
        ErrorKind::Index => "IndexError",
    }
}

pub fn run_line(line: &str) -> String {
    let parts: Vec<&str> = line.split('\t').collect();
    let flags: u32 = parts[0].parse().unwrap();
    let is_bytes = parts[1] == "b";
    let pat = hex_list(parts[2]);
    let bytes: Vec<u8> = pat.iter().map(|&c| c as u8).collect();
    let pattern = if is_bytes {
        Pattern::Bytes(&bytes)
    } else {
        Pattern::Text(&pat)
    };
    let re = match Regex::compile_with(pattern, flags, &lookup) {
        Err(e) => {
            let pos = e.pos.map(|p| p.to_string()).unwrap_or("None".into());
            return format!("E {}|{}|{}", kind(e.kind), e.msg.replace('\n', "<NL>"), pos);
        }
        Ok(re) => re,
    };
    let mut res = vec![format!("OK {} {}", re.flags(), re.groups())];
    for (n, g) in re.group_names() {
        res.push(format!("{}={}", n, g));
    }
    for w in re.warnings() {
        res.push(format!("W:{}", w.message));
    }
    let ops = if parts.len() > 3 && !parts[3].is_empty() {
        parts[3].split(';').collect()
    } else {
        vec![]
    };
    for op in ops {
        let f: Vec<&str> = op.splitn(4, ':').collect();
        if f[0] == "t" {
            let t = hex_list(f[1]);
            let tb: Vec<u8> = t.iter().map(|&c| c as u8).collect();
            let tp = if is_bytes {
                Pattern::Bytes(&tb)
            } else {
                Pattern::Text(&t)
            };
            match re.parse_template(tp) {
                Err(e) => {
                    let pos = e.pos.map(|p| p.to_string()).unwrap_or("None".into());
                    res.push(format!("TE {}|{}|{}", kind(e.kind), e.msg, pos));
                }
                Ok(t) => res.push(format!("T {:?}", t.pieces)),
            }
            continue;
        }
        let pos: usize = f[1].parse().unwrap();
        let endpos: usize = f[2].parse().unwrap();
        let subj = hex_list(f[3]);
        let r = if f[0] == "i" {
            let mut ms: Vec<String> = Vec::new();
            let mut wrong = false;
            for m in re.find_iter(&subj[..], pos, endpos) {
                if m.wrong_span {
                    wrong = true;
                    break;
                }
                ms.push(fmt_match(&Some(m)));
            }
            if wrong {
                "SystemError".to_string()
            } else {
                ms.join(" / ")
            }
        } else {
            let anchor = match f[0] {
                "s" => Anchor::Search,
                "m" => Anchor::Start,
                _ => Anchor::Full,
            };
            fmt_match(&re.exec(&subj[..], pos, endpos, anchor, false))
        };
        res.push(r);
    }
    res.join(" | ").replace('\n', "<NL>")
}
