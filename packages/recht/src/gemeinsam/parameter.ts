// Alle datierten Rechtswerte an einer Stelle, als Daten mit ihrer Quelle (OpenFisca/GETTSIM-Stil):
// `quelle` ist die öffentliche Fundstelle, `beleg` der interne Verweis.
// Ein geänderter Wert bekommt eine neue Zeile mit neuem `ab`, alte Zeilen bleiben: alte
// Zeiträume werden nach altem Recht beurteilt.
import { type IsoDatum, type Tag, datum } from '../kalender/datum.ts';

export interface DatierterWert<W> {
  /** Gilt ab diesem Tag (einschließlich). */
  ab: IsoDatum;
  wert: W;
  /** Öffentliche Fundstelle: Gesetz und Gesetzblatt, so wie sie in einem Bescheid zitiert wird. */
  quelle: string;
  /** Interner Beleg (Abschnitt in recht.md, offene Frage); nur für die Expertenansicht, nie in Sätzen. */
  beleg?: string;
}

export interface Parameter<W> {
  name: string;
  norm: string;
  werte: readonly DatierterWert<W>[];
}

/** Der am Tag `t` geltende Wert, oder `undefined`, wenn der Parameter noch nicht galt. */
export function wertAm<W>(p: Parameter<W>, t: Tag): DatierterWert<W> | undefined {
  let treffer: DatierterWert<W> | undefined;
  for (const w of p.werte) if (datum(w.ab) <= t) treffer = w;
  return treffer;
}

export function wertAmOderFehler<W>(p: Parameter<W>, t: Tag): DatierterWert<W> {
  const w = wertAm(p, t) ?? p.werte[0];
  if (!w) throw new Error(`Parameter ${p.name} hat keine Werte`);
  return w;
}

const sgbX2001 = 'SGB X i. d. F. der Bekanntmachung vom 18.01.2001 (BGBl. I S. 130)';

export const parameter = {
  auslagenschwelleAmtshilfe: {
    name: 'Auslagenschwelle der Amtshilfe',
    norm: '§ 7 Abs. 1 Satz 2 SGB X',
    werte: [{ ab: '2001-01-01', wert: 3500, quelle: sgbX2001, beleg: 'recht.md §1.2; Wortlaut 2012 und 2021 unverändert' }],
  },
  auslagenschwelleAmtshilfeVersicherungstraeger: {
    name: 'Auslagenschwelle der Amtshilfe zwischen Versicherungsträgern',
    norm: '§ 7 Abs. 1 Satz 2 SGB X',
    werte: [{ ab: '2001-01-01', wert: 10000, quelle: sgbX2001, beleg: 'recht.md §1.2; Wortlaut 2012 und 2021 unverändert' }],
  },
  auslagenschwelleErstattung: {
    name: 'Auslagenschwelle der Erstattung',
    norm: '§ 109 Satz 2 SGB X',
    werte: [{ ab: '2001-01-01', wert: 20000, quelle: sgbX2001, beleg: 'recht.md §4.1; keine Erhöhung durch Rechtsverordnung gefunden' }],
  },
  bagatellgrenze: {
    name: 'Bagatellgrenze der Erstattung',
    norm: '§ 110 Satz 2 SGB X',
    werte: [{ ab: '2001-01-01', wert: 5000, quelle: sgbX2001, beleg: 'recht.md §4.1; keine Erhöhung durch Rechtsverordnung gefunden' }],
  },
  bagatellgrenzeSozialhilfeAltesRecht: {
    name: 'Bagatellgrenze der Kostenerstattung unter Sozialhilfeträgern',
    norm: '§ 110 Abs. 2 SGB XII a.F.',
    werte: [
      { ab: '2005-01-01', wert: 256000, quelle: 'SGB XII vom 27.12.2003 (BGBl. I S. 3022), Stand 12.04.2012', beleg: 'recht.md §3.2' },
    ],
  },
  zinssatzErstattung: {
    name: 'Zinssatz für Erstattungsansprüche',
    norm: '§ 108 Abs. 2 Satz 1 SGB X',
    werte: [{ ab: '2001-01-01', wert: 4, quelle: sgbX2001, beleg: 'recht.md §4.1' }],
  },
  verwaltungskostenpauschale: {
    name: 'Verwaltungskostenpauschale',
    norm: '§ 16 Abs. 3 Satz 1 SGB IX',
    werte: [
      { ab: '2018-01-01', wert: 5, quelle: 'BTHG vom 23.12.2016 (BGBl. I S. 3234), Art. 1, in Kraft 01.01.2018', beleg: 'recht.md §4.2' },
    ],
  },
  bekanntgabefiktionTage: {
    name: 'Bekanntgabefiktion bei Postversand',
    norm: '§ 37 Abs. 2 Satz 1 SGB X',
    werte: [
      { ab: '2001-01-01', wert: 3, quelle: `${sgbX2001}, Stand 2021`, beleg: 'recht.md §5.6' },
      {
        ab: '2025-01-01',
        wert: 4,
        quelle: 'Postrechtsmodernisierungsgesetz vom 15.07.2024 (BGBl. 2024 I Nr. 236), für Sendungen ab 01.01.2025',
        beleg: 'recht.md §5.6; OQ-8 durch den Wortlaut von § 37 Abs. 2 SGB X (Stand 29.07.2026) erledigt',
      },
    ],
  },
  ausschlussfristMonate: {
    name: 'Ausschlussfrist der Erstattung',
    norm: '§ 111 Satz 1 SGB X',
    werte: [{ ab: '2001-01-01', wert: 12, quelle: sgbX2001, beleg: 'recht.md §4.5' }],
  },
  verjaehrungJahre: {
    name: 'Verjährung des Erstattungsanspruchs',
    norm: '§ 113 Abs. 1 Satz 1 SGB X',
    werte: [{ ab: '2001-01-01', wert: 4, quelle: sgbX2001, beleg: 'recht.md §4.6' }],
  },
  rueckschauMonateGewoehnlicherAufenthalt: {
    name: 'Rückschau auf den letzten gewöhnlichen Aufenthalt (vor Leistungen über Tag und Nacht bzw. vor der Aufnahme)',
    norm: '§ 98 Abs. 2 Satz 1 SGB XII; § 98 Abs. 1 Satz 1, Abs. 4 Satz 2 SGB IX',
    werte: [
      {
        ab: '2005-01-01',
        wert: 2,
        quelle:
          'SGB XII vom 27.12.2003 (BGBl. I S. 3022), § 98 Abs. 2 Satz 1; ab 01.01.2020 unverändert § 98 Abs. 1 Satz 1, Abs. 4 Satz 2 SGB IX i. d. F. des BTHG vom 23.12.2016 (BGBl. I S. 3234)',
        beleg: 'recht.md §3.1, §3.2',
      },
    ],
  },
  unterbrechungMonateNeufeststellung: {
    name: 'Leistungsfreier Zeitraum, nach dem die örtliche Zuständigkeit neu festzustellen ist',
    norm: '§ 98 Abs. 1 Satz 4 SGB IX',
    werte: [
      { ab: '2020-01-01', wert: 6, quelle: 'BTHG vom 23.12.2016 (BGBl. I S. 3234), Art. 1, in Kraft 01.01.2020', beleg: 'recht.md §3.1' },
    ],
  },
  klaerungsfristWochenGewoehnlicherAufenthalt: {
    name: 'Frist zur Klärung des gewöhnlichen Aufenthalts vor vorläufiger Leistung',
    norm: '§ 98 Abs. 2 Satz 3 SGB XII; § 98 Abs. 2 Satz 1 SGB IX',
    werte: [
      {
        ab: '2005-01-01',
        wert: 4,
        quelle: 'SGB XII vom 27.12.2003 (BGBl. I S. 3022), § 98 Abs. 2 Satz 3; ab 01.01.2020 § 98 Abs. 2 Satz 1 SGB IX (BTHG)',
        beleg: 'recht.md §3.1, §3.2',
      },
    ],
  },
} as const satisfies Record<string, Parameter<number>>;

/** Stichtage, an denen sich das anwendbare Recht ändert (recht.md §0.3). */
export const rechtsstaende = {
  /** Neues SGB IX Teil 1 (BTHG Art. 1): §§ 14–16 n.F. */
  sgb9Teil1Neu: '2018-01-01',
  /** Eingliederungshilfe im SGB IX Teil 2: § 98, § 104 SGB IX. */
  eingliederungshilfeSgb9: '2020-01-01',
  /** SGB XII Kapitel 6 (vorher BSHG). */
  sgb12: '2005-01-01',
  /** SGB IX a.F. (Art. 1 G v. 19.06.2001, BGBl. I S. 1046); Datum [UNVERIFIED] (recht.md §0.3). */
  sgb9AltInKraft: '2001-07-01',
  /** § 14 Abs. 4 Satz 3 Hs. 2 SGB IX a.F. („es sei denn, die Rehabilitationsträger vereinbaren Abweichendes“), SEED-002 nach Hauck/Noftz/Götze (recht.md §2.2). */
  vereinbarungsvorbehaltSgb9AltesRecht: '2004-05-01',
  /** §§ 103 Abs. 3, 104 Abs. 1 Satz 4, 105 Abs. 3, 108 Abs. 2 SGB X nennen die Träger der Eingliederungshilfe ausdrücklich; Datum [UNVERIFIED] (recht.md §0.3). */
  sgb10TraegerEingliederungshilfe: '2020-01-01',
  /** Verwaltungsvereinbarung der BAGüS zur Amtshilfe: Beitritt frühestens ab diesem Tag. */
  bagues: '2025-01-01',
} as const;
