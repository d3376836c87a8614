// Mein Konto: Passwort ändern und den zweiten Faktor (Authenticator-App) einrichten. Für
// Administration und Plattformbetrieb ist der zweite Faktor Pflicht und schon bei der Anmeldung
// eingerichtet; alle anderen können ihn hier freiwillig einrichten.
import { useEffect, useState } from 'react';
import { type Einrichtung, api } from '../../api.ts';
import { Laden } from '../../gemeinsam/anzeige.tsx';
import { Erfolg, Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { FaktorEinrichtung, PasswortFormular } from './formulare.tsx';
import { KalenderAbschnitt } from './kalender.tsx';
import { useSitzung } from '../../sitzung.tsx';
import type { Antwort as ApiAntwort } from '../../api/client.ts';

type FaktorStand = ApiAntwort<'/api/v1/sitzung/zweiter-faktor', 'get'>;

export function Konto() {
  const { sitzung } = useSitzung();
  const [passwortGeaendert, setPasswortGeaendert] = useState(false);
  const [stand, setStand] = useState<FaktorStand | null>(null);
  const [fehler, setFehler] = useState<Error | null>(null);
  const [einrichten, setEinrichten] = useState(false);
  const [eingerichtet, setEingerichtet] = useState(false);

  useEffect(() => {
    api.get<FaktorStand>('/sitzung/zweiter-faktor').then(
      (r) => setStand(r.daten),
      (e: unknown) => setFehler(e instanceof Error ? e : new Error(String(e))),
    );
  }, [eingerichtet]);

  return (
    <>
      <h1 className="kern-heading-x-large">Mein Konto</h1>
      <p className="kern-body">
        Angemeldet als „{sitzung.benutzer.benutzername}“ ({sitzung.benutzer.name}).
      </p>

      <section className="kern-stack-md konto-abschnitt" aria-labelledby="passwort-titel">
        <h2 className="kern-heading-medium" id="passwort-titel">
          Passwort ändern
        </h2>
        <Erfolg text={passwortGeaendert ? 'Passwort geändert. Ihre anderen Sitzungen wurden beendet.' : null} />
        <PasswortFormular
          key={passwortGeaendert ? 'neu' : 'alt'}
          mitAltemPasswort
          knopf="Passwort ändern"
          speichern={async (neu, alt) => {
            setPasswortGeaendert(false);
            await api.put('/sitzung/passwort', { altesPasswort: alt, neuesPasswort: neu });
            setPasswortGeaendert(true);
          }}
        />
      </section>

      <section className="kern-stack-md konto-abschnitt" aria-labelledby="faktor-titel">
        <h2 className="kern-heading-medium" id="faktor-titel">
          Zweiter Faktor
        </h2>
        <Fehlermeldung fehler={fehler} />
        {!stand && !fehler && <Laden text="Stand wird geladen …" />}
        <Erfolg text={eingerichtet ? 'Zweiter Faktor eingerichtet. Ab der nächsten Anmeldung fragt EGH-Clearing nach dem Code.' : null} />
        {stand?.eingerichtet && (
          <p className="kern-body">
            Eingerichtet{stand.pflicht ? ' (Pflicht für Ihre Rolle)' : ''}. Bei Verlust des Geräts setzt die Administration den zweiten
            Faktor zurück; danach richten Sie ihn neu ein.
          </p>
        )}
        {stand && !stand.eingerichtet && !einrichten && (
          <>
            <p className="kern-body">
              Nicht eingerichtet. Mit einem zweiten Faktor braucht die Anmeldung zusätzlich zum Passwort einen Code aus einer
              Authenticator-App – ein erratenes oder abgegriffenes Passwort allein genügt dann nicht.
            </p>
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => setEinrichten(true)}>
              <span className="kern-label">Zweiten Faktor einrichten</span>
            </button>
          </>
        )}
        {stand && !stand.eingerichtet && einrichten && (
          <FaktorEinrichtung
            laden={async () => (await api.post<Einrichtung>('/sitzung/zweiter-faktor')).daten}
            bestaetigen={async (code) => {
              await api.put('/sitzung/zweiter-faktor', { code });
              setEinrichten(false);
              setEingerichtet(true);
            }}
          />
        )}
      </section>

      <KalenderAbschnitt />
    </>
  );
}
