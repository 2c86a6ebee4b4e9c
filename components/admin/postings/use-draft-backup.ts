"use client";

import { useEffect, useState } from "react";
import type { PostingInput } from "@/lib/postings";

// Nothing a recruiter typed is lost, even if the tab crashes or the session
// ends: the form is copied to this browser's localStorage while it differs
// from what is saved, and offered back when the editor opens again.

export type DraftBackup = { posting: PostingInput; baseVersion: number; savedAt: string };

const storageKey = (postingId: string | null) => `careers-cms:draft:${postingId ?? "new"}`;

function read(postingId: string | null): DraftBackup | null {
  try {
    const raw = window.localStorage.getItem(storageKey(postingId));
    return raw ? (JSON.parse(raw) as DraftBackup) : null;
  } catch {
    return null;
  }
}

export function clearDraftBackup(postingId: string | null): void {
  try {
    window.localStorage.removeItem(storageKey(postingId));
  } catch {
    // Storage unavailable (private mode): nothing to clear.
  }
}

/** Keeps the backup in step with the form; returns a backup found at start that differs from the saved posting. */
export function useDraftBackup(postingId: string | null, posting: PostingInput, baseVersion: number, dirty: boolean, saved: PostingInput) {
  const [found, setFound] = useState<DraftBackup | null>(null);
  useEffect(() => {
    const backup = read(postingId);
    // Reading the browser's storage can only happen after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (backup && JSON.stringify(backup.posting) !== JSON.stringify(saved)) setFound(backup);
    // Only on opening the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [postingId]);
  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => {
      try {
        const backup: DraftBackup = { posting, baseVersion, savedAt: new Date().toISOString() };
        window.localStorage.setItem(storageKey(postingId), JSON.stringify(backup));
      } catch {
        // Storage full or unavailable: the form itself still holds the text.
      }
    }, 400);
    return () => window.clearTimeout(timer);
  }, [postingId, posting, baseVersion, dirty]);
  return { found, dismiss: () => setFound(null) };
}
