import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    usage = shutil.disk_usage(tmp)
    print(type(usage).__name__, usage._fields)
    total, used, free = usage
    print(total > 0, 0 <= used <= total, 0 <= free <= total, usage.total == total)
    try:
        shutil.disk_usage(tmp + '/missing')
    except FileNotFoundError as e:
        print('FileNotFoundError:', e.strerror)
