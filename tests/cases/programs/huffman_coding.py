class Leaf:
    def __init__(self, symbol, weight):
        self.symbol, self.weight = symbol, weight


class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight


def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0 and heap[(i - 1) // 2][:2] > heap[i][:2]:
        heap[i], heap[(i - 1) // 2] = heap[(i - 1) // 2], heap[i]
        i = (i - 1) // 2


def heap_pop(heap):
    heap[0], heap[-1] = heap[-1], heap[0]
    top = heap.pop()
    i = 0
    while True:
        kids = [k for k in (2 * i + 1, 2 * i + 2) if k < len(heap)]
        if not kids:
            break
        k = min(kids, key=lambda k: heap[k][:2])
        if heap[k][:2] < heap[i][:2]:
            heap[i], heap[k] = heap[k], heap[i]
            i = k
        else:
            break
    return top


def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = []
    order = 0
    for ch in sorted(freq):
        heap_push(heap, (freq[ch], order, Leaf(ch, freq[ch])))
        order += 1
    if len(heap) == 1:
        return {heap[0][2].symbol: "0"}, freq
    while len(heap) > 1:
        w1, _, a = heap_pop(heap)
        w2, _, b = heap_pop(heap)
        heap_push(heap, (w1 + w2, order, Branch(a, b)))
        order += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, Leaf):
            codes[node.symbol] = prefix
        else:
            walk(node.left, prefix + "0")
            walk(node.right, prefix + "1")
    walk(heap[0][2], "")
    return codes, freq


def encode(text, codes):
    return "".join(codes[ch] for ch in text)


def decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    if cur:
        raise ValueError(f"trailing bits {cur!r}")
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"]:
    codes, freq = build(text)
    bits = encode(text, codes)
    print(repr(text))
    for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
        print(f"   {ch!r} x{freq[ch]:<2} {codes[ch]}")
    print(f"   {len(bits)} bits vs {8 * len(text)} raw; roundtrip={decode(bits, codes) == text}")
    prefix_free = all(not b.startswith(a) for a in codes.values() for b in codes.values() if a != b)
    print("   prefix-free:", prefix_free)
codes, _ = build("abc")
try:
    decode("0", codes)
except ValueError as e:
    print("ValueError:", e)
