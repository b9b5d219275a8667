import sys
import warnings

warnings.showwarning = lambda m, c, f, l, file=None, line=None: print(f'{f}:{l}: {c.__name__}: {m}')
registry = {}
for i in range(3):
    warnings.warn_explicit('explicit one', UserWarning, 'gen.py', 7, registry=registry)
warnings.warn_explicit('explicit one', UserWarning, 'gen.py', 8, registry=registry)
print(sorted(k for k in registry if k != 'version'), 'version' in registry)
for i in range(2):
    warnings.warn_explicit('no registry', UserWarning, 'gen.py', 9)
warnings.warn_explicit(DeprecationWarning('instance message'), UserWarning, 'gen.py', 10, module='__main__')
warnings.warn_explicit('module default', UserWarning, 'lib/helper.py', 11)
warnings.filterwarnings('ignore', module='lib/helper')
warnings.warn_explicit('filtered by module', UserWarning, 'lib/helper.py', 12)
warnings.warn_explicit('module given', UserWarning, 'lib/helper.py', 13, module='other')
warnings.resetwarnings()
warnings.simplefilter('once')
warnings.warn_explicit('once only', UserWarning, 'a.py', 1)
warnings.warn_explicit('once only', UserWarning, 'b.py', 2)
warnings.warn_explicit('once only', RuntimeWarning, 'c.py', 3)
warnings.simplefilter('module')
reg = {}
warnings.warn_explicit('per module', UserWarning, 'm.py', 1, registry=reg)
warnings.warn_explicit('per module', UserWarning, 'm.py', 2, registry=reg)
warnings.warn_explicit('per module', UserWarning, 'm.py', 3, registry={})
warnings.simplefilter('error')
try:
    warnings.warn_explicit('boom', UserWarning, 'e.py', 1)
except UserWarning as e:
    print('raised', type(e).__name__, e)
warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
try:
    warnings.warn_explicit('bad action', UserWarning, 'e.py', 2)
except RuntimeError as e:
    print('RuntimeError:', e)
