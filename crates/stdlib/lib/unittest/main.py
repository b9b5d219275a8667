"""The command line: unittest.main (TestProgram) and `python -m unittest`.

The options are parsed by a small parser of this module that reproduces
what CPython's argparse-based parser prints (usage, help, error messages
and exit status 2 on errors).
"""

import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _basename(path):
    return path.rstrip('/').rsplit('/', 1)[-1] if '/' in path.rstrip('/') else path


def _convert_name(name):
    # A path to a .py file under the current folder becomes a module name.
    try:
        import os
    except ImportError:
        return name
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            relative = os.path.relpath(name, os.getcwd())
            if os.path.isabs(relative) or relative.startswith(os.pardir):
                return name
            name = relative
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


# -- a small command-line parser with argparse's look ----------------------

_SUPPRESS = object()


class _UsageError(Exception):
    pass


class _Option:
    def __init__(self, flags, dest, action, help, metavar=None, const=None,
                 convert=None):
        self.flags = flags
        self.dest = dest
        self.action = action          # 'const', 'true', 'store', 'append', 'help'
        self.help = help
        self.metavar = metavar
        self.const = const
        self.convert = convert

    def takes_value(self):
        return self.action in ('store', 'append')

    def name(self):
        return '/'.join(self.flags)

    def invocation(self):
        if not self.takes_value():
            return ', '.join(self.flags)
        return ', '.join('%s %s' % (flag, self.metavar) for flag in self.flags)

    def usage(self):
        flag = self.flags[0]
        if self.takes_value():
            return '[%s %s]' % (flag, self.metavar)
        return '[%s]' % flag


class _Positional:
    def __init__(self, dest, many, help=_SUPPRESS):
        self.dest = dest
        self.many = many              # nargs '*' when true, else '?'
        self.help = help

    def usage(self):
        return '[%s ...]' % self.dest if self.many else '[%s]' % self.dest


def _terminal_width():
    try:
        import os
    except ImportError:
        return 80
    try:
        columns = int(os.environ.get('COLUMNS', '0'))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


def _wrap(text, width):
    import textwrap
    return textwrap.wrap(' '.join(text.split()), width)


class _Parser:
    def __init__(self, prog, options, positionals, epilog=None, print_help=None):
        self.prog = prog
        self.options = options
        self.positionals = positionals
        self.epilog = epilog
        self.print_help = print_help or self.show_help

    # layout

    def format_usage(self):
        width = _terminal_width() - 2
        prefix = 'usage: '
        opt_parts = [option.usage() for option in self.options]
        pos_parts = [p.usage() for p in self.positionals if p.help is not _SUPPRESS]
        text = ' '.join([self.prog] + opt_parts + pos_parts)
        if len(prefix) + len(text) <= width:
            return prefix + text + '\n'

        def lines_of(parts, indent, with_prefix=None):
            lines = []
            line = []
            length = len(with_prefix) - 1 if with_prefix is not None else len(indent) - 1
            for part in parts:
                if length + 1 + len(part) > width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    length = len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if with_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(self.prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(self.prog) + 1)
            if opt_parts:
                lines = lines_of([self.prog] + opt_parts, indent, prefix)
                lines.extend(lines_of(pos_parts, indent))
            elif pos_parts:
                lines = lines_of([self.prog] + pos_parts, indent, prefix)
            else:
                lines = [self.prog]
        else:
            indent = ' ' * len(prefix)
            lines = lines_of(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = lines_of(opt_parts, indent) + lines_of(pos_parts, indent)
            lines = [self.prog] + lines
        return prefix + '\n'.join(lines) + '\n'

    def format_help(self):
        width = _terminal_width() - 2
        entries = []
        shown_positionals = [p for p in self.positionals if p.help is not _SUPPRESS]
        for p in shown_positionals:
            entries.append((p.dest, p.help))
        for option in self.options:
            entries.append((option.invocation(), option.help))
        longest = max(len(invocation) + 2 for invocation, _ in entries)
        help_position = min(longest + 2, 24)
        help_width = max(width - help_position, 11)
        action_width = help_position - 2 - 2

        def section(title, items):
            out = [title + ':\n']
            for invocation, help_text in items:
                help_lines = _wrap(help_text, help_width)
                if len(invocation) <= action_width:
                    out.append('  %-*s  ' % (action_width, invocation))
                    out.append(help_lines[0] + '\n')
                else:
                    out.append('  %s\n' % invocation)
                    out.append(' ' * help_position + help_lines[0] + '\n')
                for line in help_lines[1:]:
                    out.append(' ' * help_position + line + '\n')
            return ''.join(out)

        parts = [self.format_usage(), '\n']
        if shown_positionals:
            parts.append(section('positional arguments',
                                 entries[:len(shown_positionals)]))
            parts.append('\n')
        parts.append(section('options', entries[len(shown_positionals):]))
        if self.epilog:
            parts.append('\n')
            parts.append('\n'.join(_wrap(self.epilog, width)) + '\n')
        return ''.join(parts)

    def show_help(self):
        sys.stdout.write(self.format_help())

    def error(self, message):
        sys.stderr.write(self.format_usage())
        sys.stderr.write('%s: error: %s\n' % (self.prog, message))
        sys.exit(2)

    # parsing

    def _long_option(self, text):
        name, equals, value = text.partition('=')
        explicit = value if equals else None
        for option in self.options:
            if name in option.flags:
                return option, name, explicit
        matches = [(option, flag) for option in self.options
                   for flag in option.flags
                   if flag.startswith('--') and flag.startswith(name)]
        if len(matches) == 1:
            return matches[0][0], matches[0][1], explicit
        if len(matches) > 1:
            choices = ', '.join(flag for _, flag in matches)
            self.error('ambiguous option: %s could match %s' % (name, choices))
        return None, name, explicit

    def _short_option(self, text):
        flag = text[:2]
        for option in self.options:
            if flag in option.flags:
                rest = text[2:]
                return option, flag, (rest if rest else None)
        return None, flag, None

    def _is_option(self, text):
        return text.startswith('-') and text != '-' and not _looks_negative(text)

    def parse_args(self, args, namespace):
        for option in self.options:
            if option.action != 'help' and not hasattr(namespace, option.dest):
                setattr(namespace, option.dest, None)
        extras = []
        pending = []           # positional strings not yet given to a positional
        positionals = list(self.positionals)
        index = 0
        only_positional = False

        def flush_positionals():
            # Hand the waiting strings to the remaining positionals, the
            # way argparse does: each chunk between options consumes as
            # many positionals as it can (the optional ones even empty).
            while positionals:
                target = positionals.pop(0)
                if target.many:
                    setattr(namespace, target.dest, list(pending))
                    pending[:] = []
                elif pending:
                    setattr(namespace, target.dest, pending.pop(0))
            extras.extend(pending)
            pending[:] = []

        while index < len(args):
            arg = args[index]
            index += 1
            if only_positional or not self._is_option(arg):
                if arg == '--' and not only_positional:
                    only_positional = True
                    continue
                pending.append(arg)
                continue
            if pending:
                flush_positionals()
            if arg.startswith('--'):
                option, flag, explicit = self._long_option(arg)
                if option is None:
                    extras.append(arg)
                    continue
                index = self._apply(option, flag, explicit, args, index, namespace)
                continue
            # A cluster of short options, maybe ending with a value.
            text = arg
            while True:
                option, flag, rest = self._short_option(text)
                if option is None:
                    extras.append(text if text == arg else arg)
                    break
                if option.takes_value() or rest is None:
                    index = self._apply(option, flag, rest, args, index, namespace)
                    break
                self._apply(option, flag, None, args, index, namespace)
                next_flag = '-' + rest[0]
                if not any(next_flag in o.flags for o in self.options):
                    self.error('argument %s: ignored explicit argument %r'
                               % (option.name(), rest))
                text = '-' + rest
        if pending or positionals:
            flush_positionals()
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def _apply(self, option, flag, explicit, args, index, namespace):
        if option.action == 'help':
            self.print_help()
            sys.exit(0)
        if not option.takes_value():
            if explicit is not None:
                self.error('argument %s: ignored explicit argument %r'
                           % (option.name(), explicit))
            if option.action == 'const':
                setattr(namespace, option.dest, option.const)
            else:
                setattr(namespace, option.dest, True)
            return index
        if explicit is None:
            if index >= len(args) or self._is_option(args[index]):
                self.error('argument %s: expected one argument' % option.name())
            explicit = args[index]
            index += 1
        value = option.convert(explicit) if option.convert else explicit
        if option.action == 'append':
            items = list(getattr(namespace, option.dest, None) or [])
            items.append(value)
            setattr(namespace, option.dest, items)
        else:
            setattr(namespace, option.dest, value)
        return index


def _looks_negative(text):
    # argparse reads '-1' or '-.5' as a value when no option looks like that.
    body = text[1:]
    if not body:
        return False
    if body.startswith('.'):
        body = body[1:]
    elif '.' in body:
        body = body.replace('.', '', 1)
    return body.isdigit() and body.isascii()


class TestProgram(object):
    """Parse the command line, load the tests it names (or those of module,
    or discover them) and run them; exit with status 1 when something failed
    unless exit=False."""
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            # Show deprecation warnings during the run unless told otherwise.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = _basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        if self._discovery_parser is None:
            self._initArgParsers()
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        if self.module is None:
            print(self._main_parser.format_help())
            print(MAIN_EXAMPLES % {'prog': self.progName})
            self._discovery_parser.show_help()
        else:
            print(self._main_parser.format_help())
            print(MODULE_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        self._initArgParsers()
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self._main_parser.parse_args(argv[1:], self)
            if not self.tests:
                # `python -m unittest` alone (maybe with options) discovers.
                self._do_discovery([])
                return
        else:
            self._main_parser.parse_args(argv[1:], self)

        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                # unittest.main run as a script: names are absolute.
                self.module = None
        elif self.defaultTest is None:
            # Load every test of self.module.
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            test_loader = self.testLoader if Loader is None else Loader()
            self.test = test_loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def _common_options(self):
        options = [
            _Option(['-h', '--help'], None, 'help',
                    'show this help message and exit'),
            _Option(['-v', '--verbose'], 'verbosity', 'const', 'Verbose output',
                    const=2),
            _Option(['-q', '--quiet'], 'verbosity', 'const', 'Quiet output',
                    const=0),
            _Option(['--locals'], 'tb_locals', 'true',
                    'Show local variables in tracebacks'),
        ]
        if self.failfast is None:
            options.append(_Option(['-f', '--failfast'], 'failfast', 'true',
                                   'Stop on first fail or error'))
            self.failfast = False
        if self.catchbreak is None:
            options.append(_Option(['-c', '--catch'], 'catchbreak', 'true',
                                   'Catch Ctrl-C and display results so far'))
            self.catchbreak = False
        if self.buffer is None:
            options.append(_Option(['-b', '--buffer'], 'buffer', 'true',
                                   'Buffer stdout and stderr during tests'))
            self.buffer = False
        if self.testNamePatterns is None:
            options.append(_Option(['-k'], 'testNamePatterns', 'append',
                                   'Only run tests which match the given substring',
                                   metavar='TESTNAMEPATTERNS',
                                   convert=_convert_select_pattern))
        return options

    def _initArgParsers(self):
        common = self._common_options()
        self._main_parser = self._getMainArgParser(common)
        self._discovery_parser = self._getDiscoveryArgParser(common)

    def _getMainArgParser(self, parent):
        return _Parser(self.progName, list(parent),
                       [_Positional('tests', True,
                                    'a list of any number of test modules, '
                                    'classes and test methods.')],
                       print_help=self._print_help)

    def _getDiscoveryArgParser(self, parent):
        options = list(parent) + [
            _Option(['-s', '--start-directory'], 'start', 'store',
                    "Directory to start discovery ('.' default)", metavar='START'),
            _Option(['-p', '--pattern'], 'pattern', 'store',
                    "Pattern to match tests ('test*.py' default)", metavar='PATTERN'),
            _Option(['-t', '--top-level-directory'], 'top', 'store',
                    'Top level directory of project (defaults to start directory)',
                    metavar='TOP'),
        ]
        positionals = [_Positional('start', False), _Positional('pattern', False),
                       _Positional('top', False)]
        return _Parser('%s discover' % self.progName, options, positionals,
                       epilog='For test discovery all test modules must be '
                              'importable from the top level directory of the '
                              'project.')

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()
            self._discovery_parser.parse_args(argv, self)

        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    test_runner = self.testRunner(verbosity=self.verbosity,
                                                  failfast=self.failfast,
                                                  buffer=self.buffer,
                                                  warnings=self.warnings,
                                                  tb_locals=self.tb_locals)
                except TypeError:
                    # A runner class without tb_locals.
                    test_runner = self.testRunner(verbosity=self.verbosity,
                                                  failfast=self.failfast,
                                                  buffer=self.buffer,
                                                  warnings=self.warnings)
            except TypeError:
                # A runner class taking no options at all.
                test_runner = self.testRunner()
        else:
            # A runner instance.
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
