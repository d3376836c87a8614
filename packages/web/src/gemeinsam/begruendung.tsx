// Die Begründung des Regelwerks: jeder Schritt mit seiner Norm; jede Norm öffnet ihren Text.
// Hinweise und offene Rechtsfragen werden sichtbar gemacht, nie versteckt. Die Sachbearbeitung
// liest Sätze und öffentliche Fundstellen; Codes, Fragenummern und interne Belege nur in der
// Expertenansicht des Prüfrechners.
import { useEffect, useRef, useState } from 'react';
import { fuerExperten } from '@egh/recht/darstellung';
import { api, type Begruendungsschritt, type Hinweis } from '../api.ts';
import type { Antwort as ApiAntwort } from '../api/client.ts';

type Normtext = ApiAntwort<'/api/v1/normen', 'get'>;

/**
 * Dialog mit dem Wortlaut einer Norm (aus den mitgelieferten Gesetzestexten). Mit `stichtag` (Tag
 * des Sachverhalts, JJJJ-MM-TT) zeigt der Server die Fassung, die an diesem Tag galt, und sagt welche.
 */
export function NormDialog({ zitat, stichtag, schliessen }: { zitat: string; stichtag?: string | undefined; schliessen: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [norm, setNorm] = useState<Normtext | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  useEffect(() => {
    ref.current?.showModal();
    const tag = stichtag && /^\d{4}-\d{2}-\d{2}$/.test(stichtag) ? `&stichtag=${stichtag}` : '';
    api.get<Normtext>(`/normen?zitat=${encodeURIComponent(zitat)}${tag}`).then(
      (a) => setNorm(a.daten),
      () => setFehler('Der Normtext konnte nicht geladen werden.'),
    );
  }, [zitat, stichtag]);
  return (
    <dialog className="kern-dialog" ref={ref} aria-labelledby="norm-titel" onClose={schliessen}>
      <header className="kern-dialog__header">
        <h2 className="kern-title" id="norm-titel">
          {zitat}
        </h2>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => ref.current?.close()}>
          <span className="kern-icon kern-icon--close" aria-hidden="true" />
          <span className="kern-label">Schließen</span>
        </button>
      </header>
      <section className="kern-dialog__body">
        {fehler && <p className="kern-body">{fehler}</p>}
        {!norm && !fehler && <p className="kern-body">Normtext wird geladen …</p>}
        {norm && norm.teile && norm.teile.length > 1 && (
          <div className="kern-stack-md">
            {norm.teile.map((t) => (
              <section key={t.zitat} aria-label={t.zitat}>
                <h3 className="kern-heading-small">
                  {t.zitat} – {t.titel}
                </h3>
                <div className="kern-body norm-text">{t.text}</div>
                <p className="kern-body--small kern-body--muted">
                  {t.gesetz} – Stand: {t.stand}. Quelle: {t.quelle}
                </p>
              </section>
            ))}
          </div>
        )}
        {norm && !(norm.teile && norm.teile.length > 1) && (
          <>
            {norm.titel && <h3 className="kern-heading-small">{norm.titel}</h3>}
            <div className="kern-body norm-text">{norm.text}</div>
            <p className="kern-body--small kern-body--muted">
              {norm.gesetz} – Stand: {norm.stand}. Quelle: {norm.quelle}
            </p>
          </>
        )}
      </section>
    </dialog>
  );
}

export function Begruendung({
  schritte,
  hinweise,
  titel = 'Begründung',
  stichtag,
  experte = false,
}: {
  schritte: Begruendungsschritt[];
  hinweise: Hinweis[];
  titel?: string;
  /** Tag des Sachverhalts: die Normen öffnen in der damals geltenden Fassung. */
  stichtag?: string | undefined;
  /** Expertenansicht (Prüfrechner): zusätzlich Codes, Nummern offener Fragen und interne Belege. */
  experte?: boolean;
}) {
  const [offen, setOffen] = useState<string | null>(null);
  // Eine Stelle macht aus dem Ergebnis Text für ein Publikum (@egh/recht/darstellung).
  const text = fuerExperten({ begruendung: schritte, hinweise });
  const rechtsfragen = text.hinweise.filter((h) => h.rechtsfrage);
  const weitere = text.hinweise.filter((h) => !h.rechtsfrage);
  const beleg = (b: string | undefined) =>
    experte && b ? <span className="kern-body--small kern-body--muted begruendung-beleg"> [Beleg: {b}]</span> : null;
  return (
    <section className="kern-stack-sm begruendung" aria-label={titel}>
      <h3 className="kern-heading-small">{titel}</h3>
      <ol className="kern-list kern-list--number">
        {text.begruendung.map((s, i) => (
          <li key={`${i}-${s.norm}`}>
            <button type="button" className="kern-link norm-link" onClick={() => setOffen(s.norm)} aria-haspopup="dialog">
              {s.norm}
            </button>
            : <span className="kern-body">{s.text}</span>
            {s.fundstelle && <span className="kern-body"> ({s.fundstelle})</span>}
            {beleg(s.beleg)}
          </li>
        ))}
      </ol>
      {rechtsfragen.length > 0 && (
        <div className="kern-alert kern-alert--warning">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h4 className="kern-title">Offene Rechtsfragen</h4>
          </div>
          <div className="kern-alert__body">
            <ul className="kern-list">
              {rechtsfragen.map((h, i) => (
                <li key={`${i}-${h.text}`}>
                  {experte && h.frage && <span className="kern-badge kern-badge--warning">{h.frage}</span>} {h.text}
                  {h.fundstelle && ` (${h.fundstelle})`}
                  {beleg(h.beleg)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {weitere.length > 0 && (
        <div className="kern-alert kern-alert--info">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <h4 className="kern-title">Hinweise</h4>
          </div>
          <div className="kern-alert__body">
            <ul className="kern-list">
              {weitere.map((h, i) => (
                <li key={`${i}-${h.code}-${h.text}`}>
                  {experte && <span className="kern-body--small kern-body--muted">{h.code}: </span>}
                  {h.text}
                  {h.fundstelle && ` (${h.fundstelle})`}
                  {beleg(h.beleg)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {offen && <NormDialog zitat={offen} stichtag={stichtag} schliessen={() => setOffen(null)} />}
    </section>
  );
}
