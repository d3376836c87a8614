// Verwaltungsvereinbarung (z. B. BAGüS-Amtshilfe ab 01.01.2025): Fassung mit Pauschalen – ein
// Beispielbetrag ist als solcher gekennzeichnet –, Mitglieder, und Beitritt bzw. Austritt des
// eigenen Trägers durch dessen Administration.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ApiFehler, type Feldfehler, api } from '../../api.ts';
import { datumDe, datumIso, euro, heuteIso, landNamen } from '../../format.ts';
import { Angaben, Status } from '../../gemeinsam/anzeige.tsx';
import { Datumsfeld } from '../../gemeinsam/felder.tsx';
import { Erfolg, Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { Tabellenrahmen, Tabellenkopf } from '../../gemeinsam/tabellenrahmen.tsx';
import type { Antwort as ApiAntwort } from '../../api/client.ts';

export type Vereinbarung = ApiAntwort<'/api/v1/vereinbarungen', 'get'>[number];
/** Ein Beitritt; in den Mitgliedern einer Vereinbarung mit dem Träger. */
export type Beitritt = ApiAntwort<'/api/v1/beitritte', 'get'>[number] &
  Partial<Pick<ApiAntwort<'/api/v1/vereinbarungen/{id}', 'get'>['mitglieder'][number], 'traeger'>>;

export const aufgabenText: Record<string, string> = {
  gesamtplanung: 'Gesamtplanung (§ 117 SGB IX)',
  bedarfsermittlung: 'Bedarfsermittlung (§ 118 SGB IX)',
  gesamtplankonferenz: 'Gesamtplankonferenz (§ 119 SGB IX)',
  hausbesuch: 'Hausbesuch',
};

/** Ist die Mitgliedschaft am Tag `heute` wirksam? (Austritt = erster Tag ohne Mitgliedschaft.) */
export function wirksam(b: Beitritt, heute: string): boolean {
  return b.wirksamAb <= heute && (b.ausgetretenAm === null || b.ausgetretenAm > heute);
}

export function Beispielhinweis() {
  return (
    <div className="kern-alert kern-alert--warning">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <span className="kern-title">Beispielbeträge – nicht die Beträge der Vereinbarung</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">
          Die Pauschalen dieser Fassung sind Beispiele für die Demonstration. Die tatsächlichen Beträge trägt der Plattformbetrieb aus dem
          Text der Vereinbarung ein; bis dahin darf mit diesen Beträgen nicht abgerechnet werden.
        </p>
      </div>
    </div>
  );
}

export function Pauschalen({ v }: { v: Vereinbarung }) {
  const eintraege = Object.entries(v.pauschalen);
  if (!eintraege.length) return <p className="kern-body">Diese Fassung nennt keine Pauschalen.</p>;
  return (
    <Tabellenrahmen titel="Pauschalen je Aufgabe">
      <table className="kern-table kern-table--small">
        <caption className="kern-title kern-title--small tabellentitel">Pauschalen je Aufgabe</caption>
        <Tabellenkopf spalten={['Aufgabe', 'Pauschale']} zahlen={['Pauschale']} />
        <tbody className="kern-table__body">
          {eintraege.map(([aufgabe, cent]) => (
            <tr className="kern-table__row" key={aufgabe}>
              <th scope="row" className="kern-table__header">
                {aufgabenText[aufgabe] ?? aufgabe}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">
                {euro(cent)}
                {v.beispiel && (
                  <>
                    {' '}
                    <span className="beispielbetrag">
                      <Status text="Beispielbetrag" ton="warning" />
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Tabellenrahmen>
  );
}

export function VereinbarungAngaben({ v }: { v: Vereinbarung }) {
  return (
    <Angaben
      eintraege={[
        ['Gültig ab', datumDe(v.gueltigAb)],
        [
          'Reisekosten',
          v.reisekostenEnthalten === null
            ? 'in der Fassung nicht geregelt'
            : v.reisekostenEnthalten
              ? 'in den Pauschalen enthalten'
              : 'gesondert zu erstatten',
        ],
        ['Beträge', v.beispiel ? 'Beispielbeträge (Demo)' : 'Beträge der Vereinbarung'],
        ['Quelle', v.quelle],
      ]}
    />
  );
}

export function Mitglieder({ mitglieder, heute }: { mitglieder: Beitritt[]; heute: string }) {
  if (!mitglieder.length) return <p className="kern-body">Dieser Fassung ist noch kein Träger beigetreten.</p>;
  return (
    <Tabellenrahmen titel="Mitglieder">
      <table className="kern-table kern-table--small">
        <caption className="kern-sr-only">Mitglieder der Vereinbarung mit Beitritt und Austritt</caption>
        <Tabellenkopf spalten={['Träger', 'Land', 'Beitritt erklärt am', 'Wirksam ab', 'Mitgliedschaft']} />
        <tbody className="kern-table__body">
          {mitglieder.map((m) => (
            <tr className="kern-table__row" key={m.id}>
              <td className="kern-table__cell">
                <Link className="kern-link" to={`/traeger/${encodeURIComponent(m.traegerId)}`}>
                  {m.traeger?.name ?? m.traegerId}
                </Link>
              </td>
              <td className="kern-table__cell">{m.traeger ? (landNamen[m.traeger.land] ?? m.traeger.land) : ''}</td>
              <td className="kern-table__cell">{datumDe(m.erklaertAm)}</td>
              <td className="kern-table__cell">{datumDe(m.wirksamAb)}</td>
              <td className="kern-table__cell">
                {wirksam(m, heute) ? (
                  <Status
                    text={m.ausgetretenAm ? `Mitglied bis ${datumDe(m.ausgetretenAm)} (Austritt erklärt)` : 'Mitglied'}
                    ton="success"
                  />
                ) : m.wirksamAb > heute ? (
                  <Status text={`Beitritt wirkt ab ${datumDe(m.wirksamAb)}`} ton="info" />
                ) : (
                  <Status text={`Ausgetreten zum ${datumDe(m.ausgetretenAm)}`} ton="neutral" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Tabellenrahmen>
  );
}

/** Führt eine Erklärung aus (nach eigener Prüfung `f`): Feldfehler, Fehler und Erfolgsmeldung. */
function useErklaerung(geaendert: () => void) {
  const [felder, setFelder] = useState<Feldfehler[]>([]);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [meldung, setMeldung] = useState<string | null>(null);
  const [sendet, setSendet] = useState(false);

  async function ausfuehren(f: Feldfehler[], aktion: () => Promise<string>) {
    setFelder(f);
    setFehler(null);
    setMeldung(null);
    if (f.length) return;
    setSendet(true);
    try {
      setMeldung(await aktion());
      geaendert();
    } catch (x) {
      if (x instanceof ApiFehler) {
        setFelder(x.felder);
        if (!x.felder.length) setFehler(x);
      }
    } finally {
      setSendet(false);
    }
  }
  return { felder, fehler, meldung, sendet, ausfuehren };
}

type Erklaerung = ReturnType<typeof useErklaerung>;

type Eingabe = [string, (w: string) => void];

function Beitrittsformular({ v, e, erklaertAm, abWann }: { v: Vereinbarung; e: Erklaerung; erklaertAm: Eingabe; abWann: Eingabe }) {
  const [erklaert, setErklaert] = erklaertAm;
  const [ab, setAb] = abWann;
  const beitreten = (ev: FormEvent) => {
    ev.preventDefault();
    const erklaertAm = datumIso(erklaert);
    const wirksamAb = datumIso(ab);
    const f: Feldfehler[] = [];
    if (!erklaertAm) f.push({ pfad: '/erklaertAm', meldung: 'Bitte geben Sie das Datum der Beitrittserklärung als TT.MM.JJJJ ein.' });
    if (!wirksamAb) f.push({ pfad: '/wirksamAb', meldung: 'Bitte geben Sie an, ab wann der Beitritt wirkt (TT.MM.JJJJ).' });
    void e.ausfuehren(f, async () => {
      await api.post('/beitritte', { vereinbarungId: v.id, erklaertAm, wirksamAb });
      return `Der Beitritt ist erklärt; er wirkt ab ${datumDe(wirksamAb)}.`;
    });
  };
  return (
    <form className="kern-stack-md" noValidate onSubmit={beitreten} aria-labelledby="beitritt-titel">
      <h3 className="kern-heading-small" id="beitritt-titel">
        Beitritt erklären
      </h3>
      <p className="kern-body">
        Ein Beitritt wirkt frühestens ab Geltung der Fassung ({datumDe(v.gueltigAb)}) und nicht vor seiner Erklärung.
      </p>
      <Datumsfeld
        pfad="/erklaertAm"
        label="Beitritt erklärt am"
        wert={erklaert}
        aendern={setErklaert}
        fehler={fehlerFuer(e.felder, '/erklaertAm')}
      />
      <Datumsfeld pfad="/wirksamAb" label="Beitritt wirksam ab" wert={ab} aendern={setAb} fehler={fehlerFuer(e.felder, '/wirksamAb')} />
      <div className="knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" aria-busy={e.sendet}>
          <span className="kern-label">Beitritt erklären</span>
        </button>
      </div>
    </form>
  );
}

function Austrittsformular({ laufend, e, austrittAm }: { laufend: Beitritt; e: Erklaerung; austrittAm: Eingabe }) {
  const [austritt, setAustritt] = austrittAm;
  const austreten = (ev: FormEvent) => {
    ev.preventDefault();
    const am = datumIso(austritt);
    const f: Feldfehler[] = [];
    if (!am) f.push({ pfad: '/ausgetretenAm', meldung: 'Bitte geben Sie den ersten Tag ohne Mitgliedschaft als TT.MM.JJJJ ein.' });
    void e.ausfuehren(f, async () => {
      await api.patch(`/beitritte/${laufend.id}`, { ausgetretenAm: am }, `"${laufend.version}"`);
      return `Der Austritt ist erklärt: Mitglied bis zum ${datumDe(am)} (erster Tag ohne Mitgliedschaft).`;
    });
  };
  return (
    <form className="kern-stack-md" noValidate onSubmit={austreten} aria-labelledby="austritt-titel">
      <h3 className="kern-heading-small" id="austritt-titel">
        Austritt erklären
      </h3>
      <Datumsfeld
        pfad="/ausgetretenAm"
        label="Erster Tag ohne Mitgliedschaft"
        hinweis="Ab diesem Tag gelten für neue Amtshilfe die Auslagen nach § 7 SGB X statt der Pauschalen. Format: TT.MM.JJJJ"
        wert={austritt}
        aendern={setAustritt}
        fehler={fehlerFuer(e.felder, '/ausgetretenAm')}
      />
      <div className="knopfleiste">
        <button type="submit" className="kern-btn kern-btn--secondary" aria-busy={e.sendet}>
          <span className="kern-label">Austritt erklären</span>
        </button>
      </div>
    </form>
  );
}

function mitgliedschaftText(traegerName: string, laufend: Beitritt | undefined, heute: string): string {
  if (!laufend) return `${traegerName} ist dieser Fassung nicht beigetreten.`;
  if (laufend.ausgetretenAm) return `${traegerName} ist Mitglied bis zum ${datumDe(laufend.ausgetretenAm)} (Austritt erklärt).`;
  if (laufend.wirksamAb > heute) return `${traegerName} ist beigetreten; der Beitritt wirkt ab ${datumDe(laufend.wirksamAb)}.`;
  return `${traegerName} ist Mitglied seit ${datumDe(laufend.wirksamAb)}.`;
}

/** Beitritt oder Austritt des eigenen Trägers (Administration). */
export function EigeneMitgliedschaft({
  v,
  traegerId,
  traegerName,
  mitglieder,
  darf,
  geaendert,
}: {
  v: Vereinbarung;
  traegerId: string;
  traegerName: string;
  mitglieder: Beitritt[];
  darf: boolean;
  geaendert: () => void;
}) {
  const heute = heuteIso();
  const eigene = mitglieder.filter((m) => m.traegerId === traegerId);
  const laufend = eigene.find((m) => m.ausgetretenAm === null || m.ausgetretenAm > heute);
  // Die Eingaben bleiben erhalten, wenn ein Formular nach einer Erklärung wieder erscheint.
  const erklaertAm = useState(datumDe(heute));
  const abWann = useState(datumDe(heute > v.gueltigAb ? heute : v.gueltigAb));
  const austrittAm = useState('');
  const e = useErklaerung(geaendert);
  const zuruecknehmen = () => {
    if (!laufend) return;
    void e.ausfuehren([], async () => {
      await api.patch(`/beitritte/${laufend.id}`, { ausgetretenAm: null }, `"${laufend.version}"`);
      return 'Der Austritt ist zurückgenommen; Ihr Träger bleibt Mitglied.';
    });
  };

  return (
    <div className="kern-stack-md">
      <p className="kern-body">{mitgliedschaftText(traegerName, laufend, heute)}</p>
      <Erfolg text={e.meldung} />
      {!darf ? (
        <p className="kern-body">Beitritt und Austritt erklärt die Administration Ihres Trägers.</p>
      ) : (
        <>
          <Fehlerzusammenfassung fehler={e.felder} />
          <Fehlermeldung fehler={e.fehler} />
          {!laufend && <Beitrittsformular v={v} e={e} erklaertAm={erklaertAm} abWann={abWann} />}
          {laufend && !laufend.ausgetretenAm && <Austrittsformular laufend={laufend} e={e} austrittAm={austrittAm} />}
          {laufend?.ausgetretenAm && (
            <div className="knopfleiste">
              <button type="button" className="kern-btn kern-btn--secondary" aria-busy={e.sendet} onClick={zuruecknehmen}>
                <span className="kern-label">Austritt zurücknehmen</span>
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
