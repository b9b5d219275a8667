import json
import json.scanner


class TupleDecoder(json.JSONDecoder):
    """Decodes JSON arrays as tuples by replacing the array parser and rebuilding the scanner."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.parse_array = self.tuple_array
        self.scan_once = json.scanner.py_make_scanner(self)

    def tuple_array(self, s_and_end, scan_once, **kw):
        values, end = json.decoder.JSONArray(s_and_end, scan_once, **kw)
        return tuple(values), end


print(json.loads('[1, [2, 3], {"a": [4]}]', cls=TupleDecoder))
print(json.loads('{"k": []}', cls=TupleDecoder))
