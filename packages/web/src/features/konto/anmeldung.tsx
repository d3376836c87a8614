// Anmeldung mit Benutzername und Passwort, danach – wenn nötig – die weiteren Schritte, bevor es
// eine Sitzung gibt: Code des zweiten Faktors, Erstpasswort ersetzen, zweiten Faktor einrichten.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  ApiFehler,
  type Anmeldeschritt,
  type Einrichtung,
  type Feldfehler,
  type OffeneAnmeldung,
  type Sitzung,
  anmelden,
  anmeldungMitCode,
  anmeldungMitNeuemPasswort,
  api,
} from '../../api.ts';
import { Textfeld } from '../../gemeinsam/felder.tsx';
import { Kopfzeile } from '../../gemeinsam/layout.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { CodeFormular, FaktorEinrichtung, PasswortFormular } from './formulare.tsx';

const schrittTitel: Record<Anmeldeschritt, string> = {
  zweiterFaktor: 'Zweiter Faktor',
  passwortAendern: 'Erstpasswort ersetzen',
  zweiterFaktorEinrichten: 'Zweiten Faktor einrichten',
};

export function Anmeldung({ angemeldet }: { angemeldet: (s: Sitzung) => void }) {
  const [offen, setOffen] = useState<OffeneAnmeldung | null>(null);
  const weiter = (e: Sitzung | OffeneAnmeldung) => ('csrfToken' in e ? angemeldet(e) : setOffen(e));
  return (
    <>
      <Kopfzeile />
      <main id="inhalt" className="kern-container anmeldung">
        <h1 className="kern-heading-x-large">Anmeldung bei EGH-Clearing</h1>
        {offen ? <Schritt offen={offen} weiter={weiter} abbrechen={() => setOffen(null)} /> : <Passwortschritt weiter={weiter} />}
      </main>
    </>
  );
}

function Schritt({
  offen,
  weiter,
  abbrechen,
}: {
  offen: OffeneAnmeldung;
  weiter: (e: Sitzung | OffeneAnmeldung) => void;
  abbrechen: () => void;
}) {
  const titel = useRef<HTMLHeadingElement>(null);
  // Jeder neue Schritt: Fokus auf seine Überschrift (WCAG 2.4.3), damit Screenreader ihn ansagen.
  useEffect(() => titel.current?.focus(), [offen.schritt]);
  return (
    <section className="kern-stack-md" aria-labelledby="schritt-titel">
      <h2 className="kern-heading-medium" id="schritt-titel" tabIndex={-1} ref={titel}>
        {schrittTitel[offen.schritt]}
      </h2>
      {offen.schritt === 'zweiterFaktor' && (
        <>
          <p className="kern-body">
            Passwort für „{offen.benutzername}“ bestätigt. Bitte geben Sie jetzt den Code Ihrer Authenticator-App ein.
          </p>
          <CodeFormular knopf="Anmelden" pruefen={async (code) => weiter(await anmeldungMitCode(code))} />
        </>
      )}
      {offen.schritt === 'passwortAendern' && (
        <>
          <p className="kern-body">
            Ihr Passwort wurde von der Administration vergeben (Erstpasswort). Bitte ersetzen Sie es durch ein eigenes, das nur Sie kennen.
          </p>
          <PasswortFormular
            mitAltemPasswort={false}
            knopf="Passwort speichern"
            speichern={async (neu) => weiter(await anmeldungMitNeuemPasswort(neu))}
          />
        </>
      )}
      {offen.schritt === 'zweiterFaktorEinrichten' && (
        <>
          <p className="kern-body">
            Für Ihre Rolle ist ein zweiter Faktor Pflicht: ein Code aus einer Authenticator-App zusätzlich zum Passwort.
          </p>
          <FaktorEinrichtung
            laden={async () => (await api.post<Einrichtung>('/sitzung/anmeldung/zweiter-faktor')).daten}
            bestaetigen={async (code) => weiter(await anmeldungMitCode(code))}
          />
        </>
      )}
      <button type="button" className="kern-btn kern-btn--tertiary" onClick={abbrechen}>
        <span className="kern-label">Abbrechen und von vorn beginnen</span>
      </button>
    </section>
  );
}

function Passwortschritt({ weiter }: { weiter: (e: Sitzung | OffeneAnmeldung) => void }) {
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
      weiter(await anmelden(benutzername.trim(), passwort));
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
        Demo: Benutzer „schwaben“, „mittelfranken“, „prignitz“, „cottbus“, „leitung.mittelfranken“, „datenschutz.schwaben“ – Passwort „demo“
        (nur mit Demo-Daten, gestartet mit „npm start“).
      </p>
    </>
  );
}
