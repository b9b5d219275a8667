import sys
import traceback


class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f'missing setting {key!r}') from exc


def load():
    try:
        read_setting({}, 'port')
    except ConfigError:
        undefined_function()


def quiet():
    try:
        {}['x']
    except KeyError:
        raise ValueError('replaced') from None


for func in (load, quiet):
    try:
        func()
    except Exception as exc:
        traceback.print_exc(file=sys.stdout)
        print('=== chain=False')
        traceback.print_exception(exc, file=sys.stdout, chain=False)
        print('===')
        print(exc.__cause__.__class__.__name__ if exc.__cause__ else None,
              exc.__context__.__class__.__name__ if exc.__context__ else None,
              exc.__suppress_context__)
