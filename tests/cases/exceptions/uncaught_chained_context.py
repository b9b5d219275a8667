def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise ValueError(f"setting {key!r} is required")

settings = {"host": "localhost"}
print(read_setting(settings, "host"))
read_setting(settings, "port")
