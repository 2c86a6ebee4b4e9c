import { z } from "zod";

/** Which office or team a form acts on; `archived` only for archive / bring back. */
export const placeRefSchema = z.object({
  id: z.uuid(),
  archived: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value === "true"),
});
