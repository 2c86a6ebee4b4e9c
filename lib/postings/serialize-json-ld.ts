// JSON.stringify is not safe inside <script>: a recruiter's "</script>" would
// close the tag. Unicode escapes keep JSON.parse returning the original text,
// whereas HTML entities would not be decoded inside ld+json.
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

export function serializeJsonLd(value: unknown): string {
  return (JSON.stringify(value) ?? "null").replace(UNSAFE, (character) => ESCAPES[character] ?? character);
}
