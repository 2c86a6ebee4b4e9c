-- One identity per person (lib/auth/email.ts): users.email holds the normalised
-- address (trimmed, Unicode NFC, lower-case) and is compared with exact equality
-- only, never ILIKE. Existing rows are normalised here; two rows that would become
-- the same address stop the migration (merge or rename one of them by hand first:
-- which account survives is a human decision). The CHECK constraint refuses any
-- non-normalised spelling written later, and users_email_key (unique) stays, so a
-- second spelling of one address cannot exist.

DO $$
DECLARE
  clashes text;
BEGIN
  SELECT string_agg(normalized || ' (' || spellings || ')', '; ')
    INTO clashes
    FROM (
      SELECT lower(normalize(btrim(email), NFC)) AS normalized, string_agg(email, ', ' ORDER BY email) AS spellings
        FROM "users"
       GROUP BY 1
      HAVING count(*) > 1
    ) AS duplicates;
  IF clashes IS NOT NULL THEN
    RAISE EXCEPTION 'users with the same normalised email: %', clashes
      USING HINT = 'Merge or rename these accounts, then start again (see lib/auth/README.md).';
  END IF;
END
$$;

UPDATE "users" SET "email" = lower(normalize(btrim("email"), NFC)) WHERE "email" <> lower(normalize(btrim("email"), NFC));

ALTER TABLE "users" ADD CONSTRAINT "users_email_normalized" CHECK ("email" = lower(normalize(btrim("email"), NFC)));

-- The login limit's keys, so earlier attempts count for the same account.
UPDATE "login_attempts" SET "email" = lower(normalize(btrim("email"), NFC)) WHERE "email" <> lower(normalize(btrim("email"), NFC));
