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

/**
 * Setzt Normzitate und Abkürzungen so, wie man sie schreibt, und hält sie zusammen: „i.V.m.“ wird
 * „i. V. m.“, und zwischen „§“/„§§“, „Abs.“, „Satz“, „Nr.“, „Art.“, „S.“ und der Zahl, zwischen „SGB“
 * und dem Buch sowie innerhalb von „i. V. m.“, „a. F.“, „n. F.“, „z. B.“ steht ein geschütztes
 * Leerzeichen (U+00A0) – kein Zeilenumbruch trennt „§ 111 SGB X“.
 */
export function zitat(t: string): string {
  return t
    .replace(/\bi\.\s*V\.\s*m\./g, 'i.\u00a0V.\u00a0m.')
    .replace(/\b([anz])\.\s?([FB])\./g, '$1.\u00a0$2.')
    .replace(/(§§?|Abs\.|Satz|Nr\.|Art\.|S\.|Buchst\.) (?=[0-9IVX])/g, '$1\u00a0')
    .replace(/\b(SGB|BGB|BGG|GG) (?=[IVX]+\b|[0-9])/g, '$1\u00a0')
    .replace(/(\d) (?=(€|%|Abs\.|Satz|Nr\.|SGB|BGB)(?![\p{L}]))/gu, '$1\u00a0');
}

/** Wendet `zitat` auf jeden Text eines Inhalts der Dokumentdefinition an (rekursiv). */
export function geschuetzt<T>(inhalt: T): T {
  if (typeof inhalt === 'string') return zitat(inhalt) as T;
  if (Array.isArray(inhalt)) return inhalt.map((x: unknown) => geschuetzt(x)) as T;
  if (inhalt && typeof inhalt === 'object') {
    const kopie: Record<string, unknown> = {};
    for (const [schluessel, wert] of Object.entries(inhalt)) {
      kopie[schluessel] = ['text', 'stack', 'columns', 'ul', 'ol', 'table', 'body'].includes(schluessel) ? geschuetzt(wert) : wert;
    }
    return kopie as T;
  }
  return inhalt;
}
