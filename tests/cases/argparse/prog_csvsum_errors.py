# Mistakes on the csvsum command line (prog_csvsum.py): each prints usage and an error.
from prog_csvsum import main

DATA = 'prog_csvsum_data.csv'
runs = [
    [],
    ['summary', DATA],
    ['stats'],
    ['stats', 'missing.csv'],
    ['stats', DATA, '--precision', '9'],
    ['stats', DATA, '--precision', 'two'],
    ['stats', DATA, '--format', 'xml'],
    ['stats', DATA, '--column', 'weight'],
    ['count', DATA, '--where', 'fruit'],
    ['count', DATA, '--where', 'colour=red'],
    ['head', DATA, '--lines'],
    ['head', DATA, 'extra.csv'],
    ['--delimiter'],
]
for argv in runs:
    print(f'$ csvsum {" ".join(argv)}')
    try:
        main(argv)
    except SystemExit as e:
        print(f'[exit {e.code}]')
