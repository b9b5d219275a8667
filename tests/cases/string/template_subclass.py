from string import Template

class Percent(Template):
    delimiter = '%'

t = Percent('%who owes %amount%% to %{whom}')
print(t.substitute(who='Bob', amount=5, whom='Alice'))
print(t.get_identifiers())

class Batch(Template):
    delimiter = '#'
filenames = ['img_1074.jpg', 'img_1076.jpg', 'img_1077.jpg']
fmt = Batch('Ashley_#n#f')
for i, filename in enumerate(filenames):
    base, ext = filename.rsplit('.', 1)
    print(fmt.substitute(d='2024', n=i, f='.' + ext))

class Double(Template):
    delimiter = '@@'
print(Double('@@a and @@{b} and @@@@ and @@').safe_substitute(a=1, b=2))
try:
    Double('x @@ y').substitute()
except ValueError as e:
    print(e)

class Greeting(Template):
    def greet(self, **kw):
        return self.safe_substitute(kw).upper()
print(Greeting('hello $name').greet(name='world'))
