def send(message, *, recipient, urgent=False):
    tag = "!" if urgent else ""
    print(f"to {recipient}: {message}{tag}")

send("hello", recipient="ann")
send("ping", recipient="bob", urgent=True)
send("oops")
