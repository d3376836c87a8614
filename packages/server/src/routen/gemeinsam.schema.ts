// Gemeinsame Bausteine der Antwortschemata (TypeBox): Problem-JSON für 4xx, Seiten einer Liste,
// Zeilen einer Tabelle aus dem Drizzle-Schema (drizzle-typebox), Dateien zum Herunterladen.
// Fastify serialisiert jede Antwort mit ihrem Schema (fast-json-stringify): was das Schema nicht
// nennt, fehlt in der Antwort. Die Tests vergleichen deshalb jede Antwort mit JSON.stringify
// (app.ts, antwortenPruefen).
import { getTableColumns, type Table } from 'drizzle-orm';
import { createSelectSchema } from 'drizzle-typebox';
import { type TSchema, Type } from '@sinclair/typebox';

/** Zeitstempel (timestamptz): in Node ein Date, in JSON ISO 8601. */
export const Zeitstempel = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });
/** Kalenderdatum JJJJ-MM-TT. */
export const Datum = Type.String({ format: 'date' });
/** Beliebiges JSON (offene Ergebnisse des Regelwerks, gespeicherte Eingaben). */
export const OffenesJson = (description?: string) => Type.Unsafe<unknown>(description ? { description } : {});
/** Ein Objekt, dessen Felder das Regelwerk bestimmt (Ergebnis einer Prüfung); alle Felder gehen durch. */
export const OffenesObjekt = (description?: string) =>
  Type.Object({}, { additionalProperties: true, ...(description ? { description } : {}) });
export const Nullbar = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);

/** Ein Fehler eines Feldes (JSON-Pointer und deutsche Meldung). */
export const FeldFehler = Type.Object({ pfad: Type.String(), meldung: Type.String() }, { additionalProperties: true });

/** Problem-JSON (RFC 9457) mit deutscher Meldung; Eingabefehler mit den Feldern. */
export const Problem = Type.Object(
  {
    type: Type.String({ description: 'Art des Fehlers, z. B. urn:egh:problem:eingabe' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    fehler: Type.Optional(Type.Array(FeldFehler)),
  },
  { additionalProperties: true, title: 'Problem' },
);

const problemAntwort = {
  description: 'Fehler als Problem-JSON (deutsche Meldung, JSON-Pointer der Felder)',
  content: { 'application/problem+json': { schema: Problem } },
};

/**
 * Die Antworten einer Route: die Erfolgsantworten und für 4xx das gemeinsame Problem-JSON.
 * `Type.Null()` als Antwort heißt: kein Inhalt (204).
 */
export function antworten(erfolg: Record<number, object>) {
  return { ...erfolg, '4XX': problemAntwort };
}

/** Kein Inhalt (204). */
export const KeinInhalt = Type.Null({ description: 'Kein Inhalt' });

/** Eine Datei zum Herunterladen (PDF, CSV, XLSX, XML, ICS) mit ihrem Medientyp. */
export function datei(beschreibung: string, ...medientypen: string[]) {
  return {
    description: beschreibung,
    content: Object.fromEntries(medientypen.map((m) => [m, { schema: Type.String({ format: 'binary' }) }])),
  };
}

/** Eine Seite einer Liste. */
export const Seite = <T extends TSchema>(eintrag: T) =>
  Type.Object({ eintraege: Type.Array(eintrag), gesamt: Type.Integer(), seite: Type.Integer(), proSeite: Type.Integer() });

/**
 * Eine Zeile einer Tabelle, aus dem Drizzle-Schema abgeleitet (drizzle-typebox): kommt eine Spalte
 * hinzu, steht sie auch in der Antwort. Zeitstempel als date-time, Kalenderdaten als date, JSON-
 * Spalten offen, wenn `verfeinerung` sie nicht genauer beschreibt.
 */
export function zeile<T extends Table>(tabelle: T, verfeinerung: Record<string, TSchema> = {}) {
  const spalten: Record<string, (s: TSchema) => TSchema> = {};
  for (const [name, spalte] of Object.entries(getTableColumns(tabelle))) {
    const eigen = verfeinerung[name];
    if (eigen) spalten[name] = () => eigen;
    else if (spalte.columnType === 'PgTimestamp') spalten[name] = () => Zeitstempel;
    else if (spalte.columnType === 'PgDateString') spalten[name] = () => Datum;
    else if (spalte.columnType === 'PgJsonb' || spalte.columnType === 'PgJson') spalten[name] = () => OffenesJson();
  }
  // drizzle-typebox typisiert die Verfeinerung je Spalte; hier ist sie dynamisch gebaut.
  return createSelectSchema(tabelle, spalten as never);
}
