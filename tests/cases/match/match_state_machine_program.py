def run(events):
    state = "idle"
    log = []
    for event in events:
        match state, event:
            case "idle", ("start", job):
                state = "running"
                log.append(f"started {job}")
            case "running", ("progress", pct) if pct >= 100:
                state = "done"
                log.append("finished")
            case "running", ("progress", pct):
                log.append(f"{pct}%")
            case "running", ("pause",):
                state = "paused"
                log.append("paused")
            case "paused", ("resume",):
                state = "running"
                log.append("resumed")
            case _, ("reset",):
                state = "idle"
                log.append("reset")
            case current, (name, *_):
                log.append(f"ignored {name} in {current}")
    return state, log

final, log = run([
    ("progress", 5),
    ("start", "backup"),
    ("progress", 40),
    ("pause",),
    ("progress", 50),
    ("resume",),
    ("progress", 100),
    ("start", "again"),
    ("reset",),
])
for entry in log:
    print(entry)
print("final state:", final)
