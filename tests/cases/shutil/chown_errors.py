import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'f')
    open(path, 'w').close()
    for kwargs in [{}, {'user': 'no_such_user_for_pyrite'}, {'group': 'no_such_group_for_pyrite'}]:
        try:
            shutil.chown(path, **kwargs)
        except (ValueError, LookupError) as e:
            print(type(e).__name__ + ':', e)
