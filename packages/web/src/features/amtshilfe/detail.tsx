// Ein Amtshilfeersuchen: Angaben, Status (Text und Farbe), nächster Schritt mit den möglichen
// Aktionen, Fragen, übermittelte Daten, Ablehnung, Ergebnisbericht (§ 118 SGB IX), Abrechnung,
// Fristen und die Entscheidungen des Regelwerks mit ihrer Begründung.
import { Tabellenkopf } from '../../gemeinsam/tabellenrahmen.tsx';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { type Antwort, ApiFehler, type Entscheidung, api } from '../../api.ts';
import { datumDe, euro, zeitDe } from '../../format.ts';
import { Angaben, Status } from '../../gemeinsam/anzeige.tsx';
import { Begruendung } from '../../gemeinsam/begruendung.tsx';
import { Erfolg, Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { Aktionen, type Ausfuehren, erstattungText } from './aktionen.tsx';
import {
  type AmtshilfeErgebnis,
  type DatenErgebnis,
  type Ersuchen,
  ErsuchenStatus,
  ablehnungsgrundNamen,
  aufgabeName,
  datenartName,
  pruefungNamen,
  seiteName,
  Tabellenrahmen,
} from './gemeinsam.tsx';
import { Beispielhinweis } from './vorschau.tsx';
import { BriefeUndDokumente, XRechnungErzeugen, useSchriftgut } from '../../gemeinsam/schreiben.tsx';

function Abschnitt({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section className="kern-stack-sm" aria-labelledby={id}>
      <h2 className="kern-heading-medium" id={id}>
        {titel}
      </h2>
      {children}
    </section>
  );
}

/** Ein Satz zum Ergebnis einer gespeicherten Entscheidung. */
function ergebnisSatz(x: Entscheidung): string {
  if (x.pruefung === 'amtshilfe') {
    const r = x.ergebnis as unknown as AmtshilfeErgebnis;
    const ein = x.eingabe as { ablehnungsgrund?: string; durchfuehrung?: string };
    if (!r.istAmtshilfe) return 'Keine Amtshilfe (§ 3 Abs. 2 SGB X).';
    if (ein.ablehnungsgrund)
      return `Amtshilfe; Ablehnung mit dem Grund „${ablehnungsgrundNamen[ein.ablehnungsgrund] ?? ein.ablehnungsgrund}“ ${r.ablehnungZulaessig ? 'zulässig' : 'nicht zulässig'}.`;
    if (ein.durchfuehrung) return `Amtshilfe; Abrechnung: ${erstattungText(r)}`;
    return 'Es liegt Amtshilfe vor.';
  }
  if (x.pruefung === 'datenuebermittlung') {
    const r = x.ergebnis as unknown as DatenErgebnis;
    return r.entscheidungen.map((d) => `${datenartName(d.daten)}: ${d.zulaessig ? 'darf mit' : 'darf nicht mit'} (${d.norm})`).join('; ');
  }
  return '';
}

function Entscheidungen({ liste }: { liste: Entscheidung[] }) {
  if (!liste.length) return <p className="kern-body">Noch keine Entscheidung gespeichert.</p>;
  return (
    <div className="kern-stack-sm">
      {liste.map((x, i) => (
        <details className="kern-accordion" key={x.id} open={i === 0}>
          <summary className="kern-accordion__header">
            <span className="kern-title">
              {pruefungNamen[x.pruefung] ?? x.pruefung} vom {zeitDe(x.erstelltAm)}
            </span>
          </summary>
          <div className="kern-accordion__body kern-stack-sm">
            <p className="kern-body">
              <strong>Ergebnis:</strong> {ergebnisSatz(x)}
            </p>
            <Begruendung schritte={x.begruendung} hinweise={x.hinweise} />
            <p className="kern-body--small kern-body--muted">Regelwerk, Version {x.regelwerkVersion}</p>
          </div>
        </details>
      ))}
    </div>
  );
}

function Ablehnung({ e }: { e: Ersuchen }) {
  if (!e.ablehnungsgrund) return null;
  const entscheidung = e.entscheidungen.find(
    (x) => x.pruefung === 'amtshilfe' && (x.eingabe as { ablehnungsgrund?: string }).ablehnungsgrund === e.ablehnungsgrund,
  );
  const norm = entscheidung?.begruendung.find((s) => /^§ 4 Abs\. [23]/.test(s.norm));
  return (
    <Abschnitt id="ah-ablehnung-titel" titel="Ablehnung">
      <Angaben
        eintraege={[
          ['Grund', `${ablehnungsgrundNamen[e.ablehnungsgrund] ?? e.ablehnungsgrund}${norm ? ` (${norm.norm})` : ''}`],
          ['Abgelehnt am', datumDe(e.beantwortetAm)],
          ['Begründung des ersuchten Trägers', <span className="ah-text">{e.ablehnungBegruendung}</span>],
        ]}
      />
      {norm && (
        <p className="kern-body">
          <strong>Was das Gesetz dazu sagt:</strong> {norm.text}
        </p>
      )}
      {e.status === 'Aufsicht' && e.streitentscheidung && (
        <div className="kern-alert kern-alert--warning">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h3 className="kern-title">Bei der Aufsichtsbehörde (§ 4 Abs. 5 SGB X)</h3>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{e.streitentscheidung}</p>
          </div>
        </div>
      )}
    </Abschnitt>
  );
}

function Ergebnisbericht({ e }: { e: Ersuchen }) {
  if (!e.bericht) return null;
  return (
    <Abschnitt id="ah-bericht-anzeige-titel" titel="Ergebnisbericht">
      <p className="kern-body">
        Durchgeführt am {datumDe(e.durchgefuehrtAm)} von {e.ersuchter?.name}.
      </p>
      <h3 className="kern-heading-small">Lebensbereiche (§ 118 Abs. 1 SGB IX)</h3>
      <Angaben
        eintraege={e.bericht.lebensbereiche.map((b, i) => [`${i + 1}. ${b.bezeichnung}`, <span className="ah-text">{b.text}</span>])}
      />
      <h3 className="kern-heading-small">Wünsche und Vorschläge</h3>
      <Angaben
        eintraege={[
          ['Wünsche der Person', <span className="ah-text">{e.bericht.wuensche || 'Keine angegeben.'}</span>],
          ['Vorschläge zu Leistungen', <span className="ah-text">{e.bericht.vorschlaege || 'Keine angegeben.'}</span>],
        ]}
      />
    </Abschnitt>
  );
}

function AbrechnungAnzeige({ e, schriftgut }: { e: Ersuchen; schriftgut: ReturnType<typeof useSchriftgut> }) {
  const r = e.abrechnung;
  if (!r) return null;
  const entscheidung = e.entscheidungen.find((x) => x.id === r.entscheidungId);
  const art =
    r.erstattungsart === 'pauschale'
      ? 'Pauschale der Vereinbarung'
      : r.erstattungsart === 'auslagen'
        ? 'Auslagen (§ 7 Abs. 1 Satz 2 SGB X)'
        : 'Keine Erstattung';
  return (
    <Abschnitt id="ah-abrechnung-titel" titel="Abrechnung">
      <Angaben
        eintraege={[
          ['Abgerechnet am', datumDe(r.am)],
          ['Art', art],
          [
            'Betrag',
            <>
              <strong>{euro(r.erstattungCent)}</strong>
              {r.erstattungsart === 'pauschale' && r.vereinbarung?.beispiel ? (
                <>
                  {' '}
                  <Status text="Beispielbetrag" ton="warning" />
                </>
              ) : null}
            </>,
          ],
          ['Erläuterung', erstattungText(r)],
          ...(r.vereinbarung
            ? ([['Vereinbarung', `${r.vereinbarung.bezeichnung} (gültig ab ${datumDe(r.vereinbarung.gueltigAb)})`]] as [string, string][])
            : []),
          ...(r.auslagenCent !== null ? ([['Angegebene Auslagen', euro(r.auslagenCent)]] as [string, string][]) : []),
          ...(r.auslagenBeschreibung ? ([['Art der Auslagen', r.auslagenBeschreibung]] as [string, string][]) : []),
          ['Bezahlt', e.bezahltAm ? `am ${datumDe(e.bezahltAm)}` : 'noch nicht'],
        ]}
      />
      {r.erstattungsart === 'pauschale' && r.vereinbarung?.beispiel && <Beispielhinweis />}
      {entscheidung && (
        <Begruendung schritte={entscheidung.begruendung} hinweise={entscheidung.hinweise} titel="Begründung der Abrechnung" />
      )}
      {r.erstattungsart !== 'keine' && <XRechnungErzeugen s={schriftgut} ersuchenId={e.id} />}
    </Abschnitt>
  );
}

export function ErsuchenAnsicht({
  ersuchen: e,
  etag,
  setze,
  neu,
}: {
  ersuchen: Ersuchen;
  etag: string | null;
  setze: (a: Antwort<Ersuchen>) => void;
  neu: () => void;
}) {
  const ort = useLocation();
  const navigieren = useNavigate();
  const [meldung, setMeldung] = useState<string | null>((ort.state as { meldung?: string } | null)?.meldung ?? null);
  // Die Meldung nach dem Anlegen gilt einmal: beim Neuladen der Seite soll sie nicht wiederkommen.
  useEffect(() => {
    if ((ort.state as { meldung?: string } | null)?.meldung) void navigieren(ort.pathname, { replace: true, state: null });
  }, [ort.state, ort.pathname, navigieren]);
  const [veraltet, setVeraltet] = useState<ApiFehler | null>(null);
  const meldungRef = useRef<HTMLDivElement>(null);
  const [fokus, setFokus] = useState(0);
  useEffect(() => {
    if (fokus) meldungRef.current?.focus();
  }, [fokus]);

  const ausfuehren: Ausfuehren = async (aktion, body, text) => {
    setVeraltet(null);
    try {
      const a = await api.post<Ersuchen>(`/amtshilfeersuchen/${e.id}/${aktion}`, body, etag);
      setze(a);
      setMeldung(text);
      setFokus((f) => f + 1);
    } catch (x) {
      // Veralteter Stand (412): neu laden lassen statt still zu überschreiben.
      if (x instanceof ApiFehler && x.status === 412) {
        setVeraltet(x);
        return;
      }
      throw x;
    }
  };

  const schriftgut = useSchriftgut(`/amtshilfeersuchen/${e.id}`, e.version);
  const gegenueber = e.seite === 'ersuchender' ? e.ersuchter : e.ersuchender;
  const erlaubt = e.aktionen.filter((x) => x.erlaubt).length;
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-xs">
        <h1 className="kern-heading-x-large">Amtshilfeersuchen {e.aktenzeichen}</h1>
        <p className="kern-body">
          <ErsuchenStatus status={e.status} /> {seiteName(e)}
        </p>
        {erlaubt > 0 && (
          <p className="kern-body">
            <a className="kern-link" href="#ah-schritt-titel">
              Zum nächsten Schritt ({erlaubt === 1 ? 'eine Aktion möglich' : `${erlaubt} Aktionen möglich`})
            </a>
          </p>
        )}
      </div>
      <div ref={meldungRef} tabIndex={-1} className="ah-meldung">
        <Erfolg text={meldung} />
      </div>
      {veraltet && (
        <div className="kern-stack-xs">
          <Fehlermeldung fehler={veraltet} />
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setVeraltet(null);
              neu();
            }}
          >
            <span className="kern-label">Neu laden</span>
          </button>
        </div>
      )}
      <Angaben
        eintraege={[
          ['Status', <ErsuchenStatus status={e.status} />],
          ['Ersuchender Träger', e.ersuchender?.name ?? e.ersuchenderId],
          ['Ersuchter Träger', e.ersuchter?.name ?? e.ersuchterId],
          ['Aufgabe', aufgabeName(e.aufgabe)],
          ['Person (Pseudonym)', e.personPseudonym],
          ...(e.fallId
            ? ([
                [
                  'Fall',
                  <Link className="kern-link" to={`/faelle/${e.fallId}`}>
                    Fall öffnen
                  </Link>,
                ],
              ] as [string, ReactNode][])
            : []),
          ['Erbeten bis', e.gewuenschtBis ? datumDe(e.gewuenschtBis) : 'kein Termin'],
          ['Gesendet am', e.gesendetAm ? datumDe(e.gesendetAm) : 'noch nicht gesendet'],
          ...(e.beantwortetAm ? ([['Beantwortet am', datumDe(e.beantwortetAm)]] as [string, string][]) : []),
          ...(e.durchgefuehrtAm ? ([['Durchgeführt am', datumDe(e.durchgefuehrtAm)]] as [string, string][]) : []),
          ...(e.bezahltAm ? ([['Bezahlt am', datumDe(e.bezahltAm)]] as [string, string][]) : []),
        ]}
      />
      <Abschnitt id="ah-fragen-titel" titel="Fragen an den ersuchten Träger">
        <p className="kern-body ah-text">{e.fragen || 'Keine Fragen angegeben.'}</p>
      </Abschnitt>
      <Abschnitt id="ah-daten-titel" titel="Übermittelte Daten">
        {e.daten.length === 0 ? (
          <p className="kern-body">Mit diesem Ersuchen werden keine Daten übermittelt.</p>
        ) : (
          <>
            <p className="kern-body">
              {e.seite === 'ersuchter'
                ? `Diese Daten hat ${gegenueber?.name ?? 'der ersuchende Träger'} übermittelt; nur für diese Aufgabe zu verwenden (§ 78 SGB X).`
                : 'Diese Daten gehen mit dem Ersuchen; das Regelwerk hat jede Datenart geprüft (siehe Entscheidungen).'}
            </p>
            <Angaben eintraege={e.daten.map((d, i) => [`${i + 1}. ${datenartName(d.art)}`, <span className="ah-text">{d.inhalt}</span>])} />
          </>
        )}
      </Abschnitt>
      <Ablehnung e={e} />
      <Ergebnisbericht e={e} />
      <AbrechnungAnzeige e={e} schriftgut={schriftgut} />
      <Aktionen e={e} ausfuehren={ausfuehren} />
      <BriefeUndDokumente
        s={schriftgut}
        leer="Zu diesem Ersuchen gibt es noch keine Dokumente."
        hilfe={
          <p className="kern-body">
            Die Briefe zu diesem Ersuchen schreibt jeweils die Seite, der sie zustehen: das Ersuchen und die Erinnerung an einen offenen
            Termin der ersuchende Träger; die Antwort (Zusage oder Ablehnung mit Gründen, § 4 SGB X), die Kostenanforderung (§ 7 SGB X) und
            die Erinnerung an eine offene Zahlung der ersuchte Träger. Jeder Brief wird als PDF gesetzt, hier gespeichert und ist für beide
            Träger abrufbar. Ein Brief ändert den Stand des Ersuchens nicht – Senden, Annehmen oder Abrechnen sind die Schritte oben.
          </p>
        }
      />
      <Abschnitt id="ah-fristen-titel" titel="Fristen">
        {e.fristen.length === 0 ? (
          <p className="kern-body">
            Keine Fristen{e.seite === 'ersuchender' ? ' für Ihren Träger: §§ 3–7 SGB X setzen dem ersuchenden Träger keine.' : '.'}
          </p>
        ) : (
          <Tabellenrahmen titel="Fristen dieses Ersuchens">
            <table className="kern-table kern-table--small">
              <caption className="kern-sr-only">Fristen dieses Ersuchens</caption>
              <Tabellenkopf spalten={['Fällig', 'Frist', 'Norm', 'Stand']} />
              <tbody className="kern-table__body">
                {e.fristen.map((f) => (
                  <tr className="kern-table__row" key={f.id}>
                    <td className="kern-table__cell">{datumDe(f.faellig)}</td>
                    <td className="kern-table__cell">{f.bezeichnung}</td>
                    <td className="kern-table__cell">{f.norm}</td>
                    <td className="kern-table__cell">
                      {f.erledigt ? <Status text="erledigt" ton="success" /> : <Status text="offen" ton="info" />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabellenrahmen>
        )}
      </Abschnitt>
      <Abschnitt id="ah-entscheidungen-titel" titel="Entscheidungen des Regelwerks">
        <p className="kern-body">Jede Prüfung ist mit Eingabe, Ergebnis und Begründung gespeichert; die neueste steht oben.</p>
        <Entscheidungen liste={e.entscheidungen} />
      </Abschnitt>
      <p>
        <Link className="kern-link" to={`/amtshilfe?richtung=${e.seite === 'ersuchender' ? 'ausgang' : 'eingang'}`}>
          Zurück zum {e.seite === 'ersuchender' ? 'Ausgang' : 'Eingang'}
        </Link>
      </p>
    </div>
  );
}
