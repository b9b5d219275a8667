# The help width comes from the COLUMNS environment variable (minus 2).
import argparse
import os


def build():
    parser = argparse.ArgumentParser(prog='wide', description='This description is long '
                                     'enough to show where the lines are broken at each width.')
    parser.add_argument('--alpha-option', metavar='VALUE', help='an option whose help text '
                        'spans several words so that it has to be wrapped')
    parser.add_argument('--beta', action='store_true', help='a short one')
    parser.add_argument('--gamma-delta', nargs=2, metavar=('G', 'D'))
    parser.add_argument('name', help='a name')
    return parser


for columns in ('120', '60', '40', '20', 'junk'):
    os.environ['COLUMNS'] = columns
    print(f'--- COLUMNS={columns}')
    build().print_help()
