// Die Entscheidung eines Menschen über den Wunsch: Ergebnis, Gründe der Abwägung und – bei
// teilweiser Bewilligung – der übernommene Betrag je Monat. Das Regelwerk entscheidet nie nach einer
// Prozentzahl (§ 104 Abs. 2 Satz 2 SGB IX: Abwägung im Einzelfall); nach dem Festhalten ist die
// Entscheidung unveränderlich.
import { type FormEvent, useRef, useState } from 'react';
import { type Antwort, ApiFehler, type Feldfehler, api } from '../../api.ts';
import { centAus, datumDe, euro } from '../../format.ts';
import { Angaben } from '../../gemeinsam/anzeige.tsx';
import { Betragsfeld, Textfeld, feldId } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { type Entscheidungsergebnis, type MenschlicheEntscheidung, type Vergleich, entscheidungText } from './typen.ts';

const optionen: { wert: Entscheidungsergebnis; text: string; hinweis: string }[] = [
  {
    wert: 'bewilligt',
    text: 'Bewilligt',
    hinweis: 'Dem Wunsch wird entsprochen; die Mehrkosten sind nach Abwägung nicht unverhältnismäßig.',
  },
  {
    wert: 'teilweiseBewilligt',
    text: 'Teilweise bewilligt',
    hinweis: 'Übernahme bis zu einem Betrag je Monat, z. B. bis zu den Kosten des Vergleichsangebots („wenn und soweit“).',
  },
  { wert: 'abgelehnt', text: 'Abgelehnt', hinweis: 'Die Mehrkosten sind nach Abwägung im Einzelfall unverhältnismäßig.' },
];

export function EntscheidungAnzeige({ e }: { e: MenschlicheEntscheidung }) {
  return (
    <Angaben
      eintraege={[
        ['Entscheidung', entscheidungText[e.ergebnis]],
        ...(e.betragCentProMonat !== undefined ? ([['Übernommen je Monat', euro(e.betragCentProMonat)]] as [string, string][]) : []),
        ['Gründe der Abwägung', <span className="mehrkosten-gruende">{e.gruende}</span>],
        ['Entschieden von', e.vonName],
        ['Entschieden am', datumDe(e.am)],
      ]}
    />
  );
}

export function EntscheidungFormular({
  vergleich,
  etag,
  fertig,
}: {
  vergleich: Vergleich;
  etag: string | null;
  fertig: (a: Antwort<Vergleich>) => void;
}) {
  const [ergebnis, setErgebnis] = useState<Entscheidungsergebnis | ''>('');
  const [gruende, setGruende] = useState('');
  const [betrag, setBetrag] = useState('');
  const [felder, setFelder] = useState<Feldfehler[]>([]);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [sendet, setSendet] = useState(false);
  const schluessel = useRef(false);
  const obergrenze = vergleich.ergebnis.kostenuebernahmeBisCentProMonat;

  async function absenden(ev: FormEvent) {
    ev.preventDefault();
    if (schluessel.current) return;
    const f: Feldfehler[] = [];
    if (!ergebnis)
      f.push({ pfad: '/ergebnis', meldung: 'Bitte wählen Sie die Entscheidung: bewilligt, teilweise bewilligt oder abgelehnt.' });
    if (gruende.trim().length < 20)
      f.push({
        pfad: '/gruende',
        meldung: 'Bitte begründen Sie die Abwägung nachvollziehbar (mindestens 20 Zeichen): Gewicht des Wunsches gegen die Mehrkosten.',
      });
    let cent: number | undefined;
    if (ergebnis === 'teilweiseBewilligt') {
      cent = centAus(betrag);
      if (cent === undefined || cent <= 0)
        f.push({ pfad: '/betragCentProMonat', meldung: 'Bitte geben Sie den übernommenen Betrag je Monat in Euro ein, z. B. 2.286,30.' });
    }
    setFelder(f);
    setFehler(null);
    if (f.length || !ergebnis) return;
    schluessel.current = true;
    setSendet(true);
    try {
      const a = await api.post<Vergleich>(
        `/mehrkostenvergleiche/${vergleich.id}/entscheiden`,
        { ergebnis, gruende: gruende.trim(), ...(cent !== undefined ? { betragCentProMonat: cent } : {}) },
        etag,
      );
      fertig(a);
    } catch (x) {
      if (x instanceof ApiFehler) {
        setFelder(x.felder);
        if (!x.felder.length) setFehler(x);
      }
    } finally {
      schluessel.current = false;
      setSendet(false);
    }
  }

  const ergebnisFehler = fehlerFuer(felder, '/ergebnis');
  return (
    <form className="kern-stack-md" noValidate onSubmit={(e) => void absenden(e)} aria-labelledby="entscheidung-formular-titel">
      <h3 className="kern-heading-small" id="entscheidung-formular-titel">
        Entscheidung festhalten
      </h3>
      <Fehlerzusammenfassung fehler={felder} />
      <Fehlermeldung fehler={fehler} />
      <fieldset
        className={`kern-fieldset${ergebnisFehler ? ' kern-fieldset--error' : ''}`}
        aria-describedby={ergebnisFehler ? 'feld-ergebnis-fehler' : undefined}
      >
        <legend className="kern-label">Entscheidung über den Wunsch</legend>
        <div className="kern-fieldset__body">
          {ergebnisFehler && (
            <p className="kern-error" id="feld-ergebnis-fehler" role="alert">
              <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
              <span className="kern-body">{ergebnisFehler}</span>
            </p>
          )}
          {optionen.map((o, i) => (
            <div className="kern-form-check" key={o.wert}>
              <input
                className={`kern-form-check__radio${ergebnisFehler ? ' kern-form-check__radio--error' : ''}`}
                type="radio"
                name="ergebnis"
                id={i === 0 ? feldId('/ergebnis') : `${feldId('/ergebnis')}-${o.wert}`}
                value={o.wert}
                checked={ergebnis === o.wert}
                aria-describedby={`${feldId('/ergebnis')}-${o.wert}-hinweis`}
                onChange={() => setErgebnis(o.wert)}
              />
              <label className="kern-label" htmlFor={i === 0 ? feldId('/ergebnis') : `${feldId('/ergebnis')}-${o.wert}`}>
                {o.text}
              </label>
              <div className="kern-hint" id={`${feldId('/ergebnis')}-${o.wert}-hinweis`}>
                {o.hinweis}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      {ergebnis === 'teilweiseBewilligt' && (
        <Betragsfeld
          pfad="/betragCentProMonat"
          label="Übernommener Betrag je Monat"
          hinweis={`In Euro, z. B. 2.286,30. Mehr als 0 und weniger als die Kosten des Wunsches (${euro(vergleich.ergebnis.kostenGewuenschtCentProMonat)})${obergrenze !== null ? `; Kosten des Vergleichsangebots: ${euro(obergrenze)}` : ''}.`}
          wert={betrag}
          aendern={setBetrag}
          fehler={fehlerFuer(felder, '/betragCentProMonat')}
        />
      )}
      <Textfeld
        pfad="/gruende"
        label="Gründe der Abwägung"
        hinweis="Gewicht und Nachvollziehbarkeit der Wunschgründe gegen die Höhe der Mehrkosten, die individuelle Situation, die Eignung der Angebote. Mindestens 20 Zeichen. Die Gründe erscheinen im Vermerk."
        mehrzeilig
        wert={gruende}
        aendern={setGruende}
        fehler={fehlerFuer(felder, '/gruende')}
      />
      <p className="kern-body" id="entscheidung-endgueltig">
        Nach dem Festhalten ist die Entscheidung mit Ihrem Namen und dem heutigen Datum gespeichert und kann nicht mehr geändert werden.
      </p>
      <div className="knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" aria-busy={sendet} aria-describedby="entscheidung-endgueltig">
          <span className="kern-label">{sendet ? 'Wird gespeichert …' : 'Entscheidung festhalten'}</span>
        </button>
      </div>
    </form>
  );
}
