import sys
import traceback


def parse(text):
    return int(text)


def load(values):
    return [parse(v) for v in values]


print(repr(traceback.format_exc()))
try:
    load(['1', '2', 'three'])
except ValueError:
    text = traceback.format_exc()
    print(text, end='')
    print('---')
    traceback.print_exc(file=sys.stdout)
    print('---')
    traceback.print_exc(limit=1, file=sys.stdout)
    print('---')
    traceback.print_exc()
print(traceback.format_exc(), end='')
