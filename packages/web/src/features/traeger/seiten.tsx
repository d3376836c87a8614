// Träger & Vereinbarung: das Trägerregister (Suche nach Name, Land, Art; seitenweise), die Seite
// eines Trägers mit Stammdaten (bearbeitbar durch die eigene Administration oder den
// Plattformbetrieb) und die Fassungen der Verwaltungsvereinbarung mit Pauschalen und Mitgliedern.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Laden, Status } from '../../gemeinsam/anzeige.tsx';
import { Erfolg, Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { BriefeUndDokumente, useSchriftgut } from '../../gemeinsam/schreiben.tsx';
import { type Traeger, StammdatenAnzeige, StammdatenFormular } from './stammdaten.tsx';
import {
  type Beitritt,
  Beispielhinweis,
  EigeneMitgliedschaft,
  Mitglieder,
  Pauschalen,
  type Vereinbarung,
  VereinbarungAngaben,
  wirksam,
} from './vereinbarung.tsx';
import { useDaten } from '../../daten.ts';
import { datumDe, heuteIso } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';
import type { Antwort as ApiAntwort } from '../../api/client.ts';

export const proSeite = 25;

export function TraegerDetail() {
  const { id = '' } = useParams();
  const { sitzung, hatRolle } = useSitzung();
  const t = useDaten<Traeger>(`/traeger/${encodeURIComponent(id)}`);
  const beitritte = useDaten<Beitritt[]>(`/beitritte?traeger=${encodeURIComponent(id)}`);
  const vereinbarungen = useDaten<Vereinbarung[]>('/vereinbarungen');
  const [bearbeiten, setBearbeiten] = useState(false);
  const [meldung, setMeldung] = useState<string | null>(null);
  const darfBearbeiten = hatRolle('plattformbetrieb') || (hatRolle('administration') && sitzung.traeger?.id === id);
  if (t.fehler)
    return (
      <>
        <h1 className="kern-heading-x-large">Träger</h1>
        <Fehlermeldung fehler={t.fehler} />
        <Link className="kern-link" to="/traeger">
          Zum Trägerregister
        </Link>
      </>
    );
  if (!t.daten) return <Laden text="Träger wird geladen …" />;
  const d = t.daten;
  const heute = heuteIso();
  const name = (vid: string) => vereinbarungen.daten?.find((v) => v.id === vid)?.bezeichnung ?? vid;
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-xs">
        <p className="kern-body">
          <Link className="kern-link" to="/traeger">
            Träger &amp; Vereinbarung
          </Link>
        </p>
        <h1 className="kern-heading-x-large">{d.name}</h1>
        {sitzung.traeger?.id === d.id && <p className="kern-body">Das ist Ihr Träger.</p>}
      </div>
      <Erfolg text={meldung} />
      {bearbeiten ? (
        <StammdatenFormular
          t={d}
          etag={t.etag}
          abbrechen={() => setBearbeiten(false)}
          fertig={(a) => {
            t.setze(a);
            setBearbeiten(false);
            setMeldung('Die Stammdaten sind gespeichert.');
            requestAnimationFrame(() => document.getElementById('stammdaten-titel')?.focus());
          }}
        />
      ) : (
        <section className="kern-stack-md" aria-labelledby="stammdaten-titel">
          <h2 className="kern-heading-medium" id="stammdaten-titel" tabIndex={-1}>
            Stammdaten
          </h2>
          <StammdatenAnzeige t={d} />
          {darfBearbeiten ? (
            <p>
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                onClick={() => {
                  setMeldung(null);
                  setBearbeiten(true);
                  requestAnimationFrame(() => document.getElementById('feld-name')?.focus());
                }}
              >
                <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                <span className="kern-label">Stammdaten bearbeiten</span>
              </button>
            </p>
          ) : (
            <p className="kern-body--small kern-body--muted">
              Die Stammdaten ändert die Administration dieses Trägers oder der Plattformbetrieb.
            </p>
          )}
        </section>
      )}
      <section className="kern-stack-md" aria-labelledby="mitgliedschaften-titel">
        <h2 className="kern-heading-medium" id="mitgliedschaften-titel">
          Mitgliedschaften in Vereinbarungen
        </h2>
        {(beitritte.daten ?? []).length === 0 ? (
          <p className="kern-body">Dieser Träger ist keiner Vereinbarung beigetreten; für Amtshilfe gelten die Auslagen nach § 7 SGB X.</p>
        ) : (
          <ul className="kern-list">
            {(beitritte.daten ?? []).map((b) => (
              <li key={b.id}>
                <Link className="kern-link" to={`/traeger/vereinbarungen/${encodeURIComponent(b.vereinbarungId)}`}>
                  {name(b.vereinbarungId)}
                </Link>
                : wirksam ab {datumDe(b.wirksamAb)}
                {b.ausgetretenAm ? `, Austritt zum ${datumDe(b.ausgetretenAm)}` : ''}{' '}
                {wirksam(b, heute) ? <Status text="Mitglied" ton="success" /> : <Status text="derzeit nicht Mitglied" ton="neutral" />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

type VereinbarungMitMitgliedern = ApiAntwort<'/api/v1/vereinbarungen/{id}', 'get'>;

/** Die Beitrittserklärung des eigenen Trägers als Brief (Administration oder Leitung). */
function Beitrittsschreiben({ b }: { b: Beitritt }) {
  const s = useSchriftgut(`/beitritte/${b.id}`, b.version);
  return (
    <BriefeUndDokumente
      s={s}
      titel="Beitrittserklärung als Brief"
      leer="Zu diesem Beitritt gibt es noch keine Dokumente."
      hilfe={
        <p className="kern-body">
          Die Beitrittserklärung Ihres Trägers zu dieser Fassung der Vereinbarung – mit dem Tag der Erklärung, dem Tag, ab dem der Beitritt
          wirkt, und den Pauschalen der Fassung (Beispielbeträge sind als solche gekennzeichnet). Sie wird als PDF für Ihre Akte und zur
          Übersendung gespeichert; nur Ihr Träger sieht sie. Erzeugen können sie die Administration und die Leitung; am Beitritt selbst
          ändert der Brief nichts.
        </p>
      }
    />
  );
}

export function VereinbarungDetail() {
  const { id = '' } = useParams();
  const { sitzung, hatRolle } = useSitzung();
  const v = useDaten<VereinbarungMitMitgliedern>(`/vereinbarungen/${encodeURIComponent(id)}`);
  if (v.fehler)
    return (
      <>
        <h1 className="kern-heading-x-large">Vereinbarung</h1>
        <Fehlermeldung fehler={v.fehler} />
        <Link className="kern-link" to="/traeger">
          Zu Träger &amp; Vereinbarung
        </Link>
      </>
    );
  if (!v.daten) return <Laden text="Vereinbarung wird geladen …" />;
  const d = v.daten;
  const heute = heuteIso();
  // Die Beitrittserklärung gehört zum laufenden (sonst zum letzten) Beitritt des eigenen Trägers.
  const eigene = d.mitglieder.filter((m) => m.traegerId === sitzung.traeger?.id);
  const eigenerBeitritt = eigene.find((m) => m.ausgetretenAm === null || m.ausgetretenAm > heute) ?? eigene.at(-1);
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-xs">
        <p className="kern-body">
          <Link className="kern-link" to="/traeger">
            Träger &amp; Vereinbarung
          </Link>
        </p>
        <h1 className="kern-heading-x-large">{d.bezeichnung}</h1>
      </div>
      {d.beispiel && <Beispielhinweis />}
      <VereinbarungAngaben v={d} />
      <section className="kern-stack-md" aria-labelledby="pauschalen-titel">
        <h2 className="kern-heading-medium" id="pauschalen-titel">
          Pauschalen
        </h2>
        <Pauschalen v={d} />
      </section>
      {sitzung.traeger && (
        <section className="kern-stack-md" aria-labelledby="eigene-titel">
          <h2 className="kern-heading-medium" id="eigene-titel">
            Mitgliedschaft Ihres Trägers
          </h2>
          <EigeneMitgliedschaft
            v={d}
            traegerId={sitzung.traeger.id}
            traegerName={sitzung.traeger.name}
            mitglieder={d.mitglieder}
            darf={hatRolle('administration')}
            geaendert={v.neu}
          />
        </section>
      )}
      {eigenerBeitritt && <Beitrittsschreiben key={eigenerBeitritt.id} b={eigenerBeitritt} />}
      <section className="kern-stack-md" aria-labelledby="mitglieder-titel">
        <h2 className="kern-heading-medium" id="mitglieder-titel">
          Mitglieder ({d.mitglieder.filter((m) => wirksam(m, heute)).length} wirksam)
        </h2>
        <Mitglieder mitglieder={d.mitglieder} heute={heute} />
      </section>
    </div>
  );
}
