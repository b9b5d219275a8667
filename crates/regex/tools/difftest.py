#!/usr/bin/env python3
"""Differential tests: run patterns through CPython's `re` and through the engine (the
`rtest` example binary), and report every difference.

Usage:
    python3 tools/difftest.py BINARY [--random N] [--seed S] [--cases FILE.py] [--dump FILE]

BINARY is the built `examples/rtest` program. `--cases` names a Python file defining
CASES = [(pattern, flags, [ops...]), ...] where an op is ("s"|"m"|"f"|"i", subject[, pos[, endpos]])
or ("t", template). `--random N` adds N random patterns with random subjects.
`--dump FILE` writes the expected results of all tests (for the Rust unit tests).
"""
import random
import re
import subprocess
import sys
import warnings


def hexs(s):
    if isinstance(s, bytes):
        return ",".join("%x" % c for c in s)
    return ",".join("%x" % ord(c) for c in s)


def fmt_match(m):
    if m is None:
        return "None"
    parts = []
    for g in range(m.re.groups + 1):
        a, b = m.span(g)
        parts.append("-" if a == -1 else "%d,%d" % (a, b))
    parts.append("L%s" % ("-" if m.lastindex is None else m.lastindex))
    return " ".join(parts)


def fmt_template(p, t):
    groups, literals = re._parser.parse_template(t, p)
    gmap = dict(groups)
    pieces = []
    for i, lit in enumerate(literals):
        if lit is None:
            pieces.append(("G", gmap[i]))
        else:
            if isinstance(lit, bytes):
                cps = list(lit)
            else:
                cps = [ord(c) for c in lit]
            if pieces and pieces[-1][0] == "L":
                pieces[-1] = ("L", pieces[-1][1] + cps)
            else:
                pieces.append(("L", cps))
    out = []
    for kind, v in pieces:
        if kind == "G":
            out.append("Group(%d)" % v)
        elif v:
            out.append("Literal([%s])" % ", ".join(str(c) for c in v))
    return "T [%s]" % ", ".join(out)


def err_line(prefix, e):
    if isinstance(e, re.error):
        return "%s error|%s|%s" % (prefix, e.msg, e.pos)
    if isinstance(e, RecursionError):
        return "%s RecursionError|maximum recursion depth exceeded|None" % prefix
    msg = str(e)
    if isinstance(e, IndexError):
        msg = e.args[0]
    return "%s %s|%s|None" % (prefix, type(e).__name__, msg)


def expected(pattern, flags, ops):
    re.purge()
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            r = re.compile(pattern, flags)
        except Exception as e:  # noqa
            return err_line("E", e).replace("\n", "<NL>")
    res = ["OK %d %d" % (r.flags, r.groups)]
    for name, g in r.groupindex.items():
        res.append("%s=%d" % (name, g))
    for w in ws:
        msg = str(w.message)
        if not msg.startswith("The re.TEMPLATE"):
            res.append("W:" + msg)
    for op in ops:
        mode = op[0]
        if mode == "t":
            try:
                with warnings.catch_warnings(record=True):
                    warnings.simplefilter("always")
                    res.append(fmt_template(r, op[1]))
            except Exception as e:  # noqa
                res.append(err_line("TE", e))
            continue
        s = op[1]
        pos = op[2] if len(op) > 2 else 0
        endpos = op[3] if len(op) > 3 else len(s)
        try:
            if mode == "i":
                res.append(" / ".join(fmt_match(m) for m in r.finditer(s, pos, endpos)))
            else:
                fn = {"s": r.search, "m": r.match, "f": r.fullmatch}[mode]
                res.append(fmt_match(fn(s, pos, endpos)))
        except SystemError:
            res.append("SystemError")
    return " | ".join(res).replace("\n", "<NL>")


def input_line(pattern, flags, ops):
    isb = isinstance(pattern, bytes)
    enc = []
    for op in ops:
        if op[0] == "t":
            enc.append("t:" + hexs(op[1]))
            continue
        s = op[1]
        pos = op[2] if len(op) > 2 else 0
        endpos = op[3] if len(op) > 3 else len(s)
        pos = max(0, min(pos, len(s)))
        endpos = max(0, min(endpos, len(s)))
        enc.append("%s:%d:%d:%s" % (op[0], pos, endpos, hexs(s)))
    return "%d\t%s\t%s\t%s" % (flags, "b" if isb else "s", hexs(pattern), ";".join(enc))


# ---------------------------------------------------------------- random patterns

ATOMS = ["a", "a", "a", "b", "b", "b", "c", ".", "[ab]", "[^a]", "[a-c]", r"\w", r"\W", r"\d", r"\s", "\n",
         r"\n", "[b-]", "(?i:A)", "A", "B", "[A-B]", "ab", "ba", "aa", "()", "(?:)"]
ASSERTS = ["^", "$", r"\A", r"\Z", r"\b", r"\B"]
QUANTS = ["*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,1}", "{,2}", "{2,}", "{1,}?", "*+", "++", "?+",
          "{1,2}+", "{0}", "{2}?", "{0,2}?", "{1,3}", "{2,3}?", "{2,}+"]


def rand_pattern(rng, depth=0, ngroups=None, budget=None):
    if ngroups is None:
        ngroups = [0]
    if budget is None:
        budget = [rng.randint(2, 9)]
    items = []
    while budget[0] > 0:
        budget[0] -= 1
        r = rng.random()
        if r < 0.4 or depth > 3:
            item = rng.choice(ATOMS)
        elif r < 0.47:
            items.append(rng.choice(ASSERTS))
            continue
        elif r < 0.8:
            kind = rng.random()
            if kind < 0.45:
                ngroups[0] += 1
                item = "(" + rand_pattern(rng, depth + 1, ngroups, budget) + ")"
            elif kind < 0.58:
                item = "(?:" + rand_pattern(rng, depth + 1, ngroups, budget) + ")"
            elif kind < 0.65:
                item = "(?=" + rand_pattern(rng, depth + 1, ngroups, budget) + ")"
            elif kind < 0.71:
                item = "(?!" + rand_pattern(rng, depth + 1, ngroups, budget) + ")"
            elif kind < 0.78:
                item = "(?>" + rand_pattern(rng, depth + 1, ngroups, budget) + ")"
            elif kind < 0.84:
                w = rng.choice(["a", "ab", "[ab]", "(a)", "a|b", r"\w", "(?:a|b)b", "(b)a", "(?:a|(b))"])
                if "(" in w and not w.startswith("(?:a|b)"):
                    ngroups[0] += 1
                item = rng.choice(["(?<=", "(?<!"]) + w + ")"
            elif kind < 0.92 and ngroups[0] > 0:
                g = rng.randint(1, ngroups[0])
                yes = rand_pattern(rng, depth + 2, ngroups, budget)
                no = rand_pattern(rng, depth + 2, ngroups, budget)
                item = "(?(%d)%s|%s)" % (g, yes, no) if rng.random() < 0.7 else "(?(%d)%s)" % (g, yes)
            elif kind < 0.96:
                a = rand_pattern(rng, depth + 1, ngroups, budget)
                b = rand_pattern(rng, depth + 1, ngroups, budget)
                item = "(?:" + a + "|" + b + ")"
            else:
                # Branches with a common prefix (CPython factors it out).
                pre = rng.choice(["a", ".", "[ab]", "[a]", r"\d", r"\w", "^", "$", r"\b", "[^a]"])
                if ngroups[0] > 0 and rng.random() < 0.3:
                    pre = "\\%d" % rng.randint(1, ngroups[0])
                n = rng.randint(2, 3)
                alts = [pre + rand_pattern(rng, depth + 1, ngroups, budget) for _ in range(n)]
                item = "(?:" + "|".join(alts) + ")"
        elif r < 0.88 and ngroups[0] > 0:
            item = "\\%d" % rng.randint(1, ngroups[0])
        else:
            item = "(?:" + rng.choice(ATOMS) + "|" + rng.choice(ATOMS) + ")"
        if rng.random() < 0.35:
            item += rng.choice(QUANTS)
        items.append(item)
        if rng.random() < 0.1 and depth > 0:
            items.append("|")
    s = "".join(items)
    if depth == 0 and rng.random() < 0.15:
        s += "|" + rand_pattern(rng, 1, ngroups, [3])
    return s


def rand_subject(rng):
    n = rng.randint(0, 10)
    alphabet = rng.choice(["ab", "abc", "aab", "ab\n", "aAbB", "ab c_1", "a\u00e9\u00c9b\u212a\u017fsSkK1\u0661 "])
    return "".join(rng.choice(alphabet) for _ in range(n))


GARBAGE = ["(", ")", "(?", "(?:", "(?P<", "(?P=", ">", "(?<", "(?=", "(?!", "(?#", "(?>", "(?(", "[", "]", "[^",
           "{", "}", "?", "*", "+", "|", "\\", "^", "$", ".", "-", ",", ":", "=", "!", "<", "P", "#", "a", "b", "1",
           "0", "2", "x", "u", "U", "N", "g", "i", "m", "s", "a", "L", "t", "-i", "\\1", "\\0", "\\x4", "\\x41",
           "\\d", "\\w", "\\b", "\\B", "\\A", "\\Z", "\\q", "\\8", "\\17", "\\777", " ", "\n", "{1,2}",
           "{,}", "{2,1}", "a-z", "&&", "--", "||", "~~", "\\-", "\\]", "\\u00e9", "\u00e9", "\\N{", "}"]


def rand_garbage(rng):
    return "".join(rng.choice(GARBAGE) for _ in range(rng.randint(1, 8)))


FOCUS_PIECES = ["(a)", "(b)", "(?(1)a|b)", "(?(2)b|a)", "\\1", "(?:\\2|c)", "a", "b", "c", "(a)?", "(?:(a)|b)",
                "(?:(a)x|a)", "(?=(a))", "(?!(b))", "x", "a*", "[ab]?", "(?:a|(b))"]
FOCUS_LOOPS = ["a*", "b*", "[ab]*", "a*?", "[ab]+?", "a{0,2}", "b?"]


def rand_focused(rng):
    """Repeats around groups, conditionals and backreferences: where CPython's capture
    bookkeeping has its quirks."""
    def piece():
        return "".join(rng.choice(FOCUS_PIECES) for _ in range(rng.randint(1, 3)))
    kind = rng.randint(0, 2)
    if kind == 0:
        inner = rng.choice(FOCUS_LOOPS) + piece()
    elif kind == 1:
        inner = "(?:%s)%s" % (piece(), rng.choice(["*?", "+?", "{1,3}?", "??"]))
    else:
        inner = "(?:%s)%s" % (piece(), rng.choice(["*+", "++", "{1,3}+", "?+"]))
        if rng.random() < 0.3:
            inner = "(?>%s)" % piece()
    if rng.random() < 0.3:
        inner += "|" + piece()
    return "(?:%s)%s%s" % (inner, rng.choice(["*", "+", "{1,3}", "*?", "{2}", "++"]),
                           rng.choice(["", "c", "$", "\\1", "(?(2)c)", "a"]))


def random_tests(n, seed):
    rng = random.Random(seed)
    tests = []
    for _ in range(n):
        if rng.random() < 0.2:
            p = rand_focused(rng)
            subj = "".join(rng.choice("aabbcx") for _ in range(rng.randint(0, 9)))
            tests.append((p, 0, [("s", subj), ("m", subj), ("i", subj)]))
            continue
        if rng.random() < 0.25:
            p = rand_garbage(rng)
            if rng.random() < 0.5:
                p = "".join(c for c in p if ord(c) < 256)
            flags = rng.choice([0, 0, re.I, re.X, re.M | re.S, re.A])
            isb = rng.random() < 0.2
            if isb:
                p = p.encode("latin-1", "replace")
                flags &= ~re.A
            subj = rand_subject(rng)
            if isb:
                subj = subj.encode("latin-1", "replace")
            tests.append((p, flags, [("s", subj), ("i", subj)]))
            continue
        p = rand_pattern(rng)
        flags = 0
        if rng.random() < 0.2:
            flags |= re.I
        if rng.random() < 0.15:
            flags |= re.M
        if rng.random() < 0.1:
            flags |= re.S
        isb = rng.random() < 0.1
        if isb:
            p = p.encode("latin-1", "replace")
        elif rng.random() < 0.1:
            flags |= re.A
        ops = []
        for _ in range(3):
            s = rand_subject(rng)
            if isb:
                s = s.encode("latin-1", "replace")
            ops.append(("s", s))
            ops.append(("m", s))
            if rng.random() < 0.3:
                ops.append(("f", s))
            if rng.random() < 0.3:
                ops.append(("i", s))
            if rng.random() < 0.2 and s:
                a = rng.randint(0, len(s))
                b = rng.randint(0, len(s))
                ops.append(("s", s, a, b))
        if rng.random() < 0.3:
            t = rand_template(rng)
            ops.append(("t", t.encode("latin-1", "replace") if isb else t))
        tests.append((p, flags, ops))
    return tests


TEMPLATE_BITS = ["a", "\\", "\\1", "\\2", "\\0", "\\g<1>", "\\g<0>", "\\g<a>", "\\g<", ">", "\\g", "\\n",
                 "\\-", "\\q", "\\x41", "\\12", "\\123", "\\400", "\\8", "\\g<+1>", "\\g<1a>", "\\g< 2>",
                 "\\g<99>", "\\\\", "\u00e9", "\\t", "\\07", "\\18"]


def rand_template(rng):
    return "".join(rng.choice(TEMPLATE_BITS) for _ in range(rng.randint(0, 5)))


def main():
    args = sys.argv[1:]
    binary = args[0]
    tests = []
    seed = 1
    dump = None
    i = 1
    while i < len(args):
        if args[i] == "--random":
            n = int(args[i + 1])
            i += 2
            if "--seed" in args:
                seed = int(args[args.index("--seed") + 1])
            tests += random_tests(n, seed)
        elif args[i] == "--seed":
            i += 2
        elif args[i] == "--cases":
            ns = {}
            with open(args[i + 1], encoding="utf-8") as f:
                exec(f.read(), ns)
            tests += ns["CASES"]
            i += 2
        elif args[i] == "--dump":
            dump = args[i + 1]
            i += 2
        else:
            raise SystemExit("unknown argument " + args[i])
    inputs = [input_line(p, f, ops) for p, f, ops in tests]
    exp = [expected(p, f, ops) for p, f, ops in tests]
    proc = subprocess.run([binary], input="\n".join(inputs) + "\n", capture_output=True, text=True,
                          encoding="utf-8")
    got = proc.stdout.split("\n")
    if proc.returncode != 0:
        print("binary failed:", proc.stderr[-3000:])
    bad = 0
    for k, (t, e) in enumerate(zip(tests, exp)):
        g = got[k] if k < len(got) else "<missing>"
        if g != e:
            bad += 1
            if bad <= 40:
                print("PATTERN", ascii(t[0]), "FLAGS", t[1])
                print("  ops     ", ascii(t[2])[:300])
                print("  expected", ascii(e)[:600])
                print("  got     ", ascii(g)[:600])
    print("%d tests, %d differences" % (len(tests), bad))
    if dump:
        with open(dump, "w", encoding="utf-8") as f:
            for line, e in zip(inputs, exp):
                f.write(line + "\n" + e + "\n")


if __name__ == "__main__":
    main()
