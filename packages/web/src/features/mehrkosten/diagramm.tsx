// Balkendiagramm der verglichenen Monatskosten als zugängliches SVG (role="img" mit title und desc)
// und dieselben Zahlen als Tabelle. Die Rolle jedes Balkens steht als Text daneben und ist durch ein
// Muster unterschieden – nie durch die Farbe allein.
import { type RefObject, useId, useLayoutEffect, useRef, useState } from 'react';
import { euro, prozentDe } from '../../format.ts';
import { Tabellenrahmen, Tabellenkopf } from '../../gemeinsam/tabellenrahmen.tsx';

export type Balkenrolle = 'wunsch' | 'vergleich' | 'alternative' | 'ausgeschlossen';

export interface Balken {
  bezeichnung: string;
  cent: number;
  rolle: Balkenrolle;
  /** Mehrkosten des Wunsches gegenüber diesem Angebot in Prozent (beim Wunsch leer). */
  mehrkostenProzent: number | null;
  /** Einordnung in Worten, z. B. „Vergleichsangebot“ oder „nicht vergleichbar: nicht zumutbar“. */
  einordnung: string;
}

const rollenname: Record<Balkenrolle, string> = {
  wunsch: 'Wunsch',
  vergleich: 'Vergleichsangebot',
  alternative: 'Alternative',
  ausgeschlossen: 'Alternative (nicht vergleichbar)',
};

const zeile = 62;
const balkenHoehe = 24;
/** Platz rechts für den Betrag hinter dem längsten Balken. */
const rechterRand = 110;

/** Die Breite des Diagramms in CSS-Pixeln, damit die Schrift bei 320 px und bei 200 % Zoom lesbar bleibt. */
function useBreite(): [RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement>(null);
  const [breite, setBreite] = useState(640);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const messen = () => setBreite(Math.max(240, Math.min(768, Math.round(el.clientWidth))));
    messen();
    const beobachter = new ResizeObserver(messen);
    beobachter.observe(el);
    return () => beobachter.disconnect();
  }, []);
  return [ref, breite];
}

function kuerzen(text: string, zeichen: number): string {
  return text.length > zeichen ? `${text.slice(0, Math.max(1, zeichen - 2))} …` : text;
}

export function Kostendiagramm({ balken, mehrkostenCent }: { balken: Balken[]; mehrkostenCent: number | null }) {
  const id = useId().replace(/:/g, '');
  const [ref, breite] = useBreite();
  const zeichen = Math.floor(breite / 8.5);
  const hoechster = Math.max(1, ...balken.map((b) => b.cent));
  const skala = (cent: number) => Math.max(2, Math.round((cent / hoechster) * (breite - rechterRand)));
  const hoehe = balken.length * zeile + 8;
  const vergleich = balken.find((b) => b.rolle === 'vergleich');
  const wunsch = balken.find((b) => b.rolle === 'wunsch');
  const beschreibung = balken
    .map(
      (b) =>
        `${rollenname[b.rolle]} „${b.bezeichnung}“: ${euro(b.cent)} monatlich${b.mehrkostenProzent !== null ? `, Mehrkosten des Wunsches ${prozentDe(b.mehrkostenProzent)}` : ''}`,
    )
    .join('; ');
  return (
    <figure className="mehrkosten-diagramm" ref={ref}>
      <svg
        className="mehrkosten-diagramm__bild"
        viewBox={`0 0 ${breite} ${hoehe}`}
        role="img"
        aria-labelledby={`${id}-titel`}
        aria-describedby={`${id}-beschreibung`}
        focusable="false"
      >
        <title id={`${id}-titel`}>Monatliche Kosten: Wunsch und Alternativen</title>
        <desc id={`${id}-beschreibung`}>
          {beschreibung}.
          {mehrkostenCent !== null && vergleich
            ? ` Der Wunsch kostet ${euro(mehrkostenCent)} monatlich mehr als das Vergleichsangebot.`
            : ''}
        </desc>
        <defs>
          <pattern id={`${id}-schraffur`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="muster__grund muster__grund--vergleich" />
            <line x1="0" y1="0" x2="0" y2="8" className="balken__schraffur" strokeWidth="4" />
          </pattern>
          <pattern id={`${id}-punkte`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="muster__grund muster__grund--ausgeschlossen" />
            <circle cx="3" cy="3" r="1.2" className="balken__punkt" />
          </pattern>
        </defs>
        {balken.map((b, i) => {
          const y = i * zeile + 4;
          const w = skala(b.cent);
          const fuellung =
            b.rolle === 'vergleich' ? `url(#${id}-schraffur)` : b.rolle === 'ausgeschlossen' ? `url(#${id}-punkte)` : undefined;
          return (
            <g key={`${b.rolle}-${b.bezeichnung}-${i}`}>
              <text x="0" y={y + 16} className="balken__beschriftung">
                {kuerzen(`${rollenname[b.rolle]}: ${b.bezeichnung}`, zeichen)}
              </text>
              <rect
                x="0"
                y={y + 24}
                width={w}
                height={balkenHoehe}
                className={`balken balken--${b.rolle}`}
                {...(fuellung ? { fill: fuellung } : {})}
              />
              <text x={w + 8} y={y + 24 + 17} className="balken__wert">
                {euro(b.cent)}
              </text>
            </g>
          );
        })}
        {vergleich &&
          wunsch &&
          wunsch.cent > vergleich.cent &&
          balken.map((_, i) => (
            <line
              key={`linie-${i}`}
              x1={skala(vergleich.cent)}
              x2={skala(vergleich.cent)}
              y1={i * zeile + 4 + 20}
              y2={i * zeile + 4 + 24 + balkenHoehe + 4}
              className="balken__linie"
              strokeDasharray="6 4"
            />
          ))}
      </svg>
      <figcaption className="kern-body--small kern-body--muted">
        Balken: Kosten je Monat. Die gestrichelte Linie markiert die Kosten des Vergleichsangebots; was der Wunsch darüber kostet, sind die
        Mehrkosten. Dieselben Zahlen stehen in der Tabelle.
      </figcaption>
    </figure>
  );
}

export function Kostentabelle({ balken }: { balken: Balken[] }) {
  return (
    <Tabellenrahmen titel="Monatliche Kosten im Vergleich">
      <table className="kern-table kern-table--small">
        <caption className="kern-title kern-title--small tabellentitel">Monatliche Kosten im Vergleich (Zahlen des Diagramms)</caption>
        <Tabellenkopf
          spalten={['Angebot', 'Rolle im Vergleich', 'Kosten je Monat', 'Mehrkosten des Wunsches']}
          zahlen={['Kosten je Monat', 'Mehrkosten des Wunsches']}
        />
        <tbody className="kern-table__body">
          {balken.map((b, i) => (
            <tr className="kern-table__row" key={`${b.rolle}-${b.bezeichnung}-${i}`}>
              <th scope="row" className="kern-table__header">
                {b.bezeichnung}
              </th>
              <td className="kern-table__cell">{b.einordnung}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{euro(b.cent)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {b.mehrkostenProzent === null ? '–' : prozentDe(b.mehrkostenProzent)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Tabellenrahmen>
  );
}
