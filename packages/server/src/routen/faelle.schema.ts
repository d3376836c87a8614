// Schemata der Fälle: ein Fall mit Person, Zuständigkeit (§ 98), § 14-Verfahren und Fristen.
import { Type } from '@sinclair/typebox';
import { fall, person } from '../db/schema.ts';
import { EntscheidungSchema, FristSchema } from './erstattung.schema.ts';
import { Nullbar, Seite, Zeitstempel, zeile } from './gemeinsam.schema.ts';

const Anschrift = Type.Object({
  strasse: Type.Optional(Type.String()),
  plz: Type.Optional(Type.String()),
  ort: Type.Optional(Type.String()),
});

export const FallSchema = Type.Composite([
  zeile(fall),
  Type.Object({
    person: zeile(person, { anschrift: Anschrift }),
    zustaendigkeit: Nullbar(EntscheidungSchema),
    klaerung: Nullbar(EntscheidungSchema),
    entscheidungen: Type.Array(EntscheidungSchema),
    fristen: Type.Array(FristSchema),
  }),
]);

export const FallListe = Seite(
  Type.Object({
    id: Type.String({ format: 'uuid' }),
    aktenzeichen: Type.String(),
    status: Type.Union([Type.Literal('offen'), Type.Literal('abgeschlossen')]),
    version: Type.Integer(),
    geaendertAm: Zeitstempel,
    person: Type.Object({ id: Type.String(), nachname: Type.String(), vorname: Type.String(), pseudonym: Type.String() }),
  }),
);
