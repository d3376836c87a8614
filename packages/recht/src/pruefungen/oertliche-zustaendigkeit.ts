// Prüfungsart `oertlicheZustaendigkeit`: örtliche Zuständigkeit des Trägers der Eingliederungshilfe
// nach § 98 SGB IX (ab 01.01.2020, recht.md §3.1, DT-98-IX) und nach § 98 SGB XII in der bis
// 31.12.2019 für die Eingliederungshilfe geltenden Fassung (recht.md §3.2, DT-98-XII), dazu auf
// Wunsch ein Blick auf die sachliche Zuständigkeit (recht.md §3.3).
//
// Aufbau: zuerst werden die Angaben zu Zeitleisten aufbereitet (gewöhnlicher Aufenthalt,
// stationäre Aufenthalte, Leistungsbezug), dann entscheidet die Regel des am Stichtag geltenden
// Rechts. Jede Regel schreibt ihre Schritte in die Begründung, so wie eine Sachbearbeiterin den
// Fall in der Akte begründen würde.
import { Begruendung, type Ergebnis, type Fehler } from '../gemeinsam/ergebnis.ts';
import { euro, prozent, rundeKaufmaennisch, rundeProzent } from '../gemeinsam/geld.ts';
import { parameter, rechtsstaende, wertAmOderFehler } from '../gemeinsam/parameter.ts';
import { pruefungsart } from '../gemeinsam/pruefung.ts';
import {
  boolSchema,
  centSchema,
  datumSchema,
  type JsonSchema,
  landSchema,
  liste,
  objekt,
  pruefungsSchema,
  textSchema,
} from '../gemeinsam/validierung.ts';
import { type IsoDatum, type Tag, datum, deutschesDatum, isoDatum, plusMonate, plusTage } from '../kalender/datum.ts';
import { type Land, landesnamen } from '../kalender/feiertage.ts';
import { nominalesFristende } from '../kalender/frist.ts';
import { type Leistungsbereich, bezirkZumKreis, eghTraeger, leistungsbereiche } from '../traeger/laender.ts';

// ---------------------------------------------------------------------------------------------
// Eingabe und Ergebnis (pruefungen.md, "oertlicheZustaendigkeit")

export type Aufenthaltsart = 'gewoehnlich' | 'voruebergehend' | 'stationaer' | 'haft';
export type Leistungsform = 'ambulant' | 'tagUndNacht' | 'betreutesWohnen' | 'stationaer';
export type Unterbrechungsgrund = 'krankenhaus' | 'reha' | 'sonstig';
export type Traegerart = 'ueberoertlich' | 'oertlich' | 'nachLandesrecht';

export interface AufenthaltEingabe {
  von: IsoDatum;
  bis?: IsoDatum;
  gebiet: string;
  art: Aufenthaltsart;
}

export interface LeistungEingabe {
  von: IsoDatum;
  bis?: IsoDatum;
  form: Leistungsform;
  traeger?: string;
}

export interface OertlicheZustaendigkeitEingabe {
  art: 'oertlicheZustaendigkeit';
  rechtsstand?: IsoDatum;
  stichtag: IsoDatum;
  aufenthalte?: AufenthaltEingabe[];
  leistungen?: LeistungEingabe[];
  antraege?: { datum: IsoDatum; traeger?: string }[];
  gesamtplanBeginn?: IsoDatum;
  unterbrechungen?: { von: IsoDatum; bis: IsoDatum; grund: Unterbrechungsgrund }[];
  geburt?: { datum: IsoDatum; gebietMutter: string };
  betreuungsanteile?: { teilhabe: number; pflege: number; sonstige: number; stundensatzCent?: number; tageProMonat?: number };
  gewoehnlicherAufenthaltUngeklaert?: boolean;
  gewoehnlicherAufenthaltFestgestelltAm?: IsoDatum;
  eilfall?: boolean;
  tatsaechlicherAufenthalt?: string;
  sachlich?: {
    land: Land;
    hilfeZurPflege?: boolean;
    /** Kreisschlüssel des Kreises oder der kreisfreien Stadt des gewöhnlichen Aufenthalts. */
    kreis?: string;
    /** Lebensabschnitt, wo das Land danach unterscheidet (HE, NI, NW, RP, SN). */
    lebensabschnitt?: 'kindOderSchule' | 'erwachsen';
    leistungsbereich?: Leistungsbereich;
  };
}

export type Anknuepfung =
  | 'antrag'
  | 'gesamtplan'
  | 'leistungsbeginn'
  | 'stichtag'
  | 'tagUndNacht'
  | 'aufnahme'
  | 'geburt'
  | 'uebergang'
  | 'eintrittBetreutesWohnen'
  | 'leistungsdaten';

export interface SachlicheZustaendigkeit {
  land: Land;
  eingliederungshilfe: Traegerart;
  hilfeZurPflege?: Traegerart;
  grundlage: string;
  /** Ab 2020 mit Kreisschlüssel: der Träger der Eingliederungshilfe (Kennung im Register). */
  traeger?: string;
  /** Die Körperschaft, die den Fall für ihn bearbeitet (Heranziehung). */
  herangezogen?: string;
  /** Ist die Landesregel an einer Fundstelle geprüft? */
  landesrechtGeprueft?: boolean;
}

export interface OertlicheZustaendigkeitErgebnis {
  recht: 'SGB IX' | 'SGB XII';
  traeger: string;
  vorlaeufig: boolean;
  grundlage: string;
  /** Ergebnis der Prüfung „ambulant betreute Wohnmöglichkeit“ (§ 98 Abs. 5 SGB XII); `null`, wenn nicht geprüft. */
  betreutesWohnen: boolean | null;
  /** Anteil der Teilhabe an der Betreuungszeit, auf zwei Stellen gerundet; `null` ohne Betreuungsanteile. */
  teilhabeAnteilProzent: number | null;
  pflegeAnteilProzent: number | null;
  /** Mit Stundensatz: Kosten des Teilhabeanteils und der ganzen Betreuung je Monat, einmal am Ende gerundet. */
  teilhabeKostenCentProMonat?: number;
  betreuungKostenCentProMonat?: number;
  /** Der Tag, auf den es für die Zuständigkeit ankam (Antrag, Aufnahme, Beginn der Leistung …). */
  massgeblicherTag: IsoDatum;
  anknuepfung: Anknuepfung;
  /** Rückschaufenster der zwei Monate (Tag und Nacht, Aufnahme), wenn es darauf ankam. */
  rueckschau?: { von: IsoDatum; bis: IsoDatum };
  /** Ende der vier Wochen nach § 98 Abs. 2 SGB IX / § 98 Abs. 2 Satz 3 SGB XII. */
  vierWochenEnde?: IsoDatum;
  /** Bei vorläufiger Zuständigkeit: der nach den Daten endgültig zuständige Träger, soweit bekannt. */
  endgueltigerTraeger?: string;
  sachlicheZustaendigkeit?: SachlicheZustaendigkeit;
}

// ---------------------------------------------------------------------------------------------
// Zeitleisten

/** Ein geschlossener Zeitraum von Tagen, beide Enden eingeschlossen. */
interface Zeitraum {
  von: Tag;
  bis: Tag;
}

/** Ende offener Zeiträume: liegt jenseits jedes Datums der Eingabe; wird nie ausgegeben. */
const UNBEGRENZT = 99_999_999 as Tag;

interface Aufenthalt extends Zeitraum {
  index: number;
  offen: boolean;
  gebiet: string;
  art: Aufenthaltsart;
}

interface Leistung extends Zeitraum {
  index: number;
  offen: boolean;
  form: Leistungsform;
  traeger?: string;
}

interface Antrag {
  index: number;
  datum: Tag;
  traeger?: string;
}

/** Ein Abschnitt des gewöhnlichen Aufenthalts nach Auflösung von Überschneidungen. */
interface GaAbschnitt extends Zeitraum {
  gebiet: string;
  index: number;
}

interface Bruecke extends Zeitraum {
  grund: 'krankenhaus' | 'reha' | 'stationaerer Aufenthalt';
}

interface Fakten {
  e: OertlicheZustaendigkeitEingabe;
  stichtag: Tag;
  aufenthalte: Aufenthalt[];
  ga: GaAbschnitt[];
  /** Stationäre Aufenthalte und Haft: nie gewöhnlicher Aufenthalt (§ 98 Abs. 4 SGB IX, § 109 SGB XII). */
  stationaer: Aufenthalt[];
  /** Leistungen, die bis zum Stichtag begonnen haben; `bis` höchstens der Stichtag. */
  leistungen: Leistung[];
  /** Leistungen, die erst nach dem Stichtag beginnen (nur als geplante Leistung eines offenen Antrags). */
  kuenftigeLeistungen: Leistung[];
  antraege: Antrag[];
  bruecken: Bruecke[];
}

const d = deutschesDatum;
const q = (gebiet: string): string => `„${gebiet}“`;

function enthaelt(z: Zeitraum, t: Tag): boolean {
  return z.von <= t && t <= z.bis;
}

function ueberschneiden(a: Zeitraum, b: Zeitraum): boolean {
  return a.von <= b.bis && b.von <= a.bis;
}

/** Vereinigt überlappende und aneinandergrenzende Zeiträume. */
function vereinige(zeitraeume: readonly Zeitraum[]): Zeitraum[] {
  const sortiert = [...zeitraeume].sort((a, b) => a.von - b.von);
  const ergebnis: Zeitraum[] = [];
  for (const z of sortiert) {
    const letzter = ergebnis[ergebnis.length - 1];
    if (letzter && z.von <= letzter.bis + 1) letzter.bis = Math.max(letzter.bis, z.bis) as Tag;
    else ergebnis.push({ von: z.von, bis: z.bis });
  }
  return ergebnis;
}

/** `z` ohne die Tage der Zeiträume `abzug`. */
function abzueglich(z: Zeitraum, abzug: readonly Zeitraum[]): Zeitraum[] {
  let teile: Zeitraum[] = [{ von: z.von, bis: z.bis }];
  for (const a of abzug) {
    const neu: Zeitraum[] = [];
    for (const t of teile) {
      if (!ueberschneiden(t, a)) {
        neu.push(t);
        continue;
      }
      if (t.von < a.von) neu.push({ von: t.von, bis: plusTage(a.von, -1) });
      if (a.bis < t.bis) neu.push({ von: plusTage(a.bis, 1), bis: t.bis });
    }
    teile = neu;
  }
  return teile;
}

function zeitraumText(z: Zeitraum): string {
  return z.bis >= UNBEGRENZT ? `seit ${d(z.von)}` : `${d(z.von)} bis ${d(z.bis)}`;
}

/**
 * Löst den gewöhnlichen Aufenthalt in eine überschneidungsfreie Zeitleiste auf (§ 30 Abs. 3 Satz 2
 * SGB I: ein Mensch hat ihn nur an einem Ort). Ein offener Eintrag endet mit dem Beginn des nächsten
 * (Umzug); bei ausdrücklich überlappenden Einträgen gilt ab seinem Beginn der spätere Eintrag, und
 * die Engine sagt das in einem Hinweis (Wahl: Hinweis statt Fehler, weil ein Umzugstag oft doppelt
 * erfasst wird; nur zwei verschiedene Gebiete ab demselben Tag sind ein Eingabefehler).
 */
function gaZeitleiste(aufenthalte: readonly Aufenthalt[]): { abschnitte: GaAbschnitt[]; ueberschneidungen: [Aufenthalt, Aufenthalt][] } {
  const ga = aufenthalte.filter((a) => a.art === 'gewoehnlich').sort((a, b) => a.von - b.von || a.index - b.index);
  const abschnitte: GaAbschnitt[] = [];
  const ueberschneidungen: [Aufenthalt, Aufenthalt][] = [];
  for (const [i, a] of ga.entries()) {
    const spaetere = ga.slice(i + 1).filter((s) => s.von > a.von || (s.von === a.von && s.gebiet !== a.gebiet));
    let rahmen: Zeitraum = { von: a.von, bis: a.bis };
    if (a.offen) {
      const naechster = spaetere.find((s) => s.gebiet !== a.gebiet);
      if (naechster) rahmen = { von: a.von, bis: plusTage(naechster.von, -1) };
    }
    const ueberlappend = spaetere.filter((s) => ueberschneiden(s, rahmen));
    for (const s of ueberlappend) if (s.gebiet !== a.gebiet && !a.offen) ueberschneidungen.push([a, s]);
    for (const t of abzueglich(
      rahmen,
      ueberlappend.filter((s) => s.gebiet !== a.gebiet),
    ))
      abschnitte.push({ ...t, gebiet: a.gebiet, index: a.index });
  }
  abschnitte.sort((x, y) => x.von - y.von);
  const zusammen: GaAbschnitt[] = [];
  for (const s of abschnitte) {
    const letzter = zusammen[zusammen.length - 1];
    if (letzter && letzter.gebiet === s.gebiet && s.von <= letzter.bis + 1) letzter.bis = Math.max(letzter.bis, s.bis) as Tag;
    else zusammen.push({ ...s });
  }
  return { abschnitte: zusammen, ueberschneidungen };
}

function gaAm(f: Fakten, t: Tag): GaAbschnitt | undefined {
  return f.ga.find((s) => enthaelt(s, t));
}

/** Der zuletzt im Fenster bestehende gewöhnliche Aufenthalt. */
function letzterGaIn(f: Fakten, fenster: Zeitraum): GaAbschnitt | undefined {
  let bester: GaAbschnitt | undefined;
  for (const s of f.ga) {
    if (!ueberschneiden(s, fenster)) continue;
    if (!bester || Math.min(s.bis, fenster.bis) >= Math.min(bester.bis, fenster.bis)) bester = s;
  }
  return bester;
}

/** Zusammenhängende stationäre Aufenthalte (Einrichtungen, Kliniken, Haft) als Blöcke. */
function stationaereBloecke(f: Fakten, zusaetzlich: readonly Zeitraum[] = []): Zeitraum[] {
  return vereinige([...f.stationaer, ...zusaetzlich]);
}

function blockAm(bloecke: readonly Zeitraum[], t: Tag): Zeitraum | undefined {
  return bloecke.find((z) => enthaelt(z, t));
}

/** Der stationäre Block, der im Fenster zuletzt bestand. */
function letzterBlockIn(bloecke: readonly Zeitraum[], fenster: Zeitraum): Zeitraum | undefined {
  let bester: Zeitraum | undefined;
  for (const z of bloecke) if (ueberschneiden(z, fenster) && (!bester || z.bis >= bester.bis)) bester = z;
  return bester;
}

/** Wo sich die Person am Tag `t` tatsächlich aufhielt: ein nicht gewöhnlicher Aufenthalt geht vor. */
function tatsaechlichAm(f: Fakten, t: Tag): string | undefined {
  const besonders = f.aufenthalte.filter((a) => a.art !== 'gewoehnlich' && enthaelt(a, t)).sort((a, b) => b.von - a.von);
  return besonders[0]?.gebiet ?? gaAm(f, t)?.gebiet;
}

function rueckschauMonate(t: Tag): number {
  return wertAmOderFehler(parameter.rueckschauMonateGewoehnlicherAufenthalt, t).wert;
}

function fensterVor(t: Tag): Zeitraum {
  return { von: plusMonate(t, -rueckschauMonate(t)), bis: plusTage(t, -1) };
}

interface GaVorAufnahme {
  abschnitt: GaAbschnitt;
  fenster: Zeitraum;
  /** Aufnahmetage, über die zurückgeschaut wurde (mehr als einer: Aufenthalt hinter stationärem Aufenthalt). */
  aufnahmen: Tag[];
}

/**
 * Letzter gewöhnlicher Aufenthalt in den zwei Monaten vor `beginn`. Verdeckt ein stationärer
 * Aufenthalt oder Haft das Fenster, wird vor dessen Aufnahme geschaut (§ 98 Abs. 4 Satz 2 SGB IX).
 */
function gaVor(f: Fakten, beginn: Tag, bloecke: readonly Zeitraum[]): GaVorAufnahme | undefined {
  const aufnahmen: Tag[] = [];
  let a = beginn;
  for (let schritt = 0; schritt <= f.aufenthalte.length; schritt++) {
    aufnahmen.push(a);
    const fenster = fensterVor(a);
    const abschnitt = letzterGaIn(f, fenster);
    if (abschnitt) return { abschnitt, fenster, aufnahmen };
    const block = letzterBlockIn(bloecke, fenster);
    if (!block || block.von >= a) return undefined;
    a = block.von;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Leistungsbezug und seine Unterbrechungen (§ 98 Abs. 1 Satz 3–5 SGB IX)

interface Luecke extends Zeitraum {
  /** Die Lücke reicht bis zum Stichtag (die Leistung ruht noch). */
  laufend: boolean;
  /** Teile der Lücke ohne Krankenhaus oder Reha. */
  teile: Zeitraum[];
  /** Mindestens ein Teil erreicht sechs Monate: der Leistungsbezug ist beendet (Satz 4). */
  beendet: boolean;
  /** Ohne die Unterbrechungen wegen Krankenhaus oder Reha wäre er beendet (Satz 5 entscheidet). */
  ohneBrueckeBeendet: boolean;
  bruecken: Bruecke[];
}

interface Leistungsfall {
  phasen: Zeitraum[];
  /** Erster Tag nach dem Ende des vorigen Leistungsfalls (für die Zuordnung der Anträge). */
  untergrenze?: Tag;
  luecken: Luecke[];
  beendendeLuecke?: Luecke;
}

function sechsMonateErreicht(z: Zeitraum, monate: number): boolean {
  return z.bis >= plusTage(plusMonate(z.von, monate), -1);
}

function bewerteLuecke(f: Fakten, z: Zeitraum, laufend: boolean): Luecke {
  const monate = wertAmOderFehler(parameter.unterbrechungMonateNeufeststellung, z.bis).wert;
  const bruecken = f.bruecken.filter((br) => ueberschneiden(br, z));
  const teile = abzueglich(z, vereinige(bruecken));
  return {
    ...z,
    laufend,
    teile,
    beendet: teile.some((t) => sechsMonateErreicht(t, monate)),
    ohneBrueckeBeendet: sechsMonateErreicht(z, monate),
    bruecken,
  };
}

/**
 * Teilt den Leistungsbezug in Leistungsfälle; der letzte ist der am Stichtag maßgebliche. Erfasste
 * Unterbrechungen sind Zeiten ohne Leistungsbezug, auch wenn die Leistung selbst durchgehend
 * erfasst ist; Krankenhaus und Reha überbrücken sie wieder (Satz 5), „sonstig“ nicht.
 */
function leistungsfall(f: Fakten): Leistungsfall {
  const unterbrochen = (f.e.unterbrechungen ?? []).map((u) => ({ von: datum(u.von), bis: datum(u.bis) }));
  const phasen = vereinige(f.leistungen.flatMap((l) => abzueglich(l, unterbrochen)));
  let start = 0;
  let untergrenze: Tag | undefined;
  let beendende: Luecke | undefined;
  const alleLuecken: { luecke: Luecke; nach: number }[] = [];
  for (let i = 1; i < phasen.length; i++) {
    const vorher = phasen[i - 1] as Zeitraum;
    const danach = phasen[i] as Zeitraum;
    const luecke = bewerteLuecke(f, { von: plusTage(vorher.bis, 1), bis: plusTage(danach.von, -1) }, false);
    alleLuecken.push({ luecke, nach: i });
    if (luecke.beendet) {
      start = i;
      untergrenze = luecke.von;
      beendende = luecke;
    }
  }
  const letzte = phasen[phasen.length - 1];
  let fallPhasen = phasen.slice(start);
  if (letzte && letzte.bis < f.stichtag) {
    const luecke = bewerteLuecke(f, { von: plusTage(letzte.bis, 1), bis: f.stichtag }, true);
    alleLuecken.push({ luecke, nach: phasen.length });
    if (luecke.beendet) {
      fallPhasen = [];
      untergrenze = luecke.von;
      beendende = luecke;
      start = phasen.length;
    }
  }
  // Lücken nach dem Beginn des laufenden Falls; keine davon hat sechs Monate erreicht.
  const luecken = alleLuecken.filter((l) => l.nach > start).map((l) => l.luecke);
  return { phasen: fallPhasen, untergrenze, luecken: fallPhasen.length > 0 ? luecken : [], beendendeLuecke: beendende };
}

// ---------------------------------------------------------------------------------------------
// Betreuungsanteile: BSG-Test „Hauptzielrichtung Teilhabe“ (§ 98 Abs. 5 SGB XII)

interface Anteile {
  teilhabe: number;
  pflege: number;
  sonstige: number;
  gesamt: number;
  /** Volle Genauigkeit (Prozent); gerundet wird nur für die Ausgabe. */
  teilhabeProzent: number;
  pflegeProzent: number;
  sonstigeProzent: number;
}

function anteile(e: OertlicheZustaendigkeitEingabe): Anteile | undefined {
  const a = e.betreuungsanteile;
  if (!a) return undefined;
  const gesamt = a.teilhabe + a.pflege + a.sonstige;
  if (gesamt <= 0) return undefined;
  return {
    ...a,
    gesamt,
    teilhabeProzent: (a.teilhabe * 100) / gesamt,
    pflegeProzent: (a.pflege * 100) / gesamt,
    sonstigeProzent: (a.sonstige * 100) / gesamt,
  };
}

/**
 * Kosten der Anteile je Monat (szenarien.md SC-38): Minuten ÷ 60 × Stundensatz × Tage, in voller
 * Genauigkeit gerechnet und einmal am Ende kaufmännisch gerundet (mit Tagesrundung ergäben sich
 * für 1:39 Std. zu 29,29 € 1.449,90 € statt 1.449,86 €).
 */
function kostenDerAnteile(
  e: OertlicheZustaendigkeitEingabe,
  b: Begruendung,
): { teilhabeKostenCentProMonat?: number; betreuungKostenCentProMonat?: number } {
  const a = e.betreuungsanteile;
  if (!a || a.stundensatzCent === undefined) return {};
  const tage = a.tageProMonat ?? 30;
  const teilhabe = rundeKaufmaennisch((a.teilhabe * a.stundensatzCent * tage) / 60);
  const gesamt = rundeKaufmaennisch(((a.teilhabe + a.pflege + a.sonstige) * a.stundensatzCent * tage) / 60);
  b.hinweis(
    'KOSTEN_DER_ANTEILE',
    `Kosten des Teilhabeanteils: ${stundenText(a.teilhabe)} × ${euro(a.stundensatzCent)} × ${tage} Tage = ${euro(teilhabe)} je Monat (von ${euro(gesamt)} für die ganze Betreuung), einmal am Ende gerundet. Nur eine Rechenhilfe für die Hauptzielrichtung, keine Norm.`,
  );
  return { teilhabeKostenCentProMonat: teilhabe, betreuungKostenCentProMonat: gesamt };
}

function stundenText(minuten: number): string {
  return `${Math.floor(minuten / 60)}:${String(minuten % 60).padStart(2, '0')} Std.`;
}

const bsgBetreutesWohnen = 'BSG, Urteil vom 25.08.2011 – B 8 SO 7/10 R';

/**
 * Besteht die Betreuung als „ambulant betreute Wohnmöglichkeit“? Ohne Anteile gilt die als
 * betreutes Wohnen erfasste Leistung als solche (pruefungen.md). Mit Anteilen entscheidet die
 * Hauptzielrichtung: die Teilhabe muss überwiegen, also mehr als die Hälfte der Betreuungszeit
 * ausmachen. [DESIGN] „Überwiegend“ statt „größter Anteil“: so liest recht.md §3.2 („not
 * predominantly Teilhabe → not betreutes Wohnen“); liegt die Teilhabe vorn, aber nicht über der
 * Hälfte, sagt ein Hinweis, dass der Fall an der Grenze liegt.
 */
function pruefeBetreutesWohnen(f: Fakten, b: Begruendung): boolean {
  const a = anteile(f.e);
  if (!a) {
    b.norm(
      '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
      'Die Leistung ist als ambulant betreutes Wohnen erfasst; Angaben zu den Betreuungsanteilen fehlen. Sie wird daher als ambulant betreute Wohnmöglichkeit behandelt.',
    );
    b.hinweis(
      'BETREUUNGSANTEILE_FEHLEN',
      'Ohne Betreuungsanteile (Teilhabe, Pflege, Sonstiges) wird das betreute Wohnen ungeprüft angenommen. Ob die Teilhabe Hauptziel ist, sollte anhand des Gesamtplans geprüft werden.',
    );
    return true;
  }
  const bestanden = a.teilhabeProzent > 50;
  b.norm(
    bsgBetreutesWohnen,
    `Ambulant betreutes Wohnen setzt eine qualifizierte Betreuung in der eigenen Wohnung voraus, die auf Selbständigkeit und Selbstbestimmung im Alltag gerichtet und nicht vorwiegend medizinisch oder pflegerisch ist; Hauptzielrichtung muss die Teilhabe am Leben in der Gemeinschaft sein. Von ${stundenText(a.gesamt)} Betreuung täglich entfallen auf Teilhabe ${stundenText(a.teilhabe)} (${prozent(a.teilhabeProzent)}), auf Pflege ${stundenText(a.pflege)} (${prozent(a.pflegeProzent)}) und auf Sonstiges ${stundenText(a.sonstige)} (${prozent(a.sonstigeProzent)}). ${
      bestanden
        ? 'Die Teilhabe überwiegt; Hauptziel der Betreuung ist die Teilhabe.'
        : 'Die Teilhabe überwiegt nicht; Hauptziel der Betreuung ist nicht die Teilhabe.'
    }`,
  );
  if (!bestanden && a.teilhabe > a.pflege && a.teilhabe > a.sonstige)
    b.hinweis(
      'BETREUTES_WOHNEN_GRENZFALL',
      `Die Teilhabe ist mit ${prozent(a.teilhabeProzent)} der größte Anteil, macht aber nicht mehr als die Hälfte der Betreuung aus. Die Prüfung verneint das betreute Wohnen (Maßstab: überwiegende Teilhabe); der Fall liegt an der Grenze und sollte im Einzelfall geprüft werden.`,
    );
  return bestanden;
}

// ---------------------------------------------------------------------------------------------
// Gemeinsame Bausteine der Entscheidung

interface Entscheidung {
  traeger: string;
  vorlaeufig: boolean;
  grundlage: string;
  zeitpunkt: Tag;
  anknuepfung: Anknuepfung;
  fenster?: Zeitraum;
  vierWochenEnde?: Tag;
  endgueltigerTraeger?: string;
  betreutesWohnen?: boolean;
}

/** Die Angaben reichen für keine Entscheidung; wird zu einem Eingabefehler (Problem). */
class UnzureichendeAngaben extends Error {
  readonly fehler: Fehler;
  constructor(fehler: Fehler) {
    super(fehler.meldung);
    this.fehler = fehler;
  }
}

function formText(form: Leistungsform): string {
  switch (form) {
    case 'ambulant':
      return 'ambulante Leistung';
    case 'tagUndNacht':
      return 'Betreuung über Tag und Nacht (besondere Wohnform)';
    case 'betreutesWohnen':
      return 'ambulant betreutes Wohnen';
    case 'stationaer':
      return 'stationäre Leistung';
  }
}

function istTagUndNacht(form: Leistungsform): boolean {
  return form === 'tagUndNacht' || form === 'stationaer';
}

/** Von mehreren gleichzeitig beginnenden/laufenden Leistungen die für die Zuständigkeit prägendste. */
function praegendeLeistung(leistungen: readonly Leistung[]): Leistung | undefined {
  const rang = (l: Leistung): number => (istTagUndNacht(l.form) ? 0 : l.form === 'betreutesWohnen' ? 1 : 2);
  return [...leistungen].sort((a, b) => rang(a) - rang(b) || a.von - b.von || a.index - b.index)[0];
}

function leistungenAm(f: Fakten, t: Tag): Leistung[] {
  return f.leistungen.filter((l) => enthaelt(l, t));
}

/** Der Träger der tatsächlichen Aufenthalts für § 98 Abs. 2 SGB IX / § 98 Abs. 2 Satz 3 SGB XII. */
function tatsaechlicherTraeger(f: Fakten, t: Tag, antrag?: Antrag): { gebiet: string; quelle: string } | undefined {
  if (f.e.tatsaechlicherAufenthalt) return { gebiet: f.e.tatsaechlicherAufenthalt, quelle: 'angegeben' };
  const abgeleitet = tatsaechlichAm(f, t) ?? tatsaechlichAm(f, f.stichtag);
  if (abgeleitet) return { gebiet: abgeleitet, quelle: 'aus den Aufenthalten' };
  const traeger = antrag?.traeger ?? f.antraege[0]?.traeger;
  if (traeger) return { gebiet: traeger, quelle: 'Träger, bei dem der Antrag gestellt wurde' };
  return undefined;
}

function fehlenderAufenthalt(t: Tag): UnzureichendeAngaben {
  return new UnzureichendeAngaben({
    pfad: '/tatsaechlicherAufenthalt',
    meldung: `Für den ${d(t)} ist weder ein gewöhnlicher noch ein tatsächlicher Aufenthalt bekannt; die örtliche Zuständigkeit lässt sich nicht bestimmen. Bitte Aufenthalte oder den tatsächlichen Aufenthalt angeben.`,
  });
}

/** § 98 Abs. 2 Satz 1 SGB IX / Satz 3 SGB XII: die vier Wochen ab Antrag (nicht verschoben). */
function vierWochenEnde(beginn: Tag): Tag {
  const wochen = wertAmOderFehler(parameter.klaerungsfristWochenGewoehnlicherAufenthalt, beginn).wert;
  return nominalesFristende(beginn, { wochen }, 'ereignis');
}

function festgestelltBis(f: Fakten): Tag | undefined {
  const am = f.e.gewoehnlicherAufenthaltFestgestelltAm;
  return am ? datum(am) : undefined;
}

/** Der gewöhnliche Aufenthalt ist am Stichtag (noch) ungeklärt. */
function ungeklaertAmStichtag(f: Fakten): boolean {
  const festgestellt = festgestelltBis(f);
  if (festgestellt !== undefined) return festgestellt > f.stichtag;
  return f.e.gewoehnlicherAufenthaltUngeklaert === true;
}

/** Träger, der nach den Leistungs- und Antragsdaten schon bestimmt war (DT-98-IX #2). */
function traegerAusDaten(
  f: Fakten,
  fallBeginn: Tag | undefined,
  antrag: Antrag | undefined,
): { traeger: string; quelle: string } | undefined {
  const ersteLeistung = f.leistungen
    .filter((l) => fallBeginn === undefined || l.bis >= fallBeginn)
    .sort((a, b) => a.von - b.von)
    .find((l) => l.traeger);
  if (ersteLeistung?.traeger) return { traeger: ersteLeistung.traeger, quelle: `Leistung ab ${d(ersteLeistung.von)}` };
  if (antrag?.traeger) return { traeger: antrag.traeger, quelle: `Antrag vom ${d(antrag.datum)}` };
  return undefined;
}

/** Es gibt für die Zeit bis `t` überhaupt keine Angaben zum Aufenthalt. */
function keineAufenthaltsdatenBis(f: Fakten, t: Tag): boolean {
  return !f.aufenthalte.some((a) => a.von <= t) && !f.e.tatsaechlicherAufenthalt;
}

// ---------------------------------------------------------------------------------------------
// § 98 SGB IX (ab 01.01.2020), Entscheidungstabelle DT-98-IX

interface Anknuepfungspunkt {
  tag: Tag;
  art: 'antrag' | 'gesamtplan' | 'leistungsbeginn' | 'stichtag';
  antrag?: Antrag;
}

function anknuepfungSgbIX(f: Fakten, fall: Leistungsfall, b: Begruendung, begruenden: boolean): Anknuepfungspunkt {
  if (!begruenden) return anknuepfungSgbIX(f, fall, new Begruendung(), true);
  const imFall = f.antraege.filter((a) => fall.untergrenze === undefined || a.datum >= fall.untergrenze);
  const erster = imFall[0];
  const gesamtplan = f.e.gesamtplanBeginn ? datum(f.e.gesamtplanBeginn) : undefined;
  const gesamtplanImFall =
    gesamtplan !== undefined && gesamtplan <= f.stichtag && (fall.untergrenze === undefined || gesamtplan >= fall.untergrenze)
      ? gesamtplan
      : undefined;
  if (erster) {
    const spaetere = imFall.slice(1);
    const frueher = f.antraege.filter((a) => fall.untergrenze !== undefined && a.datum < fall.untergrenze);
    let text = `Maßgeblich ist die erste Antragstellung nach § 108 Abs. 1 SGB IX: der Antrag vom ${d(erster.datum)}${erster.traeger ? ` (gestellt bei ${q(erster.traeger)})` : ''}.`;
    if (spaetere.length > 0)
      text += ` Spätere Anträge (${spaetere.map((a) => d(a.datum)).join(', ')}) ändern die einmal begründete Zuständigkeit nicht.`;
    if (frueher.length > 0)
      text += ` Frühere Anträge (${frueher.map((a) => d(a.datum)).join(', ')}) gehören zum beendeten Leistungsbezug und bleiben außer Betracht.`;
    b.norm('§ 98 Abs. 1 Satz 1 SGB IX', text);
    if (gesamtplanImFall !== undefined && gesamtplanImFall < erster.datum)
      b.hinweis(
        'GESAMTPLAN_VOR_ANTRAG',
        `Das Gesamtplanverfahren begann schon am ${d(gesamtplanImFall)}, vor dem ersten Antrag. Die Prüfung knüpft an den Antrag an; war für die Leistung nach § 108 Abs. 2 SGB IX kein Antrag nötig, zählt der Beginn des Verfahrens (§ 98 Abs. 1 Satz 2 SGB IX).`,
      );
    return { tag: erster.datum, art: 'antrag', antrag: erster };
  }
  if (gesamtplanImFall !== undefined) {
    b.norm(
      '§ 98 Abs. 1 Satz 2 SGB IX',
      `Ein Antrag liegt nicht vor; der Bedarf wurde im Gesamtplanverfahren ermittelt (§ 108 Abs. 2 SGB IX). Maßgeblich ist daher der Beginn des Verfahrens nach Kapitel 7 am ${d(gesamtplanImFall)}.`,
    );
    b.rechtsfrage('OQ-6', 'Seit wann § 98 Abs. 1 Satz 2 SGB IX (Beginn des Gesamtplanverfahrens statt Antrag) gilt, ist nicht geprüft.');
    return { tag: gesamtplanImFall, art: 'gesamtplan' };
  }
  const beginn = fall.phasen[0]?.von;
  if (beginn !== undefined) {
    b.hinweis(
      'KEIN_ANTRAG',
      `Für den laufenden Leistungsfall ist kein Antrag erfasst. Ersatzweise wird auf den Beginn der Leistungen am ${d(beginn)} abgestellt; maßgeblich wäre nach § 98 Abs. 1 Satz 1 SGB IX der erste Antrag nach § 108 Abs. 1 SGB IX (oder nach Satz 2 der Beginn des Gesamtplanverfahrens). Bitte das Antragsdatum nachtragen.`,
    );
    b.norm('§ 98 Abs. 1 Satz 1 SGB IX', `Ohne erfassten Antrag knüpft die Prüfung an den Beginn der Leistungen am ${d(beginn)} an.`);
    return { tag: beginn, art: 'leistungsbeginn' };
  }
  b.hinweis(
    'KEIN_ANTRAG',
    `Weder ein Antrag noch ein Leistungsbezug ist erfasst. Geprüft wird, wer zuständig wäre, wenn der erste Antrag am Stichtag ${d(f.stichtag)} gestellt würde.`,
  );
  b.norm('§ 98 Abs. 1 Satz 1 SGB IX', `Ohne Antrag und Leistungen knüpft die Prüfung an den Stichtag ${d(f.stichtag)} an.`);
  return { tag: f.stichtag, art: 'stichtag' };
}

/**
 * Die Leistung, mit der der Leistungsfall begann (oder die geplant ist, wenn noch nichts läuft),
 * mit ihrem Beginn in diesem Fall: nach einer Unterbrechung kann der Fall mitten in einer erfassten
 * Leistung beginnen.
 */
function fallLeistung(f: Fakten, fall: Leistungsfall, b: Begruendung): { leistung: Leistung; beginn: Tag; geplant: boolean } | undefined {
  const beginn = fall.phasen[0]?.von;
  if (beginn !== undefined) {
    const l = praegendeLeistung(leistungenAm(f, beginn));
    return l ? { leistung: l, beginn, geplant: false } : undefined;
  }
  const geplant = praegendeLeistung(f.kuenftigeLeistungen.filter((x) => x.von === f.kuenftigeLeistungen[0]?.von));
  if (geplant) {
    b.hinweis(
      'GEPLANTE_LEISTUNG',
      `Am Stichtag wird noch nicht geleistet. Für die Art der Leistung wird die geplante ${formText(geplant.form)} ab ${d(geplant.von)} zugrunde gelegt.`,
    );
    return { leistung: geplant, beginn: geplant.von, geplant: true };
  }
  return undefined;
}

interface Kandidat {
  traeger: string;
  grundlage: string;
  zeitpunkt: Tag;
  anknuepfung: Anknuepfung;
  fenster?: Zeitraum;
  betreutesWohnen?: boolean;
}

/** DT-98-IX #3: Betreuung über Tag und Nacht vom Zeitpunkt der Geburt an (§ 98 Abs. 3 SGB IX). */
function geburtIX(f: Fakten, start: { leistung: Leistung; beginn: Tag } | undefined, b: Begruendung): Kandidat | undefined {
  const g = f.e.geburt;
  if (!g) return undefined;
  const geburt = datum(g.datum);
  const leistung = start && { form: start.leistung.form, von: start.beginn };
  if (!leistung || !istTagUndNacht(leistung.form)) {
    b.norm(
      '§ 98 Abs. 3 SGB IX',
      `Das Kind wurde am ${d(geburt)} geboren; Leistungen über Tag und Nacht von Geburt an sind nicht erfasst. An die Stelle des gewöhnlichen Aufenthalts des Kindes tritt daher nicht der der Mutter.`,
    );
    return undefined;
  }
  const eigenerGa = f.ga.find((s) => ueberschneiden(s, { von: geburt, bis: plusTage(leistung.von, -1) }));
  if (leistung.von < geburt || eigenerGa) {
    b.norm(
      '§ 98 Abs. 3 SGB IX',
      `Die Leistungen über Tag und Nacht ab ${d(leistung.von)} schließen nicht unmittelbar an die Geburt am ${d(geburt)} an${eigenerGa ? `; das Kind hatte zuvor einen eigenen gewöhnlichen Aufenthalt in ${q(eigenerGa.gebiet)}` : ''}. Absatz 3 greift nicht.`,
    );
    return undefined;
  }
  b.norm(
    '§ 98 Abs. 3 SGB IX',
    `Für das am ${d(geburt)} geborene Kind werden Leistungen über Tag und Nacht vom Zeitpunkt der Geburt an beantragt. An die Stelle seines gewöhnlichen Aufenthalts tritt der gewöhnliche Aufenthalt der Mutter in ${q(g.gebietMutter)}.`,
  );
  return { traeger: g.gebietMutter, grundlage: '§ 98 Abs. 3 SGB IX', zeitpunkt: geburt, anknuepfung: 'geburt' };
}

/** DT-98-IX #4: Betreuung über Tag und Nacht — letzter g.A. in den zwei Monaten davor. */
function tagUndNachtIX(f: Fakten, leistung: { form: Leistungsform; von: Tag }, b: Begruendung): Kandidat | undefined {
  const fenster = fensterVor(leistung.von);
  const r = gaVor(f, leistung.von, stationaereBloecke(f));
  const einleitung = `Die Leistungen werden als ${formText(leistung.form)} ab ${d(leistung.von)} erbracht. Maßgeblich ist der gewöhnliche Aufenthalt, den die Person in den zwei Monaten vor diesen Leistungen zuletzt hatte; das Fenster reicht vom ${d(fenster.von)} bis ${d(fenster.bis)}.`;
  if (!r) {
    b.norm('§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX', `${einleitung} In diesem Fenster ist kein gewöhnlicher Aufenthalt erfasst.`);
    return undefined;
  }
  if (r.aufnahmen.length === 1) {
    b.norm(
      '§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX',
      `${einleitung} Zuletzt bestand der gewöhnliche Aufenthalt in ${q(r.abschnitt.gebiet)} (${zeitraumText(r.abschnitt)}).`,
    );
    return {
      traeger: r.abschnitt.gebiet,
      grundlage: '§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX',
      zeitpunkt: leistung.von,
      anknuepfung: 'tagUndNacht',
      fenster,
    };
  }
  const aufnahme = r.aufnahmen[r.aufnahmen.length - 1] as Tag;
  b.norm(
    '§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX',
    `${einleitung} In diesem Fenster hielt sich die Person nur stationär oder in Haft auf; das begründet keinen gewöhnlichen Aufenthalt.`,
  );
  b.norm(
    '§ 98 Abs. 4 Satz 2 SGB IX',
    `Maßgeblich ist deshalb der gewöhnliche Aufenthalt in den letzten zwei Monaten vor der Aufnahme am ${d(aufnahme)} (Fenster ${d(r.fenster.von)} bis ${d(r.fenster.bis)}): ${q(r.abschnitt.gebiet)}.`,
  );
  return {
    traeger: r.abschnitt.gebiet,
    grundlage: '§ 98 Abs. 4 Satz 2 SGB IX',
    zeitpunkt: aufnahme,
    anknuepfung: 'aufnahme',
    fenster: r.fenster,
  };
}

/** DT-98-IX #5: g.A. am Tag der ersten Antragstellung (oder des Gesamtplanbeginns). */
function antragIX(f: Fakten, punkt: Anknuepfungspunkt, b: Begruendung): Kandidat | undefined {
  const grundlage = punkt.art === 'gesamtplan' ? '§ 98 Abs. 1 Satz 2 SGB IX' : '§ 98 Abs. 1 Satz 1 SGB IX';
  const anknuepfung: Anknuepfung = punkt.art;
  const ga = gaAm(f, punkt.tag);
  if (ga) {
    b.norm(
      grundlage,
      `Am ${d(punkt.tag)} hatte die Person ihren gewöhnlichen Aufenthalt in ${q(ga.gebiet)} (${zeitraumText(ga)}); dort hielt sie sich nicht nur vorübergehend auf (§ 30 Abs. 3 Satz 2 SGB I).`,
    );
    return { traeger: ga.gebiet, grundlage, zeitpunkt: punkt.tag, anknuepfung };
  }
  const bloecke = stationaereBloecke(f);
  const block = blockAm(bloecke, punkt.tag);
  if (block) {
    const r = gaVor(f, block.von, bloecke);
    b.norm(
      '§ 98 Abs. 4 Satz 1 SGB IX',
      `Am ${d(punkt.tag)} hielt sich die Person stationär oder in Haft auf (seit ${d(block.von)}). Dieser Aufenthalt gilt nicht als gewöhnlicher Aufenthalt.`,
    );
    if (r) {
      const aufnahme = r.aufnahmen[r.aufnahmen.length - 1] as Tag;
      b.norm(
        '§ 98 Abs. 4 Satz 2 SGB IX',
        `Zuständig ist der Träger, in dessen Bereich die Person in den letzten zwei Monaten vor der Aufnahme am ${d(aufnahme)} zuletzt ihren gewöhnlichen Aufenthalt hatte (Fenster ${d(r.fenster.von)} bis ${d(r.fenster.bis)}): ${q(r.abschnitt.gebiet)}.`,
      );
      return {
        traeger: r.abschnitt.gebiet,
        grundlage: '§ 98 Abs. 4 Satz 2 SGB IX',
        zeitpunkt: aufnahme,
        anknuepfung: 'aufnahme',
        fenster: r.fenster,
      };
    }
    b.norm(
      '§ 98 Abs. 4 Satz 2 SGB IX',
      `Auch in den zwei Monaten vor der Aufnahme am ${d(block.von)} ist kein gewöhnlicher Aufenthalt erfasst.`,
    );
    return undefined;
  }
  b.norm(grundlage, `Für den ${d(punkt.tag)} ist kein gewöhnlicher Aufenthalt erfasst.`);
  return undefined;
}

/**
 * DT-98-IX #6 und #7 (§ 98 Abs. 2 SGB IX) und die endgültige Entscheidung aus dem Kandidaten.
 */
function absatz2IX(f: Fakten, fall: Leistungsfall, punkt: Anknuepfungspunkt, kandidat: Kandidat | undefined, b: Begruendung): Entscheidung {
  const festgestellt = festgestelltBis(f);
  const ungeklaert = ungeklaertAmStichtag(f);
  if (ungeklaert) {
    const tat = tatsaechlicherTraeger(f, punkt.tag, punkt.antrag);
    if (!tat) throw fehlenderAufenthalt(punkt.tag);
    const ende = vierWochenEnde(punkt.tag);
    const laeuft = f.stichtag <= ende;
    b.norm(
      '§ 98 Abs. 2 Satz 1 SGB IX',
      `Ob und wo die Person ihren gewöhnlichen Aufenthalt begründet hat, steht nicht fest. Die vier Wochen ab dem ${d(punkt.tag)} enden am ${d(ende)}${laeuft ? ' und laufen am Stichtag noch' : ' und sind ohne Klärung verstrichen'}. Der für den tatsächlichen Aufenthalt zuständige Träger ${q(tat.gebiet)} (${tat.quelle}) hat über die Leistung unverzüglich zu entscheiden und sie vorläufig zu erbringen.`,
    );
    b.hinweis(
      'PROVISIONAL_98_2',
      `${q(tat.gebiet)} leistet vorläufig (§ 98 Abs. 2 Satz 1 SGB IX). Steht der gewöhnliche Aufenthalt fest, wird der Träger nach Absatz 1 zuständig und erstattet die Kosten (Satz 2).`,
    );
    if (laeuft)
      b.hinweis(
        'VIERWOCHENFRIST_LAEUFT',
        `Die vier Wochen zur Klärung des gewöhnlichen Aufenthalts laufen bis ${d(ende)}. Spätestens dann muss ${q(tat.gebiet)} unverzüglich entscheiden und vorläufig leisten.`,
      );
    b.rechtsfrage(
      'OQ-6',
      `Beginn der vier Wochen in § 98 Abs. 2 SGB IX: gerechnet wird ab dem Antrag am ${d(punkt.tag)} beim Träger des tatsächlichen Aufenthalts, ohne Verschiebung des Endes.`,
      { beleg: '[DESIGN] Beginn mit dem Antrag beim Träger des tatsächlichen Aufenthalts' },
    );
    return {
      traeger: tat.gebiet,
      vorlaeufig: true,
      grundlage: '§ 98 Abs. 2 Satz 1 SGB IX',
      zeitpunkt: punkt.tag,
      anknuepfung: punkt.art,
      vierWochenEnde: ende,
      ...(kandidat && kandidat.traeger !== tat.gebiet ? { endgueltigerTraeger: kandidat.traeger } : {}),
    };
  }
  if (f.e.eilfall) {
    const tat = tatsaechlicherTraeger(f, f.stichtag, punkt.antrag);
    if (tat && tat.gebiet !== kandidat?.traeger) {
      b.norm(
        '§ 98 Abs. 2 Satz 1 SGB IX',
        `Es liegt ein Eilfall vor. Entsprechend § 98 Abs. 2 Satz 1 SGB IX entscheidet der Träger des tatsächlichen Aufenthalts ${q(tat.gebiet)} unverzüglich und leistet vorläufig${kandidat ? `; endgültig zuständig bleibt ${q(kandidat.traeger)}` : ''}.`,
      );
      b.hinweis(
        'PROVISIONAL_98_2',
        `${q(tat.gebiet)} leistet im Eilfall vorläufig; die Kosten erstattet der nach Absatz 1 zuständige Träger.`,
      );
      b.hinweis(
        'EILFALL_ANALOGIE',
        '§ 98 Abs. 2 SGB IX nennt den Eilfall nicht ausdrücklich (anders § 98 Abs. 2 Satz 3 SGB XII a.F.). Die vorläufige Leistung im Eilfall ist eine entsprechende Anwendung.',
        { beleg: 'recht.md DT-98-IX #6' },
      );
      return {
        traeger: tat.gebiet,
        vorlaeufig: true,
        grundlage: '§ 98 Abs. 2 Satz 1 SGB IX',
        zeitpunkt: punkt.tag,
        anknuepfung: punkt.art,
        ...(kandidat ? { endgueltigerTraeger: kandidat.traeger } : {}),
      };
    }
  }
  if (kandidat) {
    const vorlaeufigerLeister = vorlaeufigGeleistet(f, fall, punkt, kandidat);
    if (festgestellt !== undefined || vorlaeufigerLeister) {
      const leister = vorlaeufigerLeister ?? tatsaechlicherTraeger(f, punkt.tag, punkt.antrag)?.gebiet;
      b.norm(
        '§ 98 Abs. 2 Satz 2 SGB IX',
        `Der gewöhnliche Aufenthalt steht ${festgestellt !== undefined ? `seit ${d(festgestellt)} ` : ''}fest. Damit wird ${q(kandidat.traeger)} als Träger nach Absatz 1 örtlich zuständig${leister && leister !== kandidat.traeger ? ` und hat ${q(leister)} die Kosten der vorläufigen Leistung zu erstatten` : ''}.`,
      );
      if (leister && leister !== kandidat.traeger) {
        const bis = festgestellt !== undefined ? plusTage(festgestellt, -1) : f.stichtag;
        const geleistet = f.leistungen.filter((l) => l.traeger === leister && l.von <= bis);
        const ab = geleistet[0]?.von;
        b.hinweis(
          'ERSTATTUNG_98_2',
          `${q(kandidat.traeger)} erstattet ${q(leister)} die Kosten der vorläufigen Leistung${ab !== undefined ? ` für die Zeit ab ${d(ab)}${festgestellt !== undefined ? ` bis ${d(bis)}` : ''}` : ''} (§ 98 Abs. 2 Satz 2 SGB IX; Ausschlussfrist § 111 SGB X beachten).`,
        );
      }
      return { ...kandidat, vorlaeufig: false, grundlage: '§ 98 Abs. 2 Satz 2 SGB IX' };
    }
    return { ...kandidat, vorlaeufig: false };
  }
  // Kein gewöhnlicher Aufenthalt nach Absatz 1, 3 oder 4.
  if (keineAufenthaltsdatenBis(f, punkt.tag)) {
    const ausDaten = traegerAusDaten(f, fall.phasen[0]?.von, punkt.antrag);
    if (ausDaten) {
      b.norm(
        '§ 98 Abs. 1 Satz 3 SGB IX',
        `Zum Aufenthalt bei Beginn des Leistungsfalls liegen keine Angaben vor. Nach den Leistungsdaten war ${q(ausDaten.traeger)} als Träger bestimmt (${ausDaten.quelle}); diese Zuständigkeit bleibt bis zur Beendigung des Leistungsbezugs bestehen.`,
      );
      b.hinweis(
        'TRAEGER_AUS_LEISTUNGSDATEN',
        `Die Zuständigkeit von ${q(ausDaten.traeger)} ist aus den erfassten Leistungs- bzw. Antragsdaten übernommen, nicht aus dem gewöhnlichen Aufenthalt abgeleitet. Bitte den Aufenthalt zum Zeitpunkt des ersten Antrags nachtragen.`,
      );
      return {
        traeger: ausDaten.traeger,
        vorlaeufig: false,
        grundlage: '§ 98 Abs. 1 Satz 3 SGB IX',
        zeitpunkt: punkt.tag,
        anknuepfung: 'leistungsdaten',
      };
    }
  }
  const tat = tatsaechlicherTraeger(f, punkt.tag, punkt.antrag);
  if (!tat) throw fehlenderAufenthalt(punkt.tag);
  b.norm(
    '§ 98 Abs. 2 Satz 3 SGB IX',
    `Ein gewöhnlicher Aufenthalt im Bundesgebiet ist nach den Angaben nicht vorhanden. Örtlich zuständig ist der Träger, in dessen Bereich sich die Person tatsächlich aufhält: ${q(tat.gebiet)} (${tat.quelle}). Diese Zuständigkeit ist endgültig.`,
  );
  b.hinweis(
    'KEIN_GEWOEHNLICHER_AUFENTHALT',
    'Aus den Angaben folgt, dass kein gewöhnlicher Aufenthalt im Inland besteht (§ 98 Abs. 2 Satz 3 SGB IX). Ist er nur ungeklärt, bitte „gewöhnlicher Aufenthalt ungeklärt“ angeben: dann leistet der Träger des tatsächlichen Aufenthalts vorläufig (Satz 1).',
    { beleg: 'Eingabefeld gewoehnlicherAufenthaltUngeklaert' },
  );
  return { traeger: tat.gebiet, vorlaeufig: false, grundlage: '§ 98 Abs. 2 Satz 3 SGB IX', zeitpunkt: punkt.tag, anknuepfung: punkt.art };
}

/**
 * Hat im laufenden Leistungsfall der Träger des tatsächlichen Aufenthalts geleistet, obwohl ein
 * anderer nach Absatz 1 zuständig ist? Dann ist das der Wechsel nach § 98 Abs. 2 Satz 2 SGB IX
 * (z. B. SC-16: X hat vorläufig geleistet, jetzt steht Y fest). [DESIGN] Erkannt wird das an den
 * Leistungsdaten, wenn der gewöhnliche Aufenthalt ausdrücklich nicht (mehr) ungeklärt ist oder der
 * leistende Träger der Träger des tatsächlichen Aufenthalts ist.
 */
function vorlaeufigGeleistet(f: Fakten, fall: Leistungsfall, punkt: Anknuepfungspunkt, kandidat: Kandidat): string | undefined {
  const beginn = fall.phasen[0]?.von;
  if (beginn === undefined) return undefined;
  const fremd = f.leistungen.find((l) => l.von >= beginn && l.traeger && l.traeger !== kandidat.traeger);
  if (!fremd?.traeger) return undefined;
  if (f.e.gewoehnlicherAufenthaltUngeklaert === false) return fremd.traeger;
  const tat = f.e.tatsaechlicherAufenthalt ?? tatsaechlichAm(f, punkt.tag) ?? punkt.antrag?.traeger;
  return tat === fremd.traeger && tat !== kandidat.traeger && !gaAmIst(f, punkt.tag, fremd.traeger) ? fremd.traeger : undefined;
}

/** Wo die Person am Tag `t` wohnt: gewöhnlicher oder vorübergehender Aufenthalt, nicht Klinik oder Haft. */
function wohnortAm(f: Fakten, t: Tag): string | undefined {
  const ga = gaAm(f, t);
  if (ga) return ga.gebiet;
  return f.aufenthalte.filter((a) => a.art === 'voruebergehend' && enthaelt(a, t)).sort((a, b) => b.von - a.von)[0]?.gebiet;
}

function gaAmIst(f: Fakten, t: Tag, gebiet: string): boolean {
  return gaAm(f, t)?.gebiet === gebiet;
}

/** § 98 Abs. 1 Satz 4 SGB IX: ein früherer Leistungsbezug endete mit sechs leistungsfreien Monaten. */
function begruendeNeufeststellung(fall: Leistungsfall, b: Begruendung): void {
  const l = fall.beendendeLuecke;
  if (!l) return;
  b.norm(
    '§ 98 Abs. 1 Satz 4 SGB IX',
    `Vom ${d(l.von)} bis ${d(l.bis)} wurden ${l.laufend ? 'bis zum Stichtag ' : ''}keine Leistungen bezogen, zusammenhängend mindestens sechs Monate. Der frühere Leistungsbezug ist beendet; die Zuständigkeit ist neu festzustellen.`,
  );
}

/** Unterbrechungen im laufenden Leistungsfall (§ 98 Abs. 1 Satz 4 und 5 SGB IX). */
function begruendeUnterbrechungen(fall: Leistungsfall, b: Begruendung): void {
  for (const l of fall.luecken) {
    if (l.bruecken.length > 0) {
      const gruende = [
        ...new Set(
          l.bruecken.map((x) =>
            x.grund === 'krankenhaus'
              ? 'stationärer Krankenhausbehandlung'
              : x.grund === 'reha'
                ? 'medizinischer Rehabilitation'
                : 'eines stationären Aufenthalts',
          ),
        ),
      ];
      b.norm(
        '§ 98 Abs. 1 Satz 5 SGB IX',
        `Die Unterbrechung vom ${d(l.von)} bis ${d(l.bis)} beruhte ${l.teile.length === 0 ? 'vollständig' : 'teilweise'} auf ${gruende.join(' und ')}. Eine solche Unterbrechung gilt nicht als Beendigung des Leistungsbezugs.`,
      );
      if (l.bruecken.some((x) => x.grund === 'stationaerer Aufenthalt'))
        b.hinweis(
          'ANNAHME_KRANKENHAUS',
          `Für die Lücke vom ${d(l.von)} bis ${d(l.bis)} ist nur ein stationärer Aufenthalt erfasst. Die Prüfung nimmt an, dass es sich um Krankenhausbehandlung oder medizinische Rehabilitation handelt (§ 98 Abs. 1 Satz 5 SGB IX); bitte als Unterbrechung mit Grund erfassen.`,
        );
      if (l.ohneBrueckeBeendet && l.teile.length > 0)
        b.hinweis(
          'UNTERBRECHUNG_GETEILT',
          `Die leistungsfreie Zeit vom ${d(l.von)} bis ${d(l.bis)} wird durch Krankenhaus oder Reha geteilt; die Teile davor und danach werden nicht zusammengezählt (die Zeit der Behandlung gilt als Leistungsbezug). Zusammengezählt wären es mindestens sechs Monate.`,
          { beleg: '[DESIGN] die Zeit der Behandlung gilt als Leistungsbezug' },
        );
    } else {
      b.norm(
        '§ 98 Abs. 1 Satz 4 SGB IX',
        `Vom ${d(l.von)} bis ${d(l.bis)} ${l.laufend ? 'ruhen die Leistungen bis zum Stichtag' : 'wurden keine Leistungen bezogen'}; das sind weniger als sechs Monate. Der Leistungsbezug ist dadurch nicht beendet.`,
      );
    }
  }
}

/** § 98 Abs. 5 SGB IX: SGB-XII-Leistung am 31.12.2019 und Leistung nach Teil 2 ab 01.01.2020. */
function uebergangsfall(f: Fakten, fall: Leistungsfall): boolean {
  const silvester = datum('2019-12-31');
  const neujahr = datum(rechtsstaende.eingliederungshilfeSgb9);
  if (f.stichtag < neujahr) return false;
  const imFall = fall.phasen.some((p) => enthaelt(p, silvester) && enthaelt(p, neujahr));
  return imFall && f.leistungen.some((l) => enthaelt(l, silvester)) && f.leistungen.some((l) => enthaelt(l, neujahr));
}

/** Grundlage der Fortdauer, wenn sie das Ergebnis trägt (Satz 5 vor Satz 3). */
function fortdauer(f: Fakten, fall: Leistungsfall, e: Entscheidung, b: Begruendung): Entscheidung {
  if (fall.phasen.length === 0) return e;
  const beginn = (fall.phasen[0] as Zeitraum).von;
  const satz5 = fall.luecken.some((l) => l.ohneBrueckeBeendet && !l.beendet);
  const jetzt = wohnortAm(f, f.stichtag);
  // OQ-6: Wechsel aus einer anderen Leistung in Betreuung über Tag und Nacht unter § 98 SGB IX,
  // nach dem maßgeblichen Tag (ein Wechsel vor 2020 ist schon in Absatz 5 aufgegangen).
  const ab = Math.max(beginn, e.zeitpunkt, datum(rechtsstaende.eingliederungshilfeSgb9));
  const tuN = f.leistungen
    .filter((l) => l.von > ab && istTagUndNacht(l.form) && !leistungenAm(f, plusTage(l.von, -1)).some((v) => istTagUndNacht(v.form)))
    .sort((a, b2) => a.von - b2.von)[0];
  const formwechsel = tuN !== undefined;
  // Wer über Tag und Nacht betreut wird, lebt dort, wo die Leistung erbracht wird; das ist kein
  // Umzug im Sinne der Fortdauer, solange diese Betreuung andauert.
  const nachTagUndNacht = ['tagUndNacht', 'aufnahme', 'geburt'].includes(e.anknuepfung);
  const weiterTagUndNacht = leistungenAm(f, f.stichtag).some((l) => istTagUndNacht(l.form));
  const woanders = jetzt !== undefined && jetzt !== e.traeger && !(nachTagUndNacht && weiterTagUndNacht);
  // Satz 3 trägt das Ergebnis erst, wenn sich der Wohnort seit dem maßgeblichen Tag geändert hat.
  const umgezogen = woanders && jetzt !== wohnortAm(f, e.zeitpunkt);
  if (beginn < f.stichtag) {
    b.norm(
      '§ 98 Abs. 1 Satz 3 SGB IX',
      `${e.anknuepfung === 'uebergang' ? 'Nach § 98 Abs. 5 Satz 2 SGB IX gilt Absatz 1 Satz 3 bis 5 entsprechend: d' : 'D'}ie Zuständigkeit von ${q(e.traeger)} bleibt bis zur Beendigung des Leistungsbezugs bestehen. Leistungen werden seit ${d(beginn)} ${fall.luecken.length > 0 ? 'bezogen; keine Unterbrechung hat den Leistungsbezug beendet' : 'ohne Unterbrechung bezogen'}.${woanders ? ` Dass sich die Person inzwischen in ${q(jetzt)} aufhält, ändert daran nichts.` : ''}${formwechsel && tuN ? ` Auch der Wechsel in eine Betreuung über Tag und Nacht ab ${d(tuN.von)} beendet den Leistungsbezug nicht.` : ''}`,
    );
    begruendeUnterbrechungen(fall, b);
  }
  if (formwechsel && tuN) {
    const alternativ = gaVor(f, tuN.von, stationaereBloecke(f));
    const anders = alternativ && alternativ.abschnitt.gebiet !== e.traeger;
    b.rechtsfrage(
      'OQ-6',
      `Vorrang der Fortdauer (§ 98 Abs. 1 Satz 3 SGB IX) vor der Zwei-Monats-Regel für Leistungen über Tag und Nacht (Satz 1 Alt. 2) beim Wechsel in eine besondere Wohnform am ${d(tuN.von)}. Die Prüfung lässt ${q(e.traeger)} zuständig bleiben. ${
        alternativ
          ? anders
            ? `Nach der Gegenansicht wäre ${q(alternativ.abschnitt.gebiet)} zuständig (letzter gewöhnlicher Aufenthalt im Fenster ${d(alternativ.fenster.von)} bis ${d(alternativ.fenster.bis)}).`
            : 'Die Gegenansicht käme hier zum selben Träger.'
          : 'Nach der Gegenansicht ließe sich im Zwei-Monats-Fenster kein gewöhnlicher Aufenthalt feststellen.'
      }`,
    );
  }
  if (woanders && !e.vorlaeufig)
    b.hinweis(
      'AMTSHILFE_MOEGLICH',
      `${q(e.traeger)} bleibt zuständig, obwohl sich die Person in ${q(jetzt)} aufhält. Für Aufgaben vor Ort (etwa die Gesamtplanung) kann ${q(e.traeger)} ${q(jetzt)} um Amtshilfe ersuchen (§§ 3 ff. SGB X).`,
    );
  if (e.grundlage.startsWith('§ 98 Abs. 2')) return e;
  if (satz5) return { ...e, grundlage: '§ 98 Abs. 1 Satz 5 SGB IX' };
  if (umgezogen || formwechsel) return { ...e, grundlage: '§ 98 Abs. 1 Satz 3 SGB IX' };
  return e;
}

function nachSgbIX(f: Fakten, b: Begruendung): Entscheidung {
  const fall = leistungsfall(f);
  begruendeNeufeststellung(fall, b);
  if (uebergangsfall(f, fall)) {
    const neujahr = datum(rechtsstaende.eingliederungshilfeSgb9);
    b.norm(
      '§ 98 Abs. 5 Satz 1 SGB IX',
      'Die Person bezog am 31.12.2019 Eingliederungshilfe nach dem Sechsten Kapitel SGB XII und erhält ab 01.01.2020 Leistungen nach Teil 2 SGB IX. Zuständig ist der Träger, der sich am 01.01.2020 in entsprechender Anwendung von § 98 Abs. 1 Satz 1 oder Abs. 5 SGB XII oder von § 98 Abs. 2 Satz 1 und 2 SGB XII ergibt.',
    );
    const alt = nachSgbXII(f, neujahr, 'uebergang', b, 0);
    if (alt && !alt.vorlaeufig) {
      const e: Entscheidung = { ...alt, grundlage: '§ 98 Abs. 5 Satz 1 SGB IX', anknuepfung: 'uebergang' };
      return fortdauer(f, fall, e, b);
    }
    b.norm(
      '§ 98 Abs. 5 Satz 3 SGB IX',
      'Die entsprechende Anwendung des SGB XII ergibt keinen Träger; im Übrigen bleiben die Absätze 2 bis 4 unberührt.',
    );
  }
  const start = fallLeistung(f, fall, b);
  const tagUndNacht = !!start && istTagUndNacht(start.leistung.form);
  // Bei Leistungen über Tag und Nacht zählt nicht der Antrag, sondern der Beginn der Leistung
  // (§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX); der Antrag bleibt nur für die vier Wochen des Absatzes 2.
  const punkt = anknuepfungSgbIX(f, fall, b, !tagUndNacht);
  let kandidat = geburtIX(f, start, b);
  if (!kandidat && start && tagUndNacht) kandidat = tagUndNachtIX(f, { form: start.leistung.form, von: start.beginn }, b);
  else if (!kandidat) kandidat = antragIX(f, punkt, b);
  const e = absatz2IX(f, fall, punkt, kandidat, b);
  return e.vorlaeufig ? e : fortdauer(f, fall, e, b);
}

// ---------------------------------------------------------------------------------------------
// § 98 SGB XII (Eingliederungshilfe 01.01.2005–31.12.2019), Entscheidungstabelle DT-98-XII

type ModusXII = 'regulaer' | 'uebergang' | 'vorEintritt';

interface EntscheidungXII extends Entscheidung {
  form?: Leistungsform;
}

/**
 * Die Norm des Satzes „Diese Zuständigkeit bleibt bis zur Beendigung der Leistung …“: bis 2012
 * Satz 3 (Satz 2 regelte die Grundsicherung), ab 01.01.2013 Satz 2 (Fassung vom 20.12.2012,
 * BGBl. I S. 2783, SEED-002; Datum [UNVERIFIED]).
 */
function fortdauerSatzXII(t: Tag): string {
  return t < datum('2013-01-01') ? '§ 98 Abs. 1 Satz 3 SGB XII' : '§ 98 Abs. 1 Satz 2 SGB XII';
}

/** Zusammenhängender Lauf von Leistungen der Formen `formen`, der `t` enthält. */
function laufAm(f: Fakten, t: Tag, formen: readonly Leistungsform[], zusaetzlich: readonly Leistung[] = []): Zeitraum | undefined {
  const passend = [...f.leistungen, ...zusaetzlich].filter((l) => formen.includes(l.form));
  return vereinige(passend).find((z) => enthaelt(z, t));
}

function nachSgbXII(f: Fakten, T: Tag, modus: ModusXII, b: Begruendung, tiefe: number): EntscheidungXII | undefined {
  let leistung = praegendeLeistung(leistungenAm(f, T));
  let geplant: Leistung | undefined;
  let anlass: Tag = T;
  if (!leistung && modus === 'regulaer') {
    const letzteVorher = f.leistungen.filter((l) => l.bis < T).sort((a, b2) => b2.bis - a.bis)[0];
    const antrag = f.antraege.find((a) => !letzteVorher || a.datum > letzteVorher.bis);
    if (antrag) anlass = antrag.datum;
    geplant = antrag ? praegendeLeistung(f.kuenftigeLeistungen.filter((x) => x.von === f.kuenftigeLeistungen[0]?.von)) : undefined;
    if (geplant) {
      leistung = geplant;
      b.hinweis(
        'GEPLANTE_LEISTUNG',
        `Am Stichtag wird noch nicht geleistet. Zugrunde gelegt wird die geplante ${formText(geplant.form)} ab ${d(geplant.von)}.`,
      );
    } else {
      b.hinweis(
        'KEINE_LEISTUNG_AM_STICHTAG',
        antrag
          ? `Am Stichtag läuft keine Leistung; geprüft wird die Zuständigkeit für den Antrag vom ${d(antrag.datum)}.`
          : `Am Stichtag läuft keine Leistung. Geprüft wird, wer bei einem am ${d(T)} bekannt werdenden Bedarf zuständig wäre (§ 18 SGB XII).`,
      );
    }
  }
  const form: Leistungsform | undefined = leistung?.form;
  const bezugstag = geplant ? geplant.von : T;
  if (form && istTagUndNacht(form)) return stationaerXII(f, bezugstag, modus, b, geplant);
  if (!leistung && modus === 'vorEintritt') {
    const block = blockAm(stationaereBloecke(f), T);
    if (block) return stationaerXII(f, T, modus, b, undefined);
  }
  if (form === 'betreutesWohnen') {
    const lauf = laufAm(f, bezugstag, ['betreutesWohnen'], geplant ? [geplant] : []);
    const eintritt = lauf?.von ?? bezugstag;
    b.norm(
      '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
      `Die Person erhält seit ${d(eintritt)} Eingliederungshilfe im ambulant betreuten Wohnen. Für Personen, die Leistungen nach dem Sechsten bis Achten Kapitel in Formen ambulanter betreuter Wohnmöglichkeiten erhalten, ist der Träger zuständig, der vor Eintritt in diese Wohnform zuletzt zuständig war oder gewesen wäre – sofern es sich um betreutes Wohnen in diesem Sinn handelt.`,
    );
    const bestanden = pruefeBetreutesWohnen(f, b);
    if (bestanden) {
      if (eintritt < datum(rechtsstaende.sgb12)) {
        const traeger = leistung?.traeger ?? tatsaechlichAm(f, eintritt);
        b.hinweis(
          'LEGACY_BSHG',
          `Das betreute Wohnen begann vor dem 01.01.2005 (${d(eintritt)}) und dauert an. Vor Inkrafttreten des SGB XII begründete Zuständigkeiten bleiben unberührt; die Regeln des BSHG bildet die Prüfung nicht ab.`,
        );
        if (!traeger) throw fehlenderAufenthalt(eintritt);
        b.norm('§ 98 Abs. 5 Satz 2 SGB XII a.F.', `Die vor dem 01.01.2005 begründete Zuständigkeit von ${q(traeger)} bleibt unberührt.`);
        return {
          traeger,
          vorlaeufig: false,
          grundlage: '§ 98 Abs. 5 Satz 2 SGB XII',
          zeitpunkt: eintritt,
          anknuepfung: 'eintrittBetreutesWohnen',
          betreutesWohnen: true,
          form,
        };
      }
      b.norm(
        '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
        `Es kommt darauf an, wer am Tag vor dem Eintritt, dem ${d(plusTage(eintritt, -1))}, zuständig war oder gewesen wäre.`,
      );
      const vorher = tiefe > 3 ? undefined : nachSgbXII(f, plusTage(eintritt, -1), 'vorEintritt', b, tiefe + 1);
      if (!vorher || vorher.vorlaeufig) {
        if (modus === 'uebergang') return undefined;
        b.norm(
          '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
          'Ein vor Eintritt zuständiger Träger lässt sich aus den Angaben nicht bestimmen; es bleibt bei der Grundregel des Absatzes 1.',
        );
        b.hinweis(
          'TRAEGER_VOR_EINTRITT_UNBEKANNT',
          `Für die Zeit vor dem Eintritt in das betreute Wohnen am ${d(eintritt)} fehlen Angaben zum Aufenthalt. Bitte nachtragen; nach § 98 Abs. 5 SGB XII wäre der damals zuständige Träger maßgeblich.`,
        );
        const r = ambulantXII(f, bezugstag, anlass, modus, b, leistung, geplant);
        return r && { ...r, betreutesWohnen: true, form };
      }
      b.norm(
        '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
        `Vor Eintritt in das betreute Wohnen war ${q(vorher.traeger)} zuständig oder wäre es gewesen; dieser Träger bleibt zuständig.`,
      );
      return {
        traeger: vorher.traeger,
        vorlaeufig: false,
        grundlage: '§ 98 Abs. 5 Satz 1 SGB XII',
        zeitpunkt: eintritt,
        anknuepfung: 'eintrittBetreutesWohnen',
        betreutesWohnen: true,
        form,
      };
    }
    b.norm(
      '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
      'Ein ambulant betreutes Wohnen im Sinne des § 98 Abs. 5 SGB XII liegt nicht vor; es bleibt bei der Grundregel des Absatzes 1.',
    );
    const r = ambulantXII(f, bezugstag, anlass, modus, b, leistung, geplant);
    return r && { ...r, betreutesWohnen: false, form };
  }
  const r = ambulantXII(f, bezugstag, anlass, modus, b, leistung, geplant);
  return r && { ...r, form };
}

/** DT-98-XII #5: § 98 Abs. 1 SGB XII — tatsächlicher Aufenthalt bei Beginn der Leistung. */
function ambulantXII(
  f: Fakten,
  T: Tag,
  anlass: Tag,
  modus: ModusXII,
  b: Begruendung,
  leistung: Leistung | undefined,
  geplant: Leistung | undefined,
): EntscheidungXII | undefined {
  const lauf = leistung ? laufAm(f, T, ['ambulant', 'betreutesWohnen'], geplant ? [geplant] : []) : undefined;
  const beginn = modus === 'uebergang' ? T : (lauf?.von ?? anlass);
  // Der angegebene tatsächliche Aufenthalt gilt für den Stichtag, nicht für den 01.01.2020.
  const ort = tatsaechlichAm(f, beginn) ?? (modus === 'regulaer' ? f.e.tatsaechlicherAufenthalt : undefined);
  if (!ort) {
    if (modus === 'uebergang' || modus === 'vorEintritt') {
      if (modus === 'vorEintritt' && keineAufenthaltsdatenBis(f, beginn) && leistung?.traeger)
        return {
          traeger: leistung.traeger,
          vorlaeufig: false,
          grundlage: '§ 98 Abs. 1 Satz 1 SGB XII',
          zeitpunkt: beginn,
          anknuepfung: 'leistungsdaten',
        };
      if (modus === 'uebergang' && leistung?.traeger && keineAufenthaltsdatenBis(f, beginn)) {
        b.hinweis(
          'TRAEGER_AUS_LEISTUNGSDATEN',
          `Zum Aufenthalt am ${d(beginn)} liegen keine Angaben vor; übernommen wird der Träger der laufenden Leistung, ${q(leistung.traeger)}.`,
        );
        return {
          traeger: leistung.traeger,
          vorlaeufig: false,
          grundlage: '§ 98 Abs. 1 Satz 1 SGB XII',
          zeitpunkt: beginn,
          anknuepfung: 'leistungsdaten',
        };
      }
      return undefined;
    }
    if (leistung?.traeger && keineAufenthaltsdatenBis(f, beginn)) {
      b.norm(
        fortdauerSatzXII(T),
        `Zum Aufenthalt bei Beginn der Leistung liegen keine Angaben vor; nach den Leistungsdaten ist ${q(leistung.traeger)} Träger der laufenden Leistung.`,
      );
      b.hinweis(
        'TRAEGER_AUS_LEISTUNGSDATEN',
        `Die Zuständigkeit von ${q(leistung.traeger)} ist aus den Leistungsdaten übernommen. Bitte den tatsächlichen Aufenthalt bei Beginn der Leistung nachtragen.`,
      );
      return {
        traeger: leistung.traeger,
        vorlaeufig: false,
        grundlage: fortdauerSatzXII(T),
        zeitpunkt: beginn,
        anknuepfung: 'leistungsdaten',
      };
    }
    throw fehlenderAufenthalt(beginn);
  }
  if (modus === 'uebergang') {
    b.norm(
      '§ 98 Abs. 1 Satz 1 SGB XII a.F.',
      `Entsprechend § 98 Abs. 1 Satz 1 SGB XII kommt es auf den tatsächlichen Aufenthalt am 01.01.2020 an: ${q(ort)}.`,
    );
    return { traeger: ort, vorlaeufig: false, grundlage: '§ 98 Abs. 1 Satz 1 SGB XII', zeitpunkt: beginn, anknuepfung: 'uebergang' };
  }
  const lage =
    leistung !== undefined
      ? `Bei Beginn der Leistung am ${d(beginn)} hielt sich die Person im Bereich ${q(ort)} auf.`
      : modus === 'vorEintritt'
        ? `Am ${d(beginn)} hielt sich die Person im Bereich ${q(ort)} auf; wäre an diesem Tag ein Bedarf bekannt geworden, wäre dieser Träger zuständig gewesen.`
        : `Am ${d(beginn)}, als der Bedarf bekannt wurde (§ 18 SGB XII), hielt sich die Person im Bereich ${q(ort)} auf.`;
  b.norm('§ 98 Abs. 1 Satz 1 SGB XII a.F.', `Zuständig ist der Träger, in dessen Bereich sich die Person tatsächlich aufhält. ${lage}`);
  const jetzt = tatsaechlichAm(f, T);
  if (leistung && jetzt && jetzt !== ort && modus === 'regulaer') {
    b.norm(
      `${fortdauerSatzXII(T)} a.F.`,
      `Diese Zuständigkeit bleibt bis zur Beendigung der Leistung bestehen, auch wenn die Leistung außerhalb ihres Bereichs erbracht wird; der Aufenthalt in ${q(jetzt)} am Stichtag ändert daran nichts.`,
    );
    return { traeger: ort, vorlaeufig: false, grundlage: fortdauerSatzXII(T), zeitpunkt: beginn, anknuepfung: 'leistungsbeginn' };
  }
  return {
    traeger: ort,
    vorlaeufig: false,
    grundlage: '§ 98 Abs. 1 Satz 1 SGB XII',
    zeitpunkt: beginn,
    anknuepfung: leistung ? 'leistungsbeginn' : 'stichtag',
  };
}

/** DT-98-XII #3, #4: stationäre Leistung, Einrichtungskette, § 109 SGB XII. */
function stationaerXII(f: Fakten, T: Tag, modus: ModusXII, b: Begruendung, geplant: Leistung | undefined): EntscheidungXII | undefined {
  const stationaereLeistungen = [...f.leistungen, ...(geplant ? [geplant] : [])].filter((l) => istTagUndNacht(l.form));
  const bloecke = stationaereBloecke(f, stationaereLeistungen);
  const block = blockAm(bloecke, T) ?? { von: T, bis: T };
  const aufnahme = block.von;
  // Nur Einrichtungen, in die die Person bis zum Bezugstag schon aufgenommen war.
  const einrichtungen = f.stationaer
    .filter((a) => a.art === 'stationaer' && a.von <= T && ueberschneiden(a, block))
    .sort((a, b2) => a.von - b2.von);
  const kette = einrichtungen.length > 1;
  const form = geplant?.form ?? praegendeLeistung(leistungenAm(f, T))?.form;
  if (form === 'tagUndNacht' && modus === 'regulaer')
    b.hinweis(
      'TAG_UND_NACHT_VOR_2020',
      'Die Betreuung über Tag und Nacht wird für die Zeit vor 2020 als stationäre Leistung in einer Einrichtung behandelt (§ 98 Abs. 2 SGB XII a.F.).',
    );
  b.norm(
    '§ 98 Abs. 2 Satz 1 SGB XII a.F.',
    `Für die stationäre Leistung ist der Träger zuständig, in dessen Bereich die Person im Zeitpunkt der Aufnahme in die Einrichtung ihren gewöhnlichen Aufenthalt hatte oder in den zwei Monaten vor der Aufnahme zuletzt gehabt hatte. Aufnahme: ${d(aufnahme)}${einrichtungen[0] ? ` in ${q(einrichtungen[0].gebiet)}` : ''}.`,
  );
  if (kette)
    b.norm(
      '§ 98 Abs. 2 Satz 2 SGB XII a.F.',
      `Die Person ist ohne Unterbrechung von Einrichtung zu Einrichtung gewechselt (${einrichtungen.map((a) => `${q(a.gebiet)} ab ${d(a.von)}`).join(', ')}). Entscheidend ist der gewöhnliche Aufenthalt, der für die erste Einrichtung maßgebend war.`,
    );
  b.norm(
    '§ 109 SGB XII',
    'Der Aufenthalt in einer Einrichtung und in einer Vollzugsanstalt gilt nicht als gewöhnlicher Aufenthalt; die Einrichtungsorte scheiden daher aus.',
  );
  const g = f.e.geburt;
  if (g && enthaelt(block, datum(g.datum)) && modus !== 'uebergang') {
    b.norm(
      '§ 98 Abs. 2 Satz 4 SGB XII a.F.',
      `Das Kind wurde am ${d(datum(g.datum))} in einer Einrichtung geboren; an die Stelle seines gewöhnlichen Aufenthalts tritt der der Mutter in ${q(g.gebietMutter)}.`,
    );
    return {
      traeger: g.gebietMutter,
      vorlaeufig: false,
      grundlage: '§ 98 Abs. 2 Satz 4 SGB XII',
      zeitpunkt: datum(g.datum),
      anknuepfung: 'geburt',
    };
  }
  const fenster = fensterVor(aufnahme);
  const ga = gaAm(f, aufnahme) ?? letzterGaIn(f, fenster);
  const ungeklaert = ungeklaertAmStichtag(f);
  if (ga && !ungeklaert && !(f.e.eilfall && modus === 'regulaer')) {
    b.norm(
      kette ? '§ 98 Abs. 2 Satz 2 SGB XII a.F.' : '§ 98 Abs. 2 Satz 1 SGB XII a.F.',
      `${gaAm(f, aufnahme) ? `Bei der Aufnahme am ${d(aufnahme)}` : `In den zwei Monaten vor der Aufnahme (${d(fenster.von)} bis ${d(fenster.bis)}) zuletzt`} hatte die Person ihren gewöhnlichen Aufenthalt in ${q(ga.gebiet)}.`,
    );
    return {
      traeger: ga.gebiet,
      vorlaeufig: false,
      grundlage: kette ? '§ 98 Abs. 2 Satz 2 SGB XII' : '§ 98 Abs. 2 Satz 1 SGB XII',
      zeitpunkt: aufnahme,
      anknuepfung: 'aufnahme',
      fenster,
    };
  }
  // Absatz 5 SGB IX verweist nur auf § 98 Abs. 2 Satz 1 und 2 SGB XII; eine hypothetische
  // Zuständigkeit vor Eintritt in das betreute Wohnen kann nicht vorläufig sein.
  if (modus !== 'regulaer') return undefined;
  // § 98 Abs. 2 Satz 3 SGB XII: vorläufige Leistung durch den Träger nach Absatz 1.
  const antrag = f.antraege.find((a) => a.datum >= aufnahme) ?? f.antraege[f.antraege.length - 1];
  const tat = tatsaechlicherTraeger(f, T, antrag);
  if (!tat) throw fehlenderAufenthalt(T);
  const anlass = antrag?.datum ?? aufnahme;
  const ende = vierWochenEnde(anlass);
  const grund = ungeklaert
    ? `Ob und wo der gewöhnliche Aufenthalt begründet worden ist, steht nicht fest (vier Wochen ab ${d(anlass)} enden am ${d(ende)})`
    : ga
      ? 'Es liegt ein Eilfall vor'
      : 'Ein gewöhnlicher Aufenthalt ist nicht vorhanden oder nicht zu ermitteln';
  b.norm(
    '§ 98 Abs. 2 Satz 3 SGB XII a.F.',
    `${grund}. Der nach Absatz 1 zuständige Träger des tatsächlichen Aufenthalts ${q(tat.gebiet)} (${tat.quelle}) hat unverzüglich zu entscheiden und vorläufig zu leisten; der nach Absatz 2 Satz 1 zuständige Träger erstattet (§ 106 Abs. 1 SGB XII).`,
  );
  b.hinweis('PROVISIONAL_98_2', `${q(tat.gebiet)} leistet vorläufig (§ 98 Abs. 2 Satz 3 SGB XII a.F.); Erstattung nach § 106 SGB XII.`);
  if (!ga && !ungeklaert)
    b.hinweis(
      'KEIN_GEWOEHNLICHER_AUFENTHALT',
      'Ohne gewöhnlichen Aufenthalt erstattet der überörtliche Träger, zu dessen Bereich der vorläufig leistende örtliche Träger gehört (§ 106 Abs. 1 Satz 2 SGB XII).',
    );
  if (ungeklaert && f.stichtag <= ende)
    b.hinweis('VIERWOCHENFRIST_LAEUFT', `Die vier Wochen zur Klärung des gewöhnlichen Aufenthalts laufen bis ${d(ende)}.`);
  return {
    traeger: tat.gebiet,
    vorlaeufig: true,
    grundlage: '§ 98 Abs. 2 Satz 3 SGB XII',
    zeitpunkt: aufnahme,
    anknuepfung: 'aufnahme',
    ...(ungeklaert ? { vierWochenEnde: ende } : {}),
    ...(ga && ga.gebiet !== tat.gebiet ? { endgueltigerTraeger: ga.gebiet } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Sachliche Zuständigkeit (recht.md §3.3)

const bayerischeBezirke = ['oberbayern', 'niederbayern', 'oberpfalz', 'oberfranken', 'mittelfranken', 'unterfranken', 'schwaben'] as const;

/** Nennt das Gebiet einen der sieben bayerischen Bezirke? (nur als Anhaltspunkt für OQ-7) */
function istBayerischerBezirk(gebiet: string): boolean {
  const n = gebiet.toLowerCase();
  return bayerischeBezirke.some((bz) => n.includes(bz));
}

/**
 * Ab 2020: der Träger nach der Tabelle der Länder (traeger/laender.ts). Ohne Lebensabschnitt, wo
 * das Land danach unterscheidet, bleibt es bei „nach Landesrecht“ mit der Frage, die fehlt.
 */
function traegerNachLandesrecht(
  s: NonNullable<OertlicheZustaendigkeitEingabe['sachlich']>,
  T: Tag,
  form: Leistungsform | undefined,
  b: Begruendung,
): SachlicheZustaendigkeit | undefined {
  const leistungsbereich = s.leistungsbereich ?? (form !== undefined && istTagUndNacht(form) ? 'tagUndNacht' : undefined);
  const a = eghTraeger({
    land: s.land,
    kreisAgs: s.kreis ?? '',
    stichtag: isoDatum(T),
    ...(s.lebensabschnitt ? { lebensabschnitt: s.lebensabschnitt } : {}),
    ...(leistungsbereich ? { leistungsbereich } : {}),
  });
  if (!a.bestimmt) {
    if (a.fehlt === 'lebensabschnitt') b.hinweis('LEBENSABSCHNITT_FEHLT', a.text);
    return undefined;
  }
  b.norm(a.grundlage, a.text);
  if (!a.geprueft)
    b.hinweis(
      'LANDESRECHT_UNGEPRUEFT',
      `Die Angabe zum Ausführungsrecht von ${landesnamen[s.land]} ist nicht an einer Fundstelle geprüft (Hinweis: ${a.fundstelle}). Bitte vor einer Entscheidung am Landesrecht prüfen.`,
    );
  if (a.offen) b.hinweis('LANDESRECHT_OFFEN', a.offen);
  return {
    land: s.land,
    eingliederungshilfe: a.ebene,
    grundlage: a.grundlage,
    ...(s.kreis ? { traeger: a.traegerId } : {}),
    ...(s.kreis && a.herangezogenId ? { herangezogen: a.herangezogenId } : {}),
    landesrechtGeprueft: a.geprueft,
  };
}

function sachlicheZustaendigkeit(
  f: Fakten,
  recht: 'SGB IX' | 'SGB XII',
  T: Tag,
  form: Leistungsform | undefined,
  bwBestanden: boolean | undefined,
  b: Begruendung,
): SachlicheZustaendigkeit | undefined {
  const s = f.e.sachlich;
  if (!s) return undefined;
  const hzp = s.hilfeZurPflege === true;
  const stationaer = form !== undefined && istTagUndNacht(form);
  const land = s.land;
  if (recht === 'SGB IX') {
    if (land === 'BY') {
      b.norm(
        '§ 94 Abs. 1 SGB IX',
        `Die Länder bestimmen die Träger der Eingliederungshilfe. In Bayern sind seit 01.01.2020 die Bezirke Träger der Eingliederungshilfe (AGSG i. d. F. des BayTHG II)${hzp ? '; die Hilfe zur Pflege ist bei ihnen gebündelt' : ''}.`,
      );
      b.hinweis(
        'UNVERIFIZIERT',
        'Der genaue Wortlaut des bayerischen Ausführungsrechts ab 2020 (BayTHG II, Art. 66d AGSG) ist nicht geprüft.',
        { beleg: 'recht.md §3.3' },
      );
      const bezirk = s.kreis ? bezirkZumKreis(s.kreis) : undefined;
      return {
        land,
        eingliederungshilfe: 'ueberoertlich',
        ...(hzp ? { hilfeZurPflege: 'ueberoertlich' as const } : {}),
        grundlage: '§ 94 Abs. 1 SGB IX i. V. m. AGSG (BayTHG II)',
        ...(bezirk ? { traeger: bezirk, landesrechtGeprueft: true } : {}),
      };
    }
    b.norm(
      '§ 94 Abs. 1 SGB IX',
      `Die Länder bestimmen die für die Eingliederungshilfe zuständigen Träger; maßgeblich ist das Ausführungsrecht von ${landesnamen[land]}.`,
    );
    const nachLand = traegerNachLandesrecht(s, T, form, b);
    if (nachLand) return { ...nachLand, ...(hzp ? { hilfeZurPflege: 'nachLandesrecht' as const } : {}) };
    if (land === 'BB')
      b.rechtsfrage(
        'OQ-2',
        'Aufteilung der sachlichen Zuständigkeit zwischen LASV (überörtlich) und Landkreisen/kreisfreien Städten (örtlich) nach dem AG-SGB IX Bbg ist nicht geklärt.',
      );
    return {
      land,
      eingliederungshilfe: 'nachLandesrecht',
      ...(hzp ? { hilfeZurPflege: 'nachLandesrecht' as const } : {}),
      grundlage: '§ 94 Abs. 1 SGB IX',
    };
  }
  if (land === 'BY' && T >= datum('2008-01-01')) {
    b.norm(
      'Art. 82 Abs. 1 Satz 1 AGSG',
      `In Bayern sind die Bezirke als überörtliche Träger der Sozialhilfe sachlich zuständig für alle Leistungen der Eingliederungshilfe nach dem Sechsten Kapitel SGB XII (Nr. 1) und für alle übrigen Leistungen in stationären oder teilstationären Einrichtungen (Nr. 2).`,
    );
    if (!hzp) return { land, eingliederungshilfe: 'ueberoertlich', grundlage: 'Art. 82 Abs. 1 Satz 1 Nr. 1 AGSG' };
    if (stationaer) {
      b.norm(
        '§ 97 Abs. 4 SGB XII a.F.',
        'Die Zuständigkeit für die stationäre Leistung umfasst die gleichzeitig zu erbringende Hilfe zur Pflege.',
      );
      return {
        land,
        eingliederungshilfe: 'ueberoertlich',
        hilfeZurPflege: 'ueberoertlich',
        grundlage: 'Art. 82 Abs. 1 Satz 1 Nr. 2 AGSG, § 97 Abs. 4 SGB XII',
      };
    }
    if (form === 'betreutesWohnen') {
      b.norm(
        'Art. 82 Abs. 2 AGSG',
        '§ 97 Abs. 4 SGB XII gilt entsprechend, wenn Eingliederungshilfe durch Betreuung in einer Wohngemeinschaft oder in betreutem Einzelwohnen erbracht wird. Nach der weiten Auslegung (BayLSG, Urteil vom 21.01.2016 – L 8 SO 235/14; BayLSG, Urteil vom 21.02.2013 – L 18 SO 85/10) genügt jeder Anteil an Eingliederungshilfe in dieser Wohnform; auf den Schwerpunkt kommt es anders als bei § 98 Abs. 5 SGB XII nicht an.',
      );
      b.norm(
        '§ 97 Abs. 4 SGB XII a.F.',
        'Der Bezirk ist damit für den Gesamtfall zuständig: für die Eingliederungshilfe und die ambulante Hilfe zur Pflege. Leistungen der Pflegekasse gehen vor und mindern den Umfang (§ 2 Abs. 1 SGB XII); die Grundsicherung ist nicht Gegenstand dieser Bündelung in der Prüfung.',
      );
      b.rechtsfrage(
        'OQ-7',
        `Art. 82 Abs. 2 AGSG: weite Auslegung (BayLSG, Urteil vom 21.01.2016 – L 8 SO 235/14) gegen die einschränkende Auslegung (BayLSG, Urteil vom 20.12.2016 – L 8 SO 241/14), die eine Ausrichtung auf Selbständigkeit und Selbstbestimmung im Alltag verlangt.${bwBestanden === false ? ' Nach den Betreuungsanteilen ist die Teilhabe nicht Hauptziel; nach der einschränkenden Auslegung bliebe die ambulante Hilfe zur Pflege beim örtlichen Träger.' : ''}`,
        { fundstelle: 'BayLSG, Urteil vom 21.01.2016 – L 8 SO 235/14', beleg: 'SEED-002' },
      );
      return {
        land,
        eingliederungshilfe: 'ueberoertlich',
        hilfeZurPflege: 'ueberoertlich',
        grundlage: 'Art. 82 Abs. 2 AGSG i. V. m. § 97 Abs. 4 SGB XII',
      };
    }
    b.norm(
      '§ 97 Abs. 1 SGB XII a.F.',
      'Die ambulante Hilfe zur Pflege fällt nicht unter Art. 82 Abs. 1 AGSG; Art. 82 Abs. 2 AGSG greift nur bei Betreuung in einer Wohngemeinschaft oder in betreutem Einzelwohnen. Für sie bleibt der örtliche Träger zuständig.',
    );
    return {
      land,
      eingliederungshilfe: 'ueberoertlich',
      hilfeZurPflege: 'oertlich',
      grundlage: 'Art. 82 Abs. 1 Satz 1 Nr. 1 AGSG, § 97 Abs. 1 SGB XII',
    };
  }
  b.norm(
    '§ 97 Abs. 2 SGB XII a.F.',
    `Sachlich zuständig ist der örtliche Träger, soweit nicht das Landesrecht von ${landesnamen[land]} den überörtlichen Träger bestimmt; ohne landesrechtliche Bestimmung war der überörtliche Träger für die Eingliederungshilfe zuständig (§ 97 Abs. 3 Nr. 1 SGB XII a.F.).${stationaer ? ' Die Zuständigkeit für die stationäre Leistung umfasst gleichzeitig zu erbringende Leistungen anderer Kapitel (§ 97 Abs. 4 SGB XII).' : ''}`,
  );
  if (land === 'BY') b.hinweis('LANDESRECHT_NICHT_HINTERLEGT', 'Das bayerische Ausführungsrecht vor dem 01.01.2008 ist nicht hinterlegt.');
  if (land === 'BB')
    b.rechtsfrage(
      'OQ-2',
      'Aufteilung der sachlichen Zuständigkeit in Brandenburg zwischen überörtlichem und örtlichem Träger ist nicht geklärt.',
    );
  return {
    land,
    eingliederungshilfe: 'nachLandesrecht',
    ...(hzp ? { hilfeZurPflege: 'nachLandesrecht' as const } : {}),
    grundlage: stationaer ? '§ 97 Abs. 2, 4 SGB XII' : '§ 97 Abs. 1–3 SGB XII',
  };
}

/** OQ-7 ohne Angaben zur sachlichen Zuständigkeit: nur als Hinweis, wenn der Träger ein bayerischer Bezirk ist. */
function oq7OhneAngaben(
  f: Fakten,
  recht: 'SGB IX' | 'SGB XII',
  T: Tag,
  traeger: string,
  form: Leistungsform | undefined,
  b: Begruendung,
): void {
  if (f.e.sachlich || recht !== 'SGB XII' || T < datum('2008-01-01') || form !== 'betreutesWohnen' || !istBayerischerBezirk(traeger))
    return;
  b.rechtsfrage(
    'OQ-7',
    `${q(traeger)} ist ein bayerischer Bezirk. Ob er nach Art. 82 Abs. 2 AGSG i. V. m. § 97 Abs. 4 SGB XII auch die ambulante Hilfe zur Pflege trägt, ist streitig: weite Auslegung (BayLSG, Urteil vom 21.01.2016 – L 8 SO 235/14) gegen einschränkende Auslegung (BayLSG, Urteil vom 20.12.2016 – L 8 SO 241/14). Für die sachliche Zuständigkeit bitte zusätzlich die sachliche Zuständigkeit prüfen lassen.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Aufbereitung, Gesamtablauf

function bereiteAuf(e: OertlicheZustaendigkeitEingabe): Fakten {
  const stichtag = datum(e.stichtag);
  const aufenthalte: Aufenthalt[] = (e.aufenthalte ?? []).map((a, index) => ({
    index,
    von: datum(a.von),
    bis: a.bis ? datum(a.bis) : UNBEGRENZT,
    offen: !a.bis,
    gebiet: a.gebiet,
    art: a.art,
  }));
  const alleLeistungen: Leistung[] = (e.leistungen ?? []).map((l, index) => ({
    index,
    von: datum(l.von),
    bis: l.bis ? datum(l.bis) : UNBEGRENZT,
    offen: !l.bis,
    form: l.form,
    ...(l.traeger ? { traeger: l.traeger } : {}),
  }));
  const leistungen = alleLeistungen
    .filter((l) => l.von <= stichtag)
    .map((l) => ({ ...l, bis: l.bis < stichtag ? l.bis : stichtag }))
    .sort((a, b) => a.von - b.von || a.index - b.index);
  const kuenftigeLeistungen = alleLeistungen.filter((l) => l.von > stichtag).sort((a, b) => a.von - b.von || a.index - b.index);
  const antraege: Antrag[] = (e.antraege ?? [])
    .map((a, index) => ({ index, datum: datum(a.datum), ...(a.traeger ? { traeger: a.traeger } : {}) }))
    .filter((a) => a.datum <= stichtag)
    .sort((a, b) => a.datum - b.datum || a.index - b.index);
  const sonstige = (e.unterbrechungen ?? []).filter((u) => u.grund === 'sonstig').map((u) => ({ von: datum(u.von), bis: datum(u.bis) }));
  const bruecken: Bruecke[] = (e.unterbrechungen ?? [])
    .filter((u) => u.grund !== 'sonstig')
    .map((u) => ({
      von: datum(u.von),
      bis: datum(u.bis),
      grund: u.grund === 'krankenhaus' ? ('krankenhaus' as const) : ('reha' as const),
    }));
  // Ein erfasster stationärer Aufenthalt ohne Leistungen wird als Krankenhaus/Reha angenommen,
  // außer eine Unterbrechung „sonstig“ sagt etwas anderes (Hinweis ANNAHME_KRANKENHAUS).
  for (const a of aufenthalte.filter((x) => x.art === 'stationaer'))
    for (const t of abzueglich({ von: a.von, bis: a.bis < stichtag ? a.bis : stichtag }, [...sonstige, ...bruecken]))
      if (t.von <= t.bis) bruecken.push({ ...t, grund: 'stationaerer Aufenthalt' });
  const { abschnitte } = gaZeitleiste(aufenthalte);
  return {
    e,
    stichtag,
    aufenthalte,
    ga: abschnitte,
    stationaer: aufenthalte.filter((a) => a.art === 'stationaer' || a.art === 'haft'),
    leistungen,
    kuenftigeLeistungen,
    antraege,
    bruecken,
  };
}

function rechtstag(e: OertlicheZustaendigkeitEingabe): Tag {
  return datum(e.rechtsstand ?? e.stichtag);
}

function hinweiseZurEingabe(f: Fakten, b: Begruendung): void {
  const { ueberschneidungen } = gaZeitleiste(f.aufenthalte);
  for (const [a, s] of ueberschneidungen)
    b.hinweis(
      'UEBERSCHNEIDUNG_GEWOEHNLICHER_AUFENTHALT',
      `Der ${a.index + 1}. gewöhnliche Aufenthalt (${q(a.gebiet)}, ${zeitraumText(a)}) und der ${s.index + 1}. (${q(s.gebiet)}, ${zeitraumText(s)}) überschneiden sich. Ein Mensch hat nur einen gewöhnlichen Aufenthalt (§ 30 Abs. 3 Satz 2 SGB I); die Prüfung nimmt einen Wechsel am ${d(s.von)} an. Bitte die Daten prüfen.`,
      { beleg: `/aufenthalte/${a.index} und /aufenthalte/${s.index}` },
    );
  const spaeter = [
    ...(f.e.leistungen ?? []).filter((l) => datum(l.von) > f.stichtag).map(() => 'Leistungen'),
    ...(f.e.antraege ?? []).filter((a) => datum(a.datum) > f.stichtag).map(() => 'Anträge'),
  ];
  if (spaeter.length > 0)
    b.hinweis(
      'DATEN_NACH_STICHTAG',
      `${[...new Set(spaeter)].join(' und ')} nach dem Stichtag ${d(f.stichtag)} zählen für die Zuständigkeit am Stichtag nicht (außer als geplante Leistung eines offenen Antrags).`,
    );
  const g = f.e.geburt;
  if (g && datum(g.datum) > f.stichtag) b.hinweis('GEBURT_NACH_STICHTAG', `Die Geburt am ${d(datum(g.datum))} liegt nach dem Stichtag.`);
}

function ermittle(e: OertlicheZustaendigkeitEingabe): Ergebnis<'oertlicheZustaendigkeit', OertlicheZustaendigkeitErgebnis> {
  const b = new Begruendung();
  const f = bereiteAuf(e);
  const rt = rechtstag(e);
  const recht: 'SGB IX' | 'SGB XII' = rt >= datum(rechtsstaende.eingliederungshilfeSgb9) ? 'SGB IX' : 'SGB XII';
  const vorgabe = e.rechtsstand ? ` Das Recht ist nach dem vorgegebenen Rechtsstand ${d(rt)} gewählt.` : '';
  if (e.rechtsstand)
    b.hinweis(
      'RECHTSSTAND_VORGEGEBEN',
      `Das Recht wurde nach dem vorgegebenen Rechtsstand ${d(rt)} gewählt, nicht nach dem Stichtag ${d(f.stichtag)}.`,
    );
  if (recht === 'SGB IX')
    b.norm(
      '§ 98 SGB IX',
      `Gefragt ist nach der Zuständigkeit am ${d(f.stichtag)}. Seit dem 01.01.2020 ist die Eingliederungshilfe in Teil 2 des SGB IX geregelt; die örtliche Zuständigkeit richtet sich nach § 98 SGB IX.${vorgabe}`,
    );
  else
    b.norm(
      '§ 98 SGB XII a.F.',
      `Gefragt ist nach der Zuständigkeit am ${d(f.stichtag)}. Bis zum 31.12.2019 war die Eingliederungshilfe im Sechsten Kapitel des SGB XII geregelt; die örtliche Zuständigkeit richtet sich nach § 98 SGB XII in der bis dahin geltenden Fassung.${vorgabe}`,
    );
  hinweiseZurEingabe(f, b);
  const entscheidung: EntscheidungXII | undefined = recht === 'SGB IX' ? nachSgbIX(f, b) : nachSgbXII(f, f.stichtag, 'regulaer', b, 0);
  if (!entscheidung) throw fehlenderAufenthalt(f.stichtag);
  const a = anteile(e);
  const formAmStichtag = praegendeLeistung(leistungenAm(f, f.stichtag))?.form ?? entscheidung.form;
  const betreutesWohnen = recht === 'SGB XII' ? (entscheidung.betreutesWohnen ?? false) : (entscheidung.betreutesWohnen ?? null);
  oq7OhneAngaben(f, recht, f.stichtag, entscheidung.traeger, formAmStichtag, b);
  const sachlich = sachlicheZustaendigkeit(f, recht, f.stichtag, formAmStichtag, entscheidung.betreutesWohnen, b);
  const traegerVorher = f.leistungen.filter((l) => l.traeger && l.traeger !== entscheidung.traeger && enthaelt(l, f.stichtag));
  if (traegerVorher.length > 0 && !entscheidung.vorlaeufig && !b.hinweise.some((h) => h.code === 'ERSTATTUNG_98_2'))
    b.hinweis(
      'ABWEICHENDER_LEISTUNGSTRAEGER',
      `Am Stichtag leistet ${[...new Set(traegerVorher.map((l) => q(l.traeger ?? '')))].join(', ')}, zuständig ist aber ${q(entscheidung.traeger)}. Ein Erstattungsanspruch (§§ 102 ff. SGB X, § 98 Abs. 2 Satz 2 SGB IX) ist zu prüfen.`,
    );
  return b.ergebnis('oertlicheZustaendigkeit', {
    recht,
    traeger: entscheidung.traeger,
    vorlaeufig: entscheidung.vorlaeufig,
    grundlage: entscheidung.grundlage,
    betreutesWohnen,
    teilhabeAnteilProzent: a ? rundeProzent(a.teilhabeProzent) : null,
    pflegeAnteilProzent: a ? rundeProzent(a.pflegeProzent) : null,
    ...kostenDerAnteile(e, b),
    massgeblicherTag: isoDatum(entscheidung.zeitpunkt),
    anknuepfung: entscheidung.anknuepfung,
    ...(entscheidung.fenster ? { rueckschau: { von: isoDatum(entscheidung.fenster.von), bis: isoDatum(entscheidung.fenster.bis) } } : {}),
    ...(entscheidung.vierWochenEnde !== undefined ? { vierWochenEnde: isoDatum(entscheidung.vierWochenEnde) } : {}),
    ...(entscheidung.endgueltigerTraeger ? { endgueltigerTraeger: entscheidung.endgueltigerTraeger } : {}),
    ...(sachlich ? { sachlicheZustaendigkeit: sachlich } : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// Schema und Widersprüche

const gebietSchema = (beschreibung: string): JsonSchema => textSchema(beschreibung, 100);
const minutenSchema = (beschreibung: string): JsonSchema => ({
  type: 'integer',
  minimum: 0,
  maximum: 1440,
  description: `${beschreibung} (Minuten je Tag)`,
});

const schema = pruefungsSchema(
  'oertlicheZustaendigkeit',
  'Örtliche Zuständigkeit nach § 98 SGB IX (ab 2020) bzw. § 98 SGB XII (2005–2019)',
  {
    stichtag: datumSchema('Tag, für den die Zuständigkeit gefragt ist; wählt das Recht (vor 01.01.2020 § 98 SGB XII, danach § 98 SGB IX)'),
    aufenthalte: liste(
      objekt(
        {
          von: datumSchema('Beginn des Aufenthalts'),
          bis: datumSchema(
            'Ende des Aufenthalts (fehlt: dauert an; ein offener gewöhnlicher Aufenthalt endet mit dem Beginn des nächsten)',
          ),
          gebiet: gebietSchema('Gebiet, benannt nach dem dafür zuständigen Träger'),
          art: {
            type: 'string',
            enum: ['gewoehnlich', 'voruebergehend', 'stationaer', 'haft'],
            description:
              'gewoehnlich (gewöhnlicher Aufenthalt), voruebergehend, stationaer (Krankenhaus, Klinik, Einrichtung – nie gewöhnlicher Aufenthalt), haft',
          },
        },
        ['von', 'gebiet', 'art'],
      ),
      'Aufenthalte der leistungsberechtigten Person',
      200,
    ),
    leistungen: liste(
      objekt(
        {
          von: datumSchema('Beginn der Leistung'),
          bis: datumSchema('Ende der Leistung (fehlt: dauert an)'),
          form: {
            type: 'string',
            enum: ['ambulant', 'tagUndNacht', 'betreutesWohnen', 'stationaer'],
            description:
              'ambulant, tagUndNacht (Betreuung über Tag und Nacht / besondere Wohnform), betreutesWohnen (ambulant betreutes Wohnen), stationaer',
          },
          traeger: gebietSchema('Träger, der die Leistung erbracht hat (optional)'),
        },
        ['von', 'form'],
      ),
      'Leistungen der Eingliederungshilfe; es zählen nur Leistungen, die bis zum Stichtag begonnen haben',
      200,
    ),
    antraege: liste(
      objekt(
        { datum: datumSchema('Tag der Antragstellung'), traeger: gebietSchema('Träger, bei dem der Antrag gestellt wurde (optional)') },
        ['datum'],
      ),
      'Anträge; maßgeblich ist der erste Antrag des laufenden Leistungsfalls (§ 108 Abs. 1 SGB IX)',
      50,
    ),
    gesamtplanBeginn: datumSchema(
      'Beginn des Gesamtplanverfahrens, wenn kein Antrag nötig war (§ 98 Abs. 1 Satz 2, § 108 Abs. 2 SGB IX; optional)',
    ),
    unterbrechungen: liste(
      objekt(
        {
          von: datumSchema('Beginn der Unterbrechung'),
          bis: datumSchema('Ende der Unterbrechung'),
          grund: {
            type: 'string',
            enum: ['krankenhaus', 'reha', 'sonstig'],
            description: 'krankenhaus, reha (medizinische Rehabilitation) oder sonstig',
          },
        },
        ['von', 'bis', 'grund'],
      ),
      'Unterbrechungen des Leistungsbezugs (§ 98 Abs. 1 Satz 5 SGB IX)',
      100,
    ),
    geburt: objekt(
      { datum: datumSchema('Tag der Geburt'), gebietMutter: gebietSchema('Gebiet des gewöhnlichen Aufenthalts der Mutter') },
      ['datum', 'gebietMutter'],
      'Geburt des Kindes (§ 98 Abs. 3 SGB IX; § 98 Abs. 2 Satz 4 SGB XII)',
    ),
    betreuungsanteile: objekt(
      {
        teilhabe: minutenSchema('Teilhabe am Leben in der Gemeinschaft'),
        pflege: minutenSchema('Pflege'),
        sonstige: minutenSchema('Sonstige Hilfe'),
        stundensatzCent: centSchema('Stundensatz der Assistenz (optional; für die Kosten der Anteile)'),
        tageProMonat: { type: 'integer', minimum: 28, maximum: 31, description: 'Tage je Monat für die Monatskosten (Standard 30)' },
      },
      ['teilhabe', 'pflege', 'sonstige'],
      'Betreuungsminuten je Tag für den BSG-Test zum betreuten Wohnen (§ 98 Abs. 5 SGB XII; optional)',
    ),
    gewoehnlicherAufenthaltUngeklaert: boolSchema('Der gewöhnliche Aufenthalt ist am Stichtag ungeklärt (§ 98 Abs. 2 Satz 1 SGB IX)'),
    gewoehnlicherAufenthaltFestgestelltAm: datumSchema(
      'Tag, an dem der gewöhnliche Aufenthalt festgestellt wurde (§ 98 Abs. 2 Satz 2 SGB IX; optional); vorher gilt er als ungeklärt',
    ),
    eilfall: boolSchema('Eilfall: der Träger des tatsächlichen Aufenthalts leistet vorläufig'),
    tatsaechlicherAufenthalt: gebietSchema('Gebiet des tatsächlichen Aufenthalts (§ 98 Abs. 2 SGB IX)'),
    sachlich: objekt(
      {
        land: landSchema('Land, dessen Ausführungsrecht gilt'),
        hilfeZurPflege: boolSchema('Gleichzeitig wird Hilfe zur Pflege geleistet (Gesamtfall, § 97 Abs. 4 SGB XII, Art. 82 Abs. 2 AGSG)'),
        kreis: {
          type: 'string',
          pattern: '^\\d{5}$',
          description: 'Kreisschlüssel (fünf Ziffern) des Kreises oder der kreisfreien Stadt des gewöhnlichen Aufenthalts (optional)',
        },
        lebensabschnitt: {
          type: 'string',
          enum: ['kindOderSchule', 'erwachsen'],
          description:
            'Kind oder Jugendlicher bis zum Ende der Schulzeit, oder erwachsen – wo das Land danach unterscheidet (Hessen, Niedersachsen, Nordrhein-Westfalen, Rheinland-Pfalz, Sachsen)',
        },
        leistungsbereich: {
          type: 'string',
          enum: [...leistungsbereiche],
          description: 'Leistungsbereich, an dem in Nordrhein-Westfalen die Zuständigkeit für Kinder hängt (optional)',
        },
      },
      ['land'],
      'Optional: zusätzlich die sachliche Zuständigkeit prüfen',
    ),
  },
  ['stichtag'],
);

function pruefeWidersprueche(e: OertlicheZustaendigkeitEingabe): Fehler[] {
  const fehler: Fehler[] = [];
  const bisVorVon = (liste: readonly { von: IsoDatum; bis?: IsoDatum }[] | undefined, name: string): void => {
    for (const [i, x] of (liste ?? []).entries())
      if (x.bis && datum(x.bis) < datum(x.von))
        fehler.push({ pfad: `/${name}/${i}/bis`, meldung: `Das Ende (${d(datum(x.bis))}) liegt vor dem Beginn (${d(datum(x.von))}).` });
  };
  bisVorVon(e.aufenthalte, 'aufenthalte');
  bisVorVon(e.leistungen, 'leistungen');
  bisVorVon(e.unterbrechungen, 'unterbrechungen');
  const ga = (e.aufenthalte ?? []).map((a, i) => ({ ...a, i })).filter((a) => a.art === 'gewoehnlich');
  for (const [k, a] of ga.entries())
    for (const s of ga.slice(k + 1))
      if (s.von === a.von && s.gebiet !== a.gebiet)
        fehler.push({
          pfad: `/aufenthalte/${s.i}/von`,
          meldung: `Zwei gewöhnliche Aufenthalte in verschiedenen Gebieten (${q(a.gebiet)}, ${q(s.gebiet)}) ab demselben Tag ${d(datum(s.von))}; ein Mensch hat nur einen gewöhnlichen Aufenthalt (§ 30 Abs. 3 Satz 2 SGB I).`,
        });
  const a = e.betreuungsanteile;
  if (a && a.teilhabe + a.pflege + a.sonstige === 0)
    fehler.push({
      pfad: '/betreuungsanteile',
      meldung: 'Die Betreuungsanteile ergeben zusammen 0 Minuten; ein Anteil lässt sich nicht berechnen.',
    });
  if (a && a.teilhabe + a.pflege + a.sonstige > 1440)
    fehler.push({ pfad: '/betreuungsanteile', meldung: 'Die Betreuungsanteile ergeben zusammen mehr als 24 Stunden am Tag.' });
  if (rechtstag(e) < datum(rechtsstaende.sgb12))
    fehler.push({
      pfad: e.rechtsstand ? '/rechtsstand' : '/stichtag',
      meldung:
        'Vor dem 01.01.2005 galt für die Eingliederungshilfe das BSHG; diese Prüfung bildet nur § 98 SGB XII (2005–2019) und § 98 SGB IX (ab 2020) ab.',
    });
  if (fehler.length > 0) return fehler;
  try {
    ermittle(e);
  } catch (x) {
    if (x instanceof UnzureichendeAngaben) return [x.fehler];
    throw x;
  }
  return [];
}

export const oertlicheZustaendigkeit = pruefungsart<OertlicheZustaendigkeitEingabe, OertlicheZustaendigkeitErgebnis>({
  art: 'oertlicheZustaendigkeit',
  titel: 'Örtliche Zuständigkeit des Trägers der Eingliederungshilfe',
  normen: '§ 98 SGB IX; § 98, § 109 SGB XII a.F.',
  schema,
  beispiel: {
    art: 'oertlicheZustaendigkeit',
    stichtag: '2023-09-01',
    aufenthalte: [
      { von: '2015-01-01', bis: '2023-07-31', gebiet: 'lk-prignitz', art: 'gewoehnlich' },
      { von: '2023-08-01', gebiet: 'cottbus', art: 'gewoehnlich' },
    ],
    leistungen: [{ von: '2021-06-01', form: 'ambulant', traeger: 'lk-prignitz' }],
    antraege: [{ datum: '2021-05-10', traeger: 'lk-prignitz' }],
  },
  pruefeWidersprueche,
  berechne: ermittle,
});
