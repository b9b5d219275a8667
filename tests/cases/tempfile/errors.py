import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    missing = os.path.join(tmp, 'missing')
    calls = [
        ("mkstemp(dir=missing)", lambda: tempfile.mkstemp(dir=missing)),
        ("mkdtemp(dir=missing)", lambda: tempfile.mkdtemp(dir=missing)),
        ("NamedTemporaryFile(dir=missing)", lambda: tempfile.NamedTemporaryFile(dir=missing)),
        ("TemporaryFile(dir=missing)", lambda: tempfile.TemporaryFile(dir=missing)),
        ("TemporaryDirectory(dir=missing)", lambda: tempfile.TemporaryDirectory(dir=missing)),
        ("mkstemp(prefix=b'x', suffix='y')", lambda: tempfile.mkstemp(prefix=b'x', suffix='y', dir=tmp)),
        ("mkdtemp(dir=tmp.encode(), suffix='s')", lambda: tempfile.mkdtemp(dir=tmp.encode(), suffix='s')),
        ("NamedTemporaryFile(mode='rw')", lambda: tempfile.NamedTemporaryFile(mode='rw', dir=tmp)),
        ("TemporaryFile(mode='z')", lambda: tempfile.TemporaryFile(mode='z', dir=tmp)),
    ]
    for label, fn in calls:
        try:
            fn()
            print(label, 'ok')
        except OSError as e:
            print(label, '->', type(e).__name__, e.errno, e.strerror)
        except (TypeError, ValueError) as e:
            print(label, '->', type(e).__name__ + ':', e)
    print(os.listdir(tmp))
