// Zeitstrahl eines Falls: Aufenthalte (nach Gebiet/Träger und Art), Leistungen, Anträge und
// Unterbrechungen auf EINER Zeitachse. Das Bild ist ein SVG mit role="img", Titel und
// Beschreibung; dieselben Angaben stehen darunter als Tabelle (WCAG 1.1.1, 1.4.1: Farbe nie allein).
import { Tabellenkopf } from '../../gemeinsam/tabellenrahmen.tsx';
import { useId } from 'react';
import type { Anfrage } from '../../api/client.ts';
import { datumDe } from '../../format.ts';
import { Verschiebbar } from '../pruefrechner/rahmen.tsx';
import { wertText } from '../pruefrechner/woerter.ts';

/** Die Zeitangaben eines Falls, wie der Vertrag sie beschreibt. */
export type Zeitdaten = Required<
  Pick<Anfrage<'/api/v1/faelle/{id}', 'patch'>, 'aufenthalte' | 'leistungen' | 'antraege' | 'unterbrechungen'>
>;

type Bereich = 'Aufenthalt' | 'Leistung' | 'Antrag' | 'Unterbrechung';

interface Abschnitt {
  bereich: Bereich;
  von: string;
  bis: string | undefined;
  /** Kurztext im Bild. */
  kurz: string;
  /** Noch kürzer, wenn der Kurztext nicht in den Balken passt. */
  knapp: string;
  /** Volltext in der Tabelle. */
  text: string;
  klasse: string;
}

const bereiche: { bereich: Bereich; titel: string }[] = [
  { bereich: 'Aufenthalt', titel: 'Aufenthalte' },
  { bereich: 'Leistung', titel: 'Leistungen' },
  { bereich: 'Antrag', titel: 'Anträge' },
  { bereich: 'Unterbrechung', titel: 'Unterbrechungen' },
];

/** Tageszahl eines Kalenderdatums (nur für die Zeichnung, kein rechtliches Datum). */
function tag(iso: string): number {
  const [j, m, t] = iso.split('-').map(Number);
  return Date.UTC(j ?? 1970, (m ?? 1) - 1, t ?? 1) / 86_400_000;
}

function jahr(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function abschnitte(d: Zeitdaten, traegerName: (id: string) => string): Abschnitt[] {
  const liste: Abschnitt[] = [
    ...d.aufenthalte.map((a) => ({
      bereich: 'Aufenthalt' as const,
      von: a.von,
      bis: a.bis,
      kurz: `${traegerName(a.gebiet)} (${wertText('art', a.art, 'aufenthalte')})`,
      knapp: traegerName(a.gebiet),
      text: `${wertText('art', a.art, 'aufenthalte')} im Gebiet ${traegerName(a.gebiet)}`,
      klasse: `zs-aufenthalt zs-aufenthalt--${a.art}`,
    })),
    ...d.leistungen.map((l) => ({
      bereich: 'Leistung' as const,
      von: l.von,
      bis: l.bis,
      kurz: `${l.bezeichnung ? `${l.bezeichnung}, ` : ''}${wertText('form', l.form)}`,
      knapp: wertText('form', l.form),
      text: `${l.bezeichnung ? `${l.bezeichnung} – ` : ''}${wertText('form', l.form)}${l.traeger ? `, erbracht von ${traegerName(l.traeger)}` : ''}`,
      klasse: 'zs-leistung',
    })),
    ...d.antraege.map((a) => ({
      bereich: 'Antrag' as const,
      von: a.datum,
      bis: a.datum,
      kurz: `Antrag ${datumDe(a.datum)}`,
      knapp: datumDe(a.datum),
      text: `Antrag gestellt${a.traeger ? ` bei ${traegerName(a.traeger)}` : ''}`,
      klasse: 'zs-antrag',
    })),
    ...d.unterbrechungen.map((u) => ({
      bereich: 'Unterbrechung' as const,
      von: u.von,
      bis: u.bis,
      kurz: wertText('grund', u.grund),
      knapp: '',
      text: `Unterbrechung: ${wertText('grund', u.grund)}`,
      klasse: 'zs-unterbrechung',
    })),
  ];
  return liste.sort(
    (a, b) =>
      a.von.localeCompare(b.von) || bereiche.findIndex((x) => x.bereich === a.bereich) - bereiche.findIndex((x) => x.bereich === b.bereich),
  );
}

/** Verteilt sich überschneidende Abschnitte auf Unterzeilen (erste freie Zeile). */
function zeilenVerteilen(liste: Abschnitt[], ende: number): number[] {
  const zeilenEnde: number[] = [];
  return liste.map((a) => {
    const start = tag(a.von);
    const schluss = a.bis ? tag(a.bis) : ende;
    let z = zeilenEnde.findIndex((e) => e < start);
    if (z < 0) {
      z = zeilenEnde.length;
      zeilenEnde.push(schluss);
    } else zeilenEnde[z] = schluss;
    return z;
  });
}

const breite = 1000;
const links = 150;
const rechts = 985;
const zeilenHoehe = 30;
const kopf = 34;

export function Zeitstrahl({
  daten,
  traegerName,
  stichtag,
  heute,
}: {
  daten: Zeitdaten;
  traegerName: (id: string) => string;
  stichtag?: string;
  heute: string;
}) {
  const id = useId();
  const alle = abschnitte(daten, traegerName);
  if (!alle.length) return <p className="kern-body">Noch keine Aufenthalte, Leistungen, Anträge oder Unterbrechungen erfasst.</p>;

  const tage = alle.flatMap((a) => [a.von, a.bis ?? a.von]).concat(stichtag ? [stichtag] : [], heute);
  const erstesJahr = Math.min(...tage.map(jahr));
  const letztesJahr = Math.max(...tage.map(jahr));
  const anfang = tag(`${erstesJahr}-01-01`);
  const ende = tag(`${letztesJahr + 1}-01-01`);
  const offenBis = Math.max(tag(heute), stichtag ? tag(stichtag) : 0);
  const x = (t: number) => links + ((t - anfang) / (ende - anfang)) * (rechts - links);

  // Zeilen je Bereich (nur Bereiche mit Einträgen).
  let y = kopf;
  const spuren = bereiche
    .map(({ bereich, titel }) => {
      const eintraege = alle.filter((a) => a.bereich === bereich);
      if (!eintraege.length) return null;
      const unterzeilen = bereich === 'Antrag' ? eintraege.map(() => 0) : zeilenVerteilen(eintraege, offenBis);
      const anzahl = Math.max(...unterzeilen) + 1;
      const spur = { bereich, titel, eintraege, unterzeilen, y, hoehe: anzahl * zeilenHoehe };
      y += spur.hoehe + 10;
      return spur;
    })
    .filter((s) => s !== null);
  const hoehe = y + 6;
  const jahre = letztesJahr - erstesJahr + 1;
  const schritt = jahre > 24 ? 5 : jahre > 12 ? 2 : 1;
  const zaehle = (b: Bereich) => alle.filter((a) => a.bereich === b).length;
  const beschreibung = `Zeitachse vom 01.01.${erstesJahr} bis 31.12.${letztesJahr}: ${zaehle('Aufenthalt')} Aufenthalte, ${zaehle('Leistung')} Leistungen, ${zaehle('Antrag')} Anträge, ${zaehle('Unterbrechung')} Unterbrechungen${stichtag ? `; Stichtag der Zuständigkeit ${datumDe(stichtag)}` : ''}. Dieselben Angaben stehen in der Tabelle unter dem Bild.`;

  return (
    <div className="kern-stack-md">
      <Verschiebbar name="Zeitstrahl" klasse="zeitstrahl-rahmen">
        <svg
          className="zeitstrahl"
          viewBox={`0 0 ${breite} ${hoehe}`}
          role="img"
          aria-labelledby={`${id}-titel ${id}-beschreibung`}
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={`${id}-titel`}>Zeitstrahl des Falls</title>
          <desc id={`${id}-beschreibung`}>{beschreibung}</desc>
          <defs>
            <pattern id={`${id}-schraffur`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" className="zs-schraffur-grund" />
              <line x1="0" y1="0" x2="0" y2="8" className="zs-schraffur-linie" />
            </pattern>
          </defs>
          {Array.from({ length: jahre + 1 }, (_, i) => erstesJahr + i).map((j) => {
            const xj = x(tag(`${j}-01-01`));
            return (
              <g key={j}>
                <line x1={xj} x2={xj} y1={kopf - 8} y2={hoehe} className="zs-gitter" />
                {(j - erstesJahr) % schritt === 0 && j <= letztesJahr && (
                  <text x={xj + 3} y={kopf - 14} className="zs-jahr">
                    {j}
                  </text>
                )}
              </g>
            );
          })}
          {spuren.map((s) => (
            <g key={s.bereich}>
              <text x={8} y={s.y + 20} className="zs-spurtitel">
                {s.titel}
              </text>
              <line x1={8} x2={rechts} y1={s.y + s.hoehe + 5} y2={s.y + s.hoehe + 5} className="zs-trenner" />
              {s.eintraege.map((a, i) => {
                const yz = s.y + (s.unterzeilen[i] ?? 0) * zeilenHoehe + 3;
                const x1 = x(tag(a.von));
                if (a.bereich === 'Antrag') {
                  const m = yz + 12;
                  return (
                    <g key={i}>
                      <path d={`M ${x1} ${m - 10} L ${x1 + 10} ${m} L ${x1} ${m + 10} L ${x1 - 10} ${m} Z`} className={a.klasse} />
                      <text x={x1 + 14} y={m + 5} className="zs-text">
                        {a.kurz}
                      </text>
                    </g>
                  );
                }
                const x2 = a.bis ? x(tag(a.bis) + 1) : x(offenBis);
                const w = Math.max(4, x2 - x1);
                // Beschriftung nur, wenn sie in den Balken passt (sonst die kürzere, sonst keine – die Tabelle hat alles).
                const text = [a.kurz, a.knapp].find((t) => t.length * 6.6 + 12 < w);
                return (
                  <g key={i}>
                    <rect
                      x={x1}
                      y={yz}
                      width={w}
                      height={zeilenHoehe - 6}
                      rx={3}
                      className={a.klasse}
                      fill={a.bereich === 'Unterbrechung' ? `url(#${id}-schraffur)` : undefined}
                    />
                    {!a.bis && (
                      <path
                        d={`M ${x2} ${yz} L ${x2 + 10} ${yz + (zeilenHoehe - 6) / 2} L ${x2} ${yz + zeilenHoehe - 6} Z`}
                        className={a.klasse}
                      />
                    )}
                    {text && (
                      <text x={x1 + 6} y={yz + 17} className="zs-text">
                        {text}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          ))}
          {stichtag && (
            <g>
              <line x1={x(tag(stichtag))} x2={x(tag(stichtag))} y1={kopf - 6} y2={hoehe} className="zs-stichtag" />
              <text x={Math.min(x(tag(stichtag)) + 4, rechts - 150)} y={hoehe - 4} className="zs-stichtag-text">
                Stichtag {datumDe(stichtag)}
              </text>
            </g>
          )}
        </svg>
      </Verschiebbar>
      <ul className="kern-list zeitstrahl-legende" aria-label="Legende zum Zeitstrahl">
        {[...new Set(alle.map((a) => a.klasse))].map((k) => (
          <li key={k}>
            <svg width="28" height="18" aria-hidden="true" focusable="false">
              {k === 'zs-antrag' ? (
                <path d="M 14 1 L 22 9 L 14 17 L 6 9 Z" className={k} />
              ) : (
                <rect
                  x="1"
                  y="2"
                  width="26"
                  height="14"
                  rx="2"
                  className={k}
                  fill={k === 'zs-unterbrechung' ? `url(#${id}-schraffur)` : undefined}
                />
              )}
            </svg>{' '}
            {legendenText(k)}
          </li>
        ))}
        {alle.some((a) => !a.bis && a.bereich !== 'Antrag') && <li>Spitze am Ende: dauert an</li>}
        {stichtag && <li>Gestrichelte Linie: Stichtag der Zuständigkeit</li>}
      </ul>
      <Verschiebbar name="Zeitstrahl als Tabelle">
        <table className="kern-table kern-table--small zeitstrahl-tabelle">
          <caption className="kern-title kern-title--small">Zeitstrahl als Tabelle</caption>
          <Tabellenkopf spalten={['Bereich', 'Zeitraum', 'Angaben']} />
          <tbody className="kern-table__body">
            {alle.map((a, i) => (
              <tr className="kern-table__row" key={i}>
                <th scope="row" className="kern-table__header">
                  {a.bereich}
                </th>
                <td className="kern-table__cell">
                  {a.bereich === 'Antrag' ? (
                    <>am {datumDe(a.von)}</>
                  ) : (
                    <>
                      {datumDe(a.von)} <span className="zs-bis">bis {a.bis ? datumDe(a.bis) : 'dauert an'}</span>
                    </>
                  )}
                </td>
                <td className="kern-table__cell">{a.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Verschiebbar>
    </div>
  );
}

function legendenText(klasse: string): string {
  if (klasse === 'zs-leistung') return 'Leistung';
  if (klasse === 'zs-antrag') return 'Antrag (Raute)';
  if (klasse === 'zs-unterbrechung') return 'Unterbrechung (schraffiert)';
  const art = klasse.replace(/.*zs-aufenthalt--/, '');
  return wertText('art', art, 'aufenthalte');
}
