import { handlers } from "@/lib/auth/config";

// Auth.js endpoints (/api/auth/*): sign-in callbacks (credentials, OIDC), CSRF token, session, sign-out.
export const { GET, POST } = handlers;
