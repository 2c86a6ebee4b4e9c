import { describe, expect, test } from "vitest";
import { normalizePostalCode, postalCodeProblem, POSTAL_CODE_FORMATS } from "@/lib/places/postal-codes";
import { placesText } from "@/lib/i18n/admin-places";
import { officeSchema, officeSchemaFor } from "@/lib/places/office-schema";
import { teamSchemaFor } from "@/lib/places/team-schema";
import { isCountryCode } from "@/lib/postings/country-codes";

describe("postal code formats per country", () => {
  test.each([
    ["FR", "75018"], ["DE", "10115"], ["ES", "28001"], ["IT", "20121"], ["US", "10001"], ["US", "10001-1234"],
    ["GB", "EC1A 1BB"], ["GB", "SW1A 2AA"], ["GB", "M1 1AE"], ["GB", "B33 8TH"], ["NL", "1012 AB"], ["NL", "1012AB"],
    ["BE", "1000"], ["CH", "8001"], ["AT", "1010"], ["PT", "1000-001"], ["PL", "00-950"], ["IE", "D02 X285"], ["SE", "111 22"],
  ])("%s %s is accepted", (country, code) => expect(postalCodeProblem(country, normalizePostalCode(code))).toBeNull());

  test.each([
    ["FR", "7501"], ["FR", "750180"], ["DE", "1011"], ["DE", "ABCDE"], ["ES", "2800"], ["IT", "2012"], ["US", "1000"],
    ["US", "10001-12"], ["GB", "12345"], ["GB", "EC1A"], ["NL", "1012"], ["NL", "AB 1012"], ["BE", "10000"], ["CH", "800"],
  ])("%s %s is refused with the expected shape", (country, code) => {
    const problem = postalCodeProblem(country, normalizePostalCode(code));
    expect(problem).toMatchObject({ kind: "format", shape: POSTAL_CODE_FORMATS[country]!.shape, example: POSTAL_CODE_FORMATS[country]!.example });
  });

  test("each table entry is a real country code and accepts its own example", () => {
    for (const [country, format] of Object.entries(POSTAL_CODE_FORMATS)) {
      expect(isCountryCode(country), country).toBe(true);
      expect(postalCodeProblem(country, normalizePostalCode(format.example)), country).toBeNull();
    }
  });

  test("a country missing from the table accepts plain codes and refuses symbols", () => {
    expect(postalCodeProblem("JP", "100-0001")).toBeNull();
    expect(postalCodeProblem("JP", "100/0001")).toEqual({ kind: "characters" });
  });

  test("normalisation: trimmed, upper-case, one inner space", () => expect(normalizePostalCode("  ec1a   1bb ")).toBe("EC1A 1BB"));
});

describe("office schema", () => {
  const berlin = { name: "Berlin", street: "Alexanderplatz 1", postalCode: "10178", city: "Berlin", region: "", country: "DE", latitude: "", longitude: "" };
  const issues = (input: Record<string, string>) => {
    const result = officeSchema.safeParse(input);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  };

  test("a German office with its coordinates is stored as typed, the ISO code upper-case", () => {
    expect(officeSchema.parse({ ...berlin, country: "de", latitude: "52,5219", longitude: "13.4132" })).toEqual({
      name: "Berlin", street: "Alexanderplatz 1", postalCode: "10178", city: "Berlin", region: null, country: "DE", latitude: 52.5219, longitude: 13.4132,
    });
  });

  test("a bad postal code names the field, the country and an example", () =>
    expect(issues({ ...berlin, postalCode: "1017" })).toEqual({ postalCode: "Postal code: in Germany it is 5 digits, such as 10115." }));

  test("every message starts with the field's label", () => {
    expect(issues({ name: "", street: "", postalCode: "", city: "", region: "", country: "XX", latitude: "91", longitude: "abc" })).toEqual({
      name: "Office name: write the office's name.",
      street: "Street address: write the street and number.",
      postalCode: "Postal code: write the office's postal code.",
      city: "City: write the city.",
      country: "Country: choose a country from the list.",
      latitude: "Latitude: write a number between -90 and 90, such as 52.52.",
      longitude: "Longitude: write a number between -180 and 180, such as 13.405.",
    });
  });

  test.each([["90", "180"], ["-90", "-180"], ["0", "0"]])("coordinates %s, %s are in range", (latitude, longitude) =>
    expect(issues({ ...berlin, latitude, longitude })).toEqual({}));
  test("one coordinate without the other is refused", () =>
    expect(issues({ ...berlin, latitude: "52.52" })).toEqual({ longitude: "Latitude and Longitude: fill in both, or leave both empty." }));
});

describe("office and team schemas in French", () => {
  const berlin = { name: "Berlin", street: "Alexanderplatz 1", postalCode: "10178", city: "Berlin", region: "", country: "DE", latitude: "", longitude: "" };
  const issues = (input: Record<string, string>) => {
    const result = officeSchemaFor("fr").safeParse(input);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  };

  test("the postal code's shape, the country and the field are all in French", () =>
    expect(issues({ ...berlin, postalCode: "1017" })).toEqual({ postalCode: "Code postal : pour ce pays (Allemagne), le format est 5 chiffres, par exemple 10115." }));

  test("every shape a country names has its words in both languages", () => {
    for (const format of Object.values(POSTAL_CODE_FORMATS)) {
      expect(placesText("en").offices.postalShapes[format.shape]).toMatch(/\w/);
      expect(placesText("fr").offices.postalShapes[format.shape]).toMatch(/\w/);
    }
  });

  test("empty fields are refused with French messages", () => {
    expect(issues({ ...berlin, name: "", latitude: "52" })).toEqual({ name: "Nom du bureau : indiquez le nom du bureau.", longitude: "Latitude et Longitude : remplissez les deux, ou laissez les deux vides." });
    expect(teamSchemaFor("fr").safeParse({ name: "Growth", nameFr: " " }).error?.issues.map((issue) => issue.message)).toEqual(["Nom en français : indiquez le nom de l'équipe en français."]);
  });
});
