// Schemata des Trägerregisters und der Vereinbarungen mit Beitritten.
import { type Static, Type } from '@sinclair/typebox';
import { leistungsbereiche } from '@egh/recht';
import { traeger } from '../db/schema.ts';
import { Seite, zeile } from './gemeinsam.schema.ts';
import { DatumT, LandT, type MitStandard, TextOderNullT, WahlT, seitenT } from './schemata.ts';

const Anschrift = Type.Object({
  strasse: Type.Optional(Type.String()),
  plz: Type.Optional(Type.String()),
  ort: Type.Optional(Type.String()),
});
const Kontakt = Type.Object({
  telefon: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
  ansprechpartner: Type.Optional(Type.String()),
});
/** Eine datierte Rolle im Register (Regelwerk, traeger/laender.ts). */
const Rolle = Type.Object(
  {},
  { additionalProperties: true, description: 'Datierte Rolle: rolle, ebene, personen, gueltigAb, grundlage, fundstelle …' },
);

export const TraegerZeile = zeile(traeger, { anschrift: Anschrift, kontakt: Kontakt, rollen: Type.Array(Rolle) });
export const TraegerListe = Seite(TraegerZeile);
export const TraegerSchema = Type.Composite([
  TraegerZeile,
  Type.Object({ rollenInWorten: Type.Array(Type.String(), { description: 'Die Rollen als Sätze für Menschen' }) }),
]);

// Anfragen: aus diesen Schemata kommen auch die Typen der Eingaben (anwendungsfaelle/traeger.ts).

const rollen = ['eingliederungshilfe', 'sozialhilfe', 'jugendhilfe', 'herangezogen'] as const;
const arten = ['oertlich', 'ueberoertlich', 'sonstig'] as const;

/** Filter des Trägerregisters. */
export const TraegerFilterSchema = Type.Object(
  {
    suche: Type.Optional(Type.String({ maxLength: 100 })),
    land: Type.Optional(LandT),
    art: Type.Optional(WahlT(arten)),
    rolle: Type.Optional(WahlT(rollen, { description: 'nur Träger mit dieser Rolle am Stichtag' })),
    stichtag: Type.Optional(Type.String({ format: 'date', description: 'Stichtag der Rolle (Standard: heute)' })),
    sortierung: Type.Optional(WahlT(['name', '-name', 'land', '-land', 'id'], { default: 'name' })),
    seite: Type.Optional(seitenT.seite),
    proSeite: Type.Optional(seitenT.proSeite),
  },
  { additionalProperties: false },
);
export type TraegerFilter = MitStandard<Static<typeof TraegerFilterSchema>, 'sortierung' | 'seite' | 'proSeite'>;

export const TraegerIdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

const AnschriftEingabe = Type.Object(
  {
    strasse: Type.Optional(Type.String({ maxLength: 200 })),
    plz: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
    ort: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
const KontaktEingabe = Type.Object(
  {
    telefon: Type.Optional(Type.String({ maxLength: 50 })),
    email: Type.Optional(Type.String({ maxLength: 200 })),
    ansprechpartner: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Kurzname = Type.String({ minLength: 1, maxLength: 60 });
/** Stammdaten außer Name und Kurzname: alle freiwillig. */
const stammdaten = {
  anschrift: Type.Optional(AnschriftEingabe),
  kontakt: Type.Optional(KontaktEingabe),
  leitwegId: Type.Optional(TextOderNullT({ maxLength: 46, description: 'Leitweg-ID (ISO 7064 Mod 97-10 geprüft)' })),
  iban: Type.Optional(TextOderNullT({ pattern: '^DE\\d{20}$' })),
  aufsichtsbehoerde: Type.Optional(TextOderNullT({ maxLength: 200 })),
  ohneUnterschrift: Type.Optional(
    Type.Boolean({
      description:
        'Schreiben des Trägers maschinell erstellt und ohne Unterschrift gültig (§ 33 Abs. 5 SGB X): der Hinweis statt Raum für die Unterschrift, in jedem Brief',
    }),
  ),
};

const Leistungsbereich = WahlT(leistungsbereiche);
/** Eine datierte Rolle im Register; nur der Plattformbetrieb berichtigt sie. */
const RolleEingabe = Type.Object(
  {
    rolle: WahlT(rollen, { title: 'Rolle' }),
    ebene: WahlT(['oertlich', 'ueberoertlich'], { title: 'Ebene' }),
    personen: WahlT(['alle', 'kinderUndSchule', 'erwachsene'], { title: 'Personenkreis' }),
    ausgenommen: Type.Optional(Type.Array(Leistungsbereich, { maxItems: 6, uniqueItems: true })),
    nur: Type.Optional(Type.Array(Leistungsbereich, { maxItems: 6, uniqueItems: true })),
    fuer: Type.Optional(Type.String({ maxLength: 100, title: 'für den Träger' })),
    gueltigAb: Type.String({ ...DatumT, title: 'gültig ab' }),
    gueltigBis: Type.Optional(Type.String({ ...DatumT, title: 'gültig bis' })),
    grundlage: Type.String({ minLength: 1, maxLength: 300, title: 'Rechtsgrundlage' }),
    fundstelle: Type.String({ minLength: 1, maxLength: 500, title: 'Fundstelle' }),
    geprueft: Type.Boolean({ title: 'geprüft' }),
  },
  { additionalProperties: false },
);
const Rollen = Type.Array(RolleEingabe, { maxItems: 20 });
const Quelle = TextOderNullT({ maxLength: 500 });

/** Stammdaten ändern; Rollen und Fundstelle (quelle) nur der Plattformbetrieb. */
export const TraegerAenderungSchema = Type.Object(
  {
    name: Type.Optional(Name),
    kurzname: Type.Optional(Kurzname),
    ...stammdaten,
    rollen: Type.Optional(Rollen),
    quelle: Type.Optional(Quelle),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type TraegerAenderung = Static<typeof TraegerAenderungSchema>;

/** Einen Träger anlegen (Plattformbetrieb). */
export const TraegerEingabeSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,60}$' }),
    art: WahlT(arten),
    land: LandT,
    rechtstraeger: Type.String({ minLength: 1, maxLength: 200 }),
    name: Name,
    kurzname: Kurzname,
    ...stammdaten,
    rollen: Type.Optional(Rollen),
    quelle: Type.Optional(Quelle),
  },
  { additionalProperties: false },
);
export type TraegerEingabe = Static<typeof TraegerEingabeSchema>;
