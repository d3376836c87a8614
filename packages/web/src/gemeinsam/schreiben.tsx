// Briefe und Dokumente eines Datensatzes: „Schreiben erzeugen“ bietet genau die Vorlagen an, die der
// Server diesem Benutzer jetzt erlaubt (GET …/vorlagen); die anderen stehen mit seinem Grund darunter.
// Die gespeicherten Dokumente lassen sich herunterladen. Dazu die XRechnung der Amtshilfe-Abrechnung.
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  ApiFehler,
  type Briefangaben,
  type Briefbezug,
  type Dokumentinfo,
  type Dokumentliste,
  type Feldfehler,
  type Vorlagen,
  type Vorlagenstand,
  briefe,
  neuerIdempotenzSchluessel,
} from '../api.ts';
import { type Geladen, useDaten } from '../daten.ts';
import { datumDe, datumIso, euro, heuteIso, zeitDe } from '../format.ts';
import { useSitzung } from '../sitzung.tsx';
import { Laden } from './anzeige.tsx';
import { Ankreuzfeld, Auswahl, Datumsfeld, Textfeld } from './felder.tsx';
import { Erfolg, Fehlermeldung, Fehlerzusammenfassung } from './fehler.tsx';

/** Wer Briefe und Dokumente sieht (die Vorlage selbst kann weitere Rollen verlangen; das sagt der Server). */
export const schriftRollen = ['sachbearbeitung', 'kostenerstattung', 'leitung', 'administration'];

export interface Schriftgut {
  bezug: Briefbezug;
  vorlagen: Geladen<Vorlagen>;
  dokumente: Geladen<Dokumentliste>;
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
  const dokumente = useDaten<Dokumentliste>(darf ? `${bezug}/dokumente` : null);
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

/** Versandweg der Anmeldung: bestimmt den vorgeschlagenen Tag des Eingangs beim Verpflichteten. */
type Versandweg = 'elektronisch' | 'post';
const versandwege: { wert: Versandweg; text: string; tage: number }[] = [
  { wert: 'elektronisch', text: 'E-Mail oder EGVP (Eingang am selben Tag)', tage: 0 },
  { wert: 'post', text: 'Post (Eingang drei Tage später)', tage: 3 },
];

function plusTage(iso: string, tage: number): string {
  const [j = 0, m = 1, t = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(j, m - 1, t + tage)).toISOString().slice(0, 10);
}

type Zeitraum = Vorlagenstand['zeitraeume'][number];

/**
 * Ob ein Zeitraum vorgewählt ist: bei einer neuen Anmeldung, wenn seine Frist am Tag des Eingangs
 * läuft; bei einer Zweitschrift, wenn das Regelwerk ihn als gewahrt entschieden hat (sind es keine: alle).
 */
function vorgewaehlt(v: Vorlagenstand, z: Zeitraum, eingang: string | undefined): boolean {
  if (v.brauchtEingang) return !z.fristEnde || !eingang || z.fristEnde >= eingang;
  return z.gewahrt !== false || v.zeitraeume.every((x) => x.gewahrt === false);
}

/** Was die Wahl eines Zeitraums bewirkt, bei dem angegebenen Tag des Eingangs. */
function folge(z: Zeitraum, gewaehlt: boolean, eingang: string | undefined): string {
  if (!gewaehlt) return 'Wird nicht geltend gemacht und steht nicht im Brief.';
  if (z.gewahrt === false) return 'Steht im Brief; die Ausschlussfrist des § 111 SGB X war bei der Geltendmachung abgelaufen.';
  if (z.gewahrt === true) return 'Steht im Brief; die Ausschlussfrist des § 111 SGB X ist gewahrt.';
  if (!z.fristEnde) return 'Wird geltend gemacht.';
  if (eingang && eingang > z.fristEnde)
    return `Wird geltend gemacht, obwohl die Ausschlussfrist des § 111 SGB X am ${datumDe(z.fristEnde)} endete: Bei Eingang am ${datumDe(eingang)} kann der Verpflichtete sich darauf berufen, dass der Anspruch für diesen Zeitraum ausgeschlossen ist.`;
  return `Wird geltend gemacht; die Ausschlussfrist des § 111 SGB X (bis ${datumDe(z.fristEnde)}) ist gewahrt, wenn das Schreiben bis dahin eingeht.`;
}

/**
 * Angaben zum Brief: bei der Anmeldung der Tag des Eingangs (mit Vorschlag nach dem Versandweg) und
 * die Zeiträume, die geltend gemacht werden – mit der Folge jeder Wahl; bei jedem Brief ein freier
 * Absatz und ob er ohne Unterschrift versendet wird.
 */
function Briefangabenfelder({
  id,
  v,
  angaben,
  setze,
  fehler,
}: {
  id: string;
  v: Vorlagenstand;
  angaben: Formularangaben;
  setze: (a: Partial<Formularangaben>) => void;
  fehler: (pfad: string) => string | undefined;
}) {
  const eingang = datumIso(angaben.eingang);
  const gewaehlt = (z: Zeitraum) => angaben.zeitraeume[z.id] ?? vorgewaehlt(v, z, eingang);
  const summe = v.zeitraeume.filter(gewaehlt).reduce((s, z) => s + z.betragCent, 0);
  return (
    <div className="kern-stack-sm">
      {v.brauchtEingang && (
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Wann geht die Anmeldung beim verpflichteten Träger ein?</legend>
          <div className="kern-fieldset__body kern-stack-xs">
            <p className="kern-body" id={`${id}-zugang`}>
              Maßgeblich ist der Tag, an dem die Anmeldung beim verpflichteten Träger eingeht, nicht der Tag des Schreibens: Die
              Geltendmachung ist eine Erklärung, die dem Empfänger zugehen muss (§ 130 BGB). Erst mit dem Eingang wahrt sie die
              Ausschlussfrist des § 111 SGB X. Der Vorschlag richtet sich nach dem Versandweg; bitte prüfen Sie ihn.
            </p>
            <Auswahl
              pfad={`/${id}/versandweg`}
              label="Versandweg"
              wert={angaben.weg}
              aendern={(w) => {
                const weg = versandwege.find((x) => x.wert === w) ?? versandwege[0];
                setze({ weg: weg?.wert ?? 'elektronisch', eingang: datumDe(plusTage(heuteIso(), weg?.tage ?? 0)) });
              }}
              optionen={versandwege.map((x) => ({ wert: x.wert, text: x.text }))}
            />
            <Datumsfeld
              pfad="/geltendmachung"
              label="Eingang beim verpflichteten Träger (Tag der Geltendmachung)"
              hinweis="Format: TT.MM.JJJJ. Frühestens heute, höchstens 14 Tage später."
              wert={angaben.eingang}
              fehler={
                fehler('/geltendmachung') ??
                (angaben.eingang && !eingang ? 'Bitte ein Datum im Format TT.MM.JJJJ angeben, z. B. 03.03.2025.' : undefined)
              }
              aendern={(w) => setze({ eingang: w })}
            />
          </div>
        </fieldset>
      )}
      {v.zeitraeume.length > 0 && (
        <fieldset className="kern-fieldset" aria-describedby={`${id}-zeitraeume-summe`}>
          <legend className="kern-label">Welche Leistungszeiträume macht der Brief geltend?</legend>
          <div className="kern-fieldset__body kern-stack-xs">
            {fehler('/zeitraeume') && <p className="kern-error">{fehler('/zeitraeume')}</p>}
            {v.zeitraeume.map((z) => (
              <Ankreuzfeld
                key={z.id}
                pfad={`/${id}/zeitraeume/${z.id}`}
                label={`${datumDe(z.von)} – ${datumDe(z.bis)}: ${euro(z.betragCent)}`}
                wert={gewaehlt(z)}
                aendern={(w) => setze({ zeitraeume: { ...angaben.zeitraeume, [z.id]: w } })}
                hinweis={folge(z, gewaehlt(z), v.brauchtEingang ? eingang : undefined)}
              />
            ))}
            <p className="kern-body" id={`${id}-zeitraeume-summe`}>
              Geltend gemacht: {v.zeitraeume.filter(gewaehlt).length} von {v.zeitraeume.length} Zeiträumen mit Leistungen von {euro(summe)}.
              Den Erstattungsbetrag für diese Auswahl entscheidet das Regelwerk; die Vorschau zeigt ihn. Nicht gewählte Zeiträume stehen
              nicht im Brief.
            </p>
          </div>
        </fieldset>
      )}
      <Textfeld
        pfad="/freitext"
        label="Eigener Absatz"
        optional
        mehrzeilig
        hinweis="Steht vor dem Gruß; Absätze durch eine Leerzeile trennen."
        wert={angaben.freitext}
        fehler={fehler('/freitext')}
        aendern={(w) => setze({ freitext: w })}
      />
      <p className="kern-body kern-body--small">
        Ob der Brief Raum für Ihre Unterschrift lässt oder den Satz „Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift
        gültig.“ trägt, legt die Administration Ihres Trägers in den Stammdaten fest; die Vorschau zeigt es.
      </p>
    </div>
  );
}

interface Formularangaben {
  weg: Versandweg;
  /** Tag des Eingangs als TT.MM.JJJJ. */
  eingang: string;
  /** Ausdrücklich gewählte oder abgewählte Zeiträume; die anderen nach ihrer Frist. */
  zeitraeume: Record<string, boolean>;
  freitext: string;
}

const leereAngaben = (): Formularangaben => ({
  weg: 'elektronisch',
  eingang: datumDe(heuteIso()),
  zeitraeume: {},
  freitext: '',
});

/** Die Angaben für die API (nur, was die Vorlage braucht). */
function fuerApi(v: Vorlagenstand, a: Formularangaben): Briefangaben {
  const eingang = datumIso(a.eingang);
  return {
    ...(v.brauchtEingang && eingang ? { geltendmachung: eingang } : {}),
    ...(v.zeitraeume.length
      ? {
          zeitraeume: v.zeitraeume.filter((z) => a.zeitraeume[z.id] ?? vorgewaehlt(v, z, eingang)).map((z) => z.id),
        }
      : {}),
    ...(a.freitext.trim() ? { freitext: a.freitext } : {}),
  };
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

/** Vorlagen, Wahl, Angaben, Vorschau und Erzeugen eines Briefs zu einem Datensatz. */
function useSchreiben(s: Schriftgut, etag: string | null, geaendert: (() => void) | undefined) {
  const [wahl, setWahl] = useState('');
  const [sendet, setSendet] = useState(false);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [ergebnis, setErgebnis] = useState<Ergebnis | null>(null);
  const [angaben, setAngaben] = useState<Formularangaben>(leereAngaben);
  const [vorschau, setVorschau] = useState<{ url: string } | null>(null);
  const [vorschauLaeuft, setVorschauLaeuft] = useState(false);
  useEffect(() => () => (vorschau ? URL.revokeObjectURL(vorschau.url) : undefined), [vorschau]);
  const moeglich = (s.vorlagen.daten?.eintraege ?? []).filter((v) => v.moeglich);
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
        fuerApi(gewaehlt, angaben),
      );
      setVorschau(null);
      setAngaben(leereAngaben());
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

  async function zeigeVorschau() {
    if (vorschauLaeuft || !gewaehlt) return;
    setFehler(null);
    setVorschauLaeuft(true);
    try {
      const pdf = await briefe.vorschau(s.bezug, gewaehlt.vorlage, fuerApi(gewaehlt, angaben));
      setVorschau({ url: URL.createObjectURL(pdf) });
    } catch (e) {
      setFehler(alsApiFehler(e));
    } finally {
      setVorschauLaeuft(false);
    }
  }

  function waehlen(w: string) {
    setWahl(w);
    setErgebnis(null);
    setFehler(null);
    setVorschau(null);
  }
  function setzeAngaben(a: Partial<Formularangaben>) {
    setAngaben((x) => ({ ...x, ...a }));
    setVorschau(null);
  }
  return {
    moeglich,
    gewaehlt,
    waehlen,
    angaben,
    setzeAngaben,
    sendet,
    fehler,
    setFehler,
    ergebnis,
    vorschau,
    vorschauLaeuft,
    erzeugen,
    zeigeVorschau,
  };
}

type Schreiben = ReturnType<typeof useSchreiben>;

/** Fehlende Stammdaten; die eines Trägers verlinken auf seine Seite (dort ergänzt man sie). */
function FehlendeStammdaten({ liste }: { liste: Feldfehler[] }) {
  return (
    <ul className="kern-list">
      {liste.map((f) => (
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
  );
}

/** Die Vorlagen, die zurzeit nicht möglich sind, mit dem Grund des Servers. */
function NichtMoeglich({ nicht }: { nicht: Vorlagenstand[] }) {
  if (nicht.length === 0) return null;
  return (
    <div className="kern-stack-xs">
      <p className="kern-body">Zurzeit nicht möglich:</p>
      <ul className="kern-list">
        {nicht.map((v) => (
          <li key={v.vorlage}>
            <span className="kern-body--bold">{v.name}</span>:{' '}
            {v.fehlendeStammdaten.length > 0 ? 'Es fehlen Stammdaten, die der Brief braucht:' : v.grund}
            {v.fehlendeStammdaten.length > 0 && <FehlendeStammdaten liste={v.fehlendeStammdaten} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Warnung bei Vorlagen, die den Datensatz ändern, und der Link zur Vorschau. */
function WirkungUndVorschau({ id, v, vorschau }: { id: string; v: Vorlagenstand; vorschau: { url: string } | null }) {
  return (
    <>
      {v.aendertDatensatz && (
        <div className="kern-alert kern-alert--warning">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <span className="kern-title">Dieser Brief ändert den Datensatz</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body" id={`${id}-wirkung`}>
              {v.wirkung}
            </p>
          </div>
        </div>
      )}
      {vorschau && (
        <p className="kern-body" role="status">
          <a className="kern-link" href={vorschau.url} target="_blank" rel="noreferrer">
            Vorschau öffnen (PDF)
          </a>{' '}
          – nur zur Ansicht, nicht gespeichert. Erst „Schreiben erzeugen“ legt den Brief ab
          {v.aendertDatensatz ? ' und ändert den Datensatz' : ''}.
        </p>
      )}
    </>
  );
}

/** Formular „Schreiben erzeugen“ für die gewählte Vorlage. */
function Schreibformular({ id, w, gewaehlt }: { id: string; w: Schreiben; gewaehlt: Vorlagenstand }) {
  const feldfehler = (pfad: string) => w.fehler?.felder.find((f) => f.pfad === pfad)?.meldung;
  return (
    <form className="kern-stack-sm" noValidate aria-labelledby={`${id}-erzeugen`} onSubmit={(e) => void w.erzeugen(e)}>
      <Auswahl
        pfad={`/${id}/vorlage`}
        label="Vorlage"
        hinweis={
          gewaehlt.aendertDatensatz
            ? 'Der Brief wird als PDF gesetzt und bei diesem Datensatz gespeichert.'
            : `Der Brief wird als PDF gesetzt und bei diesem Datensatz gespeichert; am Datensatz selbst ändert er nichts.${gewaehlt.wirkung ? ` ${gewaehlt.wirkung}` : ''}`
        }
        wert={gewaehlt.vorlage}
        aendern={w.waehlen}
        optionen={w.moeglich.map((v) => ({ wert: v.vorlage, text: v.name }))}
      />
      {gewaehlt.zweitschrift && <p className="kern-body">Der Brief wird als Zweitschrift gesetzt: Er trägt den Vermerk „Zweitschrift“.</p>}
      <Briefangabenfelder id={id} v={gewaehlt} angaben={w.angaben} fehler={feldfehler} setze={w.setzeAngaben} />
      <WirkungUndVorschau id={id} v={gewaehlt} vorschau={w.vorschau} />
      <div className="knopfleiste">
        <button type="button" className="kern-btn kern-btn--secondary" aria-busy={w.vorschauLaeuft} onClick={() => void w.zeigeVorschau()}>
          <span className="kern-label">{w.vorschauLaeuft ? 'Vorschau wird gesetzt …' : 'Vorschau anzeigen'}</span>
        </button>
        <button
          type="submit"
          className="kern-btn kern-btn--primary"
          aria-busy={w.sendet}
          aria-describedby={gewaehlt.aendertDatensatz ? `${id}-wirkung` : undefined}
        >
          <span className="kern-label">{w.sendet ? 'Wird erzeugt …' : 'Schreiben erzeugen'}</span>
        </button>
      </div>
    </form>
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
  const w = useSchreiben(s, etag, geaendert);
  const id = `schreiben-${s.bezug.split('/')[1] ?? 'datensatz'}`;
  const kopf = (
    <h2 className="kern-heading-medium" id={`${id}-titel`}>
      {titel}
    </h2>
  );
  if (!s.darf)
    return (
      <section className="kern-stack-sm" aria-labelledby={`${id}-titel`}>
        {kopf}
        <p className="kern-body">
          Briefe und Dokumente sehen die Sachbearbeitung, die Kostenerstattung, die Leitung und die Administration.
        </p>
      </section>
    );

  return (
    <section className="kern-stack-sm" aria-labelledby={`${id}-titel`}>
      {kopf}
      <div className="kern-stack-xs">{hilfe}</div>

      <h3 className="kern-heading-small" id={`${id}-erzeugen`}>
        Schreiben erzeugen
      </h3>
      <ErgebnisMeldung ergebnis={w.ergebnis} />
      <Aktionsfehler
        fehler={w.fehler}
        neuLaden={() => {
          w.setFehler(null);
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
          {w.gewaehlt ? (
            <Schreibformular id={id} w={w} gewaehlt={w.gewaehlt} />
          ) : (
            <p className="kern-body">Zurzeit können Sie hier keinen Brief erzeugen; die Gründe stehen darunter.</p>
          )}
          <NichtMoeglich nicht={s.vorlagen.daten.eintraege.filter((v) => !v.moeglich)} />
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
            <FehlendeStammdaten liste={x.fehlendeStammdaten} />
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
