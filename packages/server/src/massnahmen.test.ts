// § 111 SGB X je Leistungsfall über die API: Maßnahmen anlegen, beenden und laufen lassen, anderes
// Leistungsrecht je Zeitraum, Eingabefehler mit Feld, und das Risiko nach § 111 in der Übersicht –
// seine Summe ist die Summe der Fristen, die es auflistet (nur begonnene, nicht abgelaufene,
// nicht geltend gemachte). PGlite und PostgreSQL.
import { datum } from '@egh/recht';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heute } from './anwendungsfaelle/gemeinsam.ts';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let schwaben: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  schwaben = await u.als('schwaben');
}, 120_000);
afterAll(async () => u?.schliessen());

const rechtsgrundlage = {
  leistungsbeginn: '2025-01-01',
  verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
  zahlender: { art: 'egh' },
  verpflichteter: { art: 'egh', insgesamtZustaendig: true },
};

const anspruch = (aktenzeichen: string, extra: Record<string, unknown>) => ({
  aktenzeichen,
  verpflichteterId: 'bezirk-mittelfranken',
  rechtsgrundlage,
  kenntnisEntscheidung: '2025-01-10',
  ...extra,
});

interface Frist {
  bezugId: string;
  faellig: string;
  betragCent: number;
  bezeichnung: string;
  erledigt: boolean;
}

async function fristen111(id: string): Promise<Frist[]> {
  const alle = (await schwaben.get('/api/v1/fristen?art=S111&proSeite=500')).json().eintraege as Frist[];
  const erledigt = (await schwaben.get('/api/v1/fristen?art=S111&erledigt=true&proSeite=500')).json().eintraege as Frist[];
  return [...alle, ...erledigt].filter((f) => f.bezugId === id);
}

const iso = (t: number) => datum.isoDatum(t as datum.Tag);

describe(`Maßnahmen und § 111 SGB X je Leistungsfall (${testDb})`, () => {
  it('eine laufende Maßnahme hat keine Ausschlussfrist und den Rat, jetzt anzumelden; beendet bekommt sie eine Frist für alle Zeiträume', async () => {
    const neu = await schwaben.post(
      '/api/v1/erstattungsansprueche',
      anspruch('S-KE-2025-0301', {
        leistungszeitraeume: [
          { von: '2025-01-01', bis: '2025-01-31', betragCent: 210000, massnahme: 'Schulbegleitung' },
          { von: '2025-02-01', bis: '2025-02-28', betragCent: 190000, massnahme: 'Schulbegleitung' },
        ],
        massnahmen: [{ massnahme: 'Schulbegleitung', laeuft: true }],
      }),
    );
    expect(neu.statusCode).toBe(201);
    const a = neu.json();
    expect(a).toMatchObject({ leistungsrecht: 'eingliederungshilfe', massnahmen: [{ massnahme: 'Schulbegleitung', laeuft: true }] });
    expect(
      a.leistungszeitraeume.map((z: { massnahme: string; fristEnde: string | null; gewahrt: boolean | null }) => [
        z.massnahme,
        z.fristEnde,
        z.gewahrt,
      ]),
    ).toEqual([
      ['Schulbegleitung', null, null],
      ['Schulbegleitung', null, null],
    ]);
    expect(a.fristenpruefung.ergebnis).toMatchObject({
      status: 'S111_OFFEN',
      betragAusgeschlossenCent: 0,
      leistungsfaelle: [{ laeuft: true, ende: null }],
    });
    expect(a.fristenpruefung.hinweise.map((h: { code: string }) => h.code)).toContain('GELTENDMACHUNG_EMPFOHLEN');
    expect(await fristen111(a.id)).toEqual([]);

    // Die Maßnahme endete am 28.02.2025: eine Frist für beide Monate, 28.02.2026 (Samstag) → 02.03.2026.
    const beendet = await schwaben.patch(
      `/api/v1/erstattungsansprueche/${a.id}`,
      { massnahmen: [{ massnahme: 'Schulbegleitung', beendet: '2025-02-28' }] },
      { 'if-match': `"${a.version}"` },
    );
    expect(beendet.statusCode).toBe(200);
    expect(beendet.json().leistungszeitraeume.map((z: { fristEnde: string }) => z.fristEnde)).toEqual(['2026-03-02', '2026-03-02']);
    expect((await fristen111(a.id)).map((f) => [f.faellig, f.betragCent, f.bezeichnung])).toEqual([
      ['2026-03-02', 400000, 'Ausschlussfrist für die Maßnahme „Schulbegleitung“ 01.01.2025 bis 28.02.2025, 2 Zeiträume (S-KE-2025-0301)'],
    ]);
  });

  it('zwei Maßnahmen sind zwei Leistungsfälle; unter Sozialhilfe hat jeder Zeitraum seine Frist', async () => {
    const zwei = (
      await schwaben.post(
        '/api/v1/erstattungsansprueche',
        anspruch('S-KE-2025-0302', {
          leistungszeitraeume: [
            { von: '2025-01-01', bis: '2025-01-31', betragCent: 100000, massnahme: 'Wohnen' },
            { von: '2025-01-01', bis: '2025-03-31', betragCent: 300000, massnahme: 'Arbeit' },
            { von: '2025-02-01', bis: '2025-02-28', betragCent: 100000, massnahme: 'Wohnen' },
          ],
        }),
      )
    ).json();
    expect((await fristen111(zwei.id)).map((f) => [f.faellig, f.betragCent]).sort()).toEqual([
      ['2026-03-02', 200000],
      ['2026-03-31', 300000],
    ]);
    const sh = (
      await schwaben.post(
        '/api/v1/erstattungsansprueche',
        anspruch('S-KE-2025-0303', {
          leistungsrecht: 'sozialhilfe',
          leistungszeitraeume: [
            { von: '2025-01-01', bis: '2025-01-31', betragCent: 100000 },
            { von: '2025-02-01', bis: '2025-02-28', betragCent: 100000 },
          ],
        }),
      )
    ).json();
    expect(sh.leistungsrecht).toBe('sozialhilfe');
    expect((await fristen111(sh.id)).map((f) => [f.faellig, f.betragCent])).toEqual([
      ['2026-02-02', 100000],
      ['2026-03-02', 100000],
    ]);
  });

  it('Angaben zu Maßnahmen, die nicht passen, sind 400 mit Feld; nichts wird gespeichert', async () => {
    const vorher = (await schwaben.get('/api/v1/erstattungsansprueche?proSeite=1')).json().gesamt;
    const z = [{ von: '2025-01-01', bis: '2025-03-31', betragCent: 100000, massnahme: 'Wohnen' }];
    const fremd = await schwaben.post(
      '/api/v1/erstattungsansprueche',
      anspruch('S-KE-2025-0398', { leistungszeitraeume: z, massnahmen: [{ massnahme: 'Arbeit', laeuft: true }] }),
    );
    expect(fremd.statusCode).toBe(400);
    expect(fremd.json().fehler).toEqual([{ pfad: '/massnahmen/0/massnahme', meldung: expect.stringContaining('„Arbeit“') }]);
    const zuFrueh = await schwaben.post(
      '/api/v1/erstattungsansprueche',
      anspruch('S-KE-2025-0397', { leistungszeitraeume: z, massnahmen: [{ massnahme: 'Wohnen', beendet: '2025-02-28' }] }),
    );
    expect(zuFrueh.statusCode).toBe(400);
    expect(zuFrueh.json().fehler[0]).toMatchObject({ pfad: '/massnahmen/0/beendet', meldung: expect.stringContaining('31.03.2025') });
    const recht = await schwaben.post(
      '/api/v1/erstattungsansprueche',
      anspruch('S-KE-2025-0396', { leistungszeitraeume: z, leistungsrecht: 'pflege' }),
    );
    expect(recht.statusCode).toBe(400);
    expect(recht.json().fehler[0].pfad).toBe('/leistungsrecht');
    expect((await schwaben.get('/api/v1/erstattungsansprueche?proSeite=1')).json().gesamt).toBe(vorher);
  });

  it('das Risiko nach § 111 zählt nur begonnene, nicht abgelaufene, nicht geltend gemachte Fristen – und ist die Summe seiner Liste', async () => {
    const h = datum.datum(heute());
    // Sozialhilfe, je Zeitraum: einer endet bald (Frist in rund 10 Tagen), einer ist längst abgelaufen.
    const baldBis = datum.plusTage(datum.plusMonate(h, -12), 10);
    const altBis = datum.plusMonate(h, -14);
    const ohne = (
      await schwaben.post(
        '/api/v1/erstattungsansprueche',
        anspruch('S-KE-RISIKO-1', {
          leistungsrecht: 'sozialhilfe',
          kenntnisEntscheidung: iso(datum.plusMonate(h, -20)),
          leistungszeitraeume: [
            { von: iso(datum.plusTage(baldBis, -20)), bis: iso(baldBis), betragCent: 111100 },
            { von: iso(datum.plusTage(altBis, -20)), bis: iso(altBis), betragCent: 222200 },
          ],
        }),
      )
    ).json();
    // Eine laufende Maßnahme (Eingliederungshilfe): ihre Frist hat nicht begonnen.
    const laeuft = (
      await schwaben.post(
        '/api/v1/erstattungsansprueche',
        anspruch('S-KE-RISIKO-2', {
          kenntnisEntscheidung: iso(datum.plusMonate(h, -20)),
          leistungszeitraeume: [
            { von: iso(datum.plusMonate(h, -14)), bis: iso(datum.plusMonate(h, -13)), betragCent: 333300, massnahme: 'Wohnen' },
          ],
          massnahmen: [{ massnahme: 'Wohnen', laeuft: true }],
        }),
      )
    ).json();
    const u111 = (await schwaben.get('/api/v1/fristen/uebersicht')).json<{
      risiko111Cent: number;
      ueberfaellig: number;
      risiko111: { bezugId: string; betragCent: number; faellig: string }[];
    }>();
    expect(u111.risiko111Cent).toBe(u111.risiko111.reduce((s, f) => s + f.betragCent, 0));
    const eigene = u111.risiko111.filter((f) => f.bezugId === ohne.id || f.bezugId === laeuft.id);
    expect(eigene.map((f) => f.betragCent)).toEqual([111100]);
    expect(u111.risiko111.every((f) => f.faellig >= heute())).toBe(true);
    // Die abgelaufene Frist ist überfällig, nicht Risiko.
    const ueberfaellig = (await fristen111(ohne.id)).filter((f) => f.faellig < heute());
    expect(ueberfaellig.map((f) => f.betragCent)).toEqual([222200]);
    expect(u111.ueberfaellig).toBeGreaterThanOrEqual(1);
  });
});
