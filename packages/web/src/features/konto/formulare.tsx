// Formulare für das Konto, in der Anmeldung und auf „Mein Konto“ verwendet: neues Passwort (mit
// Wiederholung und den Regeln als Hinweis), Code des zweiten Faktors, Einrichtung des zweiten
// Faktors (QR-Code, Geheimnis zum Abtippen, otpauth://-Adresse).
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { ApiFehler, type Einrichtung, type Feldfehler } from '../../api.ts';
import { Laden } from '../../gemeinsam/anzeige.tsx';
import { Textfeld } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';

export const passwortHinweis =
  'Mindestens 12 Zeichen; Länge zählt mehr als Sonderzeichen – etwa mehrere Wörter. Nicht erlaubt: häufig verwendete Passwörter, der Benutzername oder Ihr Name.';

/** Ein Formular, das beim Absenden `senden` ausführt und Feld- und andere Fehler der API zeigt. */
function useSenden() {
  const [felder, setFelder] = useState<Feldfehler[]>([]);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [sendet, setSendet] = useState(false);
  async function senden(pruefung: Feldfehler[], fn: () => Promise<void>) {
    setFelder(pruefung);
    setFehler(null);
    if (pruefung.length) return;
    setSendet(true);
    try {
      await fn();
    } catch (x) {
      if (x instanceof ApiFehler) {
        setFehler(x);
        setFelder(x.felder);
      } else throw x;
    } finally {
      setSendet(false);
    }
  }
  return { felder, fehler, sendet, senden };
}

function Fehleranzeige({ felder, fehler }: { felder: Feldfehler[]; fehler: ApiFehler | null }) {
  return (
    <>
      <Fehlerzusammenfassung fehler={felder} />
      {!felder.length && <Fehlermeldung fehler={fehler} />}
    </>
  );
}

/** Neues Passwort zweimal; mit `altesPasswort` auch das bisherige (Wechsel mit Sitzung). */
export function PasswortFormular({
  mitAltemPasswort,
  knopf,
  speichern,
}: {
  mitAltemPasswort: boolean;
  knopf: string;
  speichern: (neu: string, alt: string) => Promise<void>;
}) {
  const [alt, setAlt] = useState('');
  const [neu, setNeu] = useState('');
  const [wiederholung, setWiederholung] = useState('');
  const { felder, fehler, sendet, senden } = useSenden();

  function absenden(e: FormEvent) {
    e.preventDefault();
    const f: Feldfehler[] = [];
    if (mitAltemPasswort && !alt) f.push({ pfad: '/altesPasswort', meldung: 'Bitte geben Sie Ihr bisheriges Passwort ein.' });
    if (!neu) f.push({ pfad: '/neuesPasswort', meldung: 'Bitte geben Sie ein neues Passwort ein.' });
    else if (neu !== wiederholung)
      f.push({ pfad: '/wiederholung', meldung: 'Die Wiederholung stimmt nicht mit dem neuen Passwort überein.' });
    void senden(f, () => speichern(neu, alt));
  }

  return (
    <form onSubmit={absenden} noValidate className="kern-stack-md">
      <Fehleranzeige felder={felder} fehler={fehler} />
      {mitAltemPasswort && (
        <Textfeld
          pfad="/altesPasswort"
          label="Bisheriges Passwort"
          typ="password"
          wert={alt}
          aendern={setAlt}
          autocomplete="current-password"
          fehler={fehlerFuer(felder, '/altesPasswort')}
        />
      )}
      <Textfeld
        pfad="/neuesPasswort"
        label="Neues Passwort"
        typ="password"
        wert={neu}
        aendern={setNeu}
        autocomplete="new-password"
        hinweis={passwortHinweis}
        fehler={fehlerFuer(felder, '/neuesPasswort')}
      />
      <Textfeld
        pfad="/wiederholung"
        label="Neues Passwort wiederholen"
        typ="password"
        wert={wiederholung}
        aendern={setWiederholung}
        autocomplete="new-password"
        fehler={fehlerFuer(felder, '/wiederholung')}
      />
      <button type="submit" className="kern-btn kern-btn--primary" aria-busy={sendet}>
        <span className="kern-label">{sendet ? 'Wird gespeichert …' : knopf}</span>
      </button>
    </form>
  );
}

/** Der sechsstellige Code der Authenticator-App. */
export function CodeFormular({ knopf, pruefen, vorher }: { knopf: string; pruefen: (code: string) => Promise<void>; vorher?: ReactNode }) {
  const [code, setCode] = useState('');
  const { felder, fehler, sendet, senden } = useSenden();

  function absenden(e: FormEvent) {
    e.preventDefault();
    const sauber = code.replace(/\s/g, '');
    const f: Feldfehler[] = /^\d{6}$/.test(sauber)
      ? []
      : [{ pfad: '/code', meldung: 'Bitte den sechsstelligen Code der Authenticator-App eingeben.' }];
    void senden(f, async () => {
      try {
        await pruefen(sauber);
      } finally {
        setCode('');
      }
    });
  }

  return (
    <form onSubmit={absenden} noValidate className="kern-stack-md">
      <Fehleranzeige felder={felder} fehler={fehler} />
      {vorher}
      <Textfeld
        pfad="/code"
        label="Bestätigungscode"
        hinweis="Sechs Ziffern aus Ihrer Authenticator-App; der Code wechselt alle 30 Sekunden."
        wert={code}
        aendern={setCode}
        autocomplete="one-time-code"
        eingabemodus="numeric"
        fehler={fehlerFuer(felder, '/code')}
      />
      <button type="submit" className="kern-btn kern-btn--primary" aria-busy={sendet}>
        <span className="kern-label">{sendet ? 'Wird geprüft …' : knopf}</span>
      </button>
    </form>
  );
}

/** Einrichtung: holt ein neues Geheimnis, zeigt QR-Code und Geheimnis und bestätigt mit einem Code. */
export function FaktorEinrichtung({
  laden,
  bestaetigen,
}: {
  laden: () => Promise<Einrichtung>;
  bestaetigen: (code: string) => Promise<void>;
}) {
  const [einrichtung, setEinrichtung] = useState<Einrichtung | null>(null);
  const [fehler, setFehler] = useState<Error | null>(null);
  useEffect(() => {
    laden().then(setEinrichtung, (e: unknown) => setFehler(e instanceof Error ? e : new Error(String(e))));
    // Nur einmal: jeder Aufruf erzeugt ein neues Geheimnis.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (fehler) return <Fehlermeldung fehler={fehler} />;
  if (!einrichtung) return <Laden text="Geheimnis wird erzeugt …" />;
  return (
    <CodeFormular
      knopf="Zweiten Faktor bestätigen"
      pruefen={bestaetigen}
      vorher={
        <div className="kern-stack-sm">
          <p className="kern-body">
            Scannen Sie den QR-Code mit einer Authenticator-App (z. B. FreeOTP, Aegis, Google oder Microsoft Authenticator) oder tippen Sie
            das Geheimnis ab. Geben Sie danach den angezeigten Code ein.
          </p>
          <img
            className="qr-code"
            src={`data:image/svg+xml;base64,${btoa(einrichtung.qrSvg)}`}
            alt="QR-Code mit dem Geheimnis für die Authenticator-App"
            width={200}
            height={200}
          />
          <p className="kern-body">
            Geheimnis: <code className="geheimnis">{einrichtung.geheimnis.replace(/(.{4})/g, '$1 ').trim()}</code>
          </p>
          <details>
            <summary className="kern-body">Adresse für die App (otpauth://)</summary>
            <p className="kern-body--small norm-text">{einrichtung.uri}</p>
          </details>
        </div>
      }
    />
  );
}
