// Neues Amtshilfeersuchen: ersuchter Träger aus dem Register, eigener Fall, Aufgabe, Fragen,
// erbetener Termin, zu übermittelnde Daten. Vor dem Anlegen zeigt die Vorabprüfung, was das
// Regelwerk sagt (Amtshilfe? Pauschale oder Auslagen? welche Daten dürfen mit?); die Antworten
// 400/409 des Servers erscheinen mit den Gründen des Regelwerks an den Feldern.
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiFehler, type Feldfehler, type Seite, api, neuerIdempotenzSchluessel } from '../../api.ts';
import type { Antwort as ApiAntwort } from '../../api/client.ts';
import type { Fall } from '../faelle/seiten.tsx';
import { datumDe, datumIso, heuteIso, landNamen } from '../../format.ts';
import { useDaten } from '../../daten.ts';
import { useSitzung } from '../../sitzung.tsx';
import {
  type AmtshilfeErgebnis,
  type DatenErgebnis,
  type Ersuchen,
  type Pruefergebnis,
  type Vereinbarung,
  aufgabenNamen,
  benenne,
  datenartNamen,
  pruefe,
  vereinbarungAm,
} from './gemeinsam.tsx';
import { AmtshilfeVorschau } from './vorschau.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { Auswahl, Datumsfeld, Textfeld, feldId } from '../../gemeinsam/felder.tsx';

type FallZeile = ApiAntwort<'/api/v1/faelle', 'get'>['eintraege'][number];
type TraegerZeile = ApiAntwort<'/api/v1/traeger', 'get'>['eintraege'][number];

const datenarten = Object.keys(datenartNamen);

export interface Vorschau {
  amtshilfe: Pruefergebnis<AmtshilfeErgebnis>;
  daten: Pruefergebnis<DatenErgebnis> | null;
  vereinbarung: Vereinbarung | null;
  durchfuehrung: string;
  schluessel: string;
}

function behoerde(t: Pick<TraegerZeile, 'id' | 'rechtstraeger' | 'aufsichtsbehoerde'>) {
  return { id: t.id, rechtstraeger: t.rechtstraeger, ...(t.aufsichtsbehoerde ? { aufsichtsbehoerde: t.aufsichtsbehoerde } : {}) };
}

/** Suche im Trägerregister mit Trefferliste als Optionsfelder (statt einer Combobox: einfacher mit Tastatur und Screenreader). */
function TraegerSuche({
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
  const [suche, setSuche] = useState('');
  const [treffer, setTreffer] = useState<TraegerZeile[] | null>(null);
  const [gesamt, setGesamt] = useState(0);
  const [suchFehler, setSuchFehler] = useState<ApiFehler | null>(null);
  const id = feldId('/ersuchterId');
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
  const beschrieben = [`${id}-hinweis`, fehler ? `${id}-fehler` : ''].filter(Boolean).join(' ');
  return (
    <div className="kern-stack-sm">
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
      <Fehlermeldung fehler={suchFehler} />
      <div role="status" aria-live="polite" className="kern-body">
        {treffer === null
          ? ''
          : treffer.length === 0
            ? 'Kein Träger gefunden. Bitte anders suchen.'
            : `${gesamt > treffer.length ? `${gesamt} Treffer, die ersten ${treffer.length} werden gezeigt` : `${treffer.length} Treffer`}.`}
      </div>
      {treffer && treffer.length > 0 && (
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
      )}
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

export function ErsuchenFormular({ fallVorauswahl }: { fallVorauswahl: string }) {
  const { sitzung } = useSitzung();
  const navigieren = useNavigate();
  const eigenerTraeger = sitzung.traeger?.id ?? '';
  const faelle = useDaten<Seite<FallZeile>>('/faelle?status=offen&proSeite=500&sortierung=aktenzeichen');
  const [fallId, setFallId] = useState(fallVorauswahl);
  const [ersuchter, setErsuchter] = useState<TraegerZeile | null>(null);
  const [aufgabe, setAufgabe] = useState('');
  const [aktenzeichen, setAktenzeichen] = useState('');
  const [fragen, setFragen] = useState('');
  const [bis, setBis] = useState('');
  const [daten, setDaten] = useState<Record<string, { gewaehlt: boolean; inhalt: string }>>({});
  const [einwilligung, setEinwilligung] = useState(false);
  const [widerspruch, setWiderspruch] = useState(false);
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [problem, setProblem] = useState<ApiFehler | null>(null);
  const [fehlerTitel, setFehlerTitel] = useState<string | undefined>(undefined);
  const [vorschau, setVorschau] = useState<Vorschau | null>(null);
  const [laeuft, setLaeuft] = useState<'' | 'pruefen' | 'anlegen'>('');
  const schluessel = useRef(neuerIdempotenzSchluessel());
  const vorschauTitel = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (vorschau) vorschauTitel.current?.focus();
  }, [vorschau]);

  const gewaehlteArten = datenarten.filter((a) => daten[a]?.gewaehlt);
  const eingabeSchluessel = JSON.stringify([fallId, ersuchter?.id, aufgabe, bis, gewaehlteArten, einwilligung, widerspruch]);

  const namen: Record<string, string> = {
    '/fallId': 'Fall',
    '/ersuchterId': 'Ersuchter Träger',
    '/aufgabe': 'Aufgabe',
    '/aktenzeichen': 'Zeichen',
    '/fragen': 'Fragen',
    '/gewuenschtBis': 'Erbeten bis',
    ...Object.fromEntries(
      datenarten.flatMap((a) => [
        [`/daten/${a}/art`, datenartNamen[a] ?? a],
        [`/daten/${a}/inhalt`, `Inhalt ${datenartNamen[a] ?? a}`],
      ]),
    ),
  };

  function pruefeGrundangaben(): Feldfehler[] {
    const f: Feldfehler[] = [];
    if (!fallId) f.push({ pfad: '/fallId', meldung: 'Bitte wählen Sie den Fall Ihres Trägers, für den Sie um Amtshilfe ersuchen.' });
    if (!ersuchter) f.push({ pfad: '/ersuchterId', meldung: 'Bitte suchen Sie den ersuchten Träger im Register und wählen Sie ihn aus.' });
    if (!aufgabe) f.push({ pfad: '/aufgabe', meldung: 'Bitte wählen Sie die erbetene Aufgabe.' });
    if (bis.trim()) {
      const iso = datumIso(bis);
      if (!iso) f.push({ pfad: '/gewuenschtBis', meldung: 'Bitte geben Sie den erbetenen Termin als TT.MM.JJJJ an, z. B. 03.03.2025.' });
      else if (iso < heuteIso())
        f.push({ pfad: '/gewuenschtBis', meldung: `Der erbetene Termin (${datumDe(iso)}) liegt in der Vergangenheit.` });
    }
    return f;
  }

  async function vorabPruefen() {
    if (laeuft) return;
    const f = pruefeGrundangaben();
    setFehlerTitel(undefined);
    setFehler(f);
    setProblem(null);
    if (f.length || !ersuchter) return;
    setLaeuft('pruefen');
    try {
      const heute = heuteIso();
      const bisIso = bis.trim() ? datumIso(bis) : undefined;
      const durchfuehrung = bisIso && bisIso > heute ? bisIso : heute;
      const { daten: eigen } = await api.get<ApiAntwort<'/api/v1/traeger/{id}', 'get'>>(`/traeger/${encodeURIComponent(eigenerTraeger)}`);
      const { daten: fall } = await api.get<Fall>(`/faelle/${encodeURIComponent(fallId)}`);
      const zustaendig = fall.zustaendigkeit?.ergebnis?.traeger;
      const v = await vereinbarungAm(durchfuehrung);
      const amtshilfe = await pruefe<AmtshilfeErgebnis>({
        art: 'amtshilfe',
        ersuchender: behoerde(eigen),
        ersuchter: behoerde(ersuchter),
        eingangErsuchen: heute,
        durchfuehrung,
        aufgabe,
        ...(zustaendig ? { ersuchterSelbstZustaendig: zustaendig === ersuchter.id } : {}),
        ...(v ? { vereinbarung: v.eingabe } : {}),
      });
      const datenPruefung = gewaehlteArten.length
        ? await pruefe<DatenErgebnis>({
            art: 'datenuebermittlung',
            zweck: aufgabe === 'gesamtplankonferenz' ? 'gesamtplankonferenz' : 'amtshilfe',
            daten: gewaehlteArten,
            ...(einwilligung ? { einwilligung: true } : {}),
            ...(widerspruch ? { widerspruch: true } : {}),
          })
        : null;
      setVorschau({ amtshilfe, daten: datenPruefung, vereinbarung: v?.zeile ?? null, durchfuehrung, schluessel: eingabeSchluessel });
    } catch (e) {
      setProblem(
        e instanceof ApiFehler ? e : new ApiFehler({ type: 'x', title: 'Vorabprüfung nicht möglich', status: 0, detail: String(e) }),
      );
    } finally {
      setLaeuft('');
    }
  }

  async function anlegen() {
    if (laeuft) return;
    setFehlerTitel(undefined);
    const f = pruefeGrundangaben();
    for (const a of gewaehlteArten)
      if (!daten[a]?.inhalt.trim())
        f.push({ pfad: `/daten/${a}/inhalt`, meldung: `Bitte geben Sie an, was von „${datenartNamen[a] ?? a}“ übermittelt wird.` });
    setFehler(f);
    setProblem(null);
    if (f.length || !ersuchter) return;
    const bisIso = bis.trim() ? datumIso(bis) : undefined;
    const body = {
      fallId,
      ersuchterId: ersuchter.id,
      aufgabe,
      ...(aktenzeichen.trim() ? { aktenzeichen: aktenzeichen.trim() } : {}),
      ...(fragen.trim() ? { fragen: fragen.trim() } : {}),
      ...(bisIso ? { gewuenschtBis: bisIso } : {}),
      daten: gewaehlteArten.map((a) => ({ art: a, inhalt: daten[a]?.inhalt.trim() ?? '' })),
      ...(einwilligung ? { einwilligung: true } : {}),
      ...(widerspruch ? { widerspruch: true } : {}),
    };
    setLaeuft('anlegen');
    try {
      const { daten: neu } = await api.post<Ersuchen>('/amtshilfeersuchen', body, undefined, schluessel.current);
      void navigieren(`/amtshilfe/${neu.id}`, {
        state: { meldung: 'Der Entwurf ist angelegt. Prüfen Sie das Ergebnis des Regelwerks und senden Sie das Ersuchen.' },
      });
    } catch (e) {
      if (!(e instanceof ApiFehler)) throw e;
      // Datenposten kommen als /daten/<Index>/…; das Formular benennt sie nach der Datenart.
      const umgeschrieben = e.felder.map((x) => {
        const m = /^\/daten\/(\d+)(\/.*)?$/.exec(x.pfad);
        const art = m ? gewaehlteArten[Number(m[1])] : undefined;
        return art
          ? {
              pfad: `/daten/${art}${m?.[2] === '/inhalt' ? '/inhalt' : '/art'}`,
              meldung: x.meldung.replace(`„${art}“`, `„${datenartNamen[art] ?? art}“`),
            }
          : x;
      });
      if (e.status === 409 && e.problem.detail?.startsWith('Das ist keine Amtshilfe')) {
        setFehlerTitel('Das Regelwerk sieht hier keine Amtshilfe');
        setFehler([{ pfad: '/ersuchterId', meldung: e.problem.detail }]);
      } else if (umgeschrieben.length) {
        setFehlerTitel(e.problem.detail ?? undefined);
        setFehler(umgeschrieben);
      } else setProblem(e);
    } finally {
      setLaeuft('');
    }
  }

  const fallOptionen = (faelle.daten?.eintraege ?? []).map((f) => ({
    wert: f.id,
    text: `${f.aktenzeichen}${f.person ? ` – ${f.person.nachname}, ${f.person.vorname}` : ''}`,
  }));

  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Neues Amtshilfeersuchen</h1>
      <p className="kern-body">
        Ersuchen Sie einen anderen Träger um ergänzende Hilfe (§ 3 Abs. 1 SGB X). Das Ersuchen wird zuerst als Entwurf angelegt; das
        Regelwerk prüft dabei, ob Amtshilfe vorliegt und welche Daten mitgehen dürfen. Gesendet wird es danach auf der Seite des Ersuchens.
      </p>
      <Fehlerzusammenfassung fehler={benenne(fehler, namen)} {...(fehlerTitel ? { titel: fehlerTitel } : {})} />
      <Fehlermeldung fehler={problem} />
      <form
        className="kern-stack-md"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void anlegen();
        }}
      >
        <Auswahl
          pfad="/fallId"
          label="Fall Ihres Trägers"
          hinweis="Nur offene Fälle Ihres Trägers. Der ersuchte Träger sieht vom Fall nur das Pseudonym der Person."
          wert={fallId}
          aendern={setFallId}
          optionen={fallOptionen}
          leer={faelle.laedt ? 'Fälle werden geladen …' : 'Bitte wählen'}
          fehler={fehlerFuer(fehler, '/fallId')}
        />
        <TraegerSuche
          gewaehlt={ersuchter}
          waehlen={setErsuchter}
          eigenerTraeger={eigenerTraeger}
          fehler={fehlerFuer(fehler, '/ersuchterId')}
        />
        <Auswahl
          pfad="/aufgabe"
          label="Erbetene Aufgabe"
          wert={aufgabe}
          aendern={setAufgabe}
          optionen={Object.entries(aufgabenNamen).map(([wert, text]) => ({ wert, text }))}
          leer="Bitte wählen"
          fehler={fehlerFuer(fehler, '/aufgabe')}
        />
        <Textfeld
          pfad="/aktenzeichen"
          label="Zeichen des Ersuchens"
          optional
          hinweis="Ohne Angabe gilt das Aktenzeichen des Falls."
          wert={aktenzeichen}
          aendern={setAktenzeichen}
          fehler={fehlerFuer(fehler, '/aktenzeichen')}
        />
        <Textfeld
          pfad="/fragen"
          label="Fragen an den ersuchten Träger"
          optional
          mehrzeilig
          wert={fragen}
          aendern={setFragen}
          fehler={fehlerFuer(fehler, '/fragen')}
        />
        <Datumsfeld
          pfad="/gewuenschtBis"
          label="Erbeten bis"
          optional
          wert={bis}
          aendern={setBis}
          fehler={fehlerFuer(fehler, '/gewuenschtBis')}
        />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Zu übermittelnde Daten</legend>
          <p className="kern-hint">
            Nur was der ersuchte Träger für die Aufgabe braucht. Ob eine Datenart übermittelt werden darf, entscheidet das Regelwerk (§§
            67b, 69, 76 SGB X).
          </p>
          <div className="kern-fieldset__body kern-stack-sm">
            {datenarten.map((a) => {
              const pfadArt = `/daten/${a}/art`;
              const fehlerArt = fehlerFuer(fehler, pfadArt);
              const urteil = vorschau?.daten?.ergebnis.entscheidungen.find((x) => x.daten === a);
              const hinweisId = `${feldId(pfadArt)}-urteil`;
              return (
                <div key={a} className={`kern-stack-xs${fehlerArt ? ' kern-fieldset--error' : ''}`}>
                  {fehlerArt && (
                    <p className="kern-error" id={`${feldId(pfadArt)}-fehler`} role="alert">
                      <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
                      <span className="kern-body">{fehlerArt}</span>
                    </p>
                  )}
                  <div className="kern-form-check">
                    <input
                      className={`kern-form-check__checkbox${fehlerArt ? ' kern-form-check__checkbox--error' : ''}`}
                      type="checkbox"
                      id={feldId(pfadArt)}
                      checked={Boolean(daten[a]?.gewaehlt)}
                      aria-invalid={fehlerArt ? true : undefined}
                      aria-describedby={
                        [fehlerArt ? `${feldId(pfadArt)}-fehler` : '', urteil && daten[a]?.gewaehlt ? hinweisId : '']
                          .filter(Boolean)
                          .join(' ') || undefined
                      }
                      onChange={(e) => setDaten((d) => ({ ...d, [a]: { gewaehlt: e.target.checked, inhalt: d[a]?.inhalt ?? '' } }))}
                    />
                    <label className="kern-label" htmlFor={feldId(pfadArt)}>
                      {datenartNamen[a]}
                    </label>
                  </div>
                  {urteil && daten[a]?.gewaehlt && (
                    <p className="kern-body--small" id={hinweisId}>
                      Vorabprüfung: {urteil.zulaessig ? 'darf übermittelt werden' : 'darf nicht übermittelt werden'} ({urteil.norm})
                    </p>
                  )}
                  {daten[a]?.gewaehlt && (
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
            })}
          </div>
        </fieldset>
        <div className="kern-stack-xs">
          <div className="kern-form-check">
            <input
              className="kern-form-check__checkbox"
              type="checkbox"
              id={feldId('/einwilligung')}
              checked={einwilligung}
              onChange={(e) => setEinwilligung(e.target.checked)}
            />
            <label className="kern-label" htmlFor={feldId('/einwilligung')}>
              Die Person hat in die Übermittlung eingewilligt (§ 67b Abs. 2 SGB X, schriftlich oder elektronisch)
            </label>
          </div>
          <div className="kern-form-check">
            <input
              className="kern-form-check__checkbox"
              type="checkbox"
              id={feldId('/widerspruch')}
              checked={widerspruch}
              onChange={(e) => setWiderspruch(e.target.checked)}
            />
            <label className="kern-label" htmlFor={feldId('/widerspruch')}>
              Die Person hat der Übermittlung von Begutachtungsdaten widersprochen (§ 76 Abs. 2 Nr. 1 SGB X)
            </label>
          </div>
        </div>
        <div className="knopfleiste">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void vorabPruefen()} aria-disabled={laeuft !== ''}>
            <span className="kern-label">{laeuft === 'pruefen' ? 'Regelwerk prüft …' : 'Vorab prüfen'}</span>
          </button>
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={laeuft !== ''}>
            <span className="kern-label">{laeuft === 'anlegen' ? 'Wird angelegt …' : 'Als Entwurf anlegen'}</span>
          </button>
          <Link className="kern-link" to="/amtshilfe?richtung=ausgang">
            Abbrechen
          </Link>
        </div>
      </form>
      {vorschau && <AmtshilfeVorschau vorschau={vorschau} veraltet={vorschau.schluessel !== eingabeSchluessel} titelRef={vorschauTitel} />}
    </div>
  );
}
