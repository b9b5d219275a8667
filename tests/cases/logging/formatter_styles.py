import logging
import sys


def record(msg='hello', args=None, **extra):
    r = logging.LogRecord('demo.logger', logging.WARNING, '/src/pkg/module.py', 42, msg, args, None, func='work')
    r.__dict__.update(extra)
    return r


formats = [
    ('%(name)s %(levelname)s %(message)s', '%'),
    ('%(levelno)03d|%(lineno)-5d|%(funcName)s|%(filename)s|%(module)s|%(pathname)s', '%'),
    ('{name} {levelname:>10} {message!r}', '{'),
    ('{lineno:05d} {funcName:^12} {module}', '{'),
    ('$name $levelname ${message}!', '$'),
    (None, '%'), (None, '{'), (None, '$'),
]
for fmt, style in formats:
    f = logging.Formatter(fmt, style=style)
    print(repr(f._fmt), '->', f.format(record()))
f = logging.Formatter('%(message)s [%(user)s]', defaults={'user': 'anonymous'})
print(f.format(record()), f.format(record(user='alice')))
f = logging.Formatter('{message} [{user}]', style='{', defaults={'user': 'nobody'})
print(f.format(record()))
f = logging.Formatter('%(message)s %(missing)s')
try:
    f.format(record())
except ValueError as e:
    print('ValueError:', e)
bad = [('%(message', '%'), ('no fields', '%'), ('{', '{'), ('{message!x}', '{'), ('{message:zz}', '{'),
       ('{0[}', '{'), ('no fields', '{'), ('$', '$'), ('no fields', '$'), ('${bad', '$'), ('x', '!')]
for fmt, style in bad:
    try:
        logging.Formatter(fmt, style=style)
        print('accepted', repr(fmt), style)
    except ValueError as e:
        print('ValueError:', e)
f = logging.Formatter('no fields', validate=False)
print(f.format(record()))
for ok in ['%(message)5.2s', '%(levelno)+d', '%(message)r %%', '{message:<{width}}', '{message[0]}', '$$ $message', '${message}s', '%(a)s']:
    style = ok[0] if ok[0] in '{$' else '%'
    try:
        logging.Formatter(ok, style=style)
        print('valid', repr(ok))
    except ValueError as e:
        print('ValueError:', e)
print(logging.Formatter('%(asctime)s').usesTime(), logging.Formatter('%(message)s').usesTime(),
      logging.Formatter('{asctime}', style='{').usesTime(), logging.Formatter('$asctime', style='$').usesTime())
print(logging.Formatter('x %(message)s').format(record('%s and %s', ('a', 'b'))))
