import type { EmploymentType } from "./enums";
import type { Posting } from "./posting-shape";

/**
 * schema.org employmentType, derived so nobody types it by hand (domain.md).
 * Work-study is a work contract, so FULL_TIME (as France's public board emits),
 * never INTERN; VIE is paid, so not VOLUNTEER, which Google reads as unpaid.
 */
export function deriveEmploymentType(contract: Pick<Posting["contract"], "type" | "schedule">): EmploymentType[] {
  const hours: EmploymentType = contract.schedule === "PART_TIME" ? "PART_TIME" : "FULL_TIME";
  switch (contract.type) {
    case "CDI":
    case "APPRENTISSAGE":
    case "PROFESSIONNALISATION":
      return [hours];
    case "CDD":
    case "VIE":
      return [hours, "TEMPORARY"];
    case "STAGE":
      return ["INTERN"];
    case "FREELANCE":
      return ["CONTRACTOR"];
  }
}
