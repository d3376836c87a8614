// Öffentliche Schnittstelle von @egh/briefe: Briefe als PDF (DIN 5008 Form B) und Rechnungen
// als XRechnung (UBL). Reine Funktionen ihrer Eingaben: sie drucken gespeicherte Entscheidungen
// des Regelwerks und rechnen nie selbst (style.md).
import { briefrahmen, type Rahmen } from './din5008.ts';
import { setze } from './pdf.ts';
import type { Briefdaten, Vorlage } from './typen.ts';
import { antwort, ersuchen, kostenanforderung } from './vorlagen/amtshilfe.ts';
import { beitrittserklaerung } from './vorlagen/beitritt.ts';
import { anmeldung, bezifferung, erinnerung } from './vorlagen/erstattung.ts';
import { vermerkMehrkosten } from './vorlagen/mehrkosten.ts';

export * from './typen.ts';
export { datum as datumText, euro, iban as ibanText } from './format.ts';
export { aufgabeName } from './namen.ts';
export { erzeugeXRechnung, fehlendeRechnungsangaben, type Rechnung, type Rechnungspartei } from './xrechnung.ts';

const setzer: { [V in Vorlage]: (d: Briefdaten[V]) => Rahmen } = {
  ersuchen,
  antwort,
  kostenanforderung,
  anmeldung,
  bezifferung,
  erinnerung,
  vermerkMehrkosten,
  beitrittserklaerung,
};

/** Setzt den Brief einer Vorlage mit ihren Daten als PDF. */
export async function renderBrief<V extends Vorlage>(vorlage: V, daten: Briefdaten[V]): Promise<Uint8Array> {
  return setze(briefDefinition(vorlage, daten));
}

/** Die Dokumentdefinition eines Briefs (DIN 5008, Form B), noch nicht gesetzt. */
export function briefDefinition<V extends Vorlage>(vorlage: V, daten: Briefdaten[V]): ReturnType<typeof briefrahmen> {
  const rahmen = (setzer[vorlage] as (d: Briefdaten[V]) => Rahmen)(daten);
  return briefrahmen(rahmen);
}

/** Ein Dateiname für den Brief: Vorlage, Zeichen und Datum, nur sichere Zeichen. */
export function dateiname(vorlage: Vorlage, zeichen: string, datum: string, endung = 'pdf'): string {
  const sicher = zeichen.normalize('NFKD').replace(/[^A-Za-z0-9-]+/g, '_');
  return `${vorlage}_${sicher}_${datum}.${endung}`;
}
