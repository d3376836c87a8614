// Eingabeprüfung gegen die JSON-Schemata der Prüfungen (Ajv), mit deutschen Meldungen und dem
// JSON-Pointer des Feldes (pruefungen.md, "Problem envelope"). Die Schemata sind dieselben, die
// der Server für seine OpenAPI-Beschreibung verwendet.
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import { parseDatum } from '../kalender/datum.ts';
import type { Fehler } from './ergebnis.ts';

export type JsonSchema = Record<string, unknown>;

/**
 * Ein Ajv mit den Formaten und Schlüsselwörtern der Prüfungen (`date` prüft echte
 * Kalenderdaten). Der Server erzeugt damit seine Validatoren, damit API und Regelwerk gleich
 * prüfen; `optionen` erlaubt z. B. Typumwandlung für Query-Parameter.
 */
export function erzeugeAjv(optionen: Options = {}): Ajv {
  const neu = new Ajv({
    allErrors: true,
    strict: true,
    discriminator: true,
    allowUnionTypes: false,
    // Kein Umformen der Eingabe: Prüfungen sind reine Funktionen ihrer Eingabe.
    useDefaults: false,
    coerceTypes: false,
    ...optionen,
  });
  neu.addFormat('date', { type: 'string', validate: (s: string) => parseDatum(s) !== undefined });
  neu.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  // Nur Dokumentation: die Einheit eines Feldes (Cent, Prozent); Ajv soll das Schlüsselwort kennen.
  neu.addKeyword({ keyword: 'x-einheit', schemaType: 'string' });
  neu.addKeyword({ keyword: 'example' });
  return neu;
}

const ajv = erzeugeAjv();

const typnamen: Record<string, string> = {
  string: 'Text',
  number: 'Zahl',
  integer: 'ganze Zahl',
  boolean: 'Wahrheitswert (true oder false)',
  object: 'Objekt',
  array: 'Liste',
  null: 'null',
};

function pfadMitFeld(basis: string, feld: string): string {
  return `${basis}/${feld.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function wertAlsText(wert: unknown): string {
  const s = typeof wert === 'string' ? wert : JSON.stringify(wert);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Eine Zahl in deutscher Schreibweise (1.234,5), sonst der Wert als Text. */
function zahlAlsText(wert: unknown): string {
  return typeof wert === 'number' ? wert.toLocaleString('de-DE', { maximumFractionDigits: 10 }) : wertAlsText(wert);
}

function wertBei(daten: unknown, pointer: string): unknown {
  if (pointer === '') return daten;
  let aktuell: unknown = daten;
  for (const teil of pointer.slice(1).split('/')) {
    const schluessel = teil.replace(/~1/g, '/').replace(/~0/g, '~');
    if (aktuell === null || typeof aktuell !== 'object') return undefined;
    aktuell = (aktuell as Record<string, unknown>)[schluessel];
  }
  return aktuell;
}

/** „1 Eintrag“, „2 Einträge“: die Zahl mit dem Wort in Einzahl oder Mehrzahl. */
export function anzahl(n: number, einzahl: string, mehrzahl: string): string {
  return `${n.toLocaleString('de-DE')} ${n === 1 ? einzahl : mehrzahl}`;
}

/**
 * Warum ein Text kein Datum ist, auf Deutsch: „31.02.2024 gibt es nicht.“, wenn die Form stimmt
 * und nur der Tag nicht existiert; sonst die erwartete Form.
 */
export function datumsmeldung(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const [, jahr = '', monat = '', tag = ''] = m;
    const deutsch = `${tag}.${monat}.${jahr}`;
    const mo = Number(monat);
    if (mo < 1 || mo > 12) return `Den ${deutsch} gibt es nicht – einen Monat ${monat} gibt es nicht.`;
    return `Den ${deutsch} gibt es nicht – der ${monatsnamen[mo - 1] ?? ''} ${jahr} hat ${tageImMonat(Number(jahr), mo)} Tage.`;
  }
  return `Kein gültiges Datum: „${wertAlsText(text)}“. Erwartet wird ein Datum in der Form JJJJ-MM-TT, z. B. 2025-01-31.`;
}

const monatsnamen = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

function tageImMonat(jahr: number, monat: number): number {
  if (monat === 2) return (jahr % 4 === 0 && jahr % 100 !== 0) || jahr % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(monat) ? 30 : 31;
}

function istCentFeld(pfad: string): boolean {
  return /Cent(\/|$)/.test(pfad) || /\/pauschalen\//.test(pfad);
}

/** Übersetzt einen Ajv-Fehler in einen deutschen Fehler mit JSON-Pointer. */
function uebersetze(e: ErrorObject, daten: unknown): Fehler | undefined {
  const p = e.params as Record<string, unknown>;
  const wert = wertBei(daten, e.instancePath);
  switch (e.keyword) {
    case 'required':
      return { pfad: pfadMitFeld(e.instancePath, String(p.missingProperty)), meldung: 'Pflichtfeld fehlt.' };
    case 'additionalProperties':
      return {
        pfad: pfadMitFeld(e.instancePath, String(p.additionalProperty)),
        meldung: `Unbekanntes Feld „${String(p.additionalProperty)}“ (Tippfehler?). Erlaubt sind nur die Felder der Prüfung.`,
      };
    case 'type': {
      const erwartet = String(p.type)
        .split(',')
        .map((t) => typnamen[t] ?? t)
        .join(' oder ');
      return { pfad: e.instancePath, meldung: `Falscher Typ: erwartet ${erwartet}, erhalten ${wertAlsText(wert)}.` };
    }
    case 'format':
      if (p.format === 'date') return { pfad: e.instancePath, meldung: datumsmeldung(String(wert)) };
      if (p.format === 'uuid') return { pfad: e.instancePath, meldung: `Keine gültige Kennung (UUID): ${wertAlsText(wert)}.` };
      return { pfad: e.instancePath, meldung: `Ungültiges Format (${String(p.format)}).` };
    case 'enum':
      return {
        pfad: e.instancePath,
        meldung: `Unzulässiger Wert ${wertAlsText(wert)}; erlaubt: ${(p.allowedValues as unknown[]).map((v) => String(v)).join(', ')}.`,
      };
    case 'const':
      return { pfad: e.instancePath, meldung: `Unzulässiger Wert ${wertAlsText(wert)}; erwartet ${wertAlsText(p.allowedValue)}.` };
    case 'minimum':
    case 'exclusiveMinimum':
      if (Number(p.limit) === 0 && e.keyword === 'minimum')
        return {
          pfad: e.instancePath,
          meldung: `${istCentFeld(e.instancePath) ? 'Der Betrag' : 'Der Wert'} darf nicht negativ sein (erhalten ${zahlAlsText(wert)}).`,
        };
      if (Number(p.limit) === 0)
        return { pfad: e.instancePath, meldung: `Der Wert muss größer als 0 sein (erhalten ${zahlAlsText(wert)}).` };
      return {
        pfad: e.instancePath,
        meldung:
          e.keyword === 'exclusiveMinimum'
            ? `Der Wert ${zahlAlsText(wert)} ist zu klein; er muss größer als ${zahlAlsText(p.limit)} sein.`
            : `Der Wert ${zahlAlsText(wert)} ist zu klein; mindestens ${zahlAlsText(p.limit)}.`,
      };
    case 'maximum':
    case 'exclusiveMaximum':
      // Eine riesige Zahl (1e99) nicht ausschreiben: der Satz soll lesbar bleiben.
      return {
        pfad: e.instancePath,
        meldung:
          typeof wert === 'number' && Math.abs(wert) >= 1e15
            ? `Der Wert ist zu groß; höchstens ${zahlAlsText(p.limit)}.`
            : `Der Wert ${zahlAlsText(wert)} ist zu groß; höchstens ${zahlAlsText(p.limit)}.`,
      };
    case 'minItems':
      return { pfad: e.instancePath, meldung: `Die Liste braucht mindestens ${anzahl(Number(p.limit), 'Eintrag', 'Einträge')}.` };
    case 'maxItems':
      return {
        pfad: e.instancePath,
        meldung: `Die Liste hat zu viele Einträge; höchstens ${anzahl(Number(p.limit), 'Eintrag', 'Einträge')}.`,
      };
    case 'minLength':
      return { pfad: e.instancePath, meldung: 'Der Text darf nicht leer sein.' };
    case 'maxLength':
      return { pfad: e.instancePath, meldung: `Der Text ist zu lang; höchstens ${anzahl(Number(p.limit), 'Zeichen', 'Zeichen')}.` };
    case 'minProperties':
    case 'maxProperties':
      return {
        pfad: e.instancePath,
        meldung:
          Number(p.limit) === 1 && e.keyword === 'maxProperties'
            ? 'Genau eine Angabe erwartet, nicht mehrere.'
            : e.keyword === 'maxProperties'
              ? `Höchstens ${anzahl(Number(p.limit), 'Angabe', 'Angaben')} erwartet.`
              : `Mindestens ${anzahl(Number(p.limit), 'Angabe', 'Angaben')} erwartet.`,
      };
    case 'discriminator':
      return {
        pfad: pfadMitFeld(e.instancePath, String(p.tag)),
        meldung: p.error === 'tag' ? 'Pflichtfeld fehlt oder ist kein Text.' : `Unzulässiger Wert ${wertAlsText(p.tagValue)}.`,
      };
    case 'uniqueItems':
      return { pfad: e.instancePath, meldung: 'Einträge dürfen nicht doppelt vorkommen.' };
    case 'oneOf':
    case 'anyOf':
    case 'if':
      // Die Unterfehler der Alternativen sagen mehr; dieser Sammelfehler wird nicht gemeldet.
      return undefined;
    default:
      return { pfad: e.instancePath, meldung: `Ungültiger Wert (${e.keyword}).` };
  }
}

const cache = new WeakMap<JsonSchema, ValidateFunction>();

export function kompiliere(schema: JsonSchema): ValidateFunction {
  let v = cache.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    cache.set(schema, v);
  }
  return v;
}

/** Übersetzt Ajv-Fehler in deutsche Fehler mit JSON-Pointer, ohne Dopplungen. */
export function uebersetzeFehler(errors: readonly ErrorObject[], daten: unknown): Fehler[] {
  const fehler: Fehler[] = [];
  const gesehen = new Set<string>();
  const pfade = new Set(errors.filter((e) => e.keyword !== 'discriminator').map((e) => e.instancePath));
  for (const e of errors) {
    // Der Diskriminator-Fehler doppelt den enum-Fehler desselben Feldes.
    if (e.keyword === 'discriminator' && pfade.has(pfadMitFeld(e.instancePath, String((e.params as { tag?: string }).tag)))) continue;
    const f = uebersetze(e, daten);
    if (!f) continue;
    const schluessel = `${f.pfad}|${f.meldung}`;
    if (gesehen.has(schluessel)) continue;
    gesehen.add(schluessel);
    fehler.push(f);
  }
  if (fehler.length === 0) fehler.push({ pfad: '', meldung: 'Die Eingabe passt zu keiner zulässigen Form.' });
  return fehler;
}

/** Prüft `daten` gegen `schema`; gibt die Fehler zurück (leer, wenn gültig). */
export function validiere(schema: JsonSchema, daten: unknown): Fehler[] {
  const v = kompiliere(schema);
  if (v(daten)) return [];
  return uebersetzeFehler(v.errors ?? [], daten);
}

// Bausteine für die Schemata der Prüfungen.

export const datumSchema = (beschreibung: string): JsonSchema => ({
  type: 'string',
  format: 'date',
  description: `${beschreibung} (JJJJ-MM-TT)`,
});

export const centSchema = (beschreibung: string): JsonSchema => ({
  type: 'integer',
  minimum: 0,
  maximum: 1e13,
  'x-einheit': 'Cent',
  description: `${beschreibung} (ganze Cent)`,
});

export const boolSchema = (beschreibung: string): JsonSchema => ({ type: 'boolean', description: beschreibung });

export const textSchema = (beschreibung: string, maxLength = 200): JsonSchema => ({
  type: 'string',
  minLength: 1,
  maxLength,
  description: beschreibung,
});

export const landSchema = (beschreibung: string): JsonSchema => ({
  type: 'string',
  enum: ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'],
  description: beschreibung,
});

export const regionSchema: JsonSchema = {
  type: 'string',
  enum: ['BY-A', 'BY-KATH', 'SN-BZ', 'TH-EIC', 'TH-UH', 'TH-WAK'],
  description: 'Teilgebiet mit eigenen Feiertagen (optional)',
};

/** Ein Objektschema ohne unbekannte Felder. */
export function objekt(properties: Record<string, JsonSchema>, required: string[] = [], beschreibung?: string): JsonSchema {
  return {
    type: 'object',
    properties,
    required,
    additionalProperties: false,
    ...(beschreibung ? { description: beschreibung } : {}),
  };
}

export function liste(items: JsonSchema, beschreibung: string, maxItems = 10000, minItems = 0): JsonSchema {
  return { type: 'array', items, minItems, maxItems, description: beschreibung };
}

/** Das Schema einer Prüfung: Felder plus `art` und optional `rechtsstand`. */
export function pruefungsSchema(art: string, titel: string, properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return {
    $id: `urn:egh:pruefung:${art}`,
    title: titel,
    type: 'object',
    properties: {
      art: { const: art, description: 'Art der Prüfung' },
      rechtsstand: datumSchema('Stichtag des anzuwendenden Rechts; überschreibt die Wahl aus den Daten (optional)'),
      ...properties,
    },
    required: ['art', ...required],
    additionalProperties: false,
  };
}
