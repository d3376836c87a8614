// Erstattung: das Erstattungsbuch (ausgehend und eingehend), ein neuer Anspruch und die Seite eines
// Anspruchs mit Parteien, Rechtsgrundlage samt Begründung, Beträgen, § 111 je Leistungsfall (Maßnahme
// oder Zeitraum, Text und Farbe; Maßnahmen bearbeiten), § 113 mit Hemmung durch Klage, Zinsen (§ 108 Abs. 2 SGB X mit der Lesart nach OQ-4),
// Zahlungen, Bemerkung (If-Match) und den Arbeitsschritten mit Vier-Augen-Prinzip.
import { Tabellenkopf } from '../../gemeinsam/tabellenrahmen.tsx';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiFehler, type Antwort, type Feldfehler, api } from '../../api.ts';
import { Angaben, Laden, Status } from '../../gemeinsam/anzeige.tsx';
import { Begruendung } from '../../gemeinsam/begruendung.tsx';
import { Arbeitsschritte } from './aktionen.tsx';
import { AnspruchFormular } from './formular.tsx';
import { type Anspruch, AnspruchStatus, FristStatus, Tabellenrahmen, fristStand } from './gemeinsam.tsx';
import { Auswahl, Textfeld } from '../../gemeinsam/felder.tsx';
import { Erfolg, Fehlermeldung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import {
  type MassnahmeEingabe,
  Leistungsfaelle,
  MassnahmenFelder,
  leistungsrechtOptionen,
  massnahmenFuerApi,
  massnahmenNamen,
} from './massnahmen.tsx';
import { BriefeUndDokumente, useSchriftgut } from '../../gemeinsam/schreiben.tsx';
import { useDaten } from '../../daten.ts';
import { datumDe, euro, heuteIso, landName, prozentDe, zeitDe } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';

export const darfAnlegen = ['kostenerstattung', 'leitung'];

const tagFormat = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });

/** Zeitstempel → TT.MM.JJJJ in Berlin (ein UTC-Zeitstempel kurz nach Mitternacht gehört zum neuen Tag). */
export function tagDe(zeitstempel: string): string {
  return tagFormat.format(new Date(zeitstempel));
}

// ---------------------------------------------------------------------------------------------
// Erstattungsbuch

// ---------------------------------------------------------------------------------------------
// Neuer Anspruch

export function ErstattungNeu() {
  const { hatRolle } = useSitzung();
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large erstattung-titel">Neuer Erstattungsanspruch</h1>
      {hatRolle(...darfAnlegen) ? (
        <AnspruchFormular />
      ) : (
        <>
          <p className="kern-body">
            Erstattungsansprüche legen Personen mit der Rolle Kostenerstattung oder Leitung an. Ihre Rolle erlaubt das nicht; bitte wenden
            Sie sich an die Kostenerstattung Ihres Trägers.
          </p>
          <Link className="kern-link" to="/erstattung">
            Zurück zum Erstattungsbuch
          </Link>
        </>
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Ein Anspruch

function Betraege({ a }: { a: Anspruch }) {
  const zeilen: [string, string, string][] = [
    ['Forderung', euro(a.forderungCent), 'vom Regelwerk berechnet'],
    [
      'Anerkannt',
      a.anerkanntCent === null ? '–' : euro(a.anerkanntCent),
      a.anerkanntCent === null ? 'noch nicht entschieden' : 'vom Verpflichteten freigegeben',
    ],
    ['Bezahlt', euro(a.bezahltCent), `${a.zahlungen.length} Zahlung${a.zahlungen.length === 1 ? '' : 'en'}`],
    ['Noch offen', euro(a.offenCent), a.anerkanntCent === null ? 'bezogen auf die Forderung' : 'bezogen auf den anerkannten Betrag'],
    ...(a.ueberzahlungCent > 0
      ? [
          ['Überzahlung', euro(a.ueberzahlungCent), 'mehr gezahlt als anerkannt; zurückzuerstatten nach § 112 SGB X'] as [
            string,
            string,
            string,
          ],
        ]
      : []),
  ];
  return (
    <section className="kern-stack-sm" aria-labelledby="betraege-titel">
      <h2 className="kern-heading-medium" id="betraege-titel">
        Beträge
      </h2>
      <Tabellenrahmen titel="Tabelle der Beträge">
        <table className="kern-table kern-table--small erstattung-betraege">
          <caption className="kern-sr-only">Beträge des Anspruchs</caption>
          <Tabellenkopf spalten={['Betrag', 'Euro', 'Erläuterung']} zahlen={['Euro']} />
          <tbody className="kern-table__body">
            {zeilen.map(([k, v, e]) => (
              <tr className="kern-table__row" key={k}>
                <th scope="row" className="kern-table__header">
                  {k}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">{v}</td>
                <td className="kern-table__cell">{e}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabellenrahmen>
    </section>
  );
}

function Ausschlussfrist({ a, heute }: { a: Anspruch; heute: string }) {
  const zeilen = a.fristenpruefung?.ergebnis.ausschlussfrist ?? [];
  const summe = { gewahrt: 0, offen: 0, ausgeschlossen: 0, nichtBegonnen: 0 };
  const mitMassnahme = a.leistungszeitraeume.some((z) => z.massnahme);
  for (const z of a.leistungszeitraeume) summe[fristStand(z, heute)] += z.betragCent;
  return (
    <section className="kern-stack-sm" aria-labelledby="s111-titel">
      <h2 className="kern-heading-medium" id="s111-titel">
        Leistungszeiträume und Ausschlussfrist (§ 111 SGB X)
      </h2>
      <p className="kern-body">
        Ein Erstattungsanspruch ist ausgeschlossen, wenn er nicht spätestens zwölf Monate nach dem letzten Tag des Zeitraums geltend gemacht
        wird (§ 111 SGB X); die Frist beginnt frühestens mit der Kenntnis von der Entscheidung des Verpflichteten. In der
        Eingliederungshilfe ist der letzte Tag das Ende der Maßnahme: Ihre Zeiträume teilen eine Frist, und solange sie läuft, beginnt die
        Frist nicht. Bei anderem Leistungsrecht wird jeder Zeitraum für sich geprüft. <span className="kern-body--bold">Gewahrt</span>{' '}
        heißt: rechtzeitig angemeldet. <span className="kern-body--bold">Offen</span> heißt: Die Frist läuft noch, der Anspruch ist nicht
        angemeldet. <span className="kern-body--bold">Ausgeschlossen</span> heißt: Die Frist ist verstrichen; dieser Teil ist verloren.
      </p>
      <ul className="erstattung-summen">
        <li>
          <Status text="gewahrt" ton="success" /> {euro(summe.gewahrt)}
        </li>
        <li>
          <Status text="offen" ton="warning" /> {euro(summe.offen)}
        </li>
        <li>
          <Status text="ausgeschlossen" ton="danger" /> {euro(summe.ausgeschlossen)}
        </li>
        {summe.nichtBegonnen > 0 && (
          <li>
            <Status text="Frist nicht begonnen" ton="info" /> {euro(summe.nichtBegonnen)}
          </li>
        )}
      </ul>
      <Leistungsfaelle a={a} heute={heute} />
      {a.leistungszeitraeume.length === 0 ? (
        <p className="kern-body">Keine Leistungszeiträume erfasst.</p>
      ) : (
        <Tabellenrahmen titel="Tabelle der Leistungszeiträume">
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">
              Leistungszeiträume mit Betrag, Fristende, Stand der Ausschlussfrist und, nach der Anmeldung, ob sie geltend gemacht sind
            </caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  Zeitraum
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Betrag
                </th>
                <th scope="col" className="kern-table__header">
                  Rechnung
                </th>
                {mitMassnahme && (
                  <th scope="col" className="kern-table__header">
                    Maßnahme
                  </th>
                )}
                <th scope="col" className="kern-table__header">
                  Frist beginnt
                </th>
                <th scope="col" className="kern-table__header">
                  Frist endet
                </th>
                <th scope="col" className="kern-table__header">
                  § 111 SGB X
                </th>
                {a.geltendmachung && (
                  <th scope="col" className="kern-table__header">
                    Geltend gemacht
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {a.leistungszeitraeume.map((z) => {
                const r = zeilen.find((x) => x.von === z.von && x.bis === z.bis);
                return (
                  <tr className="kern-table__row" key={z.id}>
                    <th scope="row" className="kern-table__header erstattung-zeitraum-kopf">
                      {datumDe(z.von)} – {datumDe(z.bis)}
                    </th>
                    <td className="kern-table__cell kern-table__cell--numeric">{euro(z.betragCent)}</td>
                    <td className="kern-table__cell">{z.rechnung ?? <span className="kern-body--muted">–</span>}</td>
                    {mitMassnahme && <td className="kern-table__cell">{z.massnahme ?? <span className="kern-body--muted">–</span>}</td>}
                    <td className="kern-table__cell">
                      {r?.fristbeginn ? `nach dem ${datumDe(r.fristbeginn)}` : z.fristEnde ? '' : 'mit dem Ende der Maßnahme'}
                    </td>
                    <td className="kern-table__cell">
                      {z.fristEnde ? datumDe(z.fristEnde) : '–'}
                      {r?.nominalesEnde && r.nominalesEnde !== r.ende && (
                        <span className="kern-body--muted"> (verschoben vom {datumDe(r.nominalesEnde)}, § 26 Abs. 3 SGB X)</span>
                      )}
                    </td>
                    <td className="kern-table__cell">
                      <FristStatus zeitraum={z} heute={heute} />
                    </td>
                    {a.geltendmachung && (
                      <td className="kern-table__cell">
                        {z.nichtGeltendGemacht ? <Status text="nicht geltend gemacht" ton="neutral" /> : `am ${datumDe(a.geltendmachung)}`}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Tabellenrahmen>
      )}
      {a.geltendmachung ? (
        <p className="kern-body">
          Geltend gemacht (angemeldet) am {datumDe(a.geltendmachung)}
          {a.leistungszeitraeume.some((z) => z.nichtGeltendGemacht)
            ? ` für ${a.leistungszeitraeume.filter((z) => !z.nichtGeltendGemacht).length} von ${a.leistungszeitraeume.length} Leistungszeiträumen; die übrigen hat die Anmeldung nicht genannt, Bezifferung und Erinnerung nennen sie ebenfalls nicht.`
            : '.'}
        </p>
      ) : (
        <p className="kern-body">
          Noch nicht angemeldet.{' '}
          {summe.offen > 0 && `Melden Sie den Anspruch vor dem ersten Fristende an, sonst sind bis zu ${euro(summe.offen)} verloren.`}
        </p>
      )}
    </section>
  );
}

/**
 * Maßnahmen bearbeiten: welche Zeiträume zu welcher Maßnahme gehören, wann sie endete oder dass
 * sie noch läuft, und das Leistungsrecht des Verpflichteten. Das Regelwerk rechnet danach § 111
 * SGB X je Leistungsfall neu.
 */
function MassnahmenBearbeiten({ a, etag, gespeichert }: { a: Anspruch; etag: string | null; gespeichert: (x: Antwort<Anspruch>) => void }) {
  const [namen, setNamen] = useState<string[]>(() => a.leistungszeitraeume.map((z) => z.massnahme ?? ''));
  const [werte, setWerte] = useState<Record<string, MassnahmeEingabe>>(() =>
    Object.fromEntries(a.massnahmen.map((m) => [m.massnahme, { beendet: m.beendet ? datumDe(m.beendet) : '', laeuft: m.laeuft ?? false }])),
  );
  const [recht, setRecht] = useState<string>(a.leistungsrecht);
  const [feldfehler, setFeldfehler] = useState<Feldfehler[]>([]);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);
  const genannt = massnahmenNamen(namen.map((massnahme) => ({ massnahme })));
  const f = (pfad: string) => fehlerFuer(feldfehler, pfad);

  async function speichern(ev: FormEvent) {
    ev.preventDefault();
    if (sendet) return;
    setOk(null);
    setFehler(null);
    const { massnahmen, fehler: neu } = massnahmenFuerApi(genannt, werte);
    setFeldfehler(neu);
    if (neu.length) return;
    setSendet(true);
    try {
      const antwort = await api.patch<Anspruch>(
        `/erstattungsansprueche/${a.id}`,
        {
          leistungsrecht: recht,
          massnahmen,
          leistungszeitraeume: a.leistungszeitraeume.map((z, i) => ({
            von: z.von,
            bis: z.bis,
            betragCent: z.betragCent,
            rechnung: z.rechnung,
            massnahme: namen[i]?.trim() || null,
          })),
        },
        etag,
      );
      gespeichert(antwort);
      setOk('Die Maßnahmen sind gespeichert; die Ausschlussfristen sind neu berechnet.');
    } catch (e) {
      const x = e instanceof ApiFehler ? e : new ApiFehler({ type: 'x', title: 'Fehler', status: 0, detail: String(e) });
      if (x.felder.length) setFeldfehler(x.felder);
      else setFehler(x);
    } finally {
      setSendet(false);
    }
  }

  return (
    <section className="kern-stack-sm" aria-labelledby="massnahmen-titel">
      <h2 className="kern-heading-medium" id="massnahmen-titel">
        Maßnahmen bearbeiten
      </h2>
      <details>
        <summary className="kern-body">Zeiträume Maßnahmen zuordnen, Ende oder Fortdauer erfassen</summary>
        <form className="kern-stack-sm" noValidate onSubmit={(e) => void speichern(e)}>
          <Fehlermeldung fehler={fehler} />
          <Erfolg text={ok} />
          <Auswahl
            pfad="/leistungsrecht"
            label="Leistungsrecht des Verpflichteten"
            hinweis="Es bestimmt, was ein Leistungsfall ist (§ 111 SGB X)."
            wert={recht}
            aendern={setRecht}
            optionen={leistungsrechtOptionen}
            fehler={f('/leistungsrecht')}
          />
          {a.leistungszeitraeume.map((z, i) => (
            <Textfeld
              key={z.id}
              pfad={`/leistungszeitraeume/${i}/massnahme`}
              label={`Maßnahme für ${datumDe(z.von)} – ${datumDe(z.bis)}`}
              optional
              wert={namen[i] ?? ''}
              aendern={(w) => setNamen((x) => x.map((n, j) => (j === i ? w : n)))}
              fehler={f(`/leistungszeitraeume/${i}/massnahme`)}
            />
          ))}
          <MassnahmenFelder namen={genannt} werte={werte} aendern={(n, w) => setWerte((x) => ({ ...x, [n]: w }))} fehler={f} />
          <div className="knopfleiste">
            <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={sendet}>
              <span className="kern-label">{sendet ? 'Wird gespeichert …' : 'Maßnahmen speichern'}</span>
            </button>
          </div>
        </form>
      </details>
    </section>
  );
}

function Verjaehrung({ a, heute }: { a: Anspruch; heute: string }) {
  const v = a.fristenpruefung?.ergebnis.verjaehrung;
  const klagen = a.hemmungen.filter((h) => h.art === 'klage');
  let status: { text: string; ton: 'success' | 'danger' | 'info' | 'neutral' | 'warning'; satz: string };
  if (!v || v.status === 'S113_OFFEN')
    status = {
      text: 'nicht berechenbar',
      ton: 'neutral',
      satz: 'Ohne das Datum der Kenntnis von der Entscheidung des Verpflichteten beginnt die Verjährung nicht (§ 113 Abs. 1 SGB X). Bitte das Kenntnisdatum erfassen.',
    };
  else if (v.gehemmtAmStichtag) {
    const k = klagen.find((h) => !h.rechtskraft);
    status = {
      text: 'gehemmt durch Klage',
      ton: 'info',
      satz: `Die Klage${k ? ` vom ${datumDe(k.von)}` : ''} hemmt die Verjährung (§ 113 Abs. 2 SGB X i. V. m. § 204 Abs. 1 Nr. 1 BGB). Solange das Verfahren nicht rechtskräftig abgeschlossen ist, läuft keine Verjährung; sie endet frühestens sechs Monate nach der Rechtskraft.`,
    };
  } else if (v.verjaehrt || (v.ende !== null && v.ende < heute))
    status = {
      text: 'verjährt',
      ton: 'danger',
      satz: `Die Verjährung endete am ${datumDe(v.ende)}. Sie wirkt nur, wenn der Verpflichtete sie einwendet (§ 214 BGB).`,
    };
  else
    status = {
      text: 'nicht verjährt',
      ton: 'success',
      satz: `Die Verjährung endet am ${datumDe(v.ende)}${v.gehemmtTage > 0 ? `, verlängert um ${v.gehemmtTage} Tage Hemmung (§ 209 BGB)` : ''}.`,
    };
  return (
    <section className="kern-stack-sm" aria-labelledby="s113-titel">
      <h2 className="kern-heading-medium" id="s113-titel">
        Verjährung (§ 113 SGB X)
      </h2>
      <p className="kern-body">
        <Status text={status.text} ton={status.ton} /> {status.satz}
      </p>
      {v && v.status !== 'S113_OFFEN' && (
        <Angaben
          eintraege={[
            ['Beginn der Verjährung', datumDe(v.beginn)],
            ['Ende ohne Hemmung', datumDe(v.nominalesEnde)],
            ['Ende mit Hemmung', v.ende ? datumDe(v.ende) : 'offen, solange die Hemmung andauert'],
            ['Gehemmte Tage', String(v.gehemmtTage)],
            ['Neubeginn durch Anerkenntnis', a.neubeginn ? `am ${datumDe(a.neubeginn)} (§ 212 Abs. 1 Nr. 1 BGB)` : 'keiner'],
            [
              'Klagen',
              klagen.length === 0
                ? 'keine'
                : klagen
                    .map(
                      (k) => `erhoben am ${datumDe(k.von)}${k.rechtskraft ? `, rechtskräftig am ${datumDe(k.rechtskraft)}` : ', anhängig'}`,
                    )
                    .join('; '),
            ],
          ]}
        />
      )}
    </section>
  );
}

function Zinsen({ a }: { a: Anspruch }) {
  const z = a.zinsen?.ergebnis;
  const fehlend = [
    !a.eingangLeistungsantrag && 'der Eingang des Leistungsantrags',
    !a.bezifferungAm && 'die Bezifferung (vollständiger Erstattungsantrag)',
    a.zahlungen.length === 0 && 'eine Zahlung',
  ].filter((x): x is string => Boolean(x));
  return (
    <section className="kern-stack-sm" aria-labelledby="zinsen-titel">
      <h2 className="kern-heading-medium" id="zinsen-titel">
        Zinsen (§ 108 Abs. 2 SGB X)
      </h2>
      {!a.zinsantrag ? (
        <p className="kern-body">Zinsen sind nicht beantragt. Nach § 108 Abs. 2 SGB X gibt es Zinsen nur auf Antrag.</p>
      ) : !z ? (
        <p className="kern-body">
          Zinsen sind beantragt. Das Regelwerk berechnet sie mit der Zahlung; dafür{' '}
          {fehlend.length ? `fehlt noch: ${fehlend.join(', ')}` : 'liegt alles vor'}.
        </p>
      ) : (
        <>
          <p className="kern-body">
            Zinssatz {prozentDe(z.zinssatzProzent)} jährlich auf {euro(z.zinsbasisEuro * 100)} (volle Euro, § 44 Abs. 3 SGB I).{' '}
            {z.zinspflichtig ? '' : 'Nach dem Ergebnis des Regelwerks ist der Anspruch nicht zu verzinsen.'}
          </p>
          <Tabellenrahmen titel="Tabelle der Zinsen">
            <table className="kern-table kern-table--small">
              <caption className="kern-sr-only">Zinsen nach zwei Lesarten des § 108 Abs. 2 SGB X</caption>
              <Tabellenkopf spalten={['Lesart', 'Zinsbeginn', 'Zinsende', 'Monate', 'Zinsen']} zahlen={['Monate', 'Zinsen']} />
              <tbody className="kern-table__body">
                {(
                  [
                    ['Gerechnet: erst nach einem vollen Kalendermonat nach dem Monat des Eingangs; der Monat der Zahlung zählt nicht', z],
                    ['Andere Lesart (offene Rechtsfrage): schon der Monat des Eingangs ist der eine Kalendermonat', z.alternativ],
                  ] as const
                ).map(([text, l]) => (
                  <tr className="kern-table__row" key={text}>
                    <th scope="row" className="kern-table__header">
                      {text}
                    </th>
                    <td className="kern-table__cell">{l.zinsbeginn ? datumDe(l.zinsbeginn) : '–'}</td>
                    <td className="kern-table__cell">{l.zinsende ? datumDe(l.zinsende) : '–'}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{l.zinsmonate}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{euro(l.zinsenCent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabellenrahmen>
          <p className="kern-body">
            Zinsen „für die Dauer des Erstattungszeitraums“ (§ 108 Abs. 2 Satz 1 Nr. 1 SGB X) sind hier nicht berechnet: Wie sie zu rechnen
            sind, ist ungeklärt. Der{' '}
            <Link className="kern-link" to="/pruefrechner?art=zinsen">
              Prüfrechner (Zinsen)
            </Link>{' '}
            rechnet sie auf Wunsch nach einer ausgewiesenen Lesart, getrennt von den Zinsen nach Nr. 2.
          </p>
          {a.zinsen && <Begruendung titel="Begründung der Zinsen" schritte={a.zinsen.begruendung} hinweise={a.zinsen.hinweise} />}
        </>
      )}
      {a.zinsantrag && !z && (
        <p className="kern-body">
          Ob § 108 Abs. 2 SGB X auch zwischen zwei Trägern der Eingliederungshilfe gilt, ist eine offene Rechtsfrage.
        </p>
      )}
    </section>
  );
}

function Zahlungen({ a }: { a: Anspruch }) {
  return (
    <section className="kern-stack-sm" aria-labelledby="zahlungen-titel">
      <h2 className="kern-heading-medium" id="zahlungen-titel">
        Zahlungen
      </h2>
      {a.zahlungen.length === 0 ? (
        <p className="kern-body">Noch keine Zahlungen erfasst.</p>
      ) : (
        <Tabellenrahmen titel="Tabelle der Zahlungen">
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">Zahlungen auf den Anspruch</caption>
            <Tabellenkopf spalten={['Datum', 'Betrag', 'Verwendungszweck']} zahlen={['Betrag']} />
            <tbody className="kern-table__body">
              {a.zahlungen.map((z) => (
                <tr className="kern-table__row" key={z.id}>
                  <td className="kern-table__cell">{datumDe(z.datum)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{euro(z.betragCent)}</td>
                  <td className="kern-table__cell">{z.verwendungszweck ?? ''}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="kern-table__footer">
              <tr className="kern-table__row">
                <th scope="row" className="kern-table__header">
                  Summe
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">{euro(a.bezahltCent)}</td>
                <td className="kern-table__cell" />
              </tr>
            </tfoot>
          </table>
        </Tabellenrahmen>
      )}
    </section>
  );
}

/** Bemerkung mit If-Match: bei 412 bleibt der getippte Text stehen, der neue Stand wird gezeigt. */
function Bemerkung({
  a,
  etag,
  darf,
  gespeichert,
}: {
  a: Anspruch;
  etag: string | null;
  darf: boolean;
  gespeichert: (x: Antwort<Anspruch>) => void;
}) {
  const [text, setText] = useState(a.bemerkung);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [konflikt, setKonflikt] = useState<'offen' | 'geladen' | null>(null);
  const [fremd, setFremd] = useState<string | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);

  async function speichern(ev: FormEvent) {
    ev.preventDefault();
    if (sendet) return;
    setOk(null);
    setFehler(null);
    setSendet(true);
    try {
      const antwort = await api.patch<Anspruch>(`/erstattungsansprueche/${a.id}`, { bemerkung: text }, etag);
      gespeichert(antwort);
      setKonflikt(null);
      setFremd(null);
      setOk('Die Bemerkung ist gespeichert.');
    } catch (e) {
      const f = e instanceof ApiFehler ? e : new ApiFehler({ type: 'x', title: 'Fehler', status: 0, detail: String(e) });
      if (f.status === 412) setKonflikt('offen');
      else setFehler(f);
    } finally {
      setSendet(false);
    }
  }

  async function neuLaden() {
    try {
      const antwort = await api.get<Anspruch>(`/erstattungsansprueche/${a.id}`);
      gespeichert(antwort);
      setFremd(antwort.daten.bemerkung);
      setKonflikt('geladen');
      document.getElementById('feld-bemerkung')?.focus();
    } catch (e) {
      setFehler(e instanceof ApiFehler ? e : null);
    }
  }

  return (
    <section className="kern-stack-sm" aria-labelledby="bemerkung-titel">
      <h2 className="kern-heading-medium" id="bemerkung-titel">
        Bemerkung
      </h2>
      {!darf ? (
        <>
          <p className="kern-body erstattung-bemerkung">{a.bemerkung || 'Keine Bemerkung.'}</p>
          <p className="kern-body--small kern-body--muted">Die Bemerkung ändern Personen mit der Rolle Kostenerstattung oder Leitung.</p>
        </>
      ) : (
        <form className="kern-stack-sm" noValidate onSubmit={(e) => void speichern(e)}>
          {konflikt === 'offen' && (
            <div className="kern-alert kern-alert--warning" role="alert">
              <div className="kern-alert__header">
                <span className="kern-icon kern-icon--warning" aria-hidden="true" />
                <h3 className="kern-title">Jemand anderes hat den Anspruch inzwischen geändert</h3>
              </div>
              <div className="kern-alert__body kern-stack-xs">
                <p className="kern-body">
                  Ihre Bemerkung ist noch nicht gespeichert, weil eine andere Person den Anspruch geändert hat, während Sie geschrieben
                  haben. Ihr Text geht nicht verloren: Laden Sie den neuen Stand, prüfen Sie die Änderung und speichern Sie dann erneut.
                </p>
                <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void neuLaden()}>
                  <span className="kern-label">Neuen Stand laden – Ihr Text bleibt erhalten</span>
                </button>
              </div>
            </div>
          )}
          {konflikt === 'geladen' && (
            <div className="kern-alert kern-alert--info" role="status">
              <div className="kern-alert__header">
                <span className="kern-icon kern-icon--info" aria-hidden="true" />
                <h3 className="kern-title">Neuer Stand geladen</h3>
              </div>
              <div className="kern-alert__body kern-stack-xs">
                <p className="kern-body">Jetzt gespeicherte Bemerkung:</p>
                <blockquote className="kern-body erstattung-bemerkung">{fremd || '(leer)'}</blockquote>
                <p className="kern-body">Ihr Text steht unverändert im Feld. Passen Sie ihn bei Bedarf an und speichern Sie erneut.</p>
              </div>
            </div>
          )}
          <Fehlermeldung fehler={fehler} />
          <Erfolg text={ok} />
          <Textfeld
            pfad="/bemerkung"
            label="Bemerkung zum Anspruch"
            hinweis="Beide Parteien sehen und ändern die Bemerkung."
            mehrzeilig
            wert={text}
            aendern={(w) => {
              setText(w);
              setOk(null);
            }}
          />
          <div className="knopfleiste">
            <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={sendet}>
              <span className="kern-label">{sendet ? 'Wird gespeichert …' : 'Bemerkung speichern'}</span>
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Briefe zum Anspruch: Anmeldung (Geltendmachung, § 111 SGB X), Bezifferung, Erinnerung – und die gespeicherten Dokumente. */
function Briefe({ a, etag, neuLaden }: { a: Anspruch; etag: string | null; neuLaden: () => void }) {
  const s = useSchriftgut(`/erstattungsansprueche/${a.id}`, a.version);
  return (
    <BriefeUndDokumente
      s={s}
      etag={etag}
      geaendert={neuLaden}
      leer="Zu diesem Anspruch gibt es noch keine Dokumente."
      hilfe={
        <>
          <p className="kern-body">
            Die Briefe an den verpflichteten Träger entstehen aus diesem Anspruch: Anmeldung, Bezifferung und Erinnerung. Jeder Brief wird
            als PDF gesetzt und hier gespeichert; er druckt die gespeicherte Begründung des Regelwerks und rechnet nichts neu. Den Brief
            schreibt der Anspruchsteller (Kostenerstattung oder Leitung); der verpflichtete Träger sieht ihn, sobald der Anspruch angemeldet
            ist.
          </p>
          <p className="kern-body">
            <span className="kern-body--bold">Die Anmeldung ist die Geltendmachung nach § 111 SGB X.</span> Erzeugen Sie sie für einen
            Entwurf, wird der Anspruch angemeldet: Das Datum der Geltendmachung ist der heutige Tag, und die Ausschlussfrist ist für jeden
            Zeitraum gewahrt, dessen Frist noch läuft. Die Bezifferung setzt ebenso das Datum des vollständigen Erstattungsantrags (§ 108
            Abs. 2 SGB X). Ist der Anspruch schon angemeldet oder beziffert, entsteht eine Zweitschrift, die nichts ändert.
          </p>
        </>
      }
    />
  );
}

const pruefungNamen: Record<string, string> = {
  erstattungsanspruch: 'Rechtsgrundlage und Betrag',
  erstattungsfristen: 'Ausschlussfrist und Verjährung',
  zinsen: 'Zinsen',
};

export function ErstattungDetail() {
  const { id } = useParams();
  const { sitzung, hatRolle } = useSitzung();
  const ort = useLocation();
  const d = useDaten<Anspruch>(id ? `/erstattungsansprueche/${id}` : null);
  const [meldung, setMeldung] = useState<string | null>(((ort.state as { meldung?: string } | null) ?? {}).meldung ?? null);
  const meldungRef = useRef<HTMLDivElement>(null);
  const heute = heuteIso();
  const a = d.daten;

  useEffect(() => {
    if (a) document.title = `Erstattungsanspruch ${a.aktenzeichen} – EGH-Clearing`;
  }, [a]);

  const nichtGefunden = d.fehler?.status === 404;
  const ueberschrift = nichtGefunden ? (
    'Erstattungsanspruch nicht gefunden'
  ) : a ? (
    <>
      Erstattungsanspruch <span className="erstattung-az">{a.aktenzeichen}</span>
    </>
  ) : (
    'Erstattungsanspruch'
  );

  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large erstattung-titel">{ueberschrift}</h1>
      {nichtGefunden ? (
        <>
          <p className="kern-body">
            Diesen Erstattungsanspruch gibt es nicht, oder Ihr Träger ist an ihm nicht beteiligt. Einen Anspruch sehen nur der Träger, der
            ihn stellt, und – sobald er angemeldet ist – der Träger, der erstatten soll.
          </p>
          <Link className="kern-link" to="/erstattung">
            Zurück zum Erstattungsbuch
          </Link>
        </>
      ) : !a ? (
        d.fehler ? (
          <Fehlermeldung fehler={d.fehler} />
        ) : (
          <Laden />
        )
      ) : (
        <>
          <div className="erstattung-kopf">
            <AnspruchStatus status={a.status} />
            <p className="kern-body">
              {a.anspruchsteller?.name ?? a.anspruchstellerId} fordert von {a.verpflichteter?.name ?? a.verpflichteterExtern ?? '–'}{' '}
              {a.anspruchsgrundlage ? `nach ${a.anspruchsgrundlage}` : '(ohne Anspruchsgrundlage)'} · {euro(a.forderungCent)} · Ihre Seite:{' '}
              {a.seite === 'anspruchsteller' ? 'Anspruchsteller' : 'Verpflichteter'}
            </p>
          </div>
          <div ref={meldungRef} tabIndex={-1}>
            <Erfolg text={meldung} />
          </div>
          <Fehlermeldung fehler={d.fehler} />

          <section className="kern-stack-sm" aria-labelledby="parteien-titel">
            <h2 className="kern-heading-medium" id="parteien-titel">
              Parteien und Daten
            </h2>
            <Angaben
              eintraege={[
                [
                  'Anspruchsteller',
                  a.anspruchsteller ? `${a.anspruchsteller.name} (${landName(a.anspruchsteller.land)})` : a.anspruchstellerId,
                ],
                [
                  'Verpflichteter',
                  a.verpflichteter
                    ? `${a.verpflichteter.name} (${landName(a.verpflichteter.land)})`
                    : `${a.verpflichteterExtern ?? '–'} (außerhalb der Plattform, ${landName(a.landVerpflichteter)})`,
                ],
                [
                  'Fall',
                  a.fallId && a.seite === 'anspruchsteller' ? (
                    <Link className="kern-link" to={`/faelle/${a.fallId}`}>
                      Fall öffnen
                    </Link>
                  ) : a.fallId ? (
                    'beim Anspruchsteller (für Sie nicht einsehbar)'
                  ) : (
                    'kein Fall verknüpft'
                  ),
                ],
                ['Person (Pseudonym)', a.personPseudonym ?? '–'],
                ['Kenntnis von der Entscheidung', a.kenntnisEntscheidung ? datumDe(a.kenntnisEntscheidung) : 'nicht erfasst'],
                ['Angemeldet (geltend gemacht)', a.geltendmachung ? datumDe(a.geltendmachung) : 'noch nicht'],
                ['Beziffert', a.bezifferungAm ? datumDe(a.bezifferungAm) : 'noch nicht'],
                ['Eingang des Leistungsantrags', a.eingangLeistungsantrag ? datumDe(a.eingangLeistungsantrag) : 'nicht erfasst'],
                ['Zinsantrag', a.zinsantrag ? 'ja' : 'nein'],
              ]}
            />
          </section>

          <Arbeitsschritte
            anspruch={a}
            etag={d.etag}
            sitzung={sitzung}
            neuLaden={d.neu}
            fertig={(antwort, text) => {
              d.setze(antwort);
              setMeldung(text);
              setTimeout(() => meldungRef.current?.focus(), 0);
            }}
          />

          <Betraege a={a} />

          <section className="kern-stack-sm" aria-labelledby="grundlage-titel">
            <h2 className="kern-heading-medium" id="grundlage-titel">
              Rechtsgrundlage
            </h2>
            <p className="kern-body">
              {a.anspruchsgrundlage ? (
                <>
                  Anspruchsgrundlage: <span className="kern-body--bold">{a.anspruchsgrundlage}</span>
                </>
              ) : (
                'Nach den Angaben besteht kein Erstattungsanspruch; die Begründung sagt, warum.'
              )}
            </p>
            {a.rechtsgrundlage && (
              <>
                <Begruendung
                  titel="Begründung der Rechtsgrundlage"
                  schritte={a.rechtsgrundlage.begruendung}
                  hinweise={a.rechtsgrundlage.hinweise}
                  stichtag={a.leistungszeitraeume[0]?.von}
                />
                <p className="kern-body--small kern-body--muted">
                  Geprüft am {zeitDe(a.rechtsgrundlage.erstelltAm)} mit Regelwerk {a.rechtsgrundlage.regelwerkVersion}.
                </p>
              </>
            )}
          </section>

          <Ausschlussfrist a={a} heute={heute} />
          {a.seite === 'anspruchsteller' &&
            ['Entwurf', 'Angemeldet', 'Beziffert'].includes(a.status) &&
            hatRolle('kostenerstattung', 'leitung') && <MassnahmenBearbeiten key={a.id} a={a} etag={d.etag} gespeichert={d.setze} />}
          <Verjaehrung a={a} heute={heute} />
          {a.fristenpruefung && (
            <section className="kern-stack-sm" aria-labelledby="fristen-begruendung-titel">
              <h2 className="kern-sr-only" id="fristen-begruendung-titel">
                Begründung der Fristen
              </h2>
              <Begruendung
                titel="Begründung der Fristen (§§ 111, 113 SGB X)"
                schritte={a.fristenpruefung.begruendung}
                hinweise={a.fristenpruefung.hinweise}
                stichtag={a.leistungszeitraeume[0]?.von}
              />
              <p className="kern-body--small kern-body--muted">
                Stand der Berechnung:{' '}
                {datumDe(typeof a.fristenpruefung.eingabe.stichtag === 'string' ? a.fristenpruefung.eingabe.stichtag : '')}, Regelwerk{' '}
                {a.fristenpruefung.regelwerkVersion}. Die Fristen werden bei jeder Änderung des Anspruchs neu berechnet.
              </p>
            </section>
          )}
          <Zinsen a={a} />
          <Zahlungen a={a} />
          <Bemerkung key={a.id} a={a} etag={d.etag} darf={hatRolle('kostenerstattung', 'leitung')} gespeichert={d.setze} />

          <Briefe a={a} etag={d.etag} neuLaden={d.neu} />

          <details className="erstattung-verlauf">
            <summary className="kern-body">Alle gespeicherten Prüfungen ({a.entscheidungen.length})</summary>
            <ul className="kern-list">
              {a.entscheidungen.map((e) => (
                <li key={e.id}>
                  {zeitDe(e.erstelltAm)}: {pruefungNamen[e.pruefung] ?? e.pruefung} (Regelwerk {e.regelwerkVersion})
                </li>
              ))}
            </ul>
          </details>
          <p>
            <Link className="kern-link" to="/erstattung">
              Zurück zum Erstattungsbuch
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
