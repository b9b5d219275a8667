"""Signals: install handlers with signal(), read them with getsignal(); Signals and Handlers
are the enums CPython gives. Python handlers run between bytecode instructions, never inside
the C-level signal handler."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()

Signals = _IntEnum('Signals', {name: value for name, value in vars(_signal).items()
                               if name.isupper() and (name.startswith('SIG') and not name.startswith('SIG_'))
                               and name not in ('SIGIOT', 'SIGPOLL')} |
                   {'SIGIOT': _signal.SIGIOT, 'SIGPOLL': _signal.SIGPOLL}, module='signal')
Handlers = _IntEnum('Handlers', {'SIG_DFL': _signal.SIG_DFL, 'SIG_IGN': _signal.SIG_IGN},
                    module='signal')
Sigmasks = _IntEnum('Sigmasks', {'SIG_BLOCK': 0, 'SIG_UNBLOCK': 1, 'SIG_SETMASK': 2},
                    module='signal')

for _name, _member in list(Signals.__members__.items()) + list(Handlers.__members__.items()) \
        + list(Sigmasks.__members__.items()):
    _globals[_name] = _member


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def strsignal(signalnum):
    return _signal.strsignal(signalnum)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}
