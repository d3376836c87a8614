// Formularfelder nach KERN: Beschriftung, Hinweis, Fehlermeldung am Feld (aria-describedby,
// aria-invalid). Daten werden als TT.MM.JJJJ, Beträge als 1.234,56 eingegeben.
import { type ReactNode, useId } from 'react';

/** Die id eines Feldes zu einem JSON-Pointer der API (/leistungszeitraeume/0/bis → feld-leistungszeitraeume-0-bis). */
export function feldId(pfad: string): string {
  return `feld${pfad.replace(/[^A-Za-z0-9]+/g, '-')}`.replace(/-$/, '');
}

interface Basis {
  /** JSON-Pointer des Feldes in der API (bestimmt die id). */
  pfad: string;
  label: string;
  hinweis?: string;
  fehler?: string | undefined;
  optional?: boolean;
}

function Rahmen({
  pfad,
  label,
  hinweis,
  fehler,
  optional,
  children,
}: Basis & { children: (p: { id: string; beschrieben: string | undefined }) => ReactNode }) {
  const id = feldId(pfad);
  const hinweisId = `${id}-hinweis`;
  const fehlerId = `${id}-fehler`;
  const beschrieben = [hinweis ? hinweisId : '', fehler ? fehlerId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`kern-form-input${fehler ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional && <span className="kern-label__optional"> – optional</span>}
      </label>
      {hinweis && (
        <div className="kern-hint" id={hinweisId}>
          {hinweis}
        </div>
      )}
      {fehler && (
        <p className="kern-error" id={fehlerId} role="alert">
          <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span className="kern-body">{fehler}</span>
        </p>
      )}
      {children({ id, beschrieben })}
    </div>
  );
}

export function Textfeld(
  p: Basis & {
    wert: string;
    aendern: (w: string) => void;
    typ?: 'text' | 'password' | 'search';
    autocomplete?: string;
    eingabemodus?: 'numeric';
    mehrzeilig?: boolean;
    breite?: 'kurz' | 'voll';
  },
) {
  return (
    <Rahmen {...p}>
      {({ id, beschrieben }) =>
        p.mehrzeilig ? (
          <textarea
            className="kern-form-input__input"
            id={id}
            name={id}
            value={p.wert}
            rows={4}
            aria-describedby={beschrieben}
            aria-invalid={p.fehler ? true : undefined}
            onChange={(e) => p.aendern(e.target.value)}
          />
        ) : (
          <input
            className="kern-form-input__input"
            id={id}
            name={id}
            type={p.typ ?? 'text'}
            value={p.wert}
            autoComplete={p.autocomplete}
            inputMode={p.eingabemodus}
            aria-describedby={beschrieben}
            aria-invalid={p.fehler ? true : undefined}
            onChange={(e) => p.aendern(e.target.value)}
          />
        )
      }
    </Rahmen>
  );
}

/** Ein kurzes einzeiliges Textfeld mit Eingabemodus und Breite (Grundlage von Datums- und Betragsfeld). */
function KurzesFeld(
  p: Basis & { wert: string; aendern: (w: string) => void; eingabemodus: 'numeric' | 'decimal'; groesse: number; platzhalter?: string },
) {
  return (
    <Rahmen {...p}>
      {({ id, beschrieben }) => (
        <input
          className="kern-form-input__input"
          id={id}
          name={id}
          type="text"
          inputMode={p.eingabemodus}
          placeholder={p.platzhalter}
          value={p.wert}
          size={p.groesse}
          aria-describedby={beschrieben}
          aria-invalid={p.fehler ? true : undefined}
          onChange={(e) => p.aendern(e.target.value)}
        />
      )}
    </Rahmen>
  );
}

/** Datum als Text TT.MM.JJJJ (geprüft wird beim Absenden mit datumIso). */
export function Datumsfeld(p: Basis & { wert: string; aendern: (w: string) => void }) {
  return (
    <KurzesFeld
      {...p}
      hinweis={p.hinweis ?? 'Format: TT.MM.JJJJ, z. B. 03.03.2025'}
      eingabemodus="numeric"
      groesse={12}
      platzhalter="TT.MM.JJJJ"
    />
  );
}

/** Betrag in Euro mit Komma (1.234,56). */
export function Betragsfeld(p: Basis & { wert: string; aendern: (w: string) => void }) {
  return <KurzesFeld {...p} hinweis={p.hinweis ?? 'In Euro, z. B. 1.234,56'} eingabemodus="decimal" groesse={14} />;
}

export function Auswahl(
  p: Basis & { wert: string; aendern: (w: string) => void; optionen: { wert: string; text: string }[]; leer?: string },
) {
  return (
    <Rahmen {...p}>
      {({ id, beschrieben }) => (
        <div className="kern-form-input__select-wrapper">
          <select
            className="kern-form-input__select"
            id={id}
            name={id}
            value={p.wert}
            aria-describedby={beschrieben}
            aria-invalid={p.fehler ? true : undefined}
            onChange={(e) => p.aendern(e.target.value)}
          >
            {p.leer !== undefined && <option value="">{p.leer}</option>}
            {p.optionen.map((o) => (
              <option key={o.wert} value={o.wert}>
                {o.text}
              </option>
            ))}
          </select>
        </div>
      )}
    </Rahmen>
  );
}

export function Ankreuzfeld(p: { pfad: string; label: string; wert: boolean; aendern: (w: boolean) => void; hinweis?: string }) {
  const id = feldId(p.pfad);
  const hinweisId = useId();
  return (
    <div className="kern-form-check">
      <input
        className="kern-form-check__checkbox"
        id={id}
        type="checkbox"
        checked={p.wert}
        aria-describedby={p.hinweis ? hinweisId : undefined}
        onChange={(e) => p.aendern(e.target.checked)}
      />
      <label className="kern-label" htmlFor={id}>
        {p.label}
      </label>
      {p.hinweis && (
        <div className="kern-hint" id={hinweisId}>
          {p.hinweis}
        </div>
      )}
    </div>
  );
}

/**
 * Bindet Felder an einen Zustand: `feld('name', '/name')` gibt pfad, wert, aendern und fehler für
 * Textfeld, Auswahl, Datums- und Betragsfeld (zum Ausbreiten: `<Textfeld label="…" {...feld('name', '/name')} />`).
 */
export function feldBinder<T>(werte: T, setze: (teil: Partial<T>) => void, fehler: (pfad: string) => string | undefined) {
  return <K extends keyof T>(schluessel: K, pfad: string) => ({
    pfad,
    wert: werte[schluessel],
    aendern: (w: T[K]) => setze({ [schluessel]: w } as unknown as Partial<T>),
    fehler: fehler(pfad),
  });
}
