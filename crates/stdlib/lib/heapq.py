"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k,
counting elements from zero. The smallest element is always heap[0].
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check_list(name, heap, single=False):
    if not isinstance(heap, list):
        which = "argument" if single else "argument 1"
        got = "None" if heap is None else type(heap).__name__
        raise TypeError(f"{name}() {which} must be list, not {got}")


# Min-heap primitives. `_bubble_up` moves heap[pos] towards the root (stopping at `start`) while
# it is smaller than its parent; `_sink` moves the smaller child up into the hole at `pos` until
# the hole reaches a leaf, puts the displaced item there and bubbles it up again. This is the
# classic layout-defining algorithm, so heaps built here match CPython's element for element.

def _bubble_up(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos)


# The same two primitives for a max-heap (used by nsmallest and merge(reverse=True)).

def _bubble_up_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list("heappush", heap)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list("heappop", heap, True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item.

    The returned value may be larger than item.
    """
    _check_list("heapreplace", heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check_list("heappushpop", heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list("heapify", x, True)
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink(x, i)


def _heapify_max(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, i)


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def _heappop_max(heap):
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Like sorted(itertools.chain(*iterables)) but returns an iterator, does not pull the data
    into memory all at once, and assumes that each input stream is already sorted.
    """
    # Each heap entry is [sort key, tie-breaker, value, iterator]; the tie-breaker keeps the
    # merge stable (earlier iterables win ties) in both directions.
    step = -1 if reverse else 1
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order * step, value, it])
            break
    if reverse:
        heapify_fn, replace_fn, pop_fn = _heapify_max, _heapreplace_max, _heappop_max
    else:
        heapify_fn, replace_fn, pop_fn = heapify, heapreplace, heappop
    heapify_fn(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace_fn(entries, entry)
            break
        else:
            pop_fn(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to: sorted(iterable, key=key)[:n]
    """
    if n == 1:
        missing = object()
        best = min(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    # Keep the n best seen so far in a max-heap so the worst of them is at the top; the
    # insertion counter makes ties resolve in input order.
    if key is None:
        kept = [(elem, i) for i, elem in zip(range(n), it)]
        if not kept:
            return kept
        _heapify_max(kept)
        worst = kept[0][0]
        order = n
        for elem in it:
            if elem < worst:
                _heapreplace_max(kept, (elem, order))
                worst = kept[0][0]
                order += 1
        kept.sort()
        return [entry[0] for entry in kept]
    kept = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < worst:
            _heapreplace_max(kept, (k, order, elem))
            worst = kept[0][0]
            order += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to: sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        missing = object()
        best = max(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    # A min-heap of the n best so far; the counter runs downwards so that, after the final
    # reverse sort, earlier elements come before later equal ones.
    if key is None:
        kept = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not kept:
            return kept
        heapify(kept)
        worst = kept[0][0]
        order = -n
        for elem in it:
            if worst < elem:
                heapreplace(kept, (elem, order))
                worst = kept[0][0]
                order -= 1
        kept.sort(reverse=True)
        return [entry[0] for entry in kept]
    kept = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not kept:
        return kept
    heapify(kept)
    worst = kept[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if worst < k:
            heapreplace(kept, (k, order, elem))
            worst = kept[0][0]
            order -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
