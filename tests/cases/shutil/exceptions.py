import shutil

for cls in [shutil.Error, shutil.SameFileError, shutil.SpecialFileError, shutil.ExecError,
            shutil.ReadError, shutil.RegistryError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
e = shutil.Error([('src/a', 'dst/a', '[Errno 2] No such file or directory')])
print(e, repr(e), e.args[0][0][2])
print(str(shutil.SameFileError("'x' and 'x' are the same file")))
try:
    raise shutil.SameFileError('boom')
except OSError as err:
    print('caught as OSError:', type(err).__name__, err)
print(sorted(n for n in shutil.__all__ if n in ('copy', 'copy2', 'move', 'rmtree', 'which', 'Error')))
