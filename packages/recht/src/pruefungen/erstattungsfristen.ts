// Prüfungsart `erstattungsfristen`: Ausschlussfrist (§ 111 SGB X) je Leistungsfall und
// Verjährung (§ 113 SGB X mit Hemmung und Neubeginn nach BGB), recht.md §4.5, §4.6.
// Leistungsfall: in der Eingliederungshilfe die Maßnahme (BSG, Urteil vom 04.04.2019 –
// B 8 SO 11/17 R), sonst der einzelne Leistungszeitraum.
import { Begruendung, type Fehler } from '../gemeinsam/ergebnis.ts';
import { euro } from '../gemeinsam/geld.ts';
import { parameter, wertAmOderFehler } from '../gemeinsam/parameter.ts';
import { pruefungsart } from '../gemeinsam/pruefung.ts';
import { boolSchema, centSchema, datumSchema, landSchema, liste, objekt, pruefungsSchema, textSchema } from '../gemeinsam/validierung.ts';
import {
  type IsoDatum,
  type Tag,
  datum,
  deutschesDatum,
  isoDatum,
  jahrVon,
  parseDatum,
  plusEinJahr,
  plusMonate,
  plusTage,
  tagAus,
  tageEinschliesslich,
} from '../kalender/datum.ts';
import { type Feiertagskalender, type Land, feiertagskalender } from '../kalender/feiertage.ts';
import { verschiebeAufWerktag, verschobenesEnde } from '../kalender/frist.ts';
import { verschiebungsText } from './frist.ts';

export interface Leistungszeitraum {
  von: IsoDatum;
  bis: IsoDatum;
  betragCent?: number;
  /** Die fortlaufende Maßnahme, zu der der Zeitraum gehört (nur in der Eingliederungshilfe von Bedeutung). */
  massnahme?: string;
  /**
   * `false`: bei der Geltendmachung ausgenommen (etwa in der Anmeldung nicht gewählt). Für diesen
   * Zeitraum wahrt die Geltendmachung des Anspruchs die Frist des § 111 SGB X nicht.
   */
  geltendGemacht?: boolean;
}

/** Das Leistungsrecht des verpflichteten Trägers; es bestimmt, was ein Leistungsfall ist. */
export const leistungsrechte = ['eingliederungshilfe', 'sozialhilfe', 'jugendhilfe', 'krankenversicherung', 'sonstiges'] as const;
export type Leistungsrecht = (typeof leistungsrechte)[number];

/** Wann eine Maßnahme endete (Teilhabeziel erreicht oder Maßnahme beendet) oder dass sie noch läuft. */
export interface MassnahmeAngabe {
  massnahme: string;
  beendet?: IsoDatum;
  laeuft?: boolean;
}

export type Hemmung = { art: 'klage'; von: IsoDatum; rechtskraft?: IsoDatum } | { art: 'verhandlungen'; von: IsoDatum; bis: IsoDatum };

export interface ErstattungsfristenEingabe {
  art: 'erstattungsfristen';
  rechtsstand?: IsoDatum;
  leistungszeitraeume: Leistungszeitraum[];
  leistungsrecht?: Leistungsrecht;
  massnahmen?: MassnahmeAngabe[];
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
  massnahme?: string;
  /** `null`, solange die Maßnahme läuft: die Frist hat nicht begonnen. */
  fristbeginn: IsoDatum | null;
  nominalesEnde: IsoDatum | null;
  ende: IsoDatum | null;
  gewahrt: boolean | null;
  betragCent?: number;
}

/** § 111 SGB X je Leistungsfall: eine Maßnahme (Eingliederungshilfe) oder ein einzelner Zeitraum. */
export interface LeistungsfallJson {
  /** Name der Maßnahme; `null` bei Zeiträumen ohne Maßnahme und bei Einzelzeiträumen. */
  massnahme: string | null;
  /** Die Zeiträume des Falls (Index in `leistungszeitraeume`). */
  zeitraeume: number[];
  von: IsoDatum;
  bis: IsoDatum;
  /** Letzter Tag des Leistungsfalls (Ende der Maßnahme); `null`, solange sie läuft. */
  beendet: IsoDatum | null;
  laeuft: boolean;
  fristbeginn: IsoDatum | null;
  nominalesEnde: IsoDatum | null;
  ende: IsoDatum | null;
  gewahrt: boolean | null;
  betragCent: number;
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
  leistungsrecht: Leistungsrecht;
  ausschlussfrist: AusschlussfristJson[];
  leistungsfaelle: LeistungsfallJson[];
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
  const nominal = plusEinJahr(beginn);
  ausgabe.fristbeginn = beginn;
  ausgabe.nominalesEnde = nominal;
  ausgabe.ende = kalender.naechsterWerktag(nominal);
}

/**
 * Wie `ausschlussfristFuer`, mit dem letzten Tag als Text `YYYY-MM-DD`.
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
  ausschlussfristFuer(bis, kenntnis, kalender, ausgabe);
  return true;
}

/** § 111 ist gewahrt, wenn spätestens am (verschobenen) Fristende geltend gemacht wurde; ohne
 * Geltendmachung ist die Frist am Stichtag offen (`null`) oder abgelaufen (`false`). */
export function gewahrt(ende: Tag, geltendmachung: Tag | undefined, stichtag: Tag): boolean | null {
  if (geltendmachung !== undefined) return geltendmachung <= ende;
  return stichtag > ende ? false : null;
}

/**
 * Die Leistungsfälle der Zeiträume (BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R, Leitsatz 1:
 * maßgeblich ist das Leistungsrecht des verpflichteten Trägers). Eingliederungshilfe: die Zeiträume
 * einer Maßnahme bilden einen Fall (gleicher Name; Zeiträume ohne Namen zusammen einen), auch bei
 * abschnittsweiser Bewilligung (Leitsatz 2). Anderes Leistungsrecht: jeder Zeitraum für sich.
 */
export interface Leistungsfaelle {
  /** Je Zeitraum: Nummer seines Leistungsfalls (0 … anzahl − 1, in der Folge des ersten Zeitraums). */
  fall: Int32Array;
  anzahl: number;
  /** Je Fall: letzter Tag (Ende der Maßnahme) als Tageszahl; `laeuftNoch`, solange sie läuft. */
  letzterTag: Int32Array;
  /** Je Fall: Name der Maßnahme ('' ohne Namen). */
  namen: string[];
  /** Je Zeitraum: sein letzter Tag als Tageszahl (nur bei anderem Leistungsrecht gefüllt). */
  bis: Int32Array;
  /** Je Fall: sein letzter Zeitraum-Tag als Text (Eingliederungshilfe, Zwischenstand). */
  letzteTexte: string[];
}

/** Kennzeichen in `letzterTag`: Die Maßnahme läuft am Stichtag noch, die Frist hat nicht begonnen. */
export const laeuftNoch = -2147483648;

export function leistungsfaellePuffer(maxZeitraeume: number): Leistungsfaelle {
  return {
    fall: new Int32Array(maxZeitraeume),
    anzahl: 0,
    letzterTag: new Int32Array(maxZeitraeume),
    namen: [],
    bis: new Int32Array(maxZeitraeume),
    letzteTexte: [],
  };
}

/**
 * Liest den letzten Tag jedes Zeitraums in `aus`. Eine eigene, kleine Schleife: So kann die
 * Laufzeitumgebung das Lesen der Daten in sie einbetten, statt es je Zeitraum aufzurufen.
 */
function leseLetzteTage(zeitraeume: readonly Leistungszeitraum[], aus: Int32Array): void {
  for (let i = 0; i < zeitraeume.length; i++) aus[i] = datum((zeitraeume[i] as Leistungszeitraum).bis);
}

/**
 * Ordnet die Zeiträume ihren Leistungsfällen zu und bestimmt je Fall den letzten Tag. Eine Maßnahme
 * ohne Angabe in `massnahmen` endet mit dem letzten Tag ihres letzten Zeitraums, wenn er vor dem
 * Stichtag liegt, sonst läuft sie noch; `beendet` nach dem Stichtag heißt: am Stichtag läuft sie.
 */
export function ordneLeistungsfaelle(
  zeitraeume: readonly Leistungszeitraum[],
  leistungsrecht: Leistungsrecht,
  massnahmen: readonly MassnahmeAngabe[] | undefined,
  stichtag: Tag,
  aus: Leistungsfaelle,
): void {
  const n = zeitraeume.length;
  // `namen` wird überschrieben und erst am Ende gekürzt (das Kürzen eines Arrays ist teuer).
  const namen = aus.namen;
  if (leistungsrecht !== 'eingliederungshilfe') {
    const bisTage = aus.bis;
    leseLetzteTage(zeitraeume, bisTage);
    for (let i = 0; i < n; i++) {
      aus.fall[i] = i;
      aus.letzterTag[i] = bisTage[i] as number;
      namen[i] = '';
    }
    if (namen.length !== n) namen.length = n;
    aus.anzahl = n;
    return;
  }
  // Je Maßnahme zählt nur ihr letzter Tag. Geprüfte Daten (JJJJ-MM-TT, Jahre 1000–9999) stehen als
  // Text in zeitlicher Reihenfolge: verglichen werden die Texte, gelesen wird je Fall nur der letzte.
  let anzahl = 0;
  const letzte = aus.letzteTexte;
  for (let i = 0; i < n; i++) {
    const z = zeitraeume[i] as Leistungszeitraum;
    const name = z.massnahme ?? '';
    let f = 0;
    while (f < anzahl && namen[f] !== name) f++;
    if (f === anzahl) {
      namen[f] = name;
      letzte[f] = z.bis;
      anzahl++;
    } else if (z.bis > (letzte[f] as string)) letzte[f] = z.bis;
    aus.fall[i] = f;
  }
  for (let f = 0; f < anzahl; f++) aus.letzterTag[f] = datum(letzte[f] as string);
  if (namen.length !== anzahl) namen.length = anzahl;
  aus.anzahl = anzahl;
  for (let f = 0; f < anzahl; f++) {
    const name = namen[f] as string;
    let angabe: MassnahmeAngabe | undefined;
    if (massnahmen !== undefined && name !== '')
      for (let m = 0; m < massnahmen.length; m++)
        if ((massnahmen[m] as MassnahmeAngabe).massnahme === name) {
          angabe = massnahmen[m];
          break;
        }
    const letzter = aus.letzterTag[f] as number;
    if (angabe?.laeuft === true) aus.letzterTag[f] = laeuftNoch;
    else if (angabe?.beendet !== undefined) {
      const beendet = datum(angabe.beendet);
      aus.letzterTag[f] = beendet > stichtag ? laeuftNoch : beendet;
    } else if (angabe?.laeuft !== false && letzter >= stichtag) aus.letzterTag[f] = laeuftNoch;
  }
}

/** Die Ausschlussfrist läuft noch nicht: gewahrt, wenn schon geltend gemacht, sonst offen. */
export function gewahrtLaufend(geltendmachung: Tag | undefined): boolean | null {
  return geltendmachung !== undefined ? true : null;
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

const leistungsrechtNamen: Record<Leistungsrecht, string> = {
  eingliederungshilfe: 'Eingliederungshilfe',
  sozialhilfe: 'Sozialhilfe',
  jugendhilfe: 'Kinder- und Jugendhilfe',
  krankenversicherung: 'Krankenversicherung',
  sonstiges: 'sonstiges Leistungsrecht',
};

/** Seit dem 01.01.2020 ist die Eingliederungshilfe im SGB IX Teil 2 geregelt (BTHG, Art. 26 Abs. 4). */
const sgb9Teil2Ab = datum('2020-01-01');

/**
 * RECHTSFRAGE: Ob BSGE 128, 36 (Eingliederungshilfe nach dem SGB XII) auf die Eingliederungshilfe
 * nach dem SGB IX Teil 2 übertragbar ist, ist nicht entschieden. Angewandt wird sie (die Gründe
 * gelten für beide); ausgewiesen wird die Frage, wo die andere Lesart – jeder Zeitraum für sich –
 * für Zeiträume ab 2020 ein anderes Ergebnis gäbe, mit ihrem Betrag.
 */
function rechtsfrageUebertragung(
  b: Begruendung,
  zeitraeume: readonly Leistungszeitraum[],
  falle: readonly LeistungsfallJson[],
  kenntnis: Tag | undefined,
  geltend: Tag | undefined,
  stichtag: Tag,
  kalender: Feiertagskalender,
): void {
  const a: Ausschlussfrist = { fristbeginn: 0 as Tag, nominalesEnde: 0 as Tag, ende: 0 as Tag };
  let anzahl = 0;
  let betrag = 0;
  let erstesEnde: Tag | undefined;
  let ausgeschlossen = 0;
  let ausgeschlossenBetrag = 0;
  for (const fall of falle)
    for (const i of fall.zeitraeume) {
      const z = zeitraeume[i] as Leistungszeitraum;
      if (fall.gewahrt === false) {
        ausgeschlossen++;
        ausgeschlossenBetrag += z.betragCent ?? 0;
        continue;
      }
      const bis = datum(z.bis);
      if (bis < sgb9Teil2Ab || fall.zeitraeume.length === 1) continue;
      ausschlussfristFuer(bis, kenntnis, kalender, a);
      if (gewahrt(a.ende, geltend, stichtag) !== false) continue;
      anzahl++;
      betrag += z.betragCent ?? 0;
      if (erstesEnde === undefined || a.ende < erstesEnde) erstesEnde = a.ende;
    }
  if (anzahl === 0 || erstesEnde === undefined) return;
  const andere = `${ausgeschlossen + anzahl} ${ausgeschlossen + anzahl === 1 ? 'Zeitraum' : 'Zeiträume'}${betrag ? ` mit ${euro(ausgeschlossenBetrag + betrag)}` : ''} ausgeschlossen (nach der angewandten Lesart ${ausgeschlossen === 0 ? 'keiner' : `${ausgeschlossen}${ausgeschlossenBetrag ? ` mit ${euro(ausgeschlossenBetrag)}` : ''}`})`;
  b.rechtsfrage(
    'RF-111-LEISTUNGSFALL',
    `Beginnt die Ausschlussfrist des § 111 SGB X auch in der Eingliederungshilfe nach dem SGB IX Teil 2 (seit 01.01.2020) erst mit dem Ende der Maßnahme? Angewandt: ja. Das Bundessozialgericht hat es für die Eingliederungshilfe nach dem SGB XII so entschieden (BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R; ebenso die Vorinstanz, LSG Nordrhein-Westfalen, Urteil vom 12.06.2017 – L 20 SO 269/15, im Anschluss an BVerwG, Urteil vom 19.08.2010 – 5 C 14/09, zur Jugendhilfe). Seine Begründung – eine zielgerichtete Rehabilitationsmaßnahme ist ein einheitlicher Leistungsfall – trifft auf das SGB IX Teil 2 ebenso zu. Für das neue Recht ist die Frage nicht entschieden; gegen die Übertragung lässt sich anführen, dass der Träger der Eingliederungshilfe nach dem SGB IX Teil 2 nicht Funktionsnachfolger des Sozialhilfeträgers ist (BSG, Urteil vom 28.01.2021 – B 8 SO 9/19 R). Nach der anderen Lesart – jeder Bewilligungs- oder Abrechnungszeitraum für sich – wären ${andere}; die Frist des ersten dieser Zeiträume endete am ${deutschesDatum(erstesEnde)}.`,
  );
}

/** Angaben zu Maßnahmen, die zu keinem Zeitraum passen oder sich widersprechen. */
function massnahmeFehler(zeitraeume: readonly Leistungszeitraum[], massnahmen: readonly MassnahmeAngabe[] | undefined): Fehler[] {
  const f: Fehler[] = [];
  const gesehen = new Set<string>();
  (massnahmen ?? []).forEach((m, i) => {
    const eigene = zeitraeume.filter((z) => z.massnahme === m.massnahme);
    if (gesehen.has(m.massnahme))
      f.push({ pfad: `/massnahmen/${i}/massnahme`, meldung: `Die Maßnahme „${m.massnahme}“ ist doppelt angegeben.` });
    gesehen.add(m.massnahme);
    if (eigene.length === 0)
      f.push({
        pfad: `/massnahmen/${i}/massnahme`,
        meldung: `Kein Leistungszeitraum gehört zur Maßnahme „${m.massnahme}“ (Name wie bei den Zeiträumen angeben).`,
      });
    if (m.laeuft === true && m.beendet !== undefined)
      f.push({ pfad: `/massnahmen/${i}/laeuft`, meldung: 'Eine Maßnahme kann nicht zugleich beendet sein und noch laufen.' });
    const letzter = eigene.reduce((x, z) => (z.bis > x ? z.bis : x), '');
    if (m.beendet !== undefined && letzter && datum(m.beendet) < datum(letzter))
      f.push({
        pfad: `/massnahmen/${i}/beendet`,
        meldung: `Die Maßnahme endet am ${deutschesDatum(datum(m.beendet))}, ihr letzter Zeitraum aber erst am ${deutschesDatum(datum(letzter))}.`,
      });
  });
  return f;
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
            massnahme: textSchema('Fortlaufende Maßnahme, zu der der Zeitraum gehört (Eingliederungshilfe: gemeinsamer Fristbeginn)', 100),
            geltendGemacht: {
              type: 'boolean',
              title: 'Geltend gemacht',
              description: 'Nein: bei der Geltendmachung ausgenommen; für diesen Zeitraum wahrt sie die Ausschlussfrist nicht',
            },
          },
          ['von', 'bis'],
        ),
        'Leistungszeiträume (laufende Leistungen: je Bewilligungs- oder Abrechnungszeitraum)',
        10000,
        1,
      ),
      leistungsrecht: {
        type: 'string',
        enum: [...leistungsrechte],
        description:
          'Leistungsrecht des verpflichteten Trägers; es bestimmt den Leistungsfall. Eingliederungshilfe (Standard): die Maßnahme; sonst jeder Zeitraum für sich',
      },
      massnahmen: liste(
        objekt(
          {
            massnahme: textSchema('Name der Maßnahme wie bei den Zeiträumen', 100),
            beendet: datumSchema('Ende der Maßnahme (Teilhabeziel erreicht oder Maßnahme beendet)'),
            laeuft: boolSchema('Die Maßnahme läuft am Stichtag noch'),
          },
          ['massnahme'],
        ),
        'Ende oder Fortdauer der Maßnahmen; ohne Angabe endet eine Maßnahme mit ihrem letzten Zeitraum, wenn er vor dem Stichtag liegt',
        1000,
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
    f.push(...leistungszeitraumFehler(e.leistungszeitraeume), ...massnahmeFehler(e.leistungszeitraeume, e.massnahmen));
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
  const recht = e.leistungsrecht ?? 'eingliederungshilfe';
  const egh = recht === 'eingliederungshilfe';
  const z111 = e.leistungszeitraeume;
  const faelle = leistungsfaellePuffer(z111.length);
  ordneLeistungsfaelle(z111, recht, e.massnahmen, stichtag, faelle);
  b.norm(
    '§ 111 Satz 1 SGB X',
    `Der Anspruch auf Erstattung ist ausgeschlossen, wenn er nicht spätestens ${monate} Monate nach Ablauf des letzten Tages, für den die Leistung erbracht wurde, geltend gemacht wird. ${
      egh
        ? 'In der Eingliederungshilfe ist der letzte Tag der Leistung das Ende der Maßnahme, auch wenn sie abschnittsweise bewilligt wurde: Die Zeiträume einer Maßnahme haben einen gemeinsamen Fristbeginn; solange die Maßnahme läuft, beginnt die Frist nicht.'
        : `Nach dem Leistungsrecht des verpflichteten Trägers (${leistungsrechtNamen[recht]}) ist jeder Leistungszeitraum ein eigener Leistungsfall und wird für sich geprüft.`
    }`,
  );
  if (egh)
    b.norm(
      'BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R',
      'Die Ausschlussfrist richtet sich nach dem Recht des originär zuständigen, erstattungspflichtigen Trägers (Leitsatz 1). Nach dem Recht der Eingliederungshilfe beginnt sie auch bei zeitabschnittsweisen Bewilligungen erst, wenn das Teilhabeziel erreicht und die Maßnahme damit abgeschlossen ist (Leitsatz 2; BSGE 128, 36).',
    );
  // Je Leistungsfall eine Frist.
  const falle: LeistungsfallJson[] = [];
  const fristen: (Ausschlussfrist | undefined)[] = [];
  let satz2 = false;
  for (let f = 0; f < faelle.anzahl; f++) {
    const letzter = faelle.letzterTag[f] as number;
    const zeitraeume: number[] = [];
    for (let i = 0; i < z111.length; i++) if (faelle.fall[i] === f) zeitraeume.push(i);
    const eigene = zeitraeume.map((i) => z111[i] as Leistungszeitraum);
    const von = eigene.reduce((x, z) => (z.von < x ? z.von : x), (eigene[0] as Leistungszeitraum).von);
    const bis = eigene.reduce((x, z) => (z.bis > x ? z.bis : x), (eigene[0] as Leistungszeitraum).bis);
    const betragCent = eigene.reduce((s, z) => s + (z.betragCent ?? 0), 0);
    const name = faelle.namen[f] ?? '';
    // Ein Zeitraum des Falls, der bei der Geltendmachung ausgenommen war: Für ihn ist die Frist nicht
    // gewahrt – der Fall gilt erst als gewahrt, wenn alle seine Zeiträume geltend gemacht sind.
    const geltendFall = eigene.some((z) => z.geltendGemacht === false) ? undefined : geltend;
    if (letzter === laeuftNoch) {
      fristen.push(undefined);
      falle.push({
        massnahme: name || null,
        zeitraeume,
        von,
        bis,
        beendet: null,
        laeuft: true,
        fristbeginn: null,
        nominalesEnde: null,
        ende: null,
        gewahrt: gewahrtLaufend(geltendFall),
        betragCent,
      });
      continue;
    }
    const a: Ausschlussfrist = { fristbeginn: 0 as Tag, nominalesEnde: 0 as Tag, ende: 0 as Tag };
    ausschlussfristFuer(letzter as Tag, kenntnis, kalender111, a);
    if (a.fristbeginn !== letzter) satz2 = true;
    fristen.push(a);
    falle.push({
      massnahme: name || null,
      zeitraeume,
      von,
      bis,
      beendet: isoDatum(letzter as Tag),
      laeuft: false,
      fristbeginn: isoDatum(a.fristbeginn),
      nominalesEnde: isoDatum(a.nominalesEnde),
      ende: isoDatum(a.ende),
      gewahrt: gewahrt(a.ende, geltendFall, stichtag),
      betragCent,
    });
  }
  const zeilen: AusschlussfristJson[] = [];
  let gewahrtCent = 0;
  let ausgeschlossenCent = 0;
  let offenCent = 0;
  let ausgenommen = 0;
  z111.forEach((z, i) => {
    const f = faelle.fall[i] as number;
    const fall = falle[f] as LeistungsfallJson;
    const frist = fristen[f];
    const eigenesGeltend = z.geltendGemacht === false ? undefined : geltend;
    if (z.geltendGemacht === false) ausgenommen++;
    const stand = frist === undefined ? gewahrtLaufend(eigenesGeltend) : gewahrt(frist.ende, eigenesGeltend, stichtag);
    const zeile: AusschlussfristJson = {
      von: z.von,
      bis: z.bis,
      ...(z.massnahme !== undefined ? { massnahme: z.massnahme } : {}),
      fristbeginn: fall.fristbeginn,
      nominalesEnde: fall.nominalesEnde,
      ende: fall.ende,
      gewahrt: stand,
    };
    if (z.betragCent !== undefined) {
      zeile.betragCent = z.betragCent;
      if (stand === true) gewahrtCent += z.betragCent;
      else if (stand === false) ausgeschlossenCent += z.betragCent;
      else offenCent += z.betragCent;
    }
    zeilen.push(zeile);
  });
  const einzelTexte: string[] = [];
  falle.forEach((fall, f) => {
    if (einzelTexte.length >= 24) return;
    const a = fristen[f];
    const bezeichnung = egh
      ? `${fall.massnahme ? `Maßnahme „${fall.massnahme}“` : 'Maßnahme'} (${fall.zeitraeume.length === 1 ? 'ein Zeitraum' : `${fall.zeitraeume.length} Zeiträume`}, ${deutschesDatum(datum(fall.von))}–${deutschesDatum(datum(fall.bis))})`
      : `Zeitraum ${deutschesDatum(datum(fall.von))}–${deutschesDatum(datum(fall.bis))}`;
    if (!a) {
      einzelTexte.push(
        `${bezeichnung}: läuft am Stichtag ${deutschesDatum(stichtag)} noch; die Frist hat nicht begonnen, nichts ist ausgeschlossen${fall.gewahrt ? ' (bereits geltend gemacht)' : ''}.`,
      );
      return;
    }
    const v = verschiebeAufWerktag(a.nominalesEnde, kalender111);
    einzelTexte.push(
      `${bezeichnung}${egh ? `: beendet am ${deutschesDatum(datum(fall.beendet as string))},` : ':'} Frist ab Ablauf des ${deutschesDatum(a.fristbeginn)}, Ende ${deutschesDatum(a.ende)}${v.gruende.length ? ` (verschoben vom ${deutschesDatum(a.nominalesEnde)})` : ''}; ${fall.gewahrt === true ? 'gewahrt' : fall.gewahrt === false ? 'nicht gewahrt – ausgeschlossen' : 'noch offen'}.`,
    );
  });
  if (kenntnis !== undefined)
    b.norm(
      '§ 111 Satz 2 SGB X',
      satz2
        ? `Die Frist beginnt frühestens mit der Kenntnis von der Entscheidung des Verpflichteten über seine Leistungspflicht am ${deutschesDatum(kenntnis)}; für Leistungsfälle, die davor endeten, beginnt sie erst an diesem Tag.`
        : `Die Kenntnis von der Entscheidung des Verpflichteten (${deutschesDatum(kenntnis)}) lag nicht nach dem Ende der Leistungsfälle; Satz 2 verschiebt den Fristbeginn nur nach hinten, nie nach vorn.`,
    );
  b.norm(
    '§ 26 Abs. 1 SGB X',
    '„Zwölf Monate nach Ablauf des letzten Tages“: Der Tag selbst zählt nicht (§ 187 Abs. 1 BGB); die Frist endet mit dem gleichen Kalendertag ein Jahr später, bei fehlendem Tag mit dem Monatsletzten (§ 188 Abs. 2, 3 BGB).',
  );
  b.norm(
    '§ 26 Abs. 3 Satz 1 SGB X',
    `Fällt das Ende auf einen Samstag, Sonntag oder Feiertag im Land des erstattungspflichtigen Trägers (${e.landVerpflichteter}), endet die Frist mit dem nächsten Werktag. ${einzelTexte.join(' ')}${falle.length > einzelTexte.length ? ` … (${falle.length - einzelTexte.length} weitere Leistungsfälle, siehe Ergebnis).` : ''}`,
  );
  b.hinweis(
    'LAND_DES_VERPFLICHTETEN',
    'Für die Verschiebung des Endes der Ausschlussfrist gelten die Feiertage im Land des erstattungspflichtigen Trägers: Die Geltendmachung ist eine empfangsbedürftige Erklärung und muss dort zugehen.',
    { beleg: '[DESIGN] recht.md §4.5 Nr. 3' },
  );
  b.rechtsfrage(
    'OQ-3',
    'Welche „Entscheidung“ § 111 Satz 2 SGB X meint und ob § 26 Abs. 3 SGB X das Ende der Ausschlussfrist verschiebt, ist höchstrichterlich nicht geklärt; gerechnet wird mit der Entscheidung gegenüber dem Leistungsberechtigten und mit Verschiebung (DRV GRA zu § 26 SGB X).',
  );
  if (geltend !== undefined) {
    const vorab = z111.some((z) => geltend < datum(z.von));
    b.norm(
      '§ 111 Satz 1 SGB X',
      `Geltend gemacht wurde am ${deutschesDatum(geltend)}.${vorab ? ' Eine Geltendmachung im Voraus wirkt auch für spätere, noch nicht erbrachte Leistungen (Haufe/Jansen § 111 Rz. 4).' : ''}`,
    );
  } else {
    b.hinweis('NICHT_GELTEND_GEMACHT', `Der Anspruch ist noch nicht geltend gemacht; Stand am Stichtag ${deutschesDatum(stichtag)}.`);
  }
  if (geltend !== undefined && ausgenommen > 0)
    b.hinweis(
      'ZEITRAEUME_NICHT_GELTEND_GEMACHT',
      `${ausgenommen === 1 ? 'Ein Leistungszeitraum war' : `${ausgenommen} Leistungszeiträume waren`} bei der Geltendmachung ausgenommen; für ${ausgenommen === 1 ? 'ihn' : 'sie'} wahrt sie die Ausschlussfrist nicht. Solange deren Frist läuft, kann der Anspruch für ${ausgenommen === 1 ? 'ihn' : 'sie'} noch geltend gemacht werden.`,
    );
  for (const fall of falle.filter((x) => x.laeuft)) {
    const was = `Die Maßnahme${fall.massnahme ? ` „${fall.massnahme}“` : ''} (${deutschesDatum(datum(fall.von))}–${deutschesDatum(datum(fall.bis))}${fall.betragCent ? `, ${euro(fall.betragCent)}` : ''}) läuft am Stichtag ${deutschesDatum(stichtag)} noch: Die Ausschlussfrist des § 111 SGB X hat für ihre Zeiträume nicht begonnen, nichts davon ist ausgeschlossen.`;
    if (geltend === undefined)
      b.hinweis(
        'GELTENDMACHUNG_EMPFOHLEN',
        `${was} Empfehlung: den Erstattungsanspruch jetzt geltend machen. Eine Geltendmachung im Voraus wirkt auch für die späteren Zeiträume der Maßnahme, und sie kostet nichts; endet die Maßnahme, läuft die Frist zwölf Monate.`,
      );
    else b.hinweis('MASSNAHME_LAEUFT', `${was} Der Anspruch ist bereits geltend gemacht; das wirkt auch für ihre späteren Zeiträume.`);
  }
  if (egh) rechtsfrageUebertragung(b, z111, falle, kenntnis, geltend, stichtag, kalender111);
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
        'Leistungszeiträume enden nach dem Jahr der Kenntnis. Gerechnet wird nach dem Wortlaut des § 113 Abs. 1 Satz 1 SGB X (Ablauf des Kalenderjahres der Kenntnis); ob die Verjährung für spätere Zeiträume beginnen kann, bevor der Anspruch für sie entstanden ist, ist nicht geklärt. Nach der anderen Lesart begänne sie für jeden Zeitraum erst mit dem Ende des Jahres, in dem er endet, und endete entsprechend später.',
        { beleg: 'recht.md §4.6' },
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
        'Gehemmte Tage werden einschließlich des Anfangs- und des Endtags gezählt (§ 209 BGB: der Zeitraum der Hemmung wird nicht eingerechnet).',
        { beleg: '[DESIGN] recht.md §4.6 Nr. 3, nicht verifiziert' },
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
    leistungsrecht: recht,
    ausschlussfrist: zeilen,
    leistungsfaelle: falle,
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
  /** Je Zeitraum: Ende der Ausschlussfrist (Tageszahl); `laeuftNoch`, solange die Maßnahme läuft. */
  ende: Int32Array;
  /** Je Zeitraum: 1 gewahrt, 0 ausgeschlossen, −1 offen. */
  gewahrt: Int8Array;
  /** Je Zeitraum sein Leistungsfall, je Fall der letzte Tag (siehe Leistungsfaelle). */
  faelle: Leistungsfaelle;
  /** Ende der Verjährung (Tageszahl), −2^31 ohne Kenntnis, 2^31−1 bei andauernder Hemmung. */
  verjaehrungEnde: number;
  verjaehrt: boolean;
}

export function fristenPuffer(maxZeitraeume: number): FristenPuffer {
  return {
    ende: new Int32Array(maxZeitraeume),
    gewahrt: new Int8Array(maxZeitraeume),
    faelle: leistungsfaellePuffer(maxZeitraeume),
    verjaehrungEnde: 0,
    verjaehrt: false,
  };
}

/** Kennzahl „kein Datum“ im Massenpfad (z. B. kein Fristende für Zeiträume einer laufenden Maßnahme). */
export const keinDatum = -2147483648;
const unendlich = 2147483647;

/** Wie `gewahrt` als Zahl (1 gewahrt, 0 ausgeschlossen, −1 offen); `keinDatum`: nicht geltend gemacht. */
function stand(fristende: number, geltend: number, stichtag: number): number {
  if (geltend !== keinDatum) return geltend <= fristende ? 1 : 0;
  return stichtag > fristende ? 0 : -1;
}

/**
 * § 111 und § 113 SGB X für eine bereits validierte Eingabe (Schema wie `erstattungsfristen`),
 * ohne Texte. Liefert dieselben Fristenden wie `pruefe` (getestet): je Leistungsfall eine Frist,
 * in `ende` für jeden seiner Zeiträume.
 */
export function berechneFristenMasse(e: Omit<ErstattungsfristenEingabe, 'art'>, puffer: FristenPuffer): void {
  const stichtag = datum(e.stichtag);
  // Fehlende Daten als Kennzahlen statt `undefined`: ohne Kenntnis zählt nur das Ende des Falls.
  const kenntnis = e.kenntnisEntscheidung === undefined ? keinDatum : datum(e.kenntnisEntscheidung);
  const geltend = e.geltendmachung === undefined ? keinDatum : datum(e.geltendmachung);
  const kalender = feiertagskalender(e.landVerpflichteter);
  const zeitraeume = e.leistungszeitraeume;
  const n = zeitraeume.length;
  const ende = puffer.ende;
  const gewahrtJe = puffer.gewahrt;
  const faelle = puffer.faelle;
  if (e.leistungsrecht !== undefined && e.leistungsrecht !== 'eingliederungshilfe') {
    // Jeder Zeitraum ein Leistungsfall (wie ordneLeistungsfaelle, ohne Namen).
    const bisTage = faelle.bis;
    leseLetzteTage(zeitraeume, bisTage);
    for (let i = 0; i < n; i++) {
      const bis = bisTage[i] as number;
      const fristende = kalender.naechsterWerktag(plusEinJahr((kenntnis > bis ? kenntnis : bis) as Tag));
      faelle.fall[i] = i;
      faelle.letzterTag[i] = bis;
      ende[i] = fristende;
      gewahrtJe[i] = stand(fristende, zeitraeume[i]?.geltendGemacht === false ? keinDatum : geltend, stichtag);
    }
    faelle.anzahl = n;
    if (faelle.namen.length !== 0) faelle.namen.length = 0;
  } else {
    ordneLeistungsfaelle(zeitraeume, 'eingliederungshilfe', e.massnahmen, stichtag, faelle);
    // Je Fall einmal rechnen; das Ergebnis steht danach in den Zeilen des ersten Falls.
    for (let f = 0; f < faelle.anzahl; f++) {
      const letzter = faelle.letzterTag[f] as number;
      if (letzter === laeuftNoch) {
        ende[f] = keinDatum;
        gewahrtJe[f] = geltend !== keinDatum ? 1 : -1;
        continue;
      }
      const fristende = kalender.naechsterWerktag(plusEinJahr((kenntnis > letzter ? kenntnis : letzter) as Tag));
      ende[f] = fristende;
      gewahrtJe[f] = stand(fristende, geltend, stichtag);
    }
    // Von den Fällen auf die Zeiträume verteilen, von hinten (Fall f ≤ Zeitraum i).
    for (let i = n - 1; i >= 0; i--) {
      const f = faelle.fall[i] as number;
      ende[i] = ende[f] as number;
      gewahrtJe[i] = gewahrtJe[f] as number;
    }
    // Bei der Geltendmachung ausgenommene Zeiträume: ohne Geltendmachung (selten; eigener Durchlauf).
    for (let i = 0; i < n; i++)
      if (zeitraeume[i]?.geltendGemacht === false)
        gewahrtJe[i] = ende[i] === keinDatum ? -1 : stand(ende[i] as number, keinDatum, stichtag);
  }
  if (kenntnis === keinDatum) {
    puffer.verjaehrungEnde = keinDatum;
    puffer.verjaehrt = false;
    return;
  }
  const kalender113 = e.landGericht === undefined ? kalender : feiertagskalender(e.landGericht);
  const nb = e.neubeginn === undefined ? undefined : datum(e.neubeginn);
  const neu = nb !== undefined && nb <= stichtag ? nb : undefined;
  let verjaehrungEnde: Tag | undefined;
  if ((e.hemmungen === undefined || e.hemmungen.length === 0) && neu === undefined) {
    // Ohne Hemmung und Neubeginn: Ablauf des vierten Jahres nach dem Jahr der Kenntnis (wie verjaehrungFuer).
    verjaehrungEnde = kalender113.naechsterWerktag(tagAus(jahrVon(kenntnis) + 4, 12, 31));
  } else {
    const { hemmungen } = hemmungenAlsTage(e.hemmungen, stichtag);
    verjaehrungEnde = verjaehrungFuer(kenntnis, hemmungen, neu, kalender113).ende;
  }
  puffer.verjaehrungEnde = verjaehrungEnde ?? unendlich;
  puffer.verjaehrt = verjaehrungEnde !== undefined && stichtag > verjaehrungEnde;
}
