import os

print(os.get_exec_path({"PATH": "/usr/local/bin:/usr/bin:/bin"}))
print(os.get_exec_path({b"PATH": b"/opt/bin:/sbin"}))
print(os.get_exec_path({}))
print(os.get_exec_path({"PATH": ""}))
print(os.get_exec_path({"PATH": "::"}))
try:
    os.get_exec_path({"PATH": "/a", b"PATH": b"/b"})
except ValueError as exc:
    print("ValueError:", exc)
os.environ["PATH"] = "/first:/second"
print(os.get_exec_path())
del os.environ["PATH"]
print(os.get_exec_path(), os.defpath)
