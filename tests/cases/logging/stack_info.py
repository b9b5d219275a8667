import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)s %(funcName)s:%(lineno)d %(message)s'))
log = logging.getLogger('stack')
log.addHandler(handler)
log.propagate = False


def inner():
    log.warning('with stack', stack_info=True)


def outer():
    inner()


outer()


def helper(msg):
    log.warning(msg, stacklevel=2)


def caller():
    helper('reported at the caller')


caller()
helper('reported at module level')


def deep_helper():
    log.warning('stacklevel 3', stacklevel=3)


def mid():
    deep_helper()


def top():
    mid()


top()
log.warning('beyond the stack', stacklevel=10)


class Slim(logging.Formatter):
    def formatStack(self, stack_info):
        return '[stack of %d lines]' % len(stack_info.splitlines())


handler.setFormatter(Slim('%(message)s'))
outer()
