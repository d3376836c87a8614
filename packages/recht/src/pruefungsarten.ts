// Verzeichnis aller Prüfungsarten (pruefungen.md, "Kinds").
import { frist } from './pruefungen/frist.ts';

export const pruefungsarten = {
  frist,
} as const;
