def validate(name):
    if not name.isascii():
        raise ValueError(f"non-ASCII name rejected: {name!r} ({name})")
    return name


for n in ["alice", "bob"]:
    print("ok", validate(n))
validate("Zoë 日本")
