import sys

RECORDS = """\
ann:math=91,physics=84,art=77
bob:math=58,physics=71,art=95
cyd:math=100,physics=99
dee:math=73,physics=abc,art=88
eli:math=45,physics=52,art=60
"""


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


def load(text):
    students = {}
    for line in text.splitlines():
        name, _, rest = line.partition(":")
        grades = {}
        for pair in rest.split(","):
            subject, _, value = pair.partition("=")
            try:
                grades[subject] = int(value)
            except ValueError:
                print(f"skipping {name}/{subject}: bad score {value!r}", file=sys.stderr)
        students[name] = grades
    return students


args = sys.argv[1:]
print("args:", args)
subject_filter = None
curve = 0
for a in args:
    if a.startswith("--curve="):
        curve = int(a.split("=", 1)[1])
    elif a.startswith("--subject="):
        subject_filter = a.split("=", 1)[1]

students = load(RECORDS)
for name, grades in students.items():
    if subject_filter:
        grades = {k: v for k, v in grades.items() if k == subject_filter}
    curved = {k: min(100, v + curve) for k, v in grades.items()}
    avg = sum(curved.values()) / len(curved) if curved else float("nan")
    detail = " ".join(f"{k}:{v}{letter(v)}" for k, v in sorted(curved.items()))
    print(f"{name:<4} avg={avg:6.2f} {letter(avg) if curved else '-'}  {detail}")

subjects = sorted({s for g in students.values() for s in g})
print("subjects:", subjects)
for s in subjects:
    scores = [g[s] for g in students.values() if s in g]
    top = max((n for n in students if s in students[n]), key=lambda n: students[n][s])
    print(f"  {s:<8} n={len(scores)} mean={sum(scores) / len(scores):.1f} top={top}")
