// Prüfungsart `erstattungsfristen`: Ausschlussfrist (§ 111 SGB X) je Leistungszeitraum und
// Verjährung (§ 113 SGB X mit Hemmung und Neubeginn nach BGB), recht.md §4.5, §4.6.
import { Begruendung, type Fehler } from '../gemeinsam/ergebnis.ts';
import { euro } from '../gemeinsam/geld.ts';
import { parameter, wertAmOderFehler } from '../gemeinsam/parameter.ts';
import { pruefungsart } from '../gemeinsam/pruefung.ts';
import { centSchema, datumSchema, landSchema, liste, objekt, pruefungsSchema } from '../gemeinsam/validierung.ts';
import {
  type IsoDatum,
  type Tag,
  datum,
  deutschesDatum,
  isoDatum,
  jahrVon,
  parseDatum,
  plusMonate,
  plusTage,
  tagAus,
  tageImMonat,
  tageEinschliesslich,
  wochentag,
} from '../kalender/datum.ts';
import { type Feiertagskalender, type Land, feiertagskalender } from '../kalender/feiertage.ts';
import { verschiebeAufWerktag, verschobenesEnde } from '../kalender/frist.ts';
import { verschiebungsText } from './frist.ts';

export interface Leistungszeitraum {
  von: IsoDatum;
  bis: IsoDatum;
  betragCent?: number;
}

export type Hemmung = { art: 'klage'; von: IsoDatum; rechtskraft?: IsoDatum } | { art: 'verhandlungen'; von: IsoDatum; bis: IsoDatum };

export interface ErstattungsfristenEingabe {
  art: 'erstattungsfristen';
  rechtsstand?: IsoDatum;
  leistungszeitraeume: Leistungszeitraum[];
  kenntnisEntscheidung?: IsoDatum;
  geltendmachung?: IsoDatum;
  landVerpflichteter: Land;
  hemmungen?: Hemmung[];
  neubeginn?: IsoDatum;
  landGericht?: Land;
  stichtag: IsoDatum;
}

export interface AusschlussfristJson {
  von: IsoDatum;
  bis: IsoDatum;
  fristbeginn: IsoDatum;
  nominalesEnde: IsoDatum;
  ende: IsoDatum;
  gewahrt: boolean | null;
  betragCent?: number;
}

export interface VerjaehrungJson {
  beginn: IsoDatum | null;
  nominalesEnde: IsoDatum | null;
  ende: IsoDatum | null;
  gehemmtTage: number;
  verjaehrt: boolean;
  /** Hemmung dauert am Stichtag an (Klage ohne rechtskräftigen Abschluss). */
  gehemmtAmStichtag: boolean;
  status: 'S113_OK' | 'S113_VERJAEHRT' | 'S113_OFFEN';
}

export interface ErstattungsfristenErgebnis {
  ausschlussfrist: AusschlussfristJson[];
  betragGewahrtCent: number;
  betragAusgeschlossenCent: number;
  /** Betrag der Zeiträume, deren Frist am Stichtag noch läuft und die nicht geltend gemacht sind. */
  betragOffenCent: number;
  status: 'S111_OK' | 'S111_TEILWEISE_AUSGESCHLOSSEN' | 'S111_AUSGESCHLOSSEN' | 'S111_OFFEN';
  verjaehrung: VerjaehrungJson;
}

// ---------------------------------------------------------------------------------------------
// Kern ohne Texte: wird auch für Massenberechnungen (Server, Benchmark) verwendet.

/** Eine Zeile der Ausschlussfrist in Tageszahlen. */
export interface Ausschlussfrist {
  fristbeginn: Tag;
  nominalesEnde: Tag;
  ende: Tag;
}

/**
 * § 111 SGB X für einen Zeitraum, dessen letzter Tag `bisText` ist.
 * Satz 1: zwölf Monate nach Ablauf des letzten Leistungstages; Satz 2: frühestens ab Kenntnis
 * der Entscheidung über die Leistungspflicht. § 26 Abs. 1 SGB X i. V. m. § 187 Abs. 1, § 188
 * Abs. 2 und 3 BGB: gleicher Kalendertag ein Jahr später, gekappt auf das Monatsende (29.02.).
 * § 26 Abs. 3 SGB X: Verschiebung auf den nächsten Werktag im Land des Verpflichteten
 * (recht.md §4.5 Nr. 3 [DESIGN]: die Geltendmachung ist empfangsbedürftig).
 */
export function ausschlussfristFuer(bis: Tag, kenntnis: Tag | undefined, kalender: Feiertagskalender, ausgabe: Ausschlussfrist): void {
  const beginn = kenntnis !== undefined && kenntnis > bis ? kenntnis : bis;
  const nominal = plusMonate(beginn, 12);
  ausgabe.fristbeginn = beginn;
  ausgabe.nominalesEnde = nominal;
  ausgabe.ende = verschobenesEnde(nominal, kalender);
}

/**
 * Schneller Pfad für Massenberechnungen: liest das `bis`-Datum direkt in seine Bestandteile und
 * rechnet "gleicher Tag, nächstes Jahr" ohne Umweg über die Tageszahl-Zerlegung.
 * Gibt `false` zurück, wenn `bisText` kein gültiges Datum ist.
 */
export function ausschlussfristAusText(
  bisText: string,
  kenntnis: Tag | undefined,
  kalender: Feiertagskalender,
  ausgabe: Ausschlussfrist,
): boolean {
  const bis = parseDatum(bisText);
  if (bis === undefined) return false;
  if (kenntnis !== undefined && kenntnis > bis) {
    ausschlussfristFuer(bis, kenntnis, kalender, ausgabe);
    return true;
  }
  const jahr =
    (bisText.charCodeAt(0) - 48) * 1000 +
    (bisText.charCodeAt(1) - 48) * 100 +
    (bisText.charCodeAt(2) - 48) * 10 +
    bisText.charCodeAt(3) -
    48;
  const monat = (bisText.charCodeAt(5) - 48) * 10 + bisText.charCodeAt(6) - 48;
  const tag = (bisText.charCodeAt(8) - 48) * 10 + bisText.charCodeAt(9) - 48;
  const laenge = monat === 2 ? tageImMonat(jahr + 1, 2) : 31;
  const nominal = tagAus(jahr + 1, monat, tag > laenge ? laenge : tag);
  ausgabe.fristbeginn = bis;
  ausgabe.nominalesEnde = nominal;
  let d = nominal;
  while (wochentag(d) >= 5 || kalender.istFeiertag(d)) d = (d + 1) as Tag;
  ausgabe.ende = d;
  return true;
}

/** § 111 ist gewahrt, wenn spätestens am (verschobenen) Fristende geltend gemacht wurde; ohne
 * Geltendmachung ist die Frist am Stichtag offen (`null`) oder abgelaufen (`false`). */
export function gewahrt(ende: Tag, geltendmachung: Tag | undefined, stichtag: Tag): boolean | null {
  if (geltendmachung !== undefined) return geltendmachung <= ende;
  return stichtag > ende ? false : null;
}

export interface Verjaehrung {
  beginn: Tag;
  nominalesEnde: Tag;
  /** Ende nach Hemmung, vor der Verschiebung nach § 193 BGB; `undefined` bei andauernder Hemmung. */
  endeUnverschoben: Tag | undefined;
  ende: Tag | undefined;
  gehemmtTage: number;
  neubeginn: boolean;
  /** Hemmungen, die wirksam waren (Index in der Eingabe). */
  wirksameHemmungen: number[];
  /** Hemmungen, die erst nach Ablauf der Frist begannen. */
  zuSpaeteHemmungen: number[];
}

interface HemmungTage {
  von: Tag;
  /** Letzter gehemmter Tag; `undefined`, solange die Hemmung andauert. */
  bis: Tag | undefined;
  /** § 203 Satz 2 BGB: frühestens drei Monate nach Ende der Hemmung. */
  mindestensBis?: Tag;
  index: number;
}

/**
 * § 113 Abs. 1 SGB X: vier Jahre nach Ablauf des Kalenderjahres der Kenntnis. § 113 Abs. 2 SGB X
 * i. V. m. § 204 Abs. 1 Nr. 1, Abs. 2 BGB (Klage: Hemmung bis sechs Monate nach rechtskräftiger
 * Entscheidung), § 203 BGB (Verhandlungen, mindestens drei Monate Restfrist), § 209 BGB (gehemmte
 * Zeit zählt nicht; Zählweise recht.md §4.6 Nr. 3 [DESIGN]: Tage einschließlich), § 212 Abs. 1
 * Nr. 1 BGB (Neubeginn nach Anerkenntnis). § 193 BGB verschiebt das Ende (recht.md §4.6 Nr. 5).
 */
export function verjaehrungFuer(
  kenntnis: Tag,
  hemmungen: readonly HemmungTage[],
  neubeginn: Tag | undefined,
  kalender: Feiertagskalender,
  jahre = 4,
): Verjaehrung {
  const kj = jahrVon(kenntnis);
  const beginn = tagAus(kj + 1, 1, 1);
  const nominal = tagAus(kj + jahre, 12, 31);
  let periodeStart = beginn;
  let ende: Tag | undefined = nominal;
  let gehemmt = 0;
  let neu = false;
  const wirksam: number[] = [];
  const zuSpaet: number[] = [];
  const sortiert = [...hemmungen].sort((a, b) => a.von - b.von);
  let offen = [...sortiert];
  const wendeHemmungenAn = (bisVor: Tag | undefined): void => {
    const rest: HemmungTage[] = [];
    for (const h of offen) {
      if (bisVor !== undefined && h.von > bisVor) {
        rest.push(h);
        continue;
      }
      if (ende === undefined) {
        wirksam.push(h.index);
        continue;
      }
      // Eine Hemmung wirkt nur, wenn sie vor Ablauf (einschließlich § 193 BGB) beginnt.
      if (h.von > verschobenesEnde(ende, kalender)) {
        zuSpaet.push(h.index);
        continue;
      }
      const start = h.von < periodeStart ? periodeStart : h.von;
      if (h.bis === undefined) {
        ende = undefined;
        wirksam.push(h.index);
        continue;
      }
      if (h.bis < periodeStart) continue;
      const tage = tageEinschliesslich(start, h.bis);
      const basis = h.von > ende ? verschobenesEnde(ende, kalender) : ende;
      gehemmt += tage;
      ende = plusTage(basis, tage);
      if (h.mindestensBis !== undefined && ende < h.mindestensBis) ende = h.mindestensBis;
      wirksam.push(h.index);
    }
    offen = rest;
  };
  if (neubeginn !== undefined) {
    wendeHemmungenAn(neubeginn);
    const laufend = ende === undefined || neubeginn <= verschobenesEnde(ende, kalender);
    if (laufend) {
      // § 212 Abs. 1 BGB: Die Verjährung beginnt am Tag nach dem Anerkenntnis erneut, voll.
      neu = true;
      periodeStart = plusTage(neubeginn, 1);
      ende = plusMonate(neubeginn, 12 * jahre);
      gehemmt = 0;
      // Hemmungen vor dem Neubeginn bleiben ohne Wirkung auf die neue Frist.
      wirksam.length = 0;
    }
  }
  wendeHemmungenAn(undefined);
  return {
    beginn: neu ? periodeStart : beginn,
    nominalesEnde: neu ? plusMonate(neubeginn as Tag, 12 * jahre) : nominal,
    endeUnverschoben: ende,
    ende: ende === undefined ? undefined : verschobenesEnde(ende, kalender),
    gehemmtTage: gehemmt,
    neubeginn: neu,
    wirksameHemmungen: wirksam,
    zuSpaeteHemmungen: zuSpaet,
  };
}

/**
 * Hemmungen als Tageszahlen. Klage: § 204 Abs. 2 Satz 1 BGB, Ende sechs Monate nach
 * rechtskräftiger Entscheidung (ohne sie dauert die Hemmung an). Verhandlungen: § 203 BGB mit
 * der Mindestrestfrist von drei Monaten. Ereignisse nach dem Stichtag bleiben außer Betracht.
 */
function hemmungenAlsTage(eingabe: readonly Hemmung[] | undefined, stichtag: Tag): { hemmungen: HemmungTage[]; spaetere: number[] } {
  const hemmungen: HemmungTage[] = [];
  const spaetere: number[] = [];
  (eingabe ?? []).forEach((h, index) => {
    const von = datum(h.von);
    if (von > stichtag) {
      spaetere.push(index);
      return;
    }
    if (h.art === 'klage') {
      const rk = h.rechtskraft ? datum(h.rechtskraft) : undefined;
      hemmungen.push({ von, bis: rk !== undefined && rk <= stichtag ? plusMonate(rk, 6) : undefined, index });
    } else {
      const bis = datum(h.bis);
      hemmungen.push({ von, bis, mindestensBis: plusMonate(bis, 3), index });
    }
  });
  return { hemmungen, spaetere };
}

// ---------------------------------------------------------------------------------------------

const hemmungSchema = {
  type: 'object',
  description: 'Hemmung der Verjährung: Klage (§ 204 Abs. 1 Nr. 1 BGB) oder Verhandlungen (§ 203 BGB)',
  required: ['art'],
  properties: { art: { type: 'string', enum: ['klage', 'verhandlungen'] } },
  discriminator: { propertyName: 'art' },
  oneOf: [
    objekt(
      {
        art: { const: 'klage' },
        von: datumSchema('Erhebung der Klage'),
        rechtskraft: datumSchema('Rechtskräftige Entscheidung oder anderweitige Beendigung (optional; fehlt sie, dauert die Hemmung an)'),
      },
      ['art', 'von'],
    ),
    objekt(
      { art: { const: 'verhandlungen' }, von: datumSchema('Beginn der Verhandlungen'), bis: datumSchema('Verweigerung der Fortsetzung') },
      ['art', 'von', 'bis'],
    ),
  ],
};

/** Zeiträume, deren Ende vor dem Beginn liegt (Pfad `/leistungszeitraeume/i/bis`); auch für die Zinsen. */
export function leistungszeitraumFehler(zeitraeume: readonly { von: IsoDatum; bis: IsoDatum }[]): Fehler[] {
  return zeitraeume.flatMap((z, i) =>
    datum(z.bis) < datum(z.von)
      ? [{ pfad: `/leistungszeitraeume/${i}/bis`, meldung: `Das Ende (${z.bis}) liegt vor dem Beginn (${z.von}) des Zeitraums.` }]
      : [],
  );
}

export const erstattungsfristen = pruefungsart<ErstattungsfristenEingabe, ErstattungsfristenErgebnis>({
  art: 'erstattungsfristen',
  titel: 'Ausschlussfrist und Verjährung eines Erstattungsanspruchs',
  normen: '§§ 111, 113 SGB X; §§ 187–193, 203, 204, 209, 212 BGB',
  schema: pruefungsSchema(
    'erstattungsfristen',
    'Ausschlussfrist (§ 111 SGB X) und Verjährung (§ 113 SGB X)',
    {
      leistungszeitraeume: liste(
        objekt(
          {
            von: datumSchema('Erster Leistungstag'),
            bis: datumSchema('Letzter Leistungstag'),
            betragCent: centSchema('Betrag des Zeitraums'),
          },
          ['von', 'bis'],
        ),
        'Leistungszeiträume; jeder wird für sich geprüft (laufende Leistungen: je Abrechnungsmonat)',
        10000,
        1,
      ),
      kenntnisEntscheidung: datumSchema(
        'Kenntnis von der Entscheidung des Verpflichteten über seine Leistungspflicht (§ 111 Satz 2, § 113 Abs. 1 SGB X)',
      ),
      geltendmachung: datumSchema('Geltendmachung beim Verpflichteten; darf vor den Zeiträumen liegen'),
      landVerpflichteter: landSchema('Land des erstattungspflichtigen Trägers (Feiertage für das Ende der Ausschlussfrist)'),
      hemmungen: liste(hemmungSchema, 'Hemmungen der Verjährung', 100),
      neubeginn: datumSchema('Anerkenntnis des Verpflichteten (§ 212 Abs. 1 Nr. 1 BGB)'),
      landGericht: landSchema('Land des Gerichts (Feiertage für das Ende der Verjährung); Standard: landVerpflichteter'),
      stichtag: datumSchema('Tag, an dem der Stand beurteilt wird'),
    },
    ['leistungszeitraeume', 'landVerpflichteter', 'stichtag'],
  ),
  beispiel: {
    art: 'erstattungsfristen',
    leistungszeitraeume: [{ von: '2023-01-01', bis: '2023-12-31', betragCent: 1200000 }],
    kenntnisEntscheidung: '2023-03-01',
    geltendmachung: '2024-12-30',
    landVerpflichteter: 'BB',
    stichtag: '2025-06-30',
  },
  pruefeWidersprueche(e) {
    const f: Fehler[] = [];
    f.push(...leistungszeitraumFehler(e.leistungszeitraeume));
    (e.hemmungen ?? []).forEach((h, i) => {
      if (h.art === 'klage' && h.rechtskraft && datum(h.rechtskraft) < datum(h.von))
        f.push({ pfad: `/hemmungen/${i}/rechtskraft`, meldung: 'Die Rechtskraft kann nicht vor der Klageerhebung liegen.' });
      if (h.art === 'verhandlungen' && datum(h.bis) < datum(h.von))
        f.push({ pfad: `/hemmungen/${i}/bis`, meldung: 'Das Ende der Verhandlungen kann nicht vor ihrem Beginn liegen.' });
    });
    return f;
  },
  berechne(e) {
    return berechneErstattungsfristen(e);
  },
});

function berechneErstattungsfristen(e: ErstattungsfristenEingabe) {
  const b = new Begruendung();
  const stichtag = datum(e.stichtag);
  const kenntnis = e.kenntnisEntscheidung ? datum(e.kenntnisEntscheidung) : undefined;
  const geltend = e.geltendmachung ? datum(e.geltendmachung) : undefined;
  const kalender111 = feiertagskalender(e.landVerpflichteter);
  const landGericht = e.landGericht ?? e.landVerpflichteter;
  const kalender113 = feiertagskalender(landGericht);
  const rechtsTag = datum(e.rechtsstand ?? e.stichtag);
  const monate = wertAmOderFehler(parameter.ausschlussfristMonate, rechtsTag).wert;
  const jahre = wertAmOderFehler(parameter.verjaehrungJahre, rechtsTag).wert;

  // --- § 111 SGB X ---
  b.norm(
    '§ 111 Satz 1 SGB X',
    `Der Anspruch auf Erstattung ist ausgeschlossen, wenn er nicht spätestens ${monate} Monate nach Ablauf des letzten Tages, für den die Leistung erbracht wurde, geltend gemacht wird. Jeder Leistungszeitraum wird für sich geprüft (laufende Leistungen je Teilzeitraum).`,
  );
  const zeilen: AusschlussfristJson[] = [];
  let gewahrtCent = 0;
  let ausgeschlossenCent = 0;
  let offenCent = 0;
  let satz2 = false;
  const a: Ausschlussfrist = { fristbeginn: 0 as Tag, nominalesEnde: 0 as Tag, ende: 0 as Tag };
  const einzelTexte: string[] = [];
  for (const z of e.leistungszeitraeume) {
    const bis = datum(z.bis);
    ausschlussfristFuer(bis, kenntnis, kalender111, a);
    if (a.fristbeginn !== bis) satz2 = true;
    const g = gewahrt(a.ende, geltend, stichtag);
    const zeile: AusschlussfristJson = {
      von: z.von,
      bis: z.bis,
      fristbeginn: isoDatum(a.fristbeginn),
      nominalesEnde: isoDatum(a.nominalesEnde),
      ende: isoDatum(a.ende),
      gewahrt: g,
    };
    if (z.betragCent !== undefined) {
      zeile.betragCent = z.betragCent;
      if (g === true) gewahrtCent += z.betragCent;
      else if (g === false) ausgeschlossenCent += z.betragCent;
      else offenCent += z.betragCent;
    }
    zeilen.push(zeile);
    if (einzelTexte.length < 24) {
      const v = verschiebeAufWerktag(a.nominalesEnde, kalender111);
      einzelTexte.push(
        `Zeitraum ${deutschesDatum(datum(z.von))}–${deutschesDatum(bis)}: Frist ab Ablauf des ${deutschesDatum(a.fristbeginn)}, Ende ${deutschesDatum(a.ende)}${v.gruende.length ? ` (verschoben vom ${deutschesDatum(a.nominalesEnde)})` : ''}; ${g === true ? 'gewahrt' : g === false ? 'nicht gewahrt – ausgeschlossen' : 'noch offen'}.`,
      );
    }
  }
  if (kenntnis !== undefined)
    b.norm(
      '§ 111 Satz 2 SGB X',
      satz2
        ? `Die Frist beginnt frühestens mit der Kenntnis von der Entscheidung des Verpflichteten über seine Leistungspflicht am ${deutschesDatum(kenntnis)}; für Zeiträume, die davor endeten, beginnt sie erst an diesem Tag.`
        : `Die Kenntnis von der Entscheidung des Verpflichteten (${deutschesDatum(kenntnis)}) lag nicht nach dem Ende der Zeiträume; Satz 2 verschiebt den Fristbeginn nur nach hinten, nie nach vorn.`,
    );
  b.norm(
    '§ 26 Abs. 1 SGB X',
    '„Zwölf Monate nach Ablauf des letzten Tages“: Der Tag selbst zählt nicht (§ 187 Abs. 1 BGB); die Frist endet mit dem gleichen Kalendertag ein Jahr später, bei fehlendem Tag mit dem Monatsletzten (§ 188 Abs. 2, 3 BGB).',
  );
  b.norm(
    '§ 26 Abs. 3 Satz 1 SGB X',
    `Fällt das Ende auf einen Samstag, Sonntag oder Feiertag im Land des erstattungspflichtigen Trägers (${e.landVerpflichteter}), endet die Frist mit dem nächsten Werktag. ${einzelTexte.join(' ')}${zeilen.length > einzelTexte.length ? ` … (${zeilen.length - einzelTexte.length} weitere Zeiträume, siehe Ergebnis).` : ''}`,
  );
  b.hinweis(
    'LAND_DES_VERPFLICHTETEN',
    '[DESIGN] Für die Verschiebung des Endes der Ausschlussfrist gelten die Feiertage im Land des erstattungspflichtigen Trägers, weil die Geltendmachung eine empfangsbedürftige Erklärung ist (recht.md §4.5 Nr. 3).',
  );
  b.rechtsfrage(
    'OQ-3',
    'Welche „Entscheidung“ § 111 Satz 2 SGB X meint und ob § 26 Abs. 3 SGB X das Ende der Ausschlussfrist verschiebt, ist höchstrichterlich nicht geklärt; gerechnet wird mit der Entscheidung gegenüber dem Leistungsberechtigten und mit Verschiebung (DRV GRA zu § 26 SGB X).',
  );
  if (geltend !== undefined) {
    const vorab = e.leistungszeitraeume.some((z) => geltend < datum(z.von));
    b.norm(
      '§ 111 Satz 1 SGB X',
      `Geltend gemacht wurde am ${deutschesDatum(geltend)}.${vorab ? ' Eine Geltendmachung im Voraus wirkt auch für spätere, noch nicht erbrachte Leistungen (Haufe/Jansen § 111 Rz. 4).' : ''}`,
    );
  } else {
    b.hinweis('NICHT_GELTEND_GEMACHT', `Der Anspruch ist noch nicht geltend gemacht; Stand am Stichtag ${deutschesDatum(stichtag)}.`);
  }
  const anzahlAus = zeilen.filter((z) => z.gewahrt === false).length;
  const anzahlOffen = zeilen.filter((z) => z.gewahrt === null).length;
  const status: ErstattungsfristenErgebnis['status'] =
    anzahlAus === zeilen.length
      ? 'S111_AUSGESCHLOSSEN'
      : anzahlAus > 0
        ? 'S111_TEILWEISE_AUSGESCHLOSSEN'
        : anzahlOffen > 0
          ? 'S111_OFFEN'
          : 'S111_OK';
  if (anzahlAus > 0)
    b.hinweis(
      'S111_AUSSCHLUSS',
      `${anzahlAus} von ${zeilen.length} Zeiträumen sind nach § 111 SGB X ausgeschlossen${ausgeschlossenCent ? ` (${euro(ausgeschlossenCent)})` : ''}. Der Ausschluss ist von Amts wegen zu beachten und vernichtet den Anspruch; eine Wiedereinsetzung gibt es nicht (BSG, Urteil vom 18.11.2014 – B 1 KR 12/14 R).`,
    );
  else if (status === 'S111_OK') b.hinweis('S111_OK', 'Die Ausschlussfrist ist für alle Zeiträume gewahrt.');

  // --- § 113 SGB X ---
  const verjaehrung: VerjaehrungJson = {
    beginn: null,
    nominalesEnde: null,
    ende: null,
    gehemmtTage: 0,
    verjaehrt: false,
    gehemmtAmStichtag: false,
    status: 'S113_OFFEN',
  };
  if (kenntnis === undefined) {
    b.norm(
      '§ 113 Abs. 1 Satz 1 SGB X',
      'Die Verjährung beginnt erst nach Ablauf des Kalenderjahres, in dem der Berechtigte von der Entscheidung des Verpflichteten Kenntnis erlangt; ohne Kenntnisdatum läuft sie noch nicht.',
    );
    b.hinweis('KENNTNIS_FEHLT', 'Ohne Datum der Kenntnis von der Entscheidung lässt sich die Verjährung nicht berechnen.');
  } else {
    const { hemmungen, spaetere } = hemmungenAlsTage(e.hemmungen, stichtag);
    const nb = e.neubeginn && datum(e.neubeginn) <= stichtag ? datum(e.neubeginn) : undefined;
    const v = verjaehrungFuer(kenntnis, hemmungen, nb, kalender113, jahre);
    verjaehrung.beginn = isoDatum(v.beginn);
    verjaehrung.nominalesEnde = isoDatum(v.nominalesEnde);
    verjaehrung.gehemmtTage = v.gehemmtTage;
    b.norm(
      '§ 113 Abs. 1 Satz 1 SGB X',
      `Kenntnis von der Entscheidung im Jahr ${jahrVon(kenntnis)}: Die Verjährung beginnt am ${deutschesDatum(tagAus(jahrVon(kenntnis) + 1, 1, 1))} und endet ohne Hemmung mit Ablauf des ${deutschesDatum(tagAus(jahrVon(kenntnis) + jahre, 12, 31))}.`,
    );
    const letztesEnde = e.leistungszeitraeume.reduce((m, z) => Math.max(m, datum(z.bis)), -Infinity);
    if (jahrVon(letztesEnde as Tag) > jahrVon(kenntnis))
      b.rechtsfrage(
        'RF-113-ENTSTEHUNG',
        'Leistungszeiträume enden nach dem Jahr der Kenntnis. Gerechnet wird nach dem Wortlaut (Jahr der Kenntnis, recht.md §4.6); ob die Verjährung vor Entstehung des Anspruchs für spätere Zeiträume beginnen kann, ist nicht geklärt.',
      );
    for (const i of v.wirksameHemmungen) {
      const h = (e.hemmungen ?? [])[i];
      if (!h) continue;
      if (h.art === 'klage')
        b.norm(
          '§ 204 Abs. 1 Nr. 1, Abs. 2 Satz 1 BGB',
          `Die Klage vom ${deutschesDatum(datum(h.von))} hemmt die Verjährung (§ 113 Abs. 2 SGB X)${h.rechtskraft && datum(h.rechtskraft) <= stichtag ? ` bis sechs Monate nach der rechtskräftigen Entscheidung vom ${deutschesDatum(datum(h.rechtskraft))}` : '; das Verfahren ist am Stichtag nicht rechtskräftig abgeschlossen, die Hemmung dauert an'}. Gehemmt ist nur der eingeklagte Anspruch; eine Klageerweiterung hemmt den weiteren Teil erst ab ihrem Eingang.`,
        );
      else
        b.norm(
          '§ 203 BGB',
          `Verhandlungen vom ${deutschesDatum(datum(h.von))} bis ${deutschesDatum(datum(h.bis))} hemmen die Verjährung; sie tritt frühestens drei Monate nach dem Ende der Hemmung ein (§ 203 Satz 2 BGB).`,
        );
    }
    for (const i of v.zuSpaeteHemmungen)
      b.hinweis('HEMMUNG_NACH_ABLAUF', `Die Hemmung Nr. ${i + 1} begann erst nach Ablauf der Verjährungsfrist und wirkt nicht mehr.`);
    for (const i of spaetere)
      b.hinweis(
        'EREIGNIS_NACH_STICHTAG',
        `Die Hemmung Nr. ${i + 1} liegt nach dem Stichtag und ist für den Stand am Stichtag nicht berücksichtigt.`,
      );
    if (e.neubeginn && nb === undefined)
      b.hinweis(
        'EREIGNIS_NACH_STICHTAG',
        'Das Anerkenntnis liegt nach dem Stichtag und ist für den Stand am Stichtag nicht berücksichtigt.',
      );
    if (v.gehemmtTage > 0)
      b.norm(
        '§ 209 BGB',
        `Der Zeitraum der Hemmung (${v.gehemmtTage} Tage, Anfangs- und Endtag eingeschlossen) wird in die Verjährungsfrist nicht eingerechnet.`,
      );
    if (v.gehemmtTage > 0 || v.wirksameHemmungen.length > 0)
      b.hinweis(
        'ZAEHLWEISE_HEMMUNG',
        '[DESIGN] Gehemmte Tage werden einschließlich Anfangs- und Endtag gezählt (recht.md §4.6 Nr. 3, nicht verifiziert).',
      );
    if (v.neubeginn && nb !== undefined)
      b.norm(
        '§ 212 Abs. 1 Nr. 1 BGB',
        `Das Anerkenntnis vom ${deutschesDatum(nb)} lässt die Verjährung erneut beginnen; die volle Frist von ${jahre} Jahren läuft ab dem Folgetag und endet rechnerisch am ${deutschesDatum(v.nominalesEnde)}.`,
      );
    else if (nb !== undefined)
      b.hinweis('NEUBEGINN_NACH_ABLAUF', 'Das Anerkenntnis erfolgte nach Ablauf der Verjährung und lässt sie nicht neu beginnen.');
    if (v.ende === undefined || v.endeUnverschoben === undefined) {
      verjaehrung.gehemmtAmStichtag = true;
      verjaehrung.status = 'S113_OK';
      b.hinweis('S113_OK', `Am Stichtag ${deutschesDatum(stichtag)} ist die Verjährung gehemmt; der Anspruch ist nicht verjährt.`);
    } else {
      verjaehrung.ende = isoDatum(v.ende);
      const sv = verschiebeAufWerktag(v.endeUnverschoben, kalender113);
      b.norm(
        '§ 193 BGB',
        `${verschiebungsText(v.endeUnverschoben, sv, landGericht)} (herrschende Meinung, BGH, Urteil vom 06.12.2007 – III ZR 146/07).`,
      );
      verjaehrung.verjaehrt = stichtag > v.ende;
      verjaehrung.status = verjaehrung.verjaehrt ? 'S113_VERJAEHRT' : 'S113_OK';
      b.hinweis(
        verjaehrung.status,
        verjaehrung.verjaehrt
          ? `Am Stichtag ${deutschesDatum(stichtag)} ist der Anspruch verjährt. Die Verjährung ist eine Einrede: Sie wirkt nur, wenn der Verpflichtete sie erhebt (§ 214 BGB).`
          : `Am Stichtag ${deutschesDatum(stichtag)} ist der Anspruch nicht verjährt (Ende ${deutschesDatum(v.ende)}).`,
      );
    }
  }
  return b.ergebnis('erstattungsfristen', {
    ausschlussfrist: zeilen,
    betragGewahrtCent: gewahrtCent,
    betragAusgeschlossenCent: ausgeschlossenCent,
    betragOffenCent: offenCent,
    status,
    verjaehrung,
  } satisfies ErstattungsfristenErgebnis);
}

// ---------------------------------------------------------------------------------------------
// Massenberechnung: dieselben Regeln ohne Begründungstexte, Ergebnis in wiederverwendbare
// Puffer (für die Neuberechnung vieler Fristen im Server und für `npm run bench`).

export interface FristenPuffer {
  /** Je Zeitraum: Ende der Ausschlussfrist (Tageszahl). */
  ende: Int32Array;
  /** Je Zeitraum: 1 gewahrt, 0 ausgeschlossen, −1 offen. */
  gewahrt: Int8Array;
  /** Ende der Verjährung (Tageszahl), −2^31 ohne Kenntnis, 2^31−1 bei andauernder Hemmung. */
  verjaehrungEnde: number;
  verjaehrt: boolean;
}

export function fristenPuffer(maxZeitraeume: number): FristenPuffer {
  return { ende: new Int32Array(maxZeitraeume), gewahrt: new Int8Array(maxZeitraeume), verjaehrungEnde: 0, verjaehrt: false };
}

const keinDatum = -2147483648;
const unendlich = 2147483647;

/**
 * § 111 und § 113 SGB X für eine bereits validierte Eingabe (Schema wie `erstattungsfristen`),
 * ohne Texte. Liefert dieselben Fristenden wie `pruefe` (getestet).
 */
export function berechneFristenMasse(e: Omit<ErstattungsfristenEingabe, 'art'>, puffer: FristenPuffer): void {
  const stichtag = datum(e.stichtag);
  const kenntnis = e.kenntnisEntscheidung === undefined ? undefined : datum(e.kenntnisEntscheidung);
  const geltend = e.geltendmachung === undefined ? undefined : datum(e.geltendmachung);
  const kalender = feiertagskalender(e.landVerpflichteter);
  const a: Ausschlussfrist = { fristbeginn: 0 as Tag, nominalesEnde: 0 as Tag, ende: 0 as Tag };
  const zeitraeume = e.leistungszeitraeume;
  for (let i = 0; i < zeitraeume.length; i++) {
    ausschlussfristAusText((zeitraeume[i] as Leistungszeitraum).bis, kenntnis, kalender, a);
    puffer.ende[i] = a.ende;
    const g = gewahrt(a.ende, geltend, stichtag);
    puffer.gewahrt[i] = g === null ? -1 : g ? 1 : 0;
  }
  if (kenntnis === undefined) {
    puffer.verjaehrungEnde = keinDatum;
    puffer.verjaehrt = false;
    return;
  }
  const { hemmungen } = hemmungenAlsTage(e.hemmungen, stichtag);
  const nb = e.neubeginn !== undefined && datum(e.neubeginn) <= stichtag ? datum(e.neubeginn) : undefined;
  const v = verjaehrungFuer(kenntnis, hemmungen, nb, feiertagskalender(e.landGericht ?? e.landVerpflichteter));
  puffer.verjaehrungEnde = v.ende ?? unendlich;
  puffer.verjaehrt = v.ende !== undefined && stichtag > v.ende;
}
