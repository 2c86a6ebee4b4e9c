import type { PostingStatus } from "@/lib/postings";

export const STATUS_LABELS: Record<PostingStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
  EXPIRED: "Expired",
  ARCHIVED: "Archived",
};
