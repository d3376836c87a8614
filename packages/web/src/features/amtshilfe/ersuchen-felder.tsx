// Felder des Formulars „Neues Amtshilfeersuchen“ für die zu übermittelnden Daten: je Datenart ein
// Ankreuzfeld mit dem Urteil der Vorabprüfung und dem Inhalt, dazu Einwilligung und Widerspruch.
import type { Feldfehler } from '../../api.ts';
import { fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { Textfeld, feldId } from '../../gemeinsam/felder.tsx';
import { type ErsuchenEingabe, type Vorschau, datenarten } from './ersuchen.ts';
import { datenartNamen } from './gemeinsam.tsx';

type Daten = ErsuchenEingabe['daten'];

interface DatenProps {
  daten: Daten;
  setDaten: (f: (d: Daten) => Daten) => void;
  fehler: Feldfehler[];
  vorschau: Vorschau | null;
}

function Datenart({ a, daten, setDaten, fehler, vorschau }: DatenProps & { a: string }) {
  const pfadArt = `/daten/${a}/art`;
  const id = feldId(pfadArt);
  const fehlerArt = fehlerFuer(fehler, pfadArt);
  const urteil = vorschau?.daten?.ergebnis.entscheidungen.find((x) => x.daten === a);
  const hinweisId = `${id}-urteil`;
  const gewaehlt = daten[a]?.gewaehlt;
  return (
    <div className={`kern-stack-xs${fehlerArt ? ' kern-fieldset--error' : ''}`}>
      {fehlerArt && (
        <p className="kern-error" id={`${id}-fehler`} role="alert">
          <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span className="kern-body">{fehlerArt}</span>
        </p>
      )}
      <div className="kern-form-check">
        <input
          className={`kern-form-check__checkbox${fehlerArt ? ' kern-form-check__checkbox--error' : ''}`}
          type="checkbox"
          id={id}
          checked={Boolean(gewaehlt)}
          aria-invalid={fehlerArt ? true : undefined}
          aria-describedby={[fehlerArt ? `${id}-fehler` : '', urteil && gewaehlt ? hinweisId : ''].filter(Boolean).join(' ') || undefined}
          onChange={(e) => setDaten((d) => ({ ...d, [a]: { gewaehlt: e.target.checked, inhalt: d[a]?.inhalt ?? '' } }))}
        />
        <label className="kern-label" htmlFor={id}>
          {datenartNamen[a]}
        </label>
      </div>
      {urteil && gewaehlt && (
        <p className="kern-body--small" id={hinweisId}>
          Vorabprüfung: {urteil.zulaessig ? 'darf übermittelt werden' : 'darf nicht übermittelt werden'} ({urteil.norm})
        </p>
      )}
      {gewaehlt && (
        <Textfeld
          pfad={`/daten/${a}/inhalt`}
          label={`Inhalt: ${datenartNamen[a] ?? a}`}
          mehrzeilig
          wert={daten[a]?.inhalt ?? ''}
          aendern={(w) => setDaten((d) => ({ ...d, [a]: { gewaehlt: true, inhalt: w } }))}
          fehler={fehlerFuer(fehler, `/daten/${a}/inhalt`)}
        />
      )}
    </div>
  );
}

export function DatenFelder(p: DatenProps) {
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">Zu übermittelnde Daten</legend>
      <p className="kern-hint">
        Nur was der ersuchte Träger für die Aufgabe braucht. Ob eine Datenart übermittelt werden darf, entscheidet das Regelwerk (§§ 67b,
        69, 76 SGB X).
      </p>
      <div className="kern-fieldset__body kern-stack-sm">
        {datenarten.map((a) => (
          <Datenart key={a} a={a} {...p} />
        ))}
      </div>
    </fieldset>
  );
}

const erklaerungen = [
  {
    schluessel: 'einwilligung',
    text: 'Die Person hat in die Übermittlung eingewilligt (§ 67b Abs. 2 SGB X, schriftlich oder elektronisch)',
  },
  {
    schluessel: 'widerspruch',
    text: 'Die Person hat der Übermittlung von Begutachtungsdaten widersprochen (§ 76 Abs. 2 Nr. 1 SGB X)',
  },
] as const;

/** Einwilligung und Widerspruch der Person (bestimmen, welche Daten mitgehen dürfen). */
export function Erklaerungen({ e, setze }: { e: ErsuchenEingabe; setze: (teil: Partial<ErsuchenEingabe>) => void }) {
  return (
    <div className="kern-stack-xs">
      {erklaerungen.map(({ schluessel, text }) => (
        <div className="kern-form-check" key={schluessel}>
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={feldId(`/${schluessel}`)}
            checked={e[schluessel]}
            onChange={(ev) => setze({ [schluessel]: ev.target.checked })}
          />
          <label className="kern-label" htmlFor={feldId(`/${schluessel}`)}>
            {text}
          </label>
        </div>
      ))}
    </div>
  );
}
