"use client";

import { createContext, use } from "react";
import type { AdminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import type { IssueMap, PostingInput } from "@/lib/postings";
import { messagesAt, type FieldMessages } from "./editor-issues";

export type EditorApi = {
  posting: PostingInput;
  /** Changes the form (a copy is mutated) and marks `path` as touched, so its messages show. */
  update: (path: string, mutate: (draft: PostingInput) => void) => void;
  errors: IssueMap;
  warnings: IssueMap;
  /** Which paths show their messages yet: touched ones, or every one after a save attempt. */
  isShown: (path: string) => boolean;
  readOnly: boolean;
  /** The recruiter's interface language and the editor's words in it. */
  locale: Locale;
  t: AdminCatalogue["editor"];
};

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = use(EditorContext);
  if (!api) throw new Error("useEditor must be used inside <PostingEditor>");
  return api;
}

/** The messages a field shows, once it has been touched (or a save was tried). */
export function useFieldMessages(path: string, nested = false): FieldMessages {
  const { errors, warnings, isShown } = useEditor();
  if (!isShown(path)) return { errors: [], warnings: [] };
  return { errors: messagesAt(errors, path, nested), warnings: messagesAt(warnings, path, nested) };
}
