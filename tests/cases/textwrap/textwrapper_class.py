import textwrap

w = textwrap.TextWrapper(width=30, initial_indent='* ', subsequent_indent='  ')
items = ['First item is short', 'Second item is quite a bit longer than the first one is',
         'Third']
for item in items:
    print(w.fill(item))
print(w.width, w.expand_tabs, w.replace_whitespace, w.drop_whitespace, w.break_long_words,
      w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder), w.fix_sentence_endings)
w.width = 15
print(w.wrap(items[1]))
w2 = textwrap.TextWrapper(fix_sentence_endings=True, width=40)
print(w2.wrap('This is one. This is two! Is this three? "Yes." Mr. Smith went. E.g. no.'))
print(w2.fill('end with quote.\' next sentence. a.b. c'))

class BulletWrapper(textwrap.TextWrapper):
    def wrap(self, text):
        lines = super().wrap(text)
        return [line.rstrip() + (' +' if i < len(lines) - 1 else '') for i, line in enumerate(lines)]

print(BulletWrapper(width=20).wrap('a custom wrapper that marks continued lines'))
print(textwrap.TextWrapper(width=12)._split('Hello there-world, e-mail--now'))
print(textwrap.TextWrapper(width=12, break_on_hyphens=False)._split('Hello there-world, e-mail--now'))
