"""assertWarns and assertWarnsRegex."""
import unittest
import warnings


def legacy_api(x):
    warnings.warn('legacy_api() is deprecated; use modern_api()', DeprecationWarning)
    return x * 2


def noisy():
    warnings.warn('first', UserWarning)
    warnings.warn('second', RuntimeWarning)


tc = unittest.TestCase()

with tc.assertWarns(DeprecationWarning) as cm:
    print(legacy_api(4))
print(type(cm.warning).__name__, cm.warning, cm.lineno)

print(tc.assertWarns(DeprecationWarning, legacy_api, 1))
with tc.assertWarnsRegex(RuntimeWarning, 'sec'):
    noisy()
with tc.assertWarns((UserWarning, DeprecationWarning)) as cm:
    noisy()
print('first matching:', cm.warning)


def attempt(label, func):
    try:
        func()
    except AssertionError as e:
        print('%s: %s' % (label, e))
    except TypeError as e:
        print('%s: TypeError: %s' % (label, e))


def nothing_warned():
    with tc.assertWarns(UserWarning):
        pass


def wrong_category():
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        with tc.assertWarns(DeprecationWarning):
            noisy()


def regex_mismatch():
    with tc.assertWarnsRegex(UserWarning, r'^third'):
        noisy()


attempt('nothing', nothing_warned)
attempt('callable', lambda: tc.assertWarns(UserWarning, len, 'abc'))
attempt('wrong category', wrong_category)
attempt('regex', regex_mismatch)


def with_msg():
    with tc.assertWarns(UserWarning, msg='expected a warning'):
        pass


attempt('with msg', with_msg)
attempt('bad type', lambda: tc.assertWarns(ValueError))
