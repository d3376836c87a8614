// Seitenrahmen: KERN-Kopfzeile, Sprunglink, Kopf mit Träger und Benutzer, Navigation, Hauptbereich.
// Bei jedem Seitenwechsel erhält die Überschrift der neuen Seite den Fokus (WCAG 2.4.3).
import { type ReactNode, useEffect, useRef } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { abmelden } from '../api.ts';
import { useSitzung } from '../sitzung.tsx';

interface Eintrag {
  pfad: string;
  text: string;
  rollen?: string[];
}

const navigation: Eintrag[] = [
  { pfad: '/', text: 'Übersicht' },
  { pfad: '/faelle', text: 'Fälle', rollen: ['sachbearbeitung', 'kostenerstattung', 'leitung'] },
  { pfad: '/amtshilfe', text: 'Amtshilfe', rollen: ['sachbearbeitung', 'kostenerstattung', 'leitung'] },
  { pfad: '/erstattung', text: 'Erstattung', rollen: ['sachbearbeitung', 'kostenerstattung', 'leitung'] },
  { pfad: '/mehrkosten', text: 'Mehrkostenvergleich', rollen: ['sachbearbeitung', 'kostenerstattung', 'leitung'] },
  { pfad: '/pruefrechner', text: 'Prüfrechner' },
  { pfad: '/traeger', text: 'Träger & Vereinbarung' },
  { pfad: '/protokoll', text: 'Protokoll', rollen: ['datenschutz'] },
  { pfad: '/hilfe', text: 'Hilfe' },
];

export function Layout({ children }: { children: ReactNode }) {
  const { sitzung, setzeSitzung, hatRolle } = useSitzung();
  const ort = useLocation();
  const navigieren = useNavigate();
  const main = useRef<HTMLElement>(null);
  const ersterAufruf = useRef(true);
  useEffect(() => {
    const h1 = main.current?.querySelector('h1');
    // Beim ersten Laden beginnt der Fokus oben (Sprunglink); nach einem Seitenwechsel auf der Überschrift.
    if (ersterAufruf.current) ersterAufruf.current = false;
    else if (h1) {
      h1.setAttribute('tabindex', '-1');
      h1.focus();
    }
    document.title = `${h1?.textContent ?? 'EGH-Clearing'} – EGH-Clearing`;
  }, [ort.pathname]);
  return (
    <>
      <a className="kern-link sprunglink" href="#inhalt">
        Zum Inhalt springen
      </a>
      <Kopfzeile />
      <header className="kopf">
        <div className="kern-container kopf__inhalt">
          <p className="kern-heading-medium kopf__titel">EGH-Clearing</p>
          <div className="kopf__benutzer">
            <p className="kern-body">
              <span className="kern-body--bold">{sitzung.benutzer.name}</span>
              <br />
              {sitzung.traeger ? sitzung.traeger.name : 'Plattformbetrieb'} · {sitzung.rollennamen.join(', ')}
            </p>
            <NavLink to="/konto" className="kern-link">
              Mein Konto
            </NavLink>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              onClick={() => {
                void abmelden().finally(() => {
                  setzeSitzung(null);
                  void navigieren('/');
                });
              }}
            >
              <span className="kern-icon kern-icon--logout" aria-hidden="true" />
              <span className="kern-label">Abmelden</span>
            </button>
          </div>
        </div>
        <nav aria-label="Hauptnavigation" className="kern-container hauptnavigation">
          <ul className="kern-list kern-list--horizontal">
            {navigation
              .filter((e) => !e.rollen || hatRolle(...e.rollen))
              .map((e) => (
                <li key={e.pfad}>
                  <NavLink to={e.pfad} end={e.pfad === '/'} className={({ isActive }) => `kern-link${isActive ? ' aktiv' : ''}`}>
                    {e.text}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
      </header>
      <main id="inhalt" ref={main} tabIndex={-1} className="kern-container hauptbereich">
        {children}
      </main>
      <footer className="kern-container fuss">
        <p className="kern-body--small kern-body--muted">
          EGH-Clearing · Rechtsstand der Gesetzestexte: Juli/August 2026 (gesetze-im-internet.de), ältere Fassungen für Altfälle, siehe
          Hilfe ·{' '}
          <NavLink to="/hilfe" className="kern-link kern-link--small">
            Hilfe und Normtexte
          </NavLink>
        </p>
      </footer>
    </>
  );
}

/** Die Kopfzeile (KERN) mit dem Namen der Plattform – auf jeder Seite, auch vor der Anmeldung. */
export function Kopfzeile() {
  return (
    <div className="kern-kopfzeile">
      <div className="kern-container">
        <div className="kern-kopfzeile__content">
          <span className="kern-kopfzeile__flagge" aria-hidden="true" />
          <span className="kern-kopfzeile__label">Plattform der Träger der Eingliederungshilfe</span>
        </div>
      </div>
    </div>
  );
}
