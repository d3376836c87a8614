import { describe, expect, it } from 'vitest';
import { fuerExperten, fuerSachbearbeitung } from './darstellung.ts';
import { Begruendung } from './ergebnis.ts';
import { interneMarker } from './interne-marker.ts';

describe('Begründung mit Herkunft', () => {
  const b = new Begruendung()
    .norm('§ 111 Satz 1 SGB X', 'Der Anspruch ist ausgeschlossen.', {
      fundstelle: 'BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R',
      beleg: 'recht.md §4.5 Nr. 3',
    })
    .norm('§ 37 Abs. 2 SGB X', 'Ohne Herkunft wie bisher.')
    .rechtsfrage('OQ-4', 'Ob § 108 Abs. 2 SGB X gilt, ist offen.', { beleg: 'recht.md §8' })
    .hinweis('ZUGANG_SPAETER_MOEGLICH', 'Der Zugang kann später sein.');
  const e = b.ergebnis('frist', {});

  it('hält die Nummer der Rechtsfrage im Maschinenfeld, nicht im Text', () => {
    const h = e.hinweise[0];
    expect(h).toMatchObject({
      code: 'OFFENE_RECHTSFRAGE',
      frage: 'OQ-4',
      text: 'Offene Rechtsfrage: Ob § 108 Abs. 2 SGB X gilt, ist offen.',
    });
    expect(h?.herkunft).toEqual({ beleg: 'recht.md §8' });
  });

  it('die Sachbearbeitung liest Sätze und die öffentliche Fundstelle, ohne Code und Beleg', () => {
    const s = fuerSachbearbeitung(e);
    expect(s.begruendung[0]).toEqual({
      norm: '§ 111 Satz 1 SGB X',
      text: 'Der Anspruch ist ausgeschlossen.',
      fundstelle: 'BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R',
    });
    expect(s.begruendung[1]).toEqual({ norm: '§ 37 Abs. 2 SGB X', text: 'Ohne Herkunft wie bisher.' });
    expect(s.hinweise.map((h) => h.rechtsfrage)).toEqual([true, false]);
    expect(interneMarker(JSON.stringify(s))).toEqual([]);
  });

  it('die Expertenansicht zeigt zusätzlich Code, Fragenummer und Beleg', () => {
    const x = fuerExperten(e);
    expect(x.begruendung[0]?.beleg).toBe('recht.md §4.5 Nr. 3');
    expect(x.hinweise[0]).toMatchObject({ code: 'OFFENE_RECHTSFRAGE', frage: 'OQ-4', beleg: 'recht.md §8' });
  });

  it('macht aus gespeicherten alten Texten „RECHTSFRAGE (OQ-4): …“ den Satz ohne Nummer', () => {
    const s = fuerSachbearbeitung({
      begruendung: [],
      hinweise: [{ code: 'OFFENE_RECHTSFRAGE', frage: 'OQ-4', text: 'RECHTSFRAGE (OQ-4): Offen.' }],
    });
    expect(s.hinweise[0]?.text).toBe('Offene Rechtsfrage: Offen.');
  });
});

describe('interneMarker', () => {
  it.each([
    ['siehe recht.md §4.5 Nr. 3', ['Dateiname: recht.md', 'Abschnitt eines internen Dokuments: §4.5']],
    ['RECHTSFRAGE (OQ-3): offen', ['Nummer einer offenen Frage, eines Seeds oder Szenarios: OQ-3']],
    [
      'nach SEED-002 und RF-12',
      ['Nummer einer offenen Frage, eines Seeds oder Szenarios: SEED-002', 'Nummer einer offenen Frage, eines Seeds oder Szenarios: RF-12'],
    ],
    ['[DESIGN] so gewählt', ['Entwurfsmarke in eckigen Klammern: [DESIGN]']],
    ['Datum UNVERIFIED', ['ungeprüft-Marke: UNVERIFIED']],
    ['Feld kostenuebernahmeBisCentProMonat fehlt', ['Feldname: kostenuebernahmeBisCentProMonat']],
    ['LAND_DES_VERPFLICHTETEN: offen', ['Code: LAND_DES_VERPFLICHTETEN']],
    ['„12070“ ersucht „12052“', ['Schlüssel in Anführungszeichen: „12070“', 'Schlüssel in Anführungszeichen: „12052“']],
    ['Anspruch 3f2b9c1e-1234-4abc-9def-0123456789ab geändert', ['UUID: 3f2b9c1e-1234-4abc-9def-0123456789ab']],
    ['betragCent: 1000000', ['Feldname: betragCent']],
  ])('findet in „%s“ %j', (text, erwartet) => {
    expect(interneMarker(text)).toEqual(erwartet);
  });

  it.each([
    'Der Anspruch nach § 111 Satz 1 SGB X ist am 04.12.2026 ausgeschlossen (BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R).',
    'Landkreis Prignitz ersucht die Stadt Cottbus um Gesamtplanung; 1.234,56 € bis 31.12.2025.',
    'Offene Rechtsfrage: Ob §§ 103 Abs. 3, 104 Abs. 1 Satz 4 SGB X i. V. m. § 98 SGB IX gelten, ist offen. XRechnung, e-Akte, PDF/A.',
  ])('lässt „%s“ durch', (text) => {
    expect(interneMarker(text)).toEqual([]);
  });
});
