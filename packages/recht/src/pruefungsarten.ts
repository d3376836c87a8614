// Verzeichnis aller Prüfungsarten (pruefungen.md, "Kinds").
import { bekanntgabe } from './pruefungen/bekanntgabe.ts';
import { erstattungsfristen } from './pruefungen/erstattungsfristen.ts';
import { frist } from './pruefungen/frist.ts';
import { zustaendigkeitsklaerung } from './pruefungen/zustaendigkeitsklaerung.ts';

export const pruefungsarten = {
  frist,
  bekanntgabe,
  zustaendigkeitsklaerung,
  erstattungsfristen,
} as const;
