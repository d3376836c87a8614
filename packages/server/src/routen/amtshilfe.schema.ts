// Schemata der Amtshilfeersuchen: Antworten (Liste, ein Ersuchen mit Prüfungen, Bericht,
// Abrechnung, Fristen und den erlaubten Aktionen).
import { Type } from '@sinclair/typebox';
import { amtshilfeStatus, amtshilfeersuchen } from '../db/schema.ts';
import { AktionSchema, EntscheidungSchema, FristSchema } from './erstattung.schema.ts';
import { Datum, Nullbar, Seite, Zeitstempel, zeile } from './gemeinsam.schema.ts';

const Status = Type.Union(amtshilfeStatus.map((s) => Type.Literal(s)));
const Beteiligter = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kurzname: Type.String(),
  land: Type.String(),
  leitwegId: Nullbar(Type.String()),
});

/** Ergebnisbericht: die Lebensbereiche nach § 118 Abs. 1 SGB IX in der Reihenfolge des Gesetzes, Wünsche, Vorschläge. */
const Bericht = Type.Object(
  {
    lebensbereiche: Type.Array(Type.Object({ bereich: Type.String(), bezeichnung: Type.String(), text: Type.String() })),
    wuensche: Type.String(),
    vorschlaege: Type.String(),
  },
  { additionalProperties: true, description: 'Ergebnisbericht: Lebensbereiche (§ 118 SGB IX), Wünsche, Vorschläge' },
);

/** Abrechnung nach § 7 SGB X oder der Vereinbarung, wie das Regelwerk sie ergab. */
const Abrechnung = Type.Object(
  {
    am: Datum,
    erstattungsart: Type.Union([Type.Literal('pauschale'), Type.Literal('auslagen'), Type.Literal('keine')]),
    erstattungCent: Type.Integer(),
    auslagenCent: Nullbar(Type.Integer()),
    auslagenBeschreibung: Nullbar(Type.String()),
    auslagenschwelleCent: Nullbar(Type.Integer()),
    pauschaleAusschlussgruende: Type.Array(Type.String()),
    vereinbarung: Nullbar(Type.Object({ id: Type.String(), bezeichnung: Type.String(), gueltigAb: Datum, beispiel: Type.Boolean() })),
    entscheidungId: Type.String(),
  },
  { additionalProperties: true, description: 'Abrechnung nach § 7 SGB X oder der Vereinbarung, vom Regelwerk' },
);

const { fallId: _fallId, ...ersuchenFelder } = zeile(amtshilfeersuchen, {
  daten: Type.Array(Type.Object({ art: Type.String(), inhalt: Type.String() })),
  bericht: Bericht,
  abrechnung: Abrechnung,
}).properties;

/** Ein Ersuchen; den Fall sieht nur der ersuchende Träger. */
export const ErsuchenSchema = Type.Object({
  ...ersuchenFelder,
  fallId: Type.Optional(Nullbar(Type.String({ format: 'uuid', description: 'Nur für den ersuchenden Träger' }))),
  seite: Type.Union([Type.Literal('ersuchender'), Type.Literal('ersuchter')]),
  statusname: Type.String(),
  ersuchender: Nullbar(Beteiligter),
  ersuchter: Nullbar(Beteiligter),
  pruefung: Nullbar(EntscheidungSchema),
  datenpruefung: Nullbar(EntscheidungSchema),
  streitentscheidung: Nullbar(Type.String()),
  entscheidungen: Type.Array(EntscheidungSchema),
  fristen: Type.Array(FristSchema),
  aenderbar: Type.Boolean(),
  moeglicheAktionen: Type.Array(Type.String(), { description: 'Die Aktionen, die der Benutzer jetzt ausführen kann' }),
  aktionen: Type.Array(AktionSchema, { description: 'Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund' }),
});

export const ErsuchenListe = Seite(
  Type.Object({
    id: Type.String({ format: 'uuid' }),
    aktenzeichen: Type.String(),
    personPseudonym: Nullbar(Type.String()),
    aufgabe: Type.String(),
    status: Status,
    ersuchenderId: Type.String(),
    ersuchterId: Type.String(),
    gewuenschtBis: Nullbar(Datum),
    gesendetAm: Nullbar(Datum),
    durchgefuehrtAm: Nullbar(Datum),
    erstattungCent: Nullbar(Type.Integer()),
    version: Type.Integer(),
    geaendertAm: Zeitstempel,
    naechsteFrist: Nullbar(Datum),
    richtung: Type.Union([Type.Literal('ausgang'), Type.Literal('eingang')]),
    ersuchenderName: Type.String(),
    ersuchterName: Type.String(),
    statusname: Type.String(),
  }),
);
