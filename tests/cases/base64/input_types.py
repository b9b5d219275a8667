import base64

funcs = [base64.b64encode, base64.b16encode, base64.b32encode, base64.b85encode, base64.a85encode,
         base64.urlsafe_b64encode, base64.b64decode, base64.b32decode, base64.b16decode,
         base64.b85decode, base64.a85decode]
for f in funcs:
    for arg in ("x", "é", 5, None):
        try:
            print(f.__name__, repr(arg), f(arg))
        except (TypeError, ValueError) as e:
            print(f.__name__, repr(arg), type(e).__name__, e)
