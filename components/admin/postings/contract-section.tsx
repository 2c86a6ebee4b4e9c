"use client";

import { CONTRACT_LABELS, CONTRACT_TYPES, CURRENCIES, DURATION_REASONS, PAY_UNITS, durationReasonsFor } from "@/lib/postings";
import { ApprenticePayTable } from "@/components/site/posting/apprentice-pay-table";
import { useEditor } from "./editor-context";
import { DateField, NumberField, SelectField, TextField } from "./inputs";
import { EditorSection, Toggle } from "./section";

const TYPE_OPTIONS = CONTRACT_TYPES.map((type) => ({ value: type, label: CONTRACT_LABELS.en[type] }));
const SCHEDULE_OPTIONS = [
  { value: "FULL_TIME", label: "Full time" },
  { value: "PART_TIME", label: "Part time" },
] as const;
const UNIT_LABELS = { HOUR: "per hour", DAY: "per day", WEEK: "per week", MONTH: "per month", YEAR: "per year" } as const;

export function ContractSection() {
  const { posting, update } = useEditor();
  const { contract } = posting;
  const reasons = durationReasonsFor(contract.type).map((code) => ({
    value: code,
    label: `${DURATION_REASONS[code].label.en} — up to ${DURATION_REASONS[code].maxMonths} months`,
  }));
  // A CDI has no length: its fields show only to clear a value left from another contract type.
  const openEnded = contract.type === "CDI";
  return (
    <EditorSection id="contract" title="Contract">
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField path="contract.type" label="Contract type" options={TYPE_OPTIONS} />
        <SelectField path="contract.schedule" label="Schedule" options={SCHEDULE_OPTIONS} />
        <NumberField path="contract.weeklyHours" label="Hours a week" hint="Leave empty for a standard 35 h week." />
      </div>
      {!openEnded || contract.durationMonths !== null ? (
        <Toggle
          label="This contract has a set length"
          checked={contract.durationMonths !== null}
          onChange={(on) => update("contract.durationMonths", (draft) => void (draft.contract.durationMonths = on ? { ideal: 6, min: null, max: null } : null))}
        />
      ) : null}
      {contract.durationMonths ? (
        <div className="grid gap-4 sm:grid-cols-3">
          <NumberField path="contract.durationMonths.ideal" label="Length (months)" />
          <NumberField path="contract.durationMonths.min" label="At least (months)" hint="Optional" />
          <NumberField path="contract.durationMonths.max" label="At most (months)" hint="Optional" />
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {reasons.length > 0 || contract.durationReason !== null ? (
          <SelectField
            path="contract.durationReason"
            label="Reason for a longer contract"
            hint="Only in the cases the law lists; each sets its own longest length."
            options={reasons}
            emptyLabel="None — the usual length applies"
          />
        ) : null}
        {!openEnded || contract.endDate !== null ? (
          <DateField path="contract.endDate" label="End date" hint="Optional: the contract's last day, when it ends on a fixed day." nullable />
        ) : null}
      </div>
      <Toggle
        label="State the pay"
        checked={contract.compensation !== null}
        onChange={(on) =>
          update("contract.compensation", (draft) => {
            draft.contract.compensation = on
              ? { kind: draft.contract.type === "STAGE" ? "GRATIFICATION" : "SALARY", minAmount: null, maxAmount: null, currency: "EUR", unit: "MONTH", note: null }
              : null;
          })
        }
      />
      {contract.compensation ? (
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField path="contract.compensation.kind" label="Kind" options={[{ value: "SALARY", label: "Salary" }, { value: "GRATIFICATION", label: "Internship gratification" }]} />
          <NumberField path="contract.compensation.minAmount" label="From" />
          <NumberField path="contract.compensation.maxAmount" label="Up to" />
          <SelectField path="contract.compensation.currency" label="Currency" options={CURRENCIES.map((value) => ({ value, label: value }))} />
          <SelectField path="contract.compensation.unit" label="Per" options={PAY_UNITS.map((value) => ({ value, label: UNIT_LABELS[value] }))} />
          <TextField path="contract.compensation.note" label="Note" nullable />
        </div>
      ) : null}
      {contract.type === "APPRENTISSAGE" ? (
        <div className="rounded-lg border border-line p-4" data-testid="apprentice-minimum-pay">
          <ApprenticePayTable locale="en" />
        </div>
      ) : null}
    </EditorSection>
  );
}
