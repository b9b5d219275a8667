def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - 97 + k) % 26 + 97)
    if "A" <= c <= "Z":
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c
def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)
msg = "The Quick Brown Fox, jumps over 13 lazy dogs! Über."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3) == msg)
def crack(cipher):
    freq_order = "etaoinshrdlu"
    best = None
    for k in range(26):
        plain = caesar(cipher, -k).lower()
        score = sum(plain.count(ch) * (len(freq_order) - i) for i, ch in enumerate(freq_order))
        if best is None or score > best[0]:
            best = (score, k)
    return best[1]
secret = caesar("meet me at the usual place at ten rather than eight", 11)
print(secret)
k = crack(secret)
print(k, caesar(secret, -k))
def vigenere(text, key, sign=1):
    out, i = [], 0
    for c in text:
        if c.isalpha() and c.isascii():
            out.append(shift_char(c, sign * (ord(key[i % len(key)].lower()) - 97)))
            i += 1
        else:
            out.append(c)
    return "".join(out)
v = vigenere("Attack at dawn!", "Lemon")
print(v, vigenere(v, "Lemon", -1))
