import type { PostingInput } from "@/lib/postings";
import { accountantApprentice } from "./accountant-apprentice";
import { peopleOpsPayrollApprentice } from "./people-ops-payroll-apprentice";
import { tpmIntern } from "./tpm-intern";

export { accountantApprentice, peopleOpsPayrollApprentice, tpmIntern };

// Dates are from 2025, so they are closed today; pass them through
// repostForNextIntake to seed open postings.
export const SEED_POSTINGS: PostingInput[] = [peopleOpsPayrollApprentice, accountantApprentice, tpmIntern];
