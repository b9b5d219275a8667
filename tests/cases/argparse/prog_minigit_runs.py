# Command lines accepted by minigit (prog_minigit.py).
from prog_minigit import main

runs = [
    'init',
    'init --bare -b trunk project',
    'add src/main.py README',
    'add -A -n',
    '-c user.name=me -c core.pager=less -v ci -m Initial',
    'commit --message=One --message=Two --no-verify',
    'log --oneline -n 5 --author ann --author bob -- src',
    'log --format full docs',
    'branch',
    'branch feature main',
    'branch -d old -f',
    'branch --all',
    'remote',
    'remote -v',
    'remote add origin https://example.org/repo.git --fetch',
    'remote rm origin',
    '-vv -C ../other add .',
]
for line in runs:
    print('$ minigit', line)
    main(line.split())
