"""IsolatedAsyncioTestCase: the order of sync and async fixtures, cleanups and results."""
import asyncio
import io
import unittest

events = []


class Resource:
    async def __aenter__(self):
        events.append('resource enter')
        return 'resource'

    async def __aexit__(self, *exc):
        events.append('resource exit')


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')

    async def asyncSetUp(self):
        events.append('asyncSetUp')
        self.value = await asyncio.sleep(0, result=21)

    async def test_async(self):
        events.append('test_async')
        self.addAsyncCleanup(self.cleanup, 'async cleanup')
        self.addCleanup(events.append, 'sync cleanup')
        got = await self.enterAsyncContext(Resource())
        self.assertEqual(got, 'resource')
        self.assertEqual(self.value * 2, 42)

    def test_sync(self):
        events.append('test_sync')

    async def test_fails(self):
        events.append('test_fails')
        await asyncio.sleep(0)
        self.assertEqual(self.value, 0)

    async def cleanup(self, label):
        events.append(label)

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(AsyncTests))
print('\n'.join(events))
print(stream.getvalue().splitlines()[:3])
print(result.testsRun, len(result.failures), result.failures[0][1].strip().splitlines()[-1])
