"""AsyncMock driven without an event loop: awaiting, side effects and await assertions."""
from unittest import mock


def run(coro):
    """Run a coroutine that never really suspends."""
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError('the coroutine suspended')


async def fetch_all(client, names):
    results = []
    for name in names:
        results.append(await client.fetch(name))
    return results


client = mock.AsyncMock()
client.fetch.return_value = {'ok': True}
print(run(fetch_all(client, ['a', 'b'])))
print(client.fetch.await_count, client.fetch.await_args, client.fetch.await_args_list)
client.fetch.assert_awaited()
client.fetch.assert_awaited_with('b')
client.fetch.assert_any_await('a')
client.fetch.assert_has_awaits([mock.call('a'), mock.call('b')])


def attempt(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print('%s: %s' % (label, e))
    else:
        print('%s: ok' % label)


attempt('awaited once', client.fetch.assert_awaited_once)
attempt('awaited with', client.fetch.assert_awaited_with, 'c')
attempt('awaited once with', client.fetch.assert_awaited_once_with, 'b')
attempt('any await', client.fetch.assert_any_await, 'z')
attempt('has awaits', client.fetch.assert_has_awaits, [mock.call('b'), mock.call('a')])
attempt('has awaits any order', client.fetch.assert_has_awaits, [mock.call('q')], any_order=True)
attempt('not awaited', client.fetch.assert_not_awaited)
fresh = mock.AsyncMock(name='fresh')
attempt('fresh awaited', fresh.assert_awaited)
attempt('fresh awaited with', fresh.assert_awaited_with, 1)

effects = mock.AsyncMock(side_effect=[1, ValueError('bad'), 3])
print(run(effects()))
try:
    run(effects())
except ValueError as e:
    print('raised', e)
print(run(effects()))


async def double(x):
    return x * 2


doubler = mock.AsyncMock(side_effect=double)
print(run(doubler(21)))
coro = doubler(1)
print(type(coro).__name__, doubler.call_count, doubler.await_count)
run(coro)
print(doubler.await_count)
doubler.reset_mock()
print(doubler.call_count, doubler.await_count, doubler.await_args)


class Service:
    async def load(self, key):
        return key

    def sync(self):
        return 1


spec_mock = mock.MagicMock(spec=Service)
print(type(spec_mock.load).__name__, type(spec_mock.sync).__name__)
with mock.patch.object(Service, 'load') as patched:
    print(type(patched).__name__)
