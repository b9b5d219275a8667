import string

class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f'<{key}?>')
        return super().get_value(key, args, kwargs)

print(DefaultFormatter().format('{a} and {b} and {0}', 'zero', a='A'))

class UpperFormatter(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

print(UpperFormatter().format('{0!u} {0!r} {1!u:>6}', 'hey', 'x'))

class StrictFormatter(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = [k for k in kwargs if k not in used_args]
        unused += [i for i in range(len(args)) if i not in used_args]
        if unused:
            raise ValueError(f'unused arguments: {unused}')

sf = StrictFormatter()
print(sf.format('{0} {name}', 1, name='n'))
try:
    sf.format('{0}', 1, 2, extra=3)
except ValueError as e:
    print(e)

class Tracing(string.Formatter):
    def format_field(self, value, format_spec):
        print('  field', repr(value), repr(format_spec))
        return super().format_field(value, format_spec)

print(Tracing().format('[{:>{width}}] [{!r}]', 'ab', 'cd', width=5))

class Dotted(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        obj = kwargs
        for part in field_name.split('.'):
            obj = obj[part]
        return obj, field_name

print(Dotted().format('{user.name} <{user.email}>', user={'name': 'Ann', 'email': 'a@x'}))

class Mapping(string.Formatter):
    def parse(self, format_string):
        for literal, field, spec, conv in super().parse(format_string):
            yield literal.replace('-', '_'), field, spec, conv
print(Mapping().format('a-b {x} c-d', x='-'))
