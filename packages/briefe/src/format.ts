// Schreibweisen der Briefe: Datum TT.MM.JJJJ (DIN 5008, numerisch), Geld 1.234,56 € (ganze
// Cent, Schreibweise des Regelwerks), Anschriftzeilen. Hier wird nichts gerechnet.
import { euro, prozent } from '@egh/recht';
import type { Anschrift, IsoDatum } from './typen.ts';

export { euro, prozent };

/** `2025-06-30` → `30.06.2025`; leer bleibt leer. */
export function datum(iso: IsoDatum | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Ein Zeitraum `01.04.2024 – 30.04.2024`. */
export function zeitraum(von: IsoDatum, bis: IsoDatum): string {
  return `${datum(von)} – ${datum(bis)}`;
}

/** Straße und „PLZ Ort“ als Zeilen; fehlende Teile fallen weg. */
export function anschriftZeilen(a: Anschrift): string[] {
  const ort = [a.plz, a.ort].filter(Boolean).join(' ');
  return [a.strasse ?? '', ort].filter((z) => z.trim() !== '');
}

/** Eine Zeile „Name · Straße · PLZ Ort“ (Rücksendeangabe). */
export function einzeilig(name: string, a: Anschrift): string {
  return [name, ...anschriftZeilen(a)].join(' · ');
}

/** IBAN in Vierergruppen (DIN 5008: IBAN in Gruppen zu vier Zeichen). */
export function iban(i: string): string {
  return i.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
