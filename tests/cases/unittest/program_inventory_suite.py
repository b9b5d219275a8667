"""A realistic test module: a small inventory service tested with fixtures and mocks."""
import sys
import unittest
from unittest import mock


class StableStream:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        if text.startswith('Ran ') and ' in ' in text:
            text = text[:text.rindex(' in ')] + ' in 0.000s'
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self, store, notifier):
        self.store = store
        self.notifier = notifier

    def add(self, sku, count):
        if count <= 0:
            raise ValueError('count must be positive, got %d' % count)
        current = self.store.get(sku, 0)
        self.store[sku] = current + count
        return self.store[sku]

    def remove(self, sku, count):
        current = self.store.get(sku, 0)
        if count > current:
            raise OutOfStock('%s: only %d left' % (sku, current))
        self.store[sku] = current - count
        if self.store[sku] == 0:
            self.notifier.send('restock', sku=sku)
        return self.store[sku]

    def report(self):
        return ['%s=%d' % item for item in sorted(self.store.items())]


class InventoryTests(unittest.TestCase):
    def setUp(self):
        self.store = {'apple': 3}
        self.notifier = mock.Mock()
        self.inventory = Inventory(self.store, self.notifier)

    def test_add_new(self):
        self.assertEqual(self.inventory.add('pear', 2), 2)
        self.assertEqual(self.store, {'apple': 3, 'pear': 2})

    def test_add_rejects_zero(self):
        with self.assertRaisesRegex(ValueError, r'got 0$'):
            self.inventory.add('pear', 0)

    def test_remove_notifies_when_empty(self):
        self.inventory.remove('apple', 3)
        self.notifier.send.assert_called_once_with('restock', sku='apple')

    def test_remove_keeps_quiet(self):
        self.inventory.remove('apple', 1)
        self.notifier.send.assert_not_called()

    def test_out_of_stock(self):
        with self.assertRaises(OutOfStock) as cm:
            self.inventory.remove('apple', 5)
        self.assertEqual(str(cm.exception), 'apple: only 3 left')

    def test_report(self):
        self.inventory.add('banana', 1)
        self.assertListEqual(self.inventory.report(), ['apple=3', 'banana=1'])

    def test_report_is_wrong(self):
        self.assertEqual(self.inventory.report(), ['apple=4'])

    @mock.patch.object(Inventory, 'report', return_value=['patched'])
    def test_patched_report(self, fake_report):
        self.assertEqual(self.inventory.report(), ['patched'])
        fake_report.assert_called_once_with()

    def test_notifier_failure_propagates(self):
        class BrokenNotifier:
            def send(self, kind, **details):
                raise ConnectionError('mail server down')

        self.inventory.notifier = BrokenNotifier()
        self.inventory.remove('apple', 3)


if __name__ == '__main__':
    sys.stderr = StableStream(sys.stderr)
    unittest.main(verbosity=2)
