// Eigenschaften des Erstattungsanspruchs (fast-check): Pro-rata-Rechnung, Summen, Grenzen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ergebnis, istProblem, pruefe } from '../../index.ts';
import { type Tag, datum, isoDatum, plusTage } from '../../kalender/datum.ts';
import {
  type ErstattungsanspruchEingabe,
  type ErstattungsanspruchErgebnis,
  type Leistung,
  betragAb,
  monatsanteile,
  traegerArten,
} from './index.ts';

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
          const vor2020 = isoDatum(beginn) < '2020-01-01';
          const sozialhilfeart = (a: string) => a === 'sozialhilfe' || (a === 'egh' && vor2020);
          const sozialhilfepaar =
            sozialhilfeart(zahlender) && sozialhilfeart(verpflichteter) && /§ 10[2-5] SGB X$/.test(r.anspruchsgrundlage ?? '');
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

describe('Abgeleitete Grundlagen (recht.md §4.4 Nr. 2)', () => {
  const nachrangig = ['egh', 'sozialhilfe', 'jugendhilfe'] as const;
  const vorrangig = [
    'krankenkasse',
    'pflegekasse',
    'rentenversicherung',
    'unfallversicherung',
    'bundesagentur',
    'sozialeEntschaedigung',
  ] as const;

  it('ohne Angabe: § 104 SGB X, wenn das Recht des zahlenden Trägers nachrangig ist – auch für den ersten Träger ohne Weiterleitung', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...nachrangig),
        fc.constantFrom(...vorrangig),
        fc.constantFrom('sonstiger', 'erster' as const),
        tagArb,
        (zahlender, verpflichteter, rolle, beginn) => {
          const r = rechne({
            leistungsbeginn: isoDatum(beginn),
            verfahren: { zahlenderTraeger: rolle },
            zahlender: { art: zahlender },
            verpflichteter: { art: verpflichteter },
            leistungen: [{ von: isoDatum(beginn), bis: isoDatum(plusTage(beginn, 30)), betragCent: 1_000_000 }],
          });
          expect(r.ergebnis.anspruchsgrundlage).toBe('§ 104 SGB X');
          expect(r.ergebnis.erstattungCent).toBe(1_000_000);
          expect(r.hinweise.map((h) => h.code)).toContain('NACHRANG_ABGELEITET');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ohne Nachrang bleibt der erste Träger, der nicht weiterleitete, ohne Anspruch (§ 16 Abs. 4 SGB IX)', () => {
    const r = rechne({
      leistungsbeginn: '2024-03-01',
      verfahren: { zahlenderTraeger: 'erster' },
      zahlender: { art: 'krankenkasse' },
      verpflichteter: { art: 'egh' },
      leistungen: [{ von: '2024-03-01', bis: '2024-03-31', betragCent: 500_000 }],
    });
    expect(r.ergebnis).toMatchObject({ anspruchsgrundlage: null, erstattungCent: 0 });
  });

  it('faktischer Zwang nach neuem Recht: angewandt, die Rechtsfrage nennt den Betrag und 0,00 € nach der anderen Lesart', () => {
    const r = rechne({
      leistungsbeginn: '2022-01-01',
      verfahren: { zahlenderTraeger: 'erster', faktischerZwang: true },
      zahlender: { art: 'krankenkasse' },
      verpflichteter: { art: 'egh', kenntnisVoraussetzungen: '2022-01-17' },
      leistungen: [{ von: '2022-01-01', bis: '2022-01-31', betragCent: 310_000 }],
    });
    // § 105 Abs. 3 SGB X: erst ab Kenntnis am 17.01. – 15/31 von 3.100,00 € = 1.500,00 €.
    expect(r.ergebnis).toMatchObject({ anspruchsgrundlage: '§ 105 SGB X', erstattungCent: 150_000 });
    const frage = r.hinweise.find((h) => h.frage === 'FAKTISCHER_ZWANG_NEUES_RECHT');
    expect(frage?.text).toContain('1.500,00 €');
    expect(frage?.text).toContain('0,00 €');
    // Nach § 102 SGB X (BSG B 5 R 44/08 R) ohne die Begrenzung auf die Zeit ab Kenntnis: 3.100,00 €.
    expect(frage?.text).toContain('3.100,00 €');
    expect(frage?.text).not.toMatch(/recht\.md|OQ-|SEED-|\[DESIGN\]/);
  });
});

describe('§ 110 Abs. 2 SGB XII zwischen zwei Sozialhilfeträgern (vor 2020)', () => {
  const sozialhilfe = (leistungen: Leistung[], beginn = '2015-01-01') =>
    rechne({
      leistungsbeginn: beginn,
      verfahren: { zahlenderTraeger: 'sonstiger' },
      zahlender: { art: 'sozialhilfe' },
      verpflichteter: { art: 'egh' },
      grundlage: 'unzustaendig',
      leistungen,
    });

  it('je Zeitraum von zwölf Monaten: unter 2.560 € fällt nur dieser Zeitraum weg, mit beiden Beträgen als Rechtsfrage', () => {
    const r = sozialhilfe([
      { von: '2015-01-01', bis: '2015-12-31', betragCent: 300_000 },
      { von: '2016-01-01', bis: '2016-03-31', betragCent: 100_000 },
    ]);
    expect(r.ergebnis).toMatchObject({
      anspruchsgrundlage: '§ 105 SGB X',
      leistungenCent: 300_000,
      erstattungCent: 300_000,
      bagatelle: false,
    });
    const frage = r.hinweise.find((h) => h.frage === 'BAGATELLGRENZE_SOZIALHILFETRAEGER');
    expect(frage?.text).toContain('3.000,00 €');
    expect(frage?.text).toContain('4.000,00 €');
  });

  it('genau 2.560 € werden erstattet; 2.559,99 € nicht', () => {
    expect(sozialhilfe([{ von: '2015-01-01', bis: '2015-06-30', betragCent: 256_000 }]).ergebnis.erstattungCent).toBe(256_000);
    const r = sozialhilfe([{ von: '2015-01-01', bis: '2015-06-30', betragCent: 255_999 }]);
    expect(r.ergebnis).toMatchObject({ erstattungCent: 0, bagatelle: true });
  });

  it('ab 2020 ist die Eingliederungshilfe keine Sozialhilfe mehr: die Grenze gilt nicht zwischen ihr und der Sozialhilfe, wohl aber zwischen zwei Sozialhilfeträgern', () => {
    const r = sozialhilfe([{ von: '2020-01-01', bis: '2020-06-30', betragCent: 150_000 }], '2020-01-01');
    expect(r.ergebnis).toMatchObject({ erstattungCent: 150_000, bagatelle: false });
    expect(r.hinweise.map((h) => h.frage)).not.toContain('BAGATELLGRENZE_SOZIALHILFETRAEGER');
    const zweiSozialhilfetraeger = rechne({
      leistungsbeginn: '2021-01-01',
      verfahren: { zahlenderTraeger: 'sonstiger' },
      zahlender: { art: 'sozialhilfe' },
      verpflichteter: { art: 'sozialhilfe' },
      grundlage: 'unzustaendig',
      leistungen: [{ von: '2021-01-01', bis: '2021-06-30', betragCent: 150_000 }],
    });
    expect(zweiSozialhilfetraeger.ergebnis).toMatchObject({ erstattungCent: 0, bagatelle: true });
  });
});
