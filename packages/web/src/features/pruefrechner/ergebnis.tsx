// Das Ergebnis einer Prüfung auf Deutsch: Daten TT.MM.JJJJ, Beträge in Euro, Prozente mit Komma,
// Ja/Nein statt true/false, Aufzählungswerte als Text; Listen als Tabelle, Gruppen als Liste.
import type { ReactNode } from 'react';
import { datumDe, euro, prozentDe } from '../../format.ts';
import { Angaben } from '../../gemeinsam/anzeige.tsx';
import { Verschiebbar } from './rahmen.tsx';
import { eintragBeschriftung, ergebnisBeschriftung, wertText } from './woerter.ts';

function istObjekt(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Ein einzelner Wert in deutscher Darstellung. */
export function wertDe(name: string, wert: unknown, eltern?: string): string {
  if (wert === null || wert === undefined) return '–';
  if (typeof wert === 'boolean') return wert ? 'ja' : 'nein';
  if (typeof wert === 'number') {
    if (/Cent($|Pro)/.test(name)) return euro(wert);
    if (name.endsWith('Euro')) return euro(wert * 100);
    if (/Prozent$/.test(name) || name === 'prozent' || name === 'prozentBis') return prozentDe(wert);
    if (name === 'leistung') return String(wert + 1);
    return new Intl.NumberFormat('de-DE').format(wert);
  }
  if (typeof wert === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(wert)) return datumDe(wert);
    return wertText(name, wert, eltern);
  }
  if (Array.isArray(wert)) return wert.length ? wert.map((w) => wertDe(name, w, eltern)).join(', ') : 'keine';
  return JSON.stringify(wert);
}

function Tabelle({ name, zeilen, titel }: { name: string; zeilen: Record<string, unknown>[]; titel: string }) {
  const spalten = [...new Set(zeilen.flatMap((z) => Object.keys(z)))].filter((k) => !zeilen.every((z) => z[k] === null));
  return (
    <Verschiebbar name={titel}>
      <table className="kern-table kern-table--small">
        <caption className="kern-title kern-title--small">{titel}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {spalten.map((k) => (
              <th key={k} scope="col" className="kern-table__header">
                {ergebnisBeschriftung(k, name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {zeilen.map((z, i) => (
            <tr className="kern-table__row" key={i}>
              {spalten.map((k) => (
                <td key={k} className="kern-table__cell">
                  {istObjekt(z[k]) ? <Gruppe name={k} wert={z[k]} /> : wertDe(k, z[k], name)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Verschiebbar>
  );
}

function Gruppe({ name, wert }: { name: string; wert: Record<string, unknown> }) {
  return (
    <Angaben eintraege={Object.entries(wert).map(([k, v]): [string, ReactNode] => [ergebnisBeschriftung(k, name), wertDe(k, v, name)])} />
  );
}

/** Viele Spalten oder lange Texte: besser als Liste von Karten statt als Tabelle. */
function alsKarten(zeilen: Record<string, unknown>[]): boolean {
  const spalten = new Set(zeilen.flatMap((z) => Object.keys(z)));
  return spalten.size > 6 || zeilen.some((z) => Object.values(z).some((v) => typeof v === 'string' && v.length > 80));
}

export function ErgebnisAnzeige({ ergebnis }: { ergebnis: Record<string, unknown> }) {
  const einfach: [string, ReactNode][] = [];
  const teile: ReactNode[] = [];
  for (const [k, v] of Object.entries(ergebnis)) {
    const titel = ergebnisBeschriftung(k);
    if (Array.isArray(v) && v.some(istObjekt)) {
      const zeilen = v.filter(istObjekt);
      teile.push(
        <section key={k} className="kern-stack-sm ergebnis-teil" aria-label={titel}>
          {alsKarten(zeilen) ? (
            <>
              <h3 className="kern-heading-small">{titel}</h3>
              <ol className="kern-list ergebnis-karten">
                {zeilen.map((z, i) => (
                  <li key={i} className="kern-card ergebnis-karte">
                    <p className="kern-title kern-title--small">
                      {eintragBeschriftung(k)} {i + 1}
                    </p>
                    <Gruppe name={k} wert={z} />
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <Tabelle name={k} zeilen={zeilen} titel={titel} />
          )}
        </section>,
      );
    } else if (istObjekt(v)) {
      teile.push(
        <section key={k} className="kern-stack-sm ergebnis-teil" aria-label={titel}>
          <h3 className="kern-heading-small">{titel}</h3>
          <Gruppe name={k} wert={v} />
        </section>,
      );
    } else {
      einfach.push([titel, wertDe(k, v)]);
    }
  }
  return (
    <div className="kern-stack-md">
      {einfach.length > 0 && <Angaben eintraege={einfach} />}
      {teile}
    </div>
  );
}
