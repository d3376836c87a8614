// Anmeldung mit Benutzername und Passwort.
import { type FormEvent, useState } from 'react';
import { ApiFehler, type Feldfehler, type Sitzung, anmelden } from '../api.ts';
import { Textfeld } from '../komponenten/felder.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../komponenten/fehler.tsx';

export function Anmeldung({ angemeldet }: { angemeldet: (s: Sitzung) => void }) {
  const [benutzername, setBenutzername] = useState('');
  const [passwort, setPasswort] = useState('');
  const [felder, setFelder] = useState<Feldfehler[]>([]);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [sendet, setSendet] = useState(false);

  async function absenden(e: FormEvent) {
    e.preventDefault();
    const f: Feldfehler[] = [];
    if (!benutzername.trim()) f.push({ pfad: '/benutzername', meldung: 'Bitte geben Sie Ihren Benutzernamen ein.' });
    if (!passwort) f.push({ pfad: '/passwort', meldung: 'Bitte geben Sie Ihr Passwort ein.' });
    setFelder(f);
    setFehler(null);
    if (f.length) return;
    setSendet(true);
    try {
      angemeldet(await anmelden(benutzername.trim(), passwort));
    } catch (x) {
      if (x instanceof ApiFehler) {
        setFehler(x);
        setFelder(x.felder);
      }
    } finally {
      setSendet(false);
    }
  }

  return (
    <>
      <div className="kern-kopfzeile">
        <div className="kern-container">
          <div className="kern-kopfzeile__content">
            <span className="kern-kopfzeile__flagge" aria-hidden="true" />
            <span className="kern-kopfzeile__label">Plattform der Träger der Eingliederungshilfe</span>
          </div>
        </div>
      </div>
      <main id="inhalt" className="kern-container anmeldung">
        <h1 className="kern-heading-x-large">Anmeldung bei EGH-Clearing</h1>
        <p className="kern-body">
          Gemeinsame Plattform der Träger der Eingliederungshilfe für Zuständigkeit, Amtshilfe, Erstattung und Mehrkosten.
        </p>
        <form onSubmit={(e) => void absenden(e)} noValidate className="kern-stack-md">
          <Fehlerzusammenfassung fehler={felder} />
          {!felder.length && <Fehlermeldung fehler={fehler} />}
          <Textfeld
            pfad="/benutzername"
            label="Benutzername"
            wert={benutzername}
            aendern={setBenutzername}
            autocomplete="username"
            fehler={fehlerFuer(felder, '/benutzername')}
          />
          <Textfeld
            pfad="/passwort"
            label="Passwort"
            typ="password"
            wert={passwort}
            aendern={setPasswort}
            autocomplete="current-password"
            fehler={fehlerFuer(felder, '/passwort')}
          />
          <button type="submit" className="kern-btn kern-btn--primary" aria-busy={sendet}>
            <span className="kern-label">{sendet ? 'Anmeldung läuft …' : 'Anmelden'}</span>
          </button>
        </form>
        <p className="kern-body--small kern-body--muted">
          Demo: Benutzer „schwaben“, „mittelfranken“, „prignitz“, „cottbus“, „leitung.mittelfranken“, „datenschutz.schwaben“ – Passwort
          „demo“ (nur mit Demo-Daten).
        </p>
      </main>
    </>
  );
}
