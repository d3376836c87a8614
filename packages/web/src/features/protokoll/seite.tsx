// Protokoll: wer hat wann welchen Datensatz gelesen oder geändert (§ 35 SGB I, §§ 67 ff. SGB X).
// Nur für die Rolle Datenschutz, nur der eigene Träger; Filter nach Zeitraum (TT.MM.JJJJ),
// Objektart und Benutzer, seitenweise.
import { type FormEvent, useState } from 'react';
import type { Feldfehler } from '../../api.ts';
import { Auswahl, Datumsfeld, Textfeld } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { Tabellenrahmen } from '../../gemeinsam/tabellenrahmen.tsx';
import { datumDe, datumIso, datumMeldung, zeitDe } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';
import { useListe } from '../../gemeinsam/liste/abfrage.ts';
import { type Listenadresse, useListenadresse } from '../../gemeinsam/liste/adresse.ts';
import { Listeninhalt } from '../../gemeinsam/liste/liste.tsx';
import { type Spalte, Listentabelle } from '../../gemeinsam/liste/tabelle.tsx';
import type { Antwort as ApiAntwort } from '../../api/client.ts';

type Eintrag = ApiAntwort<'/api/v1/protokoll', 'get'>['eintraege'][number];

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

const spalten: Spalte<Eintrag>[] = [
  { kopf: 'Zeit', zelle: (e) => zeitDe(e.zeit) },
  { kopf: 'Benutzer', zelle: (e) => e.darstellung.benutzer },
  { kopf: 'Aktion', zelle: (e) => e.darstellung.aktion },
  { kopf: 'Objekt', zelle: (e) => e.darstellung.objekt },
  { kopf: 'Person betroffen', zelle: (e) => (e.darstellung.person ? `ja (${e.darstellung.person})` : 'nein') },
  { kopf: 'Einzelheiten', zelle: (e) => <Details d={e.darstellung.einzelheiten} /> },
];

const filterfelder = ['von', 'bis', 'objektArt', 'benutzername'] as const;
type Filterfeld = (typeof filterfelder)[number];

/** Prüft die Eingaben (Daten als TT.MM.JJJJ, Beginn vor Ende); gibt die Werte für die Adresse oder die Fehler. */
function pruefeFilter(eingabe: Record<Filterfeld, string>): { fehler: Feldfehler[]; werte: Record<Filterfeld, string> } {
  const fehler: Feldfehler[] = [];
  const vonIso = eingabe.von.trim() ? datumIso(eingabe.von) : '';
  const bisIso = eingabe.bis.trim() ? datumIso(eingabe.bis) : '';
  if (vonIso === undefined)
    fehler.push({
      pfad: '/von',
      meldung: `Beginn des Zeitraums: ${datumMeldung(eingabe.von, 'Bitte geben Sie den Beginn des Zeitraums als TT.MM.JJJJ ein, z. B. 01.06.2025.')}`,
    });
  if (bisIso === undefined)
    fehler.push({
      pfad: '/bis',
      meldung: `Ende des Zeitraums: ${datumMeldung(eingabe.bis, 'Bitte geben Sie das Ende des Zeitraums als TT.MM.JJJJ ein, z. B. 30.06.2025.')}`,
    });
  if (vonIso && bisIso && vonIso > bisIso)
    fehler.push({ pfad: '/bis', meldung: `Das Ende des Zeitraums (${datumDe(bisIso)}) liegt vor seinem Beginn (${datumDe(vonIso)}).` });
  return {
    fehler,
    werte: { von: vonIso ?? '', bis: bisIso ?? '', objektArt: eingabe.objektArt, benutzername: eingabe.benutzername.trim() },
  };
}

function ProtokollFilter({ adresse }: { adresse: Listenadresse<Filterfeld> }) {
  const { von, bis, objektArt, benutzername } = adresse.werte;
  const [eingabe, setEingabe] = useState({ von: datumDe(von), bis: datumDe(bis), objektArt, benutzername });
  const [felder, setFelder] = useState<Feldfehler[]>([]);
  const filtern = (e: FormEvent) => {
    e.preventDefault();
    const { fehler, werte } = pruefeFilter(eingabe);
    setFelder(fehler);
    if (!fehler.length) adresse.setze({ ...werte, seite: '' });
  };
  return (
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
        {adresse.gefiltert && (
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setEingabe({ von: '', bis: '', objektArt: '', benutzername: '' });
              setFelder([]);
              adresse.setze({ von: '', bis: '', objektArt: '', benutzername: '', seite: '' });
            }}
          >
            <span className="kern-label">Filter zurücksetzen</span>
          </button>
        )}
      </div>
    </form>
  );
}

export function Protokoll() {
  const { hatRolle, sitzung } = useSitzung();
  const darf = hatRolle('datenschutz') && Boolean(sitzung.traeger);
  const adresse = useListenadresse(filterfelder);
  const { von, bis, objektArt, benutzername } = adresse.werte;
  const seite = adresse.seite;
  const liste = useListe<Eintrag>('/protokoll', adresse.abfrage({ proSeite, sortiert: false }), darf);

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

  const gefiltert = adresse.gefiltert;
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Protokoll</h1>
      <p className="kern-body">
        Zugriffe auf die Datensätze von {sitzung.traeger?.name}: wer wann was gelesen, angelegt oder geändert hat, neueste zuerst. Das
        Protokoll kann nicht geändert werden.
      </p>
      <ProtokollFilter adresse={adresse} />
      <section className="kern-stack-md" aria-labelledby="protokoll-eintraege-titel">
        <h2 className="kern-heading-medium" id="protokoll-eintraege-titel">
          Einträge
        </h2>
        <Fehlermeldung fehler={liste.fehler} />
        <Listeninhalt
          liste={liste}
          adresse={adresse}
          proSeite={proSeite}
          leer={gefiltert ? 'Keine Einträge zu diesem Filter.' : 'Das Protokoll ist leer.'}
        >
          {(eintraege) => (
            <>
              <p className="kern-body" role="status">
                {liste.laedt
                  ? 'Einträge werden geladen …'
                  : `${gefiltert ? 'Gefiltert' : 'Alle Zugriffe'}${von ? ` vom ${datumDe(von)}` : ''}${bis ? ` bis ${datumDe(bis)}` : ''}${
                      objektArt ? `, Objektart ${objektNamen[objektArt] ?? objektArt}` : ''
                    }${benutzername ? `, Benutzer ${benutzername}` : ''}: Einträge ${(seite - 1) * proSeite + 1} bis ${(seite - 1) * proSeite + eintraege.length}.`}
              </p>
              <Listentabelle
                rahmen={{ name: 'Protokolleinträge', Komponente: Tabellenrahmen }}
                beschriftung="Protokolleinträge, neueste zuerst"
                spalten={spalten}
                zeilen={eintraege}
                schluessel={(e) => e.id}
              />
            </>
          )}
        </Listeninhalt>
      </section>
    </div>
  );
}
