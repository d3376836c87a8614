// Schemata der Erstattungsansprüche: Antworten (Liste, ein Anspruch mit allem, was die Oberfläche
// zeigt) und die erlaubten Aktionen. Zeilen aus dem Drizzle-Schema (gemeinsam.schema.ts).
import { type Static, Type } from '@sinclair/typebox';
import { type JsonSchema, leistungsrechte, pruefungsarten } from '@egh/recht';
import { entscheidung, erstattungStatus, erstattungsanspruch, frist, leistungszeitraum, zahlung } from '../db/schema.ts';
import { Datum, Nullbar, OffenesObjekt, Seite, Zeitstempel, zeile } from './gemeinsam.schema.ts';
import { CentT, DatumOderNullT, DatumT, LandT, type MitStandard, RegelwerkT, TextOderNullT, WahlT, seitenT } from './schemata.ts';

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
    bezahltCent: Type.Integer({ description: 'Summe der erfassten Zahlungen' }),
    sollCent: Type.Integer({ description: 'anerkannter Betrag, vor der Anerkennung der geforderte' }),
    offenCent: Type.Integer({ description: 'noch zu zahlen: Soll minus bezahlt, nicht unter 0' }),
    ueberzahlungCent: Type.Integer({ description: 'zu viel bezahlt, nach § 112 SGB X zurückzuerstatten' }),
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

// Anfragen: aus diesen Schemata kommen auch die Typen der Eingaben (anwendungsfaelle/erstattung.ts).

const ea = pruefungsarten.erstattungsanspruch.schema.properties as Record<string, JsonSchema>;
const { art: _a, rechtsstand: _r, leistungen: _l, ...rechtsgrundlageFelder } = ea;
const eaRequired = ((pruefungsarten.erstattungsanspruch.schema.required as string[]) ?? []).filter(
  (f) => f !== 'art' && f !== 'leistungen',
);

/** Ein Leistungszeitraum mit Betrag. */
export const ZeitraumEingabeSchema = Type.Object(
  {
    von: DatumT,
    bis: DatumT,
    betragCent: CentT,
    rechnung: Type.Optional(TextOderNullT({ maxLength: 200 })),
    /** Fortlaufende Maßnahme, zu der der Zeitraum gehört. */
    massnahme: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()], {
        description: 'Fortlaufende Maßnahme, zu der der Zeitraum gehört (Eingliederungshilfe: ein Leistungsfall nach § 111 SGB X)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ZeitraumEingabe = Static<typeof ZeitraumEingabeSchema>;

/** Ende oder Fortdauer einer Maßnahme (§ 111 SGB X: Ende des Leistungsfalls). */
export const MassnahmeEingabeSchema = Type.Object(
  {
    massnahme: Type.String({ minLength: 1, maxLength: 100 }),
    beendet: Type.Optional(DatumT),
    laeuft: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type MassnahmeEingabe = Static<typeof MassnahmeEingabeSchema>;

/** Die Felder eines Anspruchs, die Anlegen und Ändern gemeinsam haben. */
const anspruchFelder = {
  aktenzeichen: Type.String({ minLength: 1, maxLength: 60 }),
  landVerpflichteter: Type.Optional(LandT),
  /** Eingabe der Prüfung erstattungsanspruch ohne `art` und ohne `leistungen`. */
  rechtsgrundlage: RegelwerkT<Record<string, unknown>>({
    type: 'object',
    properties: rechtsgrundlageFelder,
    required: eaRequired,
    additionalProperties: false,
    description: 'Eingabe der Prüfung erstattungsanspruch ohne art und leistungen (die kommen aus den Zeiträumen)',
  }),
  leistungszeitraeume: Type.Array(ZeitraumEingabeSchema, { maxItems: 2000 }),
  /** Leistungsrecht des Verpflichteten (Standard Eingliederungshilfe): bestimmt den Leistungsfall. */
  leistungsrecht: Type.Optional(
    WahlT(leistungsrechte, {
      description: 'Leistungsrecht des Verpflichteten; Eingliederungshilfe (Standard): § 111 SGB X je Maßnahme, sonst je Zeitraum',
    }),
  ),
  massnahmen: Type.Optional(
    Type.Array(MassnahmeEingabeSchema, {
      maxItems: 200,
      description:
        'Ende der Maßnahmen (beendet) oder dass sie noch laufen (laeuft); ohne Angabe endet eine Maßnahme mit ihrem letzten Zeitraum',
    }),
  ),
  kenntnisEntscheidung: Type.Optional(DatumOderNullT),
  eingangLeistungsantrag: Type.Optional(DatumOderNullT),
  zinsantrag: Type.Optional(Type.Boolean()),
  bemerkung: Type.Optional(Type.String({ maxLength: 5000 })),
};

/** Einen Anspruch anlegen (Entwurf). */
export const AnspruchEingabeSchema = Type.Object(
  {
    ...anspruchFelder,
    fallId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    verpflichteterId: Type.Optional(TextOderNullT({ maxLength: 100 })),
    verpflichteterExtern: Type.Optional(TextOderNullT({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type AnspruchEingabe = Static<typeof AnspruchEingabeSchema>;

/** Einen Anspruch ändern: jedes Feld außer Fall und Verpflichtetem, mindestens eines. */
export const AnspruchAenderungSchema = Type.Partial(Type.Object(anspruchFelder), { additionalProperties: false, minProperties: 1 });
export type AnspruchAenderung = Static<typeof AnspruchAenderungSchema>;

/** Eine Zahlung erfassen. */
export const ZahlungEingabeSchema = Type.Object(
  {
    datum: DatumT,
    betragCent: Type.Integer({ minimum: 1, maximum: 1e13 }),
    verwendungszweck: Type.Optional(Type.String({ maxLength: 200 })),
    ueberzahlungBestaetigt: Type.Optional(
      Type.Boolean({ description: 'übersteigt die Zahlung das Anerkannte, nur mit true erfasst (Überzahlung, § 112 SGB X)' }),
    ),
  },
  { additionalProperties: false },
);
export type ZahlungEingabe = Static<typeof ZahlungEingabeSchema>;

/** Filter und Ordnung des Erstattungsbuchs. */
export const AnspruchFilterSchema = Type.Object(
  {
    richtung: Type.Optional(WahlT(['ausgehend', 'eingehend'])),
    status: Type.Optional(WahlT(erstattungStatus)),
    suche: Type.Optional(Type.String({ maxLength: 100 })),
    sortierung: Type.Optional(
      WahlT(['aktenzeichen', '-aktenzeichen', 'forderung', '-forderung', 'geaendert', '-geaendert', 'status'], { default: '-geaendert' }),
    ),
    seite: Type.Optional(seitenT.seite),
    proSeite: Type.Optional(seitenT.proSeite),
  },
  { additionalProperties: false },
);
export type AnspruchFilter = MitStandard<Static<typeof AnspruchFilterSchema>, 'sortierung' | 'seite' | 'proSeite'>;

/** Ohne Pflichtfeld (wie bisher mit leerem required). */
const ohnePflicht = { additionalProperties: false, required: [] as string[] };

/** Die Körper der Aktionen (POST …/:id/<pfad>); aus ihnen kommt der Typ `Aktion` des Anwendungsfalls. */
export const ErstattungAktionen = {
  anmelden: Type.Object({ am: Type.Optional(DatumT) }, ohnePflicht),
  beziffern: Type.Object({ am: Type.Optional(DatumT) }, ohnePflicht),
  vorschlagen: Type.Object(
    {
      entscheidung: WahlT(['Anerkannt', 'TeilweiseAnerkannt', 'Abgelehnt']),
      betragCent: Type.Optional(CentT),
      begruendung: Type.String({ minLength: 1, maxLength: 5000 }),
    },
    { additionalProperties: false },
  ),
  freigeben: Type.Object({}, ohnePflicht),
  vorschlagVerwerfen: Type.Object({ begruendung: Type.Optional(Type.String({ maxLength: 5000 })) }, ohnePflicht),
  klagen: Type.Object({ am: DatumT }, { additionalProperties: false }),
  rechtskraft: Type.Object({ am: DatumT }, { additionalProperties: false }),
  erledigen: Type.Object({}, ohnePflicht),
};
type ErstattungAktionen = typeof ErstattungAktionen;
/** Eine Aktion des Arbeitsablaufs mit ihrem Körper. */
export type Aktion = { [A in keyof ErstattungAktionen]: { aktion: A } & Static<ErstattungAktionen[A]> }[keyof ErstattungAktionen];
