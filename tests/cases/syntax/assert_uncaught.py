def validate(record):
    assert "name" in record, "record missing name: %r" % (record,)
    return record["name"]

print(validate({"name": "ok"}))
print(validate({"id": 3}))
print("unreachable")
