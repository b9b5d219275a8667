import sys
import traceback


def level3():
    stack = traceback.extract_stack()
    print([(f.name, f.line) for f in stack])
    print(''.join(traceback.format_stack(limit=2)), end='')
    traceback.print_stack(limit=1, file=sys.stdout)
    summary = traceback.StackSummary.extract(traceback.walk_stack(None), limit=2)
    print([f.name for f in summary])


def level2():
    level3()


def level1():
    level2()


level1()
