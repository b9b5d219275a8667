import textwrap

print(textwrap.wrap('naïve café déjà vu résumé', 10))
print(textwrap.wrap('日本語 のテキスト を 折り返す', 6))
print(textwrap.wrap('word\xa0joined by\xa0nbsp', 10))
print(textwrap.wrap('x' * 25, 10), textwrap.wrap('x' * 25, 10, break_long_words=False))
print(textwrap.wrap('a b', 1), textwrap.wrap('ab cd', 1))
print(textwrap.wrap('.,!? ;: ()', 3))
print(textwrap.wrap('under_score_words and snake_case_names', 11))
print(textwrap.wrap('digits 12345-67890 and 1a-2b', 8))
print(textwrap.wrap('tab\there', 20, expand_tabs=False))
print(textwrap.wrap('tab\there', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.fill('x', 1), repr(textwrap.fill('', 5)))
