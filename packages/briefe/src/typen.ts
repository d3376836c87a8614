// Die Eingaben der Briefe. Jeder Brief bekommt, was er druckt: Stammdaten der Träger, die Daten
// des Datensatzes und die gespeicherten Entscheidungen des Regelwerks (Begründung mit Normen).
// Ein Brief rechnet nie selbst (style.md): Fristen, Beträge, Rechtsgrundlagen und
// Ablehnungsgründe kommen fertig aus dem Entscheidungsdatensatz.
import type { Begruendungsschritt, Hinweis } from '@egh/recht';

/** Ein Kalenderdatum `JJJJ-MM-TT` (nie ein JS-Date). */
export type IsoDatum = string;

export interface Anschrift {
  strasse?: string;
  plz?: string;
  ort?: string;
}

/** Der Träger, der schreibt: Briefkopf und Geschäftsangaben aus seinen Stammdaten. */
export interface Absender {
  name: string;
  /** Zweite Zeile des Briefkopfs, z. B. „Träger der Eingliederungshilfe · Bayern“. */
  zusatz?: string | null;
  anschrift: Anschrift;
  telefon?: string | null;
  email?: string | null;
  leitwegId?: string | null;
  iban?: string | null;
}

export interface Empfaenger {
  name: string;
  /** Zeile unter dem Namen, z. B. „Kostenerstattung“ oder „– Akte –“. */
  zusatz?: string | null;
  anschrift: Anschrift;
}

/** Briefkopf, Anschriftfeld und Bezugszeichenzeile (DIN 5008 Form B). */
export interface Briefkopf {
  absender: Absender;
  empfaenger: Empfaenger;
  /** Zeichen des Empfängers (Ihr Zeichen) und das Datum seiner Nachricht. */
  ihrZeichen?: string | null;
  ihreNachrichtVom?: IsoDatum | null;
  /** Aktenzeichen des Absenders (Unser Zeichen). */
  unserZeichen: string;
  /** Datum des Schreibens. */
  datum: IsoDatum;
  /** Wer das Schreiben bearbeitet (Ansprechpartner) und wie er erreichbar ist. */
  ansprechpartner?: string | null;
  telefon?: string | null;
  /** Anlagen, zusätzlich zu denen, die die Vorlage selbst nennt. */
  anlagen?: string[];
  /** Eine weitere Ausfertigung eines schon erzeugten Schreibens: „Zweitschrift“ in der Vermerkzone. */
  zweitschrift?: boolean;
  /** Der Träger versendet maschinell erstellte Schreiben ohne Unterschrift (Hinweis statt Unterschriftsraum). */
  ohneUnterschrift?: boolean;
  /** Ein frei formulierter Absatz der Sachbearbeitung vor dem Gruß (Absätze durch Leerzeilen getrennt). */
  freitext?: string | null;
}

/** Auszug aus einem gespeicherten Entscheidungsdatensatz: was der Brief davon druckt. */
export interface Entscheidungsauszug {
  begruendung: Begruendungsschritt[];
  /**
   * Namen für Schlüssel, die der Text der Begründung nennt (Kennung eines Trägers → sein Name,
   * Aufgabe → ihre Bezeichnung): der Brief druckt Namen, nie Schlüssel.
   */
  namen?: Record<string, string>;
  hinweise?: Hinweis[];
  regelwerkVersion?: string;
}

interface Basis {
  kopf: Briefkopf;
}

/** Ein übermittelter Datenposten mit der Entscheidung der Prüfung datenuebermittlung. */
export interface Datenposten {
  /** Datenart (Code der Prüfung datenuebermittlung, z. B. `stammdaten`). */
  art: string;
  inhalt: string;
  /** Norm und Grund aus dem Ergebnis der Prüfung datenuebermittlung. */
  norm?: string | null;
  begruendung?: string | null;
}

/** Ersuchen um Amtshilfe (§§ 3 ff. SGB X) – vom ersuchenden an den ersuchten Träger. */
export interface ErsuchenDaten extends Basis {
  aufgabe: string;
  personPseudonym: string | null;
  fragen: string;
  gewuenschtBis: IsoDatum | null;
  daten: Datenposten[];
  /** Entscheidung der Prüfung amtshilfe, dass Amtshilfe vorliegt (§ 3 SGB X). */
  amtshilfe: Entscheidungsauszug | null;
  /** Entscheidung der Prüfung datenuebermittlung (§§ 67b, 69 SGB X). */
  datenpruefung: Entscheidungsauszug | null;
}

/** Antwort auf ein Ersuchen: Zusage oder Ablehnung mit Gründen (§ 4 SGB X). */
export interface AntwortDaten extends Basis {
  aufgabe: string;
  personPseudonym: string | null;
  antwort: 'angenommen' | 'abgelehnt';
  beantwortetAm: IsoDatum | null;
  /** Bei Ablehnung: der Grund (Code der Prüfung amtshilfe) und die Ausführungen des Trägers. */
  ablehnungsgrund?: string | null;
  ablehnungBegruendung?: string | null;
  /** Die Entscheidung des Regelwerks zum Ablehnungsgrund bzw. zur Amtshilfe. */
  pruefung: Entscheidungsauszug | null;
  /** § 4 Abs. 5 Satz 2 SGB X: wer über die Verpflichtung entscheidet (aus dem Ergebnis). */
  streitentscheidung?: string | null;
}

/** Die Abrechnung eines Ersuchens, wie sie gespeichert ist (Ergebnis der Prüfung amtshilfe). */
export interface Abrechnung {
  am: IsoDatum;
  erstattungsart: 'pauschale' | 'auslagen';
  erstattungCent: number;
  auslagenBeschreibung?: string | null;
  vereinbarung?: { bezeichnung: string; gueltigAb: IsoDatum; beispiel: boolean } | null;
}

/** Kostenanforderung (Pauschale der Vereinbarung oder Auslagen, § 7 SGB X). */
export interface KostenanforderungDaten extends Basis {
  aufgabe: string;
  personPseudonym: string | null;
  durchgefuehrtAm: IsoDatum | null;
  abrechnung: Abrechnung;
  /** Die Entscheidung der Prüfung amtshilfe, auf der die Abrechnung beruht. */
  pruefung: Entscheidungsauszug | null;
  /** Rechnungsnummer (dieselbe wie in der XRechnung). */
  rechnungsnummer: string;
  /** Leitweg-ID des Empfängers (BT-10 der XRechnung). */
  leitwegIdEmpfaenger?: string | null;
  /** Zahlungsfrist: bis wann der Betrag zu überweisen ist. */
  zahlbarBis: IsoDatum;
  /** Kassenzeichen, unter dem die Kasse des Absenders die Zahlung zuordnet. */
  kassenzeichen: string;
}

/** Ein Leistungszeitraum mit der § 111-Frist, wie das Regelwerk sie berechnet hat. */
export interface Leistungszeitraum {
  von: IsoDatum;
  bis: IsoDatum;
  betragCent: number;
  rechnung?: string | null;
  fristEnde?: IsoDatum | null;
  gewahrt?: boolean | null;
}

/** Ein Betrag aus dem Ergebnis des Regelwerks mit seiner Bezeichnung. */
export interface Posten {
  bezeichnung: string;
  betragCent: number;
}

/** Anmeldung eines Erstattungsanspruchs (Geltendmachung, wahrt § 111 SGB X). */
export interface AnmeldungDaten extends Basis {
  personPseudonym: string | null;
  anspruchsgrundlage: string | null;
  /** Tag der Geltendmachung (vom Arbeitsschritt „anmelden“ gesetzt). */
  geltendmachung: IsoDatum;
  forderungCent: number;
  zeitraeume: Leistungszeitraum[];
  /** Entscheidungen der Prüfungen erstattungsanspruch und erstattungsfristen. */
  rechtsgrundlage: Entscheidungsauszug | null;
  fristen: Entscheidungsauszug | null;
}

/** Bezifferung: der vollständige Erstattungsantrag (§ 108 Abs. 2 SGB X). */
export interface BezifferungDaten extends AnmeldungDaten {
  bezifferungAm: IsoDatum;
  /** Beträge aus dem Ergebnis der Prüfung erstattungsanspruch (Leistungen, Pauschale, Summe). */
  aufstellung: Posten[];
  zinsantrag: boolean;
}

/** Erinnerung: an einen Erstattungsanspruch, einen erbetenen Termin oder eine Kostenanforderung. */
export type ErinnerungDaten =
  | (Basis & {
      anlass: 'erstattung';
      personPseudonym: string | null;
      geltendmachung: IsoDatum | null;
      bezifferungAm: IsoDatum | null;
      /** Stand des Anspruchs, wie die Plattform ihn benennt (z. B. „Beziffert“). */
      stand: string;
      forderungCent: number;
      /** Die geltend gemachten Leistungszeiträume (die Anmeldung hat sie gewählt). */
      zeitraeume?: Leistungszeitraum[];
      anerkanntCent: number | null;
      zahlungen: { datum: IsoDatum; betragCent: number }[];
      /** § 113 SGB X: Ende der Verjährung und die Begründung der Prüfung erstattungsfristen. */
      verjaehrungEnde: IsoDatum | null;
      fristen: Entscheidungsauszug | null;
    })
  | (Basis & {
      anlass: 'amtshilfeTermin';
      aufgabe: string;
      personPseudonym: string | null;
      gesendetAm: IsoDatum | null;
      gewuenschtBis: IsoDatum | null;
    })
  | (Basis & {
      anlass: 'amtshilfeZahlung';
      aufgabe: string;
      personPseudonym: string | null;
      abrechnung: Abrechnung;
      rechnungsnummer: string;
      pruefung: Entscheidungsauszug | null;
    });

/** Eine Alternative im Mehrkostenvergleich, wie das Regelwerk sie bewertet hat. */
export interface Vergleichsalternative {
  bezeichnung: string;
  kostenCentProMonat: number | null;
  mehrkostenProzent: number | null;
  vergleichbar: boolean;
  ausschlussgrund?: string | null;
}

/** Vermerk zum Mehrkostenvergleich (§ 104 SGB IX): Regelwerk als Entscheidungshilfe, Entscheidung eines Menschen. */
export interface VermerkMehrkostenDaten extends Basis {
  bezeichnung: string;
  person: { name?: string | null; pseudonym?: string | null; aktenzeichen?: string | null } | null;
  stichtag: IsoDatum;
  gewuenscht: { bezeichnung: string; kostenCentProMonat: number | null };
  vergleich: { bezeichnung: string | null; kostenCentProMonat: number | null };
  mehrkosten: { centProMonat: number | null; centProJahr: number | null; prozent: number | null };
  /**
   * Wie das Regelwerk Monat und Jahr rechnet: Tagessätze mit `tageProMonat` Tagen je Monat und 365
   * Tagen je Jahr, Monatsbeträge × 12. Der Vermerk erklärt damit, warum die Jahresmehrkosten nicht
   * das Zwölffache der Monatsmehrkosten sein müssen.
   */
  rechnung?: { tageProMonat: number; tagessaetze: boolean } | null;
  alternativen: Vergleichsalternative[];
  regelwerk: Entscheidungsauszug & {
    ergebnis: 'wunschZuEntsprechen' | 'abwaegungErforderlich';
    orientierung?: string | null;
    referenzen: { zitat: string; leitsatz: string; prozent?: number | null; prozentBis?: number | null }[];
  };
  entscheidung: {
    ergebnis: 'bewilligt' | 'teilweiseBewilligt' | 'abgelehnt';
    gruende: string;
    betragCentProMonat?: number | null;
    vonName: string;
    am: IsoDatum;
  } | null;
}

/** Beitrittserklärung eines Trägers zu einer Fassung der Verwaltungsvereinbarung. */
export interface BeitrittserklaerungDaten extends Basis {
  vereinbarung: {
    bezeichnung: string;
    gueltigAb: IsoDatum;
    quelle: string;
    /** Beispielbeträge (Demo) – im Brief als Beispiel gekennzeichnet. */
    beispiel: boolean;
    pauschalen: Record<string, number>;
  };
  erklaertAm: IsoDatum;
  wirksamAb: IsoDatum;
}

/** Jede Vorlage mit ihren Daten. */
export interface Briefdaten {
  ersuchen: ErsuchenDaten;
  antwort: AntwortDaten;
  kostenanforderung: KostenanforderungDaten;
  anmeldung: AnmeldungDaten;
  bezifferung: BezifferungDaten;
  erinnerung: ErinnerungDaten;
  vermerkMehrkosten: VermerkMehrkostenDaten;
  beitrittserklaerung: BeitrittserklaerungDaten;
}

export type Vorlage = keyof Briefdaten;

/** Die Vorlagen mit ihrem Namen (produkt.md, „Letters“). */
export const vorlagen: Record<Vorlage, string> = {
  ersuchen: 'Ersuchen um Amtshilfe',
  antwort: 'Antwort / Ablehnung mit Gründen',
  kostenanforderung: 'Kostenanforderung',
  anmeldung: 'Anmeldung eines Erstattungsanspruchs',
  bezifferung: 'Bezifferung',
  erinnerung: 'Erinnerung',
  vermerkMehrkosten: 'Vermerk Mehrkostenvergleich',
  beitrittserklaerung: 'Beitrittserklärung zur Verwaltungsvereinbarung',
};
