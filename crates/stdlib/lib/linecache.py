"""Cache of the lines of source files, for tracebacks and warnings.

getline(filename, lineno) returns one line (with its newline) or '' when it cannot be read;
getlines() returns them all; checkcache() drops entries whose file changed; clearcache() empties
the cache. Files are looked up along sys.path when the name is relative and not found directly.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or a 1-tuple (get_lines,) for a lazy entry.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line number lineno of filename, or '' if it cannot be found."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return all the lines of filename (from the cache when possible)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(path):
    """Return (size, mtime) of path, or raise OSError."""
    try:
        import os
    except ImportError:
        # Without os, opening the file tells whether it exists; size and time are unknown.
        with open(path, 'rb'):
            pass
        return None, None
    st = os.stat(path)
    return st.st_size, st.st_mtime


def checkcache(filename=None):
    """Discard cache entries whose file changed on disk (all entries when filename is None)."""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            now = _stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if now != (size, mtime):
            cache.pop(name, None)


def _is_pseudo(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _join(folder, name):
    if not folder:
        return name
    if folder.endswith('/'):
        return folder + name
    return folder + '/' + name


def _decode_source(data):
    """Decode source bytes the way Python reads a script: BOM or coding cookie, else UTF-8."""
    encoding = 'utf-8'
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
        encoding = 'utf-8'
    else:
        for line in data.split(b'\n', 2)[:2]:
            text = line.decode('latin-1').lstrip(' \t\f')
            if not text.startswith('#'):
                if text.strip():
                    break
                continue
            found = _cookie(text)
            if found:
                encoding = found
                break
    text = data.decode(encoding)
    # Universal newlines, as text-mode reading does.
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _cookie(comment):
    pos = comment.find('coding')
    while pos >= 0:
        rest = comment[pos + 6:]
        if rest[:1] in (':', '='):
            rest = rest[1:].lstrip(' \t')
            name = []
            for ch in rest:
                if ch.isalnum() or ch in '-_.':
                    name.append(ch)
                else:
                    break
            if name:
                enc = ''.join(name).lower().replace('_', '-')
                if enc == 'utf-8' or enc.startswith('utf-8-'):
                    return 'utf-8'
                if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
                        enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
                    return 'latin-1'
                return ''.join(name)
        pos = comment.find('coding', pos + 1)
    return None


def _split_lines(text):
    lines = []
    start = 0
    while True:
        nl = text.find('\n', start)
        if nl < 0:
            if start < len(text):
                lines.append(text[start:])
            break
        lines.append(text[start:nl + 1])
        start = nl + 1
    return lines


def updatecache(filename, module_globals=None):
    """Read filename into the cache (replacing any stale entry) and return its lines."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if _is_pseudo(filename):
        return []

    fullname = filename
    try:
        size, mtime = _stat(fullname)
    except (OSError, ValueError, TypeError):
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    # The loader knows the module but has no source for it.
                    return []
                cache[filename] = (len(data), None,
                                   [line + '\n' for line in data.splitlines()], fullname)
                return cache[filename][2]
        if filename.startswith('/'):
            return []
        for folder in sys.path:
            if not isinstance(folder, str):
                continue
            fullname = _join(folder, filename)
            try:
                size, mtime = _stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        with open(fullname, 'rb') as fp:
            data = fp.read()
        lines = _split_lines(_decode_source(data))
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    if size is None:
        size = len(data)
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Note a module's loader so its source can be fetched later; True if that was possible."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo(filename):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            if spec is not None:
                loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, get_source=get_source):
                return get_source(name)
            cache[filename] = (get_lines,)
            return True
    return False
