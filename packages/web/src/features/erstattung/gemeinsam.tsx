// Erstattung: gemeinsame Typen, Statusnamen, der Stand der Ausschlussfrist (§ 111 SGB X) je Zeitraum
// in Text und Farbe, und die Namen der Träger aus dem Register.
import { type ReactNode, useEffect, useState } from 'react';
import { api, type Entscheidung, type ErstattungsfristenErgebnis, type LeistungsfallJson, type ZinsenErgebnis } from '../../api.ts';
import type { Antwort as ApiAntwort } from '../../api/client.ts';
import type { Ton } from '../../gemeinsam/anzeige.tsx';
import { Status } from '../../gemeinsam/anzeige.tsx';

type AnspruchJson = ApiAntwort<'/api/v1/erstattungsansprueche/{id}', 'get'>;
export type ErstattungStatus = AnspruchJson['status'];

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

export type AnspruchZeile = ApiAntwort<'/api/v1/erstattungsansprueche', 'get'>['eintraege'][number];
export type Zeitraum = AnspruchJson['leistungszeitraeume'][number];
/** § 111 SGB X je Leistungsfall (Ergebnis des Regelwerks). */
export type Leistungsfall = LeistungsfallJson;
export type Zahlung = AnspruchJson['zahlungen'][number];
export type Vorschlag = NonNullable<AnspruchJson['vorschlag']>;
export type Entscheidungsart = Vorschlag['entscheidung'];
export type Hemmung = AnspruchJson['hemmungen'][number];
export type TraegerKurz = AnspruchJson['anspruchsteller'];

/** Ergebnis der Prüfung erstattungsfristen; Leistungsfälle fehlen in Entscheidungen von vor ihrer Einführung. */
export type FristenErgebnis = Omit<ErstattungsfristenErgebnis, 'leistungsfaelle' | 'leistungsrecht'> & {
  leistungsfaelle?: LeistungsfallJson[];
  leistungsrecht?: string;
};

/** Ein Anspruch, wie der Server ihn sendet; die Ergebnisse des Regelwerks mit dessen Typen. */
export type Anspruch = Omit<AnspruchJson, 'rechtsgrundlage' | 'fristenpruefung' | 'zinsen' | 'entscheidungen'> & {
  rechtsgrundlage: Entscheidung<{ anspruchsgrundlage: string | null; erstattungCent: number }> | null;
  fristenpruefung: Entscheidung<FristenErgebnis> | null;
  zinsen: Entscheidung<ZinsenErgebnis> | null;
  entscheidungen: Entscheidung[];
};

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
        api.get<ApiAntwort<'/api/v1/traeger/{id}', 'get'>>(`/traeger/${encodeURIComponent(id)}`).then(
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
