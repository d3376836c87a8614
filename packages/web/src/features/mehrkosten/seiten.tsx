// Mehrkostenvergleich (Wunsch- und Wahlrecht, § 104 SGB IX; bis 2019 § 9 Abs. 2 SGB XII a.F.):
// Liste, neuer Vergleich, Ergebnis mit Diagramm, Begründung und Vergleichsentscheidungen, und die
// Entscheidung eines Menschen mit Gründen. Das System entscheidet nie nach einer Prozentzahl.
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { type Antwort, type Seite, api, neuerIdempotenzSchluessel } from '../../api.ts';
import { Angaben, Laden, Status } from '../../gemeinsam/anzeige.tsx';
import { Begruendung } from '../../gemeinsam/begruendung.tsx';
import { Erfolg, Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { BriefeUndDokumente, useSchriftgut } from '../../gemeinsam/schreiben.tsx';
import { EntscheidungAnzeige, EntscheidungFormular } from './entscheidung.tsx';
import {
  KeinVergleich,
  Kennzahlen,
  Kostenangaben,
  Kostendiagramm,
  Kostentabelle,
  Postenvergleich,
  Referenzen,
  balkenAus,
} from './ergebnis.tsx';
import { MehrkostenFormular, type VergleichDaten } from './formular.tsx';
import { type Vergleich, entscheidungText } from './typen.ts';
import { useDaten } from '../../daten.ts';
import { datumDe, zeitDe } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';
import type { Antwort as ApiAntwort } from '../../api/client.ts';

export const bearbeitungsRollen = ['sachbearbeitung', 'leitung'];

/** Fokus nach einer Aktion auf die Überschrift des geänderten Bereichs (WCAG 2.4.3). */
function fokussiere(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export function KeinZugriff() {
  return (
    <>
      <h1 className="kern-heading-x-large">Mehrkostenvergleich</h1>
      <p className="kern-body">
        Mehrkostenvergleiche sehen die Sachbearbeitung, die Kostenerstattung und die Leitung eines Trägers. Ihre Rolle hat keinen Zugriff;
        bei Fragen wenden Sie sich an die Administration Ihres Trägers.
      </p>
    </>
  );
}

export function StatusVergleich({ status, entscheidung }: { status: 'Offen' | 'Entschieden'; entscheidung: string | null }) {
  return status === 'Offen' ? (
    <Status text="Offen" ton="info" />
  ) : (
    <Status text={`Entschieden${entscheidung ? `: ${entscheidung}` : ''}`} ton="success" />
  );
}

function KeineAutomatik() {
  return (
    <div className="kern-alert kern-alert--info">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <span className="kern-title">Das System entscheidet nicht nach einer Prozentzahl</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">
          Ob Mehrkosten unverhältnismäßig sind, ist im Einzelfall abzuwägen: das Gewicht und die Nachvollziehbarkeit der Wunschgründe gegen
          die Höhe der Mehrkosten (§ 104 Abs. 2 Satz 2 SGB IX; SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10). EGH-Clearing rechnet,
          ordnet ein und nennt vergleichbare Gerichtsentscheidungen – die Entscheidung trifft ein Mensch und begründet sie.
        </p>
      </div>
    </div>
  );
}

type FallZeile = ApiAntwort<'/api/v1/faelle', 'get'>['eintraege'][number];

function useEigeneFaelle(aktiv: boolean): { id: string; text: string }[] {
  const faelle = useDaten<Seite<FallZeile>>(aktiv ? '/faelle?proSeite=200&sortierung=aktenzeichen' : null);
  return (faelle.daten?.eintraege ?? []).map((f) => ({
    id: f.id,
    text: `${f.aktenzeichen}${f.person ? ` – ${[f.person.vorname, f.person.nachname].filter(Boolean).join(' ') || f.person.pseudonym}` : ''}`,
  }));
}

export function MehrkostenNeu() {
  const { hatRolle } = useSitzung();
  const navigieren = useNavigate();
  const [parameter] = useSearchParams();
  const darf = hatRolle(...bearbeitungsRollen);
  const faelle = useEigeneFaelle(darf);
  const [schluessel] = useState(neuerIdempotenzSchluessel);
  if (!darf)
    return (
      <>
        <h1 className="kern-heading-x-large">Neuer Mehrkostenvergleich</h1>
        <p className="kern-body">
          Mehrkostenvergleiche legen die Sachbearbeitung oder die Leitung an. Mit Ihrer Rolle können Sie die Vergleiche Ihres Trägers lesen.
        </p>
        <Link className="kern-link" to="/mehrkosten">
          Zur Liste der Mehrkostenvergleiche
        </Link>
      </>
    );
  const senden = async (d: VergleichDaten) => {
    const a = await api.post<Vergleich>('/mehrkostenvergleiche', d, null, schluessel);
    await navigieren(`/mehrkosten/${a.daten.id}`, { state: { neu: true } });
  };
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Neuer Mehrkostenvergleich</h1>
      <p className="kern-body">
        Erfassen Sie den Wunsch und die Alternativen mit ihren Kosten. Das Regelwerk rechnet die Mehrkosten aus, wählt das Vergleichsangebot
        und nennt vergleichbare Gerichtsentscheidungen. Die Entscheidung treffen Sie danach selbst, mit Gründen.
      </p>
      <MehrkostenFormular
        faelle={faelle}
        {...(parameter.get('fall') ? { fallId: parameter.get('fall') ?? '' } : {})}
        knopf="Vergleich berechnen und speichern"
        senden={senden}
        abbrechen={() => void navigieren('/mehrkosten')}
      />
    </div>
  );
}

/** Der Vermerk zum Mehrkostenvergleich als Brief für die eigene Akte. */
function Vermerk({ v }: { v: Vergleich }) {
  const s = useSchriftgut(`/mehrkostenvergleiche/${v.id}`, v.version);
  return (
    <BriefeUndDokumente
      s={s}
      leer="Zu diesem Vergleich gibt es noch keine Dokumente."
      hilfe={
        <p className="kern-body">
          Der Vermerk zum Mehrkostenvergleich hält für die Akte fest, was hier steht: Wunsch und Vergleichsangebot mit ihren Kosten, die
          Mehrkosten in Euro und Prozent, die Hinweise des Regelwerks mit ihren Normen (§ 104 SGB IX) und – sobald getroffen – die
          Entscheidung mit ihren Gründen. Er wird als PDF gespeichert; nur Ihr Träger sieht ihn. Erzeugen können ihn die Sachbearbeitung und
          die Leitung.
        </p>
      }
    />
  );
}

export function MehrkostenDetail() {
  const { id } = useParams();
  const { hatRolle } = useSitzung();
  const darfLesen = hatRolle('sachbearbeitung', 'kostenerstattung', 'leitung');
  const v = useDaten<Vergleich>(darfLesen && id ? `/mehrkostenvergleiche/${id}` : null);
  const [bearbeiten, setBearbeiten] = useState(false);
  const [meldung, setMeldung] = useState<string | null>(null);
  const faelle = useEigeneFaelle(darfLesen && bearbeiten);
  if (!darfLesen) return <KeinZugriff />;
  if (v.fehler)
    return (
      <>
        <h1 className="kern-heading-x-large">Mehrkostenvergleich</h1>
        <Fehlermeldung fehler={v.fehler} />
        <Link className="kern-link" to="/mehrkosten">
          Zur Liste der Mehrkostenvergleiche
        </Link>
      </>
    );
  if (!v.daten) return <Laden text="Mehrkostenvergleich wird geladen …" />;
  const d = v.daten;
  const e = d.ergebnis;
  const balken = balkenAus(d.eingabe, e);
  const person = d.fall?.person
    ? [d.fall.person.vorname, d.fall.person.nachname].filter(Boolean).join(' ') || d.fall.person.pseudonym
    : null;

  const geaendert = async (daten: VergleichDaten) => {
    const a: Antwort<Vergleich> = await api.patch<Vergleich>(`/mehrkostenvergleiche/${d.id}`, daten, v.etag);
    v.setze(a);
    setBearbeiten(false);
    setMeldung('Die Angaben sind geändert; das Regelwerk hat neu gerechnet.');
    fokussiere('mk-ergebnis');
  };

  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-xs">
        <p className="kern-body">
          <Link className="kern-link" to="/mehrkosten">
            Mehrkostenvergleiche
          </Link>
        </p>
        <h1 className="kern-heading-x-large">{d.bezeichnung}</h1>
        <p className="kern-body">
          <StatusVergleich status={d.status} entscheidung={d.entscheidung ? entscheidungText[d.entscheidung.ergebnis] : null} />
        </p>
      </div>
      <Erfolg text={meldung} />
      <Angaben
        eintraege={[
          [
            'Fall',
            d.fall ? (
              <Link className="kern-link" to={`/faelle/${d.fall.id}`}>
                {d.fall.aktenzeichen}
                {person ? ` – ${person}` : ''}
              </Link>
            ) : (
              'ohne Fall'
            ),
          ],
          ['Stichtag', datumDe(d.eingabe.stichtag)],
          ['Gewünscht', d.eingabe.gewuenscht.bezeichnung],
          ['Angelegt', zeitDe(d.erstelltAm)],
        ]}
      />

      {bearbeiten ? (
        <section className="kern-stack-md" aria-labelledby="mk-bearbeiten">
          <h2 className="kern-heading-medium" id="mk-bearbeiten">
            Angaben ändern
          </h2>
          <MehrkostenFormular
            anfang={{ ...d.eingabe, bezeichnung: d.bezeichnung, fallId: d.fallId }}
            faelle={faelle}
            knopf="Änderungen speichern und neu berechnen"
            senden={geaendert}
            abbrechen={() => setBearbeiten(false)}
          />
        </section>
      ) : (
        <>
          <section className="kern-stack-md" aria-labelledby="mk-ergebnis">
            <h2 className="kern-heading-medium" id="mk-ergebnis" tabIndex={-1}>
              Ergebnis des Kostenvergleichs
            </h2>
            <KeineAutomatik />
            <Kennzahlen e={e} />
            <KeinVergleich e={e} />
            <Kostendiagramm balken={balken} mehrkostenCent={e.mehrkostenCentProMonat} />
            <Kostentabelle balken={balken} />
            <Postenvergleich e={e} />
            <Kostenangaben e={e} />
            {d.aenderbar && (
              <p>
                <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setBearbeiten(true)}>
                  <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                  <span className="kern-label">Angaben ändern und neu berechnen</span>
                </button>
              </p>
            )}
          </section>

          <section className="kern-stack-md" aria-labelledby="mk-referenzen">
            <h2 className="kern-heading-medium" id="mk-referenzen">
              Vergleichbare Gerichtsentscheidungen
            </h2>
            <Referenzen referenzen={e.referenzen} />
          </section>

          {d.regelentscheidung && (
            <section className="kern-stack-md" aria-labelledby="mk-begruendung">
              <h2 className="kern-heading-medium" id="mk-begruendung">
                Hinweise des Regelwerks
              </h2>
              <Begruendung schritte={d.regelentscheidung.begruendung} hinweise={d.regelentscheidung.hinweise} />
              <p className="kern-body--small kern-body--muted">
                Regelwerk Version {d.regelentscheidung.regelwerkVersion}, berechnet am {zeitDe(d.regelentscheidung.erstelltAm)}.
              </p>
            </section>
          )}

          <section className="kern-stack-md" aria-labelledby="mk-entscheidung">
            <h2 className="kern-heading-medium" id="mk-entscheidung" tabIndex={-1}>
              Entscheidung
            </h2>
            {d.entscheidung ? (
              <EntscheidungAnzeige e={d.entscheidung} />
            ) : d.moeglicheAktionen.includes('entscheiden') ? (
              <EntscheidungFormular
                vergleich={d}
                etag={v.etag}
                fertig={(a) => {
                  v.setze(a);
                  setMeldung('Die Entscheidung ist festgehalten. Der Vergleich ist abgeschlossen.');
                  fokussiere('mk-entscheidung');
                }}
              />
            ) : (
              <p className="kern-body">
                Noch nicht entschieden. Die Entscheidung hält die Sachbearbeitung oder die Leitung fest; Ihre Rolle kann den Vergleich
                lesen.
              </p>
            )}
          </section>

          <Vermerk v={d} />
        </>
      )}
    </div>
  );
}
