// Zellwerte in Austauschdateien (CSV, XLSX): Kalenderdaten TT.MM.JJJJ, Beträge in Euro mit
// Komma (1.234,56), ja/nein. Gelesen wird streng; jede Abweichung wird als deutsche Meldung für
// die Zeile und Spalte gemeldet. Kalenderdaten sind Tageszahlen/JJJJ-MM-TT, nie JS-Date (ein Date
// kommt nur aus exceljs herein und wird sofort in UTC gelesen).
import { datum as kalender } from '@egh/recht';

/** Ein Zellwert, wie ihn der CSV- oder XLSX-Leser liefert. */
export type Zellwert = string | number | boolean | Date | null;

/** Ergebnis einer Umwandlung: Wert oder deutsche Fehlermeldung. */
export type Gelesen<T> = { ok: true; wert: T } | { ok: false; meldung: string };

const ok = <T>(wert: T): Gelesen<T> => ({ ok: true, wert });
const falsch = <T>(meldung: string): Gelesen<T> => ({ ok: false, meldung });

/** Excel zählt Tage ab dem 30.12.1899; Tageszahl 0 ist der 01.01.1970 (Excel 25569). */
const excelVersatz = 25569;

// Formeln in Austauschdateien (OWASP „CSV Injection“): Eine Zelle, die – auch nach Leerraum – mit
// = + - @ Tabulator oder Wagenrücklauf beginnt, führt Excel oder LibreOffice als Formel aus. Die
// Ausgabe stellt solchen Texten ein Hochkomma voran; ein Text, der schon mit Hochkommas vor einem
// solchen Zeichen beginnt, bekommt eines mehr. Der Import nimmt genau dieses eine Hochkomma wieder
// weg: Export und erneuter Import geben den ursprünglichen Text zurück.
const formelAnfang = /^'*\s*[=+\-@\t\r]/;

/** Text für eine Zelle einer Austauschdatei, der nie als Formel ausgeführt wird. */
export function entschaerfe(s: string): string {
  return formelAnfang.test(s) ? `'${s}` : s;
}

/** Umkehrung von entschaerfe: das vorangestellte Hochkomma wieder entfernen. */
export function entschaerfungAufheben(s: string): string {
  return s.startsWith("'") && formelAnfang.test(s.slice(1)) ? s.slice(1) : s;
}

export function text(z: Zellwert): string {
  if (z === null) return '';
  if (typeof z === 'string') return entschaerfungAufheben(z.trim());
  if (z instanceof Date) return Number.isNaN(z.getTime()) ? '' : z.toISOString().slice(0, 10);
  return String(z);
}

export function istLeer(z: Zellwert): boolean {
  return z === null || (typeof z === 'string' && z.trim() === '');
}

const deutsch = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** TT.MM.JJJJ (auch T.M.JJJJ) oder JJJJ-MM-TT; in XLSX auch eine Datumszelle. */
export function liesDatum(z: Zellwert): Gelesen<string> {
  if (z instanceof Date) {
    if (Number.isNaN(z.getTime())) return falsch('Kein gültiges Datum.');
    // exceljs liefert Datumszellen als Mitternacht UTC.
    return ok(z.toISOString().slice(0, 10));
  }
  if (typeof z === 'number') {
    if (!Number.isInteger(z) || z < 1 || z > 2958465) return falsch(`Kein gültiges Datum: „${z}“.`);
    return ok(kalender.isoDatum((z - excelVersatz) as kalender.Tag));
  }
  const s = text(z);
  const m = deutsch.exec(s);
  const iso = m ? `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}` : s;
  if (kalender.parseDatum(iso) === undefined) return falsch(`Kein gültiges Datum (TT.MM.JJJJ): „${s}“.`);
  return ok(iso);
}

/** JJJJ-MM-TT → TT.MM.JJJJ. */
export function deutschesDatum(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** JJJJ-MM-TT → Excel-Seriennummer (für eine Zelle mit Datumsformat). */
export function excelDatum(iso: string): number {
  return kalender.datum(iso) + excelVersatz;
}

const betragDeutsch = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;
const betragPunkt = /^(-?)(\d+)\.(\d{1,2})$/;

/**
 * Betrag in Euro → ganze Cent. Deutsch „1.234,56“ oder „1234,56“; ein einzelner Punkt mit ein
 * oder zwei Nachkommastellen („1234.5“) gilt als Dezimalpunkt. In XLSX auch eine Zahlzelle.
 */
export function liesBetrag(z: Zellwert): Gelesen<number> {
  if (typeof z === 'number') {
    const c = Math.round(z * 100);
    if (!Number.isFinite(z) || Math.abs(z * 100 - c) > 1e-6) return falsch(`Betrag mit mehr als zwei Nachkommastellen: „${z}“.`);
    return c < 0 ? falsch('Der Betrag darf nicht negativ sein.') : ok(c);
  }
  const s = text(z).replace(/\s*€$/, '').replace(/\s/g, '');
  const m = betragDeutsch.exec(s) ?? betragPunkt.exec(s);
  if (!m) return falsch(`Kein Betrag in Euro (z. B. 1.234,56): „${text(z)}“.`);
  if (m[1] === '-') return falsch('Der Betrag darf nicht negativ sein.');
  const cent = Number((m[2] ?? '0').replace(/\./g, '')) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  if (!Number.isSafeInteger(cent) || cent > 1e13) return falsch(`Der Betrag ist zu groß: „${text(z)}“.`);
  return ok(cent);
}

/** Cent → „1.234,56“ (ohne €-Zeichen; die Spaltenüberschrift nennt die Einheit). */
export function betragText(cent: number | null | undefined): string {
  if (cent === null || cent === undefined) return '';
  const euroTeil = Math.floor(cent / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${euroTeil},${(cent % 100).toString().padStart(2, '0')}`;
}

export function liesJaNein(z: Zellwert): Gelesen<boolean> {
  if (typeof z === 'boolean') return ok(z);
  const s = text(z).toLowerCase();
  if (['ja', 'j', 'x', 'wahr', 'true', '1'].includes(s)) return ok(true);
  if (['nein', 'n', '', 'falsch', 'false', '0'].includes(s)) return ok(false);
  return falsch(`„${text(z)}“ ist weder „ja“ noch „nein“.`);
}

export function liesAuswahl<T extends string>(z: Zellwert, erlaubt: readonly T[]): Gelesen<T> {
  const s = text(z);
  const treffer = erlaubt.find((e) => e.toLowerCase() === s.toLowerCase());
  return treffer ? ok(treffer) : falsch(`Unbekannter Wert „${s}“; erlaubt: ${erlaubt.join(', ')}.`);
}

/** JSON-Objekt in einer Zelle (leer = kein Objekt). */
export function liesJsonObjekt(z: Zellwert): Gelesen<Record<string, unknown> | undefined> {
  const s = text(z);
  if (!s) return ok(undefined);
  try {
    const w: unknown = JSON.parse(s);
    if (w === null || typeof w !== 'object' || Array.isArray(w))
      return falsch('Hier wird ein JSON-Objekt erwartet, z. B. {"auslagenCent": 1200}.');
    return ok(w as Record<string, unknown>);
  } catch {
    return falsch(`Kein gültiges JSON: „${s.length > 60 ? `${s.slice(0, 60)}…` : s}“.`);
  }
}

/** JSON-Liste in einer Zelle (leer = leere Liste). */
export function liesJsonListe(z: Zellwert): Gelesen<unknown[]> {
  const s = text(z);
  if (!s) return ok([]);
  try {
    const w: unknown = JSON.parse(s);
    return Array.isArray(w) ? ok(w) : falsch('Hier wird eine JSON-Liste erwartet, z. B. [{"von": "2020-01-01", …}].');
  } catch {
    return falsch(`Kein gültiges JSON: „${s.length > 60 ? `${s.slice(0, 60)}…` : s}“.`);
  }
}
