"""csvsum: summarise the columns of a CSV file (a small command-line tool)."""
import argparse
import sys


def read_table(handle, delimiter, header):
    rows = [line.rstrip('\n').split(delimiter) for line in handle if line.strip()]
    handle.close()
    if header:
        names, rows = rows[0], rows[1:]
    else:
        names = [f'col{i + 1}' for i in range(len(rows[0]))]
    return names, rows


def numeric_columns(names, rows):
    result = []
    for index, name in enumerate(names):
        try:
            [float(row[index]) for row in rows]
        except ValueError:
            continue
        result.append(name)
    return result


def cmd_columns(args, parser):
    names, rows = read_table(args.file, args.delimiter, args.header)
    numeric = numeric_columns(names, rows)
    for index, name in enumerate(names, 1):
        kind = 'number' if name in numeric else 'text'
        print(f'{index:>3}  {name:<10} {kind}')


def cmd_stats(args, parser):
    names, rows = read_table(args.file, args.delimiter, args.header)
    wanted = args.columns or numeric_columns(names, rows)
    for name in wanted:
        if name not in names:
            parser.error(f'unknown column {name!r} (columns: {", ".join(names)})')
    p = args.precision
    if args.format == 'table':
        print(f'{"column":<10}{"count":>6}{"min":>10}{"max":>10}{"mean":>10}{"sum":>10}')
    for name in wanted:
        index = names.index(name)
        values = [float(row[index]) for row in rows]
        total = sum(values)
        stats = (len(values), min(values), max(values), total / len(values), total)
        if args.format == 'table':
            print(f'{name:<10}{stats[0]:>6}' + ''.join(f'{v:>10.{p}f}' for v in stats[1:]))
        else:
            print(f'{name}: count={stats[0]} min={stats[1]:.{p}f} max={stats[2]:.{p}f} '
                  f'mean={stats[3]:.{p}f} sum={stats[4]:.{p}f}')


def cmd_head(args, parser):
    names, rows = read_table(args.file, args.delimiter, args.header)
    print(' | '.join(names))
    for row in rows[:args.lines]:
        print(' | '.join(row))


def cmd_count(args, parser):
    names, rows = read_table(args.file, args.delimiter, args.header)
    for condition in args.where:
        name, _, value = condition.partition('=')
        if name not in names:
            parser.error(f'unknown column {name!r} in --where')
        rows = [row for row in rows if row[names.index(name)] == value]
    print(len(rows))


def where_condition(text):
    if '=' not in text:
        raise argparse.ArgumentTypeError(f'expected COLUMN=VALUE, not {text!r}')
    return text


def build_parser():
    parser = argparse.ArgumentParser(
        prog='csvsum',
        description='Summarise the columns of a CSV file: list them, show the first rows, '
                    'count matching rows or compute statistics of numeric columns.',
        epilog='Use "csvsum COMMAND --help" for the options of each command.')
    parser.add_argument('--version', action='version', version='%(prog)s 1.0')
    parser.add_argument('-d', '--delimiter', default=',', metavar='CHAR',
                        help='field separator (default: %(default)r)')
    parser.add_argument('--no-header', dest='header', action='store_false',
                        help='the first line is data, not column names')
    commands = parser.add_subparsers(title='commands', dest='command', required=True,
                                     metavar='COMMAND')

    def add_command(name, func, help, **kwargs):
        command = commands.add_parser(name, help=help, description=help[0].upper() + help[1:] + '.',
                                      **kwargs)
        command.add_argument('file', type=argparse.FileType('r'), help='the CSV file ("-" for stdin)')
        command.set_defaults(func=func)
        return command

    add_command('columns', cmd_columns, 'list the columns and their kinds', aliases=['cols'])

    stats = add_command('stats', cmd_stats, 'statistics of numeric columns')
    stats.add_argument('-c', '--column', action='append', dest='columns', metavar='NAME',
                       help='a column to summarise (repeatable; default: every numeric column)')
    stats.add_argument('-p', '--precision', type=int, default=2, choices=range(0, 7),
                       metavar='N', help='digits after the decimal point (0-6, default: %(default)s)')
    stats.add_argument('--format', choices=['table', 'plain'], default='table',
                       help='output layout (default: %(default)s)')

    head = add_command('head', cmd_head, 'show the first rows')
    head.add_argument('-n', '--lines', type=int, default=3, help='how many rows (default: %(default)s)')

    count = add_command('count', cmd_count, 'count the rows, optionally only matching ones')
    count.add_argument('-w', '--where', action='append', default=[], type=where_condition,
                       metavar='COLUMN=VALUE', help='keep only rows where COLUMN equals VALUE')
    return parser


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    args.func(args, parser)
    return 0


if __name__ == '__main__':
    sys.exit(main())
