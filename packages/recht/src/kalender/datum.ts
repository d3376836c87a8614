// Kalenderdaten als ganze Tageszahlen (Tage seit 1970-01-01), ohne Uhrzeit und ohne Zeitzone.
// Ein rechtliches Datum ist nie ein JS-`Date` (recht.md §5.5): so gibt es keine
// Sommerzeit- oder Zeitzonenfehler, und Fristen sind Ganzzahl-Arithmetik.

declare const tagMarke: unique symbol;

/** Ein Kalendertag als Tageszahl seit 1970-01-01 (proleptisch gregorianisch). */
export type Tag = number & { readonly [tagMarke]: true };

/** Ein Datum im Format `YYYY-MM-DD`. */
export type IsoDatum = string;

// Algorithmus "days_from_civil" nach H. Hinnant (chrono-Compatible Low-Level Date Algorithms).
export function tagAus(jahr: number, monat: number, tagImMonat: number): Tag {
  const y = monat <= 2 ? jahr - 1 : jahr;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = monat > 2 ? monat - 3 : monat + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + tagImMonat - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) as Tag;
}

export interface Kalenderdatum {
  jahr: number;
  monat: number;
  tag: number;
}

// Umkehrung "civil_from_days" nach H. Hinnant.
export function kalenderdatum(t: Tag): Kalenderdatum {
  const z = t + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const tag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const monat = mp < 10 ? mp + 3 : mp - 9;
  const jahr = yoe + era * 400 + (monat <= 2 ? 1 : 0);
  return { jahr, monat, tag };
}

export function istSchaltjahr(jahr: number): boolean {
  return (jahr % 4 === 0 && jahr % 100 !== 0) || jahr % 400 === 0;
}

const monatsLaengen = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function tageImMonat(jahr: number, monat: number): number {
  if (monat === 2 && istSchaltjahr(jahr)) return 29;
  return monatsLaengen[monat - 1] ?? 31;
}

function ziffer(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Liest `YYYY-MM-DD` (Jahre 1000–9999). Gibt `undefined` für alles zurück, was kein gültiges
 * Kalenderdatum ist (`2025-02-30`, `2025-2-3`, `2025-02-03T00:00`).
 */
export function parseDatum(s: string): Tag | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const j0 = ziffer(s, 0),
    j1 = ziffer(s, 1),
    j2 = ziffer(s, 2),
    j3 = ziffer(s, 3),
    m0 = ziffer(s, 5),
    m1 = ziffer(s, 6),
    d0 = ziffer(s, 8),
    d1 = ziffer(s, 9);
  if ((j0 | j1 | j2 | j3 | m0 | m1 | d0 | d1) < 0 || j0 === 0) return undefined;
  const jahr = j0 * 1000 + j1 * 100 + j2 * 10 + j3;
  const monat = m0 * 10 + m1;
  const tag = d0 * 10 + d1;
  if (monat < 1 || monat > 12 || tag < 1 || tag > tageImMonat(jahr, monat)) return undefined;
  return tagAus(jahr, monat, tag);
}

/** Wie `parseDatum`, wirft aber bei ungültiger Eingabe (nur für bereits validierte Daten). */
export function datum(s: string): Tag {
  const t = parseDatum(s);
  if (t === undefined) throw new RangeError(`Kein gültiges Datum: ${s}`);
  return t;
}

function zweistellig(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDatum(t: Tag): IsoDatum {
  const { jahr, monat, tag } = kalenderdatum(t);
  return `${jahr}-${zweistellig(monat)}-${zweistellig(tag)}`;
}

/** Deutsche Schreibweise `TT.MM.JJJJ` für Begründungen und Briefe. */
export function deutschesDatum(t: Tag): string {
  const { jahr, monat, tag } = kalenderdatum(t);
  return `${zweistellig(tag)}.${zweistellig(monat)}.${jahr}`;
}

/** 0 = Montag … 5 = Samstag, 6 = Sonntag (1970-01-01 war ein Donnerstag). */
export function wochentag(t: Tag): number {
  return (((t + 3) % 7) + 7) % 7;
}

export const wochentagsnamen = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'] as const;

export function plusTage(t: Tag, n: number): Tag {
  return (t + n) as Tag;
}

/**
 * Gleicher Tag im Monat `n` Monate später (oder früher, n < 0); fehlt der Tag im Zielmonat, der
 * letzte Tag dieses Monats (§ 188 Abs. 3 BGB).
 */
export function plusMonate(t: Tag, n: number): Tag {
  const { jahr, monat, tag } = kalenderdatum(t);
  const m0 = monat - 1 + n;
  const zielJahr = jahr + Math.floor(m0 / 12);
  const zielMonat = (((m0 % 12) + 12) % 12) + 1;
  return tagAus(zielJahr, zielMonat, Math.min(tag, tageImMonat(zielJahr, zielMonat)));
}

/**
 * `plusMonate(t, 12)` ohne Zerlegung in Jahr, Monat und Tag: gleicher Kalendertag ein Jahr später,
 * der 29.02. wird zum 28.02. (§ 188 Abs. 3 BGB). Im Jahr ab dem 01.03. gezählt liegen zwischen einem
 * Tag und demselben Tag ein Jahr später 366 Tage, wenn der folgende Februar einen 29. hat, sonst 365;
 * nur vom 29.02. aus sind es 365.
 */
export function plusEinJahr(t: Tag): Tag {
  const z = t + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  // Das Jahr ab dem 01.03. endet im Februar des Kalenderjahres yoe + era·400 + 1.
  const lang = doy !== 365 && istSchaltjahr(yoe + era * 400 + 1);
  return (t + (lang ? 366 : 365)) as Tag;
}

export function jahrVon(t: Tag): number {
  // Wie kalenderdatum, ohne Monat und Tag zu bilden.
  const z = t + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  // Ab dem 01.03. gezählt: die Tage ab dem 01.01. (doy ≥ 306) gehören zum folgenden Kalenderjahr.
  return yoe + era * 400 + (doy >= 306 ? 1 : 0);
}

export function letzterTagDesMonats(t: Tag): Tag {
  const { jahr, monat } = kalenderdatum(t);
  return tagAus(jahr, monat, tageImMonat(jahr, monat));
}

export function ersterTagDesMonats(t: Tag): Tag {
  const { jahr, monat } = kalenderdatum(t);
  return tagAus(jahr, monat, 1);
}

export function spaeter(a: Tag, b: Tag): Tag {
  return a > b ? a : b;
}

export function frueher(a: Tag, b: Tag): Tag {
  return a < b ? a : b;
}

/** Anzahl der Kalendertage von `von` bis `bis`, beide eingeschlossen (0, wenn bis < von). */
export function tageEinschliesslich(von: Tag, bis: Tag): number {
  return bis >= von ? bis - von + 1 : 0;
}
