// Schemata der Fälle: ein Fall mit Person, Zuständigkeit (§ 98), § 14-Verfahren und Fristen.
import { type Static, Type } from '@sinclair/typebox';
import { type JsonSchema, pruefungsarten } from '@egh/recht';
import { type Aufenthalt, type Leistung, fall, person } from '../db/schema.ts';
import { EntscheidungSchema, FristSchema } from './erstattung.schema.ts';
import { Nullbar, Seite, Zeitstempel, zeile } from './gemeinsam.schema.ts';
import { DatumOderNullT, DatumT, type MitStandard, RegelwerkT, TextOderNullT, WahlT, seitenT } from './schemata.ts';

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

// Anfragen: aus diesen Schemata kommen auch die Typen der Eingaben (anwendungsfaelle/faelle.ts).
// Aufenthalte, Leistungen, Anträge, Unterbrechungen und die Angaben zu § 98 und § 14 sind Schemata
// des Regelwerks (Prüfungen oertlicheZustaendigkeit und zustaendigkeitsklaerung).

const oz = pruefungsarten.oertlicheZustaendigkeit.schema.properties as Record<string, JsonSchema>;
const zk = pruefungsarten.zustaendigkeitsklaerung.schema.properties as Record<string, JsonSchema>;
const { art: _a, rechtsstand: _r, stichtag: _s, aufenthalte, leistungen, antraege, unterbrechungen, ...angaben } = oz;
const { art: _b, ...klaerungFelder } = zk;

// Leistungen des Falls: wie im Regelwerk, dazu eine Bezeichnung für Menschen.
const leistungenMitBezeichnung = (() => {
  const l = leistungen as { items: { properties: Record<string, JsonSchema> } } & JsonSchema;
  return { ...l, items: { ...l.items, properties: { ...l.items.properties, bezeichnung: { type: 'string', maxLength: 200 } } } };
})();

const personFelder = {
  nachname: Type.String({ minLength: 1, maxLength: 100 }),
  vorname: Type.String({ minLength: 1, maxLength: 100 }),
  geburtsdatum: Type.Optional(DatumOderNullT),
  anschrift: Type.Optional(
    Type.Object(
      {
        strasse: Type.Optional(Type.String({ maxLength: 200 })),
        plz: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
        ort: Type.Optional(Type.String({ maxLength: 100 })),
      },
      { additionalProperties: false },
    ),
  ),
};
/** Die Person eines neuen Falls: Nachname und Vorname sind Pflicht. */
export const PersonEingabeSchema = Type.Object(personFelder, { additionalProperties: false });
export type PersonEingabe = Static<typeof PersonEingabeSchema>;

const fallFelder = {
  aufenthalte: Type.Optional(RegelwerkT<Aufenthalt[]>(aufenthalte as object)),
  leistungen: Type.Optional(RegelwerkT<Leistung[]>(leistungenMitBezeichnung)),
  antraege: Type.Optional(RegelwerkT<{ datum: string; traeger?: string }[]>(antraege as object)),
  unterbrechungen: Type.Optional(RegelwerkT<{ von: string; bis: string; grund: string }[]>(unterbrechungen as object)),
  zustaendigkeitsangaben: Type.Optional(
    RegelwerkT<Record<string, unknown>>({
      type: 'object',
      properties: angaben,
      additionalProperties: false,
      description: 'Weitere Angaben zu § 98 SGB IX / § 98 SGB XII',
    }),
  ),
  zustaendigkeitsklaerung: Type.Optional(
    RegelwerkT<Record<string, unknown> | null>({
      anyOf: [
        { type: 'object', properties: klaerungFelder, required: ['antragseingang', 'landErsterTraeger'], additionalProperties: false },
        { type: 'null' },
      ],
      description: '§ 14-Verfahren (Eingabe der Prüfung zustaendigkeitsklaerung)',
    }),
  ),
  bemerkung: Type.Optional(TextOderNullT({ maxLength: 5000 })),
};
const Aktenzeichen = Type.String({ minLength: 1, maxLength: 60 });
const Fallstatus = WahlT(['offen', 'abgeschlossen']);

/** Einen Fall anlegen; das Regelwerk bestimmt die Zuständigkeit. */
export const FallEingabeSchema = Type.Object(
  { aktenzeichen: Aktenzeichen, person: PersonEingabeSchema, ...fallFelder },
  { additionalProperties: false },
);
export type FallEingabe = Static<typeof FallEingabeSchema>;

/** Einen Fall ändern: auch den Status und einzelne Angaben der Person, mindestens ein Feld. */
export const FallAenderungSchema = Type.Object(
  {
    aktenzeichen: Type.Optional(Aktenzeichen),
    status: Type.Optional(Fallstatus),
    person: Type.Optional(Type.Partial(PersonEingabeSchema)),
    ...fallFelder,
  },
  { additionalProperties: false, minProperties: 1 },
);
export type FallAenderung = Static<typeof FallAenderungSchema>;

/** Zuständigkeit zu einem Stichtag neu entscheiden. */
export const NeuPruefenSchema = Type.Object({ stichtag: DatumT }, { additionalProperties: false });
export type NeuPruefen = Static<typeof NeuPruefenSchema>;

/** Filter und Ordnung der Fallliste. */
export const FallFilterSchema = Type.Object(
  {
    suche: Type.Optional(Type.String({ maxLength: 100 })),
    status: Type.Optional(Fallstatus),
    sortierung: Type.Optional(WahlT(['aktenzeichen', '-aktenzeichen', 'geaendert', '-geaendert', 'name'], { default: '-geaendert' })),
    seite: Type.Optional(seitenT.seite),
    proSeite: Type.Optional(seitenT.proSeite),
  },
  { additionalProperties: false },
);
export type FallFilter = MitStandard<Static<typeof FallFilterSchema>, 'sortierung' | 'seite' | 'proSeite'>;
