"""A library that stays silent unless the application configures logging."""
import logging
import sys

lib_log = logging.getLogger('mylib')
lib_log.addHandler(logging.NullHandler())


def library_call(x):
    lib_log.debug('library_call(%r)', x)
    if x < 0:
        lib_log.warning('negative input %d', x)
    return abs(x)


print(library_call(-3))
print(lib_log.hasHandlers(), logging.getLogger('mylib.sub').hasHandlers())
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(name)s %(levelname)s %(message)s')
print(library_call(-4))
lib_log.propagate = False
print(library_call(-5))
lib_log.propagate = True
logging.getLogger('mylib.sub').info('child message')
