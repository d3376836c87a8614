// Schema der Arbeitsliste „Zur Freigabe“; der Anwendungsfall nimmt den Typ daraus.
import { type Static, Type } from '@sinclair/typebox';

export const Freigabe = Type.Object({
  id: Type.String({ format: 'uuid', description: 'Erstattungsanspruch' }),
  aktenzeichen: Type.String(),
  anspruchsteller: Type.String({ description: 'Name des Trägers, der den Anspruch stellt' }),
  entscheidung: Type.Union([Type.Literal('Anerkannt'), Type.Literal('TeilweiseAnerkannt'), Type.Literal('Abgelehnt')]),
  betragCent: Type.Union([Type.Integer(), Type.Null()], { description: 'vorgeschlagener Betrag (teilweise Anerkennung)' }),
  forderungCent: Type.Integer(),
  vonName: Type.String({ description: 'wer vorgeschlagen hat' }),
  am: Type.String({ format: 'date' }),
  alterTage: Type.Integer({ description: 'Tage seit dem Vorschlag' }),
  eigener: Type.Boolean({ description: 'selbst vorgeschlagen: Freigabe nur durch eine andere Person (Vier-Augen-Prinzip)' }),
});
export type Freigabe = Static<typeof Freigabe>;
