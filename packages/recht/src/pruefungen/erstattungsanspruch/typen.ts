// Ein- und Ausgabe der Prüfung `erstattungsanspruch` und die Schnittstellen der Fassungen, die
// `fassungen.ts` nach dem maßgebenden Tag wählt.
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import type { IsoDatum, Tag } from '../../kalender/datum.ts';
import type { TraegerArt } from './traeger.ts';

export type Grundlagenwahl = 'vorlaeufigGesetzlich' | 'nachtraeglichEntfallen' | 'nachrang' | 'unzustaendig';
export type ZahlenderTraeger = 'erster' | 'zweiter' | 'dritter' | 'vorlaeufig98' | 'sonstiger';

export interface Rechnung {
  von?: IsoDatum;
  bis?: IsoDatum;
  stunden?: number;
  stundensaetzeCent?: number[];
}

export interface Leistung {
  von: IsoDatum;
  bis: IsoDatum;
  betragCent: number;
  /** Bezug von `betragCent`: ganzer Zeitraum (Standard), Monatsbetrag oder Tagesbetrag. */
  je?: 'zeitraum' | 'monat' | 'tag';
  grobFahrlaessigZuUnrecht?: boolean;
  rechnung?: Rechnung;
}

export interface Verfahren {
  zahlenderTraeger: ZahlenderTraeger;
  weitergeleitet?: boolean;
  weiterleitungRechtzeitig?: boolean;
  rueckgabeVersucht?: boolean;
  faktischerZwang?: boolean;
  abweichendeVereinbarung?: boolean;
  ursacheDerBehinderung?: boolean;
}

export interface ErstattungsanspruchEingabe {
  art: 'erstattungsanspruch';
  rechtsstand?: IsoDatum;
  leistungsbeginn: IsoDatum;
  verfahren: Verfahren;
  zahlender: { art: TraegerArt };
  verpflichteter: {
    art: TraegerArt;
    insgesamtZustaendig?: boolean;
    kenntnisVoraussetzungen?: IsoDatum;
    selbstGeleistetCent?: number;
  };
  grundlage?: Grundlagenwahl;
  leistungen: Leistung[];
  auslagenCent?: number;
  verwaltungskostenCent?: number;
  bagatellgrenzeCent?: number;
}

export interface Rechnungspruefung {
  /** Index in `leistungen`. */
  leistung: number;
  /** Rechnungszeitraum weicht vom Erstattungszeitraum der Leistung ab (PERIOD_MISMATCH). */
  zeitraumAbweichend: boolean | null;
  /** Vorschlag: Rechnungsbetrag anteilig nach Kalendertagen des Erstattungszeitraums (keine automatische Korrektur). */
  vorschlagCent: number | null;
  /** Rechnungsbetrag passt nicht zu Stunden × Stundensatz (INVOICE_RATE_MISMATCH). */
  stundensatzAbweichend: boolean | null;
  erwartetMinCent: number | null;
  erwartetMaxCent: number | null;
  durchschnittStundensatzCent: number | null;
}

export interface ErstattungsanspruchErgebnis {
  /** Die Norm, auf die der Anspruch gestützt wird, oder `null`, wenn kein Anspruch besteht. */
  anspruchsgrundlage: string | null;
  leistungenCent: number;
  verwaltungskostenpauschaleCent: number;
  auslagenCent: number;
  erstattungCent: number;
  bagatelle: boolean;
  /** Zusatz: welches SGB IX für §§ 14, 16 gilt. */
  recht: 'SGB IX 2018' | 'SGB IX a.F.';
  /** Zusatz: erstattungsfähige Leistungsaufwendungen nach den Kürzungen, vor § 110 SGB X. */
  leistungenBerechnetCent: number;
  /** Zusatz: erstattete Verwaltungskosten — immer 0 (§ 109 Satz 1 SGB X). */
  verwaltungskostenCent: number;
  /** Zusatz: Kalendertage der erstattungsfähigen Leistungszeiträume (Überschneidungen einmal gezählt). */
  tage: number;
  /** Zusatz: `leistungenBerechnetCent` je Kalendertag, oder `null` ohne Tage. */
  durchschnittProTagCent: number | null;
  /** Zusatz: Plausibilitätsprüfung der angegebenen Rechnungen (nur Hinweise, keine Korrektur). */
  rechnungspruefung: Rechnungspruefung[];
}

// ---------------------------------------------------------------------------------------------
// Anspruchsgrundlage (DT-ERST, recht.md §4.4 Nr. 1–5)

export type Anspruchsart =
  'sgb9-16' | 'sgb9-14-af' | 'sgb9-98' | 'sgb12-106-af' | 'sgbx-102' | 'sgbx-103' | 'sgbx-104' | 'sgbx-105' | 'keine';

export interface Grundlage {
  art: Anspruchsart;
  norm: string | null;
}

/** Der Fall mit den am maßgebenden Tag geltenden Fassungen (aus `fassungen.ts`). */
export interface Lage {
  e: ErstattungsanspruchEingabe;
  b: Begruendung;
  stand: Tag;
  /** §§ 14–16 SGB IX: Fassung bis 31.12.2017 oder des Bundesteilhabegesetzes. */
  reha: Rehaverfahren;
  /** Wo die Eingliederungshilfe steht: SGB XII Kapitel 6 (bis 2019) oder SGB IX Teil 2. */
  egh: Eingliederungshilferecht;
  /** Die Träger der §§ 103 Abs. 3, 105 Abs. 3 SGB X im Wortlaut der Fassung. */
  sgb10: Sgb10Fassung;
  /** Für Vergleichsrechnungen: die Grenze des § 110 Abs. 2 SGB XII nicht anwenden. */
  ohneSozialhilfeGrenze?: boolean;
}

/** Eine Norm mit ihrem Satz für die Begründung. */
export interface Normsatz {
  norm: string;
  text: string;
}

/**
 * Die Zuständigkeitsklärung und Erstattung zwischen Rehabilitationsträgern (§§ 14–16 SGB IX) in einer
 * Fassung. Den gemeinsamen Ablauf hat `sgb9-14-verfahren.ts`; was sich zwischen den Fassungen
 * unterscheidet, steht hier.
 */
export interface Rehaverfahren {
  recht: ErstattungsanspruchErgebnis['recht'];
  /** Zusatz zum Zitat der §§ 14 ff. SGB IX („ a.F.“ oder leer). */
  zusatz: string;
  /** Hinweis vor der Prüfung (etwa: das SGB IX galt am maßgebenden Tag noch nicht). */
  vorab?(l: Lage): void;
  /** Die Erstattungsvorschrift, wie sie im Hinweis „kein Rehabilitationsträger“ genannt wird. */
  erstattungsvorschrift: string;
  /** Geltende Fassung, aus Sicht des erstangegangenen Trägers. */
  fassungFuerErsten(e: ErstattungsanspruchEingabe): Normsatz;
  /** Der Träger, an den weitergeleitet wurde (zweiter, nach Turboklärung dritter), hat geleistet. */
  leistenderTraeger(l: Lage, dritter: boolean): Grundlage;
  /** Die Norm, die die Rückgabe eines weitergeleiteten Antrags ausschließt. */
  rueckgabeNorm: string;
  /** Faktischer Zwang trotz rechtzeitiger Weiterleitung (nur, wo die Fassung ihn so behandelt). */
  faktischerZwangTrotzWeiterleitung?(l: Lage): Grundlage;
  /** Die Norm, die § 105 SGB X für den nicht weiterleitenden Träger ausschließt. */
  sperrnorm: string;
  /** Hinweis WEITERLEITUNG_105_AUSLEGUNG in dieser Fassung. */
  weitergeleitetUndGeleistet: string;
  /** Der erste Träger hat nicht (rechtzeitig) weitergeleitet: nach den gemeinsamen Sätzen zu § 14 Abs. 1, 2. */
  ohneWeiterleitung(l: Lage): Grundlage;
  /** Faktischer Zwang zur Vorleistung: Norm, Satz und die offene Rechtsfrage dieser Fassung. */
  faktischerZwang: {
    norm: string;
    text(sperrnorm: string): string;
    frage: string;
    rechtsfrage(betrag105: string, andere102: string): string;
  };
  /** § 102 SGB X bei Leistungen zur Teilhabe: § 43 SGB I trägt keine Vorleistung. */
  keineVorleistungNach43: Normsatz;
}

/** Die Eingliederungshilfe in einer Fassung: als Sozialhilfe (SGB XII) oder im SGB IX Teil 2. */
export interface Eingliederungshilferecht {
  /** DT-ERST Nr. 4: vorläufige Leistung des Trägers des tatsächlichen Aufenthalts. */
  vorlaeufigeLeistung(l: Lage): Grundlage;
  /** Die Norm des Nachrangs der Eingliederungshilfe. */
  nachrangNorm: string;
  /** § 6 Abs. 1 SGB IX: Rehabilitationsträger in dieser Fassung. */
  istRehabilitationstraeger(art: TraegerArt): boolean;
  /** Träger der Sozialhilfe im Sinne des § 110 Abs. 2 SGB XII. */
  istSozialhilfetraeger(art: TraegerArt): boolean;
  /** Zusatz im Satz zu § 110 Abs. 2 SGB XII. */
  sozialhilfeZusatz: string;
}

/** §§ 103 Abs. 3, 105 Abs. 3 SGB X in einer Fassung. */
export interface Sgb10Fassung {
  /** Zusatz zum Zitat („ a.F.“ oder leer). */
  zusatz: string;
  /** Die geschützten Träger im Wortlaut der Fassung. */
  fuersorgetraeger: string;
}
