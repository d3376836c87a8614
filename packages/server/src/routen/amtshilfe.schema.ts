// Schemata der Amtshilfeersuchen: Antworten (Liste, ein Ersuchen mit Prüfungen, Bericht,
// Abrechnung, Fristen und den erlaubten Aktionen).
import { type Static, type TString, Type } from '@sinclair/typebox';
import { type JsonSchema, pruefungsarten } from '@egh/recht';
import { amtshilfeStatus, amtshilfeersuchen } from '../db/schema.ts';
import { type Lebensbereich, aufgaben, lebensbereiche } from '../anwendungsfaelle/amtshilfe.ts';
import { AktionSchema, EntscheidungSchema, FristSchema } from './erstattung.schema.ts';
import { Datum, Nullbar, Seite, Zeitstempel, zeile } from './gemeinsam.schema.ts';
import { DatumOderNullT, DatumT, type MitStandard, RegelwerkT, WahlT, seitenT } from './schemata.ts';

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

// Anfragen: aus diesen Schemata kommen auch die Typen der Eingaben (anwendungsfaelle/amtshilfe.ts).
// Felder aus den Schemata des Regelwerks, damit API, OpenAPI und Prüfung dasselbe verlangen.
const du = pruefungsarten.datenuebermittlung.schema.properties as Record<string, JsonSchema & { items?: JsonSchema }>;

/** Ein übermittelter Datenposten: Datenart der Prüfung datenuebermittlung und Inhalt. */
export const DatenpostenSchema = Type.Object(
  {
    art: RegelwerkT<string>(du.daten?.items ?? { type: 'string' }),
    inhalt: Type.String({ minLength: 1, maxLength: 10000, description: 'Der übermittelte Inhalt (z. B. Name und Anschrift)' }),
  },
  { additionalProperties: false },
);
export type Datenposten = Static<typeof DatenpostenSchema>;

/** Einwilligung nach § 67b Abs. 2 SGB X: für alle Datenarten oder eine Liste (Schema des Regelwerks). */
export type Einwilligung = boolean | string[];

const ersuchenEingabefelder = {
  ersuchterId: Type.String({ minLength: 1, maxLength: 100, description: 'Der ersuchte Träger (Kennung im Register)' }),
  aufgabe: WahlT(aufgaben, { description: 'Die erbetene Aufgabe' }),
  /** Zeichen des Ersuchens; ohne Angabe das Aktenzeichen des Falls. */
  aktenzeichen: Type.Optional(
    Type.String({ minLength: 1, maxLength: 60, description: 'Zeichen des Ersuchens (Standard: Aktenzeichen des Falls)' }),
  ),
  fragen: Type.Optional(Type.String({ maxLength: 10000, description: 'Die Fragen an den ersuchten Träger' })),
  gewuenschtBis: Type.Optional(Type.Unsafe<string | null>({ ...DatumOderNullT, description: 'Erbetener Termin' })),
  daten: Type.Optional(
    Type.Array(DatenpostenSchema, { maxItems: 50, description: 'Zu übermittelnde Daten; nur was die Prüfung datenuebermittlung zulässt' }),
  ),
  einwilligung: Type.Optional(RegelwerkT<Einwilligung>(du.einwilligung ?? { type: 'boolean' })),
  widerspruch: Type.Optional(RegelwerkT<boolean>(du.widerspruch ?? { type: 'boolean' })),
};

/** Ein Ersuchen anlegen (Entwurf). */
export const ErsuchenEingabeSchema = Type.Object(
  { fallId: Type.String({ format: 'uuid', description: 'Fall des ersuchenden Trägers' }), ...ersuchenEingabefelder },
  { additionalProperties: false },
);
export type ErsuchenEingabe = Static<typeof ErsuchenEingabeSchema>;

/** Den Entwurf ändern: jedes Feld außer dem Fall, mindestens eines. */
export const ErsuchenAenderungSchema = Type.Partial(Type.Object(ersuchenEingabefelder), { additionalProperties: false, minProperties: 1 });
export type ErsuchenAenderung = Static<typeof ErsuchenAenderungSchema>;

/** Ergebnisbericht nach § 118 SGB IX: je Lebensbereich ein Text, Wünsche, Vorschläge. */
export const BerichtEingabeSchema = Type.Object(
  {
    lebensbereiche: Type.Object(
      Object.fromEntries(
        Object.entries(lebensbereiche).map(([k, name]) => [k, Type.String({ minLength: 1, maxLength: 10000, description: name })]),
      ) as Record<Lebensbereich, TString>,
      { description: 'Je Lebensbereich nach § 118 Abs. 1 SGB IX ein Text', additionalProperties: false },
    ),
    wuensche: Type.String({ maxLength: 10000, description: 'Wünsche der Person (§ 104 Abs. 2 SGB IX)' }),
    vorschlaege: Type.String({ maxLength: 10000, description: 'Vorschläge zu Leistungen' }),
  },
  { additionalProperties: false },
);
export type BerichtEingabe = Static<typeof BerichtEingabeSchema>;

/** Filter und Ordnung der Liste. */
export const ErsuchenFilterSchema = Type.Object(
  {
    richtung: Type.Optional(WahlT(['eingang', 'ausgang'])),
    status: Type.Optional(WahlT(amtshilfeStatus)),
    suche: Type.Optional(Type.String({ maxLength: 100 })),
    sortierung: Type.Optional(
      WahlT(['aktenzeichen', '-aktenzeichen', 'gewuenschtBis', '-gewuenschtBis', 'geaendert', '-geaendert', 'status'], {
        default: '-geaendert',
      }),
    ),
    seite: Type.Optional(seitenT.seite),
    proSeite: Type.Optional(seitenT.proSeite),
  },
  { additionalProperties: false },
);
export type ErsuchenFilter = MitStandard<Static<typeof ErsuchenFilterSchema>, 'sortierung' | 'seite' | 'proSeite'>;

const ah = pruefungsarten.amtshilfe.schema.properties as Record<string, JsonSchema>;
/** Ohne Pflichtfeld (wie bisher mit leerem required). */
const ohnePflicht = { additionalProperties: false, required: [] as string[] };

/** Die Körper der Aktionen (POST …/:id/<aktion>); aus ihnen kommt der Typ `Aktion` des Anwendungsfalls. */
export const AmtshilfeAktionen = {
  senden: Type.Object({}, ohnePflicht),
  annehmen: Type.Object({}, ohnePflicht),
  ablehnen: Type.Object(
    {
      ablehnungsgrund: RegelwerkT<string>(ah.ablehnungsgrund ?? { type: 'string' }),
      begruendung: Type.String({ minLength: 1, maxLength: 5000, description: 'Begründung im Einzelfall' }),
    },
    { additionalProperties: false },
  ),
  aufsicht: Type.Object({}, ohnePflicht),
  berichten: Type.Object(
    {
      durchgefuehrtAm: Type.Optional(Type.String({ ...DatumT, description: 'Tag der Durchführung (Standard: heute)' })),
      bericht: BerichtEingabeSchema,
    },
    { additionalProperties: false },
  ),
  abrechnen: Type.Object(
    {
      auslagenCent: Type.Optional(RegelwerkT<number>(ah.auslagenCent ?? { type: 'integer', minimum: 0 })),
      auslagenBeschreibung: Type.Optional(Type.String({ maxLength: 2000, description: 'Welche Auslagen (z. B. Reisekosten)' })),
    },
    ohnePflicht,
  ),
  bezahlen: Type.Object({ am: Type.Optional(Type.String({ ...DatumT, description: 'Tag der Zahlung (Standard: heute)' })) }, ohnePflicht),
};
type AmtshilfeAktionen = typeof AmtshilfeAktionen;
/** Eine Aktion des Arbeitsablaufs mit ihrem Körper. */
export type Aktion = { [A in keyof AmtshilfeAktionen]: { aktion: A } & Static<AmtshilfeAktionen[A]> }[keyof AmtshilfeAktionen];
