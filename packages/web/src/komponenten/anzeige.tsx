// Kleine Anzeigebausteine: Status (Text und Farbe, nie Farbe allein), Ladezustand, Seitenleiste,
// sortierbarer Tabellenkopf, Beschreibungsliste.
import type { ReactNode } from 'react';
import { anzahl } from '../format.ts';

export type Ton = 'info' | 'success' | 'warning' | 'danger' | 'neutral';

export function Status({ text, ton = 'neutral' }: { text: string; ton?: Ton }) {
  const symbol = ton === 'success' ? 'check' : ton === 'danger' ? 'danger' : ton === 'warning' ? 'warning' : 'info';
  return (
    <span className={`kern-badge${ton === 'neutral' ? '' : ` kern-badge--${ton}`}`}>
      <span className={`kern-icon kern-icon--${symbol} kern-icon--small`} aria-hidden="true" />
      <span className="kern-label kern-label--small">{text}</span>
    </span>
  );
}

export function Laden({ text = 'Wird geladen …' }: { text?: string }) {
  return (
    <p className="kern-body" role="status" aria-live="polite">
      {text}
    </p>
  );
}

export function Seitenleiste({
  seite,
  proSeite,
  gesamt,
  weitere,
  wechseln,
}: {
  seite: number;
  proSeite: number;
  gesamt?: number;
  weitere?: boolean;
  wechseln: (s: number) => void;
}) {
  const seiten = gesamt !== undefined ? Math.max(1, Math.ceil(gesamt / proSeite)) : undefined;
  const hatWeitere = seiten !== undefined ? seite < seiten : Boolean(weitere);
  return (
    <nav aria-label="Seiten" className="seitenleiste">
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        onClick={() => seite > 1 && wechseln(seite - 1)}
        aria-disabled={seite <= 1}
        aria-describedby={seite <= 1 ? 'seite-erste' : undefined}
      >
        <span className="kern-label">Vorige Seite</span>
      </button>
      <span className="kern-body" aria-live="polite">
        Seite {seite}
        {seiten !== undefined ? ` von ${seiten}` : ''}
        {gesamt !== undefined ? ` (${anzahl(gesamt, 'Eintrag', 'Einträge')})` : ''}
      </span>
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        onClick={() => hatWeitere && wechseln(seite + 1)}
        aria-disabled={!hatWeitere}
        aria-describedby={!hatWeitere ? 'seite-letzte' : undefined}
      >
        <span className="kern-label">Nächste Seite</span>
      </button>
      {seite <= 1 && (
        <span id="seite-erste" className="kern-sr-only">
          Dies ist die erste Seite.
        </span>
      )}
      {!hatWeitere && (
        <span id="seite-letzte" className="kern-sr-only">
          Dies ist die letzte Seite.
        </span>
      )}
    </nav>
  );
}

/** Spaltenkopf, der die Sortierung umschaltet; aria-sort sagt den Zustand an. */
export function Sortierkopf({
  feld,
  text,
  sortierung,
  setzen,
  numerisch,
}: {
  feld: string;
  text: string;
  sortierung: string;
  setzen: (s: string) => void;
  numerisch?: boolean;
}) {
  const aktiv = sortierung.replace('-', '') === feld;
  const absteigend = sortierung.startsWith('-');
  return (
    <th
      scope="col"
      className={`kern-table__header${numerisch ? ' kern-table__header--numeric' : ''}`}
      aria-sort={aktiv ? (absteigend ? 'descending' : 'ascending') : 'none'}
    >
      <button type="button" className="kern-link sortierknopf" onClick={() => setzen(aktiv && !absteigend ? `-${feld}` : feld)}>
        {text}
        <span aria-hidden="true">{aktiv ? (absteigend ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

export function Angaben({ eintraege }: { eintraege: [string, ReactNode][] }) {
  return (
    <dl className="kern-description-list">
      {eintraege.map(([k, v]) => (
        <div className="kern-description-list-item" key={k}>
          <dt className="kern-description-list-item__key">{k}</dt>
          <dd className="kern-description-list-item__value">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
