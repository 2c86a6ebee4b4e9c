import type { z } from "zod";
import { msg } from "./messages/message";

type Issue = z.core.$ZodRawIssue;

function describeSize(issue: Issue & { code: "too_big" | "too_small" }): string | undefined {
  const limit = Number(issue.code === "too_big" ? issue.maximum : issue.minimum);
  const big = issue.code === "too_big";
  switch (issue.origin) {
    case "string":
      return big ? msg("tooLong", limit) : limit <= 1 ? msg("cannotBeEmpty") : msg("atLeastCharacters", limit);
    case "array":
      return big ? msg("listTooLong", limit) : msg("atLeastItems", limit);
    case "number":
    case "int":
      return big ? msg("numberAtMost", limit) : msg("numberAtLeast", limit);
    default:
      return undefined;
  }
}

/**
 * Plain-language defaults for structural issues, passed per parse so messages
 * written on a field always win. Returns undefined to keep zod's own text.
 * Messages are keys (./messages), rendered in the reader's language by validatePosting.
 */
export function recruiterErrorMap(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? msg("required") : msg("wrongType");
    case "unrecognized_keys":
      return msg("cannotSet");
    case "invalid_value":
      return msg("chooseOneOf", issue.values.map(String).join(", "));
    case "too_big":
    case "too_small":
      return describeSize(issue);
    case "invalid_union":
      return msg("chooseAllowed");
    case "invalid_format":
      return msg("badFormat");
    case "not_multiple_of":
      return msg("multipleOf", Number(issue.divisor));
    default:
      return undefined;
  }
}
