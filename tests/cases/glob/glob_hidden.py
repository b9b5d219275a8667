import glob
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for d in [".config", "visible", ".config/.inner", "visible/.git"]:
        os.makedirs(d)
    for f in [".profile", ".config/settings", ".config/.inner/x", "visible/v",
              "visible/.git/HEAD", "plain"]:
        open(f, "w").close()
    for pat in ["*", ".*", "*/*", ".*/*", "**", "[.]*", "?profile", "visible/*",
                "visible/.*", ".config/*"]:
        print(f"{pat:12}", sorted(glob.glob(pat)), sorted(glob.glob(pat, include_hidden=True)))
    for pat in ["**", "**/*", "**/x", "**/HEAD"]:
        print(f"{pat:12} rec", sorted(glob.glob(pat, recursive=True)))
        print(f"{pat:12} rec+hidden", sorted(glob.glob(pat, recursive=True, include_hidden=True)))
    os.chdir(start)
