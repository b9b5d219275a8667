try:
    raise SystemExit(0)
finally:
    print("cleanup runs")
