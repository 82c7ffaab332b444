import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { onTestDatabase } from '../../../storage/src/postgres/test-database.case.js';
import { workspaceAppPerFile } from '../workspace/workspace-fixture.case.js';

const CSV = readFileSync(
  new URL('../../../cli/src/commands/fixtures/mixed-spend.csv', import.meta.url),
  'utf8',
);
const GOLDEN = readFileSync(
  new URL('../../../cli/src/commands/fixtures/mixed-spend.register.golden.csv', import.meta.url),
  'utf8',
);

onTestDatabase('screening workspace on PostgreSQL', 'tw_ws', ({ url }) => {
  describe('screening workspace on PostgreSQL: upload, worker, results, dispositions, delete', () => {
    const t = workspaceAppPerFile({ postgres: url });

    it('runs the same flow as on SQLite', async () => {
      const h = { headers: t.bearer(t.users.acme.viewer.token) };
      const first = (await (await t.upload(t.users.acme.analyst.token, CSV, 'march.csv')).json()).id;
      expect(await t.runWorker()).toBe(1);
      const done = await (await t.request(`/api/screenings/${first}`, h)).json();
      expect(done).toMatchObject({ status: 'done', counts: { rows: 10, screened: 8, rejected: 2 } });
      expect(await (await t.request(`/api/screenings/${first}/register.csv`, h)).text()).toBe(GOLDEN);
      const reg = await (await t.request(`/api/screenings/${first}/register?kind=entity`, h)).json();
      const finding = reg.items[0].findings.find((f: { kind: string }) => f.kind === 'entity');
      const put = await t.request(`/api/screenings/${first}/findings/${finding.id}/disposition`, {
        method: 'PUT',
        headers: t.bearer(t.users.acme.analyst.token, { 'content-type': 'application/json' }),
        body: JSON.stringify({ state: 'false_positive', note: 'another company' }),
      });
      expect(put.status).toBe(200);
      const later = (await (await t.upload(t.users.acme.analyst.token, CSV, 'april.csv')).json()).id;
      await t.runWorker();
      const carried = await (await t.request(`/api/screenings/${later}/register?kind=entity`, h)).json();
      const same = carried.items[0].findings.find((f: { kind: string }) => f.kind === 'entity');
      expect(same.disposition).toMatchObject({ state: 'false_positive' });
      expect(
        (await t.request(`/api/screenings/${later}`, { headers: t.bearer(t.users.other.admin.token) }))
          .status,
      ).toBe(404);
      const del = await t.request(`/api/screenings/${later}`, {
        method: 'DELETE',
        headers: t.bearer(t.users.acme.admin.token),
      });
      expect(del.status).toBe(204);
      const list = await (await t.request('/api/screenings', h)).json();
      expect(list.items.map((s: { id: string }) => s.id)).toEqual([first]);
    });
  });
});
