import { describe, expect, it } from 'vitest';
import { channelOf, inProcessPubSub, Topic } from './pubsub';

describe('channelOf', () => {
  it.each([
    ['NOTIFICATION_ADDED', 'u1', 'NOTIFICATION_ADDED:u1'],
    ['SESSION_REVOKED', undefined, 'SESSION_REVOKED'],
    ['SESSION_REVOKED', null, 'SESSION_REVOKED'],
  ])('%s + %s → %s', (topic, id, channel) => {
    expect(channelOf(topic, id)).toBe(channel);
  });
});

describe('inProcessPubSub', () => {
  it('delivers a per-user event to that user’s subscribers only', async () => {
    const pubSub = inProcessPubSub();
    const mine = pubSub.subscribe(Topic.SESSION_REVOKED, 'a');
    const theirs = pubSub.subscribe(Topic.SESSION_REVOKED, 'b');
    const nextMine = mine.next();
    const nextTheirs = theirs.next();
    pubSub.publish(Topic.SESSION_REVOKED, 'a', { userId: 'a', sessionIds: null });
    expect((await nextMine).value).toEqual({ userId: 'a', sessionIds: null });
    const pending = await Promise.race([nextTheirs.then(() => 'delivered'), new Promise((resolve) => setTimeout(() => resolve('nothing'), 50))]);
    expect(pending).toBe('nothing');
    await mine.return?.();
    await theirs.return?.();
  });
});
