// Schemata der Mehrkostenvergleiche: ein Vergleich mit Regelentscheidung und menschlicher Entscheidung.
import { type Static, Type } from '@sinclair/typebox';
import { type JsonSchema, type MehrkostenEingabe, pruefungsarten } from '@egh/recht';
import { mehrkostenvergleich } from '../db/schema.ts';
import { mindestlaengeGruende } from '../anwendungsfaelle/mehrkosten.ts';
import { EntscheidungSchema } from './erstattung.schema.ts';
import { Nullbar, OffenesObjekt, Seite, Zeitstempel, zeile } from './gemeinsam.schema.ts';
import { type MitStandard, RegelwerkT, WahlT, seitenT } from './schemata.ts';

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

// Anfragen: aus diesen Schemata kommen auch die Typen der Eingaben (anwendungsfaelle/mehrkosten.ts).
// Die Angaben des Vergleichs sind die Prüfung mehrkosten ohne `art`: Schema und Typ (MehrkostenEingabe)
// kommen aus dem Regelwerk, das sie auch selbst prüft; OpenAPI und Regelwerk prüfen gleich.

/** Eingabe der Prüfung mehrkosten ohne `art` (pruefungen.md). */
export type MehrkostenAngaben = Omit<MehrkostenEingabe, 'art'>;
const mk = pruefungsarten.mehrkosten.schema.properties as Record<string, JsonSchema>;
const { art: _a, ...pruefungsfelder } = mk;
const pruefungsPflicht = ((pruefungsarten.mehrkosten.schema.required as string[]) ?? []).filter((f) => f !== 'art');
/** Freiwillige Angaben, die eine Änderung mit `null` entfernt. */
const entfernbar = [
  'rechtsstand',
  'tageProMonat',
  'wohnenAusserhalbBesondererWohnform',
] as const satisfies readonly (keyof MehrkostenAngaben)[];
type Entfernbar = (typeof entfernbar)[number];

const Kopf = Type.Object({
  bezeichnung: Type.String({ minLength: 1, maxLength: 200, description: 'Bezeichnung des Vergleichs für Listen' }),
  fallId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: 'Eigener Fall (optional)' })),
});

/** Einen Vergleich anlegen: Bezeichnung, Fall und die Angaben der Prüfung. */
export const VergleichEingabeSchema = RegelwerkT<Static<typeof Kopf> & MehrkostenAngaben>({
  type: 'object',
  properties: { ...Kopf.properties, ...pruefungsfelder },
  required: ['bezeichnung', ...pruefungsPflicht],
  additionalProperties: false,
  description: 'Eingabe der Prüfung mehrkosten ohne art, dazu Bezeichnung und Fall',
});
export type VergleichEingabe = Static<typeof VergleichEingabeSchema>;

/** Änderung: angegebene Felder ersetzen die bisherigen; `null` entfernt eine freiwillige Angabe. */
export const VergleichAenderungSchema = RegelwerkT<
  Partial<Static<typeof Kopf>> & Partial<Omit<MehrkostenAngaben, Entfernbar>> & { [F in Entfernbar]?: MehrkostenAngaben[F] | null }
>({
  type: 'object',
  properties: {
    ...Kopf.properties,
    ...Object.fromEntries(
      Object.entries(pruefungsfelder).map(([feld, s]) => [
        feld,
        (entfernbar as readonly string[]).includes(feld)
          ? { anyOf: [s, { type: 'null' }], description: `${typeof s.description === 'string' ? s.description : feld}; null entfernt` }
          : s,
      ]),
    ),
  },
  additionalProperties: false,
  minProperties: 1,
});
export type VergleichAenderung = Static<typeof VergleichAenderungSchema>;

/** Die Entscheidung eines Menschen über den Wunsch, mit Gründen. */
export const EntscheidungEingabeSchema = Type.Object(
  {
    ergebnis: WahlT(['bewilligt', 'teilweiseBewilligt', 'abgelehnt']),
    gruende: Type.String({
      minLength: mindestlaengeGruende,
      maxLength: 10000,
      description: 'Gründe der Abwägung: Gewicht des Wunsches gegen die Mehrkosten (Pflicht)',
    }),
    betragCentProMonat: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1e13,
        description:
          'Nur bei teilweiser Bewilligung: übernommener Betrag je Monat, z. B. bis zu den Kosten des Vergleichsangebots (offene Rechtsfrage)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type EntscheidungEingabe = Static<typeof EntscheidungEingabeSchema>;

/** Filter und Ordnung der Liste. */
export const VergleichFilterSchema = Type.Object(
  {
    status: Type.Optional(WahlT(['Offen', 'Entschieden'])),
    fallId: Type.Optional(Type.String({ format: 'uuid' })),
    suche: Type.Optional(Type.String({ maxLength: 100 })),
    sortierung: Type.Optional(
      WahlT(['bezeichnung', '-bezeichnung', 'geaendert', '-geaendert', 'erstellt', '-erstellt', 'mehrkosten', '-mehrkosten'], {
        default: '-geaendert',
      }),
    ),
    seite: Type.Optional(seitenT.seite),
    proSeite: Type.Optional(seitenT.proSeite),
  },
  { additionalProperties: false },
);
export type VergleichFilter = MitStandard<Static<typeof VergleichFilterSchema>, 'sortierung' | 'seite' | 'proSeite'>;
