import base64

samples = [bytes([(i * 37 + 11) % 256 for i in range(n)]) for n in range(0, 23)]
codecs = [("b64", base64.b64encode, base64.b64decode),
          ("url", base64.urlsafe_b64encode, base64.urlsafe_b64decode),
          ("b32", base64.b32encode, base64.b32decode),
          ("b32hex", base64.b32hexencode, base64.b32hexdecode),
          ("b16", base64.b16encode, base64.b16decode),
          ("b85", base64.b85encode, base64.b85decode),
          ("a85", base64.a85encode, base64.a85decode)]
for name, enc, dec in codecs:
    ok = all(dec(enc(s)) == s for s in samples)
    print(name, ok, enc(samples[7]), len(enc(samples[22])))
