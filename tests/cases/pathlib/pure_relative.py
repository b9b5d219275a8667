from pathlib import PurePosixPath as P, PureWindowsPath as W

p = P('/home/ann/projects/pyrite/src/main.rs')
print(p.relative_to('/home/ann'), p.relative_to('/home', 'ann', 'projects'))
print(p.relative_to(P('/')), p.relative_to(p), P('a/b').relative_to(''))
print(p.is_relative_to('/home'), p.is_relative_to('/etc'), p.is_relative_to('home'))

def rel(path, *other):
    try:
        print(repr(path.relative_to(*other)))
    except ValueError as e:
        print('ValueError:', e)
    except TypeError as e:
        print('TypeError:', e)

rel(P('a/b'), 'c')
rel(P('/a/b'), 'a')
rel(P('a/b'), '/a')
rel(P('/a/b'), '/a/b/c')
rel(P('/a'), '')
rel(P('a/b'))
rel(P('/usr/lib'), '/usr/li')
rel(W('C:/Users/Ann'), 'c:/users')
rel(W('c:/a'), 'c:')
rel(W('c:/a'), 'd:/')
rel(W('c:a/b'), 'c:a')
rel(W('//srv/share/x'), '//SRV/Share')
print(W('c:/a/b').is_relative_to('C:/A'), W('c:/a/b').is_relative_to('/a'))
