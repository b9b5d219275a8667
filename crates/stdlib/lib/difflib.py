"""Helpers for computing differences between sequences (pyrite's difflib).

Public API, as in CPython 3.11:

    SequenceMatcher     compare two sequences of hashable elements
    Differ              human-readable line-by-line deltas ("- ", "+ ", "  ", "? ")
    ndiff               Differ deltas with the usual character-junk filter
    restore             recover one of the two inputs from an ndiff delta
    unified_diff        deltas in unified format
    context_diff        deltas in context format
    diff_bytes          run unified_diff/context_diff over bytes
    get_close_matches   the best "good enough" matches of a word in a list
    IS_LINE_JUNK, IS_CHARACTER_JUNK   the standard junk predicates
    Match               the (a, b, size) named tuple of matching blocks

The matcher finds the longest contiguous junk-free matching block, then
recurses on the pieces to its left and right (the Ratcliff/Obershelp idea
with junk handling), so its results are the ones CPython gives.
"""

from collections import namedtuple as _namedtuple
import heapq as _heapq

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matches, total):
    if total:
        return 2.0 * matches / total
    return 1.0


class SequenceMatcher:
    """Compare pairs of sequences of any hashable elements.

    Information about the second sequence (b) is cached, so to compare one
    sequence against many, set it with set_seq2() once and change the first
    one with set_seq1().
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence to compare (the second one stays cached)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence to compare and index it."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j maps every element of b to the ascending list of its positions,
        # minus the junk elements and (with autojunk) the very common ones.
        b = self.b
        positions = {}
        for index, element in enumerate(b):
            found = positions.get(element)
            if found is None:
                positions[element] = [index]
            else:
                found.append(index)

        junk = set()
        if self.isjunk is not None:
            for element in list(positions):
                if self.isjunk(element):
                    junk.add(element)
            for element in junk:
                del positions[element]

        popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for element, where in list(positions.items()):
                if len(where) > limit:
                    popular.add(element)
            for element in popular:
                del positions[element]

        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find the longest matching block in a[alo:ahi] and b[blo:bhi].

        Among equally long blocks the one starting earliest in a wins, then
        the one starting earliest in b.  Junk-free blocks are found first and
        then extended by equal junk elements on both ends.  Returns a Match.
        """
        a, b = self.a, self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        b2j = self.b2j
        junk = self.bjunk
        best_i, best_j, best_size = alo, blo, 0

        # run_end[j] = length of the match ending at a[i-1], b[j].
        run_end = {}
        for i in range(alo, ahi):
            lengths = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = run_end.get(j - 1, 0) + 1
                lengths[j] = length
                if length > best_size:
                    best_i = i - length + 1
                    best_j = j - length + 1
                    best_size = length
            run_end = lengths

        # Grow the block with equal non-junk elements (the popular ones are
        # not indexed, so they were not part of the search above) ...
        while (best_i > alo and best_j > blo
               and b[best_j - 1] not in junk
               and a[best_i - 1] == b[best_j - 1]):
            best_i -= 1
            best_j -= 1
            best_size += 1
        while (best_i + best_size < ahi and best_j + best_size < bhi
               and b[best_j + best_size] not in junk
               and a[best_i + best_size] == b[best_j + best_size]):
            best_size += 1

        # ... then with equal junk on both sides, so that junk sitting next
        # to an interesting match is reported as part of it.
        while (best_i > alo and best_j > blo
               and b[best_j - 1] in junk
               and a[best_i - 1] == b[best_j - 1]):
            best_i -= 1
            best_j -= 1
            best_size += 1
        while (best_i + best_size < ahi and best_j + best_size < bhi
               and b[best_j + best_size] in junk
               and a[best_i + best_size] == b[best_j + best_size]):
            best_size += 1

        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        """Return the list of matching blocks, as Match triples.

        Each Match(i, j, n) means a[i:i+n] == b[j:j+n]; the blocks increase in
        i and j, adjacent blocks are merged, and the last one is the dummy
        Match(len(a), len(b), 0).
        """
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        found = []
        pending = [(0, len_a, 0, len_b)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, size = self.find_longest_match(alo, ahi, blo, bhi)
            if not size:
                continue
            found.append((i, j, size))
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                pending.append((i + size, ahi, j + size, bhi))
        found.sort()

        merged = []
        cur_i = cur_j = cur_size = 0
        for i, j, size in found:
            if cur_i + cur_size == i and cur_j + cur_size == j:
                cur_size += size
                continue
            if cur_size:
                merged.append(Match(cur_i, cur_j, cur_size))
            cur_i, cur_j, cur_size = i, j, size
        if cur_size:
            merged.append(Match(cur_i, cur_j, cur_size))
        merged.append(Match(len_a, len_b, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """Return the list of 5-tuples (tag, i1, i2, j1, j2) turning a into b.

        tag is 'replace', 'delete', 'insert' or 'equal'.
        """
        if self.opcodes is not None:
            return self.opcodes
        codes = []
        i = j = 0
        for block_i, block_j, size in self.get_matching_blocks():
            if i < block_i and j < block_j:
                codes.append(('replace', i, block_i, j, block_j))
            elif i < block_i:
                codes.append(('delete', i, block_i, j, block_j))
            elif j < block_j:
                codes.append(('insert', i, block_i, j, block_j))
            i = block_i + size
            j = block_j + size
            if size:
                codes.append(('equal', block_i, i, block_j, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with up to n lines of context around changes."""
        codes = list(self.get_opcodes())
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))

        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # A long unchanged stretch ends the group after n lines and
                # opens the next one n lines before its end.
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2.0*M/T (M matches, T total elements)."""
        matches = 0
        for block in self.get_matching_blocks():
            matches += block[2]
        return _ratio_of(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), computed from element counts only."""
        if self.fullbcount is None:
            counts = {}
            for element in self.b:
                counts[element] = counts.get(element, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matches = 0
        for element in self.a:
            if element in left:
                remaining = left[element]
            else:
                remaining = counts.get(element, 0)
            left[element] = remaining - 1
            if remaining > 0:
                matches += 1
        return _ratio_of(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio(), computed from the lengths only."""
        len_a, len_b = len(self.a), len(self.b)
        return _ratio_of(min(len_a, len_b), len_a + len_b)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return up to n strings of possibilities that are close to word.

    Only candidates whose similarity ratio is at least cutoff count; the
    best ones come first.
    """
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff
                and matcher.quick_ratio() >= cutoff):
            score = matcher.ratio()
            if score >= cutoff:
                scored.append((score, candidate))
    best = _heapq.nlargest(n, scored)
    return [candidate for score, candidate in best]


def _keep_original_ws(line, tags):
    # Tabs and other whitespace under an unchanged (' ') mark stay as they
    # are, so the "? " hint lines up with the line above it.
    out = []
    for char, tag in zip(line, tags):
        if tag == ' ' and char.isspace():
            out.append(char)
        else:
            out.append(tag)
    return ''.join(out)


class Differ:
    """Produce human-readable deltas between sequences of lines.

    Each output line starts with a two-letter code: '- ' (only in the first
    sequence), '+ ' (only in the second), '  ' (in both) or '? ' (a hint
    line marking intraline changes; not present in either input).
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines comparing the line sequences a and b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, lines, lo, hi):
        for index in range(lo, hi):
            yield '%s %s' % (tag, lines[index])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block is shown first, to keep related lines close.
        inserted = self._dump('+', b, blo, bhi)
        deleted = self._dump('-', a, alo, ahi)
        if bhi - blo < ahi - alo:
            yield from inserted
            yield from deleted
        else:
            yield from deleted
            yield from inserted

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio at least 0.75), show it
        # with "? " hints, and handle the parts before and after it the same
        # way.  Without such a pair, an identical pair is the synch point;
        # without that either, the block is a plain delete + insert.
        best_ratio = 0.74
        cutoff = 0.75
        best_i = best_j = None
        same_i = same_j = None
        chars = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            bline = b[j]
            chars.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(aline)
                if (chars.real_quick_ratio() > best_ratio
                        and chars.quick_ratio() > best_ratio):
                    score = chars.ratio()
                    if score > best_ratio:
                        best_ratio, best_i, best_j = score, i, j

        identical = False
        if best_ratio < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
            identical = True

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)

        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            atags = []
            btags = []
            chars.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                alen, blen = i2 - i1, j2 - j1
                if tag == 'replace':
                    atags.append('^' * alen)
                    btags.append('^' * blen)
                elif tag == 'delete':
                    atags.append('-' * alen)
                elif tag == 'insert':
                    btags.append('+' * blen)
                elif tag == 'equal':
                    atags.append(' ' * alen)
                    btags.append(' ' * blen)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(atags), ''.join(btags))

        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def IS_LINE_JUNK(line, pat=None):
    """True for a blank line or a line holding only '#' (and whitespace)."""
    if pat is not None:
        return pat(line) is not None
    rest = line.lstrip()
    if rest.startswith('#'):
        rest = rest[1:]
    return rest == '' or rest.isspace()


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a blank or a tab."""
    return ch in ws


def _unified_range(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _context_range(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _check_types(a, b, *names):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)'
                        % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)'
                        % (type(b[0]).__name__, b[0]))
    for name in names:
        if not isinstance(name, str):
            raise TypeError('all arguments must be str, not: %r' % (name,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the unified-format delta between the line lists a and b."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            from_date = '\t' + fromfiledate if fromfiledate else ''
            to_date = '\t' + tofiledate if tofiledate else ''
            yield '--- %s%s%s' % (fromfile, from_date, lineterm)
            yield '+++ %s%s%s' % (tofile, to_date, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]),
                                   _unified_range(first[3], last[4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARKS = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the context-format delta between the line lists a and b."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            from_date = '\t' + fromfiledate if fromfiledate else ''
            to_date = '\t' + tofiledate if tofiledate else ''
            yield '*** %s%s%s' % (fromfile, from_date, lineterm)
            yield '--- %s%s%s' % (tofile, to_date, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm

        yield '*** %s ****%s' % (_context_range(first[1], last[2]), lineterm)
        if any(code[0] in ('replace', 'delete') for code in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARKS[tag] + line

        yield '--- %s ----%s' % (_context_range(first[3], last[4]), lineterm)
        if any(code[0] in ('replace', 'insert') for code in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARKS[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) over lists of bytes.

    Every argument must be bytes; the delta lines are bytes as well.
    """
    def as_text(value):
        try:
            return value.decode('latin-1')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from err

    a = [as_text(line) for line in a]
    b = [as_text(line) for line in b]
    fromfile = as_text(fromfile)
    tofile = as_text(tofile)
    fromfiledate = as_text(fromfiledate)
    tofiledate = as_text(tofiledate)
    lineterm = as_text(lineterm)
    for line in dfunc(a, b, fromfile, tofile, fromfiledate, tofiledate,
                      n, lineterm):
        yield line.encode('latin-1')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Compare two lists of lines and return a Differ-style delta.

    Unlike Differ, blanks and tabs are character junk by default.
    """
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Return one of the two sequences that produced an ndiff delta.

    which is 1 for the first sequence and 2 for the second.
    """
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] in ('  ', tag):
            yield line[2:]


class HtmlDiff:
    """Side-by-side HTML tables of differences (not provided by pyrite)."""

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        raise NotImplementedError('difflib.HtmlDiff is not available in pyrite')
