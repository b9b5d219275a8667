import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    base = os.getcwd()          # the real (resolved) temporary directory

    def show(p, strict=False):
        try:
            r = os.path.realpath(p, strict=strict)
        except OSError as exc:
            return "%s errno=%d" % (type(exc).__name__, exc.errno)
        return os.path.relpath(r, base) if isinstance(r, str) else os.path.relpath(r, os.fsencode(base))

    os.makedirs("real/inner")
    with open("real/inner/file.txt", "w") as f:
        f.write("x")
    os.symlink("real", "link_to_real")
    os.symlink("link_to_real/inner", "chain")
    os.symlink("chain/file.txt", "file_link")
    os.symlink("../real", "real/inner/up")
    os.symlink(os.path.join(base, "real"), "absolute_link")
    os.symlink("missing_target", "dangling")
    os.symlink("loop_b", "loop_a")
    os.symlink("loop_a", "loop_b")
    os.symlink("me", "me")

    for p in ["real", "link_to_real", "chain", "chain/file.txt", "file_link",
              "real/inner/up/inner/up", "absolute_link/inner", "dangling",
              "dangling/below", "missing/../real", "link_to_real/../real",
              "loop_a", "loop_a/x", "me", ".", "", "real/inner/../../chain"]:
        print(repr(p).ljust(26), show(p).ljust(24), show(p, strict=True))
    print(show(b"chain"), show(b"loop_b"))
    os.chdir(start)
