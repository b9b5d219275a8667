import unittest


def load_tests(loader, tests, pattern):
    # The package decides what it contributes.
    suite = unittest.TestSuite()
    suite.addTests(loader.loadTestsFromName('_pkg_custom.test_chosen'))
    return suite
