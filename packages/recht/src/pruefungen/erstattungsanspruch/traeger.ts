// Trägerarten und ihre Einordnung in den Erstattungsvorschriften.
import type { JsonSchema } from '../../gemeinsam/validierung.ts';
import type { Eingliederungshilferecht } from './typen.ts';

export const traegerArten = [
  'egh',
  'sozialhilfe',
  'jugendhilfe',
  'sozialeEntschaedigung',
  'kriegsopferfuersorge',
  'krankenkasse',
  'pflegekasse',
  'rentenversicherung',
  'unfallversicherung',
  'bundesagentur',
] as const;
export type TraegerArt = (typeof traegerArten)[number];

export const traegerNamen: Record<TraegerArt, string> = {
  egh: 'Träger der Eingliederungshilfe',
  sozialhilfe: 'Träger der Sozialhilfe',
  jugendhilfe: 'Träger der öffentlichen Jugendhilfe',
  sozialeEntschaedigung: 'Träger der Sozialen Entschädigung',
  kriegsopferfuersorge: 'Träger der Kriegsopferfürsorge',
  krankenkasse: 'Krankenkasse',
  pflegekasse: 'Pflegekasse',
  rentenversicherung: 'Träger der Rentenversicherung',
  unfallversicherung: 'Träger der Unfallversicherung',
  bundesagentur: 'Bundesagentur für Arbeit',
};

export const traegerArtSchema = (beschreibung: string): JsonSchema => ({
  type: 'string',
  enum: [...traegerArten],
  description: beschreibung,
});

/**
 * §§ 103 Abs. 3, 105 Abs. 3, 108 Abs. 2 SGB X: Träger der Eingliederungshilfe, der Sozialhilfe, der
 * Kriegsopferfürsorge und der Jugendhilfe. Bis 31.12.2019 nannte der Wortlaut die Eingliederungshilfe
 * nicht, weil sie Teil der Sozialhilfe war (SGB XII Kapitel 6): der Träger der Eingliederungshilfe
 * fällt dann als Träger der Sozialhilfe unter die Vorschriften. Das Ergebnis ist daher in beiden
 * Fassungen dasselbe; nur das Zitat unterscheidet sich.
 */
export function istFuersorgetraeger(art: TraegerArt): boolean {
  return (
    art === 'egh' || art === 'sozialhilfe' || art === 'jugendhilfe' || art === 'kriegsopferfuersorge' || art === 'sozialeEntschaedigung'
  );
}

/**
 * Nachrang des zahlenden Trägers aus den beiden Trägerarten (recht.md §4.4 Nr. 2): Eingliederungshilfe
 * (§ 91 Abs. 1 SGB IX; bis 2019 § 2 Abs. 1 SGB XII) und Sozialhilfe (§ 2 Abs. 1 SGB XII) sind nachrangig
 * gegenüber den Sozialversicherungsträgern, der Bundesagentur für Arbeit und den Trägern der Sozialen
 * Entschädigung bzw. Kriegsopferfürsorge; die Jugendhilfe ebenso (§ 10 Abs. 1 SGB VIII). Das Verhältnis
 * der Fürsorgeträger untereinander (etwa Jugendhilfe und Eingliederungshilfe, § 10 Abs. 4 SGB VIII) hängt
 * von der Art der Behinderung ab und ist aus den Arten allein nicht ableitbar.
 */
export function nachrangAusArten(zahlender: TraegerArt, verpflichteter: TraegerArt): boolean {
  const nachrangig = zahlender === 'egh' || zahlender === 'sozialhilfe' || zahlender === 'jugendhilfe';
  const vorrangig =
    verpflichteter === 'krankenkasse' ||
    verpflichteter === 'pflegekasse' ||
    verpflichteter === 'rentenversicherung' ||
    verpflichteter === 'unfallversicherung' ||
    verpflichteter === 'bundesagentur' ||
    verpflichteter === 'sozialeEntschaedigung' ||
    verpflichteter === 'kriegsopferfuersorge';
  return nachrangig && vorrangig;
}

/** Die Norm, die den Nachrang des zahlenden Trägers anordnet, in der Fassung der Eingliederungshilfe. */
export function nachrangNorm(art: TraegerArt, egh: Eingliederungshilferecht): string {
  if (art === 'jugendhilfe') return '§ 10 Abs. 1 SGB VIII';
  if (art === 'egh') return egh.nachrangNorm;
  return '§ 2 Abs. 1 SGB XII';
}

/** Die Träger der §§ 103 Abs. 3, 105 Abs. 3, 108 Abs. 2 SGB X im Wortlaut der drei Fassungen. */
export const fuersorgetraegerWortlaut = {
  bis2019:
    'Träger der Sozialhilfe (dazu gehörte bis 31.12.2019 die Eingliederungshilfe nach dem SGB XII), der Kriegsopferfürsorge und der Jugendhilfe',
  ab2020: 'Träger der Eingliederungshilfe, der Sozialhilfe, der Kriegsopferfürsorge und der Jugendhilfe',
  ab2024:
    'Träger der Eingliederungshilfe, der Sozialhilfe, der Sozialen Entschädigung (soweit sie Besondere Leistungen im Einzelfall erbringen), der Soldatenentschädigung nach Kapitel 5 des Soldatenentschädigungsgesetzes und der Jugendhilfe',
} as const;

/**
 * Die Träger der §§ 103 Abs. 3, 105 Abs. 3, 108 Abs. 2 SGB X im Wortlaut der am Tag geltenden Fassung
 * (für `zinsen`; die Prüfung `erstattungsanspruch` wählt die Fassung aus ihrer Tabelle).
 */
export function fuersorgetraegerText(sgb10MitEingliederungshilfe: boolean, mitSozialerEntschaedigung = false): string {
  if (mitSozialerEntschaedigung) return fuersorgetraegerWortlaut.ab2024;
  return sgb10MitEingliederungshilfe ? fuersorgetraegerWortlaut.ab2020 : fuersorgetraegerWortlaut.bis2019;
}

/**
 * Seit dem 01.01.2024 (SGB XIV, Gesetz vom 12.12.2019, BGBl. I S. 2652) nennen §§ 103–105, 108 SGB X statt
 * der Kriegsopferfürsorge die Träger der Sozialen Entschädigung und der Soldatenentschädigung.
 */
export const sozialeEntschaedigungAb = '2024-01-01';

/**
 * § 6 Abs. 1 SGB IX: Rehabilitationsträger. Pflegekassen sind es nie; Träger der Sozialhilfe nur, solange
 * sie die Eingliederungshilfe trugen (§ 6 Abs. 1 Nr. 7 SGB IX a.F. und in der Fassung bis 31.12.2019).
 */
export function istRehabilitationstraeger(art: TraegerArt, egh: Eingliederungshilferecht): boolean {
  return egh.istRehabilitationstraeger(art);
}
