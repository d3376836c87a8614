// Fehlerzusammenfassung oben im Formular (verlinkt jedes Feld) und Meldungen der API.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { ApiFehler, type Feldfehler } from '../api.ts';
import { feldId } from './felder.tsx';

/** Zusammenfassung aller Feldfehler; bekommt beim Erscheinen den Fokus (WCAG 3.3.1). */
export function Fehlerzusammenfassung({
  fehler,
  titel = 'Bitte korrigieren Sie die markierten Angaben',
  ueberschrift = 2,
  ziel,
}: {
  fehler: Feldfehler[];
  titel?: string;
  /** Ebene der Überschrift (2 oben im Formular, 3 in einem Abschnitt). */
  ueberschrift?: 2 | 3;
  /** Für Felder auf einer anderen Seite (z. B. Stammdaten eines Trägers): die Adresse dorthin statt des Feldes hier. */
  ziel?: (f: Feldfehler) => string | undefined;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titelId = `fehler-titel${useId().replace(/:/g, '')}`;
  const Titel = ueberschrift === 3 ? 'h3' : 'h2';
  useEffect(() => {
    if (fehler.length) ref.current?.focus();
  }, [fehler]);
  if (!fehler.length) return null;
  return (
    <div className="kern-alert kern-alert--danger" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titelId}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <Titel className="kern-title" id={titelId}>
          {titel}
        </Titel>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {fehler.map((f) => (
            <li key={`${f.pfad}|${f.meldung}`}>
              {ziel?.(f) ? (
                <Link className="kern-link" to={ziel(f) ?? ''}>
                  {f.meldung}
                </Link>
              ) : (
                <a
                  className="kern-link"
                  href={`#${feldId(f.pfad)}`}
                  onClick={(e) => {
                    const feld = document.getElementById(feldId(f.pfad));
                    if (feld) {
                      e.preventDefault();
                      feld.focus();
                    }
                  }}
                >
                  {f.meldung}
                </a>
              )}
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

/** Erfolgsmeldung (role="status": wird vorgelesen, ohne den Fokus zu nehmen); `children` z. B. ein Link zum Herunterladen. */
export function Erfolg({ text, children }: { text: string | null; children?: ReactNode }) {
  if (!text) return null;
  return (
    <div className="kern-alert kern-alert--success" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--success" aria-hidden="true" />
        <span className="kern-title">{text}</span>
      </div>
      {children && <div className="kern-alert__body">{children}</div>}
    </div>
  );
}

/** Feldfehler eines Pfades (auch Unterpfade werden dem Feld zugeordnet, wenn gewünscht). */
export function fehlerFuer(fehler: Feldfehler[], pfad: string): string | undefined {
  const f = fehler.filter((x) => x.pfad === pfad);
  return f.length ? f.map((x) => x.meldung).join(' ') : undefined;
}
