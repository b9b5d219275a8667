"""unittest.main() argv handling: -q, -f, -k, test names, defaultTest, exit=False."""
import sys
import unittest


class StableStream:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        if text.startswith('Ran ') and ' in ' in text:
            text = text[:text.rindex(' in ')] + ' in 0.000s'
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()


class Inventory(unittest.TestCase):
    def test_add_item(self):
        pass

    def test_remove_item(self):
        self.assertEqual(3 - 1, 1)

    def test_total(self):
        pass


class Shipping(unittest.TestCase):
    def test_cost(self):
        pass

    def test_zone(self):
        raise LookupError('unknown zone')


def run(*args, **kwargs):
    print('>>> main(%s)' % ', '.join(repr(a) for a in args), kwargs if kwargs else '')
    sys.stdout.flush()
    program = unittest.main(argv=['inventory_tests'] + list(args), exit=False, **kwargs)
    result = program.result
    sys.stderr.flush()
    print('<<< run=%d failures=%d errors=%d success=%s' % (
        result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful()))
    sys.stdout.flush()
    return program


sys.stderr = StableStream(sys.stderr)
run('-q')
run('-v', 'Inventory')
run('-v', '-k', 'total')
run('-v', '-k', 'test_*o*', '-k', 'Shipping')
run('-v', 'Inventory.test_total', 'Shipping.test_cost')
run('-f')
run('--failfast', '--verbose')
run(defaultTest='Shipping')
run(defaultTest=['Inventory.test_add_item', 'Shipping.test_cost'])
run('-v', verbosity=0)
p = run(verbosity=2, failfast=True)
print(p.verbosity, p.failfast, p.buffer, p.catchbreak, p.testNames, p.progName)
try:
    unittest.main(argv=['inventory_tests', 'Shipping.test_cost'])
except SystemExit as e:
    print('SystemExit code:', e.code)
try:
    unittest.main(argv=['inventory_tests', 'Shipping'])
except SystemExit as e:
    print('SystemExit code:', e.code)
