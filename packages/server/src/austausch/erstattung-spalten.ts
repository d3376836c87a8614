// Spalten der Austauschdatei für Erstattungsansprüche (docs/AUSTAUSCH.md): eine Zeile je
// Leistungszeitraum; die Angaben zum Anspruch stehen in jeder seiner Zeilen. Die letzten Spalten
// sind Ergebnisse des Regelwerks und des Arbeitsablaufs: Sie werden exportiert und beim Import
// nicht übernommen (der Status wird geprüft, siehe dort).
import { type JsonSchema, leistungsrechte, pruefungsarten } from '@egh/recht';
import type { Spalte } from './dateien.ts';

export type AnspruchSchluessel =
  | 'aktenzeichen'
  | 'anspruchsteller'
  | 'verpflichteterId'
  | 'verpflichteterExtern'
  | 'landVerpflichteter'
  | 'fall'
  | 'leistungsbeginn'
  | 'zahlenderTraeger'
  | 'artZahlender'
  | 'artVerpflichteter'
  | 'grundlage'
  | 'weitereAngaben'
  | 'kenntnisEntscheidung'
  | 'eingangLeistungsantrag'
  | 'zinsantrag'
  | 'angemeldetAm'
  | 'beziffertAm'
  | 'bemerkung'
  | 'leistungsrecht'
  | 'von'
  | 'bis'
  | 'betrag'
  | 'rechnung'
  | 'massnahme'
  | 'massnahmeBeendet'
  | 'massnahmeLaeuft'
  | 'status'
  | 'anspruchsgrundlage'
  | 'forderung'
  | 'fristEnde'
  | 'gewahrt'
  | 'verjaehrung';

export interface AnspruchSpalte extends Spalte {
  schluessel: AnspruchSchluessel;
  /** Angabe zum Anspruch (in jeder Zeile gleich) oder zum Zeitraum. */
  ebene: 'anspruch' | 'zeitraum' | 'ergebnis';
  pflicht?: boolean;
}

export const anspruchSpalten: AnspruchSpalte[] = [
  { schluessel: 'aktenzeichen', kopf: 'Aktenzeichen', art: 'text', ebene: 'anspruch', pflicht: true, breite: 18 },
  { schluessel: 'anspruchsteller', kopf: 'Anspruchsteller (Kennung)', art: 'text', ebene: 'anspruch' },
  { schluessel: 'verpflichteterId', kopf: 'Verpflichteter Träger (Kennung)', art: 'text', ebene: 'anspruch' },
  { schluessel: 'verpflichteterExtern', kopf: 'Verpflichtete Stelle außerhalb der Plattform', art: 'text', ebene: 'anspruch' },
  { schluessel: 'landVerpflichteter', kopf: 'Land des Verpflichteten', art: 'text', ebene: 'anspruch' },
  { schluessel: 'fall', kopf: 'Fall (Aktenzeichen)', art: 'text', ebene: 'anspruch' },
  { schluessel: 'leistungsbeginn', kopf: 'Leistungsbeginn', art: 'datum', ebene: 'anspruch', pflicht: true },
  { schluessel: 'zahlenderTraeger', kopf: 'Zahlender Träger im Verfahren', art: 'text', ebene: 'anspruch', pflicht: true },
  { schluessel: 'artZahlender', kopf: 'Art des zahlenden Trägers', art: 'text', ebene: 'anspruch', pflicht: true },
  { schluessel: 'artVerpflichteter', kopf: 'Art des verpflichteten Trägers', art: 'text', ebene: 'anspruch', pflicht: true },
  { schluessel: 'grundlage', kopf: 'Grundlage (Vorgabe)', art: 'text', ebene: 'anspruch' },
  { schluessel: 'weitereAngaben', kopf: 'Weitere Angaben zur Rechtsgrundlage (JSON)', art: 'text', ebene: 'anspruch', breite: 30 },
  { schluessel: 'kenntnisEntscheidung', kopf: 'Kenntnis der Entscheidung', art: 'datum', ebene: 'anspruch' },
  { schluessel: 'eingangLeistungsantrag', kopf: 'Eingang Leistungsantrag', art: 'datum', ebene: 'anspruch' },
  { schluessel: 'zinsantrag', kopf: 'Zinsantrag', art: 'janein', ebene: 'anspruch' },
  { schluessel: 'angemeldetAm', kopf: 'Angemeldet am', art: 'datum', ebene: 'anspruch' },
  { schluessel: 'beziffertAm', kopf: 'Beziffert am', art: 'datum', ebene: 'anspruch' },
  { schluessel: 'bemerkung', kopf: 'Bemerkung', art: 'text', ebene: 'anspruch', breite: 30 },
  { schluessel: 'leistungsrecht', kopf: 'Leistungsrecht des Verpflichteten', art: 'text', ebene: 'anspruch' },
  { schluessel: 'von', kopf: 'Zeitraum von', art: 'datum', ebene: 'zeitraum', pflicht: true },
  { schluessel: 'bis', kopf: 'Zeitraum bis', art: 'datum', ebene: 'zeitraum', pflicht: true },
  { schluessel: 'betrag', kopf: 'Betrag (€)', art: 'betrag', ebene: 'zeitraum', pflicht: true },
  { schluessel: 'rechnung', kopf: 'Rechnung', art: 'text', ebene: 'zeitraum' },
  // § 111 SGB X je Leistungsfall: Zeiträume derselben Maßnahme teilen in der Eingliederungshilfe
  // den Fristbeginn, das Ende der Maßnahme; Ende und „läuft“ stehen in jeder Zeile der Maßnahme gleich.
  { schluessel: 'massnahme', kopf: 'Maßnahme', art: 'text', ebene: 'zeitraum', breite: 18 },
  { schluessel: 'massnahmeBeendet', kopf: 'Maßnahme beendet am', art: 'datum', ebene: 'zeitraum' },
  { schluessel: 'massnahmeLaeuft', kopf: 'Maßnahme läuft', art: 'janein', ebene: 'zeitraum' },
  { schluessel: 'status', kopf: 'Status', art: 'text', ebene: 'ergebnis' },
  { schluessel: 'anspruchsgrundlage', kopf: 'Anspruchsgrundlage', art: 'text', ebene: 'ergebnis', breite: 24 },
  { schluessel: 'forderung', kopf: 'Forderung (€)', art: 'betrag', ebene: 'ergebnis' },
  { schluessel: 'fristEnde', kopf: 'Ende Ausschlussfrist (§ 111 SGB X)', art: 'datum', ebene: 'ergebnis' },
  { schluessel: 'gewahrt', kopf: 'Ausschlussfrist gewahrt', art: 'text', ebene: 'ergebnis' },
  { schluessel: 'verjaehrung', kopf: 'Verjährung (§ 113 SGB X)', art: 'datum', ebene: 'ergebnis' },
];

export const spalteVon = Object.fromEntries(anspruchSpalten.map((s) => [s.schluessel, s])) as Record<AnspruchSchluessel, AnspruchSpalte>;

// Auswahlwerte aus dem Schema der Prüfung erstattungsanspruch (nicht doppelt pflegen).
const eigenschaften = pruefungsarten.erstattungsanspruch.schema.properties as Record<string, JsonSchema>;
function auswahl(...pfad: string[]): string[] {
  let s: JsonSchema | undefined = { properties: eigenschaften };
  for (const p of pfad) s = (s?.properties as Record<string, JsonSchema> | undefined)?.[p];
  return (s?.enum as string[] | undefined) ?? [];
}

export const auswahlwerte = {
  zahlenderTraeger: auswahl('verfahren', 'zahlenderTraeger'),
  artZahlender: auswahl('zahlender', 'art'),
  artVerpflichteter: auswahl('verpflichteter', 'art'),
  grundlage: auswahl('grundlage'),
  leistungsrecht: [...leistungsrechte],
};

/** Status, die ein Import herstellen kann (Anmeldung und Bezifferung sind Handlungen des Anspruchstellers). */
export const importierbareStatus = ['Entwurf', 'Angemeldet', 'Beziffert'] as const;
