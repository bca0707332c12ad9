import type { DataSource } from 'typeorm';
import { MailDispatcher } from './mail-dispatcher';
import { DEFAULT_MAIL_DELIVERY_POLICY, MAIL_ENQUEUE_TIMEOUT_MS } from './mail-queue';
import type { MailQueue } from './mail-queue';

type AddBulk = MailQueue['addBulk'];

function setUp(addBulk: jest.Mock<ReturnType<AddBulk>, Parameters<AddBulk>>) {
  const query = jest.fn<Promise<unknown>, [string, unknown[]]>().mockResolvedValue([]);
  const queue = { addBulk } as unknown as MailQueue;
  const dataSource = { query } as unknown as DataSource;
  return { dispatcher: new MailDispatcher(queue, DEFAULT_MAIL_DELIVERY_POLICY, dataSource), query };
}

describe('MailDispatcher', () => {
  afterEach(() => jest.useRealTimers());

  it('adds one deliver job per outbox id, keyed by the id, then marks the rows enqueued', async () => {
    const addBulk = jest.fn().mockResolvedValue([]);
    const { dispatcher, query } = setUp(addBulk);

    await dispatcher.dispatch(['a1', 'b2', 'a1']);

    expect(addBulk).toHaveBeenCalledTimes(1);
    expect(addBulk.mock.calls[0][0]).toEqual([
      {
        name: 'deliver',
        data: { outboxId: 'a1' },
        opts: {
          jobId: 'a1',
          attempts: 8,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: true,
          removeOnFail: true,
        },
      },
      expect.objectContaining({ name: 'deliver', data: { outboxId: 'b2' } }),
    ]);
    expect(query).toHaveBeenCalledWith(expect.stringContaining('SET enqueued_at = now()'), [['a1', 'b2']]);
  });

  it('does nothing for an empty list', async () => {
    const addBulk = jest.fn();
    const { dispatcher, query } = setUp(addBulk);

    await dispatcher.dispatch([]);

    expect(addBulk).not.toHaveBeenCalled();
    expect(query).not.toHaveBeenCalled();
  });

  it('swallows a Redis failure and leaves the rows pending for the relay', async () => {
    const addBulk = jest.fn().mockRejectedValue(new Error("Stream isn't writeable"));
    const { dispatcher, query } = setUp(addBulk);

    await expect(dispatcher.dispatch(['a1'])).resolves.toBeUndefined();
    expect(query).not.toHaveBeenCalled();
  });

  it('gives up on a Redis that never answers instead of holding the request', async () => {
    jest.useFakeTimers();
    const addBulk = jest.fn().mockReturnValue(new Promise(() => undefined));
    const { dispatcher, query } = setUp(addBulk);

    const dispatching = dispatcher.dispatch(['a1']);
    await jest.advanceTimersByTimeAsync(MAIL_ENQUEUE_TIMEOUT_MS);

    await expect(dispatching).resolves.toBeUndefined();
    expect(query).not.toHaveBeenCalled();
  });

  it('does not throw when marking the rows fails after the jobs were added', async () => {
    const addBulk = jest.fn().mockResolvedValue([]);
    const { dispatcher, query } = setUp(addBulk);
    query.mockRejectedValue(new Error('connection terminated'));

    await expect(dispatcher.dispatch(['a1'])).resolves.toBeUndefined();
  });
});
