// Formulare aus den JSON-Schemata des Regelwerks: welche Art Eingabe ein Schema verlangt, der
// leere Formularwert, die Umwandlung Beispiel-JSON → Formularwert (deutsche Schreibweise) und
// Formularwert → JSON für die API (mit Feldfehlern, wenn ein Datum oder Betrag nicht lesbar ist).
import type { Feldfehler } from '../../api.ts';
import { centAus, datumDe, datumIso, datumMeldung } from '../../format.ts';

export interface Schema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: (string | number | boolean)[];
  const?: unknown;
  format?: string;
  oneOf?: Schema[];
  anyOf?: Schema[];
  discriminator?: { propertyName: string };
  additionalProperties?: boolean | Schema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  'x-einheit'?: string;
}

/** Was der Benutzer eingibt: Text (auch Datum, Betrag, Zahl), Ja/Nein, Gruppen und Listen. */
export type Formwert = string | boolean | null | Formwert[] | { [name: string]: Formwert };
export type Formobjekt = { [name: string]: Formwert };

export type Eingabeart =
  | 'fest'
  | 'datum'
  | 'betrag'
  | 'ganzzahl'
  | 'zahl'
  | 'text'
  | 'auswahl'
  | 'jaNein'
  | 'gruppe'
  | 'liste'
  | 'mehrfachauswahl'
  | 'zuordnung'
  | 'variante'
  | 'unterart';

/** Ohne `null`-Alternative (anyOf [X, null] → X; type [string, null] → string). */
export function ohneNull(s: Schema): Schema {
  if (s.anyOf) {
    const rest = s.anyOf.filter((x) => x.type !== 'null');
    if (rest.length === 1 && rest[0]) return { ...rest[0], description: s.description ?? rest[0].description };
  }
  if (Array.isArray(s.type)) {
    const typen = s.type.filter((t) => t !== 'null');
    if (typen.length === 1) return { ...s, type: typen[0] };
  }
  return s;
}

function typ(s: Schema): string | undefined {
  return Array.isArray(s.type) ? s.type[0] : s.type;
}

export function eingabeart(roh: Schema, name = ''): Eingabeart {
  const s = ohneNull(roh);
  if (s.const !== undefined) return 'fest';
  if (s.oneOf) return s.discriminator ? 'unterart' : 'variante';
  const t = typ(s);
  if (t === 'object') return !s.properties && typeof s.additionalProperties === 'object' ? 'zuordnung' : 'gruppe';
  if (t === 'array') return s.items?.enum ? 'mehrfachauswahl' : 'liste';
  if (t === 'boolean') return 'jaNein';
  if (t === 'integer') return s['x-einheit'] === 'Cent' || name.endsWith('Cent') || name.includes('CentPro') ? 'betrag' : 'ganzzahl';
  if (t === 'number') return 'zahl';
  if (s.format === 'date') return 'datum';
  return s.enum ? 'auswahl' : 'text';
}

function alsKonstante(c: unknown): string {
  return typeof c === 'string' || typeof c === 'number' || typeof c === 'boolean' ? String(c) : '';
}

/** Die Varianten eines Schemas mit Unterart (discriminator): Wert der Unterart → Schema. */
export function unterarten(s: Schema): { wert: string; schema: Schema }[] {
  const feld = s.discriminator?.propertyName ?? 'art';
  return (s.oneOf ?? []).map((v) => ({ wert: alsKonstante(v.properties?.[feld]?.const), schema: v }));
}

/** Der leere Wert eines Feldes. Pflichtgruppen werden angelegt, freiwillige bleiben `null`. */
export function leer(roh: Schema, pflicht: boolean, name = ''): Formwert {
  const s = ohneNull(roh);
  switch (eingabeart(s, name)) {
    case 'gruppe': {
      if (!pflicht) return null;
      const o: Formobjekt = {};
      for (const [n, kind] of Object.entries(s.properties ?? {})) {
        if (eingabeart(kind, n) !== 'fest') o[n] = leer(kind, (s.required ?? []).includes(n), n);
      }
      return o;
    }
    case 'liste':
      return pflicht && (s.minItems ?? 0) > 0 && s.items ? [leer(s.items, true)] : [];
    case 'mehrfachauswahl':
    case 'zuordnung':
      return [];
    case 'jaNein':
      return pflicht ? false : '';
    case 'variante':
      return { variante: '', wert: null };
    case 'unterart':
      return { [s.discriminator?.propertyName ?? 'art']: '' };
    case 'fest':
    case 'datum':
    case 'betrag':
    case 'ganzzahl':
    case 'zahl':
    case 'text':
    case 'auswahl':
      return '';
  }
}

/** Cent → „1.234,56“ (ohne Währungszeichen, wie im Betragsfeld). */
export function betragText(cent: number): string {
  return new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cent / 100);
}

function istObjekt(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** JSON (z. B. das Beispiel des Regelwerks) → Formularwert in deutscher Schreibweise. */
export function ausJson(roh: Schema, json: unknown, pflicht: boolean, name = ''): Formwert {
  const s = ohneNull(roh);
  const art = eingabeart(s, name);
  if (json === undefined || json === null) return leer(s, pflicht, name);
  switch (art) {
    case 'fest':
      return '';
    case 'datum':
      return typeof json === 'string' ? datumDe(json) : '';
    case 'betrag':
      return typeof json === 'number' ? betragText(json) : '';
    case 'ganzzahl':
      return typeof json === 'number' ? String(json) : '';
    case 'zahl':
      return typeof json === 'number' ? String(json).replace('.', ',') : '';
    case 'text':
    case 'auswahl':
      return typeof json === 'string' || typeof json === 'number' ? String(json) : '';
    case 'jaNein':
      return pflicht ? json === true : json === true ? 'ja' : json === false ? 'nein' : '';
    case 'gruppe': {
      if (!istObjekt(json)) return leer(s, pflicht, name);
      const o: Formobjekt = {};
      for (const [n, kind] of Object.entries(s.properties ?? {})) {
        if (eingabeart(kind, n) !== 'fest') o[n] = ausJson(kind, json[n], (s.required ?? []).includes(n), n);
      }
      return o;
    }
    case 'liste':
      return Array.isArray(json) && s.items ? json.map((x) => ausJson(s.items ?? {}, x, true, name)) : [];
    case 'mehrfachauswahl':
      return Array.isArray(json) ? json.map(String) : [];
    case 'zuordnung': {
      if (!istObjekt(json)) return [];
      const wertSchema = typeof s.additionalProperties === 'object' ? s.additionalProperties : {};
      return Object.entries(json).map(([k, v]) => ({ schluessel: k, wert: ausJson(wertSchema, v, true, name) }));
    }
    case 'variante': {
      if (json === false) return leer(s, pflicht, name);
      const i = (s.oneOf ?? []).findIndex(
        (v) => (typ(v) === 'array') === Array.isArray(json) && (typ(v) !== 'boolean' || typeof json === 'boolean'),
      );
      const v = s.oneOf?.[i];
      return v ? { variante: String(i), wert: ausJson(v, json, true, name) } : leer(s, pflicht, name);
    }
    case 'unterart': {
      const feld = s.discriminator?.propertyName ?? 'art';
      if (!istObjekt(json)) return leer(s, pflicht, name);
      const u = unterarten(s).find((x) => x.wert === json[feld]);
      if (!u) return leer(s, pflicht, name);
      const o = ausJson({ ...u.schema, oneOf: undefined, discriminator: undefined, type: 'object' }, json, true, name);
      return istObjekt(o) ? { ...o, [feld]: u.wert } : o;
    }
  }
}

export const meldungen = {
  datum: 'Bitte ein gültiges Datum im Format TT.MM.JJJJ eingeben, z. B. 03.03.2025.',
  betrag: 'Bitte einen Betrag in Euro eingeben, z. B. 1.234,56.',
  ganzzahl: 'Bitte eine ganze Zahl eingeben, z. B. 3.',
  zahl: 'Bitte eine Zahl eingeben, z. B. 30,42.',
};

function alsText(w: Formwert): string {
  return typeof w === 'string' ? w.trim() : '';
}

/**
 * Formularwert → JSON für die API. Leere freiwillige Angaben entfallen; was nicht lesbar ist,
 * kommt als Feldfehler (JSON-Pointer) in `fehler`, damit es oben und am Feld erscheint.
 */
export function zuJson(roh: Schema, w: Formwert, pfad: string, pflicht: boolean, fehler: Feldfehler[], name = ''): unknown {
  const s = ohneNull(roh);
  switch (eingabeart(s, name)) {
    case 'fest':
      return s.const;
    case 'datum': {
      const t = alsText(w);
      if (!t) return undefined;
      const iso = datumIso(t);
      if (!iso) fehler.push({ pfad, meldung: datumMeldung(t, meldungen.datum) });
      return iso;
    }
    case 'betrag': {
      const t = alsText(w);
      if (!t) return undefined;
      const cent = centAus(t);
      if (cent === undefined) fehler.push({ pfad, meldung: meldungen.betrag });
      return cent;
    }
    case 'ganzzahl': {
      const t = alsText(w);
      if (!t) return undefined;
      if (!/^-?\d+$/.test(t)) {
        fehler.push({ pfad, meldung: meldungen.ganzzahl });
        return undefined;
      }
      return Number(t);
    }
    case 'zahl': {
      const t = alsText(w).replace(/\./g, '').replace(',', '.');
      if (!t) return undefined;
      if (!/^-?\d+(\.\d+)?$/.test(t)) {
        fehler.push({ pfad, meldung: meldungen.zahl });
        return undefined;
      }
      return Number(t);
    }
    case 'text':
    case 'auswahl': {
      const t = alsText(w);
      if (!t) return undefined;
      return typeof s.enum?.[0] === 'number' ? Number(t) : t;
    }
    case 'jaNein':
      if (typeof w === 'boolean') return w;
      return w === 'ja' ? true : w === 'nein' ? false : undefined;
    case 'gruppe': {
      if (!istObjekt(w)) return pflicht ? {} : undefined;
      const o: Record<string, unknown> = {};
      for (const [n, kind] of Object.entries(s.properties ?? {})) {
        const v = zuJson(kind, w[n] ?? null, `${pfad}/${n}`, (s.required ?? []).includes(n), fehler, n);
        if (v !== undefined) o[n] = v;
      }
      return o;
    }
    case 'liste': {
      if (!Array.isArray(w)) return pflicht ? [] : undefined;
      if (!w.length && !pflicht) return undefined;
      return w.map((x, i) => zuJson(s.items ?? {}, x, `${pfad}/${i}`, true, fehler, name) ?? null);
    }
    case 'mehrfachauswahl': {
      if (!Array.isArray(w) || (!w.length && !pflicht)) return pflicht ? [] : undefined;
      return w;
    }
    case 'zuordnung': {
      if (!Array.isArray(w) || !w.length) return pflicht ? {} : undefined;
      const wertSchema = typeof s.additionalProperties === 'object' ? s.additionalProperties : {};
      const o: Record<string, unknown> = {};
      w.forEach((zeile, i) => {
        if (!istObjekt(zeile)) return;
        const k = alsText(zeile.schluessel as Formwert);
        const v = zuJson(wertSchema, zeile.wert as Formwert, `${pfad}/${i}/wert`, true, fehler, name);
        if (!k) fehler.push({ pfad: `${pfad}/${i}/schluessel`, meldung: 'Bitte eine Bezeichnung eingeben.' });
        else o[k] = v ?? null;
      });
      return o;
    }
    case 'variante': {
      if (!istObjekt(w) || w.variante === '' || w.variante === undefined) return undefined;
      const v = s.oneOf?.[Number(w.variante)];
      if (!v) return undefined;
      // Eine Variante „Ja/Nein“ (z. B. Einwilligung in alles) bedeutet mit ihrer Wahl „ja“.
      if (typ(v) === 'boolean') return true;
      const wert = zuJson(v, w.wert ?? leer(v, true), pfad, true, fehler, name);
      return wert === undefined && typ(v) === 'array' ? [] : wert;
    }
    case 'unterart': {
      const feld = s.discriminator?.propertyName ?? 'art';
      if (!istObjekt(w)) return undefined;
      const u = unterarten(s).find((x) => x.wert === w[feld]);
      if (!u) return { [feld]: w[feld] || undefined };
      const o = zuJson({ ...u.schema, oneOf: undefined, discriminator: undefined, type: 'object' }, w, pfad, true, fehler, name);
      return { ...(o as Record<string, unknown>), [feld]: u.wert };
    }
  }
}

/** Setzt in einem Formularwert den Wert an einem Pfad aus Namen und Indizes (unveränderlich). */
export function setzeAn(w: Formwert, weg: (string | number)[], neu: Formwert): Formwert {
  if (!weg.length) return neu;
  const [kopf, ...rest] = weg;
  if (typeof kopf === 'number') {
    const liste = Array.isArray(w) ? [...w] : [];
    liste[kopf] = setzeAn(liste[kopf] ?? null, rest, neu);
    return liste;
  }
  const o: Formobjekt = istObjekt(w) ? { ...w } : {};
  o[kopf ?? ''] = setzeAn(o[kopf ?? ''] ?? null, rest, neu);
  return o;
}
