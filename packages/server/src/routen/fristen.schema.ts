// Schemata der Fristenübersicht und des Zugriffsprotokolls.
import { Type } from '@sinclair/typebox';
import { protokoll } from '../db/schema.ts';
import { Datum, Nullbar, zeile } from './gemeinsam.schema.ts';

export const FristenUebersicht = Type.Object({
  heute: Datum,
  ueberfaellig: Type.Integer(),
  naechste14: Type.Integer(),
  naechste30: Type.Integer(),
  risiko111Cent: Type.Integer({ description: 'Summe der Beträge mit Risiko nach § 111 SGB X in Cent' }),
  risiko111: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      bezugArt: Type.Union([Type.Literal('fall'), Type.Literal('amtshilfeersuchen'), Type.Literal('erstattungsanspruch')]),
      bezugId: Type.String({ format: 'uuid' }),
      bezeichnung: Type.String(),
      faellig: Datum,
      betragCent: Nullbar(Type.Integer()),
    }),
  ),
});

export const ProtokollSeite = Type.Object({
  eintraege: Type.Array(
    Type.Composite([
      zeile(protokoll),
      Type.Object({
        darstellung: Type.Object({
          benutzer: Type.String(),
          aktion: Type.String(),
          objekt: Type.String(),
          person: Nullbar(Type.String()),
          einzelheiten: Type.Array(Type.Object({ feld: Type.String(), wert: Type.String() })),
        }),
      }),
    ]),
  ),
  weitere: Type.Boolean({ description: 'es gibt eine nächste Seite' }),
  seite: Type.Integer(),
  proSeite: Type.Integer(),
});
