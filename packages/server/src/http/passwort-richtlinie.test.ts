// Passwortregeln (NIST SP 800-63B Abschnitt 3.1.1.2): Länge statt Zeichenklassen, Liste häufiger
// Passwörter, kein Benutzername und keine Abwandlung davon, keine Folgen.
import { describe, expect, it } from 'vitest';
import { passwortFehler } from './passwort-richtlinie.ts';

const k = { benutzername: 'admin.schwaben', name: 'Karl Wagner (Administration, Bezirk Schwaben)' };

describe('Passwortregeln', () => {
  it.each([
    ['abcd', /mindestens 12 Zeichen/],
    ['Kurz!2024ab', /mindestens 12 Zeichen/],
    ['aaaaaaaaaaaaaaaa', /verschiedene Zeichen/],
    ['abababababab12', /verschiedene Zeichen/],
    ['admin.schwaben', /Benutzernamen/],
    ['Admin.Schwaben2025!', /Benutzernamen/],
    ['4dm1n.schw4b3n!!', /Benutzernamen/],
    ['nebelschwaben123', /Benutzernamen/],
    ['nebawhcs-nimda', /Benutzernamen/],
    ['karlwagner1970', /Namen nicht/],
    ['EGH-Clearing-2025', /Dienstes/],
    ['passwordpassword', /häufig verwendeter/],
    ['Sommer2025!!!!', /häufig verwendeter/],
    ['P@ssw0rd123456', /häufig verwendeter/],
    ['qwertzuiopasdf', /Tastaturfolge/],
    ['123456789012', /Tastaturfolge/],
    ['x'.repeat(101) + 'yzabcdefgh'.repeat(10), /höchstens 200/],
  ])('lehnt „%s“ ab', (passwort, meldung) => {
    expect(passwortFehler(passwort, k)).toMatch(meldung);
  });

  it.each(['Kaffeetasse am Donnerstag', 'korrekt Pferd Batterie Heftklammer', 'vT9#qL2m!xR4', 'Ölmühle über Ürzig'])(
    'nimmt „%s“ an',
    (p) => {
      expect(passwortFehler(p, k)).toBeNull();
    },
  );
});
