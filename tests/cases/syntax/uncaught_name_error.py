def summarize(scores):
    best = max(scores)
    worst = min(scores)
    return f"best={best} worst={worst} avg={averge}"

print("starting")
print(summarize([3, 9, 4]))
