data = b"key1=value1;key2=value2;;key3=value3"
entries = [e for e in data.split(b";") if e]
print(entries)
parsed = dict(e.split(b"=", 1) for e in entries)
print(parsed)
print({k.decode(): v.decode().upper() for k, v in parsed.items()})
line = b"  GET /index.html HTTP/1.1\r\n"
method, path, version = line.strip().split()
print(method, path, version, line.rstrip(b"\r\n"))
print(b"a b  c".split(), b"a b  c".split(b" "), b"1,2,3".rsplit(b",", 1))
print(b"hello world".partition(b" "), b"no-sep".partition(b"|"))
print(b"Hello".ljust(8, b"."), b"Hello".rjust(8), b"x".join([b"1", b"2"]))
print(b"abc".replace(b"", b"-"), b"aaa".count(b"aa"), b"mississippi".split(b"ss"))
print(bytes(reversed(b"abc")), sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
print(b"\xde\xad\xbe\xef".hex(":"), int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
