"""Quoted fields: embedded delimiters, doubled quotes, embedded newlines, quotes mid-field."""
import csv
import io


def parse(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=""), **kw))
    except csv.Error as e:
        return "Error: %s" % e


print(parse('"a,b",c\r\n'))
print(parse('"he said ""hi""",x\r\n'))
print(parse('"line1\nline2",end\r\n'))
print(parse('"line1\r\nline2",end\r\n'))
print(parse('"",""\r\n'))
print(parse('""\r\n'))
print(parse('"""",x\r\n'))
print(parse('""""""\r\n'))
# quote in the middle of an unquoted field is kept literally
print(parse('ab"cd"ef,g\r\n'))
print(parse('a "b" c,d\r\n'))
# text after a closing quote is appended (non-strict)
print(parse('"ab"cd,e\r\n'))
print(parse('"ab" ,e\r\n'))
# quoted fields spanning several lines, with blank lines inside
print(parse('"x\n\ny",z\nnext,row\n'))
# a quoted field with only a newline
print(parse('"\n"\n'))
print(parse('a,"b\r\nc"\r\nd,e\r\n'))
# unterminated quote at end of data
print(parse('"abc'))
print(parse('x,"abc\n'))
print(parse('"abc\r\n', strict=True))
# quoted numeric-looking values
print(parse('"1","2.5",3\n'))
# list input with embedded newlines (each item is one physical line)
print(list(csv.reader(['"multi\n', 'line",value\n', 'plain,row\n'])))
