// Fälle: Liste mit Suche, Sortierung und Seiten; neuer Fall; Fallseite mit Person, Zeitstrahl,
// Zuständigkeit (§ 98 SGB IX) samt Begründung, § 14-Verfahren mit Fristen, Entscheidungsverlauf,
// Bearbeiten mit If-Match und „Zuständigkeit zum Stichtag prüfen“.
import { Tabellenkopf } from '../../gemeinsam/tabellenrahmen.tsx';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  ApiFehler,
  type Entscheidung,
  type Feldfehler,
  type Frist,
  type OertlicheZustaendigkeitErgebnis,
  api,
  neuerIdempotenzSchluessel,
} from '../../api.ts';
import type { Anfrage, Antwort as ApiAntwort } from '../../api/client.ts';
import { Angaben, Laden, Status, type Ton } from '../../gemeinsam/anzeige.tsx';
import { Begruendung } from '../../gemeinsam/begruendung.tsx';
import { FallFormular } from './formular.tsx';
import { useTraeger } from './traeger.tsx';
import { Zeitstrahl } from './zeitstrahl.tsx';
import { Verschiebbar } from '../pruefrechner/rahmen.tsx';
import { Datumsfeld } from '../../gemeinsam/felder.tsx';
import { Erfolg, Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { ErgebnisAnzeige, wertDe } from '../pruefrechner/ergebnis.tsx';
import { meldungen } from '../pruefrechner/schema.ts';
import { feldBeschriftung, wertText } from '../pruefrechner/woerter.ts';
import { useDaten } from '../../daten.ts';
import { datumDe, datumIso, heuteIso, zeitDe } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';

export type FallZeile = ApiAntwort<'/api/v1/faelle', 'get'>['eintraege'][number];

type FallJson = ApiAntwort<'/api/v1/faelle/{id}', 'get'>;
type FallJsonFeld = 'aufenthalte' | 'leistungen' | 'antraege' | 'unterbrechungen' | 'zustaendigkeitsangaben' | 'zustaendigkeitsklaerung';
/**
 * Ein Fall, wie der Server ihn sendet. Die JSON-Felder (Aufenthalte, Leistungen …) beschreibt der
 * Vertrag bei der Änderung (PATCH); die Antwort enthält sie so, wie der Server sie angenommen hat.
 * Die Entscheidungen mit den Typen des Regelwerks.
 */
export type Fall = Omit<FallJson, FallJsonFeld | 'zustaendigkeit' | 'klaerung' | 'entscheidungen'> &
  Required<Pick<Anfrage<'/api/v1/faelle/{id}', 'patch'>, 'aufenthalte' | 'leistungen' | 'antraege' | 'unterbrechungen'>> &
  Pick<Anfrage<'/api/v1/faelle/{id}', 'patch'>, 'zustaendigkeitsangaben' | 'zustaendigkeitsklaerung'> & {
    zustaendigkeit: Entscheidung<OertlicheZustaendigkeitErgebnis> | null;
    klaerung: Entscheidung | null;
    entscheidungen: Entscheidung[];
  };

export const statusTon: Record<string, Ton> = { offen: 'info', abgeschlossen: 'neutral' };

// ---------------------------------------------------------------------------------------------
// Liste

// ---------------------------------------------------------------------------------------------
// Neuer Fall

export function FallNeu() {
  const navigieren = useNavigate();
  const { hatRolle } = useSitzung();
  const [schluessel] = useState(neuerIdempotenzSchluessel);
  if (!hatRolle('sachbearbeitung'))
    return (
      <>
        <h1 className="kern-heading-x-large">Neuen Fall anlegen</h1>
        <p className="kern-body">Fälle anlegen darf nur die Sachbearbeitung. Bitte wenden Sie sich an die Sachbearbeitung Ihres Trägers.</p>
        <Link className="kern-link" to="/faelle">
          Zurück zu den Fällen
        </Link>
      </>
    );
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-sm">
        <h1 className="kern-heading-x-large">Neuen Fall anlegen</h1>
        <p className="kern-body">
          Nach dem Anlegen bestimmt das Regelwerk die örtliche Zuständigkeit zum heutigen Tag und begründet sie. Pflichtangaben sind
          Aktenzeichen, Nachname und Vorname; alles, was als „optional“ markiert ist, kann später ergänzt werden.
        </p>
      </div>
      <FallFormular
        ebene={2}
        knopf="Fall anlegen und Zuständigkeit prüfen"
        abbrechen={() => void navigieren('/faelle')}
        speichern={async (angaben) => {
          const { zustaendigkeitsklaerung, bemerkung, ...rest } = angaben;
          const { daten } = await api.post<Fall>(
            '/faelle',
            { ...rest, ...(zustaendigkeitsklaerung ? { zustaendigkeitsklaerung } : {}), ...(bemerkung ? { bemerkung } : {}) },
            undefined,
            schluessel,
          );
          void navigieren(`/faelle/${daten.id}`, { state: { meldung: `Der Fall ${daten.aktenzeichen} wurde angelegt.` } });
        }}
      />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Fallseite

function Abschnitt({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section className="kern-stack-md fall-abschnitt" aria-labelledby={`${id}-titel`} id={id}>
      <h2 className="kern-heading-medium" id={`${id}-titel`}>
        {titel}
      </h2>
      {children}
    </section>
  );
}

function fristStatus(f: Frist, heute: string): { text: string; ton: Ton } {
  if (f.erledigt) return { text: 'erledigt', ton: 'success' };
  const tage = Math.round((Date.parse(`${f.faellig}T00:00:00Z`) - Date.parse(`${heute}T00:00:00Z`)) / 86_400_000);
  if (tage < 0) return { text: `überfällig seit ${-tage} ${-tage === 1 ? 'Tag' : 'Tagen'}`, ton: 'danger' };
  if (tage === 0) return { text: 'heute fällig', ton: 'warning' };
  if (tage <= 14) return { text: `fällig in ${tage} ${tage === 1 ? 'Tag' : 'Tagen'}`, ton: 'warning' };
  return { text: `offen, fällig in ${tage} Tagen`, ton: 'info' };
}

/** Kennungen von Trägern, die in Eingabe und Ergebnis einer Entscheidung vorkommen. */
function genannteTraeger(f: Fall): string[] {
  const ids = new Set<string>();
  for (const a of f.aufenthalte) ids.add(a.gebiet);
  for (const l of f.leistungen) if (l.traeger) ids.add(l.traeger);
  for (const a of f.antraege) if (a.traeger) ids.add(a.traeger);
  if (f.zustaendigkeit) {
    ids.add(f.zustaendigkeit.ergebnis.traeger);
    if (f.zustaendigkeit.ergebnis.endgueltigerTraeger) ids.add(f.zustaendigkeit.ergebnis.endgueltigerTraeger);
  }
  return [...ids].filter(Boolean).sort();
}

function pruefungsname(p: string): string {
  return p === 'oertlicheZustaendigkeit'
    ? 'Örtliche Zuständigkeit'
    : p === 'zustaendigkeitsklaerung'
      ? 'Zuständigkeitsklärung (§ 14 SGB IX)'
      : p;
}

function Zustaendigkeit({ f, name }: { f: Fall; name: (id: string) => string }) {
  const z = f.zustaendigkeit;
  if (!z)
    return (
      <p className="kern-body">
        Noch keine Entscheidung: Erfassen Sie Aufenthalte, Leistungen oder Anträge, dann bestimmt das Regelwerk die Zuständigkeit.
      </p>
    );
  const e = z.ergebnis;
  const stichtag = typeof z.eingabe.stichtag === 'string' ? z.eingabe.stichtag : undefined;
  const schluessel = genannteTraeger(f).filter((id) => name(id) !== id);
  return (
    <div className="kern-stack-md">
      <div className="kern-card zustaendigkeit-karte">
        <div className="kern-card__container">
          <div className="kern-card__body kern-stack-sm">
            <p className="kern-title kern-title--large" id="zustaendig-text">
              Zuständig: {name(e.traeger)}
            </p>
            <p>
              <Status text={e.vorlaeufig ? 'vorläufig zuständig' : 'endgültig zuständig'} ton={e.vorlaeufig ? 'warning' : 'success'} />
            </p>
            <p className="kern-body">
              nach {e.grundlage} ({e.recht}){stichtag ? `, Stichtag ${datumDe(stichtag)}` : ''}
            </p>
          </div>
        </div>
      </div>
      <Angaben
        eintraege={[
          ['Zuständiger Träger', `${name(e.traeger)}${name(e.traeger) !== e.traeger ? ` (${e.traeger})` : ''}`],
          ['Vorläufig', e.vorlaeufig ? 'ja (§ 98 Abs. 2 SGB IX)' : 'nein'],
          ['Grundlage', e.grundlage],
          ['Anzuwendendes Recht', e.recht],
          ...(stichtag ? [['Stichtag', datumDe(stichtag)] as [string, string]] : []),
          ...(e.massgeblicherTag ? [['Maßgeblicher Tag', datumDe(e.massgeblicherTag)] as [string, string]] : []),
          ...(e.anknuepfung ? [['Anknüpfung', wertText('anknuepfung', e.anknuepfung)] as [string, string]] : []),
          ...(e.endgueltigerTraeger ? [['Endgültig zuständiger Träger', name(e.endgueltigerTraeger)] as [string, string]] : []),
          ['Entschieden am', `${zeitDe(z.erstelltAm)} (Regelwerk ${z.regelwerkVersion})`],
        ]}
      />
      {schluessel.length > 0 && (
        <div className="kern-stack-xs">
          <p className="kern-body kern-body--bold" id="schluessel-titel">
            Gebiete und Träger in der Begründung
          </p>
          <ul className="kern-list" aria-labelledby="schluessel-titel">
            {schluessel.map((id) => (
              <li key={id}>
                „{id}“ = {name(id)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Begruendung schritte={z.begruendung} hinweise={z.hinweise} titel="Begründung der Zuständigkeit" stichtag={stichtag} />
    </div>
  );
}

function StichtagPruefen({ f, gepruft }: { f: Fall; gepruft: (neu: Fall, etag: string | null) => void }) {
  const [stichtag, setStichtag] = useState(datumDe(heuteIso()));
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [problem, setProblem] = useState<ApiFehler | null>(null);
  const [laeuft, setLaeuft] = useState(false);
  const zusammenfassung = useMemo(() => fehler.map((x) => ({ pfad: x.pfad, meldung: `Stichtag: ${x.meldung}` })), [fehler]);

  async function pruefen(e: FormEvent) {
    e.preventDefault();
    if (laeuft) return;
    const iso = datumIso(stichtag);
    setProblem(null);
    if (!iso) {
      setFehler([{ pfad: '/stichtag', meldung: meldungen.datum }]);
      return;
    }
    setLaeuft(true);
    try {
      const a = await api.post<Fall>(`/faelle/${f.id}/zustaendigkeit-pruefen`, { stichtag: iso });
      setFehler([]);
      gepruft(a.daten, a.etag);
    } catch (x) {
      if (x instanceof ApiFehler && x.felder.length) setFehler(x.felder);
      else setProblem(x instanceof ApiFehler ? x : new ApiFehler({ type: 'x', title: 'Fehler', status: 0, detail: String(x) }));
    } finally {
      setLaeuft(false);
    }
  }

  return (
    <form
      className="kern-stack-sm schema-formular stichtag-formular"
      noValidate
      onSubmit={(e) => void pruefen(e)}
      aria-labelledby="stichtag-titel"
    >
      <h3 className="kern-heading-small" id="stichtag-titel">
        Zuständigkeit zum Stichtag prüfen
      </h3>
      <p className="kern-body">
        Das Regelwerk entscheidet mit den gespeicherten Angaben neu, z. B. für einen Tag in der Vergangenheit. Die Entscheidung kommt in den
        Verlauf; die Angaben des Falls ändern sich nicht.
      </p>
      <Fehlerzusammenfassung fehler={zusammenfassung} />
      <Fehlermeldung fehler={problem} />
      <Datumsfeld pfad="/stichtag" label="Stichtag" wert={stichtag} aendern={setStichtag} fehler={fehlerFuer(fehler, '/stichtag')} />
      <div className="knopfleiste">
        <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={laeuft || undefined}>
          <span className="kern-label">{laeuft ? 'Wird geprüft …' : 'Zuständigkeit zum Stichtag prüfen'}</span>
        </button>
      </div>
    </form>
  );
}

function Klaerung({ f }: { f: Fall }) {
  const heute = heuteIso();
  if (!f.zustaendigkeitsklaerung)
    return (
      <p className="kern-body">
        Für diesen Fall ist kein Verfahren nach § 14 SGB IX erfasst. Sie können es unter „Fall bearbeiten“ ergänzen.
      </p>
    );
  const k = f.zustaendigkeitsklaerung;
  return (
    <div className="kern-stack-md">
      <Angaben
        eintraege={Object.entries(k).map(([n, v]): [string, string] => [
          feldBeschriftung(n),
          typeof v === 'object' && v !== null
            ? Object.entries(v)
                .map(([a, b]) => `${feldBeschriftung(a, n)}: ${wertDe(a, b, n)}`)
                .join('; ')
            : wertDe(n, v),
        ])}
      />
      <div className="kern-stack-sm">
        <h3 className="kern-heading-small" id="fristen-titel">
          Fristen
        </h3>
        {f.fristen.length === 0 ? (
          <p className="kern-body">Keine offenen Fristen.</p>
        ) : (
          <Verschiebbar name="Fristen">
            <table className="kern-table kern-table--small" aria-labelledby="fristen-titel">
              <Tabellenkopf spalten={['Frist', 'Norm', 'Fällig am', 'Stand']} />
              <tbody className="kern-table__body">
                {f.fristen.map((x) => {
                  const s = fristStatus(x, heute);
                  return (
                    <tr className="kern-table__row" key={x.id}>
                      <td className="kern-table__cell">{x.bezeichnung}</td>
                      <td className="kern-table__cell">{x.norm}</td>
                      <td className="kern-table__cell">{datumDe(x.faellig)}</td>
                      <td className="kern-table__cell">
                        <Status text={s.text} ton={s.ton} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Verschiebbar>
        )}
      </div>
      {f.klaerung && (
        <>
          <h3 className="kern-heading-small">Ergebnis der Zuständigkeitsklärung</h3>
          <ErgebnisAnzeige ergebnis={f.klaerung.ergebnis} />
          <Begruendung schritte={f.klaerung.begruendung} hinweise={f.klaerung.hinweise} titel="Begründung der Zuständigkeitsklärung" />
        </>
      )}
    </div>
  );
}

function Verlauf({ f, name }: { f: Fall; name: (id: string) => string }) {
  if (!f.entscheidungen.length) return <p className="kern-body">Noch keine Entscheidungen.</p>;
  return (
    <ol className="kern-list entscheidungsverlauf">
      {f.entscheidungen.map((e, i) => {
        const stichtag = typeof e.eingabe.stichtag === 'string' ? e.eingabe.stichtag : undefined;
        const kurz =
          e.pruefung === 'oertlicheZustaendigkeit'
            ? `${name(String(e.ergebnis.traeger))} (${String(e.ergebnis.grundlage)})${e.ergebnis.vorlaeufig ? ', vorläufig' : ''}`
            : e.pruefung === 'zustaendigkeitsklaerung'
              ? `leistender Träger: ${wertText('leistenderTraeger', String(e.ergebnis.leistenderTraeger))}`
              : '';
        return (
          <li key={e.id}>
            <details className="kern-accordion">
              <summary className="kern-accordion__header">
                <span className="kern-title">
                  {zeitDe(e.erstelltAm)} – {pruefungsname(e.pruefung)}
                  {stichtag ? ` zum ${datumDe(stichtag)}` : ''}: {kurz}
                  {i === 0 || !f.entscheidungen.slice(0, i).some((x) => x.pruefung === e.pruefung) ? ' (aktuell)' : ''}
                </span>
              </summary>
              <div className="kern-accordion__body kern-stack-md">
                <ErgebnisAnzeige ergebnis={e.ergebnis} />
                <p className="kern-body kern-body--small">Regelwerk {e.regelwerkVersion}</p>
                <Begruendung
                  schritte={e.begruendung}
                  hinweise={e.hinweise}
                  titel={`Begründung vom ${zeitDe(e.erstelltAm)}`}
                  stichtag={stichtag}
                />
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}

export function FallDetail() {
  const { id = '' } = useParams();
  const ort = useLocation();
  const { hatRolle } = useSitzung();
  const fall = useDaten<Fall>(`/faelle/${encodeURIComponent(id)}`);
  const traeger = useTraeger();
  const [meldung, setMeldung] = useState<string | null>(() => {
    const s: unknown = ort.state;
    return typeof s === 'object' && s !== null && 'meldung' in s && typeof s.meldung === 'string' ? s.meldung : null;
  });
  const [bearbeiten, setBearbeiten] = useState(false);
  const [formularSchluessel, setFormularSchluessel] = useState(0);
  const meldungRef = useRef<HTMLDivElement>(null);
  const bearbeitenTitel = useRef<HTMLHeadingElement>(null);
  const f = fall.daten;
  const nichtGefunden = fall.fehler?.status === 404 || (fall.fehler?.status === 400 && !f);
  const titel = f ? `Fall ${f.aktenzeichen}` : nichtGefunden ? 'Fall nicht gefunden' : fall.fehler ? 'Fall' : 'Fall wird geladen';

  useEffect(() => {
    document.title = `${titel} – EGH-Clearing`;
  }, [titel]);
  useEffect(() => {
    if (meldung) meldungRef.current?.focus();
  }, [meldung]);
  useEffect(() => {
    if (bearbeiten) bearbeitenTitel.current?.focus();
  }, [bearbeiten]);

  const name = traeger.name;
  const darfBearbeiten = hatRolle('sachbearbeitung');
  const darfPruefen = hatRolle('sachbearbeitung', 'kostenerstattung');

  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-sm">
        <p>
          <Link className="kern-link" to="/faelle">
            <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" /> Alle Fälle
          </Link>
        </p>
        <h1 className="kern-heading-x-large">{titel}</h1>
        {f && (
          <p className="kern-body">
            <Status text={f.status} ton={statusTon[f.status]} /> {f.person.nachname}, {f.person.vorname} · zuletzt geändert am{' '}
            {zeitDe(f.geaendertAm)}
          </p>
        )}
      </div>
      {nichtGefunden && (
        <div className="kern-stack-sm">
          <p className="kern-body">Diesen Fall gibt es nicht, oder er gehört zu einem anderen Träger und ist für Sie nicht sichtbar.</p>
        </div>
      )}
      {fall.fehler && !nichtGefunden && <Fehlermeldung fehler={fall.fehler} />}
      {!f && !fall.fehler && <Laden text="Fall wird geladen …" />}
      {meldung && (
        <div tabIndex={-1} ref={meldungRef} className="meldung-fokus">
          <Erfolg text={meldung} />
        </div>
      )}
      {f && (
        <>
          <nav aria-label="Abschnitte dieses Falls">
            <ul className="kern-list kern-list--horizontal fall-inhalt">
              <li>
                <a className="kern-link" href="#person">
                  Person
                </a>
              </li>
              <li>
                <a className="kern-link" href="#zeitstrahl">
                  Zeitstrahl
                </a>
              </li>
              <li>
                <a className="kern-link" href="#zustaendigkeit">
                  Zuständigkeit
                </a>
              </li>
              <li>
                <a className="kern-link" href="#verfahren">
                  § 14-Verfahren
                </a>
              </li>
              <li>
                <a className="kern-link" href="#verlauf">
                  Entscheidungsverlauf
                </a>
              </li>
            </ul>
          </nav>
          <Abschnitt id="person" titel="Person">
            <Angaben
              eintraege={[
                ['Name', `${f.person.vorname} ${f.person.nachname}`],
                ['Geburtsdatum', f.person.geburtsdatum ? datumDe(f.person.geburtsdatum) : 'nicht erfasst'],
                [
                  'Anschrift',
                  [f.person.anschrift?.strasse, [f.person.anschrift?.plz, f.person.anschrift?.ort].filter(Boolean).join(' ')]
                    .filter(Boolean)
                    .join(', ') || 'nicht erfasst',
                ],
                ['Pseudonym', f.person.pseudonym],
                ['Aktenzeichen', f.aktenzeichen],
                ['Angelegt am', zeitDe(f.erstelltAm)],
                ...(f.bemerkung ? [['Bemerkung', f.bemerkung] as [string, string]] : []),
              ]}
            />
          </Abschnitt>
          <Abschnitt id="zeitstrahl" titel="Zeitstrahl">
            <Zeitstrahl
              daten={f}
              traegerName={name}
              stichtag={typeof f.zustaendigkeit?.eingabe.stichtag === 'string' ? f.zustaendigkeit.eingabe.stichtag : undefined}
              heute={heuteIso()}
            />
          </Abschnitt>
          <Abschnitt id="zustaendigkeit" titel="Zuständigkeit nach § 98 SGB IX">
            <Zustaendigkeit f={f} name={name} />
            {darfPruefen && (
              <StichtagPruefen
                f={f}
                gepruft={(neu, etag) => {
                  fall.setze({ daten: neu, etag: etag ?? fall.etag });
                  const t = typeof neu.zustaendigkeit?.eingabe.stichtag === 'string' ? neu.zustaendigkeit.eingabe.stichtag : '';
                  setMeldung(
                    `Die Zuständigkeit wurde zum Stichtag ${datumDe(t)} neu geprüft: ${name(neu.zustaendigkeit?.ergebnis.traeger ?? '')}.`,
                  );
                }}
              />
            )}
          </Abschnitt>
          <Abschnitt id="verfahren" titel="Zuständigkeitsklärung nach § 14 SGB IX">
            <Klaerung f={f} />
          </Abschnitt>
          <Abschnitt id="verlauf" titel="Entscheidungsverlauf">
            <p className="kern-body">
              Jede Entscheidung des Regelwerks mit Eingabe, Ergebnis, Begründung und Version – die neueste zuerst.
            </p>
            <Verlauf f={f} name={name} />
          </Abschnitt>
          <section className="kern-stack-md fall-abschnitt" aria-labelledby="bearbeiten-titel" id="bearbeiten">
            <h2 className="kern-heading-medium" id="bearbeiten-titel" tabIndex={-1} ref={bearbeitenTitel}>
              Fall bearbeiten
            </h2>
            {!darfBearbeiten ? (
              <p className="kern-body">Ändern darf nur die Sachbearbeitung. Sie können den Fall lesen.</p>
            ) : !bearbeiten ? (
              <div className="knopfleiste">
                <button
                  type="button"
                  className="kern-btn kern-btn--primary"
                  aria-expanded={false}
                  aria-controls="bearbeiten"
                  onClick={() => {
                    setMeldung(null);
                    setBearbeiten(true);
                  }}
                >
                  <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                  <span className="kern-label">Fall bearbeiten</span>
                </button>
              </div>
            ) : (
              <FallFormular
                key={formularSchluessel}
                anfang={f}
                ebene={3}
                knopf="Änderungen speichern"
                abbrechen={() => setBearbeiten(false)}
                veraltetNeuLaden={async () => {
                  const a = await api.get<Fall>(`/faelle/${f.id}`);
                  fall.setze(a);
                }}
                speichern={async (angaben) => {
                  const a = await api.patch<Fall>(`/faelle/${f.id}`, angaben, fall.etag);
                  fall.setze(a);
                  setBearbeiten(false);
                  setFormularSchluessel((k) => k + 1);
                  setMeldung('Die Änderungen wurden gespeichert; das Regelwerk hat die Zuständigkeit neu geprüft.');
                }}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}
