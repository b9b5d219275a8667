import os.path

places = ["/", "/srv", "/srv/www", "/srv/www/static/css", "/home/bob/src", "/srv/wwwdata"]
for start in places:
    row = [os.path.relpath(target, start) for target in places]
    print(f"from {start}:")
    for target, rel in zip(places, row):
        print(f"    {target:22} {rel}")
        # Going back from start through rel must land on target.
        assert os.path.normpath(os.path.join(start, rel)) == target, (start, target, rel)
print("round trips ok")
