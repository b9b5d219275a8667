"""A typical use: HTTP basic-auth headers and data URLs."""
import base64

def auth_header(user, password):
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return "Basic " + token

def parse_auth(header):
    scheme, _, token = header.partition(" ")
    user, _, password = base64.b64decode(token).decode().partition(":")
    return scheme, user, password

h = auth_header("aladdin", "opensesame")
print(h)
print(parse_auth(h))
png = bytes([0x89]) + b"PNG\r\n\x1a\n" + bytes(8)
url = "data:image/png;base64," + base64.b64encode(png).decode()
print(url)
print(base64.b64decode(url.split(",", 1)[1]) == png)
print(base64.urlsafe_b64encode(b"\xff\xfe\xfd").rstrip(b"="))
