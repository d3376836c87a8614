// Die Tabelle einer Liste aus Spalten: Kopf (sortierbar mit aria-sort, wenn die Spalte ein
// Sortierfeld hat), Zellen je Zeile; der Rahmen (waagerecht verschiebbar bei schmaler Ansicht)
// kommt von der Seite, weil die Listen ihn verschieden ansagen.
import type { ComponentType, ReactNode } from 'react';
import { Sortierkopf } from './sortierkopf.tsx';

export interface Spalte<Z> {
  kopf: ReactNode;
  /** Sortierfeld der API; ohne ist die Spalte nicht sortierbar. */
  sortierfeld?: string;
  /** Eigene Umschaltung (etwa nur aufsteigend); sonst die der Liste. */
  sortiere?: (s: string) => void;
  numerisch?: boolean;
  zelle: (z: Z) => ReactNode;
}

export interface Listentabellenangaben<Z> {
  spalten: Spalte<Z>[];
  zeilen: Z[];
  schluessel: (z: Z) => string | number;
  /** Für Screenreader: was die Tabelle zeigt (caption). */
  beschriftung: ReactNode;
  sortierung?: string;
  sortiere?: (s: string) => void;
  klasse?: string;
  /** Rahmen um die Tabelle mit seinem Namen. */
  rahmen: { name: string; Komponente: ComponentType<{ titel: string; children: ReactNode }> };
}

export function Listentabelle<Z>({
  spalten,
  zeilen,
  schluessel,
  beschriftung,
  sortierung = '',
  sortiere = () => undefined,
  klasse = 'kern-table kern-table--small',
  rahmen: { name, Komponente: Rahmen },
}: Listentabellenangaben<Z>) {
  return (
    <Rahmen titel={name}>
      <table className={klasse}>
        <caption className="kern-sr-only">{beschriftung}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {spalten.map((s, i) =>
              s.sortierfeld && typeof s.kopf === 'string' ? (
                <Sortierkopf
                  key={i}
                  feld={s.sortierfeld}
                  text={s.kopf}
                  sortierung={sortierung}
                  setzen={s.sortiere ?? sortiere}
                  {...(s.numerisch ? { numerisch: true } : {})}
                />
              ) : (
                <th key={i} scope="col" className={`kern-table__header${s.numerisch ? ' kern-table__header--numeric' : ''}`}>
                  {s.kopf}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {zeilen.map((z) => (
            <tr className="kern-table__row" key={schluessel(z)}>
              {spalten.map((s, i) => (
                <td key={i} className={`kern-table__cell${s.numerisch ? ' kern-table__cell--numeric' : ''}`}>
                  {s.zelle(z)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Rahmen>
  );
}
