// Eigenschaften des Erstattungsanspruchs (fast-check): Pro-rata-Rechnung, Summen, Grenzen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ergebnis, istProblem, pruefe } from '../index.ts';
import { type Tag, datum, isoDatum, plusTage } from '../kalender/datum.ts';
import {
  type ErstattungsanspruchEingabe,
  type ErstattungsanspruchErgebnis,
  type Leistung,
  betragAb,
  monatsanteile,
  traegerArten,
} from './erstattungsanspruch.ts';

const tagArb = fc.integer({ min: datum('2001-07-01'), max: datum('2035-12-31') }).map((n) => n as Tag);
const betragArb = fc.integer({ min: 0, max: 50_000_000 });

function rechne(e: Omit<ErstattungsanspruchEingabe, 'art'>): Ergebnis<string, ErstattungsanspruchErgebnis> {
  const r = pruefe({ art: 'erstattungsanspruch', ...e });
  if (istProblem(r)) throw new Error(JSON.stringify(r.fehler));
  return r as Ergebnis<string, ErstattungsanspruchErgebnis>;
}

const basis = (leistungen: Leistung[]): Omit<ErstattungsanspruchEingabe, 'art'> => ({
  leistungsbeginn: leistungen[0]?.von ?? '2025-01-01',
  verfahren: { zahlenderTraeger: 'vorlaeufig98' },
  zahlender: { art: 'egh' },
  verpflichteter: { art: 'egh' },
  leistungen,
});

/** Teilt einen Zeitraum an den Monatsgrenzen. */
function nachMonaten(von: Tag, bis: Tag, betragCent: number): Leistung[] {
  const teile: Leistung[] = [];
  let start = von;
  while (start <= bis) {
    const iso = isoDatum(start);
    const [j, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
    const monatsende = plusTage(datum(`${m === 12 ? j + 1 : j}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`), -1);
    const ende = monatsende < bis ? monatsende : bis;
    teile.push({ von: iso, bis: isoDatum(ende), betragCent, je: 'monat' });
    start = plusTage(ende, 1);
  }
  return teile;
}

describe('Monatsbeträge anteilig nach Kalendertagen', () => {
  it('ein voller Kalendermonat zählt genau 1, auch im Februar eines Schaltjahrs', () => {
    expect(monatsanteile(datum('2024-02-01'), datum('2024-02-29'))).toEqual({ z: 1n, n: 1n });
    expect(monatsanteile(datum('2025-03-05'), datum('2025-05-14'))).toEqual({ z: 72n, n: 31n });
  });

  it('ein Zeitraum ergibt denselben Betrag wie seine Teile je Kalendermonat (einmal gerundet)', () => {
    fc.assert(
      fc.property(tagArb, fc.integer({ min: 0, max: 800 }), betragArb, (von, laenge, betrag) => {
        const bis = plusTage(von, laenge);
        const ganz = rechne(basis([{ von: isoDatum(von), bis: isoDatum(bis), betragCent: betrag, je: 'monat' }]));
        const geteilt = rechne(basis(nachMonaten(von, bis, betrag)));
        expect(geteilt.ergebnis.leistungenBerechnetCent).toBe(ganz.ergebnis.leistungenBerechnetCent);
        expect(geteilt.ergebnis.tage).toBe(laenge + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('Tagesbeträge sind Betrag × Kalendertage, Zeitraumbeträge bleiben unverändert', () => {
    fc.assert(
      fc.property(tagArb, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 100_000 }), (von, laenge, betrag) => {
        const l = { von: isoDatum(von), bis: isoDatum(plusTage(von, laenge)), betragCent: betrag };
        expect(betragAb({ ...l, je: 'tag' }, von)).toEqual({ z: BigInt(betrag * (laenge + 1)), n: 1n });
        const z = betragAb(l, von);
        expect(Number(z.z) / Number(z.n)).toBe(betrag);
      }),
    );
  });
});

describe('Grenzen und Summen', () => {
  const verfahrenArb = fc.record({
    zahlenderTraeger: fc.constantFrom('erster', 'zweiter', 'dritter', 'vorlaeufig98', 'sonstiger' as const),
    weitergeleitet: fc.boolean(),
    faktischerZwang: fc.boolean(),
    abweichendeVereinbarung: fc.boolean(),
    ursacheDerBehinderung: fc.boolean(),
  });

  it('Erstattung = Leistungen + Pauschale + Auslagen; Pauschale 5 % nur nach § 16 Abs. 1 SGB IX; nie negativ', () => {
    fc.assert(
      fc.property(
        verfahrenArb,
        tagArb,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 120 }), betragArb, fc.boolean()), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.constantFrom(...traegerArten),
        fc.constantFrom(...traegerArten),
        fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
        fc.option(fc.integer({ min: -100, max: 500 }), { nil: undefined }),
        (v, beginn, teile, zahlender, verpflichteter, auslagen, kenntnisVersatz) => {
          const verfahren = { ...v, weiterleitungRechtzeitig: v.weitergeleitet };
          const leistungen = teile.map(([ab, laenge, betrag, grob]) => ({
            von: isoDatum(plusTage(beginn, ab)),
            bis: isoDatum(plusTage(beginn, ab + laenge)),
            betragCent: betrag,
            grobFahrlaessigZuUnrecht: grob,
          }));
          const r = rechne({
            leistungsbeginn: isoDatum(beginn),
            verfahren,
            zahlender: { art: zahlender },
            verpflichteter: {
              art: verpflichteter,
              ...(kenntnisVersatz === undefined ? {} : { kenntnisVoraussetzungen: isoDatum(plusTage(beginn, kenntnisVersatz)) }),
            },
            leistungen,
            ...(auslagen === undefined ? {} : { auslagenCent: auslagen }),
          }).ergebnis;
          expect(r.erstattungCent).toBe(r.leistungenCent + r.verwaltungskostenpauschaleCent + r.auslagenCent);
          for (const x of [r.leistungenCent, r.verwaltungskostenpauschaleCent, r.auslagenCent, r.leistungenBerechnetCent])
            expect(Number.isSafeInteger(x) && x >= 0).toBe(true);
          if (r.anspruchsgrundlage !== '§ 16 Abs. 1 SGB IX') expect(r.verwaltungskostenpauschaleCent).toBe(0);
          else if (!r.bagatelle)
            expect(Math.abs(r.verwaltungskostenpauschaleCent - r.leistungenCent * 0.05)).toBeLessThanOrEqual(0.5 + 0.025 + 1e-9);
          if (r.anspruchsgrundlage === null) expect(r.erstattungCent).toBe(0);
          if (r.auslagenCent > 0) expect(r.auslagenCent).toBeGreaterThan(20000);
          // § 110 Abs. 2 SGB XII: zwischen zwei Sozialhilfeträgern (vor 2020 auch Eingliederungshilfe) gilt für
          // §§ 102–105 SGB X zusätzlich die Grenze von 2.560 € je zwölf Monate; sie wird eigens geprüft.
          const sozialhilfepaar =
            ['egh', 'sozialhilfe'].includes(zahlender) &&
            ['egh', 'sozialhilfe'].includes(verpflichteter) &&
            isoDatum(beginn) < '2020-01-01' &&
            /§ 10[2-5] SGB X$/.test(r.anspruchsgrundlage ?? '');
          if (!sozialhilfepaar)
            expect(r.bagatelle).toBe(r.anspruchsgrundlage !== null && r.leistungenBerechnetCent > 0 && r.leistungenBerechnetCent < 5000);
          else if (r.leistungenBerechnetCent > 0 && r.leistungenBerechnetCent < 256000) expect(r.bagatelle).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('eine spätere Kenntnis (§ 105 Abs. 3 SGB X) erhöht den Anspruch nie', () => {
    fc.assert(
      fc.property(
        tagArb,
        fc.integer({ min: 0, max: 700 }),
        betragArb,
        fc.integer({ min: -30, max: 730 }),
        fc.integer({ min: 0, max: 60 }),
        (von, laenge, betrag, k, spaeter) => {
          const e = (kenntnis: Tag) =>
            rechne({
              leistungsbeginn: isoDatum(von),
              verfahren: { zahlenderTraeger: 'sonstiger' },
              grundlage: 'unzustaendig',
              zahlender: { art: 'rentenversicherung' },
              verpflichteter: { art: 'egh', kenntnisVoraussetzungen: isoDatum(kenntnis) },
              leistungen: [{ von: isoDatum(von), bis: isoDatum(plusTage(von, laenge)), betragCent: betrag, je: 'monat' }],
            }).ergebnis.leistungenBerechnetCent;
          const frueh = e(plusTage(von, k));
          expect(e(plusTage(von, k + spaeter))).toBeLessThanOrEqual(frueh);
          expect(frueh).toBeLessThanOrEqual(e(von));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rechnet 1.000 Zeiträume verschiedener Länge schnell und exakt', () => {
    const leistungen: Leistung[] = Array.from({ length: 1000 }, (_, i) => ({
      von: '2020-01-01',
      bis: isoDatum(plusTage(datum('2020-01-01'), i)),
      betragCent: 999_999_999_999,
    }));
    const start = performance.now();
    const r = rechne({ ...basis(leistungen), leistungsbeginn: '2020-01-01' });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(r.ergebnis.leistungenCent).toBe(999_999_999_999_000);
    const zuViel = pruefe({
      art: 'erstattungsanspruch',
      ...basis([{ von: '2020-01-01', bis: '2020-01-01', betragCent: 1e13, je: 'tag' }, ...leistungen]),
    });
    expect(istProblem(zuViel) && zuViel.fehler.map((f) => f.pfad)).toEqual(['/leistungen']);
  });
});
