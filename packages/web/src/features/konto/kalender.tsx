// Mein Konto → Fristen im Kalender: die offenen Fristen des eigenen Trägers als Kalenderdatei
// herunterladen oder als geheime Adresse in Outlook/Thunderbird abonnieren; die Adresse lässt sich
// ersetzen und widerrufen. Nur für Rollen, die Fristen sehen.
import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import type { Antwort } from '../../api/client.ts';
import { Laden } from '../../gemeinsam/anzeige.tsx';
import { Erfolg, Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { zeitDe } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';

type Stand = Antwort<'/api/v1/kalender/abonnement', 'get'>;
type Neu = Antwort<'/api/v1/kalender/abonnement', 'post'>;

export function KalenderAbschnitt() {
  const { hatRolle } = useSitzung();
  const [stand, setStand] = useState<Stand | null>(null);
  const [neu, setNeu] = useState<Neu | null>(null);
  const [meldung, setMeldung] = useState<string | null>(null);
  const [fehler, setFehler] = useState<Error | null>(null);
  const [laeuft, setLaeuft] = useState(false);
  const darf = hatRolle('sachbearbeitung', 'kostenerstattung', 'leitung');

  const laden = () =>
    api.get<Stand>('/kalender/abonnement').then(
      (r) => setStand(r.daten),
      (e: unknown) => setFehler(e instanceof Error ? e : new Error(String(e))),
    );
  useEffect(() => {
    if (darf) void laden();
  }, [darf]);

  if (!darf) return null;

  async function ausfuehren(schritt: () => Promise<void>) {
    setFehler(null);
    setMeldung(null);
    setLaeuft(true);
    try {
      await schritt();
      await laden();
    } catch (e) {
      setFehler(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setLaeuft(false);
    }
  }

  const anlegen = () =>
    ausfuehren(async () => {
      setNeu((await api.post<Neu>('/kalender/abonnement')).daten);
      setMeldung(stand?.aktiv ? 'Neue Adresse angelegt; die bisherige gilt nicht mehr.' : 'Adresse angelegt.');
    });
  const widerrufen = () =>
    ausfuehren(async () => {
      await api.delete('/kalender/abonnement');
      setNeu(null);
      setMeldung('Abonnement widerrufen. Die Adresse liefert keine Fristen mehr.');
    });

  return (
    <section className="kern-stack-md konto-abschnitt" aria-labelledby="kalender-titel">
      <h2 className="kern-heading-medium" id="kalender-titel">
        Fristen im Kalender
      </h2>
      <p className="kern-body">
        Die offenen Fristen Ihres Trägers – je Frist ein ganztägiger Termin am letzten Tag, mit Norm und Aktenzeichen, ohne Namen von
        Personen.{' '}
        <a className="kern-link" href="/api/v1/kalender.ics" download="fristen.ics">
          Fristen als Kalenderdatei herunterladen (.ics)
        </a>
      </p>
      <Fehlermeldung fehler={fehler} />
      <Erfolg text={meldung} />
      {!stand && !fehler && <Laden text="Stand wird geladen …" />}
      {neu && (
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="kalender-adresse">
            Adresse für Ihr Kalenderprogramm
          </label>
          <div className="kern-hint" id="kalender-adresse-hinweis">
            In Outlook „Kalender hinzufügen → Aus dem Internet“, in Thunderbird „Neuer Kalender → Im Netzwerk“ einfügen. Die Adresse wird
            nur jetzt angezeigt. Wer sie kennt, sieht Ihre Fristen: wie ein Passwort behandeln.
          </div>
          <input
            id="kalender-adresse"
            className="kern-form-input__input"
            type="text"
            readOnly
            value={neu.url}
            aria-describedby="kalender-adresse-hinweis"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      {stand?.aktiv && (
        <p className="kern-body">
          Abonniert seit {stand.angelegtAm ? zeitDe(stand.angelegtAm) : '–'};{' '}
          {stand.zuletztAbgerufenAm ? `zuletzt abgerufen am ${zeitDe(stand.zuletztAbgerufenAm)}.` : 'noch nicht abgerufen.'}
        </p>
      )}
      {stand && (
        <div className="kern-stack-xs">
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => void anlegen()} disabled={laeuft}>
            <span className="kern-label">{stand.aktiv ? 'Neue Adresse anlegen (die bisherige wird ungültig)' : 'Kalender abonnieren'}</span>
          </button>
          {stand.aktiv && (
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void widerrufen()} disabled={laeuft}>
              <span className="kern-label">Abonnement widerrufen</span>
            </button>
          )}
        </div>
      )}
    </section>
  );
}
