// Antworten der API zum Mehrkostenvergleich (nur die Felder, die die Oberfläche zeigt) und die
// deutschen Bezeichnungen der Werte des Regelwerks.
import type { Begruendungsschritt, Hinweis } from '../api.ts';

export type Je = 'tag' | 'monat';
export interface Posten {
  bezeichnung: string;
  betragCent: number;
  je: Je;
}
export interface Angebot {
  bezeichnung: string;
  posten: Posten[];
  kostenangabeCentProMonat?: number;
}
export interface Alternative extends Angebot {
  vereinbarungKapitel8: boolean;
  zumutbar: boolean;
  bedarfsdeckend: boolean;
  deutlichBesserGeeignet?: boolean;
}
export interface MehrkostenEingabe {
  stichtag: string;
  rechtsstand?: string;
  gewuenscht: Angebot;
  alternativen: Alternative[];
  tageProMonat?: number;
  wohnenAusserhalbBesondererWohnform?: boolean;
}

export type Ausschlussgrund = 'unzumutbar' | 'nichtBedarfsdeckend' | 'keineVereinbarungKapitel8';
export type KeinVergleichGrund =
  'keineAlternative' | 'keineZumutbareAlternative' | 'keineBedarfsdeckendeAlternative' | 'keineVereinbarungKapitel8';
export type Orientierung = 'eherAngemessen' | 'offen' | 'eherUnverhaeltnismaessig';
export type Entscheidungsergebnis = 'bewilligt' | 'teilweiseBewilligt' | 'abgelehnt';

export interface Referenz {
  gericht: string;
  datum: string | null;
  aktenzeichen: string;
  prozent: number;
  prozentBis?: number;
  ergebnis: 'angemessen' | 'unverhaeltnismaessig';
  entscheidungsart: string | null;
  zitat: string;
  leitsatz: string;
  aufgehobenDurch?: string;
  quelle: string;
  verifikation: 'V-SEED' | 'V-SEC' | 'UNVERIFIED';
  abstandProzentpunkte: number;
}

export interface MehrkostenErgebnis {
  recht: 'SGB IX' | 'SGB XII';
  vergleichZulaessig: boolean;
  vergleichsangebot: string | null;
  kostenGewuenschtCentProMonat: number;
  kostenVergleichCentProMonat: number | null;
  mehrkostenCentProMonat: number | null;
  mehrkostenProzent: number | null;
  ergebnis: 'wunschZuEntsprechen' | 'abwaegungErforderlich';
  referenzen: Referenz[];
  tageProMonat: number;
  keinVergleichGrund: KeinVergleichGrund | null;
  kostenGewuenschtCentProJahr: number;
  kostenVergleichCentProJahr: number | null;
  mehrkostenCentProJahr: number | null;
  mehrkostenCentProTag: number | null;
  kostenuebernahmeBisCentProMonat: number | null;
  orientierung: Orientierung | null;
  kostenbasisUneinheitlich: boolean;
  alternativen: {
    bezeichnung: string;
    kostenCentProMonat: number;
    mehrkostenProzent: number | null;
    vergleichbar: boolean;
    ausschlussgrund: Ausschlussgrund | null;
  }[];
  postenvergleich: {
    bezeichnung: string;
    gewuenschtCentProMonat: number | null;
    vergleichCentProMonat: number | null;
    differenzCentProMonat: number;
    differenzProzent: number | null;
  }[];
}

export interface MenschlicheEntscheidung {
  ergebnis: Entscheidungsergebnis;
  gruende: string;
  betragCentProMonat?: number;
  vonName: string;
  am: string;
}

export interface Vergleich {
  id: string;
  bezeichnung: string;
  fallId: string | null;
  eingabe: MehrkostenEingabe;
  ergebnis: MehrkostenErgebnis;
  status: 'Offen' | 'Entschieden';
  entscheidung: MenschlicheEntscheidung | null;
  version: number;
  erstelltAm: string;
  geaendertAm: string;
  fall: { id: string; aktenzeichen: string; person: { nachname: string | null; vorname: string | null; pseudonym: string } } | null;
  regelentscheidung: { begruendung: Begruendungsschritt[]; hinweise: Hinweis[]; regelwerkVersion: string; erstelltAm: string } | null;
  aenderbar: boolean;
  moeglicheAktionen: string[];
}

export interface VergleichZeile {
  id: string;
  bezeichnung: string;
  status: 'Offen' | 'Entschieden';
  fallId: string | null;
  aktenzeichen: string | null;
  regelwerk: 'wunschZuEntsprechen' | 'abwaegungErforderlich';
  mehrkostenProzent: number | null;
  mehrkostenCentProMonat: number | null;
  entscheidung: Entscheidungsergebnis | null;
  geaendertAm: string;
}

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
