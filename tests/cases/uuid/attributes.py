import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
for attr in ["hex", "int", "bytes", "bytes_le", "fields", "time_low", "time_mid",
             "time_hi_version", "clock_seq_hi_variant", "clock_seq_low", "clock_seq",
             "node", "time", "urn", "variant", "version"]:
    print(attr, repr(getattr(u, attr)))
print(str(u), int(u), u.is_safe)
