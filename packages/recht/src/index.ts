// Öffentliche Schnittstelle des Regelwerks.
export { pruefe, pruefungsartFuer, schemata, eingabeSchema, artenNamen } from './pruefe.ts';
export { pruefungsarten } from './pruefungsarten.ts';
export type { Ergebnis, Problem, Fehler, Hinweis, Begruendungsschritt, Herkunft } from './gemeinsam/ergebnis.ts';
export {
  fuerSachbearbeitung,
  fuerExperten,
  hinweisText,
  begruendungsZeile,
  namenEinsetzen,
  schluesselImText,
} from './gemeinsam/darstellung.ts';
export type { Sachbearbeitungstext, Expertentext, Begruendungssatz, Hinweissatz } from './gemeinsam/darstellung.ts';
export { interneMarker } from './gemeinsam/interne-marker.ts';
export { erzeugeAjv, uebersetzeFehler, kompiliere } from './gemeinsam/validierung.ts';
export type { JsonSchema } from './gemeinsam/validierung.ts';
export { istProblem, eingabeProblem } from './gemeinsam/ergebnis.ts';
export type { Pruefungsart } from './gemeinsam/pruefung.ts';
// Typen der Mehrkostenprüfung: Server und Oberfläche verwenden sie, statt sie nachzubilden.
export type {
  Alternative,
  AlternativeAuswertung,
  Angebot,
  Ausschlussgrund,
  Je,
  KeinVergleichGrund,
  MehrkostenEingabe,
  MehrkostenErgebnis,
  Posten,
  Postenzeile,
  Referenz,
} from './pruefungen/mehrkosten.ts';
export type { ZinsenErgebnis, Zinslauf } from './pruefungen/zinsen.ts';
// Ergebnisse, die Server und Oberfläche aus gespeicherten Entscheidungen lesen.
export type { AmtshilfeErgebnis, Behoerde } from './pruefungen/amtshilfe.ts';
export type { DatenuebermittlungErgebnis } from './pruefungen/datenuebermittlung.ts';
export type { OertlicheZustaendigkeitErgebnis } from './pruefungen/oertliche-zustaendigkeit/typen.ts';
export { parameter, rechtsstaende, wertAm } from './gemeinsam/parameter.ts';
export * as datum from './kalender/datum.ts';
export { feiertag, laender, regionen, landesnamen } from './kalender/feiertage.ts';
export type { Land } from './kalender/feiertage.ts';
export { euro, prozent } from './gemeinsam/geld.ts';
export { pruefeLeitwegId, leitwegPruefziffer } from './gemeinsam/leitweg-id.ts';
export { pruefeIban } from './gemeinsam/iban.ts';
export const engineVersion = '0.1.0';
export {
  berechneFristenMasse,
  fristenPuffer,
  laeuftNoch,
  leistungsrechte,
  type ErstattungsfristenErgebnis,
  type FristenPuffer,
  type Leistungsrecht,
  type LeistungsfallJson,
  type MassnahmeAngabe,
} from './pruefungen/erstattungsfristen.ts';
export {
  eghTraeger,
  rollenFuer,
  hatRolle,
  rolleInWorten,
  rollenNamen,
  personenkreisNamen,
  leistungsbereichNamen,
  leistungsbereiche,
  bezirkZumKreis,
  landschaftsverbandZumKreis,
} from './traeger/laender.ts';
export type {
  TraegerRolle,
  Rolle as Traegerrollenart,
  Personenkreis,
  Leistungsbereich,
  EghTraegerFrage,
  EghTraegerAntwort,
} from './traeger/laender.ts';
