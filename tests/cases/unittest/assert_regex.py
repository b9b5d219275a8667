"""assertRaisesRegex, assertRegex and assertNotRegex with simple patterns."""
import unittest

tc = unittest.TestCase()


def attempt(label, func, *args):
    try:
        func(*args)
    except AssertionError as e:
        print('%s: FAIL: %s' % (label, e))
    else:
        print('%s: ok' % label)


def bad_int():
    return int('twelve')


attempt('plain text', tc.assertRaisesRegex, ValueError, 'invalid literal', bad_int)
attempt('escaped parens', tc.assertRaisesRegex, ValueError, r'for int\(\) with base 10', bad_int)
attempt('anchored', tc.assertRaisesRegex, ValueError, r'^invalid', bad_int)
attempt('dot star', tc.assertRaisesRegex, ValueError, r"'tw.*ve'$", bad_int)
attempt('no match', tc.assertRaisesRegex, ValueError, r'^twelve', bad_int)
attempt('not raised', tc.assertRaisesRegex, ValueError, 'x', int, '5')


def with_block():
    with tc.assertRaisesRegex(KeyError, r"'missing'") as cm:
        {}['missing']
    print('  exception:', repr(cm.exception))


attempt('context manager', with_block)


def with_msg():
    with tc.assertRaisesRegex(KeyError, 'nope', msg='lookup'):
        {}['missing']


attempt('context manager msg', with_msg)

attempt('regex digits', tc.assertRegex, 'order 66 shipped', r'\d+ shipped')
attempt('regex class', tc.assertRegex, 'version 3.11.7', r'[0-9]+\.[0-9]+')
attempt('regex alternation', tc.assertRegex, 'status: warn', r'status: (ok|warn|error)')
attempt('regex fails', tc.assertRegex, 'nothing here', r'\d{3}')
attempt('regex msg', tc.assertRegex, 'abc', 'xyz', 'letters')
attempt('not regex ok', tc.assertNotRegex, 'abc', r'\d')
attempt('not regex fails', tc.assertNotRegex, 'room 101, floor 3', r'\d+')
attempt('not regex word', tc.assertNotRegex, 'the cat sat', r'\bc\w+')
attempt('case insensitive', tc.assertRegex, 'Hello', r'(?i)hello')
attempt('quantifier braces', tc.assertRegex, 'aaa-bb', r'^a{2,3}-b{2}$')
attempt('whitespace class', tc.assertNotRegex, 'one two', r'\s{2}')
try:
    tc.assertRegex('text', '')
except AssertionError as e:
    print('empty pattern:', e)
