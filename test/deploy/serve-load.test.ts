/**
 * The load bench's smoke mode (`SMOKE_LOAD`): every encoding against a served digits model at
 * two concurrencies, a few seconds. Checks that the table's figures are measured (requests
 * answered, none failed, batches formed across concurrent requests), not their speed.
 */
import { describe, expect, it } from 'vitest';
import { loadTable, serveLoad, SMOKE_LOAD } from '../../src/cli/bench/serve-load.ts';
import { fixturesDir } from '../helpers/fixtures.ts';

describe('bench serve-load (smoke)', () => {
  it('measures every encoding and concurrency against the server and in-process', async () => {
    const rows = await serveLoad(fixturesDir, SMOKE_LOAD);
    console.log(loadTable(rows).join('\n'));
    expect(rows.map((r) => `${r.encoding}@${r.concurrency}`)).toEqual(
      SMOKE_LOAD.encodings.flatMap((e) => SMOKE_LOAD.concurrency.map((c) => `${e}@${c}`)),
    );
    for (const r of rows) {
      expect(r.failed).toBe(0);
      expect(r.requests).toBeGreaterThan(0);
      expect(r.inputsPerS).toBeGreaterThan(0);
      expect(r.p99Ms).toBeGreaterThanOrEqual(r.p50Ms);
      expect(r.inProcess).toBeGreaterThan(0);
      expect(r.queueUs).toBeGreaterThanOrEqual(0);
      // One image per request: a batch never exceeds the requests in flight.
      expect(r.batch).toBeGreaterThanOrEqual(1);
      expect(r.batch).toBeLessThanOrEqual(r.concurrency + 1e-9);
    }
    // Concurrent single-image requests are batched together.
    for (const e of SMOKE_LOAD.encodings)
      expect(rows.find((r) => r.encoding === e && r.concurrency === 8)!.batch).toBeGreaterThan(1.5);
  });
});
