// Erstattung: gemeinsame Typen, Statusnamen, der Stand der Ausschlussfrist (§ 111 SGB X) je Zeitraum
// in Text und Farbe, und die Namen der Träger aus dem Register.
import { type ReactNode, useEffect, useState } from 'react';
import { api, type Entscheidung, type Frist, type ZinsenErgebnis } from '../../api.ts';
import type { Ton } from '../../gemeinsam/anzeige.tsx';
import { Status } from '../../gemeinsam/anzeige.tsx';

export type ErstattungStatus =
  'Entwurf' | 'Angemeldet' | 'Beziffert' | 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt' | 'Klage' | 'Bezahlt' | 'Erledigt';

export const statusListe: ErstattungStatus[] = [
  'Entwurf',
  'Angemeldet',
  'Beziffert',
  'Anerkannt',
  'TeilweiseAnerkannt',
  'Abgelehnt',
  'Klage',
  'Bezahlt',
  'Erledigt',
];

export const statusNamen: Record<ErstattungStatus, string> = {
  Entwurf: 'Entwurf',
  Angemeldet: 'Angemeldet',
  Beziffert: 'Beziffert',
  Anerkannt: 'Anerkannt',
  TeilweiseAnerkannt: 'Teilweise anerkannt',
  Abgelehnt: 'Abgelehnt',
  Klage: 'Klage',
  Bezahlt: 'Bezahlt',
  Erledigt: 'Erledigt',
};

const statusTon: Record<ErstattungStatus, Ton> = {
  Entwurf: 'neutral',
  Angemeldet: 'info',
  Beziffert: 'info',
  Anerkannt: 'success',
  TeilweiseAnerkannt: 'warning',
  Abgelehnt: 'danger',
  Klage: 'warning',
  Bezahlt: 'success',
  Erledigt: 'neutral',
};

export function AnspruchStatus({ status }: { status: ErstattungStatus }) {
  return <Status text={statusNamen[status]} ton={statusTon[status]} />;
}

export interface AnspruchZeile {
  id: string;
  aktenzeichen: string;
  status: ErstattungStatus;
  anspruchstellerId: string;
  verpflichteterId: string | null;
  verpflichteterExtern: string | null;
  anspruchsgrundlage: string | null;
  forderungCent: number;
  anerkanntCent: number | null;
  geltendmachung: string | null;
  version: number;
  geaendertAm: string;
  naechsteFrist: string | null;
  vierAugenOffen: boolean;
}

export interface Zeitraum {
  id: string;
  von: string;
  bis: string;
  betragCent: number;
  rechnung: string | null;
  /** Fortlaufende Maßnahme, zu der der Zeitraum gehört. */
  massnahme: string | null;
  /** Leer, solange die Maßnahme läuft (die Frist hat nicht begonnen). */
  fristEnde: string | null;
  gewahrt: boolean | null;
  /** Bei der Anmeldung nicht gewählt: Bezifferung und Erinnerung nennen ihn nicht. */
  nichtGeltendGemacht: boolean;
}

/** § 111 SGB X je Leistungsfall (Ergebnis des Regelwerks). */
export interface Leistungsfall {
  massnahme: string | null;
  zeitraeume: number[];
  von: string;
  bis: string;
  beendet: string | null;
  laeuft: boolean;
  fristbeginn: string | null;
  nominalesEnde: string | null;
  ende: string | null;
  gewahrt: boolean | null;
  betragCent: number;
}

export interface Zahlung {
  id: string;
  datum: string;
  betragCent: number;
  verwendungszweck: string | null;
}

export type Entscheidungsart = 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';

export interface Vorschlag {
  entscheidung: Entscheidungsart;
  betragCent?: number;
  begruendung: string;
  vonBenutzerId: string;
  vonName: string;
  am: string;
  /** Die Forderung, auf die der Vorschlag gemacht wurde. */
  forderungCent?: number;
  anspruchVersion?: number;
}

export interface Hemmung {
  art: 'klage' | 'verhandlungen';
  von: string;
  bis?: string;
  rechtskraft?: string;
}

export interface TraegerKurz {
  id: string;
  name: string;
  kurzname: string;
  land: string;
}

export interface FristenErgebnis {
  status: 'S111_OK' | 'S111_TEILWEISE_AUSGESCHLOSSEN' | 'S111_AUSGESCHLOSSEN' | 'S111_OFFEN';
  betragGewahrtCent: number;
  betragAusgeschlossenCent: number;
  betragOffenCent: number;
  leistungsrecht?: string;
  ausschlussfrist: {
    von: string;
    bis: string;
    fristbeginn: string | null;
    nominalesEnde: string | null;
    ende: string | null;
    gewahrt: boolean | null;
  }[];
  /** Fehlt in Entscheidungen von vor der Einführung der Leistungsfälle. */
  leistungsfaelle?: Leistungsfall[];
  verjaehrung: {
    beginn: string | null;
    nominalesEnde: string | null;
    ende: string | null;
    gehemmtTage: number;
    verjaehrt: boolean;
    gehemmtAmStichtag: boolean;
    status: 'S113_OK' | 'S113_VERJAEHRT' | 'S113_OFFEN';
  };
}

export interface Anspruch {
  id: string;
  aktenzeichen: string;
  status: ErstattungStatus;
  anspruchstellerId: string;
  verpflichteterId: string | null;
  verpflichteterExtern: string | null;
  landVerpflichteter: string;
  fallId: string | null;
  personPseudonym: string | null;
  anspruchsgrundlage: string | null;
  forderungCent: number;
  anerkanntCent: number | null;
  kenntnisEntscheidung: string | null;
  geltendmachung: string | null;
  bezifferungAm: string | null;
  eingangLeistungsantrag: string | null;
  zinsantrag: boolean;
  hemmungen: Hemmung[];
  neubeginn: string | null;
  leistungsrecht: string;
  massnahmen: { massnahme: string; beendet?: string; laeuft?: boolean }[];
  vorschlag: Vorschlag | null;
  bemerkung: string;
  version: number;
  anspruchsteller: TraegerKurz | null;
  verpflichteter: TraegerKurz | null;
  seite: 'anspruchsteller' | 'verpflichteter';
  leistungszeitraeume: Zeitraum[];
  zahlungen: Zahlung[];
  bezahltCent: number;
  rechtsgrundlage: Entscheidung<{ anspruchsgrundlage: string | null; erstattungCent: number }> | null;
  fristenpruefung: Entscheidung<FristenErgebnis> | null;
  zinsen: Entscheidung<ZinsenErgebnis> | null;
  entscheidungen: Entscheidung[];
  fristen: Frist[];
  moeglicheAktionen: string[];
}

/** Stand der Ausschlussfrist eines Zeitraums: gewahrt, offen (läuft noch) oder ausgeschlossen. */
export function fristStand(
  z: Pick<Zeitraum, 'gewahrt' | 'fristEnde'>,
  heute: string,
): 'gewahrt' | 'offen' | 'ausgeschlossen' | 'nichtBegonnen' {
  if (z.gewahrt === true) return 'gewahrt';
  if (z.gewahrt === false) return 'ausgeschlossen';
  // Ohne Fristende läuft die Maßnahme noch: § 111 SGB X hat nicht begonnen, nichts ist verloren.
  if (!z.fristEnde) return 'nichtBegonnen';
  // Der gespeicherte Stand stammt von der letzten Prüfung; ist das Fristende seither verstrichen,
  // ohne dass angemeldet wurde, ist der Zeitraum nach § 111 SGB X ausgeschlossen.
  return z.fristEnde && z.fristEnde < heute ? 'ausgeschlossen' : 'offen';
}

export function FristStatus({ zeitraum, heute }: { zeitraum: Pick<Zeitraum, 'gewahrt' | 'fristEnde'>; heute: string }) {
  const s = fristStand(zeitraum, heute);
  if (s === 'gewahrt') return <Status text="gewahrt" ton="success" />;
  if (s === 'ausgeschlossen') return <Status text="ausgeschlossen" ton="danger" />;
  if (s === 'nichtBegonnen') return <Status text="Frist nicht begonnen" ton="info" />;
  return <Status text="offen" ton="warning" />;
}

const namenSpeicher = new Map<string, string>();

/** Namen der Träger (id → Name) aus dem Register; unbekannte ids bleiben als id stehen. */
export function useTraegerNamen(ids: (string | null | undefined)[]): (id: string | null | undefined) => string {
  const schluessel = [...new Set(ids.filter((x): x is string => Boolean(x)))].sort().join('|');
  const [, setStand] = useState(0);
  useEffect(() => {
    const fehlend = schluessel.split('|').filter((id) => id && !namenSpeicher.has(id));
    if (!fehlend.length) return;
    let aktiv = true;
    void Promise.all(
      fehlend.map((id) =>
        api.get<TraegerKurz>(`/traeger/${encodeURIComponent(id)}`).then(
          (a) => namenSpeicher.set(id, a.daten.name),
          () => namenSpeicher.set(id, id),
        ),
      ),
    ).then(() => aktiv && setStand((n) => n + 1));
    return () => {
      aktiv = false;
    };
  }, [schluessel]);
  return (id) => (id ? (namenSpeicher.get(id) ?? id) : '');
}

export const traegerArten: { wert: string; text: string }[] = [
  { wert: 'egh', text: 'Träger der Eingliederungshilfe' },
  { wert: 'sozialhilfe', text: 'Träger der Sozialhilfe' },
  { wert: 'jugendhilfe', text: 'Träger der öffentlichen Jugendhilfe' },
  { wert: 'kriegsopferfuersorge', text: 'Träger der Kriegsopferfürsorge' },
  { wert: 'krankenkasse', text: 'Krankenkasse' },
  { wert: 'pflegekasse', text: 'Pflegekasse' },
  { wert: 'rentenversicherung', text: 'Träger der Rentenversicherung' },
  { wert: 'unfallversicherung', text: 'Träger der Unfallversicherung' },
  { wert: 'bundesagentur', text: 'Bundesagentur für Arbeit' },
];

/**
 * Rahmen einer breiten Tabelle: auf schmalen Bildschirmen scrollt die Tabelle darin waagerecht. Der
 * Rahmen ist per Tastatur erreichbar, damit auch ohne Maus gescrollt werden kann (WCAG 2.1.1).
 */
export function Tabellenrahmen({ titel, children }: { titel: string; children: ReactNode }) {
  return (
    <div className="kern-table-responsive" role="region" aria-label={titel} tabIndex={0}>
      {children}
    </div>
  );
}
