// Neues Amtshilfeersuchen: ersuchter Träger aus dem Register, eigener Fall, Aufgabe, Fragen,
// erbetener Termin, zu übermittelnde Daten. Vor dem Anlegen zeigt die Vorabprüfung, was das
// Regelwerk sagt (Amtshilfe? Pauschale oder Auslagen? welche Daten dürfen mit?); die Antworten
// 400/409 des Servers erscheinen mit den Gründen des Regelwerks an den Feldern.
// Prüfung und Inhalt der Eingaben: ersuchen.ts; Datenfelder: ersuchen-felder.tsx; Register: traegersuche.tsx.
import type { Antwort as ApiAntwort } from '../../api/client.ts';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiFehler, type Feldfehler, type Seite, api, neuerIdempotenzSchluessel } from '../../api.ts';
import { useDaten } from '../../daten.ts';
import { useSitzung } from '../../sitzung.tsx';
import { type Ersuchen, aufgabenNamen, benenne, datenartNamen } from './gemeinsam.tsx';
import { AmtshilfeVorschau } from './vorschau.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { Auswahl, Datumsfeld, Textfeld, feldBinder } from '../../gemeinsam/felder.tsx';
import {
  type ErsuchenEingabe,
  type Vorschau,
  datenFehlerBenennen,
  ersuchenFeldnamen,
  ersuchenFuerApi,
  gewaehlteArten,
  pruefeGrundangaben,
  vorabpruefung,
} from './ersuchen.ts';
import { DatenFelder, Erklaerungen } from './ersuchen-felder.tsx';
import { TraegerSuche } from './traegersuche.tsx';

export type { Vorschau } from './ersuchen.ts';

type FallZeile = ApiAntwort<'/api/v1/faelle', 'get'>['eintraege'][number];

function leereEingabe(fallId: string): ErsuchenEingabe {
  return {
    fallId,
    ersuchter: null,
    aufgabe: '',
    aktenzeichen: '',
    fragen: '',
    bis: '',
    daten: {},
    einwilligung: false,
    widerspruch: false,
  };
}

/** Vorabprüfung und Anlegen des Entwurfs mit Fehlern, Meldung und Vorschau. */
function useErsuchenSenden(e: ErsuchenEingabe, eigenerTraeger: string, eingabeSchluessel: string) {
  const navigieren = useNavigate();
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [problem, setProblem] = useState<ApiFehler | null>(null);
  const [fehlerTitel, setFehlerTitel] = useState<string | undefined>(undefined);
  const [vorschau, setVorschau] = useState<Vorschau | null>(null);
  const [laeuft, setLaeuft] = useState<'' | 'pruefen' | 'anlegen'>('');
  const schluessel = useRef(neuerIdempotenzSchluessel());

  async function vorabPruefen() {
    if (laeuft) return;
    const f = pruefeGrundangaben(e);
    setFehlerTitel(undefined);
    setFehler(f);
    setProblem(null);
    if (f.length || !e.ersuchter) return;
    setLaeuft('pruefen');
    try {
      setVorschau(await vorabpruefung(e, e.ersuchter, eigenerTraeger, eingabeSchluessel));
    } catch (x) {
      setProblem(
        x instanceof ApiFehler ? x : new ApiFehler({ type: 'x', title: 'Vorabprüfung nicht möglich', status: 0, detail: String(x) }),
      );
    } finally {
      setLaeuft('');
    }
  }

  function meldeFehler(x: ApiFehler) {
    const umgeschrieben = datenFehlerBenennen(x.felder, gewaehlteArten(e));
    if (x.status === 409 && x.problem.detail?.startsWith('Das ist keine Amtshilfe')) {
      setFehlerTitel('Das Regelwerk sieht hier keine Amtshilfe');
      setFehler([{ pfad: '/ersuchterId', meldung: x.problem.detail }]);
    } else if (umgeschrieben.length) {
      setFehlerTitel(x.problem.detail ?? undefined);
      setFehler(umgeschrieben);
    } else setProblem(x);
  }

  async function anlegen() {
    if (laeuft) return;
    setFehlerTitel(undefined);
    const f = pruefeGrundangaben(e);
    for (const a of gewaehlteArten(e))
      if (!e.daten[a]?.inhalt.trim())
        f.push({ pfad: `/daten/${a}/inhalt`, meldung: `Bitte geben Sie an, was von „${datenartNamen[a] ?? a}“ übermittelt wird.` });
    setFehler(f);
    setProblem(null);
    if (f.length || !e.ersuchter) return;
    setLaeuft('anlegen');
    try {
      const { daten: neu } = await api.post<Ersuchen>('/amtshilfeersuchen', ersuchenFuerApi(e, e.ersuchter), undefined, schluessel.current);
      void navigieren(`/amtshilfe/${neu.id}`, {
        state: { meldung: 'Der Entwurf ist angelegt. Prüfen Sie das Ergebnis des Regelwerks und senden Sie das Ersuchen.' },
      });
    } catch (x) {
      if (!(x instanceof ApiFehler)) throw x;
      meldeFehler(x);
    } finally {
      setLaeuft('');
    }
  }
  return { fehler, problem, fehlerTitel, vorschau, laeuft, vorabPruefen, anlegen };
}

function Knoepfe({ laeuft, vorabPruefen }: { laeuft: '' | 'pruefen' | 'anlegen'; vorabPruefen: () => void }) {
  return (
    <div className="knopfleiste">
      <button type="button" className="kern-btn kern-btn--secondary" onClick={vorabPruefen} aria-disabled={laeuft !== ''}>
        <span className="kern-label">{laeuft === 'pruefen' ? 'Regelwerk prüft …' : 'Vorab prüfen'}</span>
      </button>
      <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={laeuft !== ''}>
        <span className="kern-label">{laeuft === 'anlegen' ? 'Wird angelegt …' : 'Als Entwurf anlegen'}</span>
      </button>
      <Link className="kern-link" to="/amtshilfe?richtung=ausgang">
        Abbrechen
      </Link>
    </div>
  );
}

export function ErsuchenFormular({ fallVorauswahl }: { fallVorauswahl: string }) {
  const { sitzung } = useSitzung();
  const eigenerTraeger = sitzung.traeger?.id ?? '';
  const faelle = useDaten<Seite<FallZeile>>('/faelle?status=offen&proSeite=500&sortierung=aktenzeichen');
  const [e, setE] = useState<ErsuchenEingabe>(() => leereEingabe(fallVorauswahl));
  const setze = (teil: Partial<ErsuchenEingabe>) => setE((x) => ({ ...x, ...teil }));
  const eingabeSchluessel = JSON.stringify([e.fallId, e.ersuchter?.id, e.aufgabe, e.bis, gewaehlteArten(e), e.einwilligung, e.widerspruch]);
  const { fehler, problem, fehlerTitel, vorschau, laeuft, vorabPruefen, anlegen } = useErsuchenSenden(e, eigenerTraeger, eingabeSchluessel);
  const vorschauTitel = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (vorschau) vorschauTitel.current?.focus();
  }, [vorschau]);
  const f = (pfad: string) => fehlerFuer(fehler, pfad);
  const feld = feldBinder(e, setze, f);
  const fallOptionen = (faelle.daten?.eintraege ?? []).map((x) => ({
    wert: x.id,
    text: `${x.aktenzeichen}${x.person ? ` – ${x.person.nachname}, ${x.person.vorname}` : ''}`,
  }));

  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Neues Amtshilfeersuchen</h1>
      <p className="kern-body">
        Ersuchen Sie einen anderen Träger um ergänzende Hilfe (§ 3 Abs. 1 SGB X). Das Ersuchen wird zuerst als Entwurf angelegt; das
        Regelwerk prüft dabei, ob Amtshilfe vorliegt und welche Daten mitgehen dürfen. Gesendet wird es danach auf der Seite des Ersuchens.
      </p>
      <Fehlerzusammenfassung fehler={benenne(fehler, ersuchenFeldnamen)} {...(fehlerTitel ? { titel: fehlerTitel } : {})} />
      <Fehlermeldung fehler={problem} />
      <form
        className="kern-stack-md"
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void anlegen();
        }}
      >
        <Auswahl
          label="Fall Ihres Trägers"
          hinweis="Nur offene Fälle Ihres Trägers. Der ersuchte Träger sieht vom Fall nur das Pseudonym der Person."
          {...feld('fallId', '/fallId')}
          optionen={fallOptionen}
          leer={faelle.laedt ? 'Fälle werden geladen …' : 'Bitte wählen'}
        />
        <TraegerSuche
          gewaehlt={e.ersuchter}
          waehlen={(t) => setze({ ersuchter: t })}
          eigenerTraeger={eigenerTraeger}
          fehler={f('/ersuchterId')}
        />
        <Auswahl
          label="Erbetene Aufgabe"
          {...feld('aufgabe', '/aufgabe')}
          optionen={Object.entries(aufgabenNamen).map(([wert, text]) => ({ wert, text }))}
          leer="Bitte wählen"
        />
        <Textfeld
          label="Zeichen des Ersuchens"
          optional
          hinweis="Ohne Angabe gilt das Aktenzeichen des Falls."
          {...feld('aktenzeichen', '/aktenzeichen')}
        />
        <Textfeld label="Fragen an den ersuchten Träger" optional mehrzeilig {...feld('fragen', '/fragen')} />
        <Datumsfeld label="Erbeten bis" optional {...feld('bis', '/gewuenschtBis')} />
        <DatenFelder daten={e.daten} setDaten={(g) => setE((x) => ({ ...x, daten: g(x.daten) }))} fehler={fehler} vorschau={vorschau} />
        <Erklaerungen e={e} setze={setze} />
        <Knoepfe laeuft={laeuft} vorabPruefen={() => void vorabPruefen()} />
      </form>
      {vorschau && <AmtshilfeVorschau vorschau={vorschau} veraltet={vorschau.schluessel !== eingabeSchluessel} titelRef={vorschauTitel} />}
    </div>
  );
}
