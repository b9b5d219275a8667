"""Hand-picked cases for tests/python_results.rs (run through tools/difftest.py --dump).

Each case is (pattern, flags, ops); an op is ("s"|"m"|"f"|"i", subject[, pos[, endpos]]) for
search / match / fullmatch / finditer, or ("t", template).
"""
import re

CASES = []


def add(pattern, flags=0, *ops):
    CASES.append((pattern, flags, list(ops)))


def S(*subjects):
    """Search, match, fullmatch and finditer on each subject."""
    ops = []
    for s in subjects:
        ops += [("s", s), ("m", s), ("f", s), ("i", s)]
    return ops


def many(pattern, flags, subjects):
    add(pattern, flags, *S(*subjects))


# Literals and escapes.
many("abc", 0, ["abc", "xabcx", "ab", "ABC", ""])
many(r"a\.b\*c\\d", 0, ["a.b*c\\d", "axb*c\\d"])
many(r"\n\t\r\f\v\a", 0, ["\n\t\r\f\v\a", "x\n\t\r\f\v\a"])
many(r"\x41\x7a\u00e9\U0001F600", 0, ["Az\u00e9\U0001F600", "az\u00e9"])
many(r"\0\012\101\1010", 0, ["\0\nAA0", "\0\nA"])
many(r"\N{LATIN SMALL LETTER A}\N{EM DASH}", 0, ["a\u2014", "A\u2014"])
many(r"[\N{DIGIT ONE}-\N{DIGIT NINE}]+", 0, ["0123456789"])
many(r"\-\ \#\&\~\'\"\u00e9", 0, ["- #&~'\"\u00e9"])
many("\u00e9t\u00e9|\U0001F600+", 0, ["l'\u00e9t\u00e9", "\U0001F600\U0001F600x"])
# Classes.
many(r"[abc]+", 0, ["xxbcaay", "", "ABC"])
many(r"[^abc]+", 0, ["abxyzc", "abc"])
many(r"[a-cx-z]+", 0, ["wabczyx", "d"])
many(r"[]a]+", 0, ["]a]b"])
many(r"[^]a]+", 0, ["]a]bc"])
many(r"[a-]+|[-z]+", 0, ["a-a", "z-"])
many(r"[\d\s]+", 0, ["a1 2\t3b", "\u0661\u0662 \u2003"])
many(r"[\w.-]+@[\w.-]+", 0, ["mail bob.smith@example.com now", "x@y"])
many(r"[\D]+[\S]+[\W]+", 0, ["ab12 ;", "  x!"])
many(r"[\b]", 0, ["a\bb"])
many(r"[\x00-\x1f]+", 0, ["ab\x01\x02\x1fc"])
many(r"[\u0400-\u04ff]+", 0, ["hello \u043f\u0440\u0438\u0432\u0435\u0442"])
many(r"[.^$*+?{}()|]+", 0, ["a.^$*+?{}()|b"])
many(r"[[a]+", 0, ["[a[b"])
many(r"[a&&b]+", 0, ["a&&b&"])
# Dot, anchors.
many(r"a.c", 0, ["abc", "a\nc", "a\u00e9c"])
many(r"a.c", re.S, ["a\nc"])
many(r"^ab", 0, ["ab\nab", "xab"])
many(r"^ab", re.M, ["xx\nab\nab"])
many(r"ab$", 0, ["ab\n", "ab\nab", "ab\n\n", "ab"])
many(r"ab$", re.M, ["ab\nab\n", "abx\nab"])
many(r"\Aab\Z", 0, ["ab", "ab\n"])
many(r"^$", re.M, ["", "\n", "a\n\nb"])
many(r"$", 0, ["a\n", "a"])
many(r"(?m)$", 0, ["a\nb\n"])
many(r"\bfoo\b", 0, ["foo", "a foo b", "foobar", "barfoo", "foo_", "\u00e9foo"])
many(r"\Bfoo\B", 0, ["afoob", "foo"])
many(r"\b", 0, ["", "ab cd", " "])
many(r"\B", 0, ["", "ab cd", " "])
many(r"\b\w+\b", re.A, ["caf\u00e9 ol\u00e9"])
many(r"\b\w+\b", 0, ["caf\u00e9 ol\u00e9"])
# Categories.
many(r"\d+", 0, ["abc 123 \u0661\u0662\u0663 \u00b2"])
many(r"\d+", re.A, ["123\u0661\u0662"])
many(r"\w+", 0, ["hello_w\u00f6rld \u4e2d\u6587 \u00bd x"])
many(r"\w+", re.A, ["hello_w\u00f6rld"])
many(r"\s+", 0, [" \t\n\r\f\v\x1c\x85\u00a0\u2028\u3000x"])
many(r"\s+", re.A, [" \t\n\x1c\x85\u00a0x"])
many(r"\W+|\D+|\S+", 0, ["ab!! 12"])
# Groups.
many(r"(a)(b)(c)", 0, ["abc", "xabcx"])
many(r"(a(b(c)))", 0, ["abc"])
many(r"(a)|(b)|(c)", 0, ["c", "b", "a"])
many(r"(?P<first>\w+) (?P<last>\w+)", 0, ["Jane Doe", "x"])
many(r"(?P<a>x)(?P=a)", 0, ["xx", "xy"])
many(r"(?:ab)+", 0, ["ababab", "aba"])
many(r"(a)?b", 0, ["b", "ab"])
many(r"(a)*", 0, ["aaa", ""])
many(r"(a|b)*c", 0, ["abbac", "c", "ab"])
many(r"(a*)*", 0, ["aaa", "b"])
many(r"(a*)+", 0, ["aaa", "b"])
many(r"(a|)*", 0, ["aab", "b"])
many(r"(?:(a)|b)*", 0, ["ab", "ba"])
many(r"(?:(a)|(b))*", 0, ["ab", "ba"])
many(r"((a)|b)+", 0, ["ab", "ba"])
many(r"(a)(?:b|(c))?", 0, ["ab", "ac"])
many(r"()", 0, ["", "x"])
# Backreferences.
many(r"(\w)\1", 0, ["abccd", "abcd"])
many(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", 0, ["abcdefghijj", "abcdefghija0"])
many(r"(a)\1*", 0, ["aaaa"])
many(r"(a)|\1b", 0, ["ab", "a"])
many(r"(?:(a)|b)\1", 0, ["aa", "bb", "b"])
many(r"(?i)(\w)\1", 0, ["aA", "\u00e9\u00c9", "s\u017f", "k\u212a", "\u0130i", "I\u0131"])
many(r"(?i)(\w)\1", re.A, ["aA", "\u00e9\u00c9"])
# Lookarounds.
many(r"foo(?=bar)", 0, ["foobar", "foobaz"])
many(r"foo(?!bar)", 0, ["foobar", "foobaz"])
many(r"(?<=ab)c", 0, ["abc", "xbc"])
many(r"(?<!ab)c", 0, ["abc", "xbc", "c"])
many(r"(?<=(a))b", 0, ["ab"])
many(r"(?=(a))a", 0, ["a"])
many(r"(?!(a)b)(a)", 0, ["ac", "ab"])
many(r"(?<=\d{3})x", 0, ["123x", "12x"])
many(r"(?<=a|b)c", 0, ["bc"])
many(r"(a)(?<=\1)", 0, ["aa"])
many(r"\w+(?<!ing)\b", 0, ["running jumped"])
add(r"(?<=ab)c", 0, ("s", "abc", 2), ("s", "abc", 3), ("m", "abc", 2))
# Conditionals.
many(r"(<)?\w+(?(1)>)", 0, ["<a>", "a", "<a"])
many(r"(?P<q>')?\w+(?(q)')", 0, ["'a'", "a", "'a"])
many(r"(a)?(?(1)b|c)", 0, ["ab", "c", "ac"])
many(r"(?(1)a|b)(x)?", 0, ["b", "bx"])
# Quantifiers.
many(r"a{2}", 0, ["aaa", "a"])
many(r"a{2,}", 0, ["aaaa", "a"])
many(r"a{,2}", 0, ["aaaa"])
many(r"a{1,2}", 0, ["aaa"])
many(r"a{2,3}?", 0, ["aaaa"])
many(r"a{,}", 0, ["aaa"])
many(r"a{0}b", 0, ["ab", "b"])
many(r"a{", 0, ["a{"])
many(r"a{1", 0, ["a{1"])
many(r"a{1,2", 0, ["a{1,2"])
many(r"a{x}", 0, ["a{x}"])
many(r"x{}", 0, ["x{}"])
many(r"a*?b", 0, ["aaab"])
many(r"a+?", 0, ["aaa"])
many(r"a??b", 0, ["ab", "b"])
many(r"<.*>", 0, ["<a><b>"])
many(r"<.*?>", 0, ["<a><b>"])
many(r"(ab){2,3}", 0, ["abababab"])
many(r"(ab){2,3}?", 0, ["abababab"])
many(r"(?:a|ab)(?:c|bcd)(d*)", 0, ["abcd"])
many(r"x*", 0, ["", "axxb"])
many(r"x*?", 0, ["xx"])
many(r"(?:)*", 0, ["ab"])
many(r"(?:a|)*?x", 0, ["aaa", "aax"])
# Atomic groups and possessive quantifiers.
many(r"(?>a+)b", 0, ["aaab"])
many(r"(?>a+)a", 0, ["aaa"])
many(r"(?>a|ab)c", 0, ["abc", "ac"])
many(r"a++b", 0, ["aaab"])
many(r"a++a", 0, ["aaa"])
many(r"a*+a", 0, ["aaa"])
many(r"a?+a", 0, ["a", "aa"])
many(r"a{1,2}+a", 0, ["aa", "aaa"])
many(r"(?:ab)++ab", 0, ["ababab"])
many(r"(\w)*+", 0, ["abc"])
many(r"(?:(a)x|ay)++", 0, ["axay"])
many(r"(?:(a)x|ay)*", 0, ["axay"])
many(r'"(?:[^"\\]++|\\.)*+"', 0, ['say "hi \\"you\\"" now'])
# Alternation.
many(r"cat|dog|bird", 0, ["hotdog", "birdcat"])
many(r"a|ab|abc", 0, ["abc"])
many(r"|a", 0, ["a"])
many(r"a|", 0, ["ba"])
# Flags.
many(r"abc", re.I, ["ABC", "aBc"])
many(r"(?i)straße", 0, ["STRASSE", "STRA\u00dfE", "stra\u1e9ee"])
many(r"(?i)k", 0, ["K", "\u212a", "k"])
many(r"(?i)s", 0, ["S", "\u017f"])
many(r"(?i)\u03c3", 0, ["\u03a3", "\u03c2"])
many(r"(?i)i", 0, ["I", "\u0130", "\u0131"])
many(r"(?i)[a-z]+", 0, ["Hello\u212a\u017f"])
many(r"(?i)[^a-z]+", 0, ["Hello\u212a\u017f123"])
many(r"(?i)[\u00e0-\u00ff]+", 0, ["\u00c9\u00e9\u00c0"])
many(r"(?ai)[a-z]+", 0, ["Hello\u212a\u017f"])
many(r"(?ai)\u00e9", 0, ["\u00c9"])
many(r"(?i)[\w]", 0, ["\u0345"])
many(r"a.b", re.S | re.M, ["a\nb"])
many(r"(?s:a.b)a.b", 0, ["a\nbaxb", "a\nba\nb"])
many(r"(?i:a)b", 0, ["Ab", "AB"])
many(r"(?-i:a)b", re.I, ["aB", "AB"])
many(r"(?x) a b # comment\n c", 0, ["abc", "a b c"])
many(r"(?x)[ a]+", 0, ["a a"])
many(r"(?x)a\ b", 0, ["a b"])
many(r"(?x)a{1, 2}", 0, ["a{1,2}"])
many(r"(?x)a b|c d", 0, ["cd", "c d"])
many(r"a b", re.X, ["ab"])
many(r"(?x: a b )c d", 0, ["abc d"])
many(r"(?a)\w+", 0, ["\u00e9t\u00e9 abc"])
many(r"(?u:\w+)", re.A, ["\u00e9t\u00e9"])
many(r"(?m)^\w+$", 0, ["one\ntwo\nthree"])
many(r"(?#comment)a(?#another)b", 0, ["ab"])
many(r"(?i)(?s)a.", 0, ["A\n"])
# pos and endpos.
add(r"\w+", 0, ("s", "hello world", 3), ("s", "hello world", 3, 8), ("m", "hello world", 6), ("f", "hello world", 6),
    ("f", "hello world", 0, 5), ("i", "hello world", 2, 9), ("s", "abc", 2, 1), ("m", "abc", 2, 1), ("s", "abc", 9))
add(r"^\w", 0, ("s", "ab", 1), ("m", "ab", 1))
add(r"^\w", re.M, ("s", "a\nb", 1), ("s", "a\nb", 2))
add(r"\w$", 0, ("s", "ab", 0, 1), ("s", "ab\n", 0, 2))
add(r"\b\w", 0, ("s", "ab", 1))
add(r"\Aa", 0, ("s", "ba", 1))
add(r"a\Z", 0, ("s", "aab", 0, 2))
add(r"(?<=a)\w", 0, ("s", "ab", 1), ("m", "ab", 1))
add(r"x*", 0, ("i", "axxbx", 1, 4))
# Empty matches in finditer.
many(r"\b", 0, ["a b"])
many(r"", 0, ["abc"])
many(r"a|", 0, ["baa"])
many(r"(?=a)|a", 0, ["aab"])
# Bytes patterns.
many(rb"\w+", 0, [b"caf\xe9 abc_1"])
many(rb"(?i)\xe9|abc", 0, [b"\xc9ABC"])
many(rb"\s+", 0, [b" \t\n\x0b\x0c\r\x1c\x85\xa0x"])
many(rb"\d+\b", 0, [b"12 34x"])
many(rb"(?L)\w+", 0, [b"abc\xe9"])
many(rb"[\x80-\xff]+", 0, [b"ab\x80\xffc"])
many(rb"(?P<n>a)(?P=n)", 0, [b"aa"])
many(rb"\x00\n", 0, [b"\x00\n"])
# Unicode subjects.
many("(?i)\u00c9t\u00e9", 0, ["\u00e9T\u00c9"])
many(r"\U0001F600(\w)", 0, ["\U0001F600a"])
many(r".", 0, ["\U0001F600\n"])
# Templates.
add(r"(?P<first>a)(b)?", 0, ("t", r"\g<1>-\g<first>-\2-\1\n\t\\\-\&"), ("t", r"\g<0>"), ("t", r"\0\012\101"),
    ("t", r"\g<3>"), ("t", r"\g<x>"), ("t", r"\g<1"), ("t", r"\g"), ("t", r"\q"), ("t", "\\"), ("t", r"\x41"),
    ("t", r"\g<-1>"), ("t", r"\g<+1>"), ("t", r"\400"), ("t", r"\10"), ("t", r"\g<01>"), ("t", "plain"),
    ("t", ""), ("t", r"\g<>"), ("t", r"\g<1a>"), ("t", r"\N{EM DASH}"), ("t", r"\u0041"))
add(rb"(?P<a>x)", 0, ("t", rb"\g<a>\1\g<0>"), ("t", b"\\g<\xe9>"), ("t", rb"\x41"))
# Errors (CPython's messages and positions).
ERRORS = [
    r"*", r"a**", r"a*+*", r"(", r"(a", r"a)", r"())", r"\q", r"(?<x", r"(?P<a>x)(?P<a>y)", r"[a", r"[z-a]",
    r"(?<=a*)", r"(?<=a|bc)", r"a{2,1}", r"a{4294967295}", r"x{2}{3}", r"x*{2}", r"x???", r"x*++", r"(?", r"(?P",
    r"(?Px", r"(?P<", r"(?P<>a)", r"(?P<1a>x)", r"(?P<a", r"(?P<a b>x)", r"(?P=", r"(?P=a", r"(?P=a)",
    r"(?P<a>(?P=a))", r"\1", r"(a)\2", r"(a\1)", r"(?(1)a|b|c)", r"(?(0)a)", r"(?(a)x)", r"(?(1", r"(?(1)",
    r"(?(-1)a)", r"(?i", r"a(?i)", r"(?z)", r"(?-)", r"(?-z:a)", r"(?i-i:a)", r"(?-i)", r"(?L)", r"(?au)",
    r"(?a-u:x)", r"(?#", r"(?=", r"(?<", r"[\q]", r"[a-\d]", r"[\d-a]", r"[]", r"\x", r"\x1", r"\u12",
    r"\U00110000", r"\777", r"\N", r"\N{", r"\N{XYZ}", r"\N{LATIN", r"|*", r"(*)", r"^*", r"\b*",
    r"(?<=(a)\1)", "\\", "a\\", r"\8", r"\18", r"(?<a>x)", r"(?(?=a)b)", r"\z", r"a{3,2}", r"))))",
    r"\g<1>", r"[\A]", r"(?t:a)", r"(?-t:a)", r"(?(1)a(?(1)b|c)|d)", r"(?<=(?(1)a|b))", r"(a)(?<=(?(1)a|bc))",
    r"(?x) ( ?: a )", r"(?x)(?P <a>x)", r"a\n(", "a\n\nb)", r"(?i)a(?s)", r"a|(?i)b", r"((?i))", r"(?a)(?u)",
    r"[\x41-\d]", r"[\u0061-\u0041]", r"[a--]", r"(?(99999999999999999999)a)", r"x{2}?+", r"a{1,2}{3}",
    r"(?'a)", r"(?P<a>x)(?P=a\)", r"(?#a\)", r"x{1\\",
]
for p in ERRORS:
    add(p)
for p, f in [("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.L | re.A), ("a*", re.T), ("a|b", re.T),
             (b"(?u)", 0), (rb"\u1234", 0), (b"(?P<\xe9>a)", 0), (b"(?P<\xe9!>x)", 0), (b"(?\xe9)", 0),
             (b"[\xe9-a]", 0), ("(a)(?(+1)a)", 0), ("(a)(?(\u0661)a)", 0), ("(?(+0)a)", 0), ("[[a]", 0),
             ("[a&&b]", 0), ("[a||b]", 0), ("[a~~b]", 0), ("[a--b]", 0), ("[---]", 0), ("[a&&&b]", 0)]:
    add(p, f)
# IGNORECASE equivalences beyond simple case mappings.
many("(?i)\u0390", 0, ["\u1fd3\u0390"])
many("(?i)\u1fe3", 0, ["\u03b0"])
many("(?i)\ufb05", 0, ["\ufb06"])
many("(?i)[\u1f9a-\u2050]+", 0, ["\u0390\u03b0\u0399\u1fbe"])
many("(?i)[\u0386-\u03b2]+", 0, ["\u00b5\u03bc\u1fbe\u0345\u03d0"])
many("(?i)\u0345", 0, ["\u0399\u03b9\u1fbe"])
