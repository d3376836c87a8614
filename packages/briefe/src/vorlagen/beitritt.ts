// Beitrittserklärung eines Trägers zu einer Fassung der Verwaltungsvereinbarung (Amtshilfe in
// der Eingliederungshilfe, § 7 Abs. 1 Satz 3 SGB X: abweichende Vereinbarung über die Kosten).
import type { Content } from 'pdfmake/interfaces.js';
import { absatz, angaben, anlagen, anrede, gruss, kasten, tabelle, ueberschrift } from '../bausteine.ts';
import type { Rahmen } from '../din5008.ts';
import { datum, euro } from '../format.ts';
import { aufgabeName } from '../namen.ts';
import type { BeitrittserklaerungDaten } from '../typen.ts';

export function beitrittserklaerung(d: BeitrittserklaerungDaten): Rahmen {
  const v = d.vereinbarung;
  const pauschalen = Object.entries(v.pauschalen);
  const inhalt: Content[] = [
    anrede(),
    absatz(
      `hiermit erklärt der ${d.kopf.absender.name} seinen Beitritt zur `,
      { text: v.bezeichnung, bold: true },
      ` in der Fassung ab ${datum(v.gueltigAb)}.`,
    ),
    angaben([
      ['Beitritt erklärt am', datum(d.erklaertAm)],
      ['Wirksam ab', datum(d.wirksamAb)],
      ['Fassung gültig ab', datum(v.gueltigAb)],
      ['Quelle der Vereinbarung', v.quelle],
    ]),
    ...(pauschalen.length
      ? [
          ueberschrift('Pauschalen der Fassung je Aufgabe'),
          tabelle(
            [
              { titel: 'Aufgabe', breite: '*' },
              { titel: 'Pauschale', breite: 30, rechts: true },
            ],
            pauschalen.map(([aufgabe, cent]) => [aufgabeName(aufgabe), euro(cent)]),
          ),
        ]
      : []),
    ...(v.beispiel
      ? [kasten('BEISPIEL: Die Pauschalen dieser Fassung sind Beispielbeträge der Demo, nicht die Beträge der Vereinbarung.')]
      : []),
    absatz(
      'Mit dem Beitritt gelten zwischen uns und den anderen beigetretenen Trägern für die Kosten der Amtshilfe die Regelungen der Vereinbarung in der genannten Fassung.',
    ),
    gruss(d.kopf.ansprechpartner),
    ...anlagen(d.kopf.anlagen ?? []),
  ];
  return {
    kopf: d.kopf,
    titel: 'Beitrittserklärung',
    betreff: `Beitrittserklärung zur Verwaltungsvereinbarung – Fassung ab ${datum(v.gueltigAb)}`,
    inhalt,
  };
}
