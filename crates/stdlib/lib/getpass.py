"""getpass(prompt) reads a password without echoing it (on a terminal); getuser() names the
user from the environment (LOGNAME, USER, LNAME, USERNAME) or the password database."""

import os
import sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password. Echo is turned off with `stty` when stdin is a terminal."""
    stream = stream or sys.stderr
    tty = os.isatty(0)
    if tty:
        os.system('stty -echo 2>/dev/null')
    try:
        stream.write(prompt)
        stream.flush()
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        if tty:
            stream.write('\n')
        return line[:-1] if line.endswith('\n') else line
    finally:
        if tty:
            os.system('stty echo 2>/dev/null')


def getuser():
    """The login name of the user."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            for line in f:
                parts = line.split(':')
                if len(parts) > 2 and parts[2] == str(uid):
                    return parts[0]
    except OSError:
        pass
    raise OSError('No username set in the environment')
