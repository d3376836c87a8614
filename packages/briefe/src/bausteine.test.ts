// Der Baustein Begründung druckt, was die Sachbearbeitung liest: Sätze und öffentliche
// Fundstellen; Codes, Fragenummern und interne Belege bleiben draußen – auch bei alten Datensätzen.
import { interneMarker } from '@egh/recht';
import { describe, expect, it } from 'vitest';
import { begruendung } from './bausteine.ts';

describe('Baustein Begründung', () => {
  it('druckt die Fundstelle, nicht den Beleg, und alte Rechtsfragen ohne Nummer', () => {
    const inhalt = begruendung('Begründung', {
      begruendung: [
        {
          norm: '§ 111 Satz 1 SGB X',
          text: 'Der Anspruch ist rechtzeitig geltend gemacht.',
          herkunft: { fundstelle: 'BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R', beleg: 'recht.md §4.5 Nr. 3' },
        },
      ],
      hinweise: [{ code: 'OFFENE_RECHTSFRAGE', frage: 'OQ-4', text: 'RECHTSFRAGE (OQ-4): Ob Zinsen geschuldet sind, ist offen.' }],
    });
    const text = JSON.stringify(inhalt);
    expect(text).toContain('Der Anspruch ist rechtzeitig geltend gemacht. (BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R)');
    expect(text).toContain('Offene Rechtsfrage: Ob Zinsen geschuldet sind, ist offen.');
    const texte: string[] = [];
    const sammle = (x: unknown): void => {
      if (typeof x === 'string') texte.push(x);
      else if (Array.isArray(x)) x.forEach(sammle);
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) if (k === 'text' || k === 'stack') sammle(v);
    };
    sammle(inhalt);
    expect(texte.join(' ')).toContain('§ 111 Satz 1 SGB X');
    expect(texte.flatMap(interneMarker)).toEqual([]);
  });
});
