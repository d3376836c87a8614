// Gemeinsame Schemabausteine der Routen.
import { Type } from '@sinclair/typebox';
export const landSchema = {
  type: 'string',
  enum: ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'],
} as const;

export const datumSchema = { type: 'string', format: 'date' } as const;
/** Datum oder null – als ein Schema, damit ein unmögliches Datum eine Meldung ergibt (nicht zusätzlich „erwartet null“ aus anyOf). */
export const datumOderNullSchema = { type: ['string', 'null'], format: 'date' } as const;

export const idParams = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' } },
  required: ['id'],
} as const;

export const centSchema = { type: 'integer', minimum: 0, maximum: 1e13 } as const;

// Dieselben Bausteine als TypeBox-Schemata (gleiches JSON-Schema): Aus den Anfrageschemata
// leitet `Static<>` den Typ der Eingabe eines Anwendungsfalls ab – ein Vertrag, keine zweite Beschreibung.
/** Kalenderdatum JJJJ-MM-TT. */
export const DatumT = Type.String({ format: 'date' });
/** Kalenderdatum oder null (ein Schema, siehe datumOderNullSchema). */
export const DatumOderNullT = Type.Unsafe<string | null>({ ...datumOderNullSchema });
/** Betrag in Cent. */
export const CentT = Type.Integer({ minimum: 0, maximum: 1e13 });
/** Bundesland. */
export const LandT = Type.Unsafe<(typeof landSchema.enum)[number]>({ ...landSchema, enum: [...landSchema.enum] });
/** Einer der genannten Werte (`enum`, nicht `anyOf` aus Literalen wie Type.Union). */
export const WahlT = <const W extends readonly string[]>(werte: W, o: Record<string, unknown> = {}) =>
  Type.Unsafe<W[number]>({ type: 'string', enum: [...werte], ...o });
/** Text oder null. */
export const TextOderNullT = (o: Record<string, unknown> = {}) => Type.Unsafe<string | null>({ type: ['string', 'null'], ...o });
/** Ein Schema des Regelwerks (gewöhnliches JSON-Schema) mit dem Typ, den der Anwendungsfall erwartet. */
export const RegelwerkT = <T>(schema: object) => Type.Unsafe<T>(schema);
/** Seite und Einträge je Seite einer Liste (mit Standardwerten). */
export const seitenT = {
  seite: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1, description: 'Seite (ab 1)' }),
  proSeite: Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Einträge je Seite' }),
};
/** Eine Liste nach dem Schema ihrer Filter: Felder mit Standardwert (Seite, Sortierung) sind immer gesetzt. */
export type MitStandard<T, K extends keyof T> = Omit<T, K> & Required<Pick<T, K>>;
