# Mistakes on minigit's command line (prog_minigit.py).
from prog_minigit import main

runs = [
    [],
    ['push'],
    ['commit'],
    ['commit', '-m'],
    ['ci', '--amend'],
    ['log', '--oneline', '--format', 'short'],
    ['log', '-n', 'ten'],
    ['log', '--format', 'fancy'],
    ['branch', '-d', 'x', '--all'],
    ['branch', 'a', 'b', 'c'],
    ['remote', 'add', 'origin'],
    ['remote', 'rename', 'a', 'b'],
    ['-c', 'novalue', 'init'],
    ['--verb', 'init', '--bar'],
    ['init', '--bare=yes'],
    ['-C'],
]
for argv in runs:
    print('$ minigit', ' '.join(argv))
    try:
        main(argv)
    except SystemExit as e:
        print(f'[exit {e.code}]')
