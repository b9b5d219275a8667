# minigit's help pages (prog_minigit.py).
from prog_minigit import main

for line in ('--help', 'commit -h', 'log --help', 'branch -h', 'remote --help',
             'remote add -h', 'init -h', '--version'):
    print('$ minigit', line)
    try:
        main(line.split())
    except SystemExit as e:
        print(f'[exit {e.code}]')
