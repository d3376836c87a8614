// Ein- und Ausgabe der Prüfung `oertlicheZustaendigkeit` (pruefungen.md) und die aufbereiteten
// Zeitleisten, mit denen die Regeln der Fassungen arbeiten.
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import type { IsoDatum, Tag } from '../../kalender/datum.ts';
import type { Land } from '../../kalender/feiertage.ts';
import type { Leistungsbereich } from '../../traeger/laender.ts';

export type Aufenthaltsart = 'gewoehnlich' | 'voruebergehend' | 'stationaer' | 'haft';

export type Leistungsform = 'ambulant' | 'tagUndNacht' | 'betreutesWohnen' | 'stationaer';

export type Unterbrechungsgrund = 'krankenhaus' | 'reha' | 'sonstig';

export type Traegerart = 'ueberoertlich' | 'oertlich' | 'nachLandesrecht';

export interface AufenthaltEingabe {
  von: IsoDatum;
  bis?: IsoDatum;
  gebiet: string;
  art: Aufenthaltsart;
}

export interface LeistungEingabe {
  von: IsoDatum;
  bis?: IsoDatum;
  form: Leistungsform;
  traeger?: string;
}

export interface OertlicheZustaendigkeitEingabe {
  art: 'oertlicheZustaendigkeit';
  rechtsstand?: IsoDatum;
  stichtag: IsoDatum;
  aufenthalte?: AufenthaltEingabe[];
  leistungen?: LeistungEingabe[];
  antraege?: { datum: IsoDatum; traeger?: string }[];
  gesamtplanBeginn?: IsoDatum;
  unterbrechungen?: { von: IsoDatum; bis: IsoDatum; grund: Unterbrechungsgrund }[];
  geburt?: { datum: IsoDatum; gebietMutter: string };
  betreuungsanteile?: { teilhabe: number; pflege: number; sonstige: number; stundensatzCent?: number; tageProMonat?: number };
  gewoehnlicherAufenthaltUngeklaert?: boolean;
  gewoehnlicherAufenthaltFestgestelltAm?: IsoDatum;
  eilfall?: boolean;
  tatsaechlicherAufenthalt?: string;
  sachlich?: {
    land: Land;
    hilfeZurPflege?: boolean;
    /** Kreisschlüssel des Kreises oder der kreisfreien Stadt des gewöhnlichen Aufenthalts. */
    kreis?: string;
    /** Lebensabschnitt, wo das Land danach unterscheidet (HE, NI, NW, RP, SN). */
    lebensabschnitt?: 'kindOderSchule' | 'erwachsen';
    leistungsbereich?: Leistungsbereich;
  };
}

export type Anknuepfung =
  | 'antrag'
  | 'gesamtplan'
  | 'leistungsbeginn'
  | 'stichtag'
  | 'tagUndNacht'
  | 'aufnahme'
  | 'geburt'
  | 'uebergang'
  | 'eintrittBetreutesWohnen'
  | 'leistungsdaten';

export interface SachlicheZustaendigkeit {
  land: Land;
  eingliederungshilfe: Traegerart;
  hilfeZurPflege?: Traegerart;
  grundlage: string;
  /** Ab 2020 mit Kreisschlüssel: der Träger der Eingliederungshilfe (Kennung im Register). */
  traeger?: string;
  /** Die Körperschaft, die den Fall für ihn bearbeitet (Heranziehung). */
  herangezogen?: string;
  /** Ist die Landesregel an einer Fundstelle geprüft? */
  landesrechtGeprueft?: boolean;
}

export interface OertlicheZustaendigkeitErgebnis {
  recht: 'SGB IX' | 'SGB XII';
  traeger: string;
  vorlaeufig: boolean;
  grundlage: string;
  /** Ergebnis der Prüfung „ambulant betreute Wohnmöglichkeit“ (§ 98 Abs. 5 SGB XII); `null`, wenn nicht geprüft. */
  betreutesWohnen: boolean | null;
  /** Anteil der Teilhabe an der Betreuungszeit, auf zwei Stellen gerundet; `null` ohne Betreuungsanteile. */
  teilhabeAnteilProzent: number | null;
  pflegeAnteilProzent: number | null;
  /** Mit Stundensatz: Kosten des Teilhabeanteils und der ganzen Betreuung je Monat, einmal am Ende gerundet. */
  teilhabeKostenCentProMonat?: number;
  betreuungKostenCentProMonat?: number;
  /** Der Tag, auf den es für die Zuständigkeit ankam (Antrag, Aufnahme, Beginn der Leistung …). */
  massgeblicherTag: IsoDatum;
  anknuepfung: Anknuepfung;
  /** Rückschaufenster der zwei Monate (Tag und Nacht, Aufnahme), wenn es darauf ankam. */
  rueckschau?: { von: IsoDatum; bis: IsoDatum };
  /** Ende der vier Wochen nach § 98 Abs. 2 SGB IX / § 98 Abs. 2 Satz 3 SGB XII. */
  vierWochenEnde?: IsoDatum;
  /** Bei vorläufiger Zuständigkeit: der nach den Daten endgültig zuständige Träger, soweit bekannt. */
  endgueltigerTraeger?: string;
  sachlicheZustaendigkeit?: SachlicheZustaendigkeit;
}

/** Ein geschlossener Zeitraum von Tagen, beide Enden eingeschlossen. */
export interface Zeitraum {
  von: Tag;
  bis: Tag;
}

/** Ende offener Zeiträume: liegt jenseits jedes Datums der Eingabe; wird nie ausgegeben. */
export const UNBEGRENZT = 99_999_999 as Tag;

export interface Aufenthalt extends Zeitraum {
  index: number;
  offen: boolean;
  gebiet: string;
  art: Aufenthaltsart;
}

export interface Leistung extends Zeitraum {
  index: number;
  offen: boolean;
  form: Leistungsform;
  traeger?: string;
}

export interface Antrag {
  index: number;
  datum: Tag;
  traeger?: string;
}

/** Ein Abschnitt des gewöhnlichen Aufenthalts nach Auflösung von Überschneidungen. */
export interface GaAbschnitt extends Zeitraum {
  gebiet: string;
  index: number;
}

export interface Bruecke extends Zeitraum {
  grund: 'krankenhaus' | 'reha' | 'stationaerer Aufenthalt';
}

export interface Fakten {
  e: OertlicheZustaendigkeitEingabe;
  stichtag: Tag;
  aufenthalte: Aufenthalt[];
  ga: GaAbschnitt[];
  /** Stationäre Aufenthalte und Haft: nie gewöhnlicher Aufenthalt (§ 98 Abs. 4 SGB IX, § 109 SGB XII). */
  stationaer: Aufenthalt[];
  /** Leistungen, die bis zum Stichtag begonnen haben; `bis` höchstens der Stichtag. */
  leistungen: Leistung[];
  /** Leistungen, die erst nach dem Stichtag beginnen (nur als geplante Leistung eines offenen Antrags). */
  kuenftigeLeistungen: Leistung[];
  antraege: Antrag[];
  bruecken: Bruecke[];
}

export interface Entscheidung {
  traeger: string;
  vorlaeufig: boolean;
  grundlage: string;
  zeitpunkt: Tag;
  anknuepfung: Anknuepfung;
  fenster?: Zeitraum;
  vierWochenEnde?: Tag;
  endgueltigerTraeger?: string;
  betreutesWohnen?: boolean;
}

export interface EntscheidungXII extends Entscheidung {
  form?: Leistungsform;
}

/**
 * Das Recht der örtlichen Zuständigkeit in einer Fassung (§ 98 SGB XII a.F. oder § 98 SGB IX), gewählt in
 * `fassungen.ts` nach dem Rechtsstand.
 */
export interface OertlichesRecht {
  recht: OertlicheZustaendigkeitErgebnis['recht'];
  /** Der erste Schritt der Begründung: welches Recht gilt. */
  einleitung(stichtag: Tag, vorgabe: string): { norm: string; text: string };
  /** Die Entscheidung über den örtlich zuständigen Träger am Stichtag. */
  entscheide(f: Fakten, b: Begruendung): EntscheidungXII | undefined;
  /** Ergebnisfeld `betreutesWohnen`, wenn die Regel es nicht geprüft hat. */
  betreutesWohnenUngeprueft: false | null;
  /** Ohne Angaben zur sachlichen Zuständigkeit: Hinweise, die trotzdem gelten. */
  ohneSachlicheAngaben?(f: Fakten, T: Tag, traeger: string, form: Leistungsform | undefined, b: Begruendung): void;
  /** Die sachliche Zuständigkeit (recht.md §3.3), wenn nach ihr gefragt ist. */
  sachlich(
    f: Fakten,
    T: Tag,
    form: Leistungsform | undefined,
    bwBestanden: boolean | undefined,
    b: Begruendung,
  ): SachlicheZustaendigkeit | undefined;
}
