// Schemata der Prüfungen (Vertrag des Regelwerks) und der mitgelieferten Gesetze.
import { Type } from '@sinclair/typebox';
import { OffenesJson, OffenesObjekt } from './gemeinsam.schema.ts';

/**
 * Ergebnis einer Prüfung: `ergebnis` ist je Prüfungsart verschieden (Schema im Regelwerk), deshalb
 * offen; Begründung und Hinweise sind Listen von Schritten des Regelwerks.
 */
export const PruefErgebnis = Type.Object(
  {
    art: Type.String(),
    ergebnis: OffenesObjekt('Ergebnis der Prüfung (je Prüfungsart)'),
    begruendung: Type.Array(OffenesObjekt('Schritt der Begründung: Norm, Text, Herkunft')),
    hinweise: Type.Array(OffenesObjekt('Hinweis, z. B. offene Rechtsfrage')),
  },
  { additionalProperties: true },
);

export const PruefungsArten = Type.Array(
  Type.Object({
    art: Type.String(),
    titel: Type.String(),
    normen: Type.String({ description: 'Die Normen der Prüfung, z. B. „§ 26 SGB X, §§ 187–193 BGB“' }),
    schema: OffenesObjekt('JSON-Schema der Eingabe'),
    beispiel: OffenesJson('Beispieleingabe'),
  }),
);

const Fassung = Type.Union([Type.Literal('aktuell'), Type.Literal('2022'), Type.Literal('2012')]);

export const NormenVerzeichnis = Type.Object({
  hinweis: Type.String(),
  gesetze: Type.Array(
    Type.Object({
      schluessel: Type.String(),
      kuerzel: Type.String(),
      zitierweise: Type.String(),
      fassung: Fassung,
      name: Type.String(),
      stand: Type.String(),
      quelle: Type.String(),
      anzahlParagraphen: Type.Integer(),
      eintraege: Type.Array(
        Type.Union([
          Type.Object({ art: Type.Literal('gliederung'), ebene: Type.Integer(), text: Type.String() }),
          Type.Object({ art: Type.Literal('paragraph'), nummer: Type.String(), titel: Type.String(), zitat: Type.String() }),
        ]),
      ),
    }),
  ),
});

export const NormenSuche = Type.Object({
  treffer: Type.Array(
    Type.Object({
      zitat: Type.String(),
      schluessel: Type.String(),
      kuerzel: Type.String(),
      fassung: Fassung,
      nummer: Type.String(),
      titel: Type.String(),
      ausschnitt: Type.String(),
    }),
  ),
  gesamt: Type.Integer(),
});
