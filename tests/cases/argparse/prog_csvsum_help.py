# The help pages of the csvsum tool (prog_csvsum.py): the main page and each command's.
from prog_csvsum import main

for argv in (['--help'], ['stats', '--help'], ['cols', '-h'], ['count', '-h'], ['--version']):
    print(f'$ csvsum {" ".join(argv)}')
    try:
        main(argv)
    except SystemExit as e:
        print(f'[exit {e.code}]')
