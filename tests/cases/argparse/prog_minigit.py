"""minigit: a git-like command-line front end that only prints what it would do."""
import argparse
import sys

VERSION = '0.3.0'


def run_init(args):
    where = args.directory or '.'
    print(f'initialise {"bare " if args.bare else ""}repository in {where}'
          + (f' (initial branch {args.initial_branch})' if args.initial_branch else ''))


def run_add(args):
    if args.all:
        print('stage every change')
    for path in args.paths:
        print(f'stage {path}{" (dry run)" if args.dry_run else ""}')


def run_commit(args):
    message = '\n\n'.join(args.message)
    flags = [name for name in ('all', 'amend', 'no_verify') if getattr(args, name)]
    print(f'commit {message!r} flags={flags} author={args.author}')


def run_log(args):
    style = 'oneline' if args.oneline else args.format
    print(f'log: style={style} max={args.max_count} authors={args.author} paths={args.paths}')


def run_branch(args):
    if args.delete:
        print(f'delete branch {args.delete}{" (forced)" if args.force else ""}')
    elif args.name:
        print(f'create branch {args.name} at {args.start_point}')
    else:
        print('list branches' + (' (all)' if args.all else ''))


def run_remote(args):
    if args.remote_command is None:
        print('list remotes' + (' verbosely' if args.verbose else ''))
    elif args.remote_command == 'add':
        print(f'add remote {args.name} -> {args.url} (fetch={args.fetch})')
    else:
        print(f'remove remote {args.name}')


def build_parser():
    parser = argparse.ArgumentParser(
        prog='minigit',
        description='The stupid content tracker, in miniature.',
        epilog="See 'minigit <command> --help' to read about a specific command.")
    parser.add_argument('--version', action='version', version=f'%(prog)s version {VERSION}')
    parser.add_argument('-C', metavar='<path>', dest='cwd', default='.',
                        help='run as if started in <path>')
    parser.add_argument('-c', metavar='<name>=<value>', dest='config', action='append',
                        default=[], help='set a configuration value for this run')
    parser.add_argument('-v', '--verbose', action='count', default=0)
    commands = parser.add_subparsers(title='commands', dest='command', metavar='<command>',
                                     required=True)

    init = commands.add_parser('init', help='create an empty repository')
    init.add_argument('directory', nargs='?')
    init.add_argument('--bare', action='store_true', help='create a bare repository')
    init.add_argument('-b', '--initial-branch', metavar='<name>')
    init.set_defaults(run=run_init)

    add = commands.add_parser('add', help='add file contents to the index')
    add.add_argument('paths', nargs='*', metavar='<pathspec>')
    add.add_argument('-A', '--all', action='store_true', help='add changes from all tracked '
                     'and untracked files')
    add.add_argument('-n', '--dry-run', action='store_true', help="don't actually add the files")
    add.set_defaults(run=run_add)

    commit = commands.add_parser('commit', aliases=['ci'], help='record changes to the repository')
    commit.add_argument('-m', '--message', action='append', required=True, metavar='<msg>',
                        help='use the given <msg> as the commit message; several -m options '
                             'are joined as separate paragraphs')
    commit.add_argument('-a', '--all', action='store_true', help='commit all changed files')
    commit.add_argument('--amend', action='store_true', help='amend the previous commit')
    commit.add_argument('--no-verify', action='store_true', help='bypass the hooks')
    commit.add_argument('--author', metavar='<author>', default='you <you@example.com>')
    commit.set_defaults(run=run_commit)

    log = commands.add_parser('log', help='show commit logs')
    style = log.add_mutually_exclusive_group()
    style.add_argument('--oneline', action='store_true', help='one line per commit')
    style.add_argument('--format', choices=['short', 'medium', 'full'], default='medium')
    log.add_argument('-n', '--max-count', type=int, metavar='<number>')
    log.add_argument('--author', action='append', default=[], metavar='<pattern>')
    log.add_argument('paths', nargs='*', metavar='<path>')
    log.set_defaults(run=run_log)

    branch = commands.add_parser('branch', help='list, create, or delete branches')
    branch.add_argument('name', nargs='?')
    branch.add_argument('start_point', nargs='?', default='HEAD', metavar='start-point')
    action = branch.add_mutually_exclusive_group()
    action.add_argument('-d', '--delete', metavar='<branch>')
    action.add_argument('-a', '--all', action='store_true', help='list both remote and local')
    branch.add_argument('-f', '--force', action='store_true')
    branch.set_defaults(run=run_branch)

    remote = commands.add_parser('remote', help='manage tracked repositories')
    remote.add_argument('-v', '--verbose', action='store_true')
    remote_commands = remote.add_subparsers(dest='remote_command')
    remote_add = remote_commands.add_parser('add', help='add a remote')
    remote_add.add_argument('name')
    remote_add.add_argument('url')
    remote_add.add_argument('-f', '--fetch', action=argparse.BooleanOptionalAction, default=False)
    remote_rm = remote_commands.add_parser('remove', aliases=['rm'], help='remove a remote')
    remote_rm.add_argument('name')
    remote.set_defaults(run=run_remote)
    return parser


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    for item in args.config:
        if '=' not in item:
            parser.error(f'bad config item {item!r}: expected <name>=<value>')
    if args.verbose:
        print(f'[in {args.cwd}, config {args.config}]')
    args.run(args)
    return 0


if __name__ == '__main__':
    sys.exit(main())
