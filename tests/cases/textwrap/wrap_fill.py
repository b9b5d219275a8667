import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump!")
for width in (10, 20, 35, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=25, initial_indent='  - ', subsequent_indent='    '))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('one'))
print(textwrap.wrap('a\tb\tc', 6), textwrap.wrap('a\tb\tc', 6, tabsize=2))
print(textwrap.wrap('line one\nline two\r\nthree\x0bfour\x0cfive', 12))
print(textwrap.wrap('keep\nnewlines here', 8, replace_whitespace=False))
print(textwrap.wrap('a  b   c    d', 3), textwrap.wrap('a  b   c    d', 3, drop_whitespace=False))
print(textwrap.wrap('   leading and trailing   ', 10))
print(textwrap.wrap('   leading and trailing   ', 10, drop_whitespace=False))
