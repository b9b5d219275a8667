import os.path

p = b"/var/log/app/server.log.1"
print(os.path.split(p))
print(os.path.splitext(p))
print(os.path.basename(p), os.path.dirname(p))
print(os.path.normpath(b"/var//log/./app/../app/x"))
print(os.path.join(b"/var", b"log", b"app"))
print(os.path.isabs(p), os.path.isabs(b"rel"))
print(os.path.relpath(b"/var/log/app", b"/var/tmp"))
print(os.path.commonpath([b"/var/log/a", b"/var/log/b"]))
print(os.path.commonprefix([b"/var/log/a", b"/var/lib"]))
print(os.path.splitdrive(b"/x"), os.path.normcase(b"AbC"))
print(os.path.expandvars(b"no vars"), os.path.abspath(b"/x/../y"))
print(os.path.join(b"caf\xc3\xa9", b"men\xfc"))
