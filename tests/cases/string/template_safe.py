from string import Template

t = Template('$who likes $what, ${who} pays $$5, bad: $ and ${x y}')
print(t.safe_substitute(who='tim'))
print(t.safe_substitute())
print(t.safe_substitute({'what': 'tea'}, who='ann'))
print(t.is_valid(), Template('$a ${b} $$').is_valid(), Template('$').is_valid())
print(t.get_identifiers())
print(Template('$a $b $a ${c} $$d').get_identifiers())
print(Template('${a').safe_substitute(a=1))
print(Template('$$').safe_substitute(), Template('$$$$').substitute())
