print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("".partition("x"), "".rpartition("x"))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"))
print("==".partition("="), "==".rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
url = "https://example.com:8080/path/to?q=1"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
hostname, _, port = host.rpartition(":")
path, _, query = path.partition("?")
print(scheme, hostname, port, path, query)
