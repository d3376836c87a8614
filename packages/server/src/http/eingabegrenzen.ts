// Grenzen für jede Eingabe, bevor ein Schema oder die Datenbank sie sieht: JSON höchstens
// `maxTiefe` Ebenen tief (sonst läuft der rekursive Parser bzw. die Validierung über den Stack)
// und kein NUL-Zeichen in Texten (PostgreSQL speichert es in text-Spalten nicht: 22021).
import { Stream } from 'node:stream';
import { eingabefehler } from './problem.ts';

export const maxTiefe = 64;

/**
 * Tiefe der Verschachtelung eines JSON-Texts, ohne ihn zu parsen (Klammern in Zeichenketten
 * zählen nicht). Bricht ab, sobald `grenze` überschritten ist.
 */
export function jsonTiefe(text: string, grenze = maxTiefe): number {
  let tiefe = 0;
  let hoechste = 0;
  let inText = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inText) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inText = false;
    } else if (c === 0x22) inText = true;
    else if (c === 0x5b || c === 0x7b) {
      tiefe++;
      if (tiefe > hoechste) {
        hoechste = tiefe;
        if (hoechste > grenze) return hoechste;
      }
    } else if (c === 0x5d || c === 0x7d) tiefe--;
  }
  return hoechste;
}

export function pruefeJsonTiefe(text: string): void {
  if (jsonTiefe(text) > maxTiefe)
    throw eingabefehler([{ pfad: '', meldung: `Das JSON ist zu tief verschachtelt (höchstens ${maxTiefe} Ebenen).` }]);
}

/** JSON-Pointer des ersten Texts (Wert oder Schlüssel) mit NUL-Zeichen, sonst undefined. */
export function findeNul(w: unknown, pfad = ''): string | undefined {
  if (typeof w === 'string') return w.includes('\u0000') ? pfad : undefined;
  // Dateien (Import) kommen als Buffer oder Strom; die prüft ihr Leser Zelle für Zelle.
  if (w === null || typeof w !== 'object' || Buffer.isBuffer(w) || w instanceof Stream) return undefined;
  for (const [schluessel, wert] of Object.entries(w)) {
    const hier = `${pfad}/${schluessel.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (schluessel.includes('\u0000')) return hier;
    const tiefer = findeNul(wert, hier);
    if (tiefer !== undefined) return tiefer;
  }
  return undefined;
}

/** Wirft 400, wenn Pfad, Abfrage oder Körper ein NUL-Zeichen enthält; nennt das Feld. */
export function pruefeAufNul(teile: { params?: unknown; query?: unknown; body?: unknown }): void {
  const orte = [
    ['params', 'Pfadparameter '],
    ['query', 'Abfrageparameter '],
    ['body', ''],
  ] as const;
  for (const [teil, ort] of orte) {
    const pfad = findeNul(teile[teil]);
    if (pfad === undefined) continue;
    // Wie die Meldungen der Validierung: im Körper nennt der JSON-Pointer das Feld, sonst der Text.
    const vorne = ort && pfad ? `${ort}${pfad.slice(1)}: ` : '';
    throw eingabefehler([{ pfad, meldung: `${vorne}Das Steuerzeichen NUL (\\u0000) ist nicht erlaubt.` }]);
  }
}
