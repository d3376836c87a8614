// Amtshilfe (§§ 3–7 SGB X): Typen der Antworten, deutsche Namen (Aufgaben, Datenarten, Status,
// Lebensbereiche nach § 118 SGB IX) und Hilfen, die Eingaben des Regelwerks aus einem Ersuchen bilden.
import type { ReactNode } from 'react';
import {
  type AmtshilfeErgebnis,
  type Behoerde,
  type DatenuebermittlungErgebnis,
  type Entscheidung,
  type Feldfehler,
  api,
} from '../../api.ts';
import type { Antwort as ApiAntwort } from '../../api/client.ts';
import { Status, type Ton } from '../../gemeinsam/anzeige.tsx';

type ErsuchenJson = ApiAntwort<'/api/v1/amtshilfeersuchen/{id}', 'get'>;
export type AmtshilfeStatus = ErsuchenJson['status'];
/** Die Arbeitsschritte (Pfad …/amtshilfeersuchen/:id/<aktion>); ob einer geht, sagt der Server in `aktionen`. */
export type AmtshilfeAktion = 'senden' | 'annehmen' | 'ablehnen' | 'aufsicht' | 'berichten' | 'abrechnen' | 'bezahlen';

export type { Behoerde };
export type TraegerKurz = NonNullable<ErsuchenJson['ersuchender']>;
export type Abrechnung = NonNullable<ErsuchenJson['abrechnung']>;
export type Bericht = NonNullable<ErsuchenJson['bericht']>;

/** Ein Ersuchen, wie der Server es sendet; die Entscheidungen mit den Typen des Regelwerks. */
export type Ersuchen = Omit<ErsuchenJson, 'pruefung' | 'datenpruefung' | 'entscheidungen'> & {
  pruefung: Entscheidung | null;
  datenpruefung: Entscheidung | null;
  entscheidungen: Entscheidung[];
};

export type ErsuchenZeile = ApiAntwort<'/api/v1/amtshilfeersuchen', 'get'>['eintraege'][number];

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

/** Antwort des Regelwerks auf POST /pruefungen; `E` ist das Ergebnis mit den Typen des Regelwerks. */
export type Pruefergebnis<E> = Pick<ApiAntwort<'/api/v1/pruefungen', 'post'>, 'art'> & {
  ergebnis: E;
  begruendung: Entscheidung['begruendung'];
  hinweise: Entscheidung['hinweise'];
};

export type { AmtshilfeErgebnis };
export type DatenErgebnis = DatenuebermittlungErgebnis;

export async function pruefe<E>(eingabe: Record<string, unknown>): Promise<Pruefergebnis<E>> {
  return (await api.post<Pruefergebnis<E>>('/pruefungen', eingabe)).daten;
}

export type Vereinbarung = ApiAntwort<'/api/v1/vereinbarungen', 'get'>[number];
type Beitritt = ApiAntwort<'/api/v1/beitritte', 'get'>[number];

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
