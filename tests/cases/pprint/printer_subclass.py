import pprint
import io


class HidingPrinter(pprint.PrettyPrinter):
    """Masks values of keys named 'password'."""

    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str) and obj.startswith('secret:'):
            return "'***'", True, False
        return super().format(obj, context, maxlevels, level)


config = {'user': 'admin', 'password': 'secret:hunter2',
          'servers': [{'host': 'a.example', 'token': 'secret:abc'}, {'host': 'b.example'}]}
HidingPrinter().pprint(config)
HidingPrinter(width=30).pprint(config)
buf = io.StringIO()
pprint.PrettyPrinter(stream=buf, width=20, indent=2).pprint(config)
print(buf.getvalue(), end='')
pprint.pprint(config, stream=buf)
print(len(buf.getvalue().splitlines()))
p = pprint.PrettyPrinter(depth=1)
print(p.pformat(config))
print(p.isreadable(config), p.isrecursive(config))
