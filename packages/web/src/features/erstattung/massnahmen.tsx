// Maßnahmen eines Erstattungsanspruchs (§ 111 SGB X je Leistungsfall): welche Zeiträume zu einer
// Maßnahme gehören, wann sie endete oder dass sie noch läuft – zum Erfassen (neuer Anspruch,
// Bearbeiten) und die Ausschlussfrist je Leistungsfall, wie das Regelwerk sie bestimmt hat.
import { Tabellenkopf } from '../../gemeinsam/tabellenrahmen.tsx';
import { Status } from '../../gemeinsam/anzeige.tsx';
import { Ankreuzfeld, Datumsfeld } from '../../gemeinsam/felder.tsx';
import type { Feldfehler } from '../../api.ts';
import { datumDe, datumIso, euro } from '../../format.ts';
import { type Anspruch, type Leistungsfall, Tabellenrahmen } from './gemeinsam.tsx';

export interface MassnahmeEingabe {
  beendet: string;
  laeuft: boolean;
}

export const leistungsrechtOptionen = [
  { wert: 'eingliederungshilfe', text: 'Eingliederungshilfe (Frist je Maßnahme)' },
  { wert: 'sozialhilfe', text: 'Sozialhilfe (Frist je Zeitraum)' },
  { wert: 'jugendhilfe', text: 'Kinder- und Jugendhilfe (Frist je Zeitraum)' },
  { wert: 'krankenversicherung', text: 'Krankenversicherung (Frist je Zeitraum)' },
  { wert: 'sonstiges', text: 'Sonstiges Leistungsrecht (Frist je Zeitraum)' },
];

/** Die Namen der Maßnahmen in der Folge ihres ersten Zeitraums. */
export function massnahmenNamen(zeitraeume: { massnahme: string | null }[]): string[] {
  return [...new Set(zeitraeume.map((z) => (z.massnahme ?? '').trim()).filter(Boolean))];
}

/**
 * Die Angaben zu Maßnahmen für die API (`massnahmen`), mit Feldfehlern (Datum, beendet und läuft
 * zugleich). Maßnahmen ohne Angabe fehlen: Sie enden mit ihrem letzten Zeitraum.
 */
export function massnahmenFuerApi(
  namen: string[],
  werte: Record<string, MassnahmeEingabe>,
): { massnahmen: { massnahme: string; beendet?: string; laeuft?: boolean }[]; fehler: Feldfehler[] } {
  const fehler: Feldfehler[] = [];
  const massnahmen = namen.flatMap((massnahme, i) => {
    const w = werte[massnahme];
    if (!w) return [];
    const beendet = w.beendet.trim() ? datumIso(w.beendet) : undefined;
    if (w.beendet.trim() && !beendet)
      fehler.push({ pfad: `/massnahmen/${i}/beendet`, meldung: `Maßnahme „${massnahme}“: Ende bitte als Datum TT.MM.JJJJ angeben.` });
    if (beendet && w.laeuft)
      fehler.push({ pfad: `/massnahmen/${i}/laeuft`, meldung: `Maßnahme „${massnahme}“: entweder beendet oder läuft noch, nicht beides.` });
    if (!beendet && !w.laeuft) return [];
    return [{ massnahme, ...(beendet ? { beendet } : {}), ...(w.laeuft ? { laeuft: true } : {}) }];
  });
  return { massnahmen, fehler };
}

/** Eingabe je Maßnahme: Ende oder „läuft noch“. */
export function MassnahmenFelder({
  namen,
  werte,
  aendern,
  fehler,
}: {
  namen: string[];
  werte: Record<string, MassnahmeEingabe>;
  aendern: (name: string, w: MassnahmeEingabe) => void;
  fehler: (pfad: string) => string | undefined;
}) {
  if (namen.length === 0)
    return (
      <p className="kern-body">
        Noch keine Maßnahme benannt. Zeiträume ohne Maßnahme gelten in der Eingliederungshilfe als eine Maßnahme, die mit ihrem letzten
        Zeitraum endet.
      </p>
    );
  return (
    <>
      {namen.map((name, i) => {
        const w = werte[name] ?? { beendet: '', laeuft: false };
        return (
          <fieldset className="kern-fieldset" key={name}>
            <legend className="kern-heading-small">Maßnahme „{name}“</legend>
            <div className="kern-fieldset__body kern-fieldset__body--horizontal">
              <Datumsfeld
                pfad={`/massnahmen/${i}/beendet`}
                label="Beendet am"
                optional
                hinweis="Teilhabeziel erreicht oder Maßnahme beendet (TT.MM.JJJJ). Leer: endet mit ihrem letzten Zeitraum."
                wert={w.beendet}
                aendern={(beendet) => aendern(name, { ...w, beendet })}
                fehler={fehler(`/massnahmen/${i}/beendet`)}
              />
              <Ankreuzfeld
                pfad={`/massnahmen/${i}/laeuft`}
                label="Läuft noch"
                hinweis="Die Ausschlussfrist beginnt erst mit dem Ende der Maßnahme."
                wert={w.laeuft}
                aendern={(laeuft) => aendern(name, { ...w, laeuft })}
              />
            </div>
            {fehler(`/massnahmen/${i}/laeuft`) && <p className="kern-error kern-body">{fehler(`/massnahmen/${i}/laeuft`)}</p>}
            {fehler(`/massnahmen/${i}/massnahme`) && <p className="kern-error kern-body">{fehler(`/massnahmen/${i}/massnahme`)}</p>}
          </fieldset>
        );
      })}
    </>
  );
}

function FallStand({ fall, heute }: { fall: Leistungsfall; heute: string }) {
  if (fall.gewahrt === true) return <Status text="gewahrt" ton="success" />;
  if (fall.gewahrt === false || (fall.ende !== null && fall.ende < heute)) return <Status text="ausgeschlossen" ton="danger" />;
  if (fall.laeuft) return <Status text="Frist nicht begonnen" ton="info" />;
  return <Status text="offen" ton="warning" />;
}

/** Die Ausschlussfrist je Leistungsfall (Maßnahme oder Zeitraum), wie das Regelwerk sie bestimmt hat. */
export function Leistungsfaelle({ a, heute }: { a: Anspruch; heute: string }) {
  const faelle = a.fristenpruefung?.ergebnis.leistungsfaelle ?? [];
  if (faelle.length === 0) return null;
  const egh = (a.fristenpruefung?.ergebnis.leistungsrecht ?? a.leistungsrecht) === 'eingliederungshilfe';
  const laufend = faelle.filter((f) => f.laeuft);
  return (
    <div className="kern-stack-sm">
      <h3 className="kern-heading-small" id="leistungsfaelle-titel">
        Ausschlussfrist je Leistungsfall
      </h3>
      <p className="kern-body">
        {egh
          ? 'Eingliederungshilfe: Die Zeiträume einer Maßnahme haben eine gemeinsame Frist, die erst mit dem Ende der Maßnahme beginnt (BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R).'
          : 'Nach dem Leistungsrecht des Verpflichteten hat jeder Zeitraum seine eigene Frist.'}
      </p>
      <Tabellenrahmen titel="Tabelle der Leistungsfälle">
        <table className="kern-table kern-table--small" aria-labelledby="leistungsfaelle-titel">
          <Tabellenkopf spalten={['Leistungsfall', 'Ende der Maßnahme', 'Frist endet', 'Betrag', 'Stand']} zahlen={['Betrag']} />
          <tbody className="kern-table__body">
            {faelle.map((f, i) => (
              <tr className="kern-table__row" key={i}>
                <th scope="row" className="kern-table__header">
                  {f.massnahme ? `Maßnahme „${f.massnahme}“` : egh ? 'Maßnahme ohne Namen' : 'Zeitraum'}, {datumDe(f.von)} –{' '}
                  {datumDe(f.bis)}
                  {f.zeitraeume.length > 1 && <span className="kern-body--muted"> ({f.zeitraeume.length} Zeiträume)</span>}
                </th>
                <td className="kern-table__cell">{f.laeuft ? 'läuft noch' : datumDe(f.beendet)}</td>
                <td className="kern-table__cell">{f.ende ? datumDe(f.ende) : '–'}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{euro(f.betragCent)}</td>
                <td className="kern-table__cell">
                  <FallStand fall={f} heute={heute} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabellenrahmen>
      {laufend.length > 0 && !a.geltendmachung && (
        <p className="kern-body">
          <span className="kern-body--bold">Empfehlung:</span> Melden Sie den Anspruch jetzt an. Solange die Maßnahme läuft, ist nichts
          ausgeschlossen; eine Anmeldung im Voraus wirkt auch für ihre späteren Zeiträume, und nach ihrem Ende bleiben nur zwölf Monate.
        </p>
      )}
    </div>
  );
}
