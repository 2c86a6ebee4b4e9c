-- Revocable sessions: every sign-in (credentials or OIDC) creates one row and
-- its id travels in the session token (`sid`); every request checks the row is
-- there, not revoked, belongs to the token's user, and that the user is active.
-- Sign-out revokes one row; a password change or reset, a role change, disabling
-- or re-enabling an account and "sign out everywhere" revoke all of a user's rows.
-- Revoked rows stay revoked (re-enabling an account never revives a token).
-- See lib/auth/sessions.ts and lib/auth/README.md.

-- CreateTable
CREATE TABLE "user_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_reason" VARCHAR(64),
    "ip" VARCHAR(64),
    "user_agent" VARCHAR(512),

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "user_sessions_user_id_revoked_at_idx" ON "user_sessions"("user_id", "revoked_at");

-- CreateIndex
CREATE INDEX "user_sessions_created_at_idx" ON "user_sessions"("created_at");

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
