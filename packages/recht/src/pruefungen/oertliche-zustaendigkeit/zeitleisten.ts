// Zeitleisten: gewöhnlicher Aufenthalt ohne Überschneidungen (§ 30 Abs. 3 Satz 2 SGB I), stationäre
// Aufenthalte als Blöcke und das Rückschaufenster der zwei Monate (§ 98 Abs. 1 Satz 1 Alt. 2, Abs. 4
// Satz 2 SGB IX; § 98 Abs. 2 Satz 1 SGB XII a.F.).
import { parameter, wertAmOderFehler } from '../../gemeinsam/parameter.ts';
import { type Tag, deutschesDatum, plusMonate, plusTage } from '../../kalender/datum.ts';
import { type Aufenthalt, type Fakten, type GaAbschnitt, type Zeitraum, UNBEGRENZT } from './typen.ts';

export const d = deutschesDatum;

export const q = (gebiet: string): string => `„${gebiet}“`;

export function enthaelt(z: Zeitraum, t: Tag): boolean {
  return z.von <= t && t <= z.bis;
}

export function ueberschneiden(a: Zeitraum, b: Zeitraum): boolean {
  return a.von <= b.bis && b.von <= a.bis;
}

/** Vereinigt überlappende und aneinandergrenzende Zeiträume. */
export function vereinige(zeitraeume: readonly Zeitraum[]): Zeitraum[] {
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
export function abzueglich(z: Zeitraum, abzug: readonly Zeitraum[]): Zeitraum[] {
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

export function zeitraumText(z: Zeitraum): string {
  return z.bis >= UNBEGRENZT ? `seit ${d(z.von)}` : `${d(z.von)} bis ${d(z.bis)}`;
}

/**
 * Löst den gewöhnlichen Aufenthalt in eine überschneidungsfreie Zeitleiste auf (§ 30 Abs. 3 Satz 2
 * SGB I: ein Mensch hat ihn nur an einem Ort). Ein offener Eintrag endet mit dem Beginn des nächsten
 * (Umzug); bei ausdrücklich überlappenden Einträgen gilt ab seinem Beginn der spätere Eintrag, und
 * die Engine sagt das in einem Hinweis (Wahl: Hinweis statt Fehler, weil ein Umzugstag oft doppelt
 * erfasst wird; nur zwei verschiedene Gebiete ab demselben Tag sind ein Eingabefehler).
 */
export function gaZeitleiste(aufenthalte: readonly Aufenthalt[]): {
  abschnitte: GaAbschnitt[];
  ueberschneidungen: [Aufenthalt, Aufenthalt][];
} {
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

export function gaAm(f: Fakten, t: Tag): GaAbschnitt | undefined {
  return f.ga.find((s) => enthaelt(s, t));
}

/** Der zuletzt im Fenster bestehende gewöhnliche Aufenthalt. */
export function letzterGaIn(f: Fakten, fenster: Zeitraum): GaAbschnitt | undefined {
  let bester: GaAbschnitt | undefined;
  for (const s of f.ga) {
    if (!ueberschneiden(s, fenster)) continue;
    if (!bester || Math.min(s.bis, fenster.bis) >= Math.min(bester.bis, fenster.bis)) bester = s;
  }
  return bester;
}

/** Zusammenhängende stationäre Aufenthalte (Einrichtungen, Kliniken, Haft) als Blöcke. */
export function stationaereBloecke(f: Fakten, zusaetzlich: readonly Zeitraum[] = []): Zeitraum[] {
  return vereinige([...f.stationaer, ...zusaetzlich]);
}

export function blockAm(bloecke: readonly Zeitraum[], t: Tag): Zeitraum | undefined {
  return bloecke.find((z) => enthaelt(z, t));
}

/** Der stationäre Block, der im Fenster zuletzt bestand. */
function letzterBlockIn(bloecke: readonly Zeitraum[], fenster: Zeitraum): Zeitraum | undefined {
  let bester: Zeitraum | undefined;
  for (const z of bloecke) if (ueberschneiden(z, fenster) && (!bester || z.bis >= bester.bis)) bester = z;
  return bester;
}

/** Wo sich die Person am Tag `t` tatsächlich aufhielt: ein nicht gewöhnlicher Aufenthalt geht vor. */
export function tatsaechlichAm(f: Fakten, t: Tag): string | undefined {
  const besonders = f.aufenthalte.filter((a) => a.art !== 'gewoehnlich' && enthaelt(a, t)).sort((a, b) => b.von - a.von);
  return besonders[0]?.gebiet ?? gaAm(f, t)?.gebiet;
}

function rueckschauMonate(t: Tag): number {
  return wertAmOderFehler(parameter.rueckschauMonateGewoehnlicherAufenthalt, t).wert;
}

export function fensterVor(t: Tag): Zeitraum {
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
export function gaVor(f: Fakten, beginn: Tag, bloecke: readonly Zeitraum[]): GaVorAufnahme | undefined {
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
