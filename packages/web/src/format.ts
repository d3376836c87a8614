// Deutsche Darstellung: Daten TT.MM.JJJJ, Beträge 1.234,56 €; Eingaben in derselben Form.
import type { Land } from './api.ts';

/** JJJJ-MM-TT → TT.MM.JJJJ (leer bleibt leer). */
export function datumDe(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Zeitstempel → TT.MM.JJJJ, HH:MM Uhr (Europe/Berlin). */
export function zeitDe(zeitstempel: string): string {
  const d = new Date(zeitstempel);
  return `${new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d).replace(',', ',')} Uhr`;
}

const monatsnamen = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/**
 * Warum eine Datumseingabe nicht gilt: „Den 31.02.2024 gibt es nicht – der Februar 2024 hat
 * 29 Tage.“, wenn nur der Tag nicht existiert; sonst `sonst` (die Bitte um die Form TT.MM.JJJJ).
 */
export function datumMeldung(eingabe: string, sonst = 'Bitte ein gültiges Datum im Format TT.MM.JJJJ eingeben, z. B. 03.03.2025.'): string {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(eingabe);
  if (!m) return sonst;
  const [t, mo, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const de = `${String(t).padStart(2, '0')}.${String(mo).padStart(2, '0')}.${j}`;
  if (mo < 1 || mo > 12) return `Den ${de} gibt es nicht – einen Monat ${mo} gibt es nicht.`;
  const tage = new Date(Date.UTC(j, mo, 0)).getUTCDate();
  if (t < 1 || t > tage) return `Den ${de} gibt es nicht – der ${monatsnamen[mo - 1] ?? ''} ${j} hat ${tage} Tage.`;
  return sonst;
}

/** „1 Eintrag“, „2 Einträge“, „1.200 Einträge“. */
export function anzahl(n: number, einzahl: string, mehrzahl: string): string {
  return `${n.toLocaleString('de-DE')} ${n === 1 ? einzahl : mehrzahl}`;
}

/** TT.MM.JJJJ (auch T.M.JJJJ) → JJJJ-MM-TT, sonst `undefined`; prüft den Kalender. */
export function datumIso(eingabe: string): string | undefined {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(eingabe);
  if (!m) return undefined;
  const [t, mo, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const tage = new Date(Date.UTC(j, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || t < 1 || t > tage) return undefined;
  return `${String(j).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(t).padStart(2, '0')}`;
}

const euroFormat = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

/** Cent → „1.234,56 €“. */
export function euro(cent: number | null | undefined): string {
  if (cent === null || cent === undefined) return '';
  return euroFormat.format(cent / 100);
}

/** „1.234,56“ oder „1234,56 €“ → Cent, sonst `undefined`. */
export function centAus(eingabe: string): number | undefined {
  const s = eingabe.replace(/\s|€/g, '');
  if (!/^-?\d{1,3}(\.\d{3})*(,\d{1,2})?$|^-?\d+(,\d{1,2})?$/.test(s)) return undefined;
  const [ganz, teil = ''] = s.replace(/\./g, '').split(',');
  const wert = Number(ganz) * 100 + Math.sign(Number(ganz) || 1) * Number(teil.padEnd(2, '0'));
  return Number.isFinite(wert) ? wert : undefined;
}

export function prozentDe(p: number | null | undefined): string {
  if (p === null || p === undefined) return '';
  return `${p.toFixed(2).replace('.', ',')} %`;
}

/** Heute als JJJJ-MM-TT (Europe/Berlin). */
export function heuteIso(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/**
 * Die 16 Länder: Kürzel → Name (Anzeige, Auswahllisten). Die Oberfläche darf das Regelwerk nicht
 * importieren (nur seine Typen); `satisfies` hält die Kürzel gleich mit `Land` des Regelwerks.
 */
export const landNamen: Record<string, string> = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
} satisfies Record<Land, string>;

/** Die Länder als Optionen einer Auswahlliste (in der Reihenfolge der Kürzel oben). */
export const landOptionen: { wert: string; text: string }[] = Object.entries(landNamen).map(([wert, text]) => ({ wert, text }));

/** Name eines Landes; ein unbekanntes Kürzel bleibt, wie es ist. */
export function landName(kuerzel: string): string {
  return landNamen[kuerzel] ?? kuerzel;
}
