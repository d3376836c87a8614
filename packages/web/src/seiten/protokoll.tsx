// Protokoll: wer hat wann welchen Datensatz gelesen oder geändert (§ 35 SGB I, §§ 67 ff. SGB X).
// Nur für die Rolle Datenschutz, nur der eigene Träger; Filter nach Zeitraum (TT.MM.JJJJ),
// Objektart und Benutzer, seitenweise.
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Feldfehler, Seite } from '../api.ts';
import { Laden, Seitenleiste } from '../komponenten/anzeige.tsx';
import { Auswahl, Datumsfeld, Textfeld } from '../komponenten/felder.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../komponenten/fehler.tsx';
import { Tabellenrahmen } from '../komponenten/mehrkosten-tabelle.tsx';
import { useDaten } from '../daten.ts';
import { datumDe, datumIso, datumMeldung, zeitDe } from '../format.ts';
import { useSitzung } from '../sitzung.tsx';
import { seitenzahl } from '../komponenten/listenadresse.ts';

interface Eintrag {
  id: number;
  zeit: string;
  benutzername: string | null;
  aktion: string;
  objektArt: string;
  objektId: string | null;
  personId: string | null;
  details: Record<string, unknown>;
  /** Was Menschen lesen: Namen statt Kennungen, deutsche Feldnamen, Beträge in Euro (vom Server). */
  darstellung: {
    benutzer: string;
    aktion: string;
    objekt: string;
    person: string | null;
    einzelheiten: { feld: string; wert: string }[];
  };
}

const objektNamen: Record<string, string> = {
  fall: 'Fall',
  person: 'Person',
  amtshilfeersuchen: 'Amtshilfeersuchen',
  erstattungsanspruch: 'Erstattungsanspruch',
  mehrkostenvergleich: 'Mehrkostenvergleich',
  dokument: 'Dokument',
  traeger: 'Träger',
  vereinbarung: 'Vereinbarung',
  beitritt: 'Beitritt',
  benutzer: 'Benutzer',
};

const proSeite = 50;

function Details({ d }: { d: Eintrag['darstellung']['einzelheiten'] }) {
  if (!d.length) return <>–</>;
  return (
    <ul className="kern-list kern-list--small protokoll-details">
      {d.map((x, i) => (
        <li key={`${i}-${x.feld}`}>
          {x.feld}: {x.wert}
        </li>
      ))}
    </ul>
  );
}

export function Protokoll() {
  const { hatRolle, sitzung } = useSitzung();
  const darf = hatRolle('datenschutz') && Boolean(sitzung.traeger);
  const [parameter, setParameter] = useSearchParams();
  const von = parameter.get('von') ?? '';
  const bis = parameter.get('bis') ?? '';
  const objektArt = parameter.get('objektArt') ?? '';
  const benutzername = parameter.get('benutzername') ?? '';
  const seite = seitenzahl(parameter.get('seite'));
  const [eingabe, setEingabe] = useState({ von: datumDe(von), bis: datumDe(bis), objektArt, benutzername });
  const [felder, setFelder] = useState<Feldfehler[]>([]);
  const abfrage = new URLSearchParams({ seite: String(seite), proSeite: String(proSeite) });
  for (const [k, v] of Object.entries({ von, bis, objektArt, benutzername })) if (v) abfrage.set(k, v);
  const liste = useDaten<Seite<Eintrag>>(darf ? `/protokoll?${abfrage.toString()}` : null);

  if (!darf)
    return (
      <>
        <h1 className="kern-heading-x-large">Protokoll</h1>
        <p className="kern-body">
          Das Zugriffsprotokoll zeigt, wer wann welchen Datensatz und welche Sozialdaten gelesen oder geändert hat. Es ist der Rolle
          Datenschutz eines Trägers vorbehalten (§ 35 SGB I, §§ 67 ff. SGB X) und zeigt nur den eigenen Träger. Ihre Rolle hat keinen
          Zugriff; wenden Sie sich bei Fragen an die Datenschutzbeauftragte oder den Datenschutzbeauftragten Ihres Trägers.
        </p>
      </>
    );

  const filtern = (e: FormEvent) => {
    e.preventDefault();
    const f: Feldfehler[] = [];
    const vonIso = eingabe.von.trim() ? datumIso(eingabe.von) : '';
    const bisIso = eingabe.bis.trim() ? datumIso(eingabe.bis) : '';
    if (vonIso === undefined)
      f.push({
        pfad: '/von',
        meldung: `Beginn des Zeitraums: ${datumMeldung(eingabe.von, 'Bitte geben Sie den Beginn des Zeitraums als TT.MM.JJJJ ein, z. B. 01.06.2025.')}`,
      });
    if (bisIso === undefined)
      f.push({
        pfad: '/bis',
        meldung: `Ende des Zeitraums: ${datumMeldung(eingabe.bis, 'Bitte geben Sie das Ende des Zeitraums als TT.MM.JJJJ ein, z. B. 30.06.2025.')}`,
      });
    if (vonIso && bisIso && vonIso > bisIso)
      f.push({ pfad: '/bis', meldung: `Das Ende des Zeitraums (${datumDe(bisIso)}) liegt vor seinem Beginn (${datumDe(vonIso)}).` });
    setFelder(f);
    if (f.length) return;
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({
      von: vonIso ?? '',
      bis: bisIso ?? '',
      objektArt: eingabe.objektArt,
      benutzername: eingabe.benutzername.trim(),
    }))
      if (v) p.set(k, v);
    setParameter(p);
  };

  const eintraege = liste.daten?.eintraege ?? [];
  const gefiltert = Boolean(von || bis || objektArt || benutzername);
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Protokoll</h1>
      <p className="kern-body">
        Zugriffe auf die Datensätze von {sitzung.traeger?.name}: wer wann was gelesen, angelegt oder geändert hat, neueste zuerst. Das
        Protokoll kann nicht geändert werden.
      </p>
      <form className="kern-stack-md" noValidate onSubmit={filtern} aria-labelledby="protokoll-filter-titel">
        <h2 className="kern-heading-medium" id="protokoll-filter-titel">
          Filter
        </h2>
        <Fehlerzusammenfassung fehler={felder} />
        <div className="filterleiste">
          <Datumsfeld
            pfad="/von"
            label="Von"
            optional
            wert={eingabe.von}
            aendern={(v) => setEingabe({ ...eingabe, von: v })}
            fehler={fehlerFuer(felder, '/von')}
          />
          <Datumsfeld
            pfad="/bis"
            label="Bis"
            optional
            wert={eingabe.bis}
            aendern={(v) => setEingabe({ ...eingabe, bis: v })}
            fehler={fehlerFuer(felder, '/bis')}
          />
          <Auswahl
            pfad="/objektArt"
            label="Objektart"
            wert={eingabe.objektArt}
            aendern={(v) => setEingabe({ ...eingabe, objektArt: v })}
            leer="Alle"
            optionen={Object.entries(objektNamen).map(([w, text]) => ({ wert: w, text }))}
          />
          <Textfeld
            pfad="/benutzername"
            label="Benutzername"
            optional
            hinweis="Genau wie bei der Anmeldung, z. B. schwaben"
            wert={eingabe.benutzername}
            aendern={(v) => setEingabe({ ...eingabe, benutzername: v })}
          />
        </div>
        <div className="knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">Protokoll anzeigen</span>
          </button>
          {gefiltert && (
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => {
                setEingabe({ von: '', bis: '', objektArt: '', benutzername: '' });
                setFelder([]);
                setParameter(new URLSearchParams());
              }}
            >
              <span className="kern-label">Filter zurücksetzen</span>
            </button>
          )}
        </div>
      </form>
      <section className="kern-stack-md" aria-labelledby="protokoll-eintraege-titel">
        <h2 className="kern-heading-medium" id="protokoll-eintraege-titel">
          Einträge
        </h2>
        <Fehlermeldung fehler={liste.fehler} />
        {liste.laedt && !liste.daten ? (
          <Laden />
        ) : eintraege.length === 0 ? (
          <p className="kern-body" role="status">
            {gefiltert ? 'Keine Einträge zu diesem Filter.' : 'Das Protokoll ist leer.'}
          </p>
        ) : (
          <>
            <p className="kern-body" role="status">
              {liste.laedt
                ? 'Einträge werden geladen …'
                : `${gefiltert ? 'Gefiltert' : 'Alle Zugriffe'}${von ? ` vom ${datumDe(von)}` : ''}${bis ? ` bis ${datumDe(bis)}` : ''}${
                    objektArt ? `, Objektart ${objektNamen[objektArt] ?? objektArt}` : ''
                  }${benutzername ? `, Benutzer ${benutzername}` : ''}: Einträge ${(seite - 1) * proSeite + 1} bis ${(seite - 1) * proSeite + eintraege.length}.`}
            </p>
            <Tabellenrahmen titel="Protokolleinträge">
              <table className="kern-table kern-table--small">
                <caption className="kern-sr-only">Protokolleinträge, neueste zuerst</caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">
                      Zeit
                    </th>
                    <th scope="col" className="kern-table__header">
                      Benutzer
                    </th>
                    <th scope="col" className="kern-table__header">
                      Aktion
                    </th>
                    <th scope="col" className="kern-table__header">
                      Objekt
                    </th>
                    <th scope="col" className="kern-table__header">
                      Person betroffen
                    </th>
                    <th scope="col" className="kern-table__header">
                      Einzelheiten
                    </th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {eintraege.map((e) => (
                    <tr className="kern-table__row" key={e.id}>
                      <td className="kern-table__cell">{zeitDe(e.zeit)}</td>
                      <td className="kern-table__cell">{e.darstellung.benutzer}</td>
                      <td className="kern-table__cell">{e.darstellung.aktion}</td>
                      <td className="kern-table__cell">{e.darstellung.objekt}</td>
                      <td className="kern-table__cell">{e.darstellung.person ? `ja (${e.darstellung.person})` : 'nein'}</td>
                      <td className="kern-table__cell">
                        <Details d={e.darstellung.einzelheiten} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Tabellenrahmen>
            <Seitenleiste
              seite={seite}
              proSeite={proSeite}
              weitere={Boolean(liste.daten?.weitere)}
              wechseln={(s) => {
                const p = new URLSearchParams(parameter);
                p.set('seite', String(s));
                setParameter(p);
              }}
            />
          </>
        )}
      </section>
    </div>
  );
}
