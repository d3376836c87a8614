// Suche im Trägerregister für den ersuchten Träger: Suchfeld, Trefferliste als Optionsfelder
// (statt einer Combobox: einfacher mit Tastatur und Screenreader) und die getroffene Wahl.
import type { Antwort as ApiAntwort } from '../../api/client.ts';
import { useState } from 'react';
import { ApiFehler, type Seite, api } from '../../api.ts';
import { landNamen } from '../../format.ts';
import { Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { feldId } from '../../gemeinsam/felder.tsx';

export type TraegerZeile = ApiAntwort<'/api/v1/traeger', 'get'>['eintraege'][number];

/** Sucht Träger der Eingliederungshilfe (ohne den eigenen), die ersten zehn Treffer. */
function useRegistersuche(eigenerTraeger: string) {
  const [suche, setSuche] = useState('');
  const [treffer, setTreffer] = useState<TraegerZeile[] | null>(null);
  const [gesamt, setGesamt] = useState(0);
  const [suchFehler, setSuchFehler] = useState<ApiFehler | null>(null);
  const suchen = () => {
    const s = suche.trim();
    if (!s) return;
    setSuchFehler(null);
    api.get<Seite<TraegerZeile>>(`/traeger?suche=${encodeURIComponent(s)}&rolle=eingliederungshilfe&proSeite=10`).then(
      (a) => {
        setTreffer(a.daten.eintraege.filter((t) => t.id !== eigenerTraeger));
        setGesamt(a.daten.gesamt ?? a.daten.eintraege.length);
      },
      (e: unknown) => setSuchFehler(e instanceof ApiFehler ? e : null),
    );
  };
  return { suche, setSuche, treffer, gesamt, suchFehler, suchen };
}

function Suchfeld({
  suche,
  setSuche,
  suchen,
  fehler,
}: {
  suche: string;
  setSuche: (s: string) => void;
  suchen: () => void;
  fehler: string | undefined;
}) {
  const id = feldId('/ersuchterId');
  const beschrieben = [`${id}-hinweis`, fehler ? `${id}-fehler` : ''].filter(Boolean).join(' ');
  return (
    <div className={`kern-form-input${fehler ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        Ersuchter Träger: im Register suchen
      </label>
      <div className="kern-hint" id={`${id}-hinweis`}>
        Name, Kurzname oder Kennung, z. B. „Cottbus“; dann einen Treffer wählen.
      </div>
      {fehler && (
        <p className="kern-error" id={`${id}-fehler`} role="alert">
          <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span className="kern-body">{fehler}</span>
        </p>
      )}
      <div className="ah-suchzeile">
        <input
          className="kern-form-input__input"
          id={id}
          type="search"
          value={suche}
          aria-describedby={beschrieben}
          aria-invalid={fehler ? true : undefined}
          onChange={(e) => setSuche(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              suchen();
            }
          }}
        />
        <button type="button" className="kern-btn kern-btn--secondary" onClick={suchen}>
          <span className="kern-label">Träger suchen</span>
        </button>
      </div>
    </div>
  );
}

function Trefferliste({
  treffer,
  gewaehlt,
  waehlen,
}: {
  treffer: TraegerZeile[];
  gewaehlt: TraegerZeile | null;
  waehlen: (t: TraegerZeile) => void;
}) {
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">Treffer im Trägerregister</legend>
      <div className="kern-fieldset__body">
        {treffer.map((t) => (
          <div className="kern-form-check" key={t.id}>
            <input
              className="kern-form-check__radio"
              type="radio"
              name="ersuchter-treffer"
              id={`ersuchter-${t.id}`}
              checked={gewaehlt?.id === t.id}
              onChange={() => waehlen(t)}
            />
            <label className="kern-label" htmlFor={`ersuchter-${t.id}`}>
              {t.name} ({landNamen[t.land] ?? t.land}, {t.art === 'ueberoertlich' ? 'überörtlicher' : 'örtlicher'} Träger der
              Eingliederungshilfe)
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function trefferText(treffer: TraegerZeile[] | null, gesamt: number): string {
  if (treffer === null) return '';
  if (treffer.length === 0) return 'Kein Träger gefunden. Bitte anders suchen.';
  return `${gesamt > treffer.length ? `${gesamt} Treffer, die ersten ${treffer.length} werden gezeigt` : `${treffer.length} Treffer`}.`;
}

export function TraegerSuche({
  gewaehlt,
  waehlen,
  eigenerTraeger,
  fehler,
}: {
  gewaehlt: TraegerZeile | null;
  waehlen: (t: TraegerZeile) => void;
  eigenerTraeger: string;
  fehler: string | undefined;
}) {
  const { suche, setSuche, treffer, gesamt, suchFehler, suchen } = useRegistersuche(eigenerTraeger);
  return (
    <div className="kern-stack-sm">
      <Suchfeld suche={suche} setSuche={setSuche} suchen={suchen} fehler={fehler} />
      <Fehlermeldung fehler={suchFehler} />
      <div role="status" aria-live="polite" className="kern-body">
        {trefferText(treffer, gesamt)}
      </div>
      {treffer && treffer.length > 0 && <Trefferliste treffer={treffer} gewaehlt={gewaehlt} waehlen={waehlen} />}
      <p className="kern-body" aria-live="polite">
        {gewaehlt ? (
          <>
            Gewählt: <strong>{gewaehlt.name}</strong> (Kennung {gewaehlt.id})
          </>
        ) : (
          'Noch kein Träger gewählt.'
        )}
      </p>
    </div>
  );
}
