import { describe, expect, it } from "vitest";
import { applicationSchema } from "@/lib/applications/application-schema";

// Candidates apply with internationalised addresses too (RFC 6531): accepted, stored normalised (NFC, lower case);
// what is not an address is refused on the email field.

const form = (email: string) => ({ name: "Chloé Candidate", email, phone: "", coverLetter: "", linkUrl: "", answers: [], consent: true });

describe("the application form's email", () => {
  it.each(["chloé@exemple.fr", "Kai@Bücher.de", "用户@例子.广告", "o'brien@example.ie", "a.b+careers@example.co.uk", "user@xn--bcher-kva.de"])("accepts %s", (email) => {
    const parsed = applicationSchema(0).safeParse(form(email));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.email).toBe(email.normalize("NFC").toLowerCase());
  });

  it.each(["jean@localhost", "a..b@example.com", ".a@example.com", "a b@example.com", "a@b@example.com", "a@-bad.com", "<x>@example.com", "a@example.c", "plain"])(
    "refuses %s on the email field",
    (email) => {
      const parsed = applicationSchema(0).safeParse(form(email));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["email"]);
    },
  );
});
