// Briefe und Dokumente eines Datensatzes: „Schreiben erzeugen“ bietet genau die Vorlagen an, die der
// Server diesem Benutzer jetzt erlaubt (GET …/vorlagen); die anderen stehen mit seinem Grund darunter.
// Die gespeicherten Dokumente lassen sich herunterladen. Dazu die XRechnung der Amtshilfe-Abrechnung.
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  ApiFehler,
  type Briefbezug,
  type Dokumentinfo,
  type Feldfehler,
  type Vorlagen,
  type Vorlagenstand,
  briefe,
  neuerIdempotenzSchluessel,
} from '../api.ts';
import { type Geladen, useDaten } from '../daten.ts';
import { zeitDe } from '../format.ts';
import { useSitzung } from '../sitzung.tsx';
import { Laden } from './anzeige.tsx';
import { Auswahl } from './felder.tsx';
import { Erfolg, Fehlermeldung, Fehlerzusammenfassung } from './fehler.tsx';

/** Wer Briefe und Dokumente sieht (die Vorlage selbst kann weitere Rollen verlangen; das sagt der Server). */
export const schriftRollen = ['sachbearbeitung', 'kostenerstattung', 'leitung', 'administration'];

export interface Schriftgut {
  bezug: Briefbezug;
  vorlagen: Geladen<Vorlagen>;
  dokumente: Geladen<{ eintraege: Dokumentinfo[] }>;
  /** Vorlagen und Dokumente neu laden. */
  neu: () => void;
}

/**
 * Vorlagen und Dokumente eines Datensatzes; lädt neu, wenn sich `stand` (die Version des Datensatzes)
 * ändert – ein Arbeitsschritt ändert, welche Briefe möglich sind. Ohne Berechtigung lädt es nichts.
 */
export function useSchriftgut(bezug: Briefbezug, stand: unknown): Schriftgut & { darf: boolean } {
  const { hatRolle } = useSitzung();
  const darf = hatRolle(...schriftRollen);
  const vorlagen = useDaten<Vorlagen>(darf ? `${bezug}/vorlagen` : null);
  const dokumente = useDaten<{ eintraege: Dokumentinfo[] }>(darf ? `${bezug}/dokumente` : null);
  const { neu: vorlagenNeu } = vorlagen;
  const { neu: dokumenteNeu } = dokumente;
  const ersterLauf = useRef(true);
  useEffect(() => {
    if (ersterLauf.current) ersterLauf.current = false;
    else {
      vorlagenNeu();
      dokumenteNeu();
    }
  }, [stand, vorlagenNeu, dokumenteNeu]);
  return {
    bezug,
    vorlagen,
    dokumente,
    darf,
    neu: () => {
      vorlagenNeu();
      dokumenteNeu();
    },
  };
}

function dateiart(mimeType: string): string {
  return mimeType === 'application/pdf' ? 'PDF' : mimeType === 'application/xml' ? 'XML' : mimeType;
}

function groesse(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Link zum Herunterladen eines Dokuments mit Art und Größe. */
export function Dokumentlink({ d, text }: { d: Dokumentinfo; text?: string }) {
  return (
    <>
      <a className="kern-link" href={briefe.adresse(d.id)} download={d.dateiname}>
        {text ?? `${d.vorlageName} vom ${zeitDe(d.erstelltAm)} herunterladen`}
      </a>{' '}
      <span className="kern-body--muted">
        ({dateiart(d.mimeType)}, {groesse(d.groesse)})
      </span>
    </>
  );
}

/** Die gespeicherten Dokumente, neueste zuerst. */
function Dokumentliste({ s, leer }: { s: Schriftgut; leer: string }) {
  const eintraege = s.dokumente.daten?.eintraege ?? [];
  if (s.dokumente.fehler) return <Fehlermeldung fehler={s.dokumente.fehler} />;
  if (!s.dokumente.daten) return <Laden text="Dokumente werden geladen …" />;
  if (eintraege.length === 0) return <p className="kern-body">{leer}</p>;
  return (
    <ul className="kern-list">
      {eintraege.map((d) => (
        <li key={d.id}>
          <Dokumentlink d={d} />
        </li>
      ))}
    </ul>
  );
}

function alsApiFehler(e: unknown): ApiFehler {
  return e instanceof ApiFehler ? e : new ApiFehler({ type: 'x', title: 'Fehler', status: 0, detail: String(e) });
}

/** Fehler einer Aktion: Feldfehler als Zusammenfassung, sonst die Meldung; bei 412 ein Knopf zum Neuladen. */
function Aktionsfehler({
  fehler,
  neuLaden,
  ziel,
}: {
  fehler: ApiFehler | null;
  neuLaden: () => void;
  ziel?: (f: Feldfehler) => string | undefined;
}) {
  if (!fehler) return null;
  if (fehler.felder.length)
    return (
      <div className="kern-stack-xs">
        <Fehlerzusammenfassung fehler={fehler.felder} titel={fehler.problem.title} ueberschrift={3} {...(ziel ? { ziel } : {})} />
        {fehler.problem.detail && <p className="kern-body">{fehler.problem.detail}</p>}
      </div>
    );
  return (
    <div className="kern-stack-xs">
      <Fehlermeldung fehler={fehler} />
      {fehler.status === 412 && (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={neuLaden}>
          <span className="kern-label">Neuen Stand laden</span>
        </button>
      )}
    </div>
  );
}

interface Ergebnis {
  text: string;
  dokument: Dokumentinfo;
  zusatz: string | null;
}

/** Erfolgsmeldung mit Link zum Herunterladen; bekommt den Fokus, damit der Link mit einem Tab erreichbar ist. */
function ErgebnisMeldung({ ergebnis }: { ergebnis: Ergebnis | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ergebnis) ref.current?.focus();
  }, [ergebnis]);
  return (
    <div ref={ref} tabIndex={-1} className="schreiben-meldung">
      <Erfolg text={ergebnis?.text ?? null}>
        {ergebnis && (
          <div className="kern-stack-xs">
            {ergebnis.zusatz && <p className="kern-body">{ergebnis.zusatz}</p>}
            <p className="kern-body">
              <Dokumentlink d={ergebnis.dokument} text={`${ergebnis.dokument.vorlageName} herunterladen`} />
            </p>
          </div>
        )}
      </Erfolg>
    </div>
  );
}

/**
 * Abschnitt „Briefe und Dokumente“: Hilfetext, „Schreiben erzeugen“ mit den erlaubten Vorlagen und
 * die gespeicherten Dokumente. `etag` geht mit, wenn die Vorlage den Datensatz ändert (If-Match);
 * `geaendert` lädt dann den Datensatz neu.
 */
export function BriefeUndDokumente({
  s,
  hilfe,
  leer,
  etag = null,
  geaendert,
  titel = 'Briefe und Dokumente',
}: {
  s: Schriftgut & { darf: boolean };
  hilfe: ReactNode;
  leer: string;
  etag?: string | null;
  geaendert?: () => void;
  titel?: string;
}) {
  const [wahl, setWahl] = useState('');
  const [sendet, setSendet] = useState(false);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [ergebnis, setErgebnis] = useState<Ergebnis | null>(null);
  const id = `schreiben-${s.bezug.split('/')[1] ?? 'datensatz'}`;

  if (!s.darf)
    return (
      <section className="kern-stack-sm" aria-labelledby={`${id}-titel`}>
        <h2 className="kern-heading-medium" id={`${id}-titel`}>
          {titel}
        </h2>
        <p className="kern-body">
          Briefe und Dokumente sehen die Sachbearbeitung, die Kostenerstattung, die Leitung und die Administration.
        </p>
      </section>
    );

  const eintraege = s.vorlagen.daten?.eintraege ?? [];
  const moeglich = eintraege.filter((v) => v.moeglich);
  const nicht = eintraege.filter((v) => !v.moeglich);
  const gewaehlt: Vorlagenstand | undefined = moeglich.find((v) => v.vorlage === wahl) ?? moeglich[0];

  async function erzeugen(ev: FormEvent) {
    ev.preventDefault();
    if (sendet || !gewaehlt) return;
    setFehler(null);
    setErgebnis(null);
    setSendet(true);
    try {
      const { daten } = await briefe.erzeugen(
        s.bezug,
        gewaehlt.vorlage,
        gewaehlt.aendertDatensatz ? etag : null,
        neuerIdempotenzSchluessel(),
      );
      setErgebnis({
        text: `Der Brief „${gewaehlt.name}“ ist erzeugt und gespeichert.`,
        dokument: daten,
        zusatz: gewaehlt.aendertDatensatz ? 'Der Datensatz ist dabei geändert worden; die Angaben oben zeigen den neuen Stand.' : null,
      });
      s.neu();
      if (gewaehlt.aendertDatensatz) geaendert?.();
    } catch (e) {
      setFehler(alsApiFehler(e));
      s.neu();
    } finally {
      setSendet(false);
    }
  }

  return (
    <section className="kern-stack-sm" aria-labelledby={`${id}-titel`}>
      <h2 className="kern-heading-medium" id={`${id}-titel`}>
        {titel}
      </h2>
      <div className="kern-stack-xs">{hilfe}</div>

      <h3 className="kern-heading-small" id={`${id}-erzeugen`}>
        Schreiben erzeugen
      </h3>
      <ErgebnisMeldung ergebnis={ergebnis} />
      <Aktionsfehler
        fehler={fehler}
        neuLaden={() => {
          setFehler(null);
          s.neu();
          geaendert?.();
        }}
      />
      {s.vorlagen.fehler ? (
        <Fehlermeldung fehler={s.vorlagen.fehler} />
      ) : !s.vorlagen.daten ? (
        <Laden text="Vorlagen werden geladen …" />
      ) : (
        <>
          {gewaehlt ? (
            <form className="kern-stack-sm" noValidate aria-labelledby={`${id}-erzeugen`} onSubmit={(e) => void erzeugen(e)}>
              <Auswahl
                pfad={`/${id}/vorlage`}
                label="Vorlage"
                hinweis={
                  gewaehlt.aendertDatensatz
                    ? 'Der Brief wird als PDF gesetzt und bei diesem Datensatz gespeichert.'
                    : `Der Brief wird als PDF gesetzt und bei diesem Datensatz gespeichert; am Datensatz selbst ändert er nichts.${gewaehlt.wirkung ? ` ${gewaehlt.wirkung}` : ''}`
                }
                wert={gewaehlt.vorlage}
                aendern={(w) => {
                  setWahl(w);
                  setErgebnis(null);
                  setFehler(null);
                }}
                optionen={moeglich.map((v) => ({ wert: v.vorlage, text: v.name }))}
              />
              {gewaehlt.aendertDatensatz && (
                <div className="kern-alert kern-alert--warning">
                  <div className="kern-alert__header">
                    <span className="kern-icon kern-icon--warning" aria-hidden="true" />
                    <span className="kern-title">Dieser Brief ändert den Datensatz</span>
                  </div>
                  <div className="kern-alert__body">
                    <p className="kern-body" id={`${id}-wirkung`}>
                      {gewaehlt.wirkung}
                    </p>
                  </div>
                </div>
              )}
              <div className="knopfleiste">
                <button
                  type="submit"
                  className="kern-btn kern-btn--primary"
                  aria-busy={sendet}
                  aria-describedby={gewaehlt.aendertDatensatz ? `${id}-wirkung` : undefined}
                >
                  <span className="kern-label">{sendet ? 'Wird erzeugt …' : 'Schreiben erzeugen'}</span>
                </button>
              </div>
            </form>
          ) : (
            <p className="kern-body">Zurzeit können Sie hier keinen Brief erzeugen; die Gründe stehen darunter.</p>
          )}
          {nicht.length > 0 && (
            <div className="kern-stack-xs">
              <p className="kern-body">Zurzeit nicht möglich:</p>
              <ul className="kern-list">
                {nicht.map((v) => (
                  <li key={v.vorlage}>
                    <span className="kern-body--bold">{v.name}</span>: {v.grund}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}

      <h3 className="kern-heading-small">Gespeicherte Dokumente</h3>
      <Dokumentliste s={s} leer={leer} />
    </section>
  );
}

/** Die Stammdaten eines Trägers zu einem JSON-Pointer /traeger/{id}/… (dort ergänzt man sie). */
function traegerseite(f: Feldfehler): string | undefined {
  const m = /^\/traeger\/([^/]+)\//.exec(f.pfad);
  return m?.[1] ? `/traeger/${encodeURIComponent(m[1])}` : undefined;
}

/**
 * „XRechnung erzeugen“ bei der Abrechnung einer Amtshilfe: Der ersuchte Träger legt die Rechnung als
 * XML-Dokument des Ersuchens ab. Fehlen Stammdaten, steht vorher da, welche – mit Link zum Träger.
 */
export function XRechnungErzeugen({ s, ersuchenId }: { s: Schriftgut & { darf: boolean }; ersuchenId: string }) {
  const [sendet, setSendet] = useState(false);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [ergebnis, setErgebnis] = useState<Ergebnis | null>(null);
  if (!s.darf) return null;
  const x = s.vorlagen.daten?.xrechnung;
  const abgelegt = (s.dokumente.daten?.eintraege ?? []).filter((d) => d.vorlage === 'xrechnung');

  async function erzeugen() {
    if (sendet) return;
    setFehler(null);
    setErgebnis(null);
    setSendet(true);
    try {
      const { daten } = await briefe.xrechnung(ersuchenId, neuerIdempotenzSchluessel());
      setErgebnis({
        text: 'Die XRechnung ist erzeugt und bei diesem Ersuchen gespeichert.',
        dokument: daten,
        zusatz:
          'Senden Sie die XML-Datei über den Rechnungseingang des ersuchenden Trägers (Leitweg-ID); beide Träger finden sie unter „Briefe und Dokumente“.',
      });
    } catch (e) {
      setFehler(alsApiFehler(e));
    } finally {
      setSendet(false);
      s.neu();
    }
  }

  return (
    <div className="kern-stack-sm">
      <h3 className="kern-heading-small" id="ah-xrechnung-titel">
        XRechnung
      </h3>
      <p className="kern-body">
        Die XRechnung ist die elektronische Rechnung dieser Abrechnung an den ersuchenden Träger (Standard XRechnung, Syntax UBL): mit
        seiner Leitweg-ID als Käuferreferenz, Ihrer eigenen als Kennung des Rechnungsstellers, dem Betrag, den das Regelwerk bei der
        Abrechnung entschieden hat, und der Rechtsgrundlage (§ 7 SGB X). Sie wird als XML-Dokument bei diesem Ersuchen gespeichert.
      </p>
      <ErgebnisMeldung ergebnis={ergebnis} />
      <Aktionsfehler fehler={fehler} neuLaden={s.neu} ziel={traegerseite} />
      {!s.vorlagen.daten ? (
        s.vorlagen.fehler ? (
          <Fehlermeldung fehler={s.vorlagen.fehler} />
        ) : (
          <Laden text="Wird geprüft …" />
        )
      ) : x?.moeglich ? (
        <div className="knopfleiste">
          <button type="button" className="kern-btn kern-btn--primary" aria-busy={sendet} onClick={() => void erzeugen()}>
            <span className="kern-label">{sendet ? 'Wird erzeugt …' : 'XRechnung erzeugen'}</span>
          </button>
        </div>
      ) : x && x.fehlendeStammdaten.length > 0 ? (
        <div className="kern-alert kern-alert--warning">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <span className="kern-title">Für die XRechnung fehlen Stammdaten</span>
          </div>
          <div className="kern-alert__body kern-stack-xs">
            <p className="kern-body">
              Die XRechnung lässt sich erzeugen, sobald diese Angaben im Trägerregister stehen. Ergänzen kann sie die Administration des
              jeweiligen Trägers oder der Plattformbetrieb:
            </p>
            <ul className="kern-list">
              {x.fehlendeStammdaten.map((f) => (
                <li key={`${f.pfad}|${f.meldung}`}>
                  {traegerseite(f) ? (
                    <Link className="kern-link" to={traegerseite(f) ?? ''}>
                      {f.meldung}
                    </Link>
                  ) : (
                    f.meldung
                  )}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        <p className="kern-body">{x?.grund ?? 'Eine XRechnung gibt es zu diesem Ersuchen nicht.'}</p>
      )}
      {abgelegt.length > 0 && (
        <ul className="kern-list" aria-label="Gespeicherte XRechnungen">
          {abgelegt.map((d) => (
            <li key={d.id}>
              <Dokumentlink d={d} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
