// Schema der Prüfung `erstattungsanspruch` und die Widersprüche, die ein Schema nicht ausdrücken kann.
import type { Fehler } from '../../gemeinsam/ergebnis.ts';
import { euro } from '../../gemeinsam/geld.ts';
import { boolSchema, centSchema, datumSchema, liste, objekt, pruefungsSchema } from '../../gemeinsam/validierung.ts';
import { datum } from '../../kalender/datum.ts';
import { ANFANG, summe } from './betraege.ts';
import { bruch, kleiner } from './bruch.ts';
import { traegerArtSchema } from './traeger.ts';
import type { ErstattungsanspruchEingabe } from './typen.ts';

const rechnungSchema = objekt(
  {
    von: datumSchema('Erster Tag des Rechnungszeitraums'),
    bis: datumSchema('Letzter Tag des Rechnungszeitraums'),
    stunden: { type: 'number', exclusiveMinimum: 0, maximum: 1000000, description: 'Abgerechnete Stunden (auf Hundertstel genau)' },
    stundensaetzeCent: liste(centSchema('Vereinbarter Stundensatz'), 'Zulässige Stundensätze (z. B. mit und ohne Nachtzuschlag)', 20, 1),
  },
  [],
  'Optional: Angaben der Rechnung für die Plausibilitätsprüfung (PERIOD_MISMATCH, INVOICE_RATE_MISMATCH); der Betrag wird nie automatisch korrigiert',
);

/** Höchste Summe der Aufwendungen (10 Billionen Euro), weit über jedem realen Fall. */
export const hoechstsummeCent = 1_000_000_000_000_000n;

const leistungSchema = objekt(
  {
    von: datumSchema('Erster Tag des Leistungszeitraums'),
    bis: datumSchema('Letzter Tag des Leistungszeitraums'),
    betragCent: centSchema(
      'Aufwendungen: für den ganzen Zeitraum (je=zeitraum), als Monatsbetrag (je=monat) oder als Tagesbetrag (je=tag)',
    ),
    je: {
      type: 'string',
      enum: ['zeitraum', 'monat', 'tag'],
      description:
        'Bezug von betragCent: „zeitraum“ (Standard), „monat“ (Monatsbetrag; angebrochene Kalendermonate anteilig nach Kalendertagen des Monats) oder „tag“',
    },
    grobFahrlaessigZuUnrecht: boolSchema(
      'Zu Unrecht und grob fahrlässig oder vorsätzlich erbracht (§ 16 Abs. 3 Satz 2 SGB IX), Standard false',
    ),
    rechnung: rechnungSchema,
  },
  ['von', 'bis', 'betragCent'],
);

export const schema = pruefungsSchema(
  'erstattungsanspruch',
  'Erstattungsanspruch nach §§ 102–110 SGB X, § 16 SGB IX, § 14 Abs. 4 SGB IX a.F., § 98 Abs. 2 Satz 2 SGB IX',
  {
    leistungsbeginn: datumSchema('Beginn der Leistung; wählt das Recht (vor 01.01.2018 § 14 SGB IX a.F., vor 01.01.2020 SGB XII für § 98)'),
    verfahren: objekt(
      {
        zahlenderTraeger: {
          type: 'string',
          enum: ['erster', 'zweiter', 'dritter', 'vorlaeufig98', 'sonstiger'],
          description:
            'Rolle des zahlenden Trägers: erster, zweiter (nach Weiterleitung), dritter (Turboklärung), vorlaeufig98 (§ 98 Abs. 2 Satz 1 SGB IX), sonstiger',
        },
        weitergeleitet: boolSchema('Der erste Träger hat den Antrag weitergeleitet (Standard false)'),
        weiterleitungRechtzeitig: boolSchema('Die Weiterleitung war rechtzeitig (Standard false)'),
        rueckgabeVersucht: boolSchema('Der zweite Träger hat versucht, den Antrag zurückzugeben (Standard false)'),
        faktischerZwang: boolSchema('Der erste Träger war faktisch zur Vorleistung gezwungen (nur altes Recht, Standard false)'),
        abweichendeVereinbarung: boolSchema(
          'Die Rehabilitationsträger haben Abweichendes vereinbart (§ 16 Abs. 4 Satz 1 SGB IX, Standard false)',
        ),
        ursacheDerBehinderung: boolSchema(
          'Keine Weiterleitung wegen Anhaltspunkten zur Ursache der Behinderung (§ 16 Abs. 4 Satz 2 SGB IX, Standard false)',
        ),
      },
      ['zahlenderTraeger'],
      'Das Verfahren nach § 14 SGB IX aus Sicht des zahlenden Trägers',
    ),
    zahlender: objekt({ art: traegerArtSchema('Art des zahlenden (erstattungsberechtigten) Trägers') }, ['art']),
    verpflichteter: objekt(
      {
        art: traegerArtSchema('Art des erstattungspflichtigen Trägers'),
        insgesamtZustaendig: boolSchema('Für die erbrachten Leistungen insgesamt zuständig (§ 16 Abs. 1 SGB IX); ohne Angabe angenommen'),
        kenntnisVoraussetzungen: datumSchema(
          'Tag, ab dem der Verpflichtete wusste, dass die Voraussetzungen seiner Leistungspflicht vorlagen (§ 103 Abs. 3, § 105 Abs. 3 SGB X)',
        ),
        selbstGeleistetCent: centSchema(
          'Was der Verpflichtete selbst geleistet hat, bevor er von der Leistung des anderen Kenntnis erlangte (§§ 103–105 SGB X)',
        ),
      },
      ['art'],
    ),
    grundlage: {
      type: 'string',
      enum: ['vorlaeufigGesetzlich', 'nachtraeglichEntfallen', 'nachrang', 'unzustaendig'],
      description:
        'Vorgabe der Grundlage nach SGB X: vorlaeufigGesetzlich (§ 102), nachtraeglichEntfallen (§ 103), nachrang (§ 104), unzustaendig (§ 105)',
    },
    leistungen: liste(leistungSchema, 'Erbrachte Leistungen, für die Erstattung verlangt wird', 1000, 1),
    auslagenCent: centSchema('Angeforderte Auslagen (§ 109 Satz 2 SGB X)'),
    verwaltungskostenCent: centSchema('Geltend gemachte Verwaltungskosten (werden nie erstattet, § 109 Satz 1 SGB X)'),
    bagatellgrenzeCent: centSchema('Vereinbarte höhere Bagatellgrenze (§ 110 Satz 3 SGB X); gesetzlich 5000'),
  },
  ['leistungsbeginn', 'verfahren', 'zahlender', 'verpflichteter', 'leistungen'],
);

export function pruefeWidersprueche(e: ErstattungsanspruchEingabe): Fehler[] {
  const f: Fehler[] = [];
  e.leistungen.forEach((x, i) => {
    if (datum(x.bis) < datum(x.von))
      f.push({ pfad: `/leistungen/${i}/bis`, meldung: 'Das Ende des Leistungszeitraums liegt vor seinem Beginn.' });
    const r = x.rechnung;
    if (r && (r.von === undefined) !== (r.bis === undefined))
      f.push({
        pfad: `/leistungen/${i}/rechnung/${r.von === undefined ? 'von' : 'bis'}`,
        meldung: 'Der Rechnungszeitraum braucht Beginn und Ende.',
      });
    if (r?.von && r.bis && datum(r.bis) < datum(r.von))
      f.push({ pfad: `/leistungen/${i}/rechnung/bis`, meldung: 'Das Ende des Rechnungszeitraums liegt vor seinem Beginn.' });
  });
  if (f.length === 0) {
    // Obergrenze, damit jedes Ergebnis eine sichere ganze Zahl bleibt (Number.MAX_SAFE_INTEGER ≈ 9 · 10^15).
    if (!kleiner(summe(e.leistungen, ANFANG), bruch(hoechstsummeCent)))
      f.push({
        pfad: '/leistungen',
        meldung: `Die Summe der Aufwendungen übersteigt ${euro(Number(hoechstsummeCent))}; bitte die Beträge prüfen.`,
      });
  }
  const v = e.verfahren;
  if (v.zahlenderTraeger === 'erster' && !v.weitergeleitet) {
    if (v.weiterleitungRechtzeitig)
      f.push({
        pfad: '/verfahren/weiterleitungRechtzeitig',
        meldung: 'Eine rechtzeitige Weiterleitung setzt eine Weiterleitung voraus (weitergeleitet ist nicht true).',
      });
    if (v.rueckgabeVersucht)
      f.push({
        pfad: '/verfahren/rueckgabeVersucht',
        meldung: 'Eine Rückgabe setzt eine Weiterleitung voraus (weitergeleitet ist nicht true).',
      });
  }
  return f;
}
