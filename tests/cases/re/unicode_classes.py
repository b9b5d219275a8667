import re

s = "Grüße, 世界! Ω≈ ½ ٣ ² x_y\u00a0z\u2003w"
print(re.findall(r"\w+", s))
print(re.findall(r"\W+", s))
print(re.findall(r"\d", s))
print(re.findall(r"\D+", "a١b٢c"))
print([hex(ord(c)) for c in re.findall(r"\s", s)])
print(re.findall(r"[^\W\d_]+", s))
print(re.findall(r"[а-я]+", "привет мир hello"))
print(re.findall(r"[\u4e00-\u9fff]", "漢字 and kana かな"))
print(re.findall(r".", "a\U0001F600b"))
print(len(re.match(r"\X" if False else r".+", "e\u0301").group()))
print(re.findall(r"[\U0001F600-\U0001F64F]", "smile \U0001F600 wink \U0001F609 no \u263a"))
