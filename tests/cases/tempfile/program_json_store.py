"""A tiny JSON document store: one file per collection in a data folder, with create, read,
update, delete and query operations.  Writes are atomic (temporary file + os.replace)."""
import json
import os
import tempfile
from pathlib import Path


class Store:
    def __init__(self, folder):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def _file(self, collection):
        return self.folder / (collection + '.json')

    def _load(self, collection):
        path = self._file(collection)
        if not path.exists():
            return {'next_id': 1, 'items': {}}
        return json.loads(path.read_text(encoding='utf-8'))

    def _save(self, collection, data):
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix='.' + collection, suffix='.tmp')
        with os.fdopen(fd, 'w', encoding='utf-8') as f:
            json.dump(data, f, indent=2, sort_keys=True)
            f.write('\n')
        os.replace(tmp, self._file(collection))

    def create(self, collection, doc):
        data = self._load(collection)
        new_id = data['next_id']
        data['next_id'] += 1
        data['items'][str(new_id)] = doc
        self._save(collection, data)
        return new_id

    def read(self, collection, doc_id):
        return self._load(collection)['items'].get(str(doc_id))

    def update(self, collection, doc_id, **changes):
        data = self._load(collection)
        doc = data['items'].get(str(doc_id))
        if doc is None:
            raise KeyError(doc_id)
        doc.update(changes)
        self._save(collection, data)
        return doc

    def delete(self, collection, doc_id):
        data = self._load(collection)
        removed = data['items'].pop(str(doc_id), None)
        self._save(collection, data)
        return removed is not None

    def query(self, collection, **where):
        items = self._load(collection)['items']
        return sorted((int(k), v) for k, v in items.items()
                      if all(v.get(f) == want for f, want in where.items()))

    def collections(self):
        return sorted(p.stem for p in self.folder.glob('*.json'))


with tempfile.TemporaryDirectory(prefix='store-') as tmp:
    store = Store(Path(tmp) / 'db')
    for name, lang, stars in [('pyrite', 'rust', 10), ('widget', 'python', 3),
                              ('gizmo', 'python', 7), ('nimbus', 'go', 1)]:
        print('created', store.create('projects', {'name': name, 'lang': lang, 'stars': stars}))
    store.create('users', {'login': 'ann', 'admin': True})
    print(store.read('projects', 2))
    print(store.update('projects', 2, stars=4, archived=False))
    print(store.delete('projects', 4), store.delete('projects', 4))
    print(store.query('projects', lang='python'))
    print(store.query('projects', lang='python', stars=4))
    try:
        store.update('projects', 99, stars=0)
    except KeyError as e:
        print('KeyError', e)
    print(store.collections(), sorted(p.name for p in store.folder.iterdir()))
    print(store.create('projects', {'name': 'late', 'lang': 'c', 'stars': 0}))
    print((store.folder / 'users.json').read_text(), end='')
    data = json.loads((store.folder / 'projects.json').read_text())
    print(data['next_id'], sorted(data['items']))
