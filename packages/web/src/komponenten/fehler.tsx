// Fehlerzusammenfassung oben im Formular (verlinkt jedes Feld) und Meldungen der API.
import { useEffect, useRef } from 'react';
import { ApiFehler, type Feldfehler } from '../api.ts';
import { feldId } from './felder.tsx';

/** Zusammenfassung aller Feldfehler; bekommt beim Erscheinen den Fokus (WCAG 3.3.1). */
export function Fehlerzusammenfassung({
  fehler,
  titel = 'Bitte korrigieren Sie die markierten Angaben',
}: {
  fehler: Feldfehler[];
  titel?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fehler.length) ref.current?.focus();
  }, [fehler]);
  if (!fehler.length) return null;
  return (
    <div className="kern-alert kern-alert--danger" role="alert" tabIndex={-1} ref={ref} aria-labelledby="fehler-titel">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title" id="fehler-titel">
          {titel}
        </h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {fehler.map((f) => (
            <li key={`${f.pfad}|${f.meldung}`}>
              <a
                className="kern-link"
                href={`#${feldId(f.pfad)}`}
                onClick={(e) => {
                  const ziel = document.getElementById(feldId(f.pfad));
                  if (ziel) {
                    e.preventDefault();
                    ziel.focus();
                  }
                }}
              >
                {f.meldung}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Meldung eines Fehlers ohne Feldbezug (Konflikt, Berechtigung, veralteter Stand …). */
export function Fehlermeldung({ fehler }: { fehler: ApiFehler | Error | undefined | null }) {
  if (!fehler) return null;
  const titel = fehler instanceof ApiFehler ? fehler.problem.title : 'Fehler';
  const text = fehler instanceof ApiFehler ? (fehler.problem.detail ?? '') : fehler.message;
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{titel}</span>
      </div>
      {text && (
        <div className="kern-alert__body">
          <p className="kern-body">{text}</p>
        </div>
      )}
    </div>
  );
}

export function Erfolg({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <div className="kern-alert kern-alert--success" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--success" aria-hidden="true" />
        <span className="kern-title">{text}</span>
      </div>
    </div>
  );
}

/** Feldfehler eines Pfades (auch Unterpfade werden dem Feld zugeordnet, wenn gewünscht). */
export function fehlerFuer(fehler: Feldfehler[], pfad: string): string | undefined {
  const f = fehler.filter((x) => x.pfad === pfad);
  return f.length ? f.map((x) => x.meldung).join(' ') : undefined;
}
