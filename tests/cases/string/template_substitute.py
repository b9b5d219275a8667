from string import Template

s = Template('$who likes $what')
print(s.substitute(who='tim', what='kung pao'))
print(s.substitute({'who': 'ann', 'what': 'tea'}))
print(s.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('${noun}ification costs $$${amount}').substitute(noun='verb', amount=10))
print(Template('$a$b ${a}${b} $$a $$$a').substitute(a=1, b=2))
print(Template('no placeholders').substitute())
print(Template('$x_1 and $_y and ${Z9}').substitute(x_1='A', _y='B', Z9='C'))
print(Template('$a.$b-$c!').substitute(a=1, b=2, c=3))
print(Template('$n$n').substitute(n=[1]))
t = Template('Hi $name')
print(t.template, Template.delimiter, Template.idpattern)
try:
    Template('$who likes $what').substitute(who='tim')
except KeyError as e:
    print('KeyError', e)
for bad in ['cost: $ 5', 'trailing $', 'line1\nline2 $1', '${unclosed', '${bad-name}', 'a\nb\nxx$!']:
    try:
        Template(bad).substitute(unclosed=1)
    except ValueError as e:
        print('ValueError', e)
