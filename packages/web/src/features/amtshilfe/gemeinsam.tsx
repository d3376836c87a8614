// Amtshilfe (§§ 3–7 SGB X): Typen der Antworten, deutsche Namen (Aufgaben, Datenarten, Status,
// Lebensbereiche nach § 118 SGB IX) und Hilfen, die Eingaben des Regelwerks aus einem Ersuchen bilden.
import type { ReactNode } from 'react';
import { type Entscheidung, type Feldfehler, type Frist, api } from '../../api.ts';
import { Status, type Ton } from '../../gemeinsam/anzeige.tsx';

export type AmtshilfeStatus =
  'Entwurf' | 'Gesendet' | 'Angenommen' | 'Abgelehnt' | 'Aufsicht' | 'Durchgefuehrt' | 'Abgerechnet' | 'Bezahlt';
export type AmtshilfeAktion = 'senden' | 'annehmen' | 'ablehnen' | 'aufsicht' | 'berichten' | 'abrechnen' | 'bezahlen';

export interface Behoerde {
  id: string;
  rechtstraeger: string;
  aufsichtsbehoerde?: string;
}

export interface TraegerKurz {
  id: string;
  name: string;
  kurzname: string;
  land: string;
  leitwegId: string | null;
}

export interface Abrechnung {
  am: string;
  erstattungsart: 'pauschale' | 'auslagen' | 'keine';
  erstattungCent: number;
  auslagenCent: number | null;
  auslagenBeschreibung: string | null;
  auslagenschwelleCent: number | null;
  pauschaleAusschlussgruende: string[];
  vereinbarung: { id: string; bezeichnung: string; gueltigAb: string; beispiel: boolean } | null;
  entscheidungId: string;
}

export interface Bericht {
  lebensbereiche: { bereich: string; bezeichnung: string; text: string }[];
  wuensche: string;
  vorschlaege: string;
}

export interface Ersuchen {
  id: string;
  ersuchenderId: string;
  ersuchterId: string;
  personPseudonym: string;
  aktenzeichen: string;
  aufgabe: string;
  fragen: string;
  gewuenschtBis: string | null;
  daten: { art: string; inhalt: string }[];
  status: AmtshilfeStatus;
  statusname: string;
  gesendetAm: string | null;
  beantwortetAm: string | null;
  ablehnungsgrund: string | null;
  ablehnungBegruendung: string | null;
  durchgefuehrtAm: string | null;
  bericht: Bericht | null;
  abrechnung: Abrechnung | null;
  bezahltAm: string | null;
  version: number;
  fallId?: string;
  seite: 'ersuchender' | 'ersuchter';
  ersuchender: TraegerKurz | null;
  ersuchter: TraegerKurz | null;
  pruefung: Entscheidung | null;
  datenpruefung: Entscheidung | null;
  streitentscheidung: string | null;
  entscheidungen: Entscheidung[];
  fristen: Frist[];
  aenderbar: boolean;
  moeglicheAktionen: AmtshilfeAktion[];
}

export interface ErsuchenZeile {
  id: string;
  aktenzeichen: string;
  personPseudonym: string;
  aufgabe: string;
  status: AmtshilfeStatus;
  statusname: string;
  ersuchenderId: string;
  ersuchterId: string;
  ersuchenderName: string;
  ersuchterName: string;
  gewuenschtBis: string | null;
  gesendetAm: string | null;
  durchgefuehrtAm: string | null;
  erstattungCent: number | null;
  naechsteFrist: string | null;
  geaendertAm: string;
  richtung: 'eingang' | 'ausgang';
}

/** Die Aufgaben, um die ersucht wird (Server: aufgaben), mit Norm. */
export const aufgabenNamen: Record<string, string> = {
  gesamtplanung: 'Gesamtplanung (§ 117 SGB IX)',
  bedarfsermittlung: 'Bedarfsermittlung (§ 118 SGB IX)',
  gesamtplankonferenz: 'Gesamtplankonferenz (§ 119 SGB IX)',
  hausbesuch: 'Hausbesuch',
};

export function aufgabeName(a: string): string {
  return aufgabenNamen[a] ?? a;
}

/** Datenarten der Prüfung datenuebermittlung (§§ 67b, 69, 76 SGB X). */
export const datenartNamen: Record<string, string> = {
  stammdaten: 'Stammdaten (Name, Anschrift, Geburtsdatum, Ansprechperson)',
  gesamtplanziele: 'Ziele des Gesamtplans',
  arztbericht: 'Bericht eines behandelnden Arztes',
  begutachtung: 'Daten aus einer Begutachtung',
  einkommen: 'Einkommensunterlagen',
  pflegekasseBeteiligen: 'Information und Beteiligung der Pflegekasse',
};

export function datenartName(a: string): string {
  return datenartNamen[a] ?? a;
}

/** Die neun Lebensbereiche nach § 118 Abs. 1 Satz 2 SGB IX in der Reihenfolge des Gesetzes. */
export const lebensbereiche: [string, string][] = [
  ['lernenUndWissensanwendung', 'Lernen und Wissensanwendung'],
  ['allgemeineAufgabenUndAnforderungen', 'Allgemeine Aufgaben und Anforderungen'],
  ['kommunikation', 'Kommunikation'],
  ['mobilitaet', 'Mobilität'],
  ['selbstversorgung', 'Selbstversorgung'],
  ['haeuslichesLeben', 'Häusliches Leben'],
  ['interpersonelleInteraktionenUndBeziehungen', 'Interpersonelle Interaktionen und Beziehungen'],
  ['bedeutendeLebensbereiche', 'Bedeutende Lebensbereiche'],
  ['gemeinschaftsSozialesUndStaatsbuergerlichesLeben', 'Gemeinschafts-, soziales und staatsbürgerliches Leben'],
];

/** Kurze Namen der Ablehnungsgründe; die Erklärung liefert das Regelwerk. */
export const ablehnungsgrundNamen: Record<string, string> = {
  unzweckmaessig: 'Die Maßnahme wird für unzweckmäßig gehalten',
  andereBehoerdeEinfacher: 'Eine andere Behörde kann wesentlich einfacher helfen',
  unverhaeltnismaessigerAufwand: 'Unverhältnismäßig großer Aufwand',
  eigeneAufgabenGefaehrdet: 'Die eigenen Aufgaben würden ernstlich gefährdet',
  rechtlichesHindernis: 'Aus rechtlichen Gründen nicht möglich',
  gemeinwohl: 'Erhebliche Nachteile für das Wohl des Bundes oder eines Landes',
};

export const statusTon: Record<AmtshilfeStatus, Ton> = {
  Entwurf: 'neutral',
  Gesendet: 'info',
  Angenommen: 'info',
  Abgelehnt: 'danger',
  Aufsicht: 'warning',
  Durchgefuehrt: 'success',
  Abgerechnet: 'warning',
  Bezahlt: 'success',
};

export const statusNamen: Record<AmtshilfeStatus, string> = {
  Entwurf: 'Entwurf',
  Gesendet: 'Gesendet',
  Angenommen: 'Angenommen',
  Abgelehnt: 'Abgelehnt',
  Aufsicht: 'Bei der Aufsichtsbehörde',
  Durchgefuehrt: 'Durchgeführt',
  Abgerechnet: 'Abgerechnet',
  Bezahlt: 'Bezahlt',
};

export function ErsuchenStatus({ status }: { status: AmtshilfeStatus }) {
  return <Status text={statusNamen[status]} ton={statusTon[status]} />;
}

export const pruefungNamen: Record<string, string> = {
  amtshilfe: 'Prüfung Amtshilfe (§§ 3–7 SGB X)',
  datenuebermittlung: 'Prüfung Datenübermittlung (§§ 67b, 69, 76 SGB X)',
};

/** Antwort des Regelwerks auf POST /pruefungen. */
export interface Pruefergebnis<E> {
  art: string;
  ergebnis: E;
  begruendung: Entscheidung['begruendung'];
  hinweise: Entscheidung['hinweise'];
}

export interface AmtshilfeErgebnis {
  istAmtshilfe: boolean;
  ablehnungZulaessig: boolean | null;
  ablehnungGeboten?: boolean | null;
  streitentscheidung: string | null;
  erstattungsart: 'pauschale' | 'auslagen' | 'keine';
  erstattungCent: number;
  auslagenschwelleCent: number | null;
  pauschaleAnwendbar: boolean | null;
  pauschaleAusschlussgruende: string[];
}

export interface DatenErgebnis {
  entscheidungen: { daten: string; zulaessig: boolean; norm: string; begruendung: string; grundlage: string | null }[];
  konferenzZulaessig: boolean | null;
}

export async function pruefe<E>(eingabe: Record<string, unknown>): Promise<Pruefergebnis<E>> {
  return (await api.post<Pruefergebnis<E>>('/pruefungen', eingabe)).daten;
}

export interface Vereinbarung {
  id: string;
  bezeichnung: string;
  gueltigAb: string;
  pauschalen: Record<string, number>;
  beispiel: boolean;
  quelle: string;
}

interface Beitritt {
  traegerId: string;
  wirksamAb: string;
  ausgetretenAm: string | null;
}

/** Die am Tag geltende Fassung der Vereinbarung (sonst die früheste) mit Mitgliedern – wie der Server sie dem Regelwerk gibt. */
export async function vereinbarungAm(tag: string): Promise<{ zeile: Vereinbarung; eingabe: Record<string, unknown> } | null> {
  const { daten: alle } = await api.get<Vereinbarung[]>('/vereinbarungen');
  const geltend = [...alle].filter((v) => v.gueltigAb <= tag).sort((a, b) => b.gueltigAb.localeCompare(a.gueltigAb))[0];
  const zeile = geltend ?? [...alle].sort((a, b) => a.gueltigAb.localeCompare(b.gueltigAb))[0];
  if (!zeile) return null;
  const { daten: beitritte } = await api.get<Beitritt[]>(`/beitritte?vereinbarung=${encodeURIComponent(zeile.id)}`);
  return {
    zeile,
    eingabe: {
      gueltigAb: zeile.gueltigAb,
      pauschalen: zeile.pauschalen,
      mitglieder: beitritte.map((b) => ({
        id: b.traegerId,
        beitritt: b.wirksamAb,
        ...(b.ausgetretenAm ? { austritt: b.ausgetretenAm } : {}),
      })),
    },
  };
}

/** Die Behörden der gespeicherten Prüfung (mit Rechtsträger und Aufsichtsbehörde). */
export function behoerdenAus(e: Ersuchen): { ersuchender: Behoerde; ersuchter: Behoerde } {
  const ein = (e.pruefung?.eingabe ?? {}) as { ersuchender?: Behoerde; ersuchter?: Behoerde };
  return {
    ersuchender: ein.ersuchender ?? { id: e.ersuchenderId, rechtstraeger: e.ersuchender?.name ?? e.ersuchenderId },
    ersuchter: ein.ersuchter ?? { id: e.ersuchterId, rechtstraeger: e.ersuchter?.name ?? e.ersuchterId },
  };
}

/** Feldfehler eines Pfades und seiner Unterpfade. */
export function fehlerUnter(fehler: Feldfehler[], pfad: string): string | undefined {
  const f = fehler.filter((x) => x.pfad === pfad || x.pfad.startsWith(`${pfad}/`));
  return f.length ? f.map((x) => x.meldung).join(' ') : undefined;
}

/** Meldungen, die nur „Pflichtfeld fehlt.“ sagen, bekommen den Namen des Feldes davor (für die Zusammenfassung). */
export function benenne(fehler: Feldfehler[], namen: Record<string, string>): Feldfehler[] {
  return fehler.map((f) => {
    const name = namen[f.pfad];
    return name && !f.meldung.includes(name) ? { ...f, meldung: `${name}: ${f.meldung}` } : f;
  });
}

export function seiteName(e: Pick<Ersuchen, 'seite' | 'ersuchender' | 'ersuchter'>): string {
  return e.seite === 'ersuchender'
    ? `Ihr Träger ersucht ${e.ersuchter?.name ?? 'den anderen Träger'} um Amtshilfe.`
    : `${e.ersuchender?.name ?? 'Ein anderer Träger'} ersucht Ihren Träger um Amtshilfe.`;
}

/** Rahmen einer breiten Tabelle: bei schmaler Ansicht waagerecht scrollbar und dafür mit der Tastatur erreichbar (WCAG 2.1.1). */
export function Tabellenrahmen({ titel, children }: { titel: string; children: ReactNode }) {
  const fokussierbar = 0;
  return (
    <div className="kern-table-responsive" role="region" aria-label={titel} tabIndex={fokussierbar}>
      {children}
    </div>
  );
}
