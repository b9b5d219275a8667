import warnings


def risky(n):
    if n > 2:
        warnings.warn(f'n={n} is large', ResourceWarning)
    if n % 2:
        warnings.warn('odd value', UserWarning)
    return n


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    for n in range(5):
        risky(n)
print(len(log))
for w in log:
    print(w.category.__name__, str(w.message), w.lineno, w.line, w.file, w.source)
print(str(log[0]).replace(repr(__file__), 'FILE'))
cw = warnings.catch_warnings(record=True)
print(repr(cw))
print(repr(warnings.catch_warnings()))
with cw as again:
    warnings.warn('inside')
try:
    with cw:
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError:', e)
print([str(w.message) for w in again])
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('caught', e)
print(warnings.filters == before)
with warnings.catch_warnings(action='ignore', category=UserWarning):
    warnings.warn('silenced')
    print(warnings.filters[0])
with warnings.catch_warnings(record=True, action='always') as log2:
    warnings.warn('x')
    warnings.warn('x')
print(len(log2))
