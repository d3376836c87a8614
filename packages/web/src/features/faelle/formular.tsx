// Formular eines Falls (anlegen und bearbeiten): Aktenzeichen, Person, Aufenthalte, Leistungen,
// Anträge, Unterbrechungen, weitere Angaben zu § 98 SGB IX und wahlweise das § 14-Verfahren.
// Die Listen entstehen aus den Schemata des Regelwerks (dieselben wie im Prüfrechner), damit jeder
// Fehler der API (JSON-Pointer wie /aufenthalte/0/bis) genau an seinem Feld erscheint.
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { ApiFehler, type Feldfehler } from '../../api.ts';
import type { Anfrage, Antwort } from '../../api/client.ts';
import { useDaten } from '../../daten.ts';
import { datumDe, datumIso } from '../../format.ts';
import { Laden } from '../../gemeinsam/anzeige.tsx';
import { Ankreuzfeld, Auswahl, Datumsfeld, Textfeld } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { TraegerAuswahl, useTraeger } from './traeger.tsx';
import { SchemaFelder, type Sonderfeld } from '../pruefrechner/formular.tsx';
import { type Formwert, type Schema, ausJson, leer, meldungen, zuJson } from '../pruefrechner/schema.ts';
import { pfadBeschriftung } from '../pruefrechner/woerter.ts';

/** Die Angaben eines Falls, wie die API sie annimmt (und mit dem Fall liefert). */
export type FallAngaben = Anfrage<'/api/v1/faelle', 'post'> & Pick<Anfrage<'/api/v1/faelle/{id}', 'patch'>, 'status'>;

/** Eine Prüfungsart; ihr Schema ist ein JSON-Schema, das die Oberfläche als Formular liest. */
type Pruefungsart = Omit<Antwort<'/api/v1/pruefungen/arten', 'get'>[number], 'schema'> & { schema: Schema };

/** Beschriftungen der Fallfelder für die Fehlerzusammenfassung. */
export const fallFeldnamen: Record<string, string> = {
  aktenzeichen: 'Aktenzeichen',
  status: 'Status',
  person: 'Person',
  nachname: 'Nachname',
  vorname: 'Vorname',
  geburtsdatum: 'Geburtsdatum',
  anschrift: 'Anschrift',
  strasse: 'Straße und Hausnummer',
  plz: 'Postleitzahl',
  ort: 'Ort',
  zustaendigkeitsangaben: 'Weitere Angaben',
  zustaendigkeitsklaerung: '§ 14-Verfahren',
  bemerkung: 'Bemerkung',
};

const traegerFelder = ['gebiet', 'traeger', 'tatsaechlicherAufenthalt', 'gebietMutter'];
const verlaufFelder = ['aufenthalte', 'leistungen', 'antraege', 'unterbrechungen'];

/** Die Teilschemata des Falls aus den Schemata des Regelwerks (wie der Server sie zusammensetzt). */
function fallSchemata(arten: Pruefungsart[]) {
  const oz = arten.find((a) => a.art === 'oertlicheZustaendigkeit')?.schema;
  const zk = arten.find((a) => a.art === 'zustaendigkeitsklaerung')?.schema;
  if (!oz?.properties || !zk?.properties) return null;
  const p = oz.properties;
  const leistungen = p.leistungen;
  const verlauf: Schema = {
    type: 'object',
    properties: {
      aufenthalte: p.aufenthalte ?? {},
      leistungen: {
        ...leistungen,
        items: {
          ...leistungen?.items,
          properties: {
            bezeichnung: {
              type: 'string',
              maxLength: 200,
              description: 'Bezeichnung für Menschen, z. B. „Assistenzleistungen (§ 113 SGB IX)“',
            },
            ...leistungen?.items?.properties,
          },
        },
      },
      antraege: p.antraege ?? {},
      unterbrechungen: p.unterbrechungen ?? {},
    },
  };
  const angaben: Schema = {
    type: 'object',
    properties: Object.fromEntries(Object.entries(p).filter(([n]) => !['art', 'rechtsstand', 'stichtag', ...verlaufFelder].includes(n))),
  };
  const klaerung: Schema = {
    type: 'object',
    properties: Object.fromEntries(Object.entries(zk.properties).filter(([n]) => n !== 'art')),
    required: (zk.required ?? []).filter((n) => n !== 'art'),
  };
  return { verlauf, angaben, klaerung };
}

interface Personwerte {
  nachname: string;
  vorname: string;
  geburtsdatum: string;
  strasse: string;
  plz: string;
  ort: string;
}

function hatAngaben(w: Formwert): boolean {
  if (w === null || w === '' || w === false) return false;
  if (Array.isArray(w)) return w.some(hatAngaben);
  if (typeof w === 'object') return Object.values(w).some(hatAngaben);
  return true;
}

export function FallFormular({
  anfang,
  ebene,
  knopf,
  speichern,
  abbrechen,
  veraltetNeuLaden,
}: {
  anfang?: FallAngaben;
  /** Ebene der Abschnittsüberschriften (2 auf eigener Seite, 3 innerhalb der Fallseite). */
  ebene: 2 | 3;
  knopf: string;
  /** Sendet die Angaben; wirft ApiFehler (Feldfehler, 412 …). */
  speichern: (angaben: FallAngaben) => Promise<void>;
  abbrechen?: () => void;
  /** Bei 412: den aktuellen Stand neu laden, ohne das Formular zu leeren. */
  veraltetNeuLaden?: () => Promise<void>;
}) {
  const arten = useDaten<Pruefungsart[]>('/pruefungen/arten');
  const schemata = useMemo(() => (arten.daten ? fallSchemata(arten.daten) : null), [arten.daten]);
  if (!schemata) return arten.fehler ? <Fehlermeldung fehler={arten.fehler} /> : <Laden text="Formular wird vorbereitet …" />;
  return (
    <Formular
      anfang={anfang}
      ebene={ebene}
      knopf={knopf}
      speichern={speichern}
      abbrechen={abbrechen}
      veraltetNeuLaden={veraltetNeuLaden}
      schemata={schemata}
    />
  );
}

type Schemata = NonNullable<ReturnType<typeof fallSchemata>>;

interface Eingaben {
  aktenzeichen: string;
  status: string;
  person: Personwerte;
  verlauf: Formwert;
  angaben: Formwert;
  klaerung: Formwert;
  bemerkung: string;
}

function anfangswerte(anfang: FallAngaben | undefined, schemata: Schemata): Eingaben {
  return {
    aktenzeichen: anfang?.aktenzeichen ?? '',
    status: anfang?.status ?? 'offen',
    person: {
      nachname: anfang?.person.nachname ?? '',
      vorname: anfang?.person.vorname ?? '',
      geburtsdatum: datumDe(anfang?.person.geburtsdatum),
      strasse: anfang?.person.anschrift?.strasse ?? '',
      plz: anfang?.person.anschrift?.plz ?? '',
      ort: anfang?.person.anschrift?.ort ?? '',
    },
    verlauf: ausJson(schemata.verlauf, anfang ?? {}, true),
    angaben: ausJson(schemata.angaben, anfang?.zustaendigkeitsangaben ?? {}, true),
    klaerung: anfang?.zustaendigkeitsklaerung ? ausJson(schemata.klaerung, anfang.zustaendigkeitsklaerung, true) : null,
    bemerkung: anfang?.bemerkung ?? '',
  };
}

/** Die Angaben für die API; eigene Feldfehler (Formate) landen in `eigene`. */
function sammeln(e: Eingaben, schemata: Schemata, mitStatus: boolean, eigene: Feldfehler[]): FallAngaben {
  const v = (zuJson(schemata.verlauf, e.verlauf, '', true, eigene) ?? {}) as Partial<FallAngaben>;
  const zusatz = (zuJson(schemata.angaben, e.angaben, '/zustaendigkeitsangaben', true, eigene) ?? {}) as Record<string, unknown>;
  const klaerungJson = e.klaerung
    ? (zuJson(schemata.klaerung, e.klaerung, '/zustaendigkeitsklaerung', true, eigene) as NonNullable<
        FallAngaben['zustaendigkeitsklaerung']
      >)
    : null;
  const person = e.person;
  let geburtsdatum: string | null = null;
  if (person.geburtsdatum.trim()) {
    geburtsdatum = datumIso(person.geburtsdatum) ?? null;
    if (!geburtsdatum) eigene.push({ pfad: '/person/geburtsdatum', meldung: meldungen.datum });
  }
  const anschrift = Object.fromEntries(
    (['strasse', 'plz', 'ort'] as const).map((k) => [k, person[k].trim()]).filter(([, w]) => w),
  ) as FallAngaben['person']['anschrift'];
  return {
    aktenzeichen: e.aktenzeichen.trim(),
    ...(mitStatus ? { status: e.status as 'offen' | 'abgeschlossen' } : {}),
    person: { nachname: person.nachname.trim(), vorname: person.vorname.trim(), geburtsdatum, anschrift },
    aufenthalte: v.aufenthalte ?? [],
    leistungen: v.leistungen ?? [],
    antraege: v.antraege ?? [],
    unterbrechungen: v.unterbrechungen ?? [],
    zustaendigkeitsangaben: zusatz,
    zustaendigkeitsklaerung: klaerungJson,
    bemerkung: e.bemerkung.trim() || null,
  };
}

type Veraltet = 'nein' | 'ja' | 'neu geladen';

/** Hinweis nach 412: Der Fall wurde inzwischen geändert (mit Knopf zum Neuladen), danach: der aktuelle Stand ist geladen. */
function VeraltetHinweis({
  veraltet,
  neuLaden,
}: {
  veraltet: Veraltet;
  /** Fehlt, wenn die Seite kein Neuladen anbietet. */
  neuLaden: (() => void) | undefined;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (veraltet !== 'nein') ref.current?.focus();
  }, [veraltet]);
  if (veraltet === 'nein') return null;
  return (
    <div className="kern-alert kern-alert--warning" role="alert" tabIndex={-1} ref={ref} aria-labelledby="veraltet-titel">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <span className="kern-title" id="veraltet-titel">
          {veraltet === 'ja' ? 'Der Fall wurde inzwischen geändert' : 'Der aktuelle Stand ist geladen'}
        </span>
      </div>
      <div className="kern-alert__body kern-stack-sm">
        {veraltet === 'ja' ? (
          <>
            <p className="kern-body">
              Jemand hat diesen Fall gespeichert, nachdem Sie ihn geöffnet haben. Ihre Änderungen wurden deshalb noch nicht gespeichert –
              Ihre Eingaben in diesem Formular sind aber noch da.
            </p>
            <p className="kern-body">
              Laden Sie den aktuellen Stand: Die Angaben oben auf der Seite werden aktualisiert, Ihre Eingaben hier bleiben erhalten. Prüfen
              Sie dann, ob Ihre Eingaben noch passen, und speichern Sie erneut.
            </p>
            {neuLaden && (
              <div className="knopfleiste">
                <button type="button" className="kern-btn kern-btn--primary" onClick={neuLaden}>
                  <span className="kern-label">Aktuellen Stand laden, Eingaben behalten</span>
                </button>
              </div>
            )}
          </>
        ) : (
          <p className="kern-body">
            Die Angaben oben auf der Seite zeigen jetzt den aktuellen Stand. Ihre Eingaben in diesem Formular sind unverändert. Wenn Sie
            jetzt speichern, ersetzen Ihre Eingaben den aktuellen Stand.
          </p>
        )}
      </div>
    </div>
  );
}

interface TeilProps {
  e: Eingaben;
  setze: (teil: Partial<Eingaben> | ((x: Eingaben) => Partial<Eingaben>)) => void;
  fehler: Feldfehler[];
  H: 'h2' | 'h3';
}

function AkteUndPerson({ e, setze, fehler, H, mitStatus }: TeilProps & { mitStatus: boolean }) {
  const pf = (k: keyof Personwerte) => {
    const pfad = k === 'strasse' || k === 'plz' || k === 'ort' ? `/person/anschrift/${k}` : `/person/${k}`;
    return {
      pfad,
      wert: e.person[k],
      aendern: (w: string) => setze((x) => ({ person: { ...x.person, [k]: w } })),
      fehler: fehlerFuer(fehler, pfad),
    };
  };
  return (
    <section className="kern-stack-md" aria-labelledby="fall-akte">
      <H className="kern-heading-medium" id="fall-akte">
        Akte und Person
      </H>
      <Textfeld
        pfad="/aktenzeichen"
        label="Aktenzeichen"
        hinweis="Ihr Aktenzeichen, z. B. PR-50-2025-0001"
        wert={e.aktenzeichen}
        aendern={(w) => setze({ aktenzeichen: w })}
        fehler={fehlerFuer(fehler, '/aktenzeichen')}
      />
      {mitStatus && (
        <Auswahl
          pfad="/status"
          label="Status"
          wert={e.status}
          aendern={(w) => setze({ status: w })}
          fehler={fehlerFuer(fehler, '/status')}
          optionen={[
            { wert: 'offen', text: 'offen' },
            { wert: 'abgeschlossen', text: 'abgeschlossen' },
          ]}
        />
      )}
      <Textfeld label="Nachname" autocomplete="off" {...pf('nachname')} />
      <Textfeld label="Vorname" autocomplete="off" {...pf('vorname')} />
      <Datumsfeld label="Geburtsdatum" optional {...pf('geburtsdatum')} />
      <fieldset className="kern-fieldset schema-gruppe" id="feld-person-anschrift" tabIndex={-1}>
        <legend className="kern-label schema-legende">
          Anschrift<span className="kern-label__optional"> – optional</span>
        </legend>
        <div className="kern-fieldset__body">
          <Textfeld label="Straße und Hausnummer" optional {...pf('strasse')} />
          <Textfeld label="Postleitzahl" optional hinweis="Fünf Ziffern" {...pf('plz')} />
          <Textfeld label="Ort" optional {...pf('ort')} />
        </div>
      </fieldset>
    </section>
  );
}

function VerlaufUndAngaben({ e, setze, fehler, H, schemata, sonderfeld }: TeilProps & { schemata: Schemata; sonderfeld: Sonderfeld }) {
  const [angabenOffen, setAngabenOffen] = useState(() => hatAngaben(e.angaben));
  useEffect(() => {
    if (fehler.some((f) => f.pfad.startsWith('/zustaendigkeitsangaben'))) setAngabenOffen(true);
  }, [fehler]);
  return (
    <>
      <section className="kern-stack-md" aria-labelledby="fall-verlauf">
        <H className="kern-heading-medium" id="fall-verlauf">
          Aufenthalte, Leistungen, Anträge und Unterbrechungen
        </H>
        <p className="kern-body">
          Daraus bestimmt das Regelwerk die örtliche Zuständigkeit nach § 98 SGB IX. Das Gebiet eines Aufenthalts ist der Träger, der für
          dieses Gebiet zuständig ist.
        </p>
        <SchemaFelder
          schema={schemata.verlauf}
          wert={e.verlauf}
          aendern={(w) => setze({ verlauf: w })}
          fehler={fehler}
          sonderfeld={sonderfeld}
        />
      </section>
      <section className="kern-stack-md" aria-labelledby="fall-angaben">
        <H className="kern-heading-medium" id="fall-angaben">
          Weitere Angaben zur Zuständigkeit
        </H>
        <details className="kern-accordion" open={angabenOffen} onToggle={(ev) => setAngabenOffen(ev.currentTarget.open)}>
          <summary className="kern-accordion__header">
            <span className="kern-title">
              Geburt, Betreuungsanteile, ungeklärter Aufenthalt, Eilfall, sachliche Zuständigkeit (optional)
            </span>
          </summary>
          <div className="kern-accordion__body kern-stack-md">
            <SchemaFelder
              schema={schemata.angaben}
              wert={e.angaben}
              aendern={(w) => setze({ angaben: w })}
              pfad="/zustaendigkeitsangaben"
              fehler={fehler}
              sonderfeld={sonderfeld}
            />
          </div>
        </details>
      </section>
    </>
  );
}

function Klaerung({ e, setze, fehler, H, schemata }: TeilProps & { schemata: Schemata }) {
  return (
    <section className="kern-stack-md" aria-labelledby="fall-klaerung">
      <H className="kern-heading-medium" id="fall-klaerung">
        Zuständigkeitsklärung nach § 14 SGB IX
      </H>
      <Ankreuzfeld
        pfad="/zustaendigkeitsklaerung/angeben"
        label="Verfahren nach § 14 SGB IX erfassen"
        hinweis="Antragseingang, Weiterleitung, Rückgabe, Turboklärung und Gutachten; die Fristen werden daraus berechnet."
        wert={e.klaerung !== null}
        aendern={(ja) => setze({ klaerung: ja ? leer(schemata.klaerung, true) : null })}
      />
      {e.klaerung !== null && (
        <fieldset className="kern-fieldset schema-gruppe" id="feld-zustaendigkeitsklaerung" tabIndex={-1}>
          <legend className="kern-label schema-legende">§ 14-Verfahren</legend>
          <div className="kern-fieldset__body">
            <SchemaFelder
              schema={schemata.klaerung}
              wert={e.klaerung}
              aendern={(w) => setze({ klaerung: w })}
              pfad="/zustaendigkeitsklaerung"
              fehler={fehler}
            />
          </div>
        </fieldset>
      )}
    </section>
  );
}

/** Speichert die Angaben; Feldfehler, 412 (veraltet) und andere Fehler der API. */
function useSpeichern(speichern: (angaben: FallAngaben) => Promise<void>) {
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [problem, setProblem] = useState<ApiFehler | null>(null);
  const [veraltet, setVeraltet] = useState<Veraltet>('nein');
  const [laeuft, setLaeuft] = useState(false);

  async function absenden(body: FallAngaben, eigene: Feldfehler[]) {
    if (laeuft) return;
    setProblem(null);
    if (eigene.length) {
      setFehler(eigene);
      return;
    }
    setLaeuft(true);
    try {
      await speichern(body);
      setFehler([]);
      setVeraltet('nein');
    } catch (x) {
      if (x instanceof ApiFehler && x.status === 412) {
        setFehler([]);
        setVeraltet('ja');
      } else if (x instanceof ApiFehler && x.felder.length) setFehler(x.felder);
      else {
        setFehler([]);
        setProblem(x instanceof ApiFehler ? x : new ApiFehler({ type: 'x', title: 'Fehler', status: 0, detail: String(x) }));
      }
    } finally {
      setLaeuft(false);
    }
  }
  return { fehler, problem, veraltet, setVeraltet, laeuft, absenden };
}

function Formular({
  anfang,
  ebene,
  knopf,
  speichern,
  abbrechen,
  veraltetNeuLaden,
  schemata,
}: {
  anfang: FallAngaben | undefined;
  ebene: 2 | 3;
  knopf: string;
  speichern: (angaben: FallAngaben) => Promise<void>;
  abbrechen: (() => void) | undefined;
  veraltetNeuLaden: (() => Promise<void>) | undefined;
  schemata: Schemata;
}) {
  const H = ebene === 2 ? ('h2' as const) : ('h3' as const);
  const traeger = useTraeger();
  const [e, setE] = useState<Eingaben>(() => anfangswerte(anfang, schemata));
  const setze: TeilProps['setze'] = (teil) => setE((x) => ({ ...x, ...(typeof teil === 'function' ? teil(x) : teil) }));
  const { fehler, problem, veraltet, setVeraltet, laeuft, absenden } = useSpeichern(speichern);
  const zusammenfassung = useMemo(
    () =>
      fehler.map((f) => {
        const name = pfadBeschriftung(f.pfad, fallFeldnamen);
        return { pfad: f.pfad, meldung: name ? `${name}: ${f.meldung}` : f.meldung };
      }),
    [fehler],
  );
  const sonderfeld: Sonderfeld = (a) => (traegerFelder.includes(a.name) ? <TraegerAuswahl a={a} traeger={traeger.liste} /> : undefined);
  const teil = { e, setze, fehler, H };

  function abschicken(ev: FormEvent) {
    ev.preventDefault();
    if (laeuft) return;
    const eigene: Feldfehler[] = [];
    void absenden(sammeln(e, schemata, Boolean(anfang), eigene), eigene);
  }

  return (
    <form className="kern-stack-lg schema-formular fall-formular" noValidate onSubmit={abschicken}>
      <Fehlerzusammenfassung fehler={zusammenfassung} />
      <Fehlermeldung fehler={problem} />
      <VeraltetHinweis
        veraltet={veraltet}
        neuLaden={veraltetNeuLaden && (() => void veraltetNeuLaden().then(() => setVeraltet('neu geladen')))}
      />
      <AkteUndPerson {...teil} mitStatus={Boolean(anfang)} />
      <VerlaufUndAngaben {...teil} schemata={schemata} sonderfeld={sonderfeld} />
      <Klaerung {...teil} schemata={schemata} />
      <Textfeld
        pfad="/bemerkung"
        label="Bemerkung"
        optional
        mehrzeilig
        wert={e.bemerkung}
        aendern={(w) => setze({ bemerkung: w })}
        fehler={fehlerFuer(fehler, '/bemerkung')}
      />
      <div className="knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={laeuft || undefined}>
          <span className="kern-label">{laeuft ? 'Wird gespeichert …' : knopf}</span>
        </button>
        {abbrechen && (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={abbrechen}>
            <span className="kern-label">Abbrechen</span>
          </button>
        )}
      </div>
    </form>
  );
}
