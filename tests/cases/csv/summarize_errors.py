"""csvsummary error paths: each call exits with status 2 and a usage message on stderr."""
import io
import os
import sys
import tempfile

from summarize import main


def run(argv):
    err = io.StringIO()
    out = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(argv)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = saved
    print("$ csvsummary", " ".join(argv))
    print(out.getvalue(), end="")
    print(err.getvalue(), end="")
    print("exit", code)


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("empty.csv", "w") as f:
        f.write("\n\n")
    with open("small.csv", "w", newline="") as f:
        f.write("name,score\nx,1\ny,2\nz,oops\n")
    run([])
    run(["missing.csv"])
    run(["empty.csv"])
    run(["small.csv", "--columns", "nope", "score"])
    run(["small.csv", "--top", "0"])
    run(["small.csv", "--top", "many"])
    run(["small.csv", "--format", "xml"])
    run(["small.csv", "--bogus"])
    run(["small.csv", "-c", "score"])
    os.chdir(os.path.dirname(tmp))
