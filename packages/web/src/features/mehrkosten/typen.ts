// Antworten der API zum Mehrkostenvergleich und die deutschen Bezeichnungen der Werte des
// Regelwerks.
import type { Begruendungsschritt, Hinweis } from '../../api.ts';
import type { Antwort as ApiAntwort } from '../../api/client.ts';

import type { Ausschlussgrund, KeinVergleichGrund, MehrkostenErgebnis, MehrkostenPruefungseingabe, Referenz } from '../../api.ts';

export type Entscheidungsergebnis = MenschlicheEntscheidung['ergebnis'];

export type { Alternative, Angebot, Ausschlussgrund, Je, KeinVergleichGrund, MehrkostenErgebnis, Posten, Referenz } from '../../api.ts';
/** Die gespeicherte Eingabe eines Vergleichs: die Eingabe der Prüfung ohne `art`. */
export type MehrkostenEingabe = Omit<MehrkostenPruefungseingabe, 'art'>;
export type Orientierung = NonNullable<MehrkostenErgebnis['orientierung']>;

type VergleichJson = ApiAntwort<'/api/v1/mehrkostenvergleiche/{id}', 'get'>;
export type MenschlicheEntscheidung = NonNullable<VergleichJson['entscheidung']>;

/** Ein Vergleich, wie der Server ihn sendet; Eingabe, Ergebnis und Begründung mit den Typen des Regelwerks. */
export type Vergleich = Omit<VergleichJson, 'eingabe' | 'ergebnis' | 'regelentscheidung'> & {
  eingabe: MehrkostenEingabe;
  ergebnis: MehrkostenErgebnis;
  regelentscheidung:
    | (Omit<NonNullable<VergleichJson['regelentscheidung']>, 'begruendung' | 'hinweise'> & {
        begruendung: Begruendungsschritt[];
        hinweise: Hinweis[];
      })
    | null;
};

export type VergleichZeile = ApiAntwort<'/api/v1/mehrkostenvergleiche', 'get'>['eintraege'][number];

export const regelwerkText: Record<MehrkostenErgebnis['ergebnis'], string> = {
  wunschZuEntsprechen: 'Dem Wunsch ist zu entsprechen',
  abwaegungErforderlich: 'Abwägung erforderlich',
};

export const orientierungText: Record<Orientierung, string> = {
  eherAngemessen: 'Nach der Rechtsprechung eher angemessen',
  offen: 'Nach der Rechtsprechung offen',
  eherUnverhaeltnismaessig: 'Nach der Rechtsprechung eher unverhältnismäßig',
};

export const keinVergleichText: Record<KeinVergleichGrund, string> = {
  keineAlternative: 'Es ist keine Alternative benannt; ein Kostenvergleich findet nicht statt.',
  keineZumutbareAlternative:
    'Keine Alternative ist zumutbar (§ 104 Abs. 3 Satz 5 SGB IX): ein Kostenvergleich findet nicht statt, dem Wunsch ist zu entsprechen.',
  keineBedarfsdeckendeAlternative:
    'Keine zumutbare Alternative deckt den Bedarf (§ 104 Abs. 2 Satz 2 Nr. 2 SGB IX); ein Kostenvergleich findet nicht statt.',
  keineVereinbarungKapitel8:
    'Keine zumutbare, bedarfsdeckende Alternative wird von einem Anbieter mit Vereinbarung nach Kapitel 8 SGB IX erbracht; sie sind kein Vergleichsmaßstab (§ 104 Abs. 2 Satz 2 Nr. 1 SGB IX).',
};

export const ausschlussText: Record<Ausschlussgrund, string> = {
  unzumutbar: 'nicht zumutbar',
  nichtBedarfsdeckend: 'deckt den Bedarf nicht',
  keineVereinbarungKapitel8: 'keine Vereinbarung nach Kapitel 8',
};

export const entscheidungText: Record<Entscheidungsergebnis, string> = {
  bewilligt: 'Bewilligt',
  teilweiseBewilligt: 'Teilweise bewilligt',
  abgelehnt: 'Abgelehnt',
};

export const verifikationText: Record<Referenz['verifikation'], string> = {
  'V-SEED': 'am Original geprüft',
  'V-SEC': 'nur aus Sekundärquellen belegt',
  UNVERIFIED: 'ungeprüft',
};
