import os
import sys
import tempfile
import warnings

print([(f[0], f[2].__name__, f[3]) for f in warnings.filters])
warnings.warn('main deprecation', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)

with tempfile.TemporaryDirectory() as folder:
    with open(os.path.join(folder, 'oldlib.py'), 'w') as f:
        f.write('import warnings\n'
                'def call():\n'
                '    warnings.warn("library deprecation", DeprecationWarning, stacklevel=2)\n'
                'def internal():\n'
                '    warnings.warn("internal deprecation", DeprecationWarning)\n'
                'def user():\n'
                '    warnings.warn("library user warning")\n')
    sys.path.insert(0, folder)
    import oldlib
    oldlib.call()
    with warnings.catch_warnings(record=True) as log:
        oldlib.internal()
        oldlib.user()
        oldlib.user()
    print([(str(w.message), os.path.basename(w.filename), w.lineno) for w in log])
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        oldlib.internal()
    print([(str(w.message), os.path.basename(w.filename)) for w in log])
    print(sorted(k[0] for k in oldlib.__warningregistry__ if k != 'version'))
    sys.path.remove(folder)
print(sorted(k[0] for k in __warningregistry__ if k != 'version'))
