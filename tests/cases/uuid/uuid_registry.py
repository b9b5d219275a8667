"""Give stable ids to records with uuid5 and index them."""
import uuid

APP_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/inventory")
items = ["hammer", "nails", "saw", "glue", "tape"]
registry = {}
for item in items:
    registry[uuid.uuid5(APP_NS, item)] = item
for key in sorted(registry):
    print(key.hex[:8], key.urn[:17], registry[key])
lookup = uuid.UUID(str(uuid.uuid5(APP_NS, "saw")).upper())
print(registry[lookup])
