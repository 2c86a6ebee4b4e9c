import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat, regionNames } from "@/lib/i18n/intl-formats";

describe("kept Intl formatters", () => {
  it("builds one formatter per locale and options, and formats as a new one would", () => {
    const options = { month: "long", year: "numeric", timeZone: "UTC" } as const;
    const first = dateTimeFormat("fr-FR", options);
    expect(dateTimeFormat("fr-FR", { ...options })).toBe(first);
    expect(dateTimeFormat("en-GB", options)).not.toBe(first);
    expect(dateTimeFormat("fr-FR", { ...options, month: "short" })).not.toBe(first);
    const day = new Date("2027-09-15T12:00:00Z");
    expect(first.format(day)).toBe(new Intl.DateTimeFormat("fr-FR", options).format(day));
    expect(first.format(day)).toBe("septembre 2027");
  });

  it("keeps number formats and region names the same way", () => {
    const euros = { style: "currency", currency: "EUR", maximumFractionDigits: 0 } as const;
    expect(numberFormat("en-GB", euros)).toBe(numberFormat("en-GB", { ...euros }));
    expect(numberFormat("en-GB", euros).format(1800)).toBe("€1,800");
    expect(regionNames("fr")).toBe(regionNames("fr"));
    expect(regionNames("fr").of("DE")).toBe("Allemagne");
  });
});
