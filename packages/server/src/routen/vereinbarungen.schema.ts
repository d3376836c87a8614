// Schemata der Vereinbarungen und Beitritte: Antworten und Anfragen. Aus den Anfrageschemata
// kommen die Typen der Eingaben (anwendungsfaelle/vereinbarungen.ts).
import { type Static, Type } from '@sinclair/typebox';
import { beitritt, vereinbarung } from '../db/schema.ts';
import { zeile } from './gemeinsam.schema.ts';
import { CentT, DatumOderNullT, DatumT } from './schemata.ts';

export const VereinbarungZeile = zeile(vereinbarung, {
  pauschalen: Type.Record(Type.String(), Type.Integer(), { description: 'Pauschale je Aufgabe in Cent' }),
});
export const BeitrittZeile = zeile(beitritt);
export const VereinbarungMitMitgliedern = Type.Composite([
  VereinbarungZeile,
  Type.Object({
    mitglieder: Type.Array(
      Type.Composite([
        BeitrittZeile,
        Type.Object({ traeger: Type.Object({ id: Type.String(), name: Type.String(), land: Type.String() }) }),
      ]),
    ),
  }),
]);

// Wie bisher ohne required (Pfadparameter sind ohnehin immer gesetzt).
export const VereinbarungIdParams = Type.Object({ id: Type.Optional(Type.String({ maxLength: 100 })) });

const vereinbarungFelder = {
  bezeichnung: Type.String({ minLength: 1, maxLength: 300 }),
  gueltigAb: DatumT,
  // additionalProperties statt patternProperties (Type.Record): das Schema bleibt, wie es war.
  pauschalen: Type.Unsafe<Record<string, number>>({
    type: 'object',
    additionalProperties: CentT,
    description: 'Pauschale je Aufgabe in Cent',
  }),
  reisekostenEnthalten: Type.Optional(Type.Unsafe<boolean | null>({ type: ['boolean', 'null'] })),
  quelle: Type.String({ minLength: 1, maxLength: 500 }),
  beispiel: Type.Optional(Type.Boolean({ description: 'Beispielbetrag (nicht die Vereinbarung selbst)' })),
};

/** Eine Vereinbarungsfassung anlegen (Plattformbetrieb). */
export const VereinbarungEingabeSchema = Type.Object(
  { id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,60}$' }), ...vereinbarungFelder },
  { additionalProperties: false },
);
export type VereinbarungEingabe = Static<typeof VereinbarungEingabeSchema>;

/** Eine Vereinbarungsfassung ändern: jedes Feld außer der Kennung, mindestens eines. */
export const VereinbarungAenderungSchema = Type.Partial(Type.Object(vereinbarungFelder), {
  additionalProperties: false,
  minProperties: 1,
});
export type VereinbarungAenderung = Static<typeof VereinbarungAenderungSchema>;

export const BeitrittFilterSchema = Type.Object(
  { traeger: Type.Optional(Type.String()), vereinbarung: Type.Optional(Type.String()) },
  { additionalProperties: false },
);
export type BeitrittFilter = Static<typeof BeitrittFilterSchema>;

/** Beitritt erklären; ohne traegerId der eigene Träger. */
export const BeitrittEingabeSchema = Type.Object(
  { traegerId: Type.Optional(Type.String()), vereinbarungId: Type.String(), erklaertAm: DatumT, wirksamAb: DatumT },
  { additionalProperties: false },
);
export type BeitrittEingabe = Static<typeof BeitrittEingabeSchema>;

/** Austritt erklären (null: Austritt zurücknehmen). */
export const AustrittSchema = Type.Object({ ausgetretenAm: DatumOderNullT }, { additionalProperties: false });
export type Austritt = Static<typeof AustrittSchema>;
