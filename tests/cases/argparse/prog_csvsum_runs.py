# Normal runs of the csvsum tool (prog_csvsum.py).
from prog_csvsum import main

DATA = 'prog_csvsum_data.csv'
runs = [
    ['columns', DATA],
    ['cols', DATA],
    ['head', DATA],
    ['head', '-n', '1', DATA],
    ['stats', DATA],
    ['stats', '--format', 'plain', '-p', '0', DATA, '-c', 'qty'],
    ['count', DATA],
    ['count', '--where', 'category=fruit', DATA],
    ['count', '-w', 'category=fruit', '-w', 'price=2.00', DATA],
    ['--no-header', 'head', '-n2', DATA],
    ['-d', ';', 'head', '-n', '1', DATA],
]
for argv in runs:
    print(f'$ csvsum {" ".join(argv)}')
    main(argv)
