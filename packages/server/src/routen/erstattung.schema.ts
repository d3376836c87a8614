// Schemata der Erstattungsansprüche: Antworten (Liste, ein Anspruch mit allem, was die Oberfläche
// zeigt) und die erlaubten Aktionen. Zeilen aus dem Drizzle-Schema (gemeinsam.schema.ts).
import { Type } from '@sinclair/typebox';
import { entscheidung, erstattungStatus, erstattungsanspruch, frist, leistungszeitraum, zahlung } from '../db/schema.ts';
import { Datum, Nullbar, OffenesObjekt, Seite, Zeitstempel, zeile } from './gemeinsam.schema.ts';

/** Ein Datensatz des Regelwerks (Eingabe, Ergebnis, Begründung, Hinweise): das Ergebnis ist offen. */
export const EntscheidungSchema = zeile(entscheidung, {
  eingabe: OffenesObjekt('Eingabe der Prüfung'),
  ergebnis: OffenesObjekt('Ergebnis des Regelwerks (je Prüfungsart verschieden)'),
});
export const FristSchema = zeile(frist);

const Beteiligter = Type.Object({ id: Type.String(), name: Type.String(), kurzname: Type.String(), land: Type.String() });

/** Ob eine Aktion dem Benutzer jetzt offensteht, und wenn nicht, warum. */
export const AktionSchema = Type.Object({
  aktion: Type.String({
    description: 'Name der Aktion (Pfad …/:id/<aktion>, vorschlagVerwerfen: vorschlag-verwerfen, zahlung: zahlungen)',
  }),
  erlaubt: Type.Boolean(),
  grund: Type.Optional(Type.String({ description: 'Warum die Aktion nicht möglich ist (für Menschen)' })),
  hindernis: Type.Optional(
    Type.Union([Type.Literal('seite'), Type.Literal('rolle'), Type.Literal('status'), Type.Literal('bedingung')], {
      description: 'Woran die Aktion scheitert: Sache der anderen Seite, fehlende Rolle, Status oder eine Bedingung der Aktion',
    }),
  ),
});

const Vorschlag = Type.Object({
  entscheidung: Type.Union([Type.Literal('Anerkannt'), Type.Literal('TeilweiseAnerkannt'), Type.Literal('Abgelehnt')]),
  betragCent: Type.Optional(Type.Integer()),
  begruendung: Type.String(),
  vonBenutzerId: Type.String(),
  vonName: Type.String(),
  am: Datum,
  forderungCent: Type.Optional(Type.Integer()),
  anspruchVersion: Type.Optional(Type.Integer()),
});

const Hemmung = Type.Object(
  { art: Type.String(), von: Type.Optional(Datum), bis: Type.Optional(Datum), rechtskraft: Type.Optional(Datum) },
  { additionalProperties: true },
);

const AnspruchZeile = zeile(erstattungsanspruch, {
  rechtsgrundlageEingabe: OffenesObjekt('Eingabe der Prüfung erstattungsanspruch ohne Leistungen'),
  hemmungen: Type.Array(Hemmung),
  massnahmen: Type.Array(Type.Object({ massnahme: Type.String(), beendet: Type.Optional(Datum), laeuft: Type.Optional(Type.Boolean()) })),
  vorschlag: Vorschlag,
});

/** Ein Anspruch mit Beteiligten, Zeiträumen, Zahlungen, Entscheidungen, Fristen und Aktionen. */
export const AnspruchSchema = Type.Composite([
  AnspruchZeile,
  Type.Object({
    anspruchsteller: Beteiligter,
    verpflichteter: Nullbar(Beteiligter),
    seite: Type.Union([Type.Literal('anspruchsteller'), Type.Literal('verpflichteter')]),
    leistungszeitraeume: Type.Array(zeile(leistungszeitraum)),
    zahlungen: Type.Array(zeile(zahlung)),
    bezahltCent: Type.Integer(),
    rechtsgrundlage: Nullbar(EntscheidungSchema),
    fristenpruefung: Nullbar(EntscheidungSchema),
    zinsen: Nullbar(EntscheidungSchema),
    entscheidungen: Type.Array(EntscheidungSchema),
    fristen: Type.Array(FristSchema),
    moeglicheAktionen: Type.Array(Type.String(), { description: 'Die Aktionen, die der Benutzer jetzt ausführen kann' }),
    aktionen: Type.Array(AktionSchema, { description: 'Jede Aktion des Arbeitsablaufs: erlaubt oder mit Grund' }),
  }),
]);

export const AnspruchListeneintrag = Type.Object({
  id: Type.String({ format: 'uuid' }),
  aktenzeichen: Type.String(),
  status: Type.Union(erstattungStatus.map((s) => Type.Literal(s))),
  anspruchstellerId: Type.String(),
  verpflichteterId: Nullbar(Type.String()),
  verpflichteterExtern: Nullbar(Type.String()),
  anspruchsgrundlage: Nullbar(Type.String()),
  forderungCent: Type.Integer(),
  anerkanntCent: Nullbar(Type.Integer()),
  geltendmachung: Nullbar(Datum),
  version: Type.Integer(),
  geaendertAm: Zeitstempel,
  naechsteFrist: Nullbar(Datum),
  vierAugenOffen: Type.Boolean(),
});

export const AnspruchListe = Seite(AnspruchListeneintrag);
