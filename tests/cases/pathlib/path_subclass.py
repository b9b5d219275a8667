import tempfile
from pathlib import Path, PurePosixPath

class Rel(PurePosixPath):
    def depth(self):
        return len(self.parts)

r = Rel('a/b/c.txt')
print(repr(r), r.depth(), type(r.parent).__name__, type(r / 'x').__name__, type('q' / r).__name__)
print(type(r.with_suffix('.md')).__name__, [type(p).__name__ for p in r.parents][:1], r == PurePosixPath('a/b/c.txt'))

class Project(type(Path())):
    def files(self):
        return sorted(p.relative_to(self).as_posix() for p in self.rglob('*') if p.is_file())

with tempfile.TemporaryDirectory() as tmp:
    proj = Project(tmp)
    (proj / 'src').mkdir()
    (proj / 'src' / 'main.py').write_text('print(1)\n')
    (proj / 'README').write_text('hi\n')
    print(type(proj / 'src').__name__, proj.files())
    print(type(next(proj.iterdir())).__name__, type(Project.cwd()).__name__)
    print(isinstance(proj, Path), isinstance(proj, PurePosixPath))
