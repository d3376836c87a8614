// Schemata des Trägerregisters und der Vereinbarungen mit Beitritten.
import { Type } from '@sinclair/typebox';
import { beitritt, traeger, vereinbarung } from '../db/schema.ts';
import { Seite, zeile } from './gemeinsam.schema.ts';

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

export const VereinbarungZeile = zeile(vereinbarung, {
  pauschalen: Type.Record(Type.String(), Type.Integer(), { description: 'Pauschale je Aufgabe in Cent' }),
});
export const BeitrittZeile = zeile(beitritt);
export const VereinbarungMitMitgliedern = Type.Composite([
  VereinbarungZeile,
  Type.Object({
    mitglieder: Type.Array(
      Type.Composite([
        BeitrittZeile,
        Type.Object({ traeger: Type.Object({ id: Type.String(), name: Type.String(), land: Type.String() }) }),
      ]),
    ),
  }),
]);
