// Schemata der Mehrkostenvergleiche: ein Vergleich mit Regelentscheidung und menschlicher Entscheidung.
import { Type } from '@sinclair/typebox';
import { mehrkostenvergleich } from '../db/schema.ts';
import { EntscheidungSchema } from './erstattung.schema.ts';
import { Nullbar, OffenesObjekt, Seite, Zeitstempel, zeile } from './gemeinsam.schema.ts';

const Entscheidungsergebnis = Type.Union([Type.Literal('bewilligt'), Type.Literal('teilweiseBewilligt'), Type.Literal('abgelehnt')]);

const Entscheidung = Type.Object(
  {
    ergebnis: Entscheidungsergebnis,
    gruende: Type.String(),
    betragCentProMonat: Type.Optional(Type.Integer()),
    vonName: Type.String(),
    am: Type.String(),
  },
  { additionalProperties: true },
);

export const VergleichSchema = Type.Composite([
  zeile(mehrkostenvergleich, {
    eingabe: OffenesObjekt('Eingabe der Prüfung mehrkosten'),
    ergebnis: OffenesObjekt('Ergebnis des Regelwerks (Prüfung mehrkosten)'),
    entscheidung: Entscheidung,
  }),
  Type.Object({
    fall: Nullbar(
      Type.Object({
        id: Type.String(),
        aktenzeichen: Type.String(),
        bemerkung: Nullbar(Type.String()),
        person: Type.Object({ id: Type.String(), pseudonym: Type.String(), nachname: Type.String(), vorname: Type.String() }),
      }),
    ),
    regelentscheidung: Nullbar(EntscheidungSchema),
    entscheidungen: Type.Array(EntscheidungSchema),
    aenderbar: Type.Boolean(),
    moeglicheAktionen: Type.Array(Type.String()),
  }),
]);

export const VergleichListe = Seite(
  Type.Object({
    id: Type.String({ format: 'uuid' }),
    bezeichnung: Type.String(),
    status: Type.Union([Type.Literal('Offen'), Type.Literal('Entschieden')]),
    fallId: Nullbar(Type.String()),
    aktenzeichen: Nullbar(Type.String()),
    personId: Nullbar(Type.String()),
    regelwerk: Nullbar(Type.Union([Type.Literal('wunschZuEntsprechen'), Type.Literal('abwaegungErforderlich')])),
    mehrkostenProzent: Nullbar(Type.Number()),
    mehrkostenCentProMonat: Nullbar(Type.Integer()),
    entscheidung: Nullbar(Entscheidungsergebnis),
    version: Type.Integer(),
    geaendertAm: Zeitstempel,
  }),
);
