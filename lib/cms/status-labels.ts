import { en } from "@/lib/i18n/admin/en";
import type { PostingStatus } from "@/lib/postings";

/** Status names in English, for server messages; the admin pages take them from the catalogue in the reader's language. */
export const STATUS_LABELS: Record<PostingStatus, string> = en.status;
