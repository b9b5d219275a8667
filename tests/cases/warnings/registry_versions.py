import warnings

seen = []
warnings.showwarning = lambda m, c, f, l, file=None, line=None: seen.append((str(m), l))


def emit():
    warnings.warn('repeat me')


emit()
emit()
print(seen)
warnings.simplefilter('default')
emit()
print(seen)
with warnings.catch_warnings():
    emit()
emit()
print(seen)
print(sorted((k[0], k[2]) for k in __warningregistry__ if k != 'version'))
