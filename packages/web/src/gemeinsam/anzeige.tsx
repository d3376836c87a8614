// Kleine Anzeigebausteine: Status (Text und Farbe, nie Farbe allein), Ladezustand, Beschreibungsliste.
// Seitenleiste und sortierbarer Tabellenkopf stehen bei den Listen (gemeinsam/liste).
import type { ReactNode } from 'react';

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
