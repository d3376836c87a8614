ALTER TABLE "traeger" ADD COLUMN "rollen" jsonb DEFAULT '[]'::jsonb NOT NULL;
