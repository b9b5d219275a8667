//! API-level tests: the interface the `re` module bridge uses, plus robustness (no stack
//! overflow, no panic) on hostile input.

use pyrite_regex::*;

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn re(p: &str) -> Regex {
    Regex::compile(Pattern::Str(p), 0).unwrap()
}

fn err(p: &str, flags: u32) -> Error {
    Regex::compile(Pattern::Str(p), flags).unwrap_err()
}

#[test]
fn search_match_fullmatch() {
    let r = re(r"(\w+)@(\w+)\.com");
    let s = chars("mail: bob@example.com!");
    let m = r.search(&s[..], 0, s.len()).unwrap();
    assert_eq!(m.span(0), Some((6, 21)));
    assert_eq!(m.span(1), Some((6, 9)));
    assert_eq!(m.span(2), Some((10, 17)));
    assert_eq!(m.lastindex, Some(2));
    assert!(r.match_at(&s[..], 0, s.len()).is_none());
    assert!(r.match_at(&s[..], 6, s.len()).is_some());
    assert!(r.fullmatch(&s[..], 6, 21).is_some());
    assert!(r.fullmatch(&s[..], 6, 22).is_none());
    assert_eq!(r.groups(), 2);
}

#[test]
fn pos_endpos_are_clamped() {
    let r = re("b");
    let s = chars("abc");
    assert_eq!(r.search(&s[..], 0, 100).unwrap().span(0), Some((1, 2)));
    assert!(r.search(&s[..], 100, 100).is_none());
    assert!(r.search(&s[..], 2, 1).is_none());
    // CPython quirk: match() with pos > endpos can still match an empty string.
    assert_eq!(re("").match_at(&s[..], 2, 1).unwrap().span(0), Some((2, 2)));
}

#[test]
fn group_names_and_flags() {
    let r = re(r"(?P<year>\d{4})-(?P<month>\d\d)|(x)");
    assert_eq!(r.group_names(), &[("year".to_string(), 1), ("month".to_string(), 2)]);
    assert_eq!(r.group_index("month"), Some(2));
    assert_eq!(r.group_name(1), Some("year"));
    assert_eq!(r.group_name(3), None);
    assert_eq!(r.flags(), UNICODE);
    assert_eq!(
        Regex::compile(Pattern::Str("(?im)a"), VERBOSE).unwrap().flags(),
        UNICODE | IGNORECASE | MULTILINE | VERBOSE
    );
    assert_eq!(Regex::compile(Pattern::Str("a"), ASCII).unwrap().flags(), ASCII);
    let b = Regex::compile(Pattern::Bytes(b"(?P<n>a)"), 0).unwrap();
    assert!(b.is_bytes());
    assert_eq!(b.flags(), 0);
}

#[test]
fn subjects_of_every_kind() {
    let r = re(r"\w+");
    let text = "héllo wörld";
    let cps: Vec<u32> = text.chars().map(|c| c as u32).collect();
    let cs = chars(text);
    assert_eq!(r.search(&cps[..], 0, cps.len()).unwrap().span(0), Some((0, 5)));
    assert_eq!(r.search(&cs[..], 0, cs.len()).unwrap().span(0), Some((0, 5)));
    // A str pattern on the bytes of an ASCII string: same positions.
    let ascii = b"hello world";
    assert_eq!(r.search(&ascii[..], 6, ascii.len()).unwrap().span(0), Some((6, 11)));
    // A bytes pattern uses ASCII rules: \w does not match 0xE9.
    let rb = Regex::compile(Pattern::Bytes(br"\w+"), 0).unwrap();
    let bytes = b"caf\xe9!";
    assert_eq!(rb.search(&bytes[..], 0, bytes.len()).unwrap().span(0), Some((0, 3)));
}

#[test]
fn find_iter_follows_cpython() {
    let r = re("x*");
    let s = chars("abxd");
    let spans: Vec<(usize, usize)> = r.find_iter(&s[..], 0, s.len()).map(|m| m.range()).collect();
    // re.sub('x*', '-', 'abxd') == '-a-b--d-'
    assert_eq!(spans, vec![(0, 0), (1, 1), (2, 3), (3, 3), (4, 4)]);
    let r = re("x*?");
    let s = chars("xx");
    let spans: Vec<(usize, usize)> = r.find_iter(&s[..], 0, s.len()).map(|m| m.range()).collect();
    assert_eq!(spans, vec![(0, 0), (0, 1), (1, 1), (1, 2), (2, 2)]);
    let r = re(r"\b");
    let s = chars("a b");
    assert_eq!(r.find_iter(&s[..], 0, s.len()).count(), 4);
}

#[test]
fn errors_have_cpython_messages() {
    let e = err("a)", 0);
    assert_eq!(
        (e.kind, e.msg.as_str(), e.pos),
        (ErrorKind::Error, "unbalanced parenthesis", Some(1))
    );
    assert_eq!(e.message(&Pattern::Str("a)")), "unbalanced parenthesis at position 1");
    let p = "ab\n(?P<x>\n";
    let e = err(p, 0);
    assert_eq!(
        e.message(&Pattern::Str(p)),
        "missing ), unterminated subpattern at position 3 (line 2, column 1)"
    );
    assert_eq!(e.line_col(&Pattern::Str(p)), Some((2, 1)));
    assert_eq!(err("(?<=a+)", 0).msg, "look-behind requires fixed-width pattern");
    assert_eq!(err("(?<=a+)", 0).pos, None);
    assert_eq!(err("a", LOCALE).kind, ErrorKind::Value);
    assert_eq!(err("a{4294967295}", 0).kind, ErrorKind::Overflow);
    assert_eq!(err(r"\N{EM DASH}", 0).msg, "undefined character name 'EM DASH'");
    let lookup = |name: &str| if name == "EM DASH" { Some(0x2014) } else { None };
    let r = Regex::compile_with(Pattern::Str(r"\N{EM DASH}"), 0, &lookup).unwrap();
    let s = chars("a—b");
    assert_eq!(r.search(&s[..], 0, 3).unwrap().span(0), Some((1, 2)));
}

#[test]
fn warnings_are_reported() {
    let r = re("[[a]");
    assert_eq!(r.warnings().len(), 1);
    assert_eq!(r.warnings()[0].category, WarningCategory::Future);
    assert_eq!(r.warnings()[0].message, "Possible nested set at position 1");
    let r = Regex::compile(Pattern::Bytes(b"(?P<\xe9>a)"), 0).unwrap();
    assert_eq!(r.warnings()[0].category, WarningCategory::Deprecation);
    assert_eq!(
        r.warnings()[0].message,
        "bad character in group name '\\xe9' at position 4"
    );
    assert_eq!(r.group_names()[0].0, "é");
}

#[test]
fn templates() {
    let r = re(r"(?P<first>\w)(\w)?");
    let t = r.parse_template(Pattern::Str(r"<\g<first>|\2|\g<0>>\n")).unwrap();
    assert_eq!(
        t.pieces,
        vec![
            TemplatePiece::Literal(vec!['<' as u32]),
            TemplatePiece::Group(1),
            TemplatePiece::Literal(vec!['|' as u32]),
            TemplatePiece::Group(2),
            TemplatePiece::Literal(vec!['|' as u32]),
            TemplatePiece::Group(0),
            TemplatePiece::Literal(vec!['>' as u32, '\n' as u32]),
        ]
    );
    let s = chars("xy");
    let m = r.search(&s[..], 0, 2).unwrap();
    let text: String = t
        .expand(&m, &s[..])
        .into_iter()
        .map(|c| char::from_u32(c).unwrap())
        .collect();
    assert_eq!(text, "<x|y|xy>\n");
    let s = chars("z");
    let m = r.search(&s[..], 0, 1).unwrap();
    let text: String = t
        .expand(&m, &s[..])
        .into_iter()
        .map(|c| char::from_u32(c).unwrap())
        .collect();
    assert_eq!(text, "<z||z>\n");
    let e = r.parse_template(Pattern::Str(r"\g<nope>")).unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str()),
        (ErrorKind::Index, "unknown group name 'nope'")
    );
    let e = r.parse_template(Pattern::Str(r"\3")).unwrap_err();
    assert_eq!((e.msg.as_str(), e.pos), ("invalid group reference 3", Some(1)));
    let t = r.parse_template(Pattern::Str(r"\g<+1>")).unwrap();
    assert_eq!(t.warnings.len(), 1);
}

#[test]
fn escape_set() {
    let escaped: String = "a.b*c d-e_f".chars().filter(|&c| escape_needed(c as u32)).collect();
    assert_eq!(escaped, ".* -");
}

#[test]
fn long_subjects_do_not_overflow_the_stack() {
    let s: Vec<char> = "ab".repeat(200_000).chars().collect();
    for p in [
        "(a|b)*c",
        "(?:(a)|b)*",
        "(ab)*?$",
        "((a)|(b))+",
        "(?>(a|b))*",
        "(?:a(?=b)|b)*",
        "(a|b)*+x|(ab)+",
    ] {
        let r = re(p);
        let _ = r.match_at(&s[..], 0, s.len());
        let _ = r.fullmatch(&s[..], 0, s.len());
    }
    let r = re("(a|b)*");
    assert_eq!(
        r.match_at(&s[..], 0, s.len()).unwrap().span(1),
        Some((399_999, 400_000))
    );
}

#[test]
fn deep_nesting_compiles_on_a_small_stack() {
    // 495 nested groups are accepted (as by CPython at top level); parsing recurses, so run it
    // on a thread with a modest stack.
    let handle = std::thread::Builder::new()
        .stack_size(4 << 20)
        .spawn(|| {
            for open in ["(", "(?:", "(?=", "(?>", "(?<="] {
                let p = format!("{}a{}", open.repeat(495), ")".repeat(495));
                let r = Regex::compile(Pattern::Str(&p), 0).unwrap();
                let s = chars("xa");
                assert!(r.search(&s[..], 0, 2).is_some());
            }
            // One level deeper is CPython's RecursionError.
            let p = format!("{}a{}", "(".repeat(496), ")".repeat(496));
            assert_eq!(err(&p, 0).kind, ErrorKind::Recursion);
            assert_eq!(err(&"(?:".repeat(10_000), 0).kind, ErrorKind::Recursion);
        })
        .unwrap();
    handle.join().unwrap();
}

#[test]
fn hostile_patterns_do_not_panic() {
    let pieces = [
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "?",
        "*",
        "+",
        "|",
        "\\",
        "^",
        "$",
        ".",
        "-",
        "(?",
        "(?P<",
        "(?(",
        "(?<",
        "\\1",
        "\\x",
        "a",
        "{1,",
        "}",
        "(?i",
        ":",
        ">",
        "=",
        "!",
        "#",
        "\\N{",
        "é",
        "\u{10FFFF}",
    ];
    let s = chars("aéb\n(x)[y]");
    let mut seed: u64 = 12345;
    for _ in 0..20_000 {
        let mut p = String::new();
        for _ in 0..(seed % 9) {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            p.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        for flags in [0, IGNORECASE | VERBOSE, MULTILINE | DOTALL | ASCII] {
            if let Ok(r) = Regex::compile(Pattern::Str(&p), flags) {
                let _ = r.find_iter(&s[..], 0, s.len()).count();
                let _ = r.fullmatch(&s[..], 1, 4);
                let _ = r.parse_template(Pattern::Str(&p));
            }
            let bytes: Vec<u8> = p.bytes().collect();
            if let Ok(r) = Regex::compile(Pattern::Bytes(&bytes), flags & !ASCII) {
                let _ = r.search(&bytes[..], 0, bytes.len());
            }
        }
    }
}
