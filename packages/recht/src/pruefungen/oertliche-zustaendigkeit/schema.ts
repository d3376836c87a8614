// Schema der Prüfung `oertlicheZustaendigkeit` (Eingaben, Beschreibungen für die OpenAPI).
import {
  boolSchema,
  centSchema,
  datumSchema,
  type JsonSchema,
  landSchema,
  liste,
  objekt,
  pruefungsSchema,
  textSchema,
} from '../../gemeinsam/validierung.ts';
import { leistungsbereiche } from '../../traeger/laender.ts';

const gebietSchema = (beschreibung: string): JsonSchema => textSchema(beschreibung, 100);

const minutenSchema = (beschreibung: string): JsonSchema => ({
  type: 'integer',
  minimum: 0,
  maximum: 1440,
  description: `${beschreibung} (Minuten je Tag)`,
});

export const schema = pruefungsSchema(
  'oertlicheZustaendigkeit',
  'Örtliche Zuständigkeit nach § 98 SGB IX (ab 2020) bzw. § 98 SGB XII (2005–2019)',
  {
    stichtag: datumSchema('Tag, für den die Zuständigkeit gefragt ist; wählt das Recht (vor 01.01.2020 § 98 SGB XII, danach § 98 SGB IX)'),
    aufenthalte: liste(
      objekt(
        {
          von: datumSchema('Beginn des Aufenthalts'),
          bis: datumSchema(
            'Ende des Aufenthalts (fehlt: dauert an; ein offener gewöhnlicher Aufenthalt endet mit dem Beginn des nächsten)',
          ),
          gebiet: gebietSchema('Gebiet, benannt nach dem dafür zuständigen Träger'),
          art: {
            type: 'string',
            enum: ['gewoehnlich', 'voruebergehend', 'stationaer', 'haft'],
            description:
              'gewoehnlich (gewöhnlicher Aufenthalt), voruebergehend, stationaer (Krankenhaus, Klinik, Einrichtung – nie gewöhnlicher Aufenthalt), haft',
          },
        },
        ['von', 'gebiet', 'art'],
      ),
      'Aufenthalte der leistungsberechtigten Person',
      200,
    ),
    leistungen: liste(
      objekt(
        {
          von: datumSchema('Beginn der Leistung'),
          bis: datumSchema('Ende der Leistung (fehlt: dauert an)'),
          form: {
            type: 'string',
            enum: ['ambulant', 'tagUndNacht', 'betreutesWohnen', 'stationaer'],
            description:
              'ambulant, tagUndNacht (Betreuung über Tag und Nacht / besondere Wohnform), betreutesWohnen (ambulant betreutes Wohnen), stationaer',
          },
          traeger: gebietSchema('Träger, der die Leistung erbracht hat (optional)'),
        },
        ['von', 'form'],
      ),
      'Leistungen der Eingliederungshilfe; es zählen nur Leistungen, die bis zum Stichtag begonnen haben',
      200,
    ),
    antraege: liste(
      objekt(
        { datum: datumSchema('Tag der Antragstellung'), traeger: gebietSchema('Träger, bei dem der Antrag gestellt wurde (optional)') },
        ['datum'],
      ),
      'Anträge; maßgeblich ist der erste Antrag des laufenden Leistungsfalls (§ 108 Abs. 1 SGB IX)',
      50,
    ),
    gesamtplanBeginn: datumSchema(
      'Beginn des Gesamtplanverfahrens, wenn kein Antrag nötig war (§ 98 Abs. 1 Satz 2, § 108 Abs. 2 SGB IX; optional)',
    ),
    unterbrechungen: liste(
      objekt(
        {
          von: datumSchema('Beginn der Unterbrechung'),
          bis: datumSchema('Ende der Unterbrechung'),
          grund: {
            type: 'string',
            enum: ['krankenhaus', 'reha', 'sonstig'],
            description: 'krankenhaus, reha (medizinische Rehabilitation) oder sonstig',
          },
        },
        ['von', 'bis', 'grund'],
      ),
      'Unterbrechungen des Leistungsbezugs (§ 98 Abs. 1 Satz 5 SGB IX)',
      100,
    ),
    geburt: objekt(
      { datum: datumSchema('Tag der Geburt'), gebietMutter: gebietSchema('Gebiet des gewöhnlichen Aufenthalts der Mutter') },
      ['datum', 'gebietMutter'],
      'Geburt des Kindes (§ 98 Abs. 3 SGB IX; § 98 Abs. 2 Satz 4 SGB XII)',
    ),
    betreuungsanteile: objekt(
      {
        teilhabe: minutenSchema('Teilhabe am Leben in der Gemeinschaft'),
        pflege: minutenSchema('Pflege'),
        sonstige: minutenSchema('Sonstige Hilfe'),
        stundensatzCent: centSchema('Stundensatz der Assistenz (optional; für die Kosten der Anteile)'),
        tageProMonat: { type: 'integer', minimum: 28, maximum: 31, description: 'Tage je Monat für die Monatskosten (Standard 30)' },
      },
      ['teilhabe', 'pflege', 'sonstige'],
      'Betreuungsminuten je Tag für den BSG-Test zum betreuten Wohnen (§ 98 Abs. 5 SGB XII; optional)',
    ),
    gewoehnlicherAufenthaltUngeklaert: boolSchema('Der gewöhnliche Aufenthalt ist am Stichtag ungeklärt (§ 98 Abs. 2 Satz 1 SGB IX)'),
    gewoehnlicherAufenthaltFestgestelltAm: datumSchema(
      'Tag, an dem der gewöhnliche Aufenthalt festgestellt wurde (§ 98 Abs. 2 Satz 2 SGB IX; optional); vorher gilt er als ungeklärt',
    ),
    eilfall: boolSchema('Eilfall: der Träger des tatsächlichen Aufenthalts leistet vorläufig'),
    tatsaechlicherAufenthalt: gebietSchema('Gebiet des tatsächlichen Aufenthalts (§ 98 Abs. 2 SGB IX)'),
    sachlich: objekt(
      {
        land: landSchema('Land, dessen Ausführungsrecht gilt'),
        hilfeZurPflege: boolSchema('Gleichzeitig wird Hilfe zur Pflege geleistet (Gesamtfall, § 97 Abs. 4 SGB XII, Art. 82 Abs. 2 AGSG)'),
        kreis: {
          type: 'string',
          pattern: '^\\d{5}$',
          description: 'Kreisschlüssel (fünf Ziffern) des Kreises oder der kreisfreien Stadt des gewöhnlichen Aufenthalts (optional)',
        },
        lebensabschnitt: {
          type: 'string',
          enum: ['kindOderSchule', 'erwachsen'],
          description:
            'Kind oder Jugendlicher bis zum Ende der Schulzeit, oder erwachsen – wo das Land danach unterscheidet (Hessen, Niedersachsen, Nordrhein-Westfalen, Rheinland-Pfalz, Sachsen)',
        },
        leistungsbereich: {
          type: 'string',
          enum: [...leistungsbereiche],
          description: 'Leistungsbereich, an dem in Nordrhein-Westfalen die Zuständigkeit für Kinder hängt (optional)',
        },
      },
      ['land'],
      'Optional: zusätzlich die sachliche Zuständigkeit prüfen',
    ),
  },
  ['stichtag'],
);
