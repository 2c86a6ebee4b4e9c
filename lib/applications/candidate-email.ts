import { z } from "zod";

/**
 * A candidate's email address, internationalised addresses included (RFC 6531/6532): "chloé@exemple.fr",
 * "kai@bücher.de" or "用户@例子.广告" are real addresses people apply with, and zod's z.email() refuses
 * them. Still an address: one @, a local part of at most 64 characters with no space, quote, bracket or
 * doubled, leading or trailing dot, and a domain of at least two labels (letters, digits, hyphens inside)
 * ending in a name, 253 characters at most.
 */
export const CANDIDATE_EMAIL =
  /^(?!\.)(?!.*\.\.)[^\s@"(),:;<>[\\\]]{1,64}(?<!\.)@(?=.{1,253}$)(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?\.)+(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$/u;

/** z.email() with the pattern above: the application form and the privacy page's "erase by email". */
export function candidateEmail(params: Parameters<typeof z.email>[0] & object) {
  return z.email({ ...params, pattern: CANDIDATE_EMAIL });
}
