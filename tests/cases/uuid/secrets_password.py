"""Generate passwords that satisfy a policy (only the policy checks are printed)."""
import secrets
import string

alphabet = string.ascii_letters + string.digits
def make_password(length=12):
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw)
                and sum(c.isdigit() for c in pw) >= 3):
            return pw

for length in (10, 12, 16):
    pw = make_password(length)
    print(length, len(pw), all(c in alphabet for c in pw))
reset_url = "https://example.com/reset?token=" + secrets.token_urlsafe()
print(reset_url[:32], len(reset_url))
