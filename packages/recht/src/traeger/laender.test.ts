import { describe, expect, it } from 'vitest';
import { laender } from '../kalender/feiertage.ts';
import { eghTraeger, hatRolle, rolleInWorten, rollenFuer } from './laender.ts';

// Erwartungen aus shared/domain/traeger-laender.md (Rechercheauszug mit Fundstellen), nicht aus
// dem, was die Funktion liefert.
describe('Träger der Eingliederungshilfe je Land (§ 94 Abs. 1 SGB IX)', () => {
  it('Bayern: der Bezirk folgt aus dem Regierungsbezirk des Kreises, nie der Landkreis', () => {
    const a = eghTraeger({ land: 'BY', kreisAgs: '09772', stichtag: '2024-03-01' }); // Landkreis Augsburg
    expect(a).toMatchObject({ bestimmt: true, traegerId: 'bezirk-schwaben', ebene: 'ueberoertlich', geprueft: true });
    const n = eghTraeger({ land: 'BY', kreisAgs: '09564', stichtag: '2024-03-01' }); // Nürnberg
    expect(n).toMatchObject({ traegerId: 'bezirk-mittelfranken' });
  });

  it('Nordrhein-Westfalen: Schulkind beim Kreis, Erwachsener beim Landschaftsverband, Kita bleibt beim LVR/LWL', () => {
    const neuss = '05162'; // Rhein-Kreis Neuss, Regierungsbezirk Düsseldorf → LVR
    expect(eghTraeger({ land: 'NW', kreisAgs: neuss, stichtag: '2023-01-01', lebensabschnitt: 'kindOderSchule' })).toMatchObject({
      traegerId: neuss,
      ebene: 'oertlich',
    });
    expect(eghTraeger({ land: 'NW', kreisAgs: neuss, stichtag: '2023-01-01', lebensabschnitt: 'erwachsen' })).toMatchObject({
      traegerId: 'lvr',
    });
    expect(
      eghTraeger({ land: 'NW', kreisAgs: neuss, stichtag: '2023-01-01', lebensabschnitt: 'kindOderSchule', leistungsbereich: 'kita' }),
    ).toMatchObject({ traegerId: 'lvr' });
    expect(eghTraeger({ land: 'NW', kreisAgs: '05515', stichtag: '2023-01-01', lebensabschnitt: 'erwachsen' })).toMatchObject({
      traegerId: 'lwl', // Münster
    });
  });

  it('Niedersachsen: Erwachsene beim Land, der Kreis ist herangezogen', () => {
    const a = eghTraeger({ land: 'NI', kreisAgs: '03351', stichtag: '2022-06-01', lebensabschnitt: 'erwachsen' }); // Celle
    expect(a).toMatchObject({ bestimmt: true, traegerId: 'ls-ni', herangezogenId: '03351' });
    const k = eghTraeger({ land: 'NI', kreisAgs: '03351', stichtag: '2022-06-01', lebensabschnitt: 'kindOderSchule' });
    expect(k).toMatchObject({ traegerId: '03351', ebene: 'oertlich' });
    expect(k).not.toHaveProperty('herangezogenId');
  });

  it('Hessen ohne Lebensabschnitt: nicht bestimmt, beide möglichen Träger genannt und die fehlende Angabe erklärt', () => {
    const a = eghTraeger({ land: 'HE', kreisAgs: '06411', stichtag: '2022-06-01' });
    expect(a.bestimmt).toBe(false);
    if (a.bestimmt) return;
    expect(a.fehlt).toBe('lebensabschnitt');
    expect(a.moeglich.map((m) => m.traegerId).sort()).toEqual(['06411', 'lwv-he']);
    expect(a.text).toContain('Hessen');
  });

  it('Baden-Württemberg, Thüringen: die Kreise für alle Altersgruppen', () => {
    expect(eghTraeger({ land: 'BW', kreisAgs: '08111', stichtag: '2021-01-01', lebensabschnitt: 'erwachsen' })).toMatchObject({
      traegerId: '08111',
    });
    expect(eghTraeger({ land: 'TH', kreisAgs: '16063', stichtag: '2023-01-01' })).toMatchObject({ traegerId: '16063' });
  });

  it('vor 2020 gibt es keinen Träger der Eingliederungshilfe nach § 94 SGB IX', () => {
    const a = eghTraeger({ land: 'BY', kreisAgs: '09772', stichtag: '2016-01-01' });
    expect(a).toMatchObject({ bestimmt: false, fehlt: 'zeitraum' });
  });

  it('jede Antwort nennt ihre Grundlage und ob sie geprüft ist', () => {
    for (const land of laender) {
      const a = eghTraeger({ land, kreisAgs: '00000', stichtag: '2024-01-01', lebensabschnitt: 'erwachsen' });
      if (!a.bestimmt) continue;
      expect(a.grundlage).toMatch(/^§ 94 Abs\. 1 SGB IX/);
      expect(a.fundstelle.length).toBeGreaterThan(5);
    }
  });
});

describe('Rollen im Register', () => {
  it('ein bayerischer Landkreis ist Sozial- und Jugendhilfeträger, nie Träger der Eingliederungshilfe', () => {
    const r = rollenFuer({ id: '09772', land: 'BY', art: 'oertlich', gebietAgs: ['09772'] });
    expect(hatRolle(r, 'eingliederungshilfe', '2024-01-01')).toBe(false);
    expect(hatRolle(r, 'sozialhilfe', '2024-01-01')).toBe(true);
    expect(hatRolle(r, 'jugendhilfe', '2024-01-01')).toBe(true);
  });

  it('der Bezirk Schwaben ist ab 2020 Träger der Eingliederungshilfe, davor überörtlicher Sozialhilfeträger', () => {
    const r = rollenFuer({ id: 'bezirk-schwaben', land: 'BY', art: 'ueberoertlich', gebietAgs: ['09761', '09772'] });
    expect(hatRolle(r, 'eingliederungshilfe', '2019-12-31')).toBe(false);
    expect(hatRolle(r, 'eingliederungshilfe', '2020-01-01')).toBe(true);
    expect(hatRolle(r, 'sozialhilfe', '2015-01-01')).toBe(true);
  });

  it('ein niedersächsischer Landkreis: Eingliederungshilfe für Kinder, für Erwachsene herangezogen vom Land', () => {
    const r = rollenFuer({ id: '03351', land: 'NI', art: 'oertlich', gebietAgs: ['03351'] });
    const egh = r.find((x) => x.rolle === 'eingliederungshilfe');
    expect(egh?.personen).toBe('kinderUndSchule');
    const her = r.find((x) => x.rolle === 'herangezogen');
    expect(her).toMatchObject({ personen: 'erwachsene', fuer: 'ls-ni' });
    expect(her && rolleInWorten(her)).toBe('zur Durchführung herangezogen für Erwachsene (ab 01.01.2020)');
  });

  it('der LVR: Erwachsene, und Kinder nur in den Bereichen des § 1 AG-SGB IX NRW', () => {
    const r = rollenFuer({ id: 'lvr', land: 'NW', art: 'ueberoertlich', gebietAgs: ['05111'] });
    const kinder = r.find((x) => x.rolle === 'eingliederungshilfe' && x.personen === 'kinderUndSchule');
    expect(kinder?.nur).toContain('fruehfoerderung');
    expect(r.some((x) => x.rolle === 'eingliederungshilfe' && x.personen === 'erwachsene')).toBe(true);
    // Der LWL ist nicht Träger im Rheinland:
    expect(rollenFuer({ id: 'lwl', land: 'NW', art: 'ueberoertlich', gebietAgs: ['05111'] })).toEqual([]);
  });

  it('Brandenburg: Kreise und das Landesamt sind Träger, die Aufteilung ist als ungeprüft ausgewiesen', () => {
    const lasv = rollenFuer({ id: 'lasv-bb', land: 'BB', art: 'ueberoertlich', gebietAgs: [] });
    expect(lasv.find((r) => r.rolle === 'eingliederungshilfe')).toMatchObject({ ebene: 'ueberoertlich', geprueft: false });
    const cottbus = rollenFuer({ id: '12052', land: 'BB', art: 'oertlich', gebietAgs: ['12052'] });
    expect(hatRolle(cottbus, 'eingliederungshilfe', '2025-01-01')).toBe(true);
    const a = eghTraeger({ land: 'BB', kreisAgs: '12052', stichtag: '2025-01-01' });
    expect(a).toMatchObject({ bestimmt: false, fehlt: 'landesrecht' });
    if (!a.bestimmt) {
      expect(a.text).toContain('Landesamt für Soziales und Versorgung');
      expect(a.moeglich.map((m) => m.traegerId)).toEqual(['12052', 'lasv-bb']);
    }
  });

  it('der KVJS in Baden-Württemberg ist nicht Träger der Eingliederungshilfe', () => {
    const r = rollenFuer({ id: 'kvjs-bw', land: 'BW', art: 'ueberoertlich', gebietAgs: [] });
    expect(hatRolle(r, 'eingliederungshilfe', '2024-01-01')).toBe(false);
  });
});
