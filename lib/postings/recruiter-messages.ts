import type { z } from "zod";

type Issue = z.core.$ZodRawIssue;

function describeSize(issue: Issue & { code: "too_big" | "too_small" }): string | undefined {
  const limit = Number(issue.code === "too_big" ? issue.maximum : issue.minimum);
  const big = issue.code === "too_big";
  switch (issue.origin) {
    case "string":
      return big ? `Keep this to ${limit} characters or fewer.` : limit <= 1 ? "This cannot be empty." : `Write at least ${limit} characters.`;
    case "array":
      return big ? `Keep this list to ${limit} items or fewer.` : `Add at least ${limit} item${limit === 1 ? "" : "s"}.`;
    case "number":
    case "int":
      return big ? `Use a number no greater than ${limit}.` : `Use a number of at least ${limit}.`;
    default:
      return undefined;
  }
}

/**
 * Plain-language defaults for structural issues, passed per parse so messages
 * written on a field always win. Returns undefined to keep zod's own text.
 */
export function recruiterErrorMap(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "This field is required." : `This should be a ${issue.expected}.`;
    case "unrecognized_keys":
      return "This form cannot set this field.";
    case "invalid_value":
      return `Choose one of: ${issue.values.map(String).join(", ")}.`;
    case "too_big":
    case "too_small":
      return describeSize(issue);
    case "invalid_union":
      return "Choose one of the allowed options.";
    case "invalid_format":
      return "This value is not in the expected format.";
    case "not_multiple_of":
      return `Use a multiple of ${String(issue.divisor)}.`;
    default:
      return undefined;
  }
}
