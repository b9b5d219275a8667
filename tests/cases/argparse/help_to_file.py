# print_help/print_usage write to any object with a write() method; format_* return text.
import argparse


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


parser = argparse.ArgumentParser(prog='dest', description='Writes help somewhere else.')
parser.add_argument('--x', help='an option')
sink = Collector()
parser.print_help(sink)
parser.print_usage(file=sink)
print(len(sink.parts), [len(p) for p in sink.parts])
print(sink.parts[1], end='')
print(parser.format_help().splitlines()[0])
print(parser.format_help() == sink.parts[0])


class Broken:
    def write(self, text):
        raise OSError('closed')


parser.print_help(Broken())
parser.print_usage(object())
print('errors while writing help are ignored')
