class DatabaseError(Exception):
    pass

def connect(url):
    try:
        scheme, rest = url.split("://")
    except ValueError as e:
        raise DatabaseError(f"invalid url: {url}") from e
    return scheme

print(connect("pg://localhost"))
connect("localhost")
