def parse_record(line):
    name, age, city = line.split(",")
    return {"name": name, "age": int(age), "city": city}


records = ["ann,30,NYC", "bob,25,LA", "cyd,40"]
for r in records:
    print(parse_record(r))
