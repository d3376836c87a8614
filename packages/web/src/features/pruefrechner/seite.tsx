// Prüfrechner: jede Prüfungsart des Regelwerks als Formular. Die Felder entstehen aus dem
// JSON-Schema der Art (GET /pruefungen/arten), vorbelegt mit ihrem Beispiel; das Ergebnis kommt
// von POST /pruefungen und wird mit seiner Begründung gezeigt. Fehler des Regelwerks (JSON-Pointer)
// stehen oben in der Zusammenfassung und am Feld.
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiFehler, type Begruendungsschritt, type Feldfehler, type Hinweis, api } from '../../api.ts';
import { Laden } from '../../gemeinsam/anzeige.tsx';
import { Begruendung } from '../../gemeinsam/begruendung.tsx';
import { Ankreuzfeld, Auswahl } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung, Fehlerzusammenfassung } from '../../gemeinsam/fehler.tsx';
import { ErgebnisAnzeige } from './ergebnis.tsx';
import { SchemaFelder } from './formular.tsx';
import { type Formwert, type Schema, ausJson, leer, zuJson } from './schema.ts';
import { pfadBeschriftung } from './woerter.ts';
import { useDaten } from '../../daten.ts';
import type { Antwort as ApiAntwort } from '../../api/client.ts';

type ArtJson = ApiAntwort<'/api/v1/pruefungen/arten', 'get'>[number];
/** Eine Prüfungsart; ihr Schema ist ein JSON-Schema, das die Oberfläche als Formular liest. */
type Pruefungsart = Omit<ArtJson, 'schema' | 'beispiel'> & { schema: Schema; beispiel: Record<string, unknown> };

/** Antwort des Regelwerks auf POST /pruefungen, Begründung und Hinweise mit den Typen des Regelwerks. */
type PruefAntwort = ApiAntwort<'/api/v1/pruefungen', 'post'>;
type Ergebnis = Pick<PruefAntwort, 'art' | 'ergebnis'> & { begruendung: Begruendungsschritt[]; hinweise: Hinweis[] };

/** Feldfehler mit dem Namen des Feldes vorn, damit die Zusammenfassung für sich verständlich ist. */
export function mitFeldnamen(fehler: Feldfehler[], ergaenzung?: Record<string, string>): Feldfehler[] {
  return fehler.map((f) => {
    const name = pfadBeschriftung(f.pfad, ergaenzung);
    return { pfad: f.pfad, meldung: name ? `${name}: ${f.meldung}` : f.meldung };
  });
}

function Rechner({ art }: { art: Pruefungsart }) {
  const [wert, setWert] = useState<Formwert>(() => ausJson(art.schema, art.beispiel, true));
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [problem, setProblem] = useState<ApiFehler | null>(null);
  const [ergebnis, setErgebnis] = useState<Ergebnis | null>(null);
  const [laeuft, setLaeuft] = useState(false);
  const [meldung, setMeldung] = useState('');
  const [experte, setExperte] = useState(false);
  const ergebnisTitel = useRef<HTMLHeadingElement>(null);
  const zusammenfassung = useMemo(() => mitFeldnamen(fehler), [fehler]);

  useEffect(() => {
    if (ergebnis) ergebnisTitel.current?.focus();
  }, [ergebnis]);

  async function berechnen(e: FormEvent) {
    e.preventDefault();
    if (laeuft) return;
    const eigene: Feldfehler[] = [];
    const eingabe = zuJson(art.schema, wert, '', true, eigene);
    setProblem(null);
    setErgebnis(null);
    // Alle Fehler auf einmal: auch mit unlesbaren Feldern (die dann fehlen) prüft der Server den
    // Rest; seine Meldungen zu genau diesen Feldern („Pflichtfeld fehlt“) ersetzt die eigene.
    const mitEigenen = (server: Feldfehler[]) => [...eigene, ...server.filter((f) => !eigene.some((x) => x.pfad === f.pfad))];
    setLaeuft(true);
    try {
      const { daten } = await api.post<Ergebnis>('/pruefungen', eingabe);
      setFehler(eigene);
      if (!eigene.length) setErgebnis(daten);
    } catch (x) {
      if (x instanceof ApiFehler && x.felder.length) setFehler(mitEigenen(x.felder));
      else if (eigene.length) setFehler(eigene);
      else {
        setFehler([]);
        setProblem(x instanceof ApiFehler ? x : new ApiFehler({ type: 'x', title: 'Fehler', status: 0, detail: String(x) }));
      }
    } finally {
      setLaeuft(false);
    }
  }

  return (
    <div className="kern-stack-lg">
      <section className="kern-stack-md" aria-labelledby="art-titel">
        <div className="kern-stack-xs">
          <h2 className="kern-heading-medium" id="art-titel">
            {art.titel}
          </h2>
          <p className="kern-body">Normen: {art.normen}</p>
        </div>
        <Fehlerzusammenfassung fehler={zusammenfassung} />
        <Fehlermeldung fehler={problem} />
        <form
          className="kern-stack-md schema-formular pruefrechner-formular"
          noValidate
          onSubmit={(e) => void berechnen(e)}
          aria-labelledby="art-titel"
        >
          <SchemaFelder schema={art.schema} wert={wert} aendern={setWert} fehler={fehler} />
          <div className="knopfleiste">
            <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={laeuft || undefined}>
              <span className="kern-label">{laeuft ? 'Wird berechnet …' : 'Berechnen'}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => {
                setWert(ausJson(art.schema, art.beispiel, true));
                setFehler([]);
                setErgebnis(null);
                setMeldung('Das Beispiel wurde eingesetzt.');
              }}
            >
              <span className="kern-label">Beispiel einsetzen</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              onClick={() => {
                setWert(leer(art.schema, true));
                setFehler([]);
                setErgebnis(null);
                setMeldung('Alle Felder wurden geleert.');
              }}
            >
              <span className="kern-label">Alle Felder leeren</span>
            </button>
          </div>
          <p className="kern-sr-only" role="status">
            {meldung}
          </p>
        </form>
      </section>
      {ergebnis && (
        <section className="kern-stack-md ergebnis" aria-labelledby="ergebnis-titel">
          <h2 className="kern-heading-medium" id="ergebnis-titel" tabIndex={-1} ref={ergebnisTitel}>
            Ergebnis
          </h2>
          <ErgebnisAnzeige ergebnis={ergebnis.ergebnis} />
          <Ankreuzfeld
            pfad="/expertenansicht"
            label="Expertenansicht"
            hinweis="Zeigt zu jedem Hinweis seinen Code, bei offenen Rechtsfragen ihre Nummer und die internen Belege des Regelwerks."
            wert={experte}
            aendern={setExperte}
          />
          <Begruendung schritte={ergebnis.begruendung} hinweise={ergebnis.hinweise} experte={experte} />
        </section>
      )}
    </div>
  );
}

export function Pruefrechner() {
  const arten = useDaten<Pruefungsart[]>('/pruefungen/arten');
  const [parameter, setParameter] = useSearchParams();
  const liste = arten.daten ?? [];
  const gewaehlt = liste.find((a) => a.art === parameter.get('art')) ?? liste[0];
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-sm">
        <h1 className="kern-heading-x-large">Prüfrechner</h1>
        <p className="kern-body">
          Jede Prüfung des Regelwerks als Formular: Angaben eintragen (vorbelegt ist ein Beispiel), berechnen lassen und das Ergebnis mit
          seiner Begründung lesen. Es wird nichts gespeichert.
        </p>
      </div>
      <Fehlermeldung fehler={arten.fehler} />
      {arten.laedt && !arten.daten && <Laden text="Prüfungsarten werden geladen …" />}
      {gewaehlt && (
        <>
          <div className="pruefrechner-wahl">
            <Auswahl
              pfad="/pruefung"
              label="Prüfung"
              hinweis="Beim Wechsel erscheint das Formular der gewählten Prüfung mit ihrem Beispiel."
              wert={gewaehlt.art}
              aendern={(a) => setParameter({ art: a }, { replace: true })}
              optionen={liste.map((a) => ({ wert: a.art, text: a.titel }))}
            />
          </div>
          <Rechner key={gewaehlt.art} art={gewaehlt} />
        </>
      )}
    </div>
  );
}
