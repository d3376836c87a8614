// Die Arbeitsschritte eines Erstattungsanspruchs. Welcher Schritt geht und warum ein anderer nicht,
// sagt der Server in `aktionen` (erlaubt, sonst mit Grund); die Oberfläche zeigt die erlaubten als
// Formular und die übrigen mit dem Grund des Servers daneben (nie stumm deaktiviert). Hier stehen nur
// Texte, Felder und Pfade der Schritte. Das Vier-Augen-Prinzip ist sichtbar: wer was vorgeschlagen
// hat, dass eine andere Person mit der Rolle Leitung freigeben muss, und warum die vorschlagende
// Person selbst nicht freigeben kann.
import { type FormEvent, useState } from 'react';
import { ApiFehler, type Antwort, type Feldfehler, type Sitzung, api } from '../../api.ts';
import { centAus, datumDe, datumIso, euro, heuteIso } from '../../format.ts';
import { Ankreuzfeld, Betragsfeld, Datumsfeld, Auswahl, Textfeld } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { type Anspruch, type Entscheidungsart, statusNamen } from './gemeinsam.tsx';

export type AktionId =
  'anmelden' | 'beziffern' | 'vorschlagen' | 'freigeben' | 'vorschlagVerwerfen' | 'klagen' | 'rechtskraft' | 'erledigen' | 'zahlung';

/** Was der Server zu einer Aktion sagt: erlaubt, sonst mit Grund. */
type Serveraktion = Anspruch['aktionen'][number];

interface Schritt {
  id: AktionId;
  titel: string;
  /** Pfad unter /erstattungsansprueche/:id/ */
  pfad: string;
  erklaerung: string;
}

// Texte der Schritte in der Reihenfolge der Seite. Ob ein Schritt angeboten wird, entscheidet der Server.
const schritte: Schritt[] = [
  {
    id: 'anmelden',
    titel: 'Anspruch anmelden',
    pfad: 'anmelden',
    erklaerung:
      'Die Anmeldung macht den Anspruch beim Verpflichteten geltend. Sie wahrt die Ausschlussfrist des § 111 SGB X für jeden Zeitraum, dessen Frist am Tag der Anmeldung noch läuft, und macht den Anspruch für den Verpflichteten sichtbar.',
  },
  {
    id: 'beziffern',
    titel: 'Anspruch beziffern',
    pfad: 'beziffern',
    erklaerung:
      'Die Bezifferung ist der vollständige Erstattungsantrag mit dem Betrag. Ab seinem Eingang beim Verpflichteten werden Zinsen nach § 108 Abs. 2 SGB X berechnet, wenn sie beantragt sind.',
  },
  {
    id: 'vorschlagen',
    titel: 'Entscheidung vorschlagen',
    pfad: 'vorschlagen',
    erklaerung:
      'Anerkennen, teilweise anerkennen oder ablehnen – als Vorschlag. Wirksam wird er erst, wenn eine andere Person mit der Rolle Leitung ihn freigibt (Vier-Augen-Prinzip).',
  },
  {
    id: 'freigeben',
    titel: 'Vorschlag freigeben',
    pfad: 'freigeben',
    erklaerung:
      'Die Leitung gibt den Vorschlag einer anderen Person frei; damit ist der Anspruch anerkannt, teilweise anerkannt oder abgelehnt. Ein Anerkenntnis lässt die Verjährung neu beginnen (§ 212 Abs. 1 Nr. 1 BGB).',
  },
  {
    id: 'vorschlagVerwerfen',
    titel: 'Vorschlag verwerfen',
    pfad: 'vorschlag-verwerfen',
    erklaerung: 'Der Vorschlag wird zurückgenommen; der Anspruch bleibt unentschieden.',
  },
  {
    id: 'klagen',
    titel: 'Klage erfassen',
    pfad: 'klagen',
    erklaerung:
      'Die Erhebung der Klage hemmt die Verjährung (§ 113 Abs. 2 SGB X i. V. m. § 204 Abs. 1 Nr. 1 BGB) bis sechs Monate nach der rechtskräftigen Entscheidung.',
  },
  {
    id: 'rechtskraft',
    titel: 'Rechtskraft erfassen',
    pfad: 'rechtskraft',
    erklaerung: 'Der Tag, an dem das Verfahren rechtskräftig abgeschlossen ist; sechs Monate danach endet die Hemmung (§ 204 Abs. 2 BGB).',
  },
  {
    id: 'zahlung',
    titel: 'Zahlung erfassen',
    pfad: 'zahlungen',
    erklaerung:
      'Eine Zahlung auf den anerkannten Betrag. Ist er ganz bezahlt, wird der Anspruch „Bezahlt“. Sind Zinsen beantragt, berechnet das Regelwerk sie mit der Zahlung (§ 108 Abs. 2 SGB X).',
  },
  {
    id: 'erledigen',
    titel: 'Anspruch erledigen',
    pfad: 'erledigen',
    erklaerung: 'Der Vorgang ist abgeschlossen; es laufen keine Fristen mehr.',
  },
];

const entscheidungNamen: Record<Entscheidungsart, string> = {
  Anerkannt: 'Anerkennen',
  TeilweiseAnerkannt: 'Teilweise anerkennen',
  Abgelehnt: 'Ablehnen',
};

/**
 * Die Schritte mit dem Urteil des Servers: erlaubte und nicht mögliche (mit Grund). Was Sache der
 * anderen Seite ist, zeigt die Seite nicht an.
 */
export function schritteNachServer(a: Anspruch): { moeglich: Schritt[]; nicht: { s: Schritt; grund: string }[] } {
  const urteil = new Map<string, Serveraktion>(a.aktionen.map((x) => [x.aktion, x]));
  const sichtbar = schritte.flatMap((s) => {
    const u = urteil.get(s.id);
    return u && u.hindernis !== 'seite' ? [{ s, u }] : [];
  });
  return {
    moeglich: sichtbar.filter(({ u }) => u.erlaubt).map(({ s }) => s),
    nicht: sichtbar.filter(({ u }) => !u.erlaubt).map(({ s, u }) => ({ s, grund: u.grund ?? 'Dieser Schritt ist zurzeit nicht möglich.' })),
  };
}

/** Das Vier-Augen-Prinzip sichtbar: offener Vorschlag, wer ihn gemacht hat, wer freigeben muss. */
export function VierAugen({ anspruch: a, sitzung }: { anspruch: Anspruch; sitzung: Sitzung }) {
  const v = a.vorschlag;
  const eigenerVorschlag = v?.vonBenutzerId === sitzung.benutzer.id;
  // Ob freigegeben werden kann, entscheidet der Server (`aktionen`), nicht die Oberfläche.
  const kannFreigeben = a.aktionen.some((x) => x.aktion === 'freigeben' && x.erlaubt);
  if (a.seite === 'anspruchsteller')
    return v ? (
      <p className="kern-body">
        <span className="kern-badge kern-badge--info">
          <span className="kern-label kern-label--small">Freigabe offen</span>
        </span>{' '}
        Beim verpflichteten Träger liegt ein Vorschlag zur Entscheidung vor; er wird wirksam, sobald dort eine zweite Person mit der Rolle
        Leitung ihn freigibt (Vier-Augen-Prinzip).
      </p>
    ) : null;
  return (
    <section className="kern-stack-sm" aria-labelledby="vier-augen-titel">
      <h3 className="kern-heading-small" id="vier-augen-titel">
        Vier-Augen-Prinzip
      </h3>
      <p className="kern-body">
        Anerkenntnis und Ablehnung entscheidet nie eine Person allein: Eine Person schlägt vor, eine andere Person mit der Rolle Leitung
        gibt frei.
      </p>
      {v ? (
        <div className="kern-alert kern-alert--warning">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h4 className="kern-title">Vorschlag wartet auf Freigabe</h4>
          </div>
          <div className="kern-alert__body kern-stack-xs">
            <p className="kern-body">
              <span className="kern-body--bold">{v.vonName}</span> hat am {datumDe(v.am)} vorgeschlagen:{' '}
              <span className="kern-body--bold">
                {entscheidungNamen[v.entscheidung]}
                {v.entscheidung === 'TeilweiseAnerkannt' && v.betragCent !== undefined ? ` in Höhe von ${euro(v.betragCent)}` : ''}
                {v.entscheidung === 'Anerkannt' ? ` (${euro(v.forderungCent ?? a.forderungCent)})` : ''}
              </span>
              {v.forderungCent !== undefined ? `, auf eine Forderung von ${euro(v.forderungCent)}` : ''}.
            </p>
            <p className="kern-body">Begründung: {v.begruendung}</p>
            <p className="kern-body">
              {eigenerVorschlag
                ? 'Sie haben diesen Vorschlag gemacht. Sie können ihn nicht selbst freigeben: Das muss eine andere Person mit der Rolle Leitung tun.'
                : kannFreigeben
                  ? 'Sie haben die Rolle Leitung und den Vorschlag nicht selbst gemacht: Sie können ihn freigeben oder verwerfen.'
                  : 'Freigeben muss eine andere Person mit der Rolle Leitung.'}
            </p>
          </div>
        </div>
      ) : (
        <p className="kern-body">Zurzeit liegt kein Vorschlag vor.</p>
      )}
    </section>
  );
}

interface Eingaben {
  am: string;
  entscheidung: string;
  betrag: string;
  begruendung: string;
  datum: string;
  zweck: string;
  /** Zahlung über das Anerkannte hinaus ausdrücklich bestätigt (Überzahlung, § 112 SGB X). */
  ueberzahlung: boolean;
}

function leer(a: Anspruch, id: AktionId): Eingaben {
  // Vorbelegt wird nur, was fast immer stimmt: heute für Anmeldung, Bezifferung und Zahlung, der offene
  // anerkannte Betrag für die Zahlung. Klage und Rechtskraft bleiben leer – ihr Datum steht im Aktenstück.
  const offen = a.anerkanntCent === null ? 0 : a.offenCent;
  return {
    am: id === 'klagen' || id === 'rechtskraft' ? '' : datumDe(heuteIso()),
    entscheidung: 'Anerkannt',
    betrag: '',
    begruendung: '',
    datum: datumDe(heuteIso()),
    zweck: a.aktenzeichen,
    ueberzahlung: false,
    ...(offen > 0 ? { betrag: euro(offen).replace(/\s*€$/, '') } : {}),
  };
}

interface Fehlerstand {
  aktion: AktionId;
  felder: Feldfehler[];
  problem: ApiFehler | null;
}

function erfolgsText(id: AktionId, n: Anspruch, betragCent?: number): string {
  switch (id) {
    case 'anmelden':
      return `Der Anspruch ist angemeldet (geltend gemacht am ${datumDe(n.geltendmachung)}). Die Ausschlussfristen sind neu berechnet.`;
    case 'beziffern':
      return `Der Anspruch ist beziffert (am ${datumDe(n.bezifferungAm)}).`;
    case 'vorschlagen':
      return 'Ihr Vorschlag liegt zur Freigabe vor. Freigeben muss eine andere Person mit der Rolle Leitung.';
    case 'freigeben':
      return `Der Vorschlag ist freigegeben. Der Anspruch ist jetzt „${statusNamen[n.status]}“.`;
    case 'vorschlagVerwerfen':
      return 'Der Vorschlag ist verworfen.';
    case 'klagen':
      return 'Die Klage ist erfasst; sie hemmt die Verjährung.';
    case 'rechtskraft':
      return 'Die Rechtskraft ist erfasst; die Hemmung endet sechs Monate danach.';
    case 'erledigen':
      return 'Der Anspruch ist erledigt.';
    case 'zahlung':
      return `Die Zahlung über ${euro(betragCent)} ist erfasst.${n.status === 'Bezahlt' ? ' Der Anspruch ist vollständig bezahlt.' : ''}`;
  }
}

/** Felder eines Schritts haben eigene ids (/anmelden/am, /zahlung/datum …): mehrere Formulare je Seite. */
const feld = (id: AktionId, name: string) => `/${id}/${name}`;

/** Prüft die Eingaben eines Schritts im Browser und baut den Anfragekörper. */
function anfrageAus(id: AktionId, e: Eingaben): { felder: Feldfehler[]; body: Record<string, unknown>; betragCent?: number } {
  const felder: Feldfehler[] = [];
  const body: Record<string, unknown> = {};
  let betragCent: number | undefined;
  if (id === 'anmelden' || id === 'beziffern' || id === 'klagen' || id === 'rechtskraft') {
    const am = datumIso(e.am);
    if (!am) felder.push({ pfad: feld(id, 'am'), meldung: 'Bitte das Datum als TT.MM.JJJJ angeben, z. B. 03.03.2025.' });
    else body.am = am;
  }
  if (id === 'vorschlagen') {
    body.entscheidung = e.entscheidung;
    if (!e.begruendung.trim())
      felder.push({ pfad: feld(id, 'begruendung'), meldung: 'Bitte begründen Sie den Vorschlag; die Leitung prüft ihn daran.' });
    else body.begruendung = e.begruendung.trim();
    if (e.entscheidung === 'TeilweiseAnerkannt') {
      const c = centAus(e.betrag);
      if (c === undefined || c <= 0)
        felder.push({ pfad: feld(id, 'betragCent'), meldung: 'Bitte den anerkannten Betrag in Euro angeben, z. B. 1.234,56.' });
      else body.betragCent = c;
    }
  }
  if (id === 'vorschlagVerwerfen' && e.begruendung.trim()) body.begruendung = e.begruendung.trim();
  if (id === 'zahlung') {
    const d = datumIso(e.datum);
    if (!d) felder.push({ pfad: feld(id, 'datum'), meldung: 'Bitte das Zahlungsdatum als TT.MM.JJJJ angeben.' });
    else body.datum = d;
    const c = centAus(e.betrag);
    if (c === undefined || c <= 0)
      felder.push({ pfad: feld(id, 'betragCent'), meldung: 'Bitte den gezahlten Betrag in Euro angeben, z. B. 1.234,56.' });
    else body.betragCent = betragCent = c;
    if (e.zweck.trim()) body.verwendungszweck = e.zweck.trim();
    if (e.ueberzahlung) body.ueberzahlungBestaetigt = true;
  }
  return { felder, body, ...(betragCent !== undefined ? { betragCent } : {}) };
}

interface FelderAngaben {
  id: AktionId;
  a: Anspruch;
  e: Eingaben;
  ff: Feldfehler[];
  setze: (teil: Partial<Eingaben>) => void;
}

/** Die Felder des Vorschlags: Entscheidung, bei teilweiser Anerkennung der Betrag, Begründung. */
function VorschlagFelder({ id, a, e, ff, setze }: FelderAngaben) {
  return (
    <>
      <Auswahl
        pfad={feld(id, 'entscheidung')}
        label="Vorgeschlagene Entscheidung"
        wert={e.entscheidung}
        aendern={(w) => setze({ entscheidung: w })}
        optionen={[
          { wert: 'Anerkannt', text: `Anerkennen – ganze Forderung (${euro(a.forderungCent)})` },
          { wert: 'TeilweiseAnerkannt', text: 'Teilweise anerkennen – Betrag angeben' },
          { wert: 'Abgelehnt', text: 'Ablehnen' },
        ]}
        fehler={fehlerFuer(ff, feld(id, 'entscheidung'))}
      />
      {e.entscheidung === 'TeilweiseAnerkannt' && (
        <Betragsfeld
          pfad={feld(id, 'betragCent')}
          label="Anerkannter Betrag"
          hinweis={`In Euro, höchstens die Forderung von ${euro(a.forderungCent)}.`}
          wert={e.betrag}
          aendern={(w) => setze({ betrag: w })}
          fehler={fehlerFuer(ff, feld(id, 'betragCent'))}
        />
      )}
      <Textfeld
        pfad={feld(id, 'begruendung')}
        label="Begründung"
        hinweis="Wird der Leitung zur Freigabe gezeigt und im Protokoll festgehalten."
        mehrzeilig
        wert={e.begruendung}
        aendern={(w) => setze({ begruendung: w })}
        fehler={fehlerFuer(ff, feld(id, 'begruendung'))}
      />
      {a.vorschlag && <p className="kern-body">Ein neuer Vorschlag ersetzt den bestehenden.</p>}
    </>
  );
}

/** Die Felder der Zahlung: Datum, Betrag, Verwendungszweck. */
function ZahlungFelder({ id, a, e, ff, setze }: FelderAngaben) {
  return (
    <>
      <Datumsfeld
        pfad={feld(id, 'datum')}
        label="Zahlungsdatum"
        wert={e.datum}
        aendern={(w) => setze({ datum: w })}
        fehler={fehlerFuer(ff, feld(id, 'datum'))}
      />
      <Betragsfeld
        pfad={feld(id, 'betragCent')}
        label="Gezahlter Betrag"
        hinweis={`In Euro, z. B. 1.234,56. Noch offen: ${euro(a.offenCent)}.`}
        wert={e.betrag}
        aendern={(w) => setze({ betrag: w })}
        fehler={fehlerFuer(ff, feld(id, 'betragCent'))}
      />
      {((centAus(e.betrag) ?? 0) > a.offenCent || e.ueberzahlung) && (
        <Ankreuzfeld
          pfad={feld(id, 'ueberzahlungBestaetigt')}
          label="Überzahlung bestätigen"
          hinweis={`Der Betrag übersteigt, was noch offen ist (${euro(a.offenCent)}). Zu viel Gezahltes ist nach § 112 SGB X zurückzuerstatten; der Anspruch zeigt es als Überzahlung.`}
          wert={e.ueberzahlung}
          aendern={(w) => setze({ ueberzahlung: w })}
        />
      )}
      <Textfeld
        pfad={feld(id, 'verwendungszweck')}
        label="Verwendungszweck"
        optional
        wert={e.zweck}
        aendern={(w) => setze({ zweck: w })}
        fehler={fehlerFuer(ff, feld(id, 'verwendungszweck'))}
      />
    </>
  );
}

/** Die Felder eines Schritts. */
function SchrittFelder({ id, a, e, ff, setze }: FelderAngaben) {
  const datumFeld = (label: string, hinweis?: string) => (
    <Datumsfeld
      pfad={feld(id, 'am')}
      label={label}
      {...(hinweis ? { hinweis } : {})}
      wert={e.am}
      aendern={(w) => setze({ am: w })}
      fehler={fehlerFuer(ff, feld(id, 'am'))}
    />
  );
  switch (id) {
    case 'anmelden':
      return datumFeld('Angemeldet am', 'Tag, an dem die Anmeldung beim Verpflichteten eingeht; nicht in der Zukunft. Format TT.MM.JJJJ.');
    case 'beziffern':
      return datumFeld('Beziffert am', 'Eingang des vollständigen Erstattungsantrags beim Verpflichteten. Format TT.MM.JJJJ.');
    case 'klagen':
      return datumFeld('Klage erhoben am', 'Tag, an dem die Klage bei Gericht eingegangen ist. Format TT.MM.JJJJ.');
    case 'rechtskraft':
      return datumFeld('Rechtskräftig seit', 'Tag, an dem die Entscheidung rechtskräftig wurde. Format TT.MM.JJJJ.');
    case 'vorschlagen':
      return <VorschlagFelder id={id} a={a} e={e} ff={ff} setze={setze} />;
    case 'freigeben':
      return a.vorschlag ? (
        <p className="kern-body">
          Sie geben frei: <span className="kern-body--bold">{entscheidungNamen[a.vorschlag.entscheidung]}</span>
          {a.vorschlag.entscheidung === 'TeilweiseAnerkannt' && a.vorschlag.betragCent !== undefined
            ? ` in Höhe von ${euro(a.vorschlag.betragCent)}`
            : ''}
          {a.vorschlag.entscheidung === 'Anerkannt' ? ` (${euro(a.vorschlag.forderungCent ?? a.forderungCent)})` : ''}, vorgeschlagen von{' '}
          {a.vorschlag.vonName}.
        </p>
      ) : null;
    case 'vorschlagVerwerfen':
      return (
        <Textfeld
          pfad={feld(id, 'begruendung')}
          label="Grund"
          optional
          mehrzeilig
          wert={e.begruendung}
          aendern={(w) => setze({ begruendung: w })}
          fehler={fehlerFuer(ff, feld(id, 'begruendung'))}
        />
      );
    case 'zahlung':
      return <ZahlungFelder id={id} a={a} e={e} ff={ff} setze={setze} />;
    case 'erledigen':
      return null;
  }
}

/** Zustand und Ausführung der Schritte: Eingaben je Schritt, Fehler, laufende Anfrage. */
function useSchritte(a: Anspruch, etag: string | null, fertig: (antwort: Antwort<Anspruch>, meldung: string) => void) {
  const [eingaben, setEingaben] = useState<Partial<Record<AktionId, Eingaben>>>({});
  const [fehler, setFehler] = useState<Fehlerstand | null>(null);
  const [sendet, setSendet] = useState<AktionId | null>(null);

  const wert = (id: AktionId): Eingaben => eingaben[id] ?? leer(a, id);
  const setze = (id: AktionId, teil: Partial<Eingaben>) => setEingaben((e) => ({ ...e, [id]: { ...(e[id] ?? leer(a, id)), ...teil } }));

  async function ausfuehren(s: Schritt, ev: FormEvent) {
    ev.preventDefault();
    if (sendet) return;
    const { felder, body, betragCent } = anfrageAus(s.id, wert(s.id));
    if (felder.length) {
      setFehler({ aktion: s.id, felder, problem: null });
      return;
    }
    setFehler(null);
    setSendet(s.id);
    try {
      const antwort = await api.post<Anspruch>(`/erstattungsansprueche/${a.id}/${s.pfad}`, body, etag);
      setEingaben((x) => ({ ...x, [s.id]: undefined }));
      fertig(antwort, erfolgsText(s.id, antwort.daten, betragCent));
    } catch (err) {
      const f = err instanceof ApiFehler ? err : new ApiFehler({ type: 'x', title: 'Fehler', status: 0, detail: String(err) });
      setFehler({
        aktion: s.id,
        felder: f.felder.map((x) => ({ pfad: feld(s.id, x.pfad.replace(/^\//, '')), meldung: x.meldung })),
        problem: f.felder.length ? null : f,
      });
    } finally {
      setSendet(null);
    }
  }
  return { wert, setze, fehler, setFehler, sendet, ausfuehren };
}

/** Ein Problem des Servers zu einem Schritt; bei 412/409 mit der Möglichkeit, den neuen Stand zu laden. */
function SchrittProblem({ problem, neuLaden }: { problem: ApiFehler; neuLaden: () => void }) {
  return (
    <>
      <Fehlermeldung
        fehler={
          problem.status === 412
            ? new ApiFehler({
                ...problem.problem,
                title: 'Der Anspruch wurde inzwischen geändert',
                detail:
                  'Jemand anderes hat den Anspruch geändert, während Sie ihn angesehen haben. Bitte laden Sie den neuen Stand und prüfen Sie, ob der Schritt noch passt; Ihre Eingaben bleiben erhalten.',
              })
            : problem
        }
      />
      {(problem.status === 412 || problem.status === 409) && (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={neuLaden}>
          <span className="kern-label">Neuen Stand laden</span>
        </button>
      )}
    </>
  );
}

/** Die Schritte, die der Server nicht erlaubt, mit seinem Grund. */
function NichtMoeglich({ nicht }: { nicht: { s: Schritt; grund: string }[] }) {
  if (nicht.length === 0) return null;
  return (
    <section className="kern-stack-xs" aria-labelledby="nicht-moeglich-titel">
      <h3 className="kern-heading-small" id="nicht-moeglich-titel">
        Zurzeit nicht möglich
      </h3>
      <ul className="kern-list erstattung-nicht-moeglich">
        {nicht.map(({ s, grund }) => (
          <li key={s.id}>
            <span className="kern-body--bold">{s.titel}:</span> {grund}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Arbeitsschritte({
  anspruch: a,
  etag,
  sitzung,
  fertig,
  neuLaden,
}: {
  anspruch: Anspruch;
  etag: string | null;
  sitzung: Sitzung;
  fertig: (antwort: Antwort<Anspruch>, meldung: string) => void;
  neuLaden: () => void;
}) {
  const { moeglich, nicht } = schritteNachServer(a);
  const { wert, setze, fehler, setFehler, sendet, ausfuehren } = useSchritte(a, etag, fertig);

  return (
    <section className="kern-stack-md" aria-labelledby="schritte-titel">
      <h2 className="kern-heading-medium" id="schritte-titel">
        Arbeitsschritte
      </h2>
      <VierAugen anspruch={a} sitzung={sitzung} />
      {moeglich.length === 0 ? (
        <p className="kern-body">
          Für Sie ist im Status „{statusNamen[a.status]}“ zurzeit kein Arbeitsschritt möglich. Die Gründe stehen unten.
        </p>
      ) : (
        <div className="erstattung-schritte">
          {moeglich.map((s) => {
            const meinFehler = fehler?.aktion === s.id ? fehler : null;
            return (
              <form
                key={s.id}
                className="kern-card erstattung-schritt kern-stack-sm"
                aria-labelledby={`schritt-${s.id}`}
                noValidate
                onSubmit={(ev) => void ausfuehren(s, ev)}
              >
                <h3 className="kern-heading-small" id={`schritt-${s.id}`}>
                  {s.titel}
                </h3>
                <p className="kern-body">{s.erklaerung}</p>
                {meinFehler && meinFehler.felder.length > 0 && <Fehlerzusammenfassung fehler={meinFehler.felder} />}
                {meinFehler?.problem && (
                  <SchrittProblem
                    problem={meinFehler.problem}
                    neuLaden={() => {
                      setFehler(null);
                      neuLaden();
                    }}
                  />
                )}
                <SchrittFelder id={s.id} a={a} e={wert(s.id)} ff={meinFehler?.felder ?? []} setze={(teil) => setze(s.id, teil)} />
                <div className="knopfleiste">
                  <button
                    type="submit"
                    className={`kern-btn ${s.id === 'vorschlagVerwerfen' ? 'kern-btn--secondary' : 'kern-btn--primary'}`}
                    aria-disabled={sendet !== null}
                  >
                    <span className="kern-label">{sendet === s.id ? 'Wird gespeichert …' : s.titel}</span>
                  </button>
                </div>
              </form>
            );
          })}
        </div>
      )}
      <NichtMoeglich nicht={nicht} />
    </section>
  );
}
