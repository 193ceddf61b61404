import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { ObservationQueue, storageKey, type KeyValueStore } from './offline_queue';
import type { ObservationBody } from './types';

function memory(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const draft = (text: string) => ({ criteria: [{ notes: text, rating: 3 }], notes: '' });
const offline = () => new ApiError(0, 'network', 'offline');

describe('the observation queue on a phone', () => {
  it('keeps what the network refused and sends the latest, once, when the connection returns', async () => {
    const store = memory();
    const sent: ObservationBody[] = [];
    let online = false;
    const queue = new ObservationQueue(store, 7, async (body) => {
      if (!online) throw offline();
      sent.push(body);
    }, () => {}, () => 'phone-key-1');
    await queue.save(draft('Zes van de acht'));
    await queue.save(draft('Zes van de acht legden uit'));
    expect(queue.state).toBe('offline');
    expect(queue.hasPending).toBe(true);
    online = true;
    await queue.flush();
    expect(queue.state).toBe('saved');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({ client_key: 'phone-key-1', client_seq: 2, criteria: [{ notes: 'Zes van de acht legden uit', rating: 3 }], notes: '' });
    await queue.flush();
    expect(sent).toHaveLength(1);
  });

  it('survives a reload of the page: the same key, the count goes on, the unsent save is still there', async () => {
    const store = memory();
    const first = new ObservationQueue(store, 7, async () => { throw offline(); }, () => {}, () => 'phone-key-2');
    await first.save(draft('Voor het herladen'));
    const sent: ObservationBody[] = [];
    const second = new ObservationQueue(store, 7, async (body) => void sent.push(body), () => {}, () => 'another-key');
    expect(second.clientKey).toBe('phone-key-2');
    expect(second.draft?.criteria[0].notes).toBe('Voor het herladen');
    expect(second.state).toBe('offline');
    await second.flush();
    expect(sent.map((b) => b.client_seq)).toEqual([1]);
    await second.save(draft('Erna'));
    expect(sent.map((b) => b.client_seq)).toEqual([1, 2]);
    expect(JSON.parse(store.map.get(storageKey(7))!).pending).toBeNull();
  });

  it('a save typed while another is on its way goes right after it', async () => {
    const store = memory();
    const sent: number[] = [];
    let release: () => void = () => {};
    const queue = new ObservationQueue(store, 8, (body) => new Promise<void>((resolve) => {
      sent.push(body.client_seq);
      release = resolve;
    }));
    const firstSave = queue.save(draft('a'));
    await queue.save(draft('ab'));  // returns at once: the first is still on its way
    expect(sent).toEqual([1]);
    release();
    await vi.waitFor(() => expect(sent).toEqual([1, 2]));
    release();
    await firstSave;
    expect(queue.state).toBe('saved');
  });

  it('a refusal by the server is shown, not retried, and the notes stay on the device', async () => {
    const store = memory();
    const queue = new ObservationQueue(store, 9, async () => { throw new ApiError(422, 'failed_precondition', 'no criteria', 'criteria'); });
    await queue.save(draft('Blijft bewaard'));
    expect(queue.state).toBe('refused');
    expect(queue.draft?.criteria[0].notes).toBe('Blijft bewaard');
    expect(queue.hasPending).toBe(true);
  });
});
