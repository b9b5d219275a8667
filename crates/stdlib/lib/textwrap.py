"""Text wrapping and filling: wrap(), fill(), shorten(), dedent(), indent() and the
TextWrapper class that does the work."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these characters count as whitespace here (not the other Unicode spaces), so that
# e.g. non-breaking spaces keep words together.
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # a word character that is not a decimal digit
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dashes_then_word(text, pos):
    """True if text[pos:] is two or more hyphens followed by a word character; returns the
    position after the hyphens, or -1."""
    n = len(text)
    end = pos
    while end < n and text[end] == '-':
        end += 1
    if end - pos >= 2 and end < n and _is_word(text[end]):
        return end
    return -1


def _split_on_hyphens(text):
    """Split text into whitespace runs and words, also splitting hyphenated words after each
    hyphen ("well-known" -> "well-", "known") and around em-dashes ("a--b" -> "a", "--",
    "b")."""
    chunks = []
    n = len(text)
    pos = 0
    while pos < n:
        c = text[pos]
        if c in _WS:
            end = pos + 1
            while end < n and text[end] in _WS:
                end += 1
        elif c == '-' and pos > 0 and _is_word_punct(text[pos - 1]) \
                and _dashes_then_word(text, pos) >= 0:
            end = _dashes_then_word(text, pos)
        else:
            # The shortest run of non-space characters that ends at a word boundary: a
            # hyphen inside a hyphenated word, the end of the word, or an em-dash.
            end = pos + 1
            while True:
                if end >= n or text[end] in _WS:
                    break
                if text[end] == '-':
                    if _hyphen_breaks(text, end):
                        end += 1
                        break
                    if _is_word_punct(text[end - 1]) and _dashes_then_word(text, end) >= 0:
                        break
                end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _hyphen_breaks(text, i):
    """Whether the hyphen at text[i] is a place to break a hyphenated word: it must follow
    two letters (or letter-hyphen-letter) and precede a letter, optionally hyphen, letter."""
    n = len(text)
    before = (i >= 2 and _is_letter(text[i - 1]) and _is_letter(text[i - 2])) or \
        (i >= 3 and _is_letter(text[i - 1]) and text[i - 2] == '-' and _is_letter(text[i - 3]))
    if not before:
        return False
    if not (i + 1 < n and _is_letter(text[i + 1])):
        return False
    if i + 3 < n and text[i + 2] == '-' and _is_letter(text[i + 3]):
        return True
    return i + 2 < n and _is_letter(text[i + 2])


def _split_simple(text):
    """Split text into alternating runs of whitespace and non-whitespace."""
    chunks = []
    n = len(text)
    pos = 0
    while pos < n:
        is_space = text[pos] in _WS
        end = pos + 1
        while end < n and (text[end] in _WS) == is_space:
            end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _ends_sentence(chunk):
    # a lowercase ASCII letter, then '.', '!' or '?', then optionally a quote, at the end
    if chunk.endswith(('"', "'")):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text.

    The public interface consists of the wrap() and fill() methods; the other methods are
    just there for subclasses to override in order to tweak the default behaviour.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words and runs of whitespace."""
        if self.break_on_hyphens is True:
            chunks = _split_on_hyphens(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make sure there are two spaces after each sentence-ending word."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long to fit on any line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer breaking just after the last hyphen that fits, unless only
                # hyphens precede it
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Assemble chunks into lines of at most self.width characters (indents included)."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        pending = chunks[::-1]   # consumed from the end
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and pending[-1].strip() == '':
                pending.pop()

            line = []
            used = 0
            while pending and used + len(pending[-1]) <= width:
                chunk = pending.pop()
                line.append(chunk)
                used += len(chunk)

            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, used, width)
                used = sum(len(c) for c in line)

            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()

            if not line:
                continue
            rest_is_blank = not pending or (self.drop_whitespace and len(pending) == 1
                                            and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and used <= width):
                lines.append(indent + ''.join(line))
                continue

            # Last allowed line and text remains: end with the placeholder, dropping words
            # until it fits (or append it to the previous line if nothing fits).
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    break
                used -= len(line[-1])
                line.pop()
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wrap a single paragraph of text, returning a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap a single paragraph of text, and return a single string with the result."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines.

    Lines are at most width characters long; see TextWrapper for the keyword arguments.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    >>> textwrap.shorten("Hello  world!", width=12)
    'Hello world!'
    >>> textwrap.shorten("Hello  world!", width=11)
    'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of spaces and tabs are normalised to empty lines; tabs and
    spaces are not considered equal.
    """
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        stripped = line.lstrip(' \t')
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines where
    'predicate(line)' is True. If it is not provided, it defaults to adding 'prefix' to all
    non-empty lines that do not consist solely of whitespace characters.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
