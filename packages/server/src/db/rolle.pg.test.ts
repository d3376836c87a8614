// Mehrere Datenbanken eines PostgreSQL-Clusters (Testläufe, Staging neben Produktion) migrieren
// gleichzeitig. Rollen gelten im ganzen Cluster, die Beratungssperre der Migration nur je
// Datenbank: Beide sahen „egh_app fehlt“, die zweite wartete beim Anlegen auf die erste und
// scheiterte mit „duplicate key … pg_authid_rolname_index“ (so geschehen im ersten CI-Lauf auf
// einem frischen Cluster). sichereAppRolle legt die Rolle vor den Migrationen an; geprüft mit einer
// Probenrolle (egh_app selbst brauchen die anderen Testdatenbanken des Clusters).
import { randomBytes } from 'node:crypto';
import { setTimeout as warte } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { basisUrl, testDb } from '../test/umgebung.ts';

// Nur mit EGH_TEST_DB=postgresql eingeschlossen (vitest.config.ts).
if (testDb !== 'postgresql') throw new Error('rolle.pg.test.ts braucht EGH_TEST_DB=postgresql.');
import { sichereAppRolle } from './verbindung.ts';

describe('Rolle egh_app auf einem gemeinsamen Cluster', () => {
  const rolle = `egh_probe_${randomBytes(4).toString('hex')}`;
  const a = new pg.Client({ connectionString: basisUrl });
  const b = new pg.Client({ connectionString: basisUrl });

  afterAll(async () => {
    await a.end().catch(() => undefined);
    await b.end().catch(() => undefined);
    const c = new pg.Client({ connectionString: basisUrl });
    await c.connect();
    await c.query(`drop role if exists ${rolle}`);
    await c.end();
  });

  it('zwei gleichzeitige Starts legen die Rolle an, keiner scheitert; sie gleicht egh_app', async () => {
    await a.connect();
    await b.connect();
    await a.query('begin');
    await b.query('begin');
    await sichereAppRolle(a, rolle);
    // B sieht die Rolle noch nicht (A hat nicht abgeschlossen) und wartet beim Anlegen auf A.
    const zweite = (async () => {
      await sichereAppRolle(b, rolle);
      await b.query('commit');
    })();
    await warte(300);
    await a.query('commit');
    await expect(zweite).resolves.toBeUndefined();

    const attribute = 'rolsuper, rolcanlogin, rolbypassrls, rolcreatedb, rolcreaterole, rolinherit';
    const probe = await a.query(`select ${attribute} from pg_roles where rolname = $1`, [rolle]);
    const app = await a.query(`select ${attribute} from pg_roles where rolname = 'egh_app'`);
    expect(probe.rows).toHaveLength(1);
    expect(probe.rows).toEqual(app.rows);
    expect(probe.rows[0]).toMatchObject({ rolsuper: false, rolcanlogin: false, rolbypassrls: false });
  });
});
