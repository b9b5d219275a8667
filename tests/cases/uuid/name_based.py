import uuid

for ns_name in ["NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500"]:
    ns = getattr(uuid, ns_name)
    print(ns_name, ns)
    for name in ["python.org", "http://example.com/", "1.3.6.1", "cn=John", "", "\u00e9t\u00e9"]:
        u3 = uuid.uuid3(ns, name)
        u5 = uuid.uuid5(ns, name)
        print(" ", repr(name), u3, u3.version, u5, u5.version)
