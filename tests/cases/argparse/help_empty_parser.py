# Parsers with little or nothing to show.
import argparse

for kwargs in ({'prog': 'empty'}, {'prog': 'bare', 'add_help': False},
               {'prog': 'desc', 'add_help': False, 'description': 'Only a description.'},
               {'prog': 'ep', 'epilog': 'Only an epilog.'}):
    parser = argparse.ArgumentParser(**kwargs)
    print(f'--- {kwargs}')
    print(repr(parser.format_usage()))
    print(repr(parser.format_help()))
    print(parser.parse_args([]))
